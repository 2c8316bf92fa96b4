"""Verb classes and sentence patterns of 1.4.0, on news sentences written for these tests.

The sentences imitate wire copy (AP, Reuters, AFP), government readouts and Wikinews: titles
and possessive offices as subjects, phone calls, summons of envoys, trips, contracts, measures
and their targets. None is taken from the corpus. Each rule is a class of English wording, so
each test names the class, not an article. The negative cases share words with a trigger
(sports, weather, crime, firms, a trip home) but state no fact of the ontology.
"""

from __future__ import annotations

from datetime import date

import pytest
from support import only, roles

from timeline.extraction import extract
from timeline.values import ExtractedFact

PUBLISHED = date(2024, 4, 15)  # a Monday


def facts_of(text: str) -> list[ExtractedFact]:
    return extract(text, PUBLISHED, "doc-1")


def one(text: str, fact_type: str) -> ExtractedFact:
    return only(facts_of(text), fact_type)


# --- a possessive country before an office is the subject -------------------------------------


def test_a_country_s_foreign_minister_who_met_someone_is_a_party_to_the_meeting() -> None:
    fact = one(
        "Iran's foreign minister met with the Omani foreign minister in Muscat on Sunday.",
        "MeetingHeld",
    )
    assert set(roles(fact)) == {"Iran", "Badr Albusaidi"}
    assert (fact.modality, fact.when.best) == ("asserted", "2024-04-14")


def test_a_country_s_president_who_thanked_another_country_praised_it() -> None:
    fact = one("Ukraine's president thanked Germany for its support.", "PraiseExpressed")
    assert roles(fact) == {"Ukraine": "speaker", "Germany": "target"}


def test_a_country_s_supreme_leader_who_warned_a_country_threatened_it() -> None:
    fact = one("Iran's supreme leader warned the United States against any attack.", "ThreatIssued")
    assert roles(fact) == {"Iran": "speaker", "United States": "target"}


def test_an_organisation_s_foreign_policy_chief_who_condemned_an_attack_criticised() -> None:
    fact = one(
        "The European Union's foreign policy chief condemned the attack.", "CriticismExpressed"
    )
    assert roles(fact) == {"European Union": "speaker"}


def test_a_government_spokesman_of_a_country_makes_the_country_s_statement() -> None:
    fact = one(
        "Japan's top government spokesman said Tokyo was monitoring the situation closely.",
        "StatementMade",
    )
    assert roles(fact)["Japan"] == "speaker"


def test_who_condemns_new_sanctions_did_not_impose_them() -> None:
    facts = facts_of("Iran's foreign ministry denounced the new sanctions as illegal.")
    assert [(f.type, roles(f)) for f in facts] == [("CriticismExpressed", {"Iran": "speaker"})]


def test_delegations_from_two_countries_holding_talks_make_the_countries_parties() -> None:
    fact = one(
        "Delegations from Russia and Ukraine will hold a new round of talks in Istanbul on "
        "Thursday.",
        "MeetingHeld",
    )
    assert roles(fact) == {"Russia": "participant", "Ukraine": "participant"}
    assert (fact.modality, fact.when.best) == ("planned", "2024-04-18")


def test_it_after_a_verb_of_saying_is_the_state_that_said_it() -> None:
    fact = one(
        "Russia's defence ministry said its forces had shot down 12 Ukrainian drones.",
        "MilitaryActionTaken",
    )
    assert roles(fact) == {"Russia": "attacker", "Ukraine": "target"}


# --- meetings: calls, talks with hosts, refusals -------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Scholz and Macron had a video call on Sunday to coordinate their positions.",
        "Macron and Scholz talked over the phone on Sunday evening.",
        "Macron and Scholz spoke by video link on Sunday.",
    ],
)
def test_two_leaders_on_a_phone_or_video_call_held_a_meeting(body: str) -> None:
    fact = one(body, "MeetingHeld")
    assert roles(fact) == {"Olaf Scholz": "participant", "Emmanuel Macron": "participant"}
    assert fact.when.best == "2024-04-14"


def test_a_call_received_from_another_leader_is_a_meeting_of_both() -> None:
    fact = one(
        "Indian Prime Minister Narendra Modi received a phone call from Ukrainian President "
        "Volodymyr Zelensky.",
        "MeetingHeld",
    )
    assert set(roles(fact)) == {"Narendra Modi", "Volodymyr Zelensky"}


def test_welcoming_a_visitor_for_talks_is_a_visit_and_a_meeting() -> None:
    facts = facts_of(
        "Italian Prime Minister Giorgia Meloni welcomed Kenyan President William Ruto at "
        "Palazzo Chigi for talks on migration."
    )
    assert sorted(f.type for f in facts) == ["MeetingHeld", "VisitMade"]
    for fact in facts:
        assert roles(fact) == {"Giorgia Meloni": "host", "William Ruto": "visitor"}


def test_hosting_a_visitor_without_talks_is_a_visit_only() -> None:
    facts = facts_of("German Chancellor Olaf Scholz hosted Polish Prime Minister Donald Tusk.")
    assert [f.type for f in facts] == ["VisitMade"]


def test_ministers_who_did_not_meet_held_a_negated_meeting() -> None:
    fact = one(
        "The Japanese and Chinese foreign ministers did not meet during the ASEAN gathering.",
        "MeetingHeld",
    )
    assert roles(fact) == {"Japan": "participant", "China": "participant"}
    assert fact.modality == "negated"


def test_a_firm_that_did_not_meet_its_targets_held_no_meeting() -> None:
    assert not facts_of("Gazprom did not meet its targets.")


# --- visits --------------------------------------------------------------------------------------


def test_a_leader_on_a_state_visit_in_a_country_is_visiting_it() -> None:
    fact = one(
        "Philippine President Ferdinand Marcos Jr. is on a state visit to Australia.", "VisitMade"
    )
    assert roles(fact) == {"Ferdinand Marcos Jr.": "visitor", "Australia": "host"}
    assert fact.modality == "asserted"


def test_returning_from_a_trip_to_a_country_was_a_visit() -> None:
    fact = one("Scholz returned from a three-day trip to China on Tuesday.", "VisitMade")
    assert roles(fact) == {"Olaf Scholz": "visitor", "China": "host"}


def test_a_cancelled_visit_is_negated() -> None:
    fact = one("Erdogan cancelled a planned visit to Washington.", "VisitMade")
    assert fact.modality == "negated"


def test_coming_back_from_a_fishing_trip_is_no_visit() -> None:
    assert not facts_of("He returned from a fishing trip on Sunday.")


# --- statements, praise and criticism ------------------------------------------------------------


def test_a_ministry_that_declined_to_comment_made_a_negated_statement() -> None:
    fact = one("France's foreign ministry declined to comment on the report.", "StatementMade")
    assert roles(fact) == {"France": "speaker"}
    assert fact.modality == "negated"


def test_an_unnamed_official_declining_to_comment_is_no_fact() -> None:
    assert not facts_of("The spokesman declined to comment on the player's injury.")


def test_a_congratulatory_telegram_is_praise_of_its_addressee() -> None:
    fact = one(
        "Putin sent a congratulatory telegram to Kim Jong Un on the anniversary.", "PraiseExpressed"
    )
    assert roles(fact) == {"Vladimir Putin": "speaker", "Kim Jong Un": "target"}


def test_a_protest_lodged_with_a_capital_targets_its_government() -> None:
    fact = one(
        "Beijing lodged a strong protest with Tokyo over the release of treated water.",
        "CriticismExpressed",
    )
    assert roles(fact) == {"China": "speaker", "Japan": "target"}


def test_voicing_disapproval_of_a_plan_is_criticism() -> None:
    fact = one(
        "The French government voiced its disapproval of the Israeli settlement plan.",
        "CriticismExpressed",
    )
    assert roles(fact)["France"] == "speaker"


def test_branding_a_decision_hostile_is_criticism() -> None:
    fact = one("Moscow branded the decision of the Baltic states as hostile.", "CriticismExpressed")
    assert roles(fact) == {"Russia": "speaker"}


@pytest.mark.parametrize(
    "body",
    [
        "Russia's ambassador was summoned by the Polish foreign ministry on Friday.",
        "Russia's envoy has been summoned by Poland.",
    ],
)
def test_an_envoy_summoned_in_the_passive_is_a_protest_against_the_envoy_s_country(
    body: str,
) -> None:
    fact = one(body, "CriticismExpressed")
    assert roles(fact) == {"Russia": "target", "Poland": "speaker"}


# --- agreements, cooperation and deals -----------------------------------------------------------


def test_signing_a_strategic_partnership_is_an_agreement() -> None:
    fact = one("Romania and France signed a strategic partnership.", "AgreementSigned")
    assert roles(fact) == {"Romania": "party", "France": "party"}


@pytest.mark.parametrize(
    "body",
    [
        "Saudi Arabia and Iran agreed to reopen their embassies within two months.",
        "Turkey and Armenia agreed to resume direct flights.",
    ],
)
def test_restoring_links_between_two_states_announces_cooperation(body: str) -> None:
    fact = one(body, "CooperationAnnounced")
    assert len(roles(fact)) == 2 and set(roles(fact).values()) == {"party"}
    assert fact.modality == "planned"


def test_setting_up_a_joint_body_together_announces_cooperation() -> None:
    fact = one(
        "Egypt and Saudi Arabia agreed to establish a coordination council.", "CooperationAnnounced"
    )
    assert roles(fact) == {"Egypt": "party", "Saudi Arabia": "party"}


def test_a_position_two_states_agreed_on_announces_cooperation() -> None:
    fact = one(
        "India and Japan agreed that they would coordinate closely on supply chains.",
        "CooperationAnnounced",
    )
    assert roles(fact) == {"India": "party", "Japan": "party"}


def test_one_state_agreeing_with_a_view_announces_nothing() -> None:
    assert not [
        f
        for f in facts_of("Germany agreed that the proposal would need more work.")
        if f.type == "CooperationAnnounced"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Poland signed a contract to buy 96 Apache helicopters from the United States.",
        "Poland signed a deal to purchase 48 Patriot launchers from the United States.",
    ],
)
def test_a_contract_to_buy_counted_goods_is_a_purchase_not_a_treaty(body: str) -> None:
    facts = facts_of(body)
    assert [f.type for f in facts] == ["DealAnnounced"]
    assert roles(facts[0]) == {"Poland": "buyer", "United States": "seller"}


def test_a_deal_for_gas_deliveries_is_a_deal_of_both_states() -> None:
    fact = one(
        "Germany struck a deal with Qatar for liquefied natural gas deliveries.", "DealAnnounced"
    )
    assert roles(fact) == {"Germany": "party", "Qatar": "party"}


def test_supplying_a_country_with_gas_makes_it_the_buyer() -> None:
    fact = one(
        "Qatar will supply Germany with liquefied natural gas for at least 15 years.",
        "DealAnnounced",
    )
    assert roles(fact) == {"Qatar": "seller", "Germany": "buyer"}
    assert fact.modality == "planned"


@pytest.mark.parametrize(
    "body",
    [
        "Manchester United signed a contract to buy a new striker.",
        "Barcelona signed a contract with Nike worth 100 million euros.",
    ],
)
def test_clubs_named_after_cities_sign_no_state_contracts(body: str) -> None:
    assert not facts_of(body)


# --- measures and their targets --------------------------------------------------------------


def test_export_controls_on_goods_to_a_country_target_that_country() -> None:
    fact = one("Washington tightened export controls on chips to China.", "SanctionImposed")
    assert roles(fact) == {"United States": "imposer", "China": "target"}


def test_closing_airspace_to_a_country_s_aircraft_is_a_sanction() -> None:
    fact = one("Poland closed its airspace to Belarusian aircraft.", "SanctionImposed")
    assert roles(fact) == {"Poland": "imposer", "Belarus": "target"}


@pytest.mark.parametrize(
    "body",
    [
        "Algeria recalled its ambassador to France for consultations.",
        "Algeria ordered the closure of two French consulates.",
    ],
)
def test_recalling_an_envoy_or_closing_missions_reduces_relations(body: str) -> None:
    fact = one(body, "SanctionImposed")
    assert roles(fact) == {"Algeria": "imposer", "France": "target"}


def test_removing_a_country_from_a_terrorism_list_lifts_a_sanction() -> None:
    fact = one(
        "Washington removed Cuba from its list of state sponsors of terrorism.", "SanctionLifted"
    )
    assert roles(fact) == {"United States": "imposer", "Cuba": "target"}


def test_a_general_licence_for_dealings_with_a_government_eases_sanctions() -> None:
    fact = one(
        "Washington issued a general licence authorising transactions with Venezuela's state "
        "oil company.",
        "SanctionLifted",
    )
    assert roles(fact) == {"United States": "imposer", "Venezuela": "target"}


def test_declaring_diplomats_persona_non_grata_is_legal_action_against_their_state() -> None:
    fact = one("Latvia declared two Russian diplomats persona non grata.", "LegalActionTaken")
    assert roles(fact) == {"Latvia": "imposer", "Russia": "target"}


def test_telling_a_state_to_act_is_a_demand() -> None:
    fact = one("Germany told Iran to release the dual nationals.", "DemandMade")
    assert roles(fact) == {"Germany": "speaker", "Iran": "target"}


def test_demanding_that_a_state_act_targets_that_state() -> None:
    fact = one("The G7 demanded that Russia withdraw its troops from Ukraine.", "DemandMade")
    assert roles(fact) == {"G7": "speaker", "Russia": "target"}


def test_telling_employees_or_a_crowd_to_act_is_no_demand_between_actors() -> None:
    assert not facts_of("The CEO told employees to return to the office.")
    assert not facts_of("Police told the crowd to disperse.")


# --- force, drills, aid ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Russian forces shelled Kharkiv on Sunday, killing three civilians.",
        "Russian missiles hit Odesa on Sunday, killing four people.",
    ],
)
def test_an_attack_on_a_city_targets_its_country(body: str) -> None:
    fact = one(body, "MilitaryActionTaken")
    assert roles(fact) == {"Russia": "attacker", "Ukraine": "target"}
    assert (fact.modality, fact.when.best) == ("asserted", "2024-04-14")


def test_a_strike_on_a_site_in_a_city_targets_the_city_s_country() -> None:
    fact = one("Ukrainian drones struck an oil depot in Belgorod overnight.", "MilitaryActionTaken")
    assert roles(fact) == {"Ukraine": "attacker", "Russia": "target"}


def test_rain_that_hit_two_cities_is_no_attack() -> None:
    assert not facts_of("Heavy rain hit Odesa and Kharkiv overnight.")


def test_ramming_a_vessel_of_another_country_is_military_action() -> None:
    fact = one(
        "A Chinese coast guard ship rammed a Philippine supply vessel.", "MilitaryActionTaken"
    )
    assert roles(fact) == {"China": "attacker", "Philippines": "target"}


def test_denying_a_strike_is_a_negated_military_action() -> None:
    fact = one(
        "Israel denied carrying out the strike on the Iranian consulate in Damascus.",
        "MilitaryActionTaken",
    )
    assert roles(fact) == {"Israel": "attacker", "Iran": "target"}
    assert fact.modality == "negated"


def test_troops_taking_part_in_an_exercise_hold_it_together() -> None:
    fact = one(
        "Indian and French troops are taking part in a two-week exercise in Rajasthan.",
        "MilitaryExerciseHeld",
    )
    assert roles(fact) == {"India": "participant", "France": "participant"}


def test_firefighters_in_a_drill_hold_no_military_exercise() -> None:
    assert not facts_of("Firefighters took part in a drill at the airport.")


def test_lending_a_country_money_is_aid() -> None:
    fact = one("The World Bank will lend Argentina $1 billion.", "AidProvided")
    assert roles(fact) == {"World Bank": "supplier", "Argentina": "recipient"}
    assert fact.modality == "planned"
    assert [(q.value, q.unit) for q in fact.quantities] == [(1e9, "USD")]


def test_a_deposit_in_a_country_s_central_bank_is_aid_to_the_country() -> None:
    fact = one(
        "The United Arab Emirates deposited $1 billion in Egypt's central bank.", "AidProvided"
    )
    assert roles(fact) == {"United Arab Emirates": "supplier", "Egypt": "recipient"}


def test_a_bank_deposit_into_a_trust_fund_is_no_aid() -> None:
    assert not facts_of("The bank deposited $3 million in a trust fund.")


def test_donating_doses_of_a_vaccine_to_a_country_is_aid() -> None:
    fact = one("China donated 500,000 doses of its vaccine to Pakistan.", "AidProvided")
    assert roles(fact) == {"China": "supplier", "Pakistan": "recipient"}


# --- background history ------------------------------------------------------------------------


def test_relations_established_in_a_past_year_are_background_history() -> None:
    fact = one(
        "India and Bangladesh established diplomatic relations in 1971.",
        "HistoricalEventReferenced",
    )
    assert roles(fact) == {"India": "participant", "Bangladesh": "participant"}
    assert (fact.modality, fact.when.best) == ("historical", "1971-01-01")


# --- sources, light verbs and offices -----------------------------------------------------------


def test_a_source_opening_the_sentence_is_not_part_of_its_subject() -> None:
    fact = one(
        "According to the Kremlin, Putin and Xi discussed the situation in Ukraine by phone.",
        "MeetingHeld",
    )
    assert roles(fact) == {"Vladimir Putin": "participant", "Xi Jinping": "participant"}


def test_departing_for_a_capital_is_a_visit_to_its_country() -> None:
    fact = one("Secretary Blinken departed for Riyadh on Tuesday.", "VisitMade")
    assert roles(fact) == {"Antony Blinken": "visitor", "Saudi Arabia": "host"}
    assert fact.when.best == "2024-04-09"


def test_leaving_for_the_airport_is_no_visit() -> None:
    assert not facts_of("The delegation left for the airport.")


def test_an_organisation_s_chief_appealing_for_a_ceasefire_is_its_demand() -> None:
    fact = one("The UN chief appealed for an immediate humanitarian ceasefire.", "DemandMade")
    assert roles(fact) == {"United Nations": "speaker"}


def test_approving_a_bailout_for_a_country_is_aid() -> None:
    fact = one("The IMF approved a $3 billion bailout for Egypt.", "AidProvided")
    assert roles(fact) == {"International Monetary Fund": "supplier", "Egypt": "recipient"}


def test_agreeing_to_share_intelligence_is_cooperation() -> None:
    fact = one("Japan and Australia agreed to share defence intelligence.", "CooperationAnnounced")
    assert roles(fact) == {"Japan": "party", "Australia": "party"}


def test_it_after_a_ministry_s_statement_is_the_ministry_s_state() -> None:
    fact = one(
        "Israel's military said it struck Hezbollah targets in Baalbek.", "MilitaryActionTaken"
    )
    assert roles(fact)["Israel"] == "attacker"


def test_it_for_a_thing_is_no_state() -> None:
    facts = facts_of("The pipeline reaches Greece, where it merges with the Poseidon line.")
    assert not [f for f in facts if f.type == "DealAnnounced"]


# --- passives, backshifted plans, trailing speakers ------------------------------------------


def test_sanctions_imposed_in_the_passive_name_their_imposer_after_by() -> None:
    fact = one(
        "New sanctions have been imposed on Russia by the European Union.", "SanctionImposed"
    )
    assert roles(fact) == {"European Union": "imposer", "Russia": "target"}


def test_a_state_that_could_face_sanctions_is_their_hypothetical_target() -> None:
    fact = one("Russia could face new sanctions if it attacks Ukraine.", "SanctionImposed")
    assert roles(fact) == {"Russia": "target"}
    assert fact.modality == "hypothetical"


def test_a_speaker_after_a_bare_comma_is_not_part_of_the_clause_before() -> None:
    facts = facts_of("Russia could face new sanctions if it attacks Ukraine, Blinken warned.")
    threat = next(f for f in facts if f.type == "ThreatIssued")
    assert roles(threat) == {"Antony Blinken": "speaker"}
    assert all("Antony Blinken" not in roles(f) for f in facts if f is not threat)


def test_a_plan_reported_with_would_is_planned_not_hypothetical() -> None:
    fact = one(
        "Officials said Japan and South Korea would hold a summit in Seoul next month.",
        "MeetingHeld",
    )
    assert roles(fact) == {"Japan": "participant", "South Korea": "participant"}
    assert fact.modality == "planned"


def test_foreigners_arrested_in_a_country_were_arrested_by_that_country() -> None:
    fact = one("Two American journalists were arrested in Russia last year.", "LegalActionTaken")
    assert roles(fact) == {"Russia": "imposer", "United States": "target"}
    assert fact.when.best == "2023-01-01"


def test_a_detention_in_a_capital_is_by_its_country() -> None:
    fact = one("A French tourist was detained in Tehran on Friday.", "LegalActionTaken")
    assert roles(fact) == {"Iran": "imposer", "France": "target"}
    assert fact.when.best == "2024-04-12"


def test_exempting_citizens_from_visas_eases_visa_rules_for_their_countries() -> None:
    fact = one(
        "China will exempt French and German citizens from visa requirements.",
        "VisaPolicyChanged",
    )
    assert roles(fact) == {"China": "issuer", "France": "beneficiary", "Germany": "beneficiary"}
    assert fact.extra["direction"] == "eased"


def test_revoking_the_visas_of_counted_officials_restricts_their_country() -> None:
    fact = one(
        "The United States revoked the visas of 25 Nicaraguan officials.", "VisaPolicyChanged"
    )
    assert roles(fact) == {"United States": "issuer", "Nicaragua": "target"}


def test_providing_a_country_with_money_in_aid_is_aid_to_it() -> None:
    fact = one("Japan will provide Ukraine with an additional $4.5 billion in aid.", "AidProvided")
    assert roles(fact) == {"Japan": "supplier", "Ukraine": "recipient"}
    assert fact.modality == "planned"


def test_an_embassy_in_a_city_saying_it_deplored_something_is_no_report_by_the_city() -> None:
    fact = one(
        "The Chinese embassy in London said it strongly deplored the decision.",
        "CriticismExpressed",
    )
    assert roles(fact) == {"China": "speaker"}
    assert (fact.modality, fact.attribution) == ("asserted", None)


# --- no fact at all -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Real Madrid beat Bayern Munich 2-1 in the Champions League semi-final on Wednesday.",
        "Heavy rain hit southern China on Monday, forcing the evacuation of thousands of people.",
        "Police arrested a man suspected of stealing cars in Manchester.",
        "The weather is expected to improve over the weekend.",
        "The company's shares fell 3 percent after the earnings report.",
        "Thousands of fans gathered in Paris to watch the final.",
        "The museum welcomed more than a million visitors last year.",
        "The airline cancelled flights because of the storm.",
        "The school recalled its students from the field trip.",
        "Real Madrid hosted Barcelona for the league match on Saturday.",
        "Police arrested a man in Manchester.",
        "Prosecutors charged a man with murder after a shooting in Texas.",
        "Typhoon Haikui hit Taiwan on Sunday, forcing thousands from their homes.",
        "The orchestra will visit Vienna in May.",
    ],
)
def test_sport_weather_crime_and_business_news_state_no_fact(body: str) -> None:
    assert not facts_of(body), [(f.type, f.rule) for f in facts_of(body)]


# --- recall3: meals, nominal events, performative thanks, reported threats ----------------


@pytest.mark.parametrize(
    "body",
    [
        "Emmanuel Macron had dinner with Narendra Modi at the Elysee Palace on Friday.",
        "Recep Tayyip Erdogan hosted a dinner for Ulf Kristersson in Ankara on Friday.",
        "Antony Blinken lunched with Yoko Kamikawa in Tokyo on Friday.",
        "Anthony Albanese had a working breakfast with Li Qiang on Friday.",
    ],
)
def test_a_meal_with_someone_is_a_meeting(body: str) -> None:
    meeting = one(body, "MeetingHeld")
    assert len(meeting.actors) == 2
    assert meeting.modality == "asserted"


def test_a_meal_with_nobody_named_is_no_meeting() -> None:
    facts = facts_of("The minister had lunch at a restaurant near the port on Friday.")
    assert not [f for f in facts if f.type == "MeetingHeld"]


@pytest.mark.parametrize(
    "body",
    [
        "Germany condemned Russia's unprovoked attack on Ukraine.",
        "The ministers discussed Russia's brutal and illegal invasion of Ukraine.",
    ],
)
def test_a_possessive_before_an_attack_noun_is_the_attacker(body: str) -> None:
    attack = one(body, "MilitaryActionTaken")
    assert roles(attack) == {"Russia": "attacker", "Ukraine": "target"}
    assert attack.modality == "asserted"


def test_the_sanctions_that_a_and_b_imposed_are_theirs_not_the_discussants() -> None:
    sanction = one(
        "Joe Biden and Fumio Kishida discussed the sanctions that Canada and Australia "
        "imposed on Iran last week.",
        "SanctionImposed",
    )
    assert roles(sanction) == {"Canada": "imposer", "Australia": "imposer", "Iran": "target"}


def test_elevating_a_relationship_to_a_partnership_is_cooperation() -> None:
    cooperation = one(
        "I am proud to announce that India and Australia are elevating their relationship "
        "to a Comprehensive Strategic Partnership.",
        "CooperationAnnounced",
    )
    assert set(roles(cooperation)) == {"India", "Australia"}


def test_a_state_that_said_on_a_day_it_would_take_countermeasures_threatened() -> None:
    threat = one(
        'China said on Monday it would take resolute and forceful "countermeasures" '
        "against Lithuania.",
        "ThreatIssued",
    )
    assert roles(threat)["China"] == "speaker"


def test_a_visit_in_apposition_to_someone_s_trip_is_theirs() -> None:
    visit = one(
        "The deal was announced during Modi's first trip abroad this year, a visit to Tokyo.",
        "VisitMade",
    )
    assert roles(visit)["Narendra Modi"] == "visitor"

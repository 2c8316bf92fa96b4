"""Broad verb classes of the trigger lexicon (1.3.0), on sentences written for these tests.

Each type is covered by the synonyms, light verbs and phrasal forms ordinary news uses for it
(in the spirit of the CAMEO/PLOVER verb dictionaries), not by the wording of any one article.
The negative cases are phrases that share words with a trigger but state no fact.
"""

from __future__ import annotations

from datetime import date

import pytest
from support import only, roles

from timeline.extraction import extract
from timeline.values import ExtractedFact


def facts_of(text: str) -> list[ExtractedFact]:
    return extract(text, date(2023, 3, 5), "doc-1")


def one(text: str, fact_type: str) -> ExtractedFact:
    return only(facts_of(text), fact_type)


# --- background events stated as history ------------------------------------------------------


def test_an_organisation_founded_in_a_year_is_a_historical_event() -> None:
    fact = one("NATO was established in 1949.", "HistoricalEventReferenced")
    assert fact.modality == "historical"
    assert roles(fact) == {"NATO": "participant"}
    assert fact.when.best == "1949-01-01"


def test_the_founders_named_after_by_take_part_in_the_founding() -> None:
    fact = one("Mercosur was founded in 1991 by Argentina and Brazil.", "HistoricalEventReferenced")
    assert set(roles(fact)) == {"Mercosur", "Argentina", "Brazil"}


def test_a_state_that_collapsed_in_a_year_is_a_historical_event() -> None:
    fact = one("The Soviet Union collapsed in 1991.", "HistoricalEventReferenced")
    assert (fact.modality, fact.when.best) == ("historical", "1991-01-01")


def test_a_treaty_signed_by_named_parties_in_a_past_year_is_a_historical_agreement() -> None:
    fact = one("The treaty was signed in 1992 by France and Germany.", "AgreementSigned")
    assert fact.modality == "historical"
    assert roles(fact) == {"France": "party", "Germany": "party"}


def test_a_founding_without_a_named_subject_is_not_recorded() -> None:
    assert not facts_of("It was founded in 1992.")


def test_a_building_built_in_a_year_is_not_a_historical_event() -> None:
    assert not facts_of("The stadium was built in 1923.")


def test_the_founding_fathers_are_no_event() -> None:
    assert not facts_of("The founding fathers wrote the constitution.")


# --- meetings: participation and light verbs -------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Chile and Mexico took part in the summit.",
        "Peru and Chile participated in the talks.",
        "Chile and Mexico attended the summit as observers.",
    ],
)
def test_taking_part_in_a_summit_is_a_meeting_of_those_who_took_part(body: str) -> None:
    fact = one(body, "MeetingHeld")
    assert fact.modality == "asserted"
    assert all(role == "participant" for role in roles(fact).values())
    assert len(roles(fact)) == 2


@pytest.mark.parametrize(
    "body",
    [
        "Joe Biden and Emmanuel Macron conferred by telephone on Sunday.",
        "Joe Biden sat down with Emmanuel Macron on Sunday.",
        "Joe Biden exchanged views with Emmanuel Macron on Sunday.",
    ],
)
def test_conferring_and_sitting_down_with_someone_are_meetings(body: str) -> None:
    fact = one(body, "MeetingHeld")
    assert set(roles(fact)) == {"Joe Biden", "Emmanuel Macron"}
    assert fact.when.best == "2023-03-05"


def test_a_meeting_that_did_not_take_place_is_negated() -> None:
    fact = one("Chile did not take part in the summit.", "MeetingHeld")
    assert fact.modality == "negated"


def test_players_in_a_training_session_hold_no_meeting() -> None:
    assert not facts_of("The players took part in a training session.")


def test_teams_that_met_in_a_cup_final_hold_no_meeting() -> None:
    assert not facts_of("Liverpool and Chelsea met in the Cup final on Saturday.")


# --- visits: attendance and light verbs ------------------------------------------------------


def test_attending_a_ceremony_abroad_is_a_visit() -> None:
    fact = one("Joe Biden attended the inauguration in Brasilia.", "VisitMade")
    assert roles(fact)["Joe Biden"] == "visitor"


def test_paying_a_visit_to_a_country_is_a_visit() -> None:
    fact = one("Narendra Modi paid a visit to Japan on Monday.", "VisitMade")
    assert roles(fact) == {"Narendra Modi": "visitor", "Japan": "host"}


def test_a_visit_to_the_museum_is_no_visit_of_state() -> None:
    assert not facts_of("Tourists paid a visit to the museum.")


def test_a_band_at_a_ceremony_makes_no_visit() -> None:
    assert not facts_of("The band attended the ceremony.")


# --- joint declarations and cooperation ------------------------------------------------------


def test_agreeing_on_the_need_for_integration_announces_cooperation() -> None:
    body = "Brazil and Argentina agreed on the need to strengthen regional integration."
    fact = one(body, "CooperationAnnounced")
    assert roles(fact) == {"Brazil": "party", "Argentina": "party"}


def test_underscoring_the_importance_of_working_together_announces_cooperation() -> None:
    body = "Japan and India underscored the importance of working together."
    assert set(roles(one(body, "CooperationAnnounced"))) == {"Japan", "India"}


def test_agreeing_to_boost_trade_announces_cooperation() -> None:
    fact = one("Brazil and Argentina agreed to boost trade.", "CooperationAnnounced")
    assert roles(fact) == {"Brazil": "party", "Argentina": "party"}


def test_launching_a_joint_initiative_announces_cooperation() -> None:
    body = "Japan and Australia launched a joint initiative on clean energy."
    assert set(roles(one(body, "CooperationAnnounced"))) == {"Japan", "Australia"}


def test_normalising_relations_with_a_country_announces_cooperation() -> None:
    fact = one("Bahrain normalized relations with Israel.", "CooperationAnnounced")
    assert set(roles(fact)) == {"Bahrain", "Israel"}


def test_agreeing_on_the_importance_of_football_announces_nothing() -> None:
    assert not facts_of("Japan and China agreed on the importance of football.")


# --- agreements ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Japan and China reached an agreement on fishing rights.",
        "Japan and China struck a deal on fishing rights.",
        "Japan and China hammered out a compromise on fishing rights.",
    ],
)
def test_reaching_or_striking_an_agreement_is_an_agreement(body: str) -> None:
    fact = one(body, "AgreementSigned")
    assert roles(fact) == {"Japan": "party", "China": "party"}
    assert fact.modality == "asserted"


def test_acceding_to_a_convention_is_an_agreement() -> None:
    fact = one("Ukraine acceded to the Rome Statute convention.", "AgreementSigned")
    assert roles(fact) == {"Ukraine": "party"}


def test_a_striker_who_struck_a_deal_with_a_club_signs_no_agreement() -> None:
    assert not facts_of("The striker struck a deal with the club.")


# --- praise, criticism, accusations ----------------------------------------------------------


def test_welcoming_an_agreement_is_praise() -> None:
    body = "The European Union welcomed the agreement between Serbia and Kosovo."
    fact = one(body, "PraiseExpressed")
    assert roles(fact)["European Union"] == "speaker"


def test_welcoming_the_new_year_is_no_praise() -> None:
    assert not facts_of("Japan welcomed the new year with fireworks.")


def test_lashing_out_at_a_country_is_criticism() -> None:
    fact = one("China lashed out at Japan over the visit.", "CriticismExpressed")
    assert roles(fact)["China"] == "speaker"


@pytest.mark.parametrize("verb", ["castigated", "rebuked", "chastised", "reprimanded"])
def test_synonyms_of_criticise_are_criticism(verb: str) -> None:
    fact = one(f"Japan {verb} China for the incursion.", "CriticismExpressed")
    assert roles(fact) == {"Japan": "speaker", "China": "target"}


def test_expressing_concern_over_a_country_is_criticism() -> None:
    fact = one("Japan expressed concern over China's military buildup.", "CriticismExpressed")
    assert roles(fact) == {"Japan": "speaker", "China": "target"}


def test_voicing_strong_opposition_is_criticism() -> None:
    fact = one("Japan voiced strong opposition to the plan.", "CriticismExpressed")
    assert roles(fact) == {"Japan": "speaker"}


def test_charging_that_another_country_interferes_is_an_accusation() -> None:
    body = "Cuba charged that the United States was interfering in its affairs."
    assert roles(one(body, "CriticismExpressed"))["Cuba"] == "speaker"


def test_expressing_hope_stays_a_plain_statement() -> None:
    facts = facts_of("Japan expressed hope that the talks would succeed.")
    assert [f.type for f in facts] == ["StatementMade"]


# --- demands and threats ---------------------------------------------------------------------


def test_appealing_for_calm_is_a_demand() -> None:
    fact = one("The United Nations appealed for calm in Haiti.", "DemandMade")
    assert roles(fact)["United Nations"] == "speaker"


def test_pressing_for_a_ceasefire_is_a_demand() -> None:
    fact = one("France pressed for a ceasefire.", "DemandMade")
    assert roles(fact) == {"France": "speaker"}


def test_vowing_to_retaliate_against_a_country_is_a_threat() -> None:
    fact = one("Iran vowed to retaliate against Israel.", "ThreatIssued")
    assert roles(fact) == {"Iran": "speaker", "Israel": "target"}
    assert fact.modality == "asserted"


def test_warning_of_consequences_is_a_threat() -> None:
    fact = one("Russia warned of serious consequences.", "ThreatIssued")
    assert roles(fact) == {"Russia": "speaker"}


# --- force, aid, sanctions, legal steps ------------------------------------------------------


def test_launching_missiles_at_a_city_is_military_action() -> None:
    fact = one("Russia launched missiles at Kyiv.", "MilitaryActionTaken")
    assert roles(fact) == {"Russia": "attacker", "Ukraine": "target"}


def test_opening_fire_on_a_country_s_troops_is_military_action() -> None:
    fact = one("India opened fire on Pakistan on Sunday.", "MilitaryActionTaken")
    assert roles(fact) == {"India": "attacker", "Pakistan": "target"}


def test_a_storm_that_struck_a_country_is_no_attack() -> None:
    assert not facts_of("The storm struck Japan on Sunday.")


def test_an_earthquake_that_hit_a_country_is_no_attack() -> None:
    assert not facts_of("A powerful earthquake hit Turkey.")


def test_extending_aid_to_a_country_is_aid() -> None:
    fact = one("The United States extended $10 million in aid to Haiti.", "AidProvided")
    assert roles(fact) == {"United States": "supplier", "Haiti": "recipient"}


def test_approving_a_loan_to_a_country_is_aid() -> None:
    fact = one("Japan approved a $500 million loan to Kenya.", "AidProvided")
    assert roles(fact) == {"Japan": "supplier", "Kenya": "recipient"}


def test_adding_a_country_s_firms_to_the_entity_list_is_a_sanction() -> None:
    body = "The United States added Chinese firms to the Entity List."
    fact = one(body, "SanctionImposed")
    assert roles(fact)["United States"] == "imposer"


def test_filing_a_lawsuit_against_a_government_is_legal_action() -> None:
    fact = one("Ukraine filed a lawsuit against Russia.", "LegalActionTaken")
    assert roles(fact) == {"Ukraine": "imposer", "Russia": "target"}


# --- statements ------------------------------------------------------------------------------


def test_addressing_the_assembly_is_a_statement() -> None:
    fact = one("Emmanuel Macron addressed the General Assembly on Tuesday.", "StatementMade")
    assert roles(fact)["Emmanuel Macron"] == "speaker"


def test_delivering_a_speech_is_a_statement() -> None:
    fact = one("Olaf Scholz delivered a speech in Berlin.", "StatementMade")
    assert roles(fact) == {"Olaf Scholz": "speaker"}


# --- business deals, arms aid, trade measures, envoys ----------------------------------------


def test_completing_the_acquisition_of_stores_is_a_deal_of_the_buyer() -> None:
    body = "Salling Group completed the acquisition of 301 stores from Tesco."
    fact = one(body, "DealAnnounced")
    assert roles(fact)["Salling Group"] == "buyer"


def test_ordering_jets_from_a_country_is_a_purchase() -> None:
    fact = one("India ordered 26 Rafale jets from France.", "DealAnnounced")
    assert roles(fact) == {"India": "buyer", "France": "seller"}


def test_winning_an_order_from_a_country_makes_that_country_the_recipient() -> None:
    fact = one("Airbus won an order for 100 jets from India.", "DealAnnounced")
    assert roles(fact)["India"] == "recipient"


def test_a_club_taking_over_the_lead_is_no_takeover() -> None:
    assert not facts_of("Liverpool took over the lead.")


def test_delivering_tanks_to_a_country_is_planned_military_aid() -> None:
    fact = one("Germany will deliver Leopard tanks to Ukraine.", "AidProvided")
    assert fact.modality == "planned"
    assert roles(fact) == {"Germany": "supplier", "Ukraine": "recipient"}


def test_restricting_exports_to_a_country_is_a_sanction() -> None:
    fact = one("China restricted exports of gallium to the United States.", "SanctionImposed")
    assert roles(fact) == {"China": "imposer", "United States": "target"}


def test_imposing_export_curbs_on_a_country_is_a_sanction() -> None:
    fact = one("Japan imposed export curbs on South Korea.", "SanctionImposed")
    assert roles(fact) == {"Japan": "imposer", "South Korea": "target"}


def test_summoning_an_ambassador_is_a_diplomatic_protest_not_a_legal_step() -> None:
    facts = facts_of("Japan summoned the Chinese ambassador.")
    assert [f.type for f in facts] == ["CriticismExpressed"]
    assert roles(facts[0]) == {"Japan": "speaker", "China": "target"}


# --- calls and conversations -------------------------------------------------------------------


def test_calling_a_named_leader_to_discuss_something_is_a_call_between_the_two() -> None:
    fact = one("President Biden called President Macron to discuss the wildfires.", "MeetingHeld")
    assert set(roles(fact)) == {"Joe Biden", "Emmanuel Macron"}
    assert fact.rule == "meeting.phoned"


def test_a_name_after_called_is_no_call_without_a_second_party() -> None:
    assert [f.type for f in facts_of("A group called Hamas on Friday.")] == []


def test_speaking_today_with_a_leader_is_a_meeting() -> None:
    fact = one("President Biden spoke today with Prime Minister Kishida.", "MeetingHeld")
    assert set(roles(fact)) == {"Joe Biden", "Fumio Kishida"}


def test_two_named_leaders_discussing_a_topic_held_a_conversation() -> None:
    text = "In a phone call on Friday, Chancellor Scholz and President Erdogan discussed migration."
    fact = one(text, "MeetingHeld")
    assert set(roles(fact)) == {"Olaf Scholz", "Recep Tayyip Erdoğan"}
    assert fact.when.best == "2023-03-03"


def test_one_leader_discussing_a_topic_alone_is_no_meeting() -> None:
    assert [f.type for f in facts_of("President Biden discussed the economy.")] == []


def test_ordering_a_country_to_act_is_a_demand() -> None:
    fact = one("The United Nations ordered Israel to halt the offensive.", "DemandMade")
    assert roles(fact) == {"United Nations": "speaker", "Israel": "target"}


def test_affirming_support_for_a_country_s_efforts_is_praise_of_the_country() -> None:
    text = "President Biden affirmed continued U.S. support for Ukraine's efforts to rebuild."
    fact = one(text, "PraiseExpressed")
    assert roles(fact) == {"Joe Biden": "speaker", "Ukraine": "target"}


def test_sending_relief_or_protective_goods_to_a_country_is_aid() -> None:
    fact = one("Germany will send 5,000 helmets to Ukraine.", "AidProvided")
    assert roles(fact) == {"Germany": "supplier", "Ukraine": "recipient"}
    assert fact.modality == "planned"


def test_selling_goods_to_a_country_is_no_aid() -> None:
    assert "AidProvided" not in [f.type for f in facts_of("Russia sold wheat to Egypt.")]


def test_agreeing_to_act_jointly_is_cooperation() -> None:
    text = "Mexico and the United States agreed to jointly fight fentanyl trafficking."
    fact = one(text, "CooperationAnnounced")
    assert roles(fact) == {"Mexico": "party", "United States": "party"}


def test_leaders_gathering_for_a_summit_held_a_meeting() -> None:
    fact = one("NATO leaders gathered in Madrid for a two-day summit.", "MeetingHeld")
    assert roles(fact) == {"NATO": "participant"}


def test_fans_gathering_in_a_stadium_is_no_meeting() -> None:
    assert facts_of("Fans gathered in the stadium for the final.") == []


def test_breaking_off_relations_is_a_sanction_on_the_other_country() -> None:
    fact = one("Ecuador broke off diplomatic relations with Mexico.", "SanctionImposed")
    assert roles(fact) == {"Ecuador": "imposer", "Mexico": "target"}


def test_export_controls_are_a_measure_not_a_sale() -> None:
    found = facts_of("Washington is considering new export controls on chips to China.")
    assert [(f.type, f.modality) for f in found] == [("SanctionImposed", "hypothetical")]


def test_calling_an_act_terrorism_or_baseless_is_criticism() -> None:
    text = (
        "The Iranian foreign minister, Hossein Amir-Abdollahian, described the attack as a "
        "terrorist act."
    )
    assert one(text, "CriticismExpressed").actors[0].name == "Hossein Amir-Abdollahian"
    assert (
        one("China called the sanctions baseless.", "CriticismExpressed").actors[0].name == "China"
    )


def test_describing_a_meeting_as_productive_is_no_criticism() -> None:
    assert facts_of("He described the meeting as productive.") == []


def test_joining_a_bloc_is_an_accession_of_both_parties() -> None:
    fact = one("Finland formally joined NATO on 4 April 2023.", "AgreementSigned")
    assert roles(fact) == {"Finland": "party", "NATO": "party"}
    assert fact.when.best == "2023-04-04"


def test_joining_a_person_at_a_summit_or_applying_to_join_is_no_accession() -> None:
    assert facts_of("President Biden joined Chancellor Scholz at the NATO summit.") == []
    assert facts_of("Ukraine applied to join the European Union.") == []


def test_agreeing_to_a_ceasefire_concludes_an_agreement_between_the_parties() -> None:
    fact = one("Israel and Hamas agreed to a ceasefire on Wednesday.", "AgreementSigned")
    assert roles(fact) == {"Israel": "party", "Hamas": "party"}
    assert facts_of("The minister agreed to the request.") == []


def test_a_resolution_demanding_or_condemning_is_the_body_s_demand_or_criticism() -> None:
    text = "The United Nations Security Council adopted a resolution demanding a ceasefire."
    assert one(text, "DemandMade").actors[0].name == "United Nations Security Council"
    text = "The UN General Assembly passed a resolution condemning Russia."
    assert roles(one(text, "CriticismExpressed"))["Russia"] == "target"


def test_being_open_to_talks_is_a_stance_not_a_meeting() -> None:
    text = "Foreign Minister Lavrov said that Moscow was open to talks."
    assert "MeetingHeld" not in [f.type for f in facts_of(text)]


def test_posting_on_a_platform_that_something_is_a_statement() -> None:
    text = "President Trump posted on Truth Social that tariffs on Canada would rise."
    assert one(text, "StatementMade").actors[0].name == "Donald Trump"

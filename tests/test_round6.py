"""Wording of real readouts and statements that 1.5.x missed, on sentences written for these
tests (none is taken from a gold text). Each test names a class of English wording; the
negative cases share the trigger words but state no fact of that type.
"""

from __future__ import annotations

from datetime import date

from support import only, roles

from timeline.extraction import extract
from timeline.values import ExtractedFact

PUBLISHED = date(2024, 4, 15)  # a Monday


def facts_of(text: str, title: str = "") -> list[ExtractedFact]:
    return extract(text, PUBLISHED, "doc-1", title)


def one(text: str, fact_type: str, title: str = "") -> ExtractedFact:
    return only(facts_of(text, title), fact_type)


def types_of(text: str, title: str = "") -> list[str]:
    return [f.type for f in facts_of(text, title)]


# --- attacks named by a noun before "on"/"against" ---------------------------------------------


def test_a_group_s_attacks_on_a_place_are_its_military_action() -> None:
    fact = one(
        "Hezbollah attacks on towns in northern Israel continued overnight, the army said.",
        "MilitaryActionTaken",
    )
    assert roles(fact)["Hezbollah"] == "attacker"


def test_attacks_someone_wants_to_stop_or_will_not_tolerate_are_no_attack() -> None:
    assert "MilitaryActionTaken" not in types_of(
        "The ministers discussed ways of stopping attacks on shipping in the Gulf."
    )
    assert "MilitaryActionTaken" not in types_of(
        "Canada will not tolerate attacks against its peacekeepers, the minister said."
    )


def test_a_dashed_aside_between_subject_and_verb_keeps_the_subject() -> None:
    fact = one(
        "Israeli jets—backed by drones and artillery—struck Hezbollah positions in southern "
        "Lebanon on Sunday.",
        "MilitaryActionTaken",
    )
    assert roles(fact)["Israel"] == "attacker"
    assert fact.when.best == "2024-04-14"


# --- warnings and threats ------------------------------------------------------------------------


def test_issuing_a_warning_to_a_state_is_a_threat() -> None:
    fact = one(
        "On Monday, Japan issued a stern warning to North Korea over its missile launches.",
        "ThreatIssued",
    )
    assert roles(fact) == {"Japan": "speaker", "North Korea": "target"}


def test_vowing_to_hold_someone_accountable_is_a_threat_but_holding_a_meeting_is_not() -> None:
    fact = one(
        "Australia vowed to hold accountable those responsible for the downing of the airliner.",
        "ThreatIssued",
    )
    assert roles(fact) == {"Australia": "speaker"}
    assert "ThreatIssued" not in types_of("Australia will hold a summit with Japan in May.")


# --- support, cooperation ------------------------------------------------------------------------


def test_reaffirming_a_country_s_right_to_defend_itself_is_support_for_it() -> None:
    fact = one(
        "France reaffirmed Ukraine’s right to defend itself against aggression.", "PraiseExpressed"
    )
    assert roles(fact) == {"France": "speaker", "Ukraine": "target"}


def test_committing_to_deepening_cooperation_is_planned_cooperation() -> None:
    fact = one(
        "Japan and Australia committed to deepening their defence cooperation.",
        "CooperationAnnounced",
    )
    assert roles(fact) == {"Japan": "party", "Australia": "party"}
    assert fact.modality == "planned"


def test_a_shared_commitment_reiterated_by_two_states_is_cooperation() -> None:
    fact = one(
        "Germany and Poland reiterated their shared commitment to European security.",
        "CooperationAnnounced",
    )
    assert roles(fact) == {"Germany": "party", "Poland": "party"}


def test_appreciation_for_a_partnership_is_cooperation_not_praise() -> None:
    facts = facts_of("Egypt expressed appreciation for the strategic partnership with Greece.")
    fact = only(facts, "CooperationAnnounced")
    assert roles(fact) == {"Egypt": "party", "Greece": "party"}
    assert "PraiseExpressed" not in [f.type for f in facts]


def test_welcoming_one_state_s_cooperation_with_another_names_both_as_parties() -> None:
    fact = one(
        "Ghana welcomed Nigeria’s close cooperation with Benin on border security.",
        "CooperationAnnounced",
    )
    assert {"Nigeria", "Benin"} <= set(roles(fact))


def test_several_states_remaining_committed_is_cooperation_but_one_state_is_not() -> None:
    fact = one(
        "India, Japan and Australia remain committed to a free and open Indo-Pacific.",
        "CooperationAnnounced",
    )
    assert set(roles(fact)) == {"India", "Japan", "Australia"}
    assert "CooperationAnnounced" not in types_of("Iran remains committed to the nuclear deal.")


def test_a_named_operation_launched_as_a_coalition_is_cooperation() -> None:
    fact = one(
        "In March, Britain launched Operation Shield—a coalition of ten navies committed to "
        "escorting tankers.",
        "CooperationAnnounced",
    )
    assert roles(fact) == {"United Kingdom": "party"}
    assert fact.when.edtf == "2024-03"


def test_joining_other_nations_in_condemning_is_the_joiner_s_criticism() -> None:
    fact = one(
        "Brazil joined dozens of countries in condemning the coup in Niger.", "CriticismExpressed"
    )
    assert roles(fact)["Brazil"] == "speaker"


# --- terrorist designations ----------------------------------------------------------------------


def test_designating_a_group_as_a_terrorist_organisation_is_a_sanction_on_it() -> None:
    fact = one(
        "The European Union designated the Revolutionary Guards as a terrorist organisation.",
        "SanctionImposed",
    )
    assert roles(fact)["European Union"] == "imposer"
    assert "target" in roles(fact).values()


def test_announcing_a_designation_keeps_the_announcer_as_the_imposer() -> None:
    fact = one(
        "Canada announced the designation of the Wagner Group as a terrorist entity on Monday.",
        "SanctionImposed",
    )
    assert roles(fact) == {"Canada": "imposer", "Wagner Group": "target"}
    assert fact.modality == "asserted"


def test_reviewing_a_designation_is_a_hypothetical_lifting() -> None:
    fact = one(
        "If the group halts its attacks, the United States will review the designation.",
        "SanctionLifted",
    )
    assert fact.modality == "hypothetical"
    assert roles(fact) == {"United States": "imposer"}
    assert "SanctionLifted" not in types_of("The United States announced the designation today.")


def test_a_group_s_militants_engaging_in_attacks_are_its_attack() -> None:
    fact = one(
        "For weeks, Somali-based al-Shabaab militants have engaged in raids against army "
        "posts in Kenya.",
        "MilitaryActionTaken",
    )
    assert "attacker" in roles(fact).values()
    assert "Kenya" in roles(fact)


def test_the_attack_on_a_country_alone_names_no_new_attack() -> None:
    assert "MilitaryActionTaken" not in types_of(
        "I condemn the attack on Israel in the strongest terms.",
        "Statement from President Joe Biden on Iran",
    )


# --- a signed statement's own calls ----------------------------------------------------------

GEORGIA = "Statement from President Joe Biden on Georgia"


def test_a_must_in_a_signed_statement_is_its_author_s_demand_on_the_subject() -> None:
    fact = one("Russia must withdraw its forces from Georgia.", "DemandMade", GEORGIA)
    assert roles(fact) == {"Joe Biden": "speaker", "Russia": "target"}
    assert fact.modality == "asserted"


def test_a_must_that_someone_else_says_or_that_names_no_actor_is_no_author_s_demand() -> None:
    assert "DemandMade" not in types_of(
        "Russia must withdraw its forces from Georgia, the minister said.", GEORGIA
    )
    assert "DemandMade" not in types_of("The talks should end on Friday.", GEORGIA)
    assert "DemandMade" not in types_of("Russia must withdraw its forces from Georgia.")


# --- trips: departures and their stops -----------------------------------------------------------


def test_departing_for_a_trip_to_countries_is_a_visit_and_a_later_his_trip_is_the_same() -> None:
    facts = facts_of(
        "Antony Blinken departed on Sunday for a trip to Kenya and Ghana. "
        "He will be joined on his trip by senior officials."
    )
    fact = only(facts, "VisitMade")
    assert roles(fact) == {"Antony Blinken": "visitor", "Kenya": "host", "Ghana": "host"}
    assert (fact.modality, fact.when.best) == ("asserted", "2024-04-14")


def test_a_stop_opening_with_in_country_is_a_planned_meeting_there() -> None:
    facts = facts_of(
        "Antony Blinken will travel to Asia next week. "
        "In Vietnam, he will discuss trade and maritime security."
    )
    fact = only(facts, "MeetingHeld")
    assert set(roles(fact)) == {"Antony Blinken", "Vietnam"}
    assert fact.modality == "planned"
    assert fact.location is not None and fact.location.name == "Vietnam"
    assert "MeetingHeld" not in types_of(
        "Antony Blinken will travel to Asia next week. He will discuss trade and security."
    )


# --- support for a people, approval of a decision, summits ---------------------------------------


def test_solidarity_with_the_people_of_a_country_is_support_for_that_country() -> None:
    fact = one("France reaffirmed its solidarity with the people of Lebanon.", "PraiseExpressed")
    assert roles(fact) == {"France": "speaker", "Lebanon": "target"}


def test_welcoming_a_decision_by_a_state_is_praise_of_that_state() -> None:
    facts = facts_of("Japan welcomed the decision by South Korea to resume the talks.")
    fact = only(facts, "PraiseExpressed")
    assert roles(fact) == {"Japan": "speaker", "South Korea": "target"}


def test_thanking_a_leader_for_hosting_a_summit_adds_that_summit_apart_from_the_call() -> None:
    facts = facts_of(
        "Emmanuel Macron spoke with Cyril Ramaphosa today. "
        "Macron thanked Ramaphosa for hosting the BRICS summit in August."
    )
    meetings = [f for f in facts if f.type == "MeetingHeld"]
    assert len(meetings) == 2
    summit = next(f for f in meetings if f.when.edtf == "2023-08")
    assert roles(summit) == {"Cyril Ramaphosa": "host"}


def test_a_summit_to_be_held_is_a_planned_meeting_even_without_named_participants() -> None:
    fact = one(
        "The ministers discussed the G20 summit, to be held in Rio de Janeiro in November.",
        "MeetingHeld",
    )
    assert (fact.modality, fact.when.edtf) == ("planned", "2024-11")
    assert "MeetingHeld" not in types_of("The summit was a success, the ministers said.")


def test_a_commitment_to_work_with_a_partner_is_planned_cooperation_with_it() -> None:
    facts = facts_of("Germany reaffirmed its commitment to work closely with Poland on energy.")
    fact = only(facts, "CooperationAnnounced")
    assert roles(fact) == {"Germany": "party", "Poland": "party"}
    assert fact.modality == "planned"
    assert "CooperationAnnounced" not in types_of(
        "Germany reaffirmed its commitment to work on energy security."
    )


def test_a_stop_after_finally_in_a_country_is_also_a_meeting_there() -> None:
    facts = facts_of(
        "Antony Blinken will travel to Asia next week. "
        "Finally, in Vietnam, he will consult with senior leaders on trade."
    )
    assert set(roles(only(facts, "MeetingHeld"))) == {"Antony Blinken", "Vietnam"}


def test_briefing_allies_is_a_meeting_with_them_but_briefing_reporters_is_not() -> None:
    fact = one("Antony Blinken briefed NATO allies on the talks on Monday.", "MeetingHeld")
    assert set(roles(fact)) == {"Antony Blinken", "NATO"}
    assert (fact.modality, fact.when.best) == ("asserted", "2024-04-15")
    assert "MeetingHeld" not in types_of("The minister briefed reporters on the talks.")


CFE = "Statement from National Security Advisor Jake Sullivan on the CFE Treaty"


def test_a_signed_statement_judging_a_state_s_disregard_for_rules_criticises_it() -> None:
    text = "Russia’s withdrawal from the treaty demonstrates Moscow’s disregard for arms control."
    fact = one(text, "CriticismExpressed", CFE)
    assert roles(fact) == {"Jake Sullivan": "speaker", "Russia": "target"}
    assert "CriticismExpressed" not in types_of(text)  # unsigned: nobody's judgement


# --- readout commitments -------------------------------------------------------------------------

KISHIDA = "President Biden met with Prime Minister Kishida of Japan today. "


def test_leaders_agreeing_to_stay_in_close_touch_is_planned_cooperation() -> None:
    fact = one(KISHIDA + "The two leaders agreed to stay in close touch.", "CooperationAnnounced")
    assert set(roles(fact)) == {"Joe Biden", "Fumio Kishida"}
    assert fact.modality == "planned"


def test_a_commitment_to_the_defense_of_a_country_is_support_for_it_not_for_the_speaker_s() -> None:
    fact = one(
        KISHIDA + "President Biden reaffirmed the United States’ ironclad commitment to the "
        "defense of Japan.",
        "PraiseExpressed",
    )
    assert roles(fact) == {"Joe Biden": "speaker", "Japan": "target"}
    assert "PraiseExpressed" not in types_of(
        KISHIDA + "The President stressed his commitment to the security of the region."
    )


# --- "the President" in a readout -----------------------------------------------------------------


def test_the_capitalised_president_is_the_principal_not_the_counterpart_named_last() -> None:
    facts = facts_of(
        "President Biden spoke today with President Ramaphosa of South Africa. "
        "The President thanked President Ramaphosa for South Africa’s leadership."
    )
    assert roles(only(facts, "PraiseExpressed")) == {
        "Joe Biden": "speaker",
        "Cyril Ramaphosa": "target",
    }


def test_a_counterpart_named_with_his_country_is_not_the_principal_even_when_named_last() -> None:
    facts = facts_of(
        "President Biden met Russian President Vladimir Putin in Geneva on Wednesday. "
        "The President thanked Putin for the talks."
    )
    assert roles(only(facts, "PraiseExpressed")) == {
        "Joe Biden": "speaker",
        "Vladimir Putin": "target",
    }


# --- first-person statements ---------------------------------------------------------------

SUDAN = "Statement from President Joe Biden on Sudan"


def test_i_am_doing_in_a_signed_statement_makes_the_author_the_agent() -> None:
    fact = one("I am imposing new sanctions on Sudan.", "SanctionImposed", SUDAN)
    assert roles(fact) == {"Joe Biden": "imposer", "Sudan": "target"}


def test_the_people_of_a_country_addressed_by_praise_make_the_country_its_target() -> None:
    fact = one("I congratulate the people of Taiwan on their election.", "PraiseExpressed", SUDAN)
    assert roles(fact) == {"Joe Biden": "speaker", "Taiwan": "target"}


def test_a_signed_statement_saying_a_state_is_responsible_for_a_death_accuses_it() -> None:
    text = "Russia is solely responsible for the death of the opposition leader."
    fact = one(text, "CriticismExpressed", SUDAN)
    assert roles(fact) == {"Joe Biden": "speaker", "Russia": "target"}
    assert "CriticismExpressed" not in types_of(text)  # unsigned: nobody's accusation
    assert "CriticismExpressed" not in types_of(
        "The ministry is responsible for the security of the border.", SUDAN
    )


def test_holding_a_state_responsible_for_a_death_is_an_accusation() -> None:
    fact = one(
        "France holds the Syrian government responsible for the chemical attack.",
        "CriticismExpressed",
    )
    assert roles(fact) == {"France": "speaker", "Syria": "target"}


def test_money_a_state_pledges_for_another_is_aid_but_a_firm_s_investment_is_not() -> None:
    fact = one("Japan pledged funding of $20 million for Sudan.", "AidProvided")
    assert roles(fact) == {"Japan": "supplier", "Sudan": "recipient"}
    assert "AidProvided" not in types_of(
        "The company announced investments of $2 billion in new plants."
    )

"""Wordings of the CAMEO verb dictionary the lexicon lacked (round 10c).

The PETRARCH2 CAMEO verb pattern dictionary (openeventdata/petrarch2, CAMEO.2.0.txt, MIT)
was read root by root for the CAMEO codes our fact types map to; each wording common in
news that the extractor missed on a generic sentence became a lexicon entry. The sentences
here are written for these tests; the negative ones keep other senses of the same words
(a labour strike, weather, a television host, a council approving a plan) unreported.
"""

from __future__ import annotations

from datetime import date

from support import only, roles

from timeline.extraction import extract
from timeline.values import ExtractedFact

PUBLISHED = date(2024, 3, 14)  # a Thursday


def facts_of(text: str, title: str = "") -> list[ExtractedFact]:
    return extract(text, PUBLISHED, "doc-1", title)


def types_of(text: str, title: str = "") -> list[str]:
    return [fact.type for fact in facts_of(text, title)]


# --- criticism: verbal attacks and more verbs of censure (CAMEO 111) ----------------------


def test_a_blistering_attack_on_a_country_is_criticism_not_force() -> None:
    facts = facts_of("Norway launched a blistering attack on Hungary over its veto.")
    fact = only(facts, "CriticismExpressed")
    assert roles(fact) == {"Norway": "speaker", "Hungary": "target"}
    assert "MilitaryActionTaken" not in [f.type for f in facts]


def test_attacking_a_governments_decision_is_criticism() -> None:
    facts = facts_of("Poland attacked Hungary's decision to block the aid package.")
    fact = only(facts, "CriticismExpressed")
    assert roles(fact) == {"Poland": "speaker", "Hungary": "target"}
    assert "MilitaryActionTaken" not in [f.type for f in facts]


def test_attacking_a_country_with_drones_stays_force() -> None:
    fact = only(
        facts_of("Russian forces attacked Ukraine with drones overnight."), "MilitaryActionTaken"
    )
    assert roles(fact) == {"Russia": "attacker", "Ukraine": "target"}


def test_a_leader_who_chided_another_country_criticised_it() -> None:
    fact = only(facts_of("Denmark chided Iceland over its whaling quota."), "CriticismExpressed")
    assert roles(fact)["Denmark"] == "speaker"


# --- praise: support thrown behind, lent, congratulations extended (CAMEO 051) ------------


def test_throwing_support_behind_a_country_is_praise_of_it() -> None:
    fact = only(
        facts_of("Spain threw its full support behind Portugal's candidacy."), "PraiseExpressed"
    )
    assert roles(fact) == {"Spain": "speaker", "Portugal": "target"}


def test_extended_congratulations_to_a_country_are_praise() -> None:
    fact = only(facts_of("Ghana extended its congratulations to Kenya."), "PraiseExpressed")
    assert roles(fact) == {"Ghana": "speaker", "Kenya": "target"}


def test_hail_as_weather_is_no_praise() -> None:
    assert "PraiseExpressed" not in types_of("Hail damaged crops across France on Monday.")


# --- cooperation and agreements: mended ties, joined forces, pacts entered into -----------


def test_two_countries_that_mended_ties_announce_cooperation() -> None:
    fact = only(
        facts_of("Chile and Peru mended ties after a year of tension."), "CooperationAnnounced"
    )
    assert roles(fact) == {"Chile": "party", "Peru": "party"}


def test_entering_into_a_pact_is_an_agreement() -> None:
    fact = only(facts_of("Sweden and Finland entered into a defence pact."), "AgreementSigned")
    assert roles(fact) == {"Sweden": "party", "Finland": "party"}


def test_entering_into_talks_is_a_meeting() -> None:
    fact = only(facts_of("Israel and Hamas entered into indirect talks in Cairo."), "MeetingHeld")
    assert set(roles(fact)) == {"Israel", "Hamas"}


# --- demands and threats: pressure, revenge, reserved rights, deadlines -------------------


def test_stepping_up_pressure_on_a_country_is_a_demand_on_it() -> None:
    fact = only(
        facts_of("Kenya stepped up pressure on Ethiopia to withdraw its troops."), "DemandMade"
    )
    assert roles(fact) == {"Kenya": "speaker", "Ethiopia": "target"}


def test_pressure_on_budgets_from_prices_is_no_demand() -> None:
    text = "Rising oil prices put pressure on household budgets in Norway."
    assert "DemandMade" not in types_of(text)


def test_vowing_revenge_against_a_country_is_a_threat() -> None:
    fact = only(facts_of("Iran vowed harsh revenge against Israel."), "ThreatIssued")
    assert roles(fact) == {"Iran": "speaker", "Israel": "target"}


def test_reserving_the_right_to_respond_is_a_threat() -> None:
    fact = only(facts_of("Turkey said it reserves the right to respond to Greece."), "ThreatIssued")
    assert roles(fact)["Turkey"] == "speaker"


# --- aid: rushed supplies, released money, forgiven debt, money pledged to a country ------


def test_relief_supplies_rushed_to_a_country_are_aid() -> None:
    fact = only(
        facts_of("Japan rushed relief supplies to the Philippines after the typhoon."),
        "AidProvided",
    )
    assert roles(fact) == {"Japan": "supplier", "Philippines": "recipient"}


def test_forgiving_a_countrys_debt_is_aid() -> None:
    fact = only(facts_of("Germany forgave Ghana's debt."), "AidProvided")
    assert roles(fact) == {"Germany": "supplier", "Ghana": "recipient"}


def test_money_pledged_to_a_named_country_is_aid() -> None:
    fact = only(facts_of("France pledged $20 million to Haiti on Friday."), "AidProvided")
    assert roles(fact) == {"France": "supplier", "Haiti": "recipient"}


def test_aid_money_released_to_a_country_is_aid() -> None:
    fact = only(facts_of("Mexico released $40 million in aid to Honduras."), "AidProvided")
    assert roles(fact) == {"Mexico": "supplier", "Honduras": "recipient"}


def test_a_released_album_is_no_aid() -> None:
    assert types_of("The band released a new album in Norway.") == []


# --- sanctions: hit with, aid cut, loosened -----------------------------------------------


def test_hitting_a_country_with_sanctions_imposes_them() -> None:
    facts = facts_of("Canada hit Russia with new sanctions on Friday.")
    fact = only(facts, "SanctionImposed")
    assert roles(fact) == {"Canada": "imposer", "Russia": "target"}
    assert "MilitaryActionTaken" not in [f.type for f in facts]


def test_suspending_aid_to_a_country_is_a_sanction() -> None:
    fact = only(facts_of("Brazil suspended aid to Bolivia."), "SanctionImposed")
    assert roles(fact) == {"Brazil": "imposer", "Bolivia": "target"}


def test_loosened_restrictions_are_lifted_not_imposed() -> None:
    facts = facts_of("Australia loosened restrictions on China last week.")
    fact = only(facts, "SanctionLifted")
    assert roles(fact) == {"Australia": "imposer", "China": "target"}
    assert "SanctionImposed" not in [f.type for f in facts]


def test_a_council_that_sanctioned_a_road_plan_imposed_nothing() -> None:
    assert types_of("The regional council sanctioned the new road plan in Italy.") == []


# --- legal steps and force in other words -------------------------------------------------


def test_taking_foreigners_into_custody_is_legal_action() -> None:
    fact = only(
        facts_of("Police in Italy took two Albanian nationals into custody."), "LegalActionTaken"
    )
    assert roles(fact)["Albania"] == "target"


def test_a_country_that_will_sue_another_plans_legal_action() -> None:
    fact = only(facts_of("Slovakia will sue Hungary over the dam."), "LegalActionTaken")
    assert roles(fact) == {"Slovakia": "imposer", "Hungary": "target"}
    assert fact.modality == "planned"


def test_besieging_a_city_is_force_against_its_country() -> None:
    fact = only(facts_of("Russian forces besieged Mariupol for weeks."), "MilitaryActionTaken")
    assert roles(fact) == {"Russia": "attacker", "Ukraine": "target"}


def test_a_labour_strike_is_no_military_action() -> None:
    assert types_of("Workers at the plant went on strike in France.") == []


def test_a_typhoon_pounding_a_country_with_rain_is_no_attack() -> None:
    assert types_of("The typhoon pounded the Philippines with heavy rain.") == []


# --- statements: denials; a television host receives no visitor ---------------------------


def test_a_denial_is_a_statement() -> None:
    fact = only(facts_of("Egypt denied that it had closed the border with Libya."), "StatementMade")
    assert roles(fact)["Egypt"] == "speaker"


def test_a_television_host_who_interviews_a_minister_hosts_no_visit() -> None:
    assert types_of("The TV host interviewed the Prime Minister of Japan.") == []

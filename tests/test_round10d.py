"""Actors the gazetteer lacked (round 10d): organisations of international news, a state's
bodies named by where they sit, groups named by their backer, and cities of the world.

Each test uses sentences written for it, none taken from the gold texts; the negative cases
keep what must stay unrecognised.
"""

from __future__ import annotations

from datetime import date

import pytest
from support import only, roles

from timeline.extraction import extract
from timeline.gazetteer import DocumentActors, Gazetteer
from timeline.values import ExtractedFact

PUBLISHED = date(2024, 3, 14)  # a Thursday


def facts_of(text: str) -> list[ExtractedFact]:
    return extract(text, PUBLISHED, "doc-1")


def found(text: str) -> list[tuple[str, str]]:
    """(mention text, actor name) of each mention the gazetteer finds in ``text``."""
    doc = DocumentActors(Gazetteer.default(), year=PUBLISHED.year)
    return [(m.text, m.actor.name) for m in doc.mentions(text)]


# --- organisations of international news ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CJNG gunmen ambushed a convoy.", "Jalisco New Generation Cartel"),
        ("The M23 took the town.", "M23"),
        ("OFAC designated three shipping firms.", "Office of Foreign Assets Control"),
        ("The Popular Mobilization Forces denied it.", "Popular Mobilization Forces"),
        ("The OPCW sent inspectors.", "Organisation for the Prohibition of Chemical Weapons"),
        ("Doctors Without Borders evacuated its staff.", "Médecins Sans Frontières"),
        ("The Pakistani Taliban claimed the bombing.", "Tehrik-i-Taliban Pakistan"),
        ("The SBU detained an agent.", "Security Service of Ukraine"),
    ],
)
def test_armed_groups_agencies_and_alliances_of_the_news_are_known(text: str, name: str) -> None:
    names = [actor for _, actor in found(text)]
    assert name in names


def test_a_cartel_that_attacks_a_state_s_police_is_the_attacker() -> None:
    text = "The Sinaloa Cartel attacked Mexican police on Tuesday."
    fact = only(facts_of(text), "MilitaryActionTaken")
    assert roles(fact) == {"Sinaloa Cartel": "attacker", "Mexico": "target"}


def test_an_armed_group_seizing_a_city_of_its_own_country_attacks_that_country() -> None:
    fact = only(facts_of("M23 rebels seized Goma on Sunday."), "MilitaryActionTaken")
    assert roles(fact) == {"M23": "attacker", "Democratic Republic of the Congo": "target"}


def test_an_acronym_shared_by_two_bodies_counts_only_once_its_body_is_named() -> None:
    # "RSF" is also Reporters Without Borders: alone it names nobody.
    assert found("RSF condemned the jailing of the reporter.") == []
    doc = DocumentActors(Gazetteer.default(), year=2024)
    doc.mentions("The Rapid Support Forces (RSF) denied the report.")
    assert [m.actor.name for m in doc.mentions("The RSF said it had withdrawn.")] == [
        "Rapid Support Forces"
    ]


def test_two_armed_forces_of_one_country_in_a_list_stay_two_targets() -> None:
    text = "Kenya urged the Sudanese Armed Forces, the Rapid Support Forces and others to talk."
    fact = only(facts_of(text), "DemandMade")
    assert roles(fact) == {
        "Kenya": "speaker",
        "Sudanese Armed Forces": "target",
        "Rapid Support Forces": "target",
    }


def test_the_quintet_of_diplomacy_is_a_group_the_band_is_not() -> None:
    assert ("Quintet", "Quintet") in found("Egypt welcomed the work of the Quintet on Lebanon.")
    assert found("The Miles Davis Quintet toured Norway.") == [("Norway", "Norway")]
    assert found("a string quintet played Schubert") == []


def test_quad_the_muscle_is_no_alliance() -> None:
    assert found("He tore a quad muscle while training.") == []


# --- a state's bodies named by where they sit -----------------------------------------------


def test_police_in_a_country_are_its_police() -> None:
    fact = only(facts_of("Police in Portugal arrested a Brazilian banker."), "LegalActionTaken")
    assert roles(fact) == {"Portugal": "imposer", "Brazil": "target"}


def test_a_court_in_a_capital_is_its_country_s_court() -> None:
    text = "A court in Minsk sentenced a Polish activist to five years on Monday."
    fact = only(facts_of(text), "LegalActionTaken")
    assert roles(fact) == {"Belarus": "imposer", "Poland": "target"}


def test_officials_in_a_capital_speak_for_their_country() -> None:
    fact = only(facts_of("Officials in Hanoi criticised Beijing on Friday."), "CriticismExpressed")
    assert roles(fact) == {"Vietnam": "speaker", "China": "target"}


def test_authorities_in_a_country_make_its_statement() -> None:
    fact = only(facts_of("Authorities in Ghana said the border would reopen."), "StatementMade")
    assert roles(fact) == {"Ghana": "speaker"}


def test_a_named_state_s_troops_in_another_country_stay_that_state_s() -> None:
    # "Turkish police in Syria": Turkey's people there, not Syria's.
    fact = only(
        facts_of("Turkish police in Syria arrested a Greek journalist."), "LegalActionTaken"
    )
    assert "Syria" not in roles(fact)


def test_police_in_the_area_belong_to_no_country() -> None:
    fact = only(facts_of("Police in the area arrested a Brazilian banker."), "LegalActionTaken")
    assert roles(fact) == {"Brazil": "target"}


# --- groups named by their backer ----------------------------------------------------------


def test_a_militia_named_by_its_backer_is_the_attacker_not_the_backer() -> None:
    text = "Iran-backed militias attacked American troops on Sunday."
    fact = only(facts_of(text), "MilitaryActionTaken")
    assert roles(fact) == {"Iran-backed militias": "attacker", "United States": "target"}


def test_a_coalition_led_by_a_state_is_a_speaker_of_its_own() -> None:
    fact = only(
        facts_of("The Saudi-led coalition said it had intercepted a drone."), "StatementMade"
    )
    assert roles(fact) == {"Saudi-led coalition": "speaker"}


def test_a_known_group_after_its_backer_stays_the_known_group() -> None:
    text = "The Iran-backed Houthis attacked a Greek tanker on Monday."
    fact = only(facts_of(text), "MilitaryActionTaken")
    assert roles(fact)["Houthis"] == "attacker"
    assert "Iran" not in roles(fact)


def test_a_plan_backed_by_a_state_is_no_group() -> None:
    assert [n for _, n in found("A US-backed plan was approved.")] == ["United States"]

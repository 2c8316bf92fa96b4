"""Causes fixed in the dev5 round, read off the spurious facts of real White House
statements and readouts (``tests/gold_dev5``).

Each test names a class of English wording and uses sentences written for it, none taken
from the dev5 texts; the negative cases keep the attack or threat that is a real fact.
"""

from __future__ import annotations

from datetime import date

from support import only, roles

from timeline.extraction import extract
from timeline.values import ExtractedFact

PUBLISHED = date(2024, 3, 14)  # a Thursday


def facts_of(text: str) -> list[ExtractedFact]:
    return extract(text, PUBLISHED, "doc-1", "")


def types_of(text: str) -> list[str]:
    return [fact.type for fact in facts_of(text)]


# --- an undated attack named only in passing is no attack fact of its own -----------------


def test_an_attack_that_is_only_condemned_is_no_military_action() -> None:
    facts = facts_of(
        "The ministers condemned the reckless and brutal attacks against Poland by Belarus."
    )
    assert "MilitaryActionTaken" not in [f.type for f in facts]


def test_an_attack_used_as_a_preamble_is_no_military_action() -> None:
    text = (
        "Following Russia's massive missile attack against Ukraine, Germany is consulting allies."
    )
    assert "MilitaryActionTaken" not in types_of(text)


def test_what_a_country_defends_itself_against_is_no_military_action() -> None:
    text = (
        "Canada reaffirmed its support for Ukraine as it defends itself against Russia's invasion."
    )
    assert "MilitaryActionTaken" not in types_of(text)


def test_attacks_that_were_not_seen_are_no_military_action() -> None:
    text = "While we have not seen attacks on our embassy today, we remain vigilant."
    assert "MilitaryActionTaken" not in types_of(text)


def test_a_dated_attack_after_a_preamble_word_is_still_reported() -> None:
    text = "Following Russia's missile strike on Kyiv on Monday, Germany summoned the ambassador."
    fact = only(facts_of(text), "MilitaryActionTaken")
    assert roles(fact) == {"Russia": "attacker", "Ukraine": "target"}
    assert fact.when.best == "2024-03-11"


def test_an_attack_told_as_an_event_is_still_reported() -> None:
    fact = only(
        facts_of("On Monday, Iran launched drone attacks against Israel."), "MilitaryActionTaken"
    )
    assert roles(fact)["Iran"] == "attacker"
    assert fact.when.best == "2024-03-11"


# --- an inability to threaten is no threat; "early warning systems" are no warning ---------


def test_being_unable_to_threaten_is_no_threat() -> None:
    text = "Japan showed its adversaries that they cannot seriously threaten its islands."
    assert "ThreatIssued" not in types_of(text)


def test_an_early_warning_system_is_no_threat() -> None:
    text = (
        "France will expand the integration of missile defence and early warning systems in Europe."
    )
    assert "ThreatIssued" not in types_of(text)


def test_a_warning_to_an_adversary_is_still_a_threat() -> None:
    fact = only(facts_of("Britain warned Iran against further escalation."), "ThreatIssued")
    assert roles(fact) == {"United Kingdom": "speaker", "Iran": "target"}

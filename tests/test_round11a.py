"""Wordings behind missed facts of State Department readouts and joint statements (round
11a, ``tests/gold_dev7``).

Each test names a general English construction and uses sentences written for it, none
taken from a dev7 text; the negative cases keep what must not become a fact.
"""

from __future__ import annotations

from datetime import date

from support import only, roles

from timeline.extraction import extract
from timeline.values import ExtractedFact

PUBLISHED = date(2024, 3, 14)  # a Thursday


def facts_of(text: str) -> list[ExtractedFact]:
    return extract(text, PUBLISHED, "doc-1")


def types_of(text: str) -> list[str]:
    return [fact.type for fact in facts_of(text)]


# --- "agreed to reconvene": the meeting held again -------------------------------------------


def test_parties_that_agree_to_reconvene_plan_a_meeting() -> None:
    fact = only(
        facts_of("Austria and Hungary agreed to reconvene in Vienna next month."), "MeetingHeld"
    )
    assert fact.modality == "planned"
    assert roles(fact) == {"Austria": "participant", "Hungary": "participant"}


def test_talks_that_reconvene_with_no_party_named_are_no_fact() -> None:
    assert types_of("The talks will reconvene in Vienna after the holidays.") == []


# --- "agreed to a ... conference": a meeting the parties set up -----------------------------


def test_parties_that_agree_to_a_planning_conference_plan_a_meeting() -> None:
    text = "Serbia and Kosovo agreed to a trilateral planning conference in October."
    fact = only(facts_of(text), "MeetingHeld")
    assert fact.modality == "planned"
    assert roles(fact) == {"Serbia": "participant", "Kosovo": "participant"}


def test_parties_that_agree_to_hold_another_round_of_talks_plan_a_meeting() -> None:
    text = "Austria and Hungary agreed to hold another round of talks next month."
    assert only(facts_of(text), "MeetingHeld").modality == "planned"


def test_parties_that_agree_to_a_ceasefire_plan_no_meeting() -> None:
    assert "MeetingHeld" not in types_of("Austria and Hungary agreed to a ceasefire.")


# --- a shared commitment or resolve, also with the partners' compound -----------------------


def test_a_joint_resolve_of_two_states_is_their_cooperation() -> None:
    text = "France and Italy affirmed their joint resolve to confront piracy in the Gulf of Guinea."
    fact = only(facts_of(text), "CooperationAnnounced")
    assert roles(fact) == {"France": "party", "Italy": "party"}


def test_the_shared_commitment_of_a_hyphenated_pair_names_both_states() -> None:
    text = (
        "Spain and Portugal reiterated the shared Spanish-Portuguese commitment to water security."
    )
    fact = only(facts_of(text), "CooperationAnnounced")
    assert {"Spain", "Portugal"} <= set(roles(fact))


def test_a_single_speakers_resolve_is_no_joint_commitment() -> None:
    text = "Poland affirmed its resolve to defend its borders."
    assert "CooperationAnnounced" not in types_of(text)


# --- "highlighted areas of shared interest": a summary of the talks, no statement of its own


def test_highlighting_areas_of_shared_interest_is_no_statement() -> None:
    text = (
        "President Luis Abinader met Prime Minister Mark Carney and highlighted areas of "
        "shared interest."
    )
    assert types_of(text) == ["MeetingHeld"]


def test_highlighting_a_named_concern_is_still_a_statement() -> None:
    text = "Prime Minister Mark Carney highlighted the risk of a trade war with China."
    assert "StatementMade" in types_of(text)

"""Mechanisms behind missed facts on real texts (round 9), found by classifying every
false negative of ``tests/gold_dev2`` to ``tests/gold_dev5`` by the pipeline stage that lost
it, rather than by its wording.

Each test names a class of English construction and uses sentences written for it, none
taken from the gold texts; the negative cases keep what must stay unreported.
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


# --- a plural subject keeps its verb across a bare-form control verb ----------------------
# The gap words listed "intends", "hopes", "aims" but not "intend", "hope", "aim": the
# coordinated subjects of joint statements ("A and B intend to ...") lost their verb.


def test_two_countries_that_intend_to_deepen_a_partnership_announce_cooperation() -> None:
    text = "Chile and Peru intend to deepen our partnership in mining."
    fact = only(facts_of(text), "CooperationAnnounced")
    assert roles(fact) == {"Chile": "party", "Peru": "party"}
    assert fact.modality == "planned"


def test_two_countries_that_remain_committed_to_their_cooperation_announce_it() -> None:
    text = "Kenya and Ghana remain committed to strengthening our cooperation on trade."
    fact = only(facts_of(text), "CooperationAnnounced")
    assert roles(fact) == {"Kenya": "party", "Ghana": "party"}


def test_two_countries_that_look_forward_to_closer_ties_announce_cooperation() -> None:
    text = "Austria and Croatia look forward to strengthening our relationship next year."
    fact = only(facts_of(text), "CooperationAnnounced")
    assert roles(fact) == {"Austria": "party", "Croatia": "party"}


def test_countries_behind_a_preposition_do_not_become_the_subject_of_intend() -> None:
    # Only a free subject passes over the control verb: "rebels from" governs the names.
    text = "Rebels from Chile and Peru intend to deepen our partnership with Bolivia."
    fact = only(facts_of(text), "CooperationAnnounced")
    assert "Chile" not in roles(fact) and "Peru" not in roles(fact)

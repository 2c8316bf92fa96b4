"""Whose measures a passive sentence names (round 11d).

"EU sanctions were imposed on Russia": the name before the measures says whose they are,
so it is the imposer, not a second target. Sentences written for these tests, none taken
from a corpus text; the negative cases keep what must not change.
"""

from __future__ import annotations

from datetime import date

from support import only, roles

from timeline.extraction import extract
from timeline.values import ExtractedFact

PUBLISHED = date(2024, 3, 14)


def facts_of(text: str) -> list[ExtractedFact]:
    return extract(text, PUBLISHED, "doc-1")


def test_the_name_before_passive_sanctions_imposes_them_when_a_target_is_named() -> None:
    fact = only(facts_of("EU sanctions were imposed on Belarus in 2021."), "SanctionImposed")
    assert roles(fact) == {"European Union": "imposer", "Belarus": "target"}


def test_an_adjective_may_sit_between_the_name_and_the_measures() -> None:
    text = "Sweeping British sanctions were announced against Iran on Monday."
    fact = only(facts_of(text), "SanctionImposed")
    assert roles(fact) == {"United Kingdom": "imposer", "Iran": "target"}


def test_passive_export_controls_and_eased_sanctions_take_their_owner_as_imposer() -> None:
    controls = only(
        facts_of("Canadian export controls have been imposed on Venezuela."), "SanctionImposed"
    )
    assert roles(controls) == {"Canada": "imposer", "Venezuela": "target"}
    eased = only(facts_of("American sanctions on Cuba were eased in 2015."), "SanctionLifted")
    assert roles(eased) == {"United States": "imposer", "Cuba": "target"}


def test_an_organisation_before_the_measures_imposes_them_with_no_target_named() -> None:
    fact = only(facts_of("UN sanctions were lifted in 2016."), "SanctionLifted")
    assert roles(fact) == {"United Nations": "imposer"}


def test_the_texts_own_government_imposes_its_named_sanctions() -> None:
    text = (
        "President Joe Biden met with Prime Minister Rishi Sunak. "
        "U.S. sanctions were imposed in response to the junta's crackdown."
    )
    fact = only(facts_of(text), "SanctionImposed")
    assert roles(fact).get("United States") == "imposer"


def test_a_country_named_before_sanctions_with_no_other_target_stays_the_target() -> None:
    # "Russian sanctions were lifted": usually the sanctions on Russia; whose is unclear.
    fact = only(facts_of("Russian sanctions were lifted in May."), "SanctionLifted")
    assert roles(fact) == {"Russia": "target"}


def test_a_possessive_before_the_sanctions_is_left_as_it_was() -> None:
    fact = only(facts_of("Iran's sanctions were lifted last year."), "SanctionLifted")
    assert roles(fact) == {"Iran": "target"}


def test_an_agent_named_with_by_keeps_the_name_before_the_measures_as_target() -> None:
    text = "Russian sanctions were lifted by the United States in May."
    fact = only(facts_of(text), "SanctionLifted")
    assert roles(fact) == {"United States": "imposer", "Russia": "target"}

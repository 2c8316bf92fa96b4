"""Mechanisms behind missed facts of a new register (round 10b): real U.S. State Department
press statements and media notes (``tests/gold_dev6``), whose misses were classified by the
pipeline stage that lost them.

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


# --- "we" of an institution's statement whose first "we" comes late ------------------------
# A government's press statement opens in its own voice, in the present ("The United States
# condemns X", "Today, the United States is sanctioning Y"), and says "we" only later. The
# author was found only when a "we" stood in the first 400 characters and the country opened
# the sentence; a statement's opening phrase ("Today,", "As part of ...,") hid it.

_LONG_OPENING = (
    "The United Kingdom condemns the seizure of a fishing vessel by Venezuelan forces off "
    "the coast of Guyana, an act that endangers the lives of its crew and the livelihoods "
    "of their families, undermines the security of the region and contradicts the repeated "
    "public pledges of the government in Caracas to settle its border dispute through "
    "negotiation and international law rather than through force or intimidation at sea. "
)


def test_a_statement_that_opens_in_the_present_makes_its_country_the_we_of_later_lines() -> None:
    text = _LONG_OPENING + "We commend Guyana for its restraint. We stand ready to help."
    fact = only(facts_of(text), "PraiseExpressed")
    assert roles(fact) == {"United Kingdom": "speaker", "Guyana": "target"}


def test_an_opening_phrase_before_the_country_still_names_the_statements_voice() -> None:
    text = (
        "Today, Canada is imposing sanctions on four officials of Belarus. We commend the "
        "courage of Lithuania in sheltering them. We will act again."
    )
    fact = only(facts_of(text), "PraiseExpressed")
    assert roles(fact)["Canada"] == "speaker"


def test_a_report_in_the_past_tense_does_not_make_its_subject_the_we_of_a_late_line() -> None:
    # News tells of the condemnation in the past tense; its late "we" is nobody's.
    opening = _LONG_OPENING.replace("condemns", "condemned")
    text = opening + "We commend Guyana for its restraint. We stand ready to help."
    praise = [f for f in facts_of(text) if f.type == "PraiseExpressed"]
    assert all("United Kingdom" not in roles(f) for f in praise)


def test_an_opening_phrase_with_a_past_verb_names_no_voice() -> None:
    text = (
        "On Monday, Canada imposed sanctions on four officials of Belarus. We commend the "
        "courage of Lithuania in sheltering them. We will act again."
    )
    assert all("Canada" not in roles(f) for f in facts_of(text) if f.type == "PraiseExpressed")


# --- designations counted with a present participle or a number word -----------------------


def test_designating_a_number_of_entities_is_a_sanction() -> None:
    text = "Britain is designating more than 30 individuals and entities tied to Hezbollah."
    fact = only(facts_of(text), "SanctionImposed")
    assert fact.modality == "asserted"


def test_sanctioning_two_nationals_counted_in_words_is_a_sanction() -> None:
    text = "Today, Japan is sanctioning two Russian nationals who financed the attacks."
    fact = only(facts_of(text), "SanctionImposed")
    assert roles(fact)["Japan"] == "imposer"


def test_designating_a_holiday_is_no_sanction() -> None:
    assert "SanctionImposed" not in types_of("Kenya is designating two public holidays in May.")


# --- support for an actor's efforts ---------------------------------------------------------


def test_supporting_the_efforts_of_a_named_envoy_is_praise_of_the_envoy() -> None:
    text = "Norway supports the efforts of the African Union to mediate between the two sides."
    fact = only(facts_of(text), "PraiseExpressed")
    assert roles(fact) == {"Norway": "speaker", "African Union": "target"}


def test_supporting_efforts_with_no_name_after_them_is_no_praise() -> None:
    text = "Norway supports efforts to reduce plastic waste in the oceans."
    assert "PraiseExpressed" not in types_of(text)


# --- rescinding a designation lifts it; the verb of telling only carries it ------------------


def test_an_intent_to_rescind_a_terrorism_designation_is_a_planned_lifting() -> None:
    text = (
        "Today, the President notified Congress of his intent to rescind Cuba’s designation "
        "as a State Sponsor of Terrorism."
    )
    fact = only(facts_of(text), "SanctionLifted")
    assert fact.modality == "planned"
    assert roles(fact)["Cuba"] == "target"


def test_rescinded_sanctions_are_lifted() -> None:
    fact = only(facts_of("Australia rescinded its sanctions on Fiji."), "SanctionLifted")
    assert roles(fact) == {"Australia": "imposer", "Fiji": "target"}


def test_informing_congress_of_a_lifting_is_no_statement_of_its_own() -> None:
    text = "Biden informed Congress that he would lift the sanctions on Venezuela."
    assert "StatementMade" not in types_of(text)
    assert "SanctionLifted" in types_of(text)


def test_rescinding_a_heritage_designation_is_no_lifted_sanction() -> None:
    text = "Peru rescinded the designation of the old market as a heritage site."
    assert "SanctionLifted" not in types_of(text)


def test_a_statement_about_a_sanction_made_long_after_it_stays_a_statement() -> None:
    # The speaker talks about sanctions far down the sentence, not to announce them.
    text = (
        "Merkel told reporters in Berlin on Monday that the German economy, which had grown "
        "faster than expected for three straight quarters, was strong enough to weather the "
        "sanctions."
    )
    assert "StatementMade" in types_of(text)

"""Mechanisms behind wrong facts a reviewer listed on corpus articles (round 10f).

Each test names a general English construction and uses sentences written for it, none
taken from a corpus text; the negative cases keep what must not change.
"""

from __future__ import annotations

from datetime import date

from support import only, roles

from timeline.extraction import extract
from timeline.values import ExtractedFact

PUBLISHED = date(2024, 3, 14)  # a Thursday


def facts_of(text: str) -> list[ExtractedFact]:
    return extract(text, PUBLISHED, "doc-1")


# --- a date stays with its own clause or noun phrase ----------------------------------------
# "Last year X left the pact, which had been signed under Y": the pluperfect relative clause
# lies before the main clause's time; "thanked X for yesterday's attack": the date is the
# attack's; "X is under sanctions, and was condemned on May 8": the second verb's date.


def test_a_pluperfect_relative_clause_happened_before_the_opening_date() -> None:
    text = (
        "Last year Chile left a fishing treaty with Peru, which had been signed under former "
        "President Michelle Bachelet."
    )
    fact = only(facts_of(text), "AgreementSigned")
    assert fact.when.edtf == "../2023"
    assert fact.modality == "historical"


def test_a_simple_past_relative_clause_keeps_the_opening_date() -> None:
    text = "Last year Chile hosted a summit with Peru, which signed a fishing treaty with Chile."
    fact = only(facts_of(text), "AgreementSigned")
    assert fact.when.edtf == "2023"


def test_a_possessive_date_of_the_object_does_not_date_the_thanks() -> None:
    text = (
        "Prime Minister Luc Frieden expressed appreciation for Canada’s condolences for "
        "yesterday’s flood in Luxembourg."
    )
    fact = only(facts_of(text), "PraiseExpressed")
    assert fact.when.best == "2024-03-14"


def test_a_possessive_date_keeps_dating_the_noun_it_modifies() -> None:
    text = "Peru condemned Sunday’s attack on Chile that killed two soldiers."
    assert only(facts_of(text), "MilitaryActionTaken").when.best == "2024-03-10"
    assert only(facts_of(text), "CriticismExpressed").when.best == "2024-03-14"


def test_a_possessive_date_of_the_meeting_at_which_it_was_said_dates_the_remark() -> None:
    text = "At yesterday’s meeting, Chancellor Olaf Scholz urged Poland to reopen the border."
    assert only(facts_of(text), "DemandMade").when.best == "2024-03-13"


def test_a_date_after_a_coordinated_verb_belongs_to_that_verb() -> None:
    text = "Chile is already under UN sanctions, and was condemned by Peru and Brazil on March 3."
    assert only(facts_of(text), "SanctionImposed").when.best != "2024-03-03"
    assert only(facts_of(text), "CriticismExpressed").when.best == "2024-03-03"


def test_a_date_after_a_list_with_a_serial_comma_still_dates_the_verb() -> None:
    text = "Peru imposed sanctions on Chile, Bolivia, and Brazil on Monday."
    assert only(facts_of(text), "SanctionImposed").when.best == "2024-03-11"


# --- the modality of a verb's complement does not decide the verb's -------------------------


def test_voting_on_a_resolution_to_expel_is_a_vote_that_happened() -> None:
    text = (
        "On Tuesday, the Senate of Chile voted on a resolution to expel Peruvian diplomats "
        "from the country."
    )
    fact = only(facts_of(text), "LegalActionTaken")
    assert fact.modality == "asserted"
    assert fact.when.best == "2024-03-12"


def test_a_resolution_that_will_be_voted_on_stays_planned() -> None:
    text = "The Senate of Chile will vote on a resolution to expel Peruvian diplomats."
    assert only(facts_of(text), "LegalActionTaken").modality == "planned"


def test_a_resolution_only_presented_stays_planned() -> None:
    text = "Chile presented a resolution to sanction Peru."
    assert only(facts_of(text), "SanctionImposed").modality == "planned"


# --- "Both A and B" -------------------------------------------------------------------------


def test_both_a_pronoun_and_a_titled_person_are_the_speakers() -> None:
    text = (
        "Chile's interior minister Rodrigo Delgado met Peruvian officials on Tuesday. Both he "
        "and the country's Defence Minister Mario Desbordes, urged Peru to close the border."
    )
    fact = only(facts_of(text), "DemandMade")
    assert roles(fact) == {
        "Rodrigo Delgado": "speaker",
        "Mario Desbordes": "speaker",
        "Peru": "target",
    }


def test_without_both_a_name_after_and_stays_alone_in_its_clause() -> None:
    text = "Both sides welcomed the talks, and Chile urged Peru to close the border."
    fact = only(facts_of(text), "DemandMade")
    assert roles(fact) == {"Chile": "speaker", "Peru": "target"}


# --- a request in writing -------------------------------------------------------------------


def test_writing_to_an_embassy_asking_it_to_act_is_the_writers_demand() -> None:
    text = (
        "Chile's police chief Ricardo Yanez wrote to the Peruvian embassy asking to lift the "
        "suspect's immunity."
    )
    facts = facts_of(text)
    fact = only(facts, "DemandMade")
    assert roles(fact) == {"Ricardo Yanez": "speaker", "Peru": "target"}
    assert fact.modality == "asserted"
    assert not [f for f in facts if f.type == "StatementMade"]


def test_sending_a_letter_asking_for_a_release_is_a_demand_of_the_addressee() -> None:
    text = (
        "Chile's interior minister Rodrigo Delgado sent a letter to Peru's foreign ministry "
        "asking for the release of the fishermen."
    )
    fact = only(facts_of(text), "DemandMade")
    assert roles(fact) == {"Rodrigo Delgado": "speaker", "Peru": "target"}


def test_the_writer_asks_even_when_the_addressee_is_an_embassy_of_a_country() -> None:
    text = (
        "Chile's interior minister Rodrigo Delgado wrote to the Embassy of Peru in Santiago "
        "asking it to extradite the suspect."
    )
    fact = only(facts_of(text), "DemandMade")
    assert roles(fact)["Rodrigo Delgado"] == "speaker"
    assert roles(fact)["Peru"] == "target"


def test_writing_to_an_embassy_saying_something_stays_a_statement() -> None:
    text = (
        "Chile's interior minister Rodrigo Delgado wrote to the Peruvian embassy, saying the "
        "suspect had left."
    )
    facts = facts_of(text)
    assert {f.type for f in facts} == {"StatementMade"}


# --- the subjects listed after "including" ----------------------------------------------------


def test_companies_listed_after_firms_including_are_all_the_subjects() -> None:
    text = (
        "With Peru encouraging companies to leave Bolivia, Chilean firms including LATAM, "
        "Codelco, and Falabella have announced plans to leave Peru."
    )
    fact = only(facts_of(text), "StatementMade")
    speakers = {name for name, role in roles(fact).items() if role == "speaker"}
    assert speakers == {"LATAM", "Codelco", "Falabella"}


def test_countries_listed_after_a_plural_subject_are_the_speakers() -> None:
    text = "Several countries, including France, Italy and Spain, condemned the attack on Iran."
    fact = only(facts_of(text), "CriticismExpressed")
    assert roles(fact) == {"France": "speaker", "Italy": "speaker", "Spain": "speaker"}


def test_countries_listed_after_an_object_are_not_speakers() -> None:
    text = "Peru condemned several countries, including Chile and Bolivia."
    fact = only(facts_of(text), "CriticismExpressed")
    assert roles(fact).get("Peru") == "speaker"
    assert roles(fact).get("Chile") != "speaker" and roles(fact).get("Bolivia") != "speaker"


# --- a country named inside another verb's complement is no subject ------------------------


def test_a_people_in_an_including_list_is_not_the_subject_of_the_next_verb() -> None:
    text = (
        "President Lula said that Peru must free all prisoners, including all Chileans, by "
        "Friday, and asked Bolivia for help."
    )
    demands = [f for f in facts_of(text) if f.type == "DemandMade"]
    asked = next(f for f in demands if "Bolivia" in roles(f))
    assert roles(asked) == {"Luiz Inácio Lula da Silva": "speaker", "Bolivia": "target"}


def test_a_people_opening_the_sentence_is_still_its_subject() -> None:
    text = "All Chileans condemned the attack on Peru."
    assert roles(only(facts_of(text), "CriticismExpressed")).get("Chile") == "speaker"

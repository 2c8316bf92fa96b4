"""Gaps left by extractor 1.6.0 (round 11b): a date carried into the next sentence, a
nationality word as the actor of a noun, a time relative to an event the text names, a
sanction spoken about, and a deadline bound to its demand.

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


# --- a date carried into the next sentence --------------------------------------------------
# "On Monday, X met Y in Rome. He said ...": the remark continues the dated occasion when a
# pronoun takes up its actor, or when its named speaker took part in the dated meeting.


def test_a_pronoun_remark_after_a_dated_meeting_takes_the_meeting_day() -> None:
    text = (
        "On Monday, President Biden met Prime Minister Meloni in Rome. "
        "He criticised Russia for the attacks."
    )
    fact = only(facts_of(text), "CriticismExpressed")
    assert roles(fact)["Joe Biden"] == "speaker"
    assert fact.when.best == "2024-03-11"
    assert fact.when.derivation == "inherited"


def test_a_pronoun_remark_after_a_dated_sentence_with_no_fact_takes_its_day() -> None:
    text = (
        "Foreign Minister Lavrov spoke to reporters in Moscow on Tuesday. "
        "He accused the West of prolonging the war."
    )
    fact = only(facts_of(text), "CriticismExpressed")
    assert fact.when.best == "2024-03-12"


def test_a_named_speaker_of_a_dated_meeting_weeks_ago_keeps_its_day_and_so_does_he() -> None:
    text = (
        "President Macron met Chancellor Scholz in Berlin on 3 March. "
        "Macron thanked Germany for its support. He also urged Russia to withdraw its troops."
    )
    facts = facts_of(text)
    assert only(facts, "PraiseExpressed").when.best == "2024-03-03"
    assert only(facts, "DemandMade").when.best == "2024-03-03"


def test_a_remark_by_someone_outside_the_dated_sentence_keeps_the_publication_day() -> None:
    text = "On Tuesday, Russia attacked Kyiv. Zelensky condemned the strikes."
    assert only(facts_of(text), "CriticismExpressed").when.best == "2024-03-14"


def test_a_named_speaker_after_a_dated_sentence_that_is_no_meeting_keeps_the_publication_day() -> (
    None
):
    text = (
        "On Tuesday, Chancellor Scholz condemned the strikes on Kyiv. "
        "Scholz urged Russia to withdraw its troops."
    )
    assert only(facts_of(text), "DemandMade").when.best == "2024-03-14"


def test_a_remark_after_a_planned_meeting_keeps_the_publication_day() -> None:
    text = (
        "President Biden will meet Prime Minister Meloni in Rome on Friday. "
        "He praised Italy for its support."
    )
    assert only(facts_of(text), "PraiseExpressed").when.best == "2024-03-14"


def test_a_remark_that_says_it_was_made_before_keeps_no_carried_date() -> None:
    text = (
        "Foreign Minister Lavrov spoke to reporters in Moscow on Tuesday. "
        "He has previously accused the West of prolonging the war."
    )
    facts = [f for f in facts_of(text) if f.type == "CriticismExpressed"]
    assert facts
    assert all(f.when.best != "2024-03-12" for f in facts)


def test_a_dated_sentence_two_sentences_back_does_not_date_the_remark() -> None:
    text = (
        "Foreign Minister Lavrov spoke to reporters in Moscow on Tuesday. "
        "The talks in Geneva are stalled. He accused the West of prolonging the war."
    )
    fact = only(facts_of(text), "CriticismExpressed")
    assert fact.when.best == "2024-03-14"


# --- a nationality word as the actor of a noun ----------------------------------------------
# "the deployment of Russian forces", "the intrusion of Chinese warships": the country whose
# forces a movement noun moves is its actor; forces that are hit stay what is hit.


def test_the_forces_a_deployment_moves_make_their_country_the_attacker() -> None:
    text = "NATO condemned the deployment of Russian forces into Belarus."
    fact = only(facts_of(text), "MilitaryActionTaken")
    assert roles(fact) == {"Russia": "attacker", "Belarus": "target"}


def test_the_warships_of_an_intrusion_make_their_country_the_attacker() -> None:
    text = "Japan protested the intrusion of Chinese warships into its waters."
    fact = only(facts_of(text), "MilitaryActionTaken")
    assert roles(fact).get("China") == "attacker"


def test_the_helicopters_of_an_incursion_make_their_country_the_attacker() -> None:
    text = "The incursion of Belarusian helicopters into Polish airspace angered Warsaw."
    fact = only(facts_of(text), "MilitaryActionTaken")
    assert roles(fact)["Belarus"] == "attacker"
    assert roles(fact)["Poland"] == "target"


def test_who_reports_an_incursion_of_foreign_drones_is_not_its_attacker() -> None:
    text = "Lithuania reported an incursion of Russian drones into its airspace on Sunday."
    fact = only(facts_of(text), "MilitaryActionTaken")
    assert roles(fact).get("Russia") == "attacker"
    assert "Lithuania" not in {a.name for a in fact.actors if a.role == "attacker"}


def test_a_demonym_before_forces_as_the_subject_of_an_attack_verb_is_the_attacker() -> None:
    text = "Iranian troops shelled Kirkuk on Monday."
    fact = only(facts_of(text), "MilitaryActionTaken")
    assert roles(fact) == {"Iran": "attacker", "Iraq": "target"}


def test_drones_that_carry_out_an_attack_by_make_their_country_the_attacker() -> None:
    text = "An attack by Iranian drones on an American base in Jordan killed three soldiers."
    fact = only(facts_of(text), "MilitaryActionTaken")
    assert roles(fact)["Iran"] == "attacker"


def test_attacks_as_a_verb_still_takes_its_subject_and_object() -> None:
    fact = only(facts_of("Russia attacks Ukraine."), "MilitaryActionTaken")
    assert roles(fact) == {"Russia": "attacker", "Ukraine": "target"}


def test_troops_that_are_bombarded_stay_the_target() -> None:
    text = "The bombardment of Russian troops in Kherson began in 2022."
    fact = only(facts_of(text), "MilitaryActionTaken")
    assert roles(fact) == {"Russia": "target"}


def test_a_nationality_of_the_territory_invaded_stays_the_target() -> None:
    text = "The invasion of Ukrainian territory began in 2022."
    fact = only(facts_of(text), "MilitaryActionTaken")
    assert roles(fact) == {"Ukraine": "target"}


# --- a time relative to an event the text names ---------------------------------------------
# "the morning after the attack", "two days before the vote": dated by the event when the
# document dates it (as a fact, or in a sentence that names it with a day), else undated.


def test_the_morning_after_a_dated_attack_is_the_next_day() -> None:
    text = (
        "Russia attacked Kyiv on 3 March. "
        "The morning after the attack, President Zelensky visited the city."
    )
    facts = facts_of(text)
    visit = only(facts, "VisitMade")
    assert visit.when.best == "2024-03-04"
    assert visit.when.derivation == "anchored"
    assert roles(only(facts, "MilitaryActionTaken")) == {"Russia": "attacker", "Ukraine": "target"}


def test_two_days_before_a_vote_that_is_no_fact_is_dated_by_the_sentence_naming_the_vote() -> None:
    text = (
        "The Hungarian parliament voted on 10 March. "
        "Two days before the vote, Prime Minister Orban met President Putin in Moscow."
    )
    assert only(facts_of(text), "MeetingHeld").when.best == "2024-03-08"


def test_a_week_after_an_election_dated_later_in_the_text_counts_from_it() -> None:
    text = (
        "A week after the election, Chancellor Scholz visited Paris. "
        "Voters elected a new parliament on 3 March."
    )
    assert only(facts_of(text), "VisitMade").when.best == "2024-03-10"


def test_the_day_after_an_event_the_text_never_dates_stays_undated() -> None:
    text = "The day after the summit, Chancellor Scholz visited Paris."
    visit = only(facts_of(text), "VisitMade")
    assert visit.when.best is None
    assert visit.when.derivation == "unresolved"


def test_the_event_a_time_phrase_names_takes_no_actor_of_the_fact_it_dates() -> None:
    text = "The morning after the attack, President Zelensky visited Kharkiv."
    facts = facts_of(text)
    assert not [f for f in facts if f.type == "MilitaryActionTaken"]
    assert roles(only(facts, "VisitMade"))["Volodymyr Zelensky"] == "visitor"


def test_the_event_a_time_phrase_names_keeps_the_actors_named_in_the_phrase() -> None:
    text = "The day after Russia's attack on Kyiv, President Zelensky visited Kharkiv."
    attack = only(facts_of(text), "MilitaryActionTaken")
    assert roles(attack) == {"Russia": "attacker", "Ukraine": "target"}


def test_ahead_of_an_undated_vote_keeps_the_publication_day() -> None:
    text = "Ahead of the vote, Prime Minister Orban met President Putin in Moscow."
    assert only(facts_of(text), "MeetingHeld").when.best == "2024-03-14"


# --- a sanction spoken about ----------------------------------------------------------------
# "Peskov told reporters that the sanctions were counterproductive": the speaker talks about
# the measure; he neither imposes nor lifts it.


def test_a_spokesman_judging_the_sanctions_criticises_and_imposes_nothing() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov told reporters that the sanctions were counterproductive."
    )
    facts = facts_of(text)
    assert roles(only(facts, "CriticismExpressed")) == {"Dmitry Peskov": "speaker"}
    assert not [
        f
        for f in facts
        if f.type == "SanctionImposed" and any(a.name == "Dmitry Peskov" for a in f.actors)
    ]


def test_sanctions_said_to_be_illegal_are_criticised() -> None:
    facts = facts_of("Foreign Minister Lavrov said the sanctions were illegal.")
    assert roles(only(facts, "CriticismExpressed")) == {"Sergey Lavrov": "speaker"}
    assert not [f for f in facts if f.type == "SanctionImposed"]


def test_a_minister_saying_how_sanctions_work_is_not_their_imposer() -> None:
    facts = facts_of("Secretary Blinken said the sanctions on Russia were working.")
    for fact in facts:
        if fact.type == "SanctionImposed":
            assert "Antony Blinken" not in roles(fact)


def test_a_spokesman_dismissing_the_sanctions_imposes_nothing() -> None:
    facts = facts_of("Kremlin spokesman Dmitry Peskov dismissed the sanctions as meaningless.")
    assert not [f for f in facts if f.type == "SanctionImposed"]


def test_a_spokesman_saying_what_the_sanctions_will_not_do_imposes_nothing() -> None:
    text = "Dmitry Peskov told reporters the new sanctions would not change Russia's course."
    assert not [f for f in facts_of(text) if f.type == "SanctionImposed"]


def test_the_body_that_names_sanctions_it_adopted_still_imposes_them() -> None:
    text = "The EU said new sanctions on Russia were adopted on Friday."
    fact = only(facts_of(text), "SanctionImposed")
    assert roles(fact) == {"European Union": "imposer", "Russia": "target"}


def test_a_named_imposer_before_the_noun_stays_the_imposer_of_sanctions_spoken_about() -> None:
    text = "Foreign Minister Lavrov said the EU sanctions against Russia were illegal."
    fact = only(facts_of(text), "SanctionImposed")
    assert roles(fact) == {"European Union": "imposer", "Russia": "target"}


def test_announcing_sanctions_still_imposes_them() -> None:
    fact = only(facts_of("Secretary Blinken announced new sanctions on Russia."), "SanctionImposed")
    assert roles(fact) == {"Antony Blinken": "imposer", "Russia": "target"}


def test_an_adjective_illegal_inside_the_content_is_no_criticism() -> None:
    facts = facts_of("Foreign Minister Lavrov said illegal migration had fallen.")
    assert not [f for f in facts if f.type == "CriticismExpressed"]


# --- a deadline bound to its demand ---------------------------------------------------------
# "demanded that Y withdraw by Saturday": the deadline is noted on the demand (its last day),
# which stays dated when it was made; the act asked for is not dated by the deadline.


def test_a_deadline_is_noted_on_the_demand_it_bounds() -> None:
    text = "The United States demanded that Russia withdraw its troops from Ukraine by Saturday."
    demand = only(facts_of(text), "DemandMade")
    assert demand.extra["deadline"] == "2024-03-16"
    assert demand.when.best == "2024-03-14"


def test_the_end_of_the_month_is_a_deadline_on_its_last_day() -> None:
    text = "Germany asked Iran to release the journalist by the end of the month."
    assert only(facts_of(text), "DemandMade").extra["deadline"] == "2024-03-31"


def test_a_deadline_before_the_verb_of_demanding_is_noted_on_the_demand() -> None:
    text = "By Friday, Germany urged Iran to free the journalist."
    assert only(facts_of(text), "DemandMade").extra["deadline"] == "2024-03-15"


def test_a_deadline_inside_a_quoted_demand_goes_to_the_demand_whose_speaker_is_named() -> None:
    text = "Iran must free the journalist by Friday, Chancellor Scholz demanded."
    assert only(facts_of(text), "DemandMade").extra["deadline"] == "2024-03-15"


def test_of_two_demands_the_deadline_bounds_the_one_it_follows() -> None:
    text = (
        "President Biden reiterated that Hamas must release all hostages by Saturday, "
        "and asked King Abdullah to help Egypt."
    )
    demands = {
        next(a.name for a in f.actors if a.role == "target"): f
        for f in facts_of(text)
        if f.type == "DemandMade"
    }
    assert demands["Hamas"].extra["deadline"] == "2024-03-16"
    assert "deadline" not in demands["Abdullah II"].extra


def test_a_plan_asked_for_is_not_dated_by_the_deadline_of_the_request() -> None:
    text = (
        "The EU called on Serbia to announce that it will impose sanctions on Russia by the "
        "end of the month."
    )
    facts = facts_of(text)
    assert only(facts, "DemandMade").extra["deadline"] == "2024-03-31"
    assert only(facts, "SanctionImposed").when.best == "2024-03-14"


def test_a_plan_with_no_demand_keeps_its_deadline_as_its_time() -> None:
    fact = only(facts_of("Iran said it will hold talks with Oman by Friday."), "MeetingHeld")
    assert fact.when.best == "2024-03-15"
    assert "deadline" not in fact.extra

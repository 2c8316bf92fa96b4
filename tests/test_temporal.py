"""Time expressions found in text and normalised to ``When`` values."""

from __future__ import annotations

from datetime import date
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest
from edtf import parse_edtf

from timeline.sentences import split
from timeline.temporal import (
    TimeMention,
    anchored,
    combine,
    document_when,
    find_times,
    inherited,
    overlaps,
    pending_when,
)
from timeline.values import When

TUESDAY = date(2025, 9, 2)  # ISO week 2025-09-01 (Mon) .. 2025-09-07 (Sun)
THURSDAY = date(2025, 9, 4)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# parse_edtf raises on anything that is not EDTF; it is slow, and the same strings recur.
valid_edtf = cache(parse_edtf)

# Every sentence used below: all of them must give valid EDTF, in either mode.
SENTENCES: list[str] = []


def sentences(*texts: str) -> tuple[str, ...]:
    SENTENCES.extend(texts)
    return texts


def only(text: str, published: date | None = TUESDAY, *, future: bool = False) -> TimeMention:
    mentions = find_times(text, published, future=future)
    assert len(mentions) == 1, mentions
    return mentions[0]


def when_of(text: str, published: date | None = TUESDAY, *, future: bool = False) -> When:
    when = only(text, published, future=future).when
    assert when is not None
    return when


def day(iso: str, derivation: str, expression: str) -> When:
    return When(iso, iso, "day", iso, None, expression, derivation, iso, iso)


# --------------------------------------------------------------------------- explicit dates

EXPLICIT = [
    # sentence, expression, edtf, precision, derivation, start, end
    (
        "The accord was signed on September 3, 2025 in Oslo.",
        "on September 3, 2025",
        "2025-09-03",
        "day",
        "explicit",
        "2025-09-03",
        "2025-09-03",
    ),
    (
        "The accord was signed 3 September 2025.",
        "3 September 2025",
        "2025-09-03",
        "day",
        "explicit",
        "2025-09-03",
        "2025-09-03",
    ),
    (
        "Sept. 3 was chosen for the vote.",
        "Sept. 3",
        "2025-09-03",
        "day",
        "relative",
        "2025-09-03",
        "2025-09-03",
    ),
    (
        "The envoy arrives on 3 September.",
        "on 3 September",
        "2025-09-03",
        "day",
        "relative",
        "2025-09-03",
        "2025-09-03",
    ),
    (
        "The decree is dated 2025-09-03.",
        "2025-09-03",
        "2025-09-03",
        "day",
        "explicit",
        "2025-09-03",
        "2025-09-03",
    ),
    (
        "Bread prices rose in March 2021.",
        "in March 2021",
        "2021-03",
        "month",
        "explicit",
        "2021-03-01",
        "2021-03-31",
    ),
    (
        "The last coal mine closed in 2019.",
        "in 2019",
        "2019",
        "year",
        "explicit",
        "2019-01-01",
        "2019-12-31",
    ),
    (
        "December 2004 was the wettest month on record.",
        "December 2004",
        "2004-12",
        "month",
        "explicit",
        "2004-12-01",
        "2004-12-31",
    ),
    (
        "Rents doubled during the 1990s.",
        "during the 1990s",
        "199X",
        "decade",
        "explicit",
        "1990-01-01",
        "1999-12-31",
    ),
    (
        "The referendum was held on March 12, 2021.",
        "on March 12, 2021",
        "2021-03-12",
        "day",
        "explicit",
        "2021-03-12",
        "2021-03-12",
    ),
]
sentences(*(row[0] for row in EXPLICIT))


@pytest.mark.parametrize(
    ("text", "expression", "edtf", "precision", "derivation", "start", "end"), EXPLICIT
)
def test_explicit_dates_resolve_to_the_day_month_year_or_decade_they_name(
    text: str, expression: str, edtf: str, precision: str, derivation: str, start: str, end: str
) -> None:
    mention = only(text)
    assert mention.kind == "date"
    assert mention.text == expression
    assert mention.when == When(
        edtf=edtf,
        best=start,
        precision=precision,
        sort_key=start,
        expression=expression,
        derivation=derivation,
        start=start,
        end=end,
    )


def test_a_day_without_a_year_takes_the_year_nearest_to_publication() -> None:
    texts = sentences("The ferry sank on 28 December.", "The ferry sails on 3 January.")
    assert when_of(texts[0], date(2026, 1, 5)).edtf == "2025-12-28"
    assert when_of(texts[1], date(2025, 12, 30)).edtf == "2026-01-03"


def test_a_bare_month_is_the_latest_one_so_far_or_the_next_one_in_the_future() -> None:
    (past,) = sentences("Elections were held in October.")
    (future,) = sentences("Elections will be held in March.")
    assert when_of(past).edtf == "2024-10"
    assert when_of(future, future=True).edtf == "2026-03"
    assert when_of(future).derivation == "relative"


def test_the_apostrophe_decade_is_the_one_already_begun() -> None:
    (text,) = sentences("Music changed in the '90s.")
    assert when_of(text).edtf == "199X"


# ----------------------------------------------------------------------------------- ranges

RANGES = [
    # sentence, published, future, expression, edtf, derivation
    (
        "The fair runs November 14-16.",
        date(2024, 11, 7),
        True,
        "November 14-16",
        "2024-11-14/2024-11-16",
        "relative",
    ),
    (
        "The fair ran November 14–16, 2024.",
        TUESDAY,
        False,
        "November 14–16, 2024",
        "2024-11-14/2024-11-16",
        "explicit",
    ),
    (
        "The summit runs September 30 – October 2.",
        TUESDAY,
        True,
        "September 30 – October 2",
        "2025-09-30/2025-10-02",
        "relative",
    ),
    (
        "Talks will run from 7 to 9 December.",
        TUESDAY,
        True,
        "from 7 to 9 December",
        "2025-12-07/2025-12-09",
        "relative",
    ),
    (
        "The market fair lasts December 30 – January 2.",
        date(2025, 12, 20),
        True,
        "December 30 – January 2",
        "2025-12-30/2026-01-02",
        "relative",
    ),
    (
        "The inquiry sat from 30 September to 2 October 2025.",
        TUESDAY,
        False,
        "from 30 September to 2 October 2025",
        "2025-09-30/2025-10-02",
        "explicit",
    ),
]
sentences(*(row[0] for row in RANGES))


@pytest.mark.parametrize(
    ("text", "published", "future", "expression", "edtf", "derivation"), RANGES
)
def test_day_ranges_become_edtf_intervals_of_days(
    text: str, published: date, future: bool, expression: str, edtf: str, derivation: str
) -> None:
    mention = only(text, published, future=future)
    assert mention.kind == "range"
    assert mention.text == expression
    assert mention.when is not None
    first, last = edtf.split("/")
    assert mention.when == When(
        edtf=edtf,
        best=first,
        precision="day",
        sort_key=first,
        expression=expression,
        derivation=derivation,
        start=first,
        end=last,
    )


def test_between_two_years_is_a_range_of_whole_years() -> None:
    (text,) = sentences("Output fell between 2019 and 2021.")
    mention = only(text)
    assert mention.kind == "range"
    assert mention.text == "between 2019 and 2021"
    assert mention.when == When(
        "2019/2021", "2019-01-01", "year", "2019-01-01", None, mention.text, "explicit",
        "2019-01-01", "2021-12-31",
    )  # fmt: skip


def test_a_month_range_keeps_month_precision() -> None:
    (text,) = sentences("The works ran from March to May 2021.")
    when = when_of(text)
    assert (when.edtf, when.precision, when.start, when.end) == (
        "2021-03/2021-05",
        "month",
        "2021-03-01",
        "2021-05-31",
    )


def test_and_without_between_joins_two_dates_not_a_range() -> None:
    (text,) = sentences("Strikes are planned on 14 and 16 November.")
    mentions = find_times(text, TUESDAY, future=True)
    assert [m.text for m in mentions] == ["16 November"]
    assert [m.kind for m in mentions] == ["date"]


# --------------------------------------------------------------------------------- weekdays

WEEKDAYS = [
    # sentence, future, expression, resolved day (published on Thursday 2025-09-04)
    ("Ministers met on Tuesday.", False, "on Tuesday", "2025-09-02"),
    ("Ministers met last Thursday.", False, "last Thursday", "2025-08-28"),
    ("Ministers meet next Monday.", True, "next Monday", "2025-09-08"),
    ("Crowds gathered Sunday.", False, "Sunday", "2025-08-31"),
    ("Crowds will gather Sunday.", True, "Sunday", "2025-09-07"),
    ("Ministers met on Thursday.", False, "on Thursday", "2025-09-04"),
    ("Ministers meet on Tuesday.", True, "on Tuesday", "2025-09-09"),
]
sentences(*(row[0] for row in WEEKDAYS))


@pytest.mark.parametrize(("text", "future", "expression", "resolved"), WEEKDAYS)
def test_weekdays_resolve_backwards_in_the_past_and_forwards_in_the_future(
    text: str, future: bool, expression: str, resolved: str
) -> None:
    mention = only(text, THURSDAY, future=future)
    assert mention.kind == "relative"
    assert mention.text == expression
    assert mention.when == day(resolved, "relative", expression)


def test_a_march_on_sunday_is_a_sunday_but_not_a_month() -> None:
    (text,) = sentences("Thousands joined the march on Sunday.")
    mention = only(text, THURSDAY)
    assert mention.text == "on Sunday"
    assert mention.when is not None and mention.when.edtf == "2025-08-31"


def test_a_weekday_inside_a_name_is_not_a_time() -> None:
    (text,) = sentences("Bloody Sunday is remembered every year in the city.")
    assert find_times(text, THURSDAY) == []


def test_a_weekday_range_spans_the_days_between() -> None:
    (text,) = sentences("The delegation visited from Monday to Wednesday.")
    when = when_of(text, THURSDAY)
    assert (when.edtf, when.precision) == ("2025-09-01/2025-09-03", "day")


# --------------------------------------------------------------------- days around publication

NEAR_DAYS = [
    ("Rebels shelled the port yesterday.", "yesterday", "2025-09-01"),
    ("Sirens sounded last night.", "last night", "2025-09-01"),
    ("The port is quiet today.", "today", "2025-09-02"),
    ("The leader speaks tonight.", "tonight", "2025-09-02"),
    ("Talks resume tomorrow.", "tomorrow", "2025-09-03"),
    ("He said earlier today that he would resign.", "earlier today", "2025-09-02"),
    ("He left the day before yesterday.", "the day before yesterday", "2025-08-31"),
]
sentences(*(row[0] for row in NEAR_DAYS))


@pytest.mark.parametrize(("text", "expression", "resolved"), NEAR_DAYS)
def test_yesterday_today_and_tomorrow_resolve_around_publication(
    text: str, expression: str, resolved: str
) -> None:
    mention = only(text)
    assert mention.text == expression
    assert mention.when == day(resolved, "relative", expression)


# ------------------------------------------------------------------ weeks, months and years

PERIODS = [
    # sentence, expression, edtf, precision, start, end, duration
    (
        "Prices rose this week.",
        "this week",
        "2025-09-01/2025-09-07",
        "week",
        "2025-09-01",
        "2025-09-07",
        None,
    ),
    (
        "Prices rose last week.",
        "last week",
        "2025-08-25/2025-08-31",
        "week",
        "2025-08-25",
        "2025-08-31",
        None,
    ),
    (
        "Prices rise next week.",
        "next week",
        "2025-09-08/2025-09-14",
        "week",
        "2025-09-08",
        "2025-09-14",
        None,
    ),
    (
        "A vote is due later this week.",
        "later this week",
        "2025-09-01/2025-09-07",
        "week",
        "2025-09-01",
        "2025-09-07",
        None,
    ),
    (
        "The vote was held earlier this week.",
        "earlier this week",
        "2025-09-01/2025-09-07",
        "week",
        "2025-09-01",
        "2025-09-07",
        None,
    ),
    (
        "Sales fell this month.",
        "this month",
        "2025-09",
        "month",
        "2025-09-01",
        "2025-09-30",
        None,
    ),
    (
        "Sales fell last month.",
        "last month",
        "2025-08",
        "month",
        "2025-08-01",
        "2025-08-31",
        None,
    ),
    (
        "Sales recover next month.",
        "next month",
        "2025-10",
        "month",
        "2025-10-01",
        "2025-10-31",
        None,
    ),
    (
        "A ruling is expected later this month.",
        "later this month",
        "2025-09",
        "month",
        "2025-09-01",
        "2025-09-30",
        None,
    ),
    (
        "The court ruled earlier this month.",
        "earlier this month",
        "2025-09",
        "month",
        "2025-09-01",
        "2025-09-30",
        None,
    ),
    ("Growth slowed this year.", "this year", "2025", "year", "2025-01-01", "2025-12-31", None),
    ("Growth slowed last year.", "last year", "2024", "year", "2024-01-01", "2024-12-31", None),
    ("Growth returns next year.", "next year", "2026", "year", "2026-01-01", "2026-12-31", None),
    (
        "Elections follow later this year.",
        "later this year",
        "2025",
        "year",
        "2025-01-01",
        "2025-12-31",
        None,
    ),
    (
        "Less than a week ago, drones struck the depot.",
        "Less than a week ago",
        "2025-08-26/2025-09-02",
        "week",
        "2025-08-26",
        "2025-09-02",
        "P1W",
    ),
    (
        "The bridge fell three days ago.",
        "three days ago",
        "2025-08-30",
        "day",
        "2025-08-30",
        "2025-08-30",
        "P3D",
    ),
    (
        "The bridge fell two weeks ago.",
        "two weeks ago",
        "2025-08-18/2025-08-24",
        "week",
        "2025-08-18",
        "2025-08-24",
        "P2W",
    ),
    (
        "The bridge fell six months ago.",
        "six months ago",
        "2025-03",
        "month",
        "2025-03-01",
        "2025-03-31",
        "P6M",
    ),
    (
        "The bridge fell 5 years ago.",
        "5 years ago",
        "2020",
        "year",
        "2020-01-01",
        "2020-12-31",
        "P5Y",
    ),
    (
        "In the past two years, rents doubled.",
        "In the past two years",
        "2023-09-02/2025-09-02",
        "year",
        "2023-09-02",
        "2025-09-02",
        "P2Y",
    ),
]
sentences(*(row[0] for row in PERIODS))


@pytest.mark.parametrize(
    ("text", "expression", "edtf", "precision", "start", "end", "duration"), PERIODS
)
def test_weeks_months_years_and_ago_resolve_against_publication(
    text: str,
    expression: str,
    edtf: str,
    precision: str,
    start: str,
    end: str,
    duration: str | None,
) -> None:
    mention = only(text)
    assert mention.kind == "relative"
    assert mention.text == expression
    assert mention.when == When(
        edtf=edtf,
        best=start,
        precision=precision,
        sort_key=start,
        duration=duration,
        expression=expression,
        derivation="relative",
        start=start,
        end=end,
    )


def test_recently_is_not_a_time() -> None:
    (text,) = sentences("Recently the army withdrew from the border.")
    assert find_times(text, TUESDAY) == []


def test_the_next_year_in_a_story_is_not_next_calendar_year() -> None:
    (text,) = sentences("The next year, the army returned to the valley.")
    assert find_times(text, TUESDAY) == []


# ---------------------------------------------------------------------------------- deadlines

DEADLINES = [
    ("Parties must file by May 14.", "by May 14", "2025-05-14", "relative"),
    ("Parties must file by May 14, 2025.", "by May 14, 2025", "2025-05-14", "explicit"),
    ("Troops must leave by Saturday.", "by Saturday", "2025-05-03", "relative"),
]
sentences(*(row[0] for row in DEADLINES))


@pytest.mark.parametrize(("text", "expression", "deadline", "derivation"), DEADLINES)
def test_by_a_date_is_a_deadline_open_at_the_start(
    text: str, expression: str, deadline: str, derivation: str
) -> None:
    mention = only(text, date(2025, 5, 1), future=True)
    assert mention.kind == "deadline"
    assert mention.text == expression
    assert mention.when == When(
        edtf=f"../{deadline}",
        best=deadline,
        precision="day",
        sort_key=deadline,
        expression=expression,
        derivation=derivation,
        start=None,
        end=deadline,
    )


BY_THE_END_OF = [
    ("The plant must close by the end of the year.", "2025", "2025-01-01", "year"),
    ("Talks will be held by the end of 2026.", "2026", "2026-01-01", "year"),
    ("The report is due by the end of the month.", "2025-09", "2025-09-01", "month"),
    ("A ruling is due by the end of October.", "2025-10", "2025-10-01", "month"),
    (
        "The team will decide by the end of this week.",
        "2025-09-01/2025-09-07",
        "2025-09-01",
        "week",
    ),
]
sentences(*(row[0] for row in BY_THE_END_OF))


@pytest.mark.parametrize(("text", "edtf", "best", "precision"), BY_THE_END_OF)
def test_by_the_end_of_a_period_is_a_deadline_somewhere_in_that_period(
    text: str, edtf: str, best: str, precision: str
) -> None:
    mention = only(text, future=True)
    assert mention.kind == "deadline"
    assert mention.text.startswith("by the end of")
    assert mention.when is not None
    assert (mention.when.edtf, mention.when.best, mention.when.precision) == (edtf, best, precision)


def test_until_the_end_of_a_year_stays_open_at_the_start() -> None:
    (text,) = sentences("The waiver runs until the end of 2026.")
    when = when_of(text, future=True)
    assert (when.edtf, when.best) == ("../2026", "2026-12-31")


def test_since_before_and_until_make_open_intervals() -> None:
    since, before, until = sentences(
        "Sanctions have applied since 2011.",
        "Before 2020, the border was open.",
        "The curfew lasts until March 2026.",
    )
    when = when_of(since)
    assert (when.edtf, when.best, when.start, when.end) == (
        "2011/2025-09-02",
        "2011-01-01",
        "2011-01-01",
        "2025-09-02",
    )
    assert only(since).kind == "open"
    assert when_of(before).edtf == "../2019-12-31"
    assert when_of(until).edtf == "../2026-03"


# --------------------------------------------------------------------------------- durations

DURATIONS = [
    ("The ban lasts for a year.", "for a year", "P1Y"),
    ("He served for two years.", "for two years", "P2Y"),
    ("They agreed a truce of 90 days.", "90 days", "P90D"),
    ("The king made a 26-hour visit to the island.", "26-hour", "PT26H"),
    ("The mine will shut for six months.", "for six months", "P6M"),
    ("The rig burned for twelve days.", "for twelve days", "P12D"),
    ("The feud simmered for a dozen years.", "for a dozen years", "P12Y"),
    ("The lease runs for twenty-five years.", "for twenty-five years", "P25Y"),
    ("The hearing lasted for an hour.", "for an hour", "PT1H"),
    ("They signed a two-year deal.", "two-year", "P2Y"),
    ("Ships waited for thirty days.", "for thirty days", "P30D"),
    ("The talks went on for ninety minutes.", "for ninety minutes", "PT90M"),
    ("The camp stood for two decades.", "for two decades", "P20Y"),
]
sentences(*(row[0] for row in DURATIONS))


@pytest.mark.parametrize(("text", "expression", "duration"), DURATIONS)
def test_durations_carry_an_iso_8601_duration_and_no_date(
    text: str, expression: str, duration: str
) -> None:
    mention = only(text)
    assert mention.kind == "duration"
    assert mention.text == expression
    assert mention.when == When(duration=duration, expression=expression)


def test_an_age_is_not_a_duration() -> None:
    (text,) = sentences("Police arrested a 30-year-old man.")
    assert find_times(text, TUESDAY) == []


def test_in_two_years_is_a_point_ahead_only_in_the_future() -> None:
    future, past = sentences(
        "The plant will open in two years.", "It was the first visit in two years."
    )
    ahead = only(future, future=True)
    assert ahead.kind == "relative"
    assert ahead.when is not None and ahead.when.edtf == "2027"
    span = only(past)
    assert span.kind == "duration"
    assert span.when == When(duration="P2Y", expression="in two years")


# ------------------------------------------------------------------- since, open, anchors


def test_years_since_an_event_date_the_event_that_many_years_before_publication() -> None:
    (text,) = sentences("The parade, marking 80 years since Japan's surrender, filled the square.")
    mention = only(text)
    assert mention.kind == "since"
    assert mention.text == "80 years since Japan's surrender"
    assert mention.anchor == "Japan's surrender"
    assert mention.when == When(
        edtf="1945",
        best="1945-01-01",
        precision="year",
        sort_key="1945-01-01",
        duration="P80Y",
        expression=mention.text,
        derivation="relative",
        start="1945-01-01",
        end="1945-12-31",
    )


def test_an_anniversary_dates_the_event_it_commemorates() -> None:
    (text,) = sentences("Crowds marked the 30th anniversary of the ceasefire.")
    mention = only(text)
    assert mention.kind == "since"
    assert mention.anchor == "the ceasefire"
    assert mention.when is not None and mention.when.edtf == "1995"


OPEN = [
    ("The two rivals have feuded for over six decades.", "for over six decades", "1965", "P60Y"),
    ("It is the first such visit in over six decades.", "in over six decades", "1965", "P60Y"),
    ("The party has ruled for more than 20 years.", "for more than 20 years", "2005", "P20Y"),
]
sentences(*(row[0] for row in OPEN))


@pytest.mark.parametrize(("text", "expression", "lower", "duration"), OPEN)
def test_more_than_a_span_is_an_interval_from_its_lower_bound_to_publication(
    text: str, expression: str, lower: str, duration: str
) -> None:
    mention = only(text)
    assert mention.kind == "open"
    assert mention.text == expression
    assert mention.when == When(
        edtf=f"{lower}/2025-09-02",
        best=f"{lower}-01-01",
        precision="year",
        sort_key=f"{lower}-01-01",
        duration=duration,
        expression=expression,
        derivation="relative",
        start=f"{lower}-01-01",
        end="2025-09-02",
    )


ANCHORS = [
    (
        "On the eve of a large military parade in the capital, the general resigned.",
        "On the eve of a large military parade",
        "a large military parade",
        -1,
    ),
    (
        "The day before the summit, aides drafted a text.",
        "The day before the summit",
        "the summit",
        -1,
    ),
    ("The day after the vote, the mayor resigned.", "The day after the vote", "the vote", 1),
    ("Ahead of the summit, leaders spoke by phone.", "Ahead of the summit", "the summit", 0),
    (
        "At the opening of the trade summit, the chair spoke.",
        "At the opening of the trade summit",
        "the trade summit",
        0,
    ),
    (
        "The ministers met on the sidelines of the forum.",
        "on the sidelines of the forum",
        "the forum",
        0,
    ),
    (
        "At the close of the talks, both sides signed.",
        "At the close of the talks",
        "the talks",
        0,
    ),
    (
        "Two days before the election, polls were banned.",
        "Two days before the election",
        "the election",
        -2,
    ),
]
sentences(*(row[0] for row in ANCHORS))


@pytest.mark.parametrize(("text", "expression", "phrase", "offset"), ANCHORS)
def test_anchors_name_the_event_they_are_dated_against(
    text: str, expression: str, phrase: str, offset: int
) -> None:
    mention = only(text)
    assert mention.kind == "anchor"
    assert mention.text == expression
    assert mention.anchor == phrase
    assert mention.anchor_offset_days == offset
    assert mention.when is None


def test_an_anchor_with_a_date_inside_resolves_at_once() -> None:
    (text,) = sentences("On the eve of Friday's vote, the opposition rallied.")
    mention = only(text)
    assert mention.kind == "anchor"
    assert mention.anchor == "Friday's vote"
    assert mention.when == day("2025-08-28", "anchored", "On the eve of Friday's vote")


def test_ahead_of_schedule_is_not_an_anchor() -> None:
    (text,) = sentences("The bridge opened ahead of schedule.")
    assert find_times(text, TUESDAY) == []


def test_at_the_end_of_the_day_is_an_idiom_not_an_anchor() -> None:
    (text,) = sentences("At the end of the day, the voters decide.")
    assert find_times(text, TUESDAY) == []


def test_at_the_end_of_a_year_is_that_year() -> None:
    (text,) = sentences("At the end of 2019, the factory closed.")
    when = when_of(text)
    assert (when.edtf, when.best, when.derivation) == ("2019", "2019-01-01", "anchored")


@pytest.mark.parametrize(
    "text",
    [
        "İstanbul’s mayor said on 3 May 2021 that the İZMİR vote was held last week.",
        "ΟΔΟΣ ΣΑΣ reopened on 3 May 2021, and the old bridge closed last week.",
        "The ﬁrst round closed on 3 May 2021; talks ended last week.",
    ],
)
def test_times_after_letters_that_change_length_when_lowered_keep_exact_offsets(
    text: str,
) -> None:
    mentions = find_times(text, TUESDAY)
    assert [m.text for m in mentions] == ["on 3 May 2021", "last week"]
    assert all(text[m.start : m.end] == m.text for m in mentions)


# ------------------------------------------------------------------------- not time at all

NOT_TIMES = sentences(
    "They may meet again soon.",
    "Thousands joined the march to the palace.",
    "The runner came second in the final.",
    "The ministry bought 500,000 doses of vaccine.",
    "Nearly 80 percent of voters backed the plan.",
    "About 2000 people marched, and 1500 soldiers watched.",
    "The 2000 km pipeline carries gas.",
    "Trade fell by a third.",
)


@pytest.mark.parametrize("text", NOT_TIMES)
def test_modal_may_verbs_ordinals_and_quantities_are_not_times(text: str) -> None:
    assert find_times(text, TUESDAY) == []


# ------------------------------------------------------------------------ general behaviour


def test_the_same_text_resolves_differently_for_different_publication_dates() -> None:
    (text,) = sentences("Rebels took the airport yesterday and will hold talks next week.")
    first = [m.when for m in find_times(text, date(2025, 9, 2))]
    second = [m.when for m in find_times(text, date(2019, 3, 14))]
    assert [w.edtf for w in first if w] == ["2025-09-01", "2025-09-08/2025-09-14"]
    assert [w.edtf for w in second if w] == ["2019-03-13", "2019-03-18/2019-03-24"]


def test_the_module_never_reads_the_system_clock() -> None:
    source = (Path(__file__).resolve().parents[1] / "timeline" / "temporal.py").read_text()
    assert ".today()" not in source
    assert ".now(" not in source
    assert "time.time" not in source


UNRESOLVED = [
    ("Rebels shelled the port yesterday.", "yesterday", None),
    ("Ministers met on Tuesday.", "on Tuesday", None),
    ("Prices rose last week.", "last week", None),
    ("The envoy arrives on 3 September.", "on 3 September", None),
    ("The bridge fell three days ago.", "three days ago", "P3D"),
    ("The party has ruled for more than 20 years.", "for more than 20 years", "P20Y"),
    ("It marked 80 years since the armistice.", "80 years since the armistice", "P80Y"),
]
sentences(*(row[0] for row in UNRESOLVED))


@pytest.mark.parametrize(("text", "expression", "duration"), UNRESOLVED)
def test_without_a_publication_date_relative_times_stay_unresolved(
    text: str, expression: str, duration: str | None
) -> None:
    mention = only(text, None)
    assert mention.text == expression
    assert mention.when == When(duration=duration, expression=expression)
    assert mention.when.sort_key == "9999"
    assert mention.when.derivation == "unresolved"


def test_without_a_publication_date_explicit_dates_still_resolve() -> None:
    (text,) = sentences("The accord was signed on September 3, 2025 in Oslo.")
    assert when_of(text, None).edtf == "2025-09-03"


def test_mentions_come_left_to_right_without_overlap_and_quote_the_text() -> None:
    (text,) = sentences(
        "On Monday, three days after the vote, officials said talks would resume in March 2026."
    )
    mentions = find_times(text, TUESDAY)
    assert [m.text for m in mentions] == [
        "On Monday",
        "three days after the vote",
        "in March 2026",
    ]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    for before, after in pairwise(mentions):
        assert before.end <= after.start


@pytest.mark.parametrize("future", [False, True])
@pytest.mark.parametrize("published", [TUESDAY, date(2004, 2, 29), None])
def test_every_edtf_produced_for_these_sentences_is_valid(
    published: date | None, future: bool
) -> None:
    for text in SENTENCES:
        for mention in find_times(text, published, future=future):
            assert text[mention.start : mention.end] == mention.text
            if mention.when is not None and mention.when.edtf is not None:
                valid_edtf(mention.when.edtf)


# ------------------------------------------------------------------- the helper functions


def test_the_document_date_is_the_day_of_publication() -> None:
    assert document_when(TUESDAY) == When(
        "2025-09-02", "2025-09-02", "day", "2025-09-02", None, None, "document",
        "2025-09-02", "2025-09-02",
    )  # fmt: skip
    assert document_when(None) == When()


def test_an_inherited_time_keeps_the_interval_and_says_where_it_came_from() -> None:
    source = when_of("Prices rose in March 2021.")
    assert inherited(source) == When(
        "2021-03", "2021-03-01", "month", "2021-03-01", None, "in March 2021", "inherited",
        "2021-03-01", "2021-03-31",
    )  # fmt: skip
    assert inherited(When()).derivation == "unresolved"


def test_anchoring_shifts_the_anchor_by_whole_days_and_keeps_its_precision() -> None:
    parade = when_of("The parade is on 3 September 2025.")
    assert anchored(parade, -1, "on the eve of the parade") == day(
        "2025-09-02", "anchored", "on the eve of the parade"
    )
    month = anchored(when_of("The fair is in March 2021."), 1, "the day after the fair")
    assert (month.edtf, month.precision, month.derivation) == (
        "2021-03-02/2021-04-01",
        "month",
        "anchored",
    )
    same = anchored(parade, 0, "ahead of the parade")
    assert (same.edtf, same.expression) == ("2025-09-03", "ahead of the parade")
    assert anchored(When(), -1, "on the eve of it") == When(expression="on the eve of it")


def test_combining_a_start_day_with_a_duration_sets_the_interval_end() -> None:
    start = when_of("The ban began on 3 September 2025.")
    ninety = combine(start, "P90D")
    assert (ninety.edtf, ninety.end, ninety.duration) == (
        "2025-09-03/2025-12-01",
        "2025-12-01",
        "P90D",
    )
    assert combine(start, "PT26H").edtf == "2025-09-03/2025-09-04"
    assert combine(when_of("The war began in 2019."), "P2Y").edtf == "2019/2020"
    assert combine(start, None) is start


def test_combining_a_duration_without_a_start_only_attaches_it() -> None:
    bare = when_of("The ban lasts for a year.")
    assert combine(bare, "P1Y") == When(duration="P1Y", expression="for a year")
    week = when_of("Prices rose last week.")
    assert combine(week, "P3D") == When(
        "2025-08-25/2025-08-31", "2025-08-25", "week", "2025-08-25", "P3D", "last week",
        "relative", "2025-08-25", "2025-08-31",
    )  # fmt: skip


def test_overlap_needs_two_resolved_intervals_sharing_a_day() -> None:
    day_ = when_of("It happened on 3 September 2025.")
    week = when_of("It happened this week.")
    march = when_of("It happened in March 2021.")
    deadline = when_of("It must end by 2021.", future=True)
    assert overlaps(day_, week)
    assert not overlaps(day_, march)
    assert overlaps(deadline, march)
    assert not overlaps(deadline, day_)
    assert not overlaps(When(), week)


# ------------------------------------------------------------------------ the whole corpus


def _corpus_documents() -> list[tuple[str, date | None, str]]:
    documents = []
    for path in sorted(CORPUS.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        separator = lines.index("---")
        published: date | None = None
        for line in lines[:separator]:
            key, _, value = line.partition(":")
            if key.strip() == "published":
                try:
                    published = date.fromisoformat(value.strip())
                except ValueError:
                    published = None
        documents.append((path.name, published, "\n".join(lines[separator + 1 :])))
    return documents


def test_every_corpus_sentence_parses_and_every_edtf_validates() -> None:
    assert CORPUS.is_dir(), f"the shared corpus is missing: {CORPUS}"
    documents = _corpus_documents()
    assert documents
    found = 0
    for _name, published, body in documents:
        for sentence in split(body):
            for future in (False, True):
                for mention in find_times(sentence.text, published, future=future):
                    found += 1
                    assert sentence.text[mention.start : mention.end] == mention.text
                    if mention.when is not None and mention.when.edtf is not None:
                        valid_edtf(mention.when.edtf)
    assert found > 0


def test_an_undated_plan_is_open_after_the_day_it_was_reported() -> None:
    when = pending_when(date(2024, 5, 2))
    assert (when.edtf, when.best, when.start, when.end) == (
        "2024-05-02/..",
        "2024-05-02",
        "2024-05-02",
        None,
    )
    assert when.derivation == "document"
    # Sorted after the facts dated that very day, before the next day.
    assert "2024-05-02" < when.sort_key < "2024-05-03"


def test_an_undated_plan_without_a_publication_day_stays_unresolved() -> None:
    assert pending_when(None).edtf is None

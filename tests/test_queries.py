"""The readings of query inputs the HTTP API and the CLI share (timeline.queries)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from timeline.queries import (
    MAX_SEARCH_WORDS,
    PeriodError,
    boolean,
    fold,
    is_digits,
    like_pattern,
    parse_time,
    period,
    period_day,
    search_words,
)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2019", "2019-01-01", "2019-12-31"),
        ("2019-02", "2019-02-01", "2019-02-28"),
        ("2020-02", "2020-02-01", "2020-02-29"),
        ("2019-02-03", "2019-02-03", "2019-02-03"),
    ],
)
def test_a_year_month_or_day_covers_its_first_to_its_last_day(
    text: str, first: str, last: str
) -> None:
    assert period_day(text, last=False) == first
    assert period_day(text, last=True) == last


@pytest.mark.parametrize(
    "text",
    [
        "2019-00",
        "2019-01-00",
        "2019-00-01",
        "0000",
        "2019-13",
        "2019-02-29",
        "2019-1",
        "19",
        "2019-01-01T00:00",
        " 2019",
        "2019\n",
        "\uff12\uff10\uff11\uff19",  # fullwidth digits
        "\u0662\u0660\u0661\u0669",  # Arabic-Indic digits
        "",
    ],
)
def test_what_is_not_a_calendar_period_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        period_day(text, last=False)
    with pytest.raises(ValueError):
        period_day(text, last=True)


def test_a_period_names_the_bound_that_is_wrong() -> None:
    assert period("2019", "2019") == ("2019-01-01", "2019-12-31")
    assert period(None, None) == (None, None)
    for bounds, name in (
        (("2019-00", None), "from"),
        ((None, "x"), "to"),
        (("2020", "2019"), "from"),
    ):
        with pytest.raises(PeriodError) as raised:
            period(*bounds)
        assert raised.value.name == name


def test_only_plain_ascii_digits_are_digits() -> None:
    assert is_digits("0") and is_digits("0123456789")
    for text in ("", "1_0", "+5", " 5", "5.0", "\uff12", "\u0662", "\u00b2", "5\n"):
        assert not is_digits(text), text


def test_search_words_are_folded_distinct_runs_of_letters_or_digits() -> None:
    assert search_words("In\u00e1cio  LULA, da_silva 100% lula") == (
        "inacio",
        "lula",
        "da",
        "silva",
        "100",
    )
    assert search_words("Stra\u00dfe") == ("strasse",)
    assert search_words("\u5317\u4eac") == ("\u5317\u4eac",)
    for text in ("", "%", "!!!", "_", "  ", "%_%"):
        with pytest.raises(ValueError, match="at least one word"):
            search_words(text)
    search_words(" ".join(f"w{i}" for i in range(MAX_SEARCH_WORDS)))
    with pytest.raises(ValueError, match=f"at most {MAX_SEARCH_WORDS}"):
        search_words(" ".join(f"w{i}" for i in range(MAX_SEARCH_WORDS + 1)))


def test_folding_removes_case_and_accents() -> None:
    assert fold("In\u00e1cio \u00c9MILE Zo\u00eb") == "inacio emile zoe"
    assert fold("E\u0301") == "e"


def test_a_like_pattern_escapes_its_wildcards_and_the_escape_character() -> None:
    assert like_pattern("a%b_c!d") == "%a!%b!_c!!d%"
    assert like_pattern("plain") == "%plain%"


def test_a_time_needs_a_timezone_and_ascii_digits() -> None:
    assert parse_time("2025-09-03t08:00:00z") == datetime(2025, 9, 3, 8, tzinfo=UTC)
    for text in ("2025-09-03T08:00:00", "2025-09-03", "\uff12025-09-03T08:00:00Z", "now"):
        with pytest.raises(ValueError):
            parse_time(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("true", True), ("false", False), ("True", True), ("FALSE", False), ("fAlSe", False)],
)
def test_a_boolean_is_the_word_true_or_false_in_any_letter_case(text: str, value: bool) -> None:
    assert boolean(text) is value


@pytest.mark.parametrize(
    "text",
    ["1", "0", "yes", "no", "on", "off", "y", "n", "t", "f", "", " true", "true\n", "tru\u0435"],
)
def test_what_pydantic_would_also_read_as_a_boolean_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="must be true or false"):
        boolean(text)

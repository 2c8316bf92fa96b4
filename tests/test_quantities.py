"""Quantities in news text: found with exact spans, normalised to SI units or ISO 4217 codes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from timeline.quantities import QuantityMention, find_quantities

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def found(text: str) -> list[tuple[str, float, str, str]]:
    """(span, value, unit, kind) of every mention, after checking the span invariants."""
    mentions = find_quantities(text)
    assert_well_formed(text, mentions)
    return [(m.text, m.quantity.value, m.quantity.unit, m.quantity.kind) for m in mentions]


def only(text: str) -> QuantityMention:
    mentions = find_quantities(text)
    assert len(mentions) == 1, mentions
    assert_well_formed(text, mentions)
    return mentions[0]


def assert_well_formed(text: str, mentions: list[QuantityMention]) -> None:
    previous_end = 0
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.quantity.text == mention.text
        assert mention.start >= previous_end  # left to right, no overlap
        previous_end = mention.end


# --- physical units through Pint ---------------------------------------------------------


def test_billions_of_cubic_metres_of_gas_become_cubic_metres() -> None:
    text = "The deal covers 106 billion cubic meters of gas over thirty years."
    mention = only(text)
    assert (mention.start, mention.end) == (16, 40)
    assert mention.text == "106 billion cubic meters"
    assert (mention.quantity.value, mention.quantity.unit) == (1.06e11, "m^3")
    assert mention.quantity.kind == "volume"


def test_bcm_is_read_as_billion_cubic_metres() -> None:
    assert found("Exports reached 106 bcm last year.") == [("106 bcm", 1.06e11, "m^3", "volume")]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "kind"),
    [
        ("shipping 2 million tonnes of grain", "2 million tonnes", 2e9, "kg", "mass"),
        ("a plant of 1,000 megawatts", "1,000 megawatts", 1e9, "W", "power"),
        ("a 5 GW interconnector", "5 GW", 5e9, "W", "power"),
        ("The 1000 megawatt underwater cable", "1000 megawatt", 1e9, "W", "power"),
        ("the 2000 km long pipeline", "2000 km", 2e6, "m", "length"),
        ("a 2,000-km pipeline", "2,000-km", 2e6, "m", "length"),
        ("it used 10 TWh in winter", "10 TWh", 3.6e16, "J", "energy"),
        ("some 500 hectares of forest burned", "some 500 hectares", 5e6, "m^2", "area"),
        ("5,000 tons of wheat", "5,000 tons", 5e6, "kg", "mass"),
    ],
)
def test_physical_amounts_are_converted_to_si_units(
    text: str, span: str, value: float, unit: str, kind: str
) -> None:
    assert found(text) == [(span, value, unit, kind)]


def test_an_amount_per_day_becomes_a_flow_per_second() -> None:
    mention = only("Output rose to 5 million barrels per day in March.")
    assert mention.text == "5 million barrels per day"
    assert mention.quantity.unit == "m^3/s"
    assert mention.quantity.kind == "volume_flow"
    assert mention.quantity.value == pytest.approx(5e6 * 0.158987294928 / 86400)


def test_pipeline_capacity_per_year_keeps_the_words_between_unit_and_period() -> None:
    mention = only("It will carry two billion cubic meters of gas per year to Greece.")
    assert mention.text == "two billion cubic meters of gas per year"
    assert mention.quantity.value == pytest.approx(2e9 / (365.25 * 86400))


def test_pounds_of_something_are_a_mass_but_other_pounds_are_sterling() -> None:
    assert found("2,000 pounds of explosives and a 24 million pounds loss") == [
        ("2,000 pounds", 907.18474, "kg", "mass"),
        ("24 million pounds", 2.4e7, "GBP", "money"),
    ]


# --- money -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    ["$3.4 trillion", "US$3.4 trillion", "3.4 trillion dollars", "USD 3.4tn", "3.4 trillion USD"],
)
def test_every_spelling_of_a_dollar_amount_becomes_usd(span: str) -> None:
    text = f"Their economies are worth {span}, officials said."
    mention = only(text)
    assert mention.text == span
    assert mention.start == len("Their economies are worth ")
    assert (mention.quantity.value, mention.quantity.unit, mention.quantity.kind) == (
        3.4e12,
        "USD",
        "money",
    )


@pytest.mark.parametrize("word", ["złotys", "zloty", "złoty", "zlotys"])
def test_zloty_amounts_become_pln(word: str) -> None:
    assert found(f"The price is 900 million {word} in cash.") == [
        (f"900 million {word}", 9e8, "PLN", "money")
    ]


@pytest.mark.parametrize(
    ("span", "code"),
    [
        ("€5 billion", "EUR"),
        ("£5 billion", "GBP"),
        ("¥5 billion", "CNY"),
        ("5 billion yuan", "CNY"),
        ("5 billion renminbi", "CNY"),
        ("5 billion yen", "JPY"),
        ("5 billion rubles", "RUB"),
        ("5 billion roubles", "RUB"),
        ("5 billion euros", "EUR"),
        ("5bn euros", "EUR"),
        ("5 billion Canadian dollars", "CAD"),
        ("5 billion Egyptian pounds", "EGP"),
        ("5 billion Swiss francs", "CHF"),
        ("HK$5bn", "HKD"),
    ],
)
def test_currency_signs_and_names_map_to_iso_codes(span: str, code: str) -> None:
    assert found(f"They agreed on {span} in aid.") == [(span, 5e9, code, "money")]


def test_amounts_glued_to_m_and_bn_are_millions_and_billions() -> None:
    assert found("Worth US$4.3bn over five years, the largest is a US$700m road.") == [
        ("US$4.3bn", 4.3e9, "USD", "money"),
        ("US$700m", 7e8, "USD", "money"),
    ]


def test_currency_words_that_name_several_currencies_are_not_reported() -> None:
    assert found("It cost 5 francs, or 2 million pesos.") == []


# --- percentages -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "value", "unit"),
    [
        ("10 percent", 10.0, "percent"),
        ("10%", 10.0, "percent"),
        ("10 per cent", 10.0, "percent"),
        ("ten percent", 10.0, "percent"),
        ("24 percentage points", 24.0, "percentage_point"),
        ("25 basis points", 0.25, "percentage_point"),
    ],
)
def test_percentages_and_percentage_points_are_kept_apart(
    span: str, value: float, unit: str
) -> None:
    assert found(f"Tariffs fell by {span} this year.") == [(span, value, unit, "percent")]


# --- counts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "value", "unit"),
    [
        ("500,000 doses", 5e5, "dose"),
        ("17 million vaccine doses", 1.7e7, "dose"),
        ("301 stores", 301.0, "store"),
        ("1 million homes", 1e6, "home"),
        ("4,000 schools", 4000.0, "school"),
        ("36 arrest warrants", 36.0, "warrant"),
        ("three countries", 3.0, "country"),
        ("9 Cuban airports", 9.0, "airport"),
        ("1.3 billion people", 1.3e9, "person"),
        ("two peoples", 2.0, "people"),
        ("5 buses", 5.0, "bus"),
        ("4 taxes", 4.0, "tax"),
        ("6 torpedoes", 6.0, "torpedo"),
        ("5 Israelis", 5.0, "Israeli"),
        ("300 aircraft", 300.0, "aircraft"),
    ],
)
def test_a_numeral_before_a_plural_noun_counts_the_singular_noun(
    span: str, value: float, unit: str
) -> None:
    assert found(f"They sent {span} last week.") == [(span, value, unit, "count")]


@pytest.mark.parametrize(
    ("span", "unit"),
    [
        ("40 members", "person"),
        ("12 individuals", "person"),
        ("seven wealthy elites", "person"),
        ("300 foreign nationals", "person"),
        ("20,000 civilians", "person"),
        ("two million COVID-19 vaccines", "dose"),
    ],
)
def test_nouns_that_only_say_people_count_persons_and_vaccines_count_doses(
    span: str, unit: str
) -> None:
    [(text, _, found_unit, kind)] = found(f"The order covers {span} in all.")
    assert (text, found_unit, kind) == (span, unit, "count")


def test_individuals_and_entities_are_one_count_of_entities() -> None:
    assert found("The ministry has listed 75 individuals and entities since May.") == [
        ("75 individuals and entities", 75.0, "entity", "count"),
    ]


def test_two_counts_joined_by_and_stay_two_counts() -> None:
    assert found("Treasury listed 11 individuals and 3 entities.") == [
        ("11 individuals", 11.0, "person", "count"),
        ("3 entities", 3.0, "entity", "count"),
    ]


@pytest.mark.parametrize(
    "qualifier", ["more than", "over", "about", "nearly", "up to", "at least", "an estimated"]
)
def test_a_qualifier_before_the_number_belongs_to_the_span(qualifier: str) -> None:
    text = f"Police detained {qualifier} 250 people."
    mention = only(text)
    assert mention.text == f"{qualifier} 250 people"
    assert mention.start == len("Police detained ")
    assert (mention.quantity.value, mention.quantity.unit) == (250.0, "person")


def test_the_two_leaders_are_a_count_of_two() -> None:
    assert found("The two leaders met in Rio.") == [("two leaders", 2.0, "leader", "count")]


@pytest.mark.parametrize(
    ("span", "value"),
    [
        ("two million people", 2e6),
        ("a dozen ships", 12.0),
        ("six ships", 6.0),
        ("twenty-five ships", 25.0),
        ("two hundred and fifty thousand people", 250000.0),
        ("2 dozen ships", 24.0),
        ("5m people", 5e6),
    ],
)
def test_number_words_and_scale_words_are_read(span: str, value: float) -> None:
    [(text, number, _, kind)] = found(f"Officials counted {span} on Monday.")
    assert (text, number, kind) == (span, value, "count")


# --- ranges ----------------------------------------------------------------------------


def test_both_ends_of_a_money_range_take_the_shared_scale() -> None:
    assert found("It costs Africa between $5 and $7 billion a year.") == [
        ("$5", 5e9, "USD", "money"),
        ("$7 billion", 7e9, "USD", "money"),
    ]


def test_both_ends_of_a_percentage_range_take_the_unit() -> None:
    assert found("Currently about 16–17 percent of trade is regional.") == [
        ("about 16", 16.0, "percent", "percent"),
        ("17 percent", 17.0, "percent", "percent"),
    ]


def test_two_or_three_countries_are_two_counts() -> None:
    assert found("two or three countries") == [
        ("two", 2.0, "country", "count"),
        ("three countries", 3.0, "country", "count"),
    ]


# --- what is not a quantity ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a 26-hour visit",
        "the war lasted 80 years",
        "talks over 18 months",
        "in 2025",
        "on 3 September 2025",
        "the 250th anniversary",
        "since the 1990s",
        "at 5:30 PM",
        "Article 5 states that an attack on one is an attack on all",
        "a successful COP 26 in Glasgow",
        "UN Security Council Resolution 2735 demands a ceasefire",
        "the Nord Stream 2 pipelines",
        "a fleet of F-16 fighter jets",
        "COVID-19 vaccines",
        "my fellow G7 leaders",
        "on the 1967 lines",
        "a two-state solution",
        "the 36 must face justice",
        "only 27 have ratified it",
        "a 107 million loss",
        "the Group of Seven leaders",
        "after the 9/11 attacks",
        "the 55-member AU",
    ],
)
def test_durations_dates_ordinals_names_and_bare_numbers_are_not_quantities(text: str) -> None:
    assert found(text) == []


def test_a_year_before_a_plural_noun_is_a_count_only_when_qualified() -> None:
    assert found("the 2025 elections") == []
    assert found("its roughly 2000 Thai stores") == [
        ("roughly 2000 Thai stores", 2000.0, "store", "count")
    ]


def test_a_quantity_never_spans_a_line_break() -> None:
    assert found("They sent 5\nmillion people") == []


# --- the whole function ----------------------------------------------------------------


def test_mentions_come_left_to_right_with_exact_offsets() -> None:
    text = (
        "Tesco sold 301 stores for 900 million złotys; over 80% of staff, about 7000 employees, "
        "move to Netto, which paid $80 billion."
    )
    assert found(text) == [
        ("301 stores", 301.0, "store", "count"),
        ("900 million złotys", 9e8, "PLN", "money"),
        ("over 80%", 80.0, "percent", "percent"),
        ("about 7000 employees", 7000.0, "employee", "count"),
        ("$80 billion", 8e10, "USD", "money"),
    ]


def test_a_sentence_without_numbers_is_answered_in_well_under_a_millisecond() -> None:
    sentence = (
        "President Biden and the King discussed regional security, trade and the situation in "
        "Gaza during a meeting at the White House on Tuesday, officials said after the talks."
    )
    assert find_quantities(sentence) == []
    rounds = 200
    began = time.perf_counter()
    for _ in range(rounds):
        find_quantities(sentence)
    assert (time.perf_counter() - began) / rounds < 0.0005


def body_of(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[lines.index("---") + 1 :])


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda path: path.name)
def test_every_corpus_article_is_scanned_without_error(path: Path) -> None:
    body = body_of(path)
    assert_well_formed(body, find_quantities(body))

"""Find quantities in news text and normalise them.

Money goes to ISO 4217 codes (``"$3.4 trillion"`` → 3.4e12 USD), physical amounts to SI
through Pint (``"90 billion cubic meters"`` → 9e10 m^3), percentages to ``percent`` or
``percentage_point``, and "numeral + plural noun" to a count whose unit is the singular
noun (``"301 stores"`` → 301 store; nouns that only say "people" → ``person``, vaccines →
``dose``). Durations, dates, years, ordinals and identifiers
("Article 5", "COP 26") are left to other modules and never reported.

Pure: no I/O. The Pint registry is built lazily, once, on the first physical unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from timeline.values import Quantity

__all__ = ["QuantityMention", "find_quantities"]


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """A quantity found in a text: ``text[start:end] == self.text``."""

    start: int
    end: int
    text: str
    quantity: Quantity


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Horizontal space only: a quantity never spans a line break.
_S = r"[ \t\u00a0\u202f]"

# ---------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------

_SMALL_WORDS = (
    # no "zero": "zero tariffs" is not a count of tariffs
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
_SMALL = {word: index + 1 for index, word in enumerate(_SMALL_WORDS)}
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENS = {word: 10 * (index + 2) for index, word in enumerate(_TENS_WORDS)}
_BIG_SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "lakh": 10**5,
    "crore": 10**7,
}
# Scales written after digits ("3.4 trillion", "USD 3.4 tn", "$5-billion").
_SCALE_WORDS = {
    **_BIG_SCALES,
    "hundred": 100,
    "dozen": 12,
    "bn": 10**9,
    "mn": 10**6,
    "mln": 10**6,
    "tn": 10**12,
    "trn": 10**12,
}
# Scales glued to digits ("US$4.3bn", "5m people"); "b" only after a currency symbol.
_ATTACHED_SCALES = {"bn": 10**9, "mn": 10**6, "mln": 10**6, "m": 10**6, "tn": 10**12}
_ATTACHED_SCALES |= {"trn": 10**12, "k": 10**3, "b": 10**9}

_NUMBER_WORDS = sorted([*_SMALL, *_TENS, *_BIG_SCALES, "hundred", "dozen"], key=len, reverse=True)
_NW = "|".join(_NUMBER_WORDS)

# Fast path: most sentences hold neither a digit nor a number word.
_DIGIT = re.compile(r"\d")
_LOWER_WORD = re.compile(r"[a-z]+")
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)
# Digits: "1,368", "3.4", "500,000"; not inside a word or a longer number.
_DIGITS = r"(?P<digits>(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?)"
_NUMERAL = re.compile(
    # A cheap look at the first character (a digit, "a"/"an" or a number word's first
    # letter) spares trying both branches at every position.
    rf"(?=[\da{''.join(sorted({word[0] for word in _NUMBER_WORDS}))}])(?:"
    + _DIGITS
    # Words: "two", "twenty-five", "a million", "one hundred and twenty"; not in a hyphenated
    # compound ("two-state", "eight-year"), which is an adjective, not an amount.
    + rf"|(?P<words>(?<![\w-])(?:an?{_S}+)?(?:{_NW})"
    rf"(?:(?:{_S}+|-)(?:and{_S}+)?(?:{_NW}))*(?![\w-])))",
    re.IGNORECASE,
)
# For texts with no number word: the words branch could not match, and trying it at every
# position is most of the cost.
_NUMERAL_DIGITS = re.compile(_DIGITS)
_ALPHA = re.compile(r"[A-Za-z]+")
_ATTACHED_SCALE = re.compile(r"(bn|mn|mln|m|b|tn|trn|k)(?![\w/])")
_SCALE_AFTER = re.compile(
    rf"(?:{_S}+|-)({'|'.join(sorted(_SCALE_WORDS, key=len, reverse=True))})(?![A-Za-z])",
    re.IGNORECASE,
)
# A digit run glued to these on the right is a time, ratio or version: "5:30", "9/11", "1.2.3".
_DIGIT_JOIN = re.compile(r"[.:/]\d")


@dataclass(slots=True)
class _Numeral:
    start: int
    end: int  # after any scale words
    number: Decimal
    scale: Decimal
    scaled: bool  # an explicit scale word: a range's first number may borrow it
    digits: str  # the digit run ("" for words), for the year test
    capitalised_word: bool  # "Seven" in "Group of Seven": part of a name


def _parse_digits(text: str, match: re.Match[str], currency: bool) -> _Numeral:
    raw = match.group("digits")
    number = Decimal(raw.replace(",", ""))
    end = match.end()
    scale = Decimal(1)
    scaled = False
    glued = _ATTACHED_SCALE.match(text, end)
    if glued and (glued.group(1) != "b" or currency):
        scale = Decimal(_ATTACHED_SCALES[glued.group(1)])
        end = glued.end()
        scaled = True
    else:
        end, scale, scaled = _scale_words(text, end, scale)
    return _Numeral(match.start(), end, number, scale, scaled, raw, False)


def _scale_words(text: str, end: int, scale: Decimal) -> tuple[int, Decimal, bool]:
    scaled = False
    while (more := _SCALE_AFTER.match(text, end)) is not None:
        scale *= _SCALE_WORDS[more.group(1).lower()]
        end = more.end()
        scaled = True
    return end, scale, scaled


def _parse_words(text: str, match: re.Match[str]) -> _Numeral | None:
    """Read English number words; stop at the first word that does not continue the number."""
    tokens = [(t.group().lower(), t.start(), t.end()) for t in _ALPHA.finditer(text, *match.span())]
    total = current = 0
    previous = ""  # kind of the previous token
    first = last = -1
    scaled = False
    if tokens[0][0] in ("a", "an"):
        if len(tokens) < 2 or tokens[1][0] not in (*_BIG_SCALES, "hundred", "dozen"):
            tokens = tokens[1:]  # "a ten percent rise": the article is not the number
        else:
            current, previous, first = 1, "small", tokens[0][1]
            tokens = tokens[1:]
    for index, (token, start, end) in enumerate(tokens):
        if token == "and":
            following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
            if previous in ("hundred", "scale") and (following in _SMALL or following in _TENS):
                continue
            break
        if token in _SMALL:
            if previous == "small" or (previous == "tens" and _SMALL[token] >= 10):
                break
            current += _SMALL[token]
            previous = "small"
        elif token in _TENS:
            if previous in ("small", "tens"):
                break
            current += _TENS[token]
            previous = "tens"
        elif token == "hundred":
            if previous not in ("small", "tens"):
                break
            current *= 100
            previous, scaled = "hundred", True
        elif token == "dozen":
            if previous not in ("small", "tens"):
                break
            current *= 12
            previous, scaled = "dozen", True
        else:  # thousand, million, ...
            if previous not in ("small", "tens", "hundred", "dozen"):
                break
            total += current * _BIG_SCALES[token]
            current = 0
            previous, scaled = "scale", True
        if first < 0:
            first = start
        last = end
    value = total + current
    if last < 0 or value == 0:
        return None
    return _Numeral(first, last, Decimal(value), Decimal(1), scaled, "", text[first].isupper())


# ---------------------------------------------------------------------------------------
# Context before the number: currency symbols, qualifiers, identifiers
# ---------------------------------------------------------------------------------------

_ISO_CODES = _words(
    """USD EUR GBP JPY CNY CHF CAD AUD NZD HKD SGD TWD INR PKR BRL MXN ARS CLP RUB UAH PLN
    CZK HUF RON SEK NOK DKK ISK TRY ILS IRR IQD SAR AED QAR KWD OMR EGP NGN ZAR KES KRW THB
    IDR MYR PHP VND BDT LKR"""
)  # common ones only: "COP", "ALL", "CUP" are words and acronyms far more often than money
_ISO = "|".join(sorted(_ISO_CODES))
_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "MX$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",  # shared with the yen: only "yen" or "JPY" make an amount JPY
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "₴": "UAH",
    "₦": "NGN",
    "RMB": "CNY",
    "Rs": "INR",
    "Rs.": "INR",
}
_CURRENCY_PREFIX = re.compile(
    r"(?<![A-Za-z0-9])"
    r"(?P<cur>(?:US|U\.S\.|AU|A|CA|C|HK|NZ|S|NT|R|MX)?\$|[€£¥₹₽₩₺₪₴₦]"
    rf"|(?:{_ISO}|RMB|Rs\.?)(?={_S}))"
    rf"{_S}?\Z"
)
_QUALIFIER = re.compile(
    r"(?<![\w-])(?:more\s+than|less\s+than|fewer\s+than|greater\s+than|at\s+least|at\s+most"
    r"|up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+few\s+as|as\s+little\s+as|just\s+over"
    r"|just\s+under|well\s+over|well\s+above|close\s+to|upwards\s+of|in\s+excess\s+of"
    r"|an\s+estimated|some|over|under|about|around|roughly|approximately|nearly|almost)"
    rf"{_S}+\Z",
    re.IGNORECASE,
)
_PREVIOUS_WORD = re.compile(rf"(?<![\w.’'-])([A-Za-z][\w.’'-]*){_S}+\Z")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;\n•–—(\[\"“‘]|\A-|\n-)[ \t\"“‘(\[]*\Z")
# A number right after these names something rather than counting it: "Article 5 states".
_LABEL_WORDS = _words(
    """article section chapter clause paragraph resolution number no rule title annex
    protocol amendment phase stage level category class type round flight route highway
    page pages vol volume item model version grade gate terminal platform room lane exit
    code step tier division brigade district precinct ward row seat channel season
    episode part figure fig table appendix schedule game match week day term act bill
    order decree law january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec"""
)
_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday i")


def _is_identifier(text: str, lead: int) -> bool:
    """True when the number follows a label ("Article 5", "COP 26", "Nord Stream 2")."""
    match = _PREVIOUS_WORD.search(text, max(0, lead - 40), lead)
    if match is None:
        return False
    word = match.group(1)
    lower = word.rstrip(".").lower()
    if lower in _LABEL_WORDS:
        return True
    if not word[0].isupper() or lower in _WEEKDAYS:
        return False
    # A capitalised word mid-sentence is a name; at a sentence start it is just capitalised.
    return not _sentence_initial(text, match.start())


def _sentence_initial(text: str, index: int) -> bool:
    return _SENTENCE_START.search(text, max(0, index - 8), index) is not None


# ---------------------------------------------------------------------------------------
# Units after the number
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Unit:
    end: int
    unit: str
    kind: str
    factor: Decimal  # number * scale * factor is the value in ``unit``


_PERCENT = re.compile(
    rf"(?:{_S}*%|(?:{_S}+|-)(?i:(?P<pp>percentage[\s-]points?|pp)|(?P<bp>basis[\s-]points?|bps)"
    r"|per\s?cent|pct))(?![A-Za-z])"
)

# Currency words: (pattern, code without a nationality or "" when ambiguous, {nationality: code}).
_CURRENCY_WORDS: tuple[tuple[str, str, dict[str, str]], ...] = (
    (
        r"dollars?",
        "USD",
        {
            "us": "USD",
            "u.s.": "USD",
            "american": "USD",
            "canadian": "CAD",
            "australian": "AUD",
            "new zealand": "NZD",
            "hong kong": "HKD",
            "singapore": "SGD",
            "singaporean": "SGD",
            "taiwan": "TWD",
            "taiwanese": "TWD",
            "new taiwan": "TWD",
            "jamaican": "JMD",
            "liberian": "LRD",
        },
    ),
    (r"euros?", "EUR", {}),
    (
        r"pounds?(?:\s+sterling)?(?!\s+of\b)",  # "pounds of" is mass, see _PHYSICAL
        "GBP",
        {
            "british": "GBP",
            "egyptian": "EGP",
            "lebanese": "LBP",
            "syrian": "SYP",
            "sudanese": "SDG",
            "south sudanese": "SSP",
        },
    ),
    (r"sterling", "GBP", {}),
    (r"z[łl]ot(?:ys?|ych|e)", "PLN", {"polish": "PLN"}),
    (r"yuan|renminbi", "CNY", {"chinese": "CNY"}),
    (r"yen", "JPY", {"japanese": "JPY"}),
    (r"ro?ubles?", "RUB", {"russian": "RUB", "belarusian": "BYN"}),
    (
        r"rupees?",
        "INR",
        {"indian": "INR", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR"},
    ),
    (r"won(?!['’]t)", "KRW", {"south korean": "KRW", "korean": "KRW", "north korean": "KPW"}),
    (r"reais", "BRL", {"brazilian": "BRL"}),
    (r"real", "", {"brazilian": "BRL"}),
    (r"francs?", "", {"swiss": "CHF"}),
    (r"lir(?:as?|e)", "TRY", {"turkish": "TRY"}),
    (r"(?:new\s+)?shekels?", "ILS", {"israeli": "ILS"}),
    (r"rials?", "IRR", {"iranian": "IRR", "omani": "OMR", "yemeni": "YER", "qatari": "QAR"}),
    (r"riyals?", "SAR", {"saudi": "SAR", "qatari": "QAR"}),
    (
        r"dinars?",
        "",
        {
            "iraqi": "IQD",
            "kuwaiti": "KWD",
            "jordanian": "JOD",
            "bahraini": "BHD",
            "libyan": "LYD",
            "algerian": "DZD",
            "tunisian": "TND",
            "serbian": "RSD",
        },
    ),
    (
        r"pesos?",
        "",
        {
            "mexican": "MXN",
            "argentine": "ARS",
            "argentinian": "ARS",
            "chilean": "CLP",
            "colombian": "COP",
            "philippine": "PHP",
            "cuban": "CUP",
        },
    ),
    (r"rand", "ZAR", {"south african": "ZAR"}),
    (r"naira", "NGN", {"nigerian": "NGN"}),
    (r"hryvnias?", "UAH", {"ukrainian": "UAH"}),
    (r"dirhams?", "AED", {"emirati": "AED", "uae": "AED", "moroccan": "MAD"}),
    (r"kron(?:a|or|ur)", "SEK", {"swedish": "SEK", "icelandic": "ISK"}),
    (r"kron(?:e|er)", "", {"norwegian": "NOK", "danish": "DKK"}),
    (r"forints?", "HUF", {"hungarian": "HUF"}),
    (r"baht", "THB", {"thai": "THB"}),
    (r"ringgit", "MYR", {"malaysian": "MYR"}),
    (r"rupiah", "IDR", {"indonesian": "IDR"}),
    (r"shillings?", "", {"kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS"}),
)
_NATIONALITY = "|".join(
    re.escape(nat).replace("\\ ", _S + "+")
    for nat in sorted({n for _, _, nats in _CURRENCY_WORDS for n in nats}, key=len, reverse=True)
)
_CURRENCY_ALTERNATIVES = "|".join(f"(?P<c{i}>{p})" for i, (p, _, _) in enumerate(_CURRENCY_WORDS))
_CURRENCY_WORD = re.compile(
    rf"(?:{_S}+|-)(?:(?P<nat>{_NATIONALITY}){_S}+)?(?:{_CURRENCY_ALTERNATIVES})(?![A-Za-z])",
    re.IGNORECASE,
)
_CURRENCY_CODE_AFTER = re.compile(rf"(?:{_S}+(?P<iso>{_ISO})|{_S}?(?P<zl>zł))(?![A-Za-z])")

# Physical units, read by Pint. Words match in any case; abbreviations only as written.
_ENERGY_PREFIXES = ("", "kilo", "mega", "giga", "tera", "peta", "exa")
_PHYSICAL_WORDS: tuple[tuple[str, str, int], ...] = (
    # (pattern, Pint expression, multiplier) — order matters where one is a prefix of another
    (r"kilomet(?:er|re)s?\s+(?:per|an)\s+hour", "kilometer/hour", 1),
    (r"miles?\s+(?:per|an)\s+hour", "mile/hour", 1),
    (r"knots", "knot", 1),
    *((rf"{p}watt[\s-]hours?", f"{p}watt_hour", 1) for p in _ENERGY_PREFIXES[:5]),
    *((rf"{p}joules?", f"{p}joule", 1) for p in _ENERGY_PREFIXES),
    (r"british\s+thermal\s+units?", "BTU", 1),
    *((rf"{p}watts?", f"{p}watt", 1) for p in _ENERGY_PREFIXES[:5]),
    (r"cubic\s+kilomet(?:er|re)s?", "kilometer**3", 1),
    (r"cubic\s+met(?:er|re)s?", "meter**3", 1),
    (r"cubic\s+(?:feet|foot)", "foot**3", 1),
    (r"lit(?:er|re)s?", "liter", 1),
    (r"barrels?", "oil_barrel", 1),
    (r"gallons?", "gallon", 1),
    (r"short\s+tons?", "short_ton", 1),
    (r"long\s+tons?", "long_ton", 1),
    # "tons" in international news means metric tons (Pint's "ton" is the US short ton).
    (r"(?:metric\s+)?(?:tonnes?|tons?)", "metric_ton", 1),
    (r"kilo(?:gram(?:me)?s?|s)", "kilogram", 1),
    (r"gram(?:me)?s?", "gram", 1),
    (r"pounds?(?=\s+of\b)", "pound", 1),
    (r"troy\s+ounces?", "troy_ounce", 1),
    (r"ounces?", "ounce", 1),
    (r"square\s+kilomet(?:er|re)s?", "kilometer**2", 1),
    (r"square\s+met(?:er|re)s?", "meter**2", 1),
    (r"square\s+miles?", "mile**2", 1),
    (r"hectares?", "hectare", 1),
    (r"acres?", "acre", 1),
    (r"kilomet(?:er|re)s?", "kilometer", 1),
    (r"centimet(?:er|re)s?", "centimeter", 1),
    (r"millimet(?:er|re)s?", "millimeter", 1),
    (r"met(?:er|re)s?", "meter", 1),
    (r"nautical\s+miles?", "nautical_mile", 1),
    (r"miles?", "mile", 1),
    (r"feet|foot", "foot", 1),
    (r"inch(?:es)?", "inch", 1),
    (r"yards?", "yard", 1),
)
_PHYSICAL_ABBREVIATIONS: dict[str, tuple[str, int]] = {
    "kWh": ("kilowatt_hour", 1),
    "MWh": ("megawatt_hour", 1),
    "GWh": ("gigawatt_hour", 1),
    "TWh": ("terawatt_hour", 1),
    "kW": ("kilowatt", 1),
    "MW": ("megawatt", 1),
    "GW": ("gigawatt", 1),
    "TW": ("terawatt", 1),
    "MJ": ("megajoule", 1),
    "GJ": ("gigajoule", 1),
    "TJ": ("terajoule", 1),
    "PJ": ("petajoule", 1),
    "EJ": ("exajoule", 1),
    "BTU": ("BTU", 1),
    "Btu": ("BTU", 1),
    "MMBtu": ("BTU", 10**6),
    "mmbtu": ("BTU", 10**6),
    "bcm": ("meter**3", 10**9),  # billion cubic metres (gas)
    "tcm": ("meter**3", 10**12),
    "bcf": ("foot**3", 10**9),
    "tcf": ("foot**3", 10**12),
    "m3": ("meter**3", 1),
    "m³": ("meter**3", 1),
    "bbl": ("oil_barrel", 1),
    "bpd": ("oil_barrel/day", 1),
    "b/d": ("oil_barrel/day", 1),
    "mtpa": ("metric_ton/year", 10**6),  # million tonnes per annum (LNG)
    "MTPA": ("metric_ton/year", 10**6),
    "kg": ("kilogram", 1),
    "lbs": ("pound", 1),
    "lb": ("pound", 1),
    "km/h": ("kilometer/hour", 1),
    "kph": ("kilometer/hour", 1),
    "mph": ("mile/hour", 1),
    "km²": ("kilometer**2", 1),
    "km2": ("kilometer**2", 1),
    "sq km": ("kilometer**2", 1),
    "sq mi": ("mile**2", 1),
    "m²": ("meter**2", 1),
    "m2": ("meter**2", 1),
    "ha": ("hectare", 1),
    "km": ("kilometer", 1),
    "cm": ("centimeter", 1),
    "mm": ("millimeter", 1),
    "nmi": ("nautical_mile", 1),
    "ft": ("foot", 1),
}
_ABBREVIATION_KEYS = sorted(_PHYSICAL_ABBREVIATIONS, key=len, reverse=True)
_PHYSICAL_ALTERNATIVES = "|".join(f"(?P<w{i}>{p})" for i, (p, _, _) in enumerate(_PHYSICAL_WORDS))
_PHYSICAL_WORD = re.compile(
    rf"(?:{_S}+|-)(?:{_PHYSICAL_ALTERNATIVES})(?![A-Za-z0-9])", re.IGNORECASE
)
_ABBREVIATIONS = "|".join(re.escape(a).replace("\\ ", _S) for a in _ABBREVIATION_KEYS)
_PHYSICAL_ABBREVIATION = re.compile(rf"(?:{_S}?|-)(?P<abbr>{_ABBREVIATIONS})(?![A-Za-z0-9])")
# "... per day", "... a year", "... of oil per day", "... /y", "... annually".
_PER = {
    "d": "day",
    "y": "year",
    "a": "year",
    "yr": "year",
    "annum": "year",
    "h": "hour",
    "hr": "hour",
}
_PER |= {"s": "second", "sec": "second", "mo": "month"}
_ADVERBS = {"daily": "day", "annually": "year", "yearly": "year", "monthly": "month"}
_ADVERBS |= {"weekly": "week", "hourly": "hour"}
_RATE = re.compile(
    rf"{_S}*/{_S}*(?P<abbr>d|day|y|yr|year|a|h|hr|hour|s|sec)(?![A-Za-z])"
    rf"|(?:{_S}+of(?:{_S}+[a-z]+){{1,2}}?)?(?:{_S}+(?:per|a|an|each){_S}+"
    r"(?P<word>day|year|annum|month|week|hour|second)(?![A-Za-z])"
    rf"|{_S}+(?P<adverb>daily|annually|yearly|monthly|weekly|hourly)(?![A-Za-z]))",
    re.IGNORECASE,
)

# Pint dimensionality → (kind, SI unit for Pint, unit label). Tried in order.
_SI_TARGETS = (
    ("meter**3", "volume", "m^3"),
    ("kilogram", "mass", "kg"),
    ("watt", "power", "W"),
    ("joule", "energy", "J"),
    ("meter", "length", "m"),
    ("meter**2", "area", "m^2"),
    ("meter/second", "speed", "m/s"),
    ("meter**3/second", "volume_flow", "m^3/s"),
    ("kilogram/second", "mass_flow", "kg/s"),
)


@cache
def _registry() -> Any:
    import pint  # imported here: building the registry costs ~0.3 s, needed only for units

    return pint.UnitRegistry()


@cache
def _to_si(expression: str) -> tuple[Decimal, str, str] | None:
    """Factor from ``expression`` to its SI unit, with the kind and label; None if no kind."""
    registry = _registry()
    quantity = registry.Quantity(1, expression)
    for target, kind, label in _SI_TARGETS:
        if quantity.dimensionality == registry.Quantity(1, target).dimensionality:
            magnitude = float(quantity.to(target).magnitude)
            # 15 significant digits drop Pint's float noise (litre → 0.0010000000000000002).
            return Decimal(f"{magnitude:.15g}"), kind, label
    return None


def _physical(text: str, end: int) -> _Unit | None:
    if (word := _PHYSICAL_WORD.match(text, end)) is not None:
        # The w<i> groups are the only groups, so the last one closed names the entry.
        _, expression, multiplier = _PHYSICAL_WORDS[int(str(word.lastgroup)[1:])]
        unit_end = word.end()
    elif (abbreviation := _PHYSICAL_ABBREVIATION.match(text, end)) is not None:
        # "sq\u00a0km" is looked up as "sq km".
        key = " ".join(abbreviation.group("abbr").split())
        expression, multiplier = _PHYSICAL_ABBREVIATIONS[key]
        unit_end = abbreviation.end()
    else:
        return None
    rate = _RATE.match(text, unit_end)
    if rate is not None and "/" not in expression:
        per = (rate.group("abbr") or rate.group("word") or rate.group("adverb")).lower()
        per = _ADVERBS.get(per, _PER.get(per, per))
        converted = _to_si(f"({expression})/{per}")
        if converted is not None:
            factor, kind, label = converted
            return _Unit(rate.end(), label, kind, factor * multiplier)
    converted = _to_si(expression)
    if converted is None:
        return None
    factor, kind, label = converted
    return _Unit(unit_end, label, kind, factor * multiplier)


def _percent(text: str, end: int) -> _Unit | None:
    match = _PERCENT.match(text, end)
    if match is None:
        return None
    if match.group("bp"):
        return _Unit(match.end(), "percentage_point", "percent", Decimal("0.01"))
    unit = "percentage_point" if match.group("pp") else "percent"
    return _Unit(match.end(), unit, "percent", Decimal(1))


def _currency_after(text: str, end: int) -> tuple[str, int] | None:
    """A currency named after the number: "5 billion euros", "3.4tn USD", "900 zł"."""
    match = _CURRENCY_WORD.match(text, end)
    if match is not None:
        # The c<i> group closes after "nat", so it is the last group.
        _, default, nationalities = _CURRENCY_WORDS[int(str(match.lastgroup)[1:])]
        nationality = match.group("nat")
        if nationality:
            code = nationalities.get(" ".join(nationality.lower().split()), "")
            if code:
                return code, match.end()
        # Without a fitting nationality an ambiguous word ("pesos") names no known currency;
        # "" tells the caller that it is still money, never a count of "peso".
        return default, match.end()
    written = _CURRENCY_CODE_AFTER.match(text, end)
    if written is not None:
        return (written.group("iso") or "PLN"), written.end()
    return None


# Counts: a numeral, up to four modifiers, then a plural noun ("17 million vaccine doses").
_COUNT_TOKEN = re.compile(rf"{_S}+((?:[A-Z]\.){{2,}}|[A-Za-z](?:[A-Za-z0-9'’-]*[A-Za-z0-9])?)")
_TIME_UNITS = _words(
    """second seconds sec secs minute minutes min mins hour hours hr hrs day days night nights
    week weeks weekend weekends fortnight fortnights month months quarter quarters year years
    yr yrs decade decades century centuries millennium millennia times time am pm
    year-old year-olds"""
)
# Words that end a noun phrase or are not nouns: a count cannot run through them.
_STOP_WORDS = _words(
    """a an the and or but nor of to in on at by for with from into onto over under about
    after before since until than as per via is are was were be been being has have had do
    does did will would shall should can could may might must not no that this these those
    which who whom whose what when where while if so then there their they them it its his
    her he she we our you your i me my us out up off also only just even still each every
    all any both either neither some most said says say told met agreed discussed announced
    signed held called urged noted added expressed reaffirmed welcomed percent per cent
    others ones apiece"""
)
_NOT_PLURAL = _words(
    """this thus plus yes its his hers ours yours theirs always perhaps whereas towards
    afterwards backwards forwards upwards downwards besides sometimes nevertheless
    regardless overseas less unless across news politics economics physics mathematics
    nowadays whereabouts means series species"""
)
_IRREGULAR = {
    "people": "person",
    "peoples": "people",
    "men": "man",
    "women": "woman",
    "children": "child",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "personnel": "personnel",
    "police": "police",
    "staff": "staff",
    "aircraft": "aircraft",
    "cattle": "cattle",
    "sheep": "sheep",
    "fish": "fish",
    "deer": "deer",
    "crises": "crisis",
    "analyses": "analysis",
    "bases": "base",
    "theses": "thesis",
    "hypotheses": "hypothesis",
    "diagnoses": "diagnosis",
    "oases": "oasis",
    "buses": "bus",
    "gases": "gas",
    "quizzes": "quiz",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "halves": "half",
    "wolves": "wolf",
    "leaves": "leaf",
    "thieves": "thief",
    "shelves": "shelf",
    "loaves": "loaf",
    "calves": "calf",
    "selves": "self",
    "hooves": "hoof",
    "scarves": "scarf",
    "wharves": "wharf",
    "series": "series",
    "species": "species",
    "headquarters": "headquarters",
}
_OES_TO_O = _words(
    """heroes potatoes tomatoes vetoes echoes torpedoes embargoes cargoes volcanoes
    mosquitoes tornadoes dominoes mangoes buffaloes"""
)
_IES_TO_IE = _words(
    "movies cookies zombies rookies calories sorties pies ties lies brownies prairies"
)
_CHES_TO_CHE = _words(
    "niches caches headaches avalanches moustaches mustaches cliches quiches psyches"
)


# Count nouns that only say "people" count persons; vaccines are counted in doses. One
# unit per kind of thing, so that "250 members" and "250 people" compare equal.
_COUNT_UNITS = {
    **dict.fromkeys(
        ("individual", "member", "elite", "citizen", "national", "resident", "civilian"),
        "person",
    ),
    "vaccine": "dose",
}
# The sanctions phrase "N individuals and entities" counts both together.
_AND_ENTITIES = re.compile(rf"{_S}+(?:and|or){_S}+entities(?![\w-])", re.IGNORECASE)


def _singular(word: str) -> str | None:
    """The singular of a plural noun, or None when ``word`` does not look like one."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if len(lower) < 3 or not lower.endswith("s") or lower in _NOT_PLURAL:
        return None
    if word.isupper() or lower.endswith(("ss", "us", "'s", "’s")):
        return None  # "ISIS", "class", "bonus", "Russia's"
    if lower.endswith("is") and not word[0].isupper():
        return None  # "basis", "crisis"; but "Israelis", "Houthis"
    if lower.endswith("ies") and len(lower) > 4 and lower not in _IES_TO_IE:
        return word[:-3] + ("Y" if word[-3].isupper() else "y")
    if lower.endswith("oes") and lower in _OES_TO_O:
        return word[:-2]
    if lower.endswith(("sses", "xes", "zzes", "shes")) or (
        lower.endswith("ches") and lower not in _CHES_TO_CHE
    ):
        return word[:-2]
    return word[:-1]


def _count(text: str, end: int) -> _Unit | None:
    position = end
    for _ in range(5):
        token = _COUNT_TOKEN.match(text, position)
        if token is None:
            return None
        word = token.group(1)
        lower = word.lower()
        if lower in _TIME_UNITS or lower in _STOP_WORDS:
            return None  # "80 years" is a duration; "36 must face" has no noun
        singular = _singular(word)
        if singular is not None:
            unit = _COUNT_UNITS.get(singular.lower(), singular)
            end = token.end()
            more = _AND_ENTITIES.match(text, end)
            if more is not None:
                unit, end = "entity", more.end()  # "600 individuals and entities": one count
            return _Unit(end, unit, "count", Decimal(1))
        position = token.end()
    return None


# ---------------------------------------------------------------------------------------
# Putting it together
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Item:
    start: int  # the mention's start: qualifier, currency symbol or number
    lead: int  # currency symbol or number: a range connector ends here
    numeral: _Numeral
    unit: _Unit | None
    between: bool  # "between" comes right before: "and" may join a range


# "16–17 percent", "5 to 7 million", "two or three countries", "between $5 and $7 billion".
_RANGE_LINK = re.compile(rf"{_S}*[-–—]{_S}*|{_S}+(?:to|or){_S}+")
_AND_LINK = re.compile(rf"{_S}+and{_S}+")
_BETWEEN = re.compile(rf"(?<![\w-])(?:between|from){_S}+\Z", re.IGNORECASE)


def find_quantities(text: str) -> list[QuantityMention]:
    """Return the quantities in ``text``, left to right and non-overlapping."""
    words = not _NUMBER_WORD_SET.isdisjoint(_LOWER_WORD.findall(text.lower()))
    if not words and _DIGIT.search(text) is None:
        return []
    # Without a number word, the digits-only pattern finds the same numerals much faster.
    numeral = _NUMERAL if words else _NUMERAL_DIGITS
    items: list[_Item] = []
    consumed = 0  # end of the last mention: context before a number never reaches into it
    position = 0
    while (match := numeral.search(text, position)) is not None:
        item = _read(text, match, consumed)
        if item is None:
            position = match.end()
            continue
        items.append(item)
        # Number words may stop early ("two and three"): scan again right after them.
        position = item.numeral.end
        if item.unit is not None:
            position = consumed = item.unit.end
    return _mentions(text, items)


def _read(text: str, match: re.Match[str], consumed: int) -> _Item | None:
    start = match.start()
    prefix = _CURRENCY_PREFIX.search(text, max(consumed, start - 8), start)
    if match.group("digits") is not None:
        if not _digits_stand_alone(text, start, match.end()):
            return None
        numeral = _parse_digits(text, match, prefix is not None)
    else:
        if prefix is not None:
            return None  # "$ two" is not how amounts are written
        parsed = _parse_words(text, match)
        if parsed is None:
            return None
        numeral = parsed
    lead = prefix.start() if prefix is not None else numeral.start
    qualifier = _QUALIFIER.search(text, max(consumed, lead - 24), lead)
    if prefix is None and qualifier is None and _is_identifier(text, lead):
        return None
    between = _BETWEEN.search(text, max(consumed, lead - 12), lead) is not None
    item_start = qualifier.start() if qualifier is not None else lead
    end = numeral.end
    unit: _Unit | None
    if prefix is not None:
        code = _SYMBOLS.get(prefix.group("cur"), prefix.group("cur"))
        # "$3 billion dollars": the redundant word belongs to the mention.
        after = _currency_after(text, end)
        unit = _Unit(after[1] if after else end, code, "money", Decimal(1))
    else:
        unit = _unit_after(text, numeral, qualifier is not None)
    if unit is None and end < len(text) and text[end].isalnum():
        return None  # "250th", "1990s", "5G": not an amount
    return _Item(item_start, lead, numeral, unit, between)


def _digits_stand_alone(text: str, start: int, end: int) -> bool:
    """Reject digits that are part of a name, time, ratio or version ("F-16", "5:30")."""
    joined = start >= 2 and text[start - 1] in "-+/:" and text[start - 2].isalnum()
    if joined and (text[start - 1] in "/:" or not text[start - 2].isdigit()):
        return False  # "F-16", "COVID-19", "mid-2019", "UTC+9", "24/7", "5:30"
    return _DIGIT_JOIN.match(text, end) is None


def _unit_after(text: str, numeral: _Numeral, qualified: bool) -> _Unit | None:
    end = numeral.end
    if (percent := _percent(text, end)) is not None:
        return percent
    if (money := _currency_after(text, end)) is not None:
        code, money_end = money
        return _Unit(money_end, code, "money", Decimal(1)) if code else None
    if (physical := _physical(text, end)) is not None:
        return physical
    if numeral.capitalised_word and not _sentence_initial(text, numeral.start):
        return None  # "Group of Seven", "Three Gorges": a name, not a count
    if _looks_like_year(numeral) and not qualified:
        return None  # "the 1967 lines", "2025 elections"
    return _count(text, end)


def _looks_like_year(numeral: _Numeral) -> bool:
    digits = numeral.digits
    return len(digits) == 4 and digits.isdigit() and 1000 <= int(digits) <= 2199


def _mentions(text: str, items: list[_Item]) -> list[QuantityMention]:
    mentions: list[QuantityMention] = []
    for index, item in enumerate(items):
        unit, scale, end = item.unit, item.numeral.scale, item.numeral.end
        following = items[index + 1] if index + 1 < len(items) else None
        if following is not None and following.unit is not None and _linked(text, item, following):
            # The first number of a range borrows what the text gives only once:
            # "16–17 percent", "between $5 and $7 billion".
            if not item.numeral.scaled:
                scale = following.numeral.scale
            unit = unit or following.unit
        if unit is None:
            continue
        if item.unit is not None:
            end = item.unit.end
        value = float(item.numeral.number * scale * unit.factor)
        span = text[item.start : end]
        mentions.append(
            QuantityMention(item.start, end, span, Quantity(value, unit.unit, span, unit.kind))
        )
    return mentions


def _linked(text: str, first: _Item, second: _Item) -> bool:
    """True when ``first`` opens a range that ``second`` closes."""
    if second.unit is None:
        return False
    if first.unit is not None and (first.unit.unit != second.unit.unit or first.numeral.scaled):
        return False  # nothing to borrow: "11 individuals and 3 entities"
    if second.start != second.lead:
        return False  # "16 and over 17 percent": two separate amounts
    gap_start, gap_end = first.numeral.end, second.lead
    if first.unit is not None and first.unit.end != gap_start:
        return False  # the first amount has its own unit word: "5 people to 7 percent"
    if _RANGE_LINK.fullmatch(text, gap_start, gap_end):
        return True
    return first.between and _AND_LINK.fullmatch(text, gap_start, gap_end) is not None

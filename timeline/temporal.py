"""Time expressions in news text, normalised to :class:`~timeline.values.When`.

Pure: every relative expression is resolved against the ``published`` date passed in,
never against the system clock, so the same text and date always give the same answer.

How ``find_times`` works:

1. *Base rules* (dates, ranges, weekdays, "last week", "3 days ago", durations, ...) each
   propose candidate mentions; the longest candidates win and overlaps are dropped.
2. *Compound rules* ("on the eve of X", "80 years since X") take the noun phrase after
   their trigger; a base mention inside that phrase (e.g. "Tuesday's vote") is absorbed
   and used to resolve the compound.
3. *Wrappers* ("by", "before", "until", "since") extend a date-like mention into a
   deadline or an open interval.

Conventions (chosen here, relied on by callers):

* ``best``/``sort_key`` are the first day of the interval; for intervals open at the
  start ("../2025-05-14") they are the last day, the only day known.
* A day named without a year ("on 3 September") gets the year that puts it nearest to
  ``published``; a bare month ("in March") the latest such month up to publication, or
  with ``future`` the first from publication on. Both are ``relative``: they depend on
  ``published``.
* "over five decades" / "for more than 20 years" (kind ``open``) become the interval from
  the lower bound to ``published``: ``1975/2025-09-02`` (year precision for year-like
  units, month for months, day otherwise), with the stated duration (``P50Y``).
* "N weeks ago" is the ISO week containing that day, "N months ago" that month, "N years
  (decades) ago" that year: the stated number is rarely exact to the day.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import accumulate, compress, count
from operator import itemgetter
from typing import NamedTuple

from timeline.values import When

__all__ = [
    "TimeMention",
    "anchored",
    "combine",
    "document_when",
    "event_date",
    "find_times",
    "inherited",
    "overlaps",
]


@dataclass(frozen=True, slots=True)
class TimeMention:
    start: int  # char offset into the text passed in
    end: int
    text: str  # text[start:end]
    when: When | None  # None only for an anchor that must be resolved against another fact
    kind: str  # date | range | relative | duration | since | deadline | open | anchor
    anchor: str | None = None  # for kind='anchor' (and 'since'): the event noun phrase
    anchor_offset_days: int = 0  # eve of X = -1, the day after X = +1, "ahead of X" = 0


# --------------------------------------------------------------------------- vocabulary

_MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_ONES: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_SMALL: dict[str, int] = {
    **_ONES,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "fifteenth": 15,
    "twentieth": 20,
    "twenty-fifth": 25,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "seventy-fifth": 75,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}
# unit -> (ISO 8601 designator, multiplier, precision of a point that far away)
_UNITS: dict[str, tuple[str, int, str]] = {
    "minute": ("TM", 1, "day"),
    "hour": ("TH", 1, "day"),
    "day": ("D", 1, "day"),
    "night": ("D", 1, "day"),
    "week": ("W", 1, "week"),
    "month": ("M", 1, "month"),
    "year": ("Y", 1, "year"),
    "decade": ("Y", 10, "year"),
    "century": ("Y", 100, "year"),
}


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _alternation(words: Iterable[str]) -> str:
    # Longest first so that "seventeen" is not cut to "seven", "sept" not to "sep".
    return "|".join(sorted(words, key=len, reverse=True))


_MONTH_FULL = _alternation(k for k in _MONTHS if len(k) > 4 or k in ("may", "june", "july"))
_MONTH_ABBR = _alternation(k for k in _MONTHS if len(k) <= 4 and k not in ("may", "june", "july"))
_WD = _alternation(_WEEKDAYS)
_NUM_NOART = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|"
    rf"(?:{_alternation(_TENS)})(?:[-\s](?:{_alternation(_ONES)})\b)?|{_alternation(_SMALL)})"
)
_NUM = rf"(?:a\s+dozen|a\s+couple\s+of|{_NUM_NOART}|an|a)"
_UNIT = r"(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|century|centuries)"
_UNIT_SG = r"(?:minute|hour|day|night|week|month|year|decade|century)"
_ORD = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{_alternation(_ORDINALS)})"


def _month(name: str) -> str:
    return rf"(?P<{name}>(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\b\.?)"


def _month_full(name: str) -> str:
    return rf"(?P<{name}>(?:{_MONTH_FULL})\b)"


def _day(name: str) -> str:
    return rf"(?<![\d.,$])(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])\b"


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:1\d|20|21)\d\d)(?![\d%]|[.,]\d)"


def _weekday(name: str) -> str:
    return rf"(?P<{name}>{_WD})\b"


# "-", "–", "to", "and" (the last only after "between", checked in code)
_SEP = r"\s*(?:[-–—]|(?P<conn>to|and|until|till|through|thru)\b)\s*"
_RANGE_PRE = r"(?:(?P<pre>from|between)\s+)?"
_ON = r"(?:on\s+)?"
_WD_PREFIX = rf"(?:{_weekday('wd')},?\s+)?"

_FLAGS = re.IGNORECASE


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _FLAGS)


_RANGE_MDMD = _compile(
    rf"\b{_RANGE_PRE}{_ON}{_month('m1')}\s*{_day('d1')}(?:,?\s+{_year('y1')})?{_SEP}"
    rf"{_month('m2')}\s*{_day('d2')}(?:,?\s+{_year('y2')})?"
)
_RANGE_DMDM = _compile(
    rf"\b{_RANGE_PRE}{_ON}(?:the\s+)?{_day('d1')}\s+(?:of\s+)?{_month('m1')}(?:,?\s+{_year('y1')})?"
    rf"{_SEP}(?:the\s+)?{_day('d2')}\s+(?:of\s+)?{_month('m2')}(?:,?\s+{_year('y2')})?"
)
_RANGE_MDD = _compile(
    rf"\b{_RANGE_PRE}{_ON}{_month('m1')}\s*{_day('d1')}{_SEP}{_day('d2')}(?:,?\s+{_year('y2')})?"
)
_RANGE_DDM = _compile(
    rf"(?:\b{_RANGE_PRE}{_ON})?(?:the\s+)?{_day('d1')}{_SEP}(?:the\s+)?{_day('d2')}\s+(?:of\s+)?"
    rf"{_month('m1')}(?:,?\s+{_year('y2')})?"
)
_RANGE_MONTHS = _compile(
    rf"\b{_RANGE_PRE}(?:in\s+)?{_month_full('m1')}(?:\s+{_year('y1')})?{_SEP}"
    rf"{_month_full('m2')}\s+(?:of\s+)?{_year('y2')}"
)
_RANGE_YEARS = _compile(
    rf"(?<![\w$€£¥.,]){_RANGE_PRE}(?:in\s+)?{_year('y1')}"
    rf"(?:\s*[-–—]\s*(?P<short>\d\d)(?![\d\w])|{_SEP}{_year('y2')})(?!\w)"
)
_RANGE_WEEKDAYS = _compile(
    rf"\b(?P<pre>from|between)\s+{_weekday('w1')}\s+(?P<conn>to|and|until|till|through)\s+"
    rf"{_weekday('w2')}"
)
_DATE_ISO = _compile(r"\b(?:on\s+)?(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?![\d-])")
_DATE_MDY = _compile(
    rf"\b{_ON}{_WD_PREFIX}{_month('m')}\s*{_day('d')}(?:,?\s+{_year('y')})?(?!\s*%)"
)
_DATE_DMY = _compile(
    rf"(?:\b{_ON}{_WD_PREFIX})?(?:the\s+)?{_day('d')}\s+(?:of\s+)?{_month('m')}"
    rf"(?:,?\s+{_year('y')})?"
)
_MONTH_YEAR = _compile(
    rf"\b(?:(?:in|during)\s+)?(?:(?P<mod>early|late|mid)[-\s]+)?{_month('m')}\s+(?:of\s+)?"
    rf"{_year('y')}(?!\w)"
)
_DECADE = _compile(
    r"(?<![\w$€£¥.,])(?:(?:in|during)\s+)?(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?"
    r"(?:(?P<y>(?:1\d|20|21)\d0)|['’](?P<yy>\d0))s\b"
)
_MONTH_ONLY = _compile(
    r"\b(?P<pre>in|since|until|till|by|during|before|after|of|early|late|mid|last|next|this)"
    rf"[-\s]+(?:(?P<mod>early|late|mid)[-\s]+)?{_month_full('m')}(?!\s*\d|\w)"
)
_YEAR = _compile(
    r"(?<![\w$€£¥.,/#])(?<!\d-)(?:(?P<pre>in|during)\s+)?(?:(?P<mod>early|late|mid)[-\s]+)?"
    rf"{_year('y')}(?!\w|[-–]\d|\s*%)"
)
_TODAY = _compile(
    r"\b(?:(?P<mod>earlier|later)\s+)?(?:(?P<word>today|tonight|yesterday|tomorrow)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?P<lastnight>last\s+night)"
    r"|this\s+(?:morning|afternoon|evening)|the\s+day\s+(?P<dd>before\s+yesterday|after\s+tomorrow))"
    r"\b"
)
_WEEKDAY = _compile(
    r"\b(?:(?P<pre>on|last|next|this\s+coming|this\s+past|this|coming|past)\s+)?"
    rf"{_weekday('wd')}(?:\s+(?:morning|afternoon|evening|night))?"
)
_PERIOD = _compile(
    r"\b(?:(?P<mod>earlier|later)\s+(?:in\s+)?)?(?P<the>the\s+)?"
    r"(?:(?P<rel>this\s+past|this|last|next|past|coming|current)\s+)?"
    r"(?P<unit>week(?:end)?|month|year)\b"
)
_END_OF = _compile(r"\b(?:the\s+)?end\s+of\s+(?:the|this)\s+(?P<unit>week|month|year)\b")
_ROLLING = _compile(
    rf"\b(?:(?:in|over|during|within|for|throughout)\s+)?the\s+(?P<rel>past|last|next|coming)\s+"
    rf"(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\b(?!\s+of\b)"
)
_AGO = _compile(
    r"\b(?:(?P<q>less\s+than|more\s+than|(?:well\s+)?over|under|nearly|almost|about|around|some"
    r"|roughly|approximately|just|only|at\s+least)\s+)?"
    rf"(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+ago\b"
)
_IN_N = _compile(
    r"\b(?P<prep>in|within)\s+(?:(?P<q>about|around|roughly|nearly|almost|approximately|just"
    rf"|another|less\s+than)\s+)?(?P<n>{_NUM})\s+(?:more\s+)?(?P<unit>{_UNIT})\b"
    r"(?!\s*-|\s+(?:of|since|ago|before|after|later|earlier|old)\b)"
)
_OPEN = _compile(
    r"\b(?:(?:for|in|of)\s+)?(?P<q>(?:well\s+)?over|more\s+than|upwards\s+of|at\s+least)\s+"
    rf"(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\b"
    r"(?!\s+(?:ago|since|later|earlier|before|after|old)\b)"
)
_DURATION = _compile(
    r"\b(?:(?P<prep>for|lasting|during|throughout)\s+)?(?:(?P<q>another|an\s+additional"
    r"|a\s+further|nearly|almost|about|around|some|roughly|approximately|up\s+to|just|only)\s+)?"
    rf"(?P<n>{_NUM})\s+(?:more\s+|additional\s+|full\s+|long\s+)?(?P<unit>{_UNIT})\b"
    r"(?!\s*-?\s*old\b|\s+of\s+age\b)"
)
_DURATION_ADJ = _compile(rf"(?<![\w-])(?P<n>{_NUM_NOART})-(?P<unit>{_UNIT_SG})(?:-long)?(?![\w-])")
_ANCHOR = _compile(
    r"\b(?:(?:on|in|during)\s+)?(?:(?P<eve>the\s+eve\s+of)"
    r"|the\s+(?P<unitw>day|night|morning|evening|afternoon|week)\s+(?P<rel>before|after|following|of)"
    rf"|(?P<n>{_NUM})\s+(?P<unit>days?|weeks?|nights?)\s+(?P<rel2>before|after|ahead\s+of"
    r"|prior\s+to|following)"
    r"|ahead\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to|in\s+the\s+(?:wake|aftermath)\s+of"
    r"|(?:at|on)\s+the\s+(?:opening|start|beginning|close|end|conclusion|sidelines|margins)\s+of"
    r"|(?:shortly|soon|just|hours|minutes|moments|immediately|days)\s+(?:before|after)"
    r"|prior\s+to)\s+"
)
_SINCE = _compile(
    r"\b(?:(?:nearly|almost|about|around|some|roughly|more\s+than|over|just|only)\s+)?"
    rf"(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+since\s+"
)
_ANNIVERSARY = _compile(rf"\b(?:the\s+)?(?P<ord>{_ORD})\s+anniversary\s+of\s+")
_WRAPPER = _compile(
    r"\b(?P<w>by|no\s+later\s+than|not\s+later\s+than|before|until|till|since)\s+"
    r"(?P<eo>(?:the\s+)?end\s+of\s+)?$"
)
_WORD_BEFORE = re.compile(r"([\w'’.-]+)\W*$")
_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][\w'’-]*)")
_OF_AFTER = _compile(r"\s+of\b")
_SPACES = re.compile(r"\s+")
_PERCENT_AFTER = _compile(r"\s*(?:%|percent\b|per\s+cent\b)")
_TOKEN = re.compile(r"\s*([\w'’-]+|\S)")
_DURATION_ISO = re.compile(
    r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$"
)

# Words around a bare four-digit number that tell a year from a quantity.
_YEAR_PREPOSITIONS = _wordset(
    """in during since until till by before after from of between and to through throughout
    for early late mid spring summer autumn fall winter year circa c"""
)
_DETERMINERS = _wordset("the a an its their his her our your my this that these those whose")
_QUANTITY_CUES = _wordset(
    """about approximately around roughly some nearly almost over than least only just
    additional another extra total estimated all"""
)
_QUANTITY_NOUNS = _wordset(
    """million billion trillion thousand hundred km kilometres kilometers miles metres meters
    feet ft kg tonnes tons barrels megawatt megawatts mw gw people persons troops soldiers
    dollars euros pounds units cars homes jobs times votes"""
)
_FUNCTION_WORDS = _wordset(
    """the a an and or but when as to with he she it they we i you there that which who
    was were is are has had have will would could should might may can after before in on
    at by for from of saw also this these his her its their our while until since through
    alone onwards onward only then so if because both following respectively not against
    marked brought"""
)
# Capitalised words before "Sunday"/"May" that do not make it a name ("On Sunday", "By May 2").
_NOT_NAMES = _FUNCTION_WORDS | _YEAR_PREPOSITIONS
# The noun phrase after an anchor trigger ends at the first of these.
_PHRASE_STOPS = _wordset(
    """in on at for with by from to into onto after before during since until till as amid
    among against between near over under across through toward towards via within without
    about than like upon and or but nor so yet that which who whom whose where when while
    because if although though is are was were be been being has have had will would shall
    should can could may might must do does did said says say"""
)
_WEEKDAY_QUALIFIERS = _wordset("last next this past coming every each first second third fourth")
_PHRASE_TRIM = _wordset("the a an of its their his her this that")
_NOT_EVENTS = _wordset(
    "schedule time expectations rivals it them him her us me you this that others"
)
_NOT_EVENTS |= {"the curve", "the pack", "the rest", "the day"}


# ----------------------------------------------------------------------- date arithmetic


def _iso(d: date) -> str:
    return d.isoformat()


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, _month_length(year, month + 1)))


def _month_length(year: int, month: int) -> int:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return (following - timedelta(days=1)).day


def _month_end(year: int, month: int) -> date:
    return date(year, month, _month_length(year, month))


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _shift(d: date, n: int, unit: str) -> date:
    """``d`` moved by ``n`` units (negative: back in time); hours round down to days."""
    designator, multiplier, _ = _UNITS[unit]
    n *= multiplier
    if designator == "Y":
        return _add_months(d, 12 * n)
    if designator == "M":
        return _add_months(d, n)
    if designator == "W":
        return d + timedelta(weeks=n)
    if designator == "D":
        return d + timedelta(days=n)
    if designator == "TH":
        return d + timedelta(days=int(n / 24))
    return d + timedelta(days=int(n / 1440))


def _iso_duration(n: int, unit: str) -> str:
    designator, multiplier, _ = _UNITS[unit]
    if designator.startswith("T"):
        return f"PT{n * multiplier}{designator[1]}"
    return f"P{n * multiplier}{designator}"


# ----------------------------------------------------------------------- When builders


def _unresolved(expression: str, duration: str | None = None) -> When:
    return When(expression=expression, duration=duration, derivation="unresolved")


def _interval(
    start: date,
    end: date,
    precision: str,
    expression: str,
    derivation: str,
    *,
    edtf: str | None = None,
    duration: str | None = None,
) -> When:
    if end < start:
        start, end = end, start
    if edtf is None:
        edtf = _iso(start) if start == end else f"{_iso(start)}/{_iso(end)}"
    return When(
        edtf=edtf,
        best=_iso(start),
        precision=precision,
        sort_key=_iso(start),
        duration=duration,
        expression=expression,
        derivation=derivation,
        start=_iso(start),
        end=_iso(end),
    )


def _day_when(d: date, expression: str, derivation: str) -> When:
    return _interval(d, d, "day", expression, derivation)


def _month_when(year: int, month: int, expression: str, derivation: str) -> When:
    return _interval(
        date(year, month, 1),
        _month_end(year, month),
        "month",
        expression,
        derivation,
        edtf=f"{year:04d}-{month:02d}",
    )


def _year_when(year: int, expression: str, derivation: str, duration: str | None = None) -> When:
    return _interval(
        date(year, 1, 1),
        date(year, 12, 31),
        "year",
        expression,
        derivation,
        edtf=f"{year:04d}",
        duration=duration,
    )


def _week_when(d: date, expression: str, derivation: str) -> When:
    monday = _monday(d)
    return _interval(monday, monday + timedelta(days=6), "week", expression, derivation)


def _point_when(ref: date, n: int, unit: str, expression: str, duration: str | None) -> When:
    """The period ``n`` units from ``ref`` (negative: before), at the unit's precision."""
    d = _shift(ref, n, unit)
    precision = _UNITS[unit][2]
    if precision == "week":
        when = _week_when(d, expression, "relative")
    elif precision == "month":
        when = _month_when(d.year, d.month, expression, "relative")
    elif precision == "year":
        when = _year_when(d.year, expression, "relative")
    else:
        when = _day_when(d, expression, "relative")
    return replace(when, duration=duration)


def _edtf_start(when: When) -> str | None:
    if when.edtf and "/" not in when.edtf and "X" not in when.edtf:
        return when.edtf
    return when.start


def _edtf_end(when: When) -> str | None:
    if when.edtf and "/" not in when.edtf and "X" not in when.edtf:
        return when.edtf
    return when.end


# --------------------------------------------------------------------------- parsing bits


def _squash(text: str) -> str:
    """Lower-cased with runs of white space as one space ("more  than" -> "more than")."""
    return _SPACES.sub(" ", text.strip().lower())


def _number(text: str) -> int | None:
    words = _squash(text)
    if words in ("a", "an"):
        return 1
    if words == "a dozen":
        return 12
    if words == "a couple of":
        return 2
    digits = words.replace(",", "")
    if digits.isdigit():
        value = int(digits)
        return value if 0 < value <= 100_000 else None  # beyond that it is not a time span
    total = 0
    for part in words.replace("-", " ").split():
        if part in _SMALL:
            total += _SMALL[part]
        elif part in _TENS:
            total += _TENS[part]
        else:
            return None
    return total or None


def _unit(text: str) -> str:
    word = text.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def _month_number(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")]


def _capitalised(text: str | None) -> bool:
    return bool(text) and text[0].isupper()  # type: ignore[index]


def _word_before(text: str, index: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, index - 40), index)
    return match.group(1).lower() if match else ""


def _is_name_before(text: str, index: int) -> bool:
    """Whether a capitalised word other than a preposition comes right before ``index``."""
    name = _NAME_BEFORE.search(text, max(0, index - 30), index)
    return name is not None and name.group(1).lower() not in _NOT_NAMES


def _nearest(candidates: list[date], ref: date, future: bool) -> date:
    # Ties (a date six months either side) go the way the sentence's tense points.
    return min(candidates, key=lambda d: (abs((d - ref).days), (d < ref) if future else (d > ref)))


def _day_in_nearest_year(month: int, day: int, ref: date, future: bool) -> date | None:
    candidates: list[date] = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue  # 29 February outside leap years
    return _nearest(candidates, ref, future) if candidates else None


# ----------------------------------------------------------------------------- context


class _Ctx(NamedTuple):
    text: str
    published: date | None
    future: bool


class _Cand(NamedTuple):
    mention: TimeMention
    priority: int


_Handler = Callable[[re.Match[str], _Ctx], TimeMention | None]


def _mention(ctx: _Ctx, start: int, end: int, when: When | None, kind: str) -> TimeMention:
    return TimeMention(start, end, ctx.text[start:end], when, kind)


def _expr(ctx: _Ctx, m: re.Match[str]) -> str:
    return ctx.text[m.start() : m.end()]


# ----------------------------------------------------------------------------- handlers


def _connected(pre: str | None, conn: str | None) -> bool:
    """Whether "from/between X <conn> Y" reads as one range.

    "and" joins a range only after "between" ("14 and 16 November" are two days), and
    "between" takes "and" or a dash, not "to".
    """
    pre, conn = (pre or "").lower(), (conn or "").lower()
    if conn == "and":
        return pre == "between"
    return pre != "between" or not conn


def _h_range_days(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    groups = m.groupdict()
    if not _connected(groups.get("pre"), groups.get("conn")):
        return None
    m1 = groups["m1"]
    m2 = groups.get("m2") or m1
    if not (_capitalised(m1) and _capitalised(m2)):
        return None
    mon1, mon2 = _month_number(m1), _month_number(m2)
    d1, d2 = int(groups["d1"]), int(groups["d2"])
    y1 = int(groups["y1"]) if groups.get("y1") else None
    y2 = int(groups["y2"]) if groups.get("y2") else None
    expression = _expr(ctx, m)
    derivation = "explicit"
    if y2 is None and y1 is not None:
        y2 = y1 if (mon2, d2) >= (mon1, d1) else y1 + 1
    elif y1 is None and y2 is not None:
        y1 = y2 if (mon1, d1) <= (mon2, d2) else y2 - 1
    elif y1 is None or y2 is None:
        if ctx.published is None:
            date(2000, mon1, d1)  # still reject impossible days ("30 February")
            date(2000, mon2, d2)
            return _mention(ctx, m.start(), m.end(), _unresolved(expression), "range")
        first = _day_in_nearest_year(mon1, d1, ctx.published, ctx.future)
        if first is None:
            return None
        y1 = first.year
        y2 = y1 if (mon2, d2) >= (mon1, d1) else y1 + 1
        derivation = "relative"
    start, end = date(y1, mon1, d1), date(y2, mon2, d2)
    if end <= start:
        return None
    when = _interval(start, end, "day", expression, derivation)
    return _mention(ctx, m.start(), m.end(), when, "range")


def _h_range_months(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    if not (_capitalised(m["m1"]) and _capitalised(m["m2"])):
        return None
    if not _connected(m["pre"], m["conn"]):
        return None
    mon1, mon2, y2 = _month_number(m["m1"]), _month_number(m["m2"]), int(m["y2"])
    y1 = int(m["y1"]) if m["y1"] else (y2 if mon1 <= mon2 else y2 - 1)
    start, end = date(y1, mon1, 1), _month_end(y2, mon2)
    if end <= start:
        return None
    edtf = f"{y1:04d}-{mon1:02d}/{y2:04d}-{mon2:02d}"
    when = _interval(start, end, "month", _expr(ctx, m), "explicit", edtf=edtf)
    return _mention(ctx, m.start(), m.end(), when, "range")


def _h_range_years(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    if not _connected(m["pre"], m["conn"]):
        return None
    y1 = int(m["y1"])
    if m["short"]:
        y2 = y1 // 100 * 100 + int(m["short"])
    elif m["y2"]:
        y2 = int(m["y2"])
    else:
        return None
    if not y1 < y2 <= y1 + 200:
        return None  # "1990-1985" or a telephone number, not a span of years
    when = _interval(
        date(y1, 1, 1), date(y2, 12, 31), "year", _expr(ctx, m), "explicit", edtf=f"{y1}/{y2}"
    )
    return _mention(ctx, m.start(), m.end(), when, "range")


def _h_range_weekdays(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    if not (_capitalised(m["w1"]) and _capitalised(m["w2"])):
        return None
    if not _connected(m["pre"], m["conn"]):
        return None
    expression = _expr(ctx, m)
    if ctx.published is None:
        return _mention(ctx, m.start(), m.end(), _unresolved(expression), "range")
    w1, w2 = _WEEKDAYS[m["w1"].lower()], _WEEKDAYS[m["w2"].lower()]
    start = _resolve_weekday(ctx.published, w1, "", ctx.future)
    end = start + timedelta(days=(w2 - w1) % 7)
    when = _interval(start, end, "day", expression, "relative")
    return _mention(ctx, m.start(), m.end(), when, "range")


def _h_date_iso(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    d = date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return _mention(ctx, m.start(), m.end(), _day_when(d, _expr(ctx, m), "explicit"), "date")


def _h_date(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    if not _capitalised(m["m"]) or (m["wd"] and not _capitalised(m["wd"])):
        return None
    month, day = _month_number(m["m"]), int(m["d"])
    expression = _expr(ctx, m)
    if m["y"]:
        d = date(int(m["y"]), month, day)
        return _mention(ctx, m.start(), m.end(), _day_when(d, expression, "explicit"), "date")
    date(2000, month, day)  # reject "February 30" even when it cannot be resolved
    if month == 5 and _is_name_before(ctx.text, m.start()):
        return None  # "Theresa May 2 times"
    if ctx.published is None:
        return _mention(ctx, m.start(), m.end(), _unresolved(expression), "date")
    nearest = _day_in_nearest_year(month, day, ctx.published, ctx.future)
    if nearest is None:
        return None
    return _mention(ctx, m.start(), m.end(), _day_when(nearest, expression, "relative"), "date")


def _h_month_year(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    if not _capitalised(m["m"]):
        return None
    when = _month_when(int(m["y"]), _month_number(m["m"]), _expr(ctx, m), "explicit")
    return _mention(ctx, m.start(), m.end(), when, "date")


def _h_decade(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    if m["y"]:
        first = int(m["y"])
    else:
        yy = int(m["yy"])
        # "the '90s": the latest such decade that has begun by publication (1900s if unknown).
        century = 2000 if yy == 0 else 1900
        if ctx.published is not None and 2000 + yy <= ctx.published.year:
            century = 2000
        first = century + yy
    when = _interval(
        date(first, 1, 1),
        date(first + 9, 12, 31),
        "decade",
        _expr(ctx, m),
        "explicit",
        edtf=f"{first // 10:03d}X",
    )
    return _mention(ctx, m.start(), m.end(), when, "date")


def _h_month_only(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    if not _capitalised(m["m"]):
        return None
    pre = m["pre"].lower()
    month = _month_number(m["m"])
    if month == 5 and pre in ("by", "of", "after", "before", "since", "until", "till"):
        return None  # "criticised by May", "the government of May": Theresa May, not a month
    # Prepositions that a wrapper reads ("since", "by") stay outside the span.
    start = (
        m.start()
        if pre in ("in", "during", "early", "late", "mid", "last", "next", "this")
        else (m.start("mod") if m["mod"] else m.start("m"))
    )
    expression = ctx.text[start : m.end()]
    kind = "relative" if pre in ("last", "next", "this") else "date"
    ref = ctx.published
    if ref is None:
        return _mention(ctx, start, m.end(), _unresolved(expression), kind)
    if pre == "this":
        year = ref.year
    elif pre == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif pre == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif ctx.future:
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year = ref.year if month <= ref.month else ref.year - 1
    return _mention(ctx, start, m.end(), _month_when(year, month, expression, "relative"), kind)


def _h_year(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    year = int(m["y"])
    text = ctx.text
    after = text[m.end() : m.end() + 24]
    if _PERCENT_AFTER.match(after):
        return None
    previous = _word_before(text, m.start())
    next_word_match = _WORD_AFTER.match(after)
    next_word = next_word_match.group(1) if next_word_match else ""
    strong = bool(m["pre"] or m["mod"]) or previous in _YEAR_PREPOSITIONS
    determiner = previous in _DETERMINERS or previous.endswith(("'s", "’s"))
    if previous in _QUANTITY_CUES and not m["pre"]:
        return None  # "about 2000", "more than 1500"
    if next_word.lower() in _QUANTITY_NOUNS:
        return None  # "the 2000 km long pipeline", "a 1368 million pounds turnover"
    if next_word and next_word[0].islower() and next_word not in _FUNCTION_WORDS and not determiner:
        return None  # "2000 people", "by 1500 votes"
    if next_word and next_word[0].isupper() and not (strong or determiner):
        return None  # "killed 2000 Americans"
    low, high = (1000, 2199) if strong else (1800, 2100)
    if not low <= year <= high:
        return None
    when = _year_when(year, _expr(ctx, m), "explicit")
    return _mention(ctx, m.start(), m.end(), when, "date")


def _h_today(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    expression = _expr(ctx, m)
    if ctx.published is None:
        return _mention(ctx, m.start(), m.end(), _unresolved(expression), "relative")
    word = (m["word"] or "").lower()
    if m["dd"]:
        offset = -2 if m["dd"].lower().startswith("before") else 2
    elif m["lastnight"] or word == "yesterday":
        offset = -1
    elif word == "tomorrow":
        offset = 1
    else:
        offset = 0
    when = _day_when(ctx.published + timedelta(days=offset), expression, "relative")
    return _mention(ctx, m.start(), m.end(), when, "relative")


def _resolve_weekday(ref: date, weekday: int, pre: str, future: bool) -> date:
    back = (ref.weekday() - weekday) % 7
    forward = (weekday - ref.weekday()) % 7
    if pre == "last":
        # "last Thursday": that day of the previous (ISO) week, as "last week" is that week.
        return _monday(ref) - timedelta(days=7 - weekday)
    if pre in ("this past", "past"):
        return ref - timedelta(days=back or 7)
    if pre == "next":
        return ref + timedelta(days=forward or 7)
    if pre in ("this coming", "coming"):
        return ref + timedelta(days=forward)
    # Bare or "on"/"this": the publication day itself if it matches (news style names the
    # day even for "today"), otherwise the nearest one in the sentence's direction.
    return ref + timedelta(days=forward) if future else ref - timedelta(days=back)


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    if not _capitalised(m["wd"]):
        return None
    pre = _squash(m["pre"] or "")
    previous = _word_before(ctx.text, m.start())
    if pre in ("last", "next") and previous == "the":
        return None  # "the last Thursday of the month" is an ordinal
    if not pre and previous in _WEEKDAY_QUALIFIERS:
        return None  # the longer match starting at the qualifier decided already
    if not pre and _is_name_before(ctx.text, m.start()):
        return None  # "Bloody Sunday", "Super Tuesday": a name, not a day
    expression = _expr(ctx, m)
    if ctx.published is None:
        return _mention(ctx, m.start(), m.end(), _unresolved(expression), "relative")
    d = _resolve_weekday(ctx.published, _WEEKDAYS[m["wd"].lower()], pre, ctx.future)
    return _mention(ctx, m.start(), m.end(), _day_when(d, expression, "relative"), "relative")


def _weekend(ref: date, rel: str, future: bool) -> date:
    """The Saturday of the weekend meant."""
    saturday = _monday(ref) + timedelta(days=5)
    if rel in ("this", "current"):
        if ref.weekday() >= 5 or future:
            return saturday
        return saturday - timedelta(days=7)
    if rel in ("last", "past", "this past"):
        return saturday - timedelta(days=7)
    return saturday + timedelta(days=7)  # next, coming


def _h_period(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    implicit = not m["rel"]  # "earlier in the month": the current one
    if implicit and not (m["mod"] and m["the"] and " in " in m.group().lower()):
        return None  # a bare "the month" is no date
    rel = "this" if implicit else _squash(m["rel"])
    unit = m["unit"].lower()
    after = ctx.text[m.end() : m.end() + 8]
    if _OF_AFTER.match(after) and rel in ("last", "next", "past", "coming"):
        return None  # "the last year of his term"
    rolling = rel in ("past", "coming", "this past")
    if not m["the"] and not m["mod"] and _word_before(ctx.text, m.start()) == "the":
        return None  # "the next year": judged by the match that includes "the"
    if m["the"] and not implicit:
        if rel in ("last", "next"):
            previous = _word_before(ctx.text, m.start())
            if previous not in ("in", "over", "during", "within", "for", "throughout"):
                return None  # "the next year" in a narrative means the year after, not ours
            rolling = True
        elif rel == "this":
            return None
    expression = _expr(ctx, m)
    ref = ctx.published
    if ref is None:
        return _mention(ctx, m.start(), m.end(), _unresolved(expression), "relative")
    if unit == "weekend":
        saturday = _weekend(ref, rel, ctx.future)
        when = _interval(saturday, saturday + timedelta(days=1), "week", expression, "relative")
    elif rolling:
        sign = -1 if rel in ("past", "last", "this past") else 1
        other = _shift(ref, sign, unit)
        duration = _iso_duration(1, unit)
        when = _interval(ref, other, unit, expression, "relative", duration=duration)
    else:
        # "earlier/later this month" is the month: which part of it is not said.
        step = {"last": -1, "next": 1}.get(rel, 0)
        if unit == "week":
            monday = _monday(ref) + timedelta(weeks=step)
            start, end = monday, monday + timedelta(days=6)
            edtf = None
        elif unit == "month":
            first = _add_months(date(ref.year, ref.month, 1), step)
            start, end = first, _month_end(first.year, first.month)
            edtf = f"{first.year:04d}-{first.month:02d}"
        else:
            year = ref.year + step
            start, end, edtf = date(year, 1, 1), date(year, 12, 31), f"{year:04d}"
        when = _interval(start, end, unit, expression, "relative", edtf=edtf)
    return _mention(ctx, m.start(), m.end(), when, "relative")


def _h_end_of(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    expression = _expr(ctx, m)
    ref = ctx.published
    if ref is None:
        return _mention(ctx, m.start(), m.end(), _unresolved(expression), "relative")
    unit = m["unit"].lower()
    # The closing stretch of the current period: Friday to Sunday, the last ten days of the
    # month, December.
    if unit == "week":
        sunday = _monday(ref) + timedelta(days=6)
        when = _interval(sunday - timedelta(days=2), sunday, "week", expression, "relative")
    elif unit == "month":
        end = _month_end(ref.year, ref.month)
        when = _interval(end - timedelta(days=9), end, "month", expression, "relative")
    else:
        when = _month_when(ref.year, 12, expression, "relative")
    return _mention(ctx, m.start(), m.end(), when, "relative")


def _h_rolling(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    n = _number(m["n"])
    if n is None:
        return None
    unit = _unit(m["unit"])
    expression = _expr(ctx, m)
    duration = _iso_duration(n, unit)
    if ctx.published is None:
        return _mention(ctx, m.start(), m.end(), _unresolved(expression, duration), "relative")
    sign = -1 if m["rel"].lower() in ("past", "last") else 1
    other = _shift(ctx.published, sign * n, unit)
    precision = _UNITS[unit][2]
    when = _interval(ctx.published, other, precision, expression, "relative", duration=duration)
    return _mention(ctx, m.start(), m.end(), when, "relative")


def _h_ago(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    n = _number(m["n"])
    if n is None:
        return None
    unit = _unit(m["unit"])
    expression = _expr(ctx, m)
    duration = _iso_duration(n, unit)
    ref = ctx.published
    if ref is None:
        return _mention(ctx, m.start(), m.end(), _unresolved(expression, duration), "relative")
    q = _squash(m["q"] or "")
    precision = _UNITS[unit][2]
    back = _shift(ref, -n, unit)
    if q in ("less than", "under"):
        when = _interval(back, ref, precision, expression, "relative", duration=duration)
    elif q in ("more than", "over", "well over", "at least"):
        when = When(
            edtf=f"../{_iso(back)}",
            best=_iso(back),
            precision=precision,
            sort_key=_iso(back),
            duration=duration,
            expression=expression,
            derivation="relative",
            end=_iso(back),
        )
    else:
        when = _point_when(ref, -n, unit, expression, duration)
    return _mention(ctx, m.start(), m.end(), when, "relative")


def _h_in_n(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    n = _number(m["n"])
    if n is None:
        return None
    unit = _unit(m["unit"])
    expression = _expr(ctx, m)
    duration = _iso_duration(n, unit)
    # "the first visit in two years" is a span; "will vote in two years" a point ahead.
    if m["prep"].lower() == "within" or not ctx.future:
        return _mention(ctx, m.start(), m.end(), _unresolved(expression, duration), "duration")
    ref = ctx.published
    if ref is None:
        return _mention(ctx, m.start(), m.end(), _unresolved(expression, duration), "relative")
    if (m["q"] or "").lower().startswith("less"):
        other = _shift(ref, n, unit)
        when = _interval(ref, other, _UNITS[unit][2], expression, "relative", duration=duration)
    else:
        when = _point_when(ref, n, unit, expression, duration)
    return _mention(ctx, m.start(), m.end(), when, "relative")


def _h_open(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    n = _number(m["n"])
    if n is None:
        return None
    unit = _unit(m["unit"])
    expression = _expr(ctx, m)
    duration = _iso_duration(n, unit)
    ref = ctx.published
    if ref is None:
        return _mention(ctx, m.start(), m.end(), _unresolved(expression, duration), "open")
    precision = _UNITS[unit][2]
    if ctx.future:
        when = When(
            edtf=f"{_iso(ref)}/..",
            best=_iso(ref),
            precision=precision,
            sort_key=_iso(ref),
            duration=duration,
            expression=expression,
            derivation="relative",
            start=_iso(ref),
        )
        return _mention(ctx, m.start(), m.end(), when, "open")
    lower = _shift(ref, -n, unit)
    # The lower bound is rough ("over"), so it is written no finer than the unit.
    if precision == "year":
        start, bound = date(lower.year, 1, 1), f"{lower.year:04d}"
    elif precision == "month":
        start, bound = date(lower.year, lower.month, 1), f"{lower.year:04d}-{lower.month:02d}"
    else:
        start, bound = lower, _iso(lower)
        precision = "day"
    when = _interval(
        start,
        ref,
        precision,
        expression,
        "relative",
        edtf=f"{bound}/{_iso(ref)}",
        duration=duration,
    )
    return _mention(ctx, m.start(), m.end(), when, "open")


def _h_duration(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    raw = m["n"].lower()
    if raw in ("a", "an") and not (m["prep"] or m["q"]):
        return None  # "once a year", "a day after": not a stated span
    n = _number(raw)
    if n is None:
        return None
    duration = _iso_duration(n, _unit(m["unit"]))
    return _mention(ctx, m.start(), m.end(), _unresolved(_expr(ctx, m), duration), "duration")


def _h_duration_adj(m: re.Match[str], ctx: _Ctx) -> TimeMention | None:
    n = _number(m["n"])
    if n is None:
        return None
    duration = _iso_duration(n, _unit(m["unit"]))
    return _mention(ctx, m.start(), m.end(), _unresolved(_expr(ctx, m), duration), "duration")


# Rules are tried only at word starts at most ``reach`` words before one of their cue words
# (``_DIGIT``: any token starting with a digit). Scanning every character of a sentence
# with two dozen case-insensitive alternations is what would make this slow.
_DIGIT = "0"
_DIGITS = frozenset({_DIGIT})
_MONTH_CUES = frozenset(_MONTHS)
_WEEKDAY_CUES = frozenset(_WEEKDAYS)
_UNIT_CUES = frozenset(_UNITS) | {unit + "s" for unit in _UNITS} | {"centuries"}
_TODAY_CUES = _wordset("today tonight yesterday tomorrow night morning afternoon evening")


class _Rule(NamedTuple):
    pattern: re.Pattern[str]
    handler: _Handler
    cues: frozenset[str]
    reach: int  # how many words a match may start before its cue word


_BASE_RULES: tuple[_Rule, ...] = (
    _Rule(_RANGE_MDMD, _h_range_days, _MONTH_CUES, 4),
    _Rule(_RANGE_DMDM, _h_range_days, _MONTH_CUES, 8),
    _Rule(_RANGE_MDD, _h_range_days, _MONTH_CUES, 3),
    _Rule(_RANGE_DDM, _h_range_days, _MONTH_CUES, 9),
    _Rule(_RANGE_MONTHS, _h_range_months, _MONTH_CUES, 3),
    _Rule(_RANGE_YEARS, _h_range_years, _DIGITS, 2),
    _Rule(_RANGE_WEEKDAYS, _h_range_weekdays, _WEEKDAY_CUES, 1),
    _Rule(_DATE_ISO, _h_date_iso, _DIGITS, 1),
    _Rule(_DATE_MDY, _h_date, _MONTH_CUES, 2),
    _Rule(_DATE_DMY, _h_date, _MONTH_CUES, 5),
    _Rule(_MONTH_YEAR, _h_month_year, _MONTH_CUES, 2),
    _Rule(_DECADE, _h_decade, _DIGITS, 4),
    _Rule(_MONTH_ONLY, _h_month_only, _MONTH_CUES, 2),
    _Rule(_YEAR, _h_year, _DIGITS, 2),
    _Rule(_TODAY, _h_today, _TODAY_CUES, 3),
    _Rule(_WEEKDAY, _h_weekday, _WEEKDAY_CUES, 2),
    _Rule(_PERIOD, _h_period, frozenset({"week", "weekend", "month", "year"}), 5),
    _Rule(_END_OF, _h_end_of, frozenset({"end"}), 1),
    _Rule(_ROLLING, _h_rolling, frozenset({"past", "last", "next", "coming"}), 2),
    _Rule(_AGO, _h_ago, frozenset({"ago"}), 7),
    _Rule(_IN_N, _h_in_n, frozenset({"in", "within"}), 0),
    _Rule(_OPEN, _h_open, frozenset({"over", "more", "upwards", "least"}), 2),
    _Rule(_DURATION, _h_duration, _UNIT_CUES, 6),
    _Rule(_DURATION_ADJ, _h_duration_adj, _UNIT_CUES, 3),
)
_COMPOUND_RULES: tuple[tuple[re.Pattern[str], str, frozenset[str], int], ...] = (
    (
        _ANCHOR,
        "anchor",
        _wordset("eve before after ahead prior following wake aftermath up"),
        5,
    ),
    (_ANCHOR, "anchor", frozenset({"of"}), 3),  # "on the day of the vote"
    (_SINCE, "since", frozenset({"since"}), 7),
    (_ANNIVERSARY, "since", frozenset({"anniversary"}), 3),
)
_ALL_CUES = frozenset().union(
    *(rule.cues for rule in _BASE_RULES), *(rule[2] for rule in _COMPOUND_RULES)
)


def _by_cue(cue_sets: Iterable[frozenset[str]]) -> dict[str, tuple[int, ...]]:
    """Rule indices by cue word, in rule order: a sentence only tries the rules whose cues
    it contains (the others would find no candidate offsets)."""
    index: dict[str, list[int]] = {}
    for number, cues in enumerate(cue_sets):
        for cue in cues:
            index.setdefault(cue, []).append(number)
    return {cue: tuple(numbers) for cue, numbers in index.items()}


_BASE_BY_CUE = _by_cue(rule.cues for rule in _BASE_RULES)
_COMPOUND_BY_CUE = _by_cue(rule[2] for rule in _COMPOUND_RULES)
_TOKEN_SPLIT = re.compile(r"(['’]?)(\w+)")
_ASCII_DIGIT = re.compile("[0-9]")  # str.isdigit() of an ASCII character


class _Words(NamedTuple):
    starts: list[int]  # offset of each token
    where: dict[str, list[int]]  # cue word (or _DIGIT) -> indices of the tokens that are it
    hits: dict[int, list[int]]  # id(cue set) -> indices of its cue tokens, memoised

    def rules(self, by_cue: dict[str, tuple[int, ...]]) -> list[int]:
        """Indices of the rules (see _by_cue) with a cue word in the text, in rule order."""
        found: set[int] = set()
        for cue in self.where:
            found.update(by_cue.get(cue, ()))
        return sorted(found)

    def candidates(self, cues: frozenset[str], reach: int) -> list[int]:
        """Offsets where a rule with these cues may match."""
        hits = self.hits.get(id(cues))
        if hits is None:
            where = self.where
            found = [where[w] for w in cues.intersection(where)]
            hits = found[0] if len(found) == 1 else sorted(j for f in found for j in f)
            self.hits[id(cues)] = hits
        starts = self.starts
        if reach == 0:
            return [starts[j] for j in hits]
        # Hits ascend, so the windows [j - reach, j] come in order: join them without a set.
        offsets: list[int] = []
        following = 0  # first token index not yet given
        for j in hits:
            if j >= following:
                offsets += starts[max(following, j - reach) : j + 1]
                following = j + 1
        return offsets


def _words(text: str) -> _Words:
    # One C-level split gives the tokens (apostrophe apart) and, by the running sum of the
    # part lengths, their offsets; Python loops only over the few cue words.
    parts = _TOKEN_SPLIT.split(text)  # separator, apostrophe, word, separator, ...
    raw = parts[2::3]
    # Lower-case each token, not the text: lower() may change the length ("İ") and offsets.
    # Tokens hold no space, so joining, lowering and splitting again lowers each one.
    words = " ".join(raw).lower().split(" ") if raw else []
    where: dict[str, list[int]] = {}
    for cue in _ALL_CUES.intersection(words):
        # Counted first, so that finding the last one raises no ValueError (an exception
        # per cue word cost more than the C-level count).
        at = words.index(cue)
        found = where[cue] = [at]
        for _ in range(words.count(cue) - 1):
            at = words.index(cue, at + 1)
            found.append(at)
    # Most sentences have no digit at all; in ASCII text, one regex scan says so.
    if not text.isascii() or _ASCII_DIGIT.search(text) is not None:
        digits = list(compress(count(), map(str.isdigit, map(itemgetter(0), raw))))
        if digits:
            where[_DIGIT] = digits
    starts = list(accumulate(map(len, parts)))[:-1:3] if where else []
    return _Words(starts, where, {})


# ------------------------------------------------------------------------ compound rules


def _phrase(text: str, index: int) -> tuple[int, int] | None:
    """Span of the noun phrase starting at ``index``: up to punctuation or a clause word."""
    tokens: list[tuple[int, int, str]] = []
    position = index
    while len(tokens) < 10:
        match = _TOKEN.match(text, position)
        if match is None:
            break
        word = match.group(1)
        if not (word[0].isalnum() or word[0] in "'’") or word.lower() in _PHRASE_STOPS:
            break
        tokens.append((match.start(1), match.end(1), word.lower()))
        position = match.end()
    while tokens and tokens[-1][2] in _PHRASE_TRIM:
        tokens.pop()
    if not tokens:
        return None
    start, end = tokens[0][0], tokens[-1][1]
    if text[start:end].lower() in _NOT_EVENTS:
        return None  # "ahead of schedule", "ahead of them"
    return start, end


def _anchor_offset(m: re.Match[str]) -> int:
    if m["eve"]:
        return -1
    if m["unitw"]:
        sign = {"before": -1, "after": 1, "following": 1}.get(m["rel"].lower(), 0)
        return sign * (7 if m["unitw"].lower() == "week" else 1)
    if m["n"]:
        n = _number(m["n"]) or 0
        sign = 1 if m["rel2"].lower() in ("after", "following") else -1
        return sign * n * (7 if m["unit"].lower().startswith("week") else 1)
    return 0  # "ahead of", "shortly after", "in the wake of": the same day as far as known


def _compounds(ctx: _Ctx, base: list[TimeMention], words: _Words) -> list[TimeMention]:
    """Anchors and "N years since X"; absorbs the base mentions inside them."""
    found: list[tuple[int, int, int, re.Match[str], str]] = []  # start, end, trig end, m, kind
    for number in words.rules(_COMPOUND_BY_CUE):
        pattern, kind, cues, reach = _COMPOUND_RULES[number]
        for offset in words.candidates(cues, reach):
            m = pattern.match(ctx.text, offset)
            if m is None:
                continue
            span = _phrase(ctx.text, m.end())
            if span is not None:
                found.append((m.start(), span[1], m.end(), m, kind))
    if not found:
        return base
    # Leftmost first: "on the eve of X" wins over the "the eve of X" inside it.
    found.sort(key=lambda item: (item[0], -item[1]))
    kept: list[TimeMention] = []
    consumed: set[int] = set()
    last_end = -1
    for start, end, trigger_end, m, kind in found:
        if start < last_end:
            continue
        inside = [i for i, b in enumerate(base) if b.start < end and b.end > start]
        if any(base[i].start < start or base[i].end > end for i in inside):
            continue  # a time expression straddles the boundary: leave both alone
        if any(base[i].start < trigger_end and base[i].kind != "duration" for i in inside):
            continue  # "the day before yesterday" is a relative date, not an anchor
        # A date in the phrase ("ahead of Tuesday's vote") resolves the compound here and
        # now; without one, an anchor waits for another fact (when None).
        dated = [
            base[i].when
            for i in inside
            if base[i].start >= trigger_end and base[i].kind != "duration" and base[i].when
        ]
        inner = dated[0] if dated else None
        phrase = ctx.text[trigger_end:end].strip()
        expression = ctx.text[start:end]
        try:
            if kind == "anchor":
                offset = _anchor_offset(m)
                when = anchored(inner, offset, expression) if inner is not None else None
            else:
                offset = 0
                when = _since_when(ctx, m, expression, inner)
                if when is None:
                    continue
        except (ValueError, OverflowError):
            continue  # shifted beyond the calendar (year 0 or 10000)
        consumed.update(inside)
        last_end = end
        kept.append(TimeMention(start, end, expression, when, kind, phrase, offset))
    return [b for i, b in enumerate(base) if i not in consumed] + kept


def _since_when(ctx: _Ctx, m: re.Match[str], expression: str, inner: When | None) -> When | None:
    if "ord" in m.re.groupindex:
        ordinal = m["ord"].lower()
        n = int(ordinal[:-2]) if ordinal[0].isdigit() else _ORDINALS.get(ordinal)
        unit = "year"
    else:
        n = _number(m["n"])
        unit = _unit(m["unit"])
    if not n:
        return None
    duration = _iso_duration(n, unit)
    if inner is not None and inner.edtf is not None:
        return replace(inner, expression=expression, duration=duration)
    if ctx.published is None:
        return _unresolved(expression, duration)
    return _point_when(ctx.published, -n, unit, expression, duration)


# ------------------------------------------------------------------------------ wrappers


def _wrap(ctx: _Ctx, mentions: list[TimeMention]) -> list[TimeMention]:
    """Extend mentions after "by" (deadline), "before"/"until" (open end), "since" (open start)."""
    result: list[TimeMention] = []
    previous_end = 0
    for mention in mentions:
        wrapped = None
        if mention.kind in ("date", "range", "relative") and mention.when is not None:
            window_start = max(previous_end, mention.start - 40)
            prefix = _WRAPPER.search(ctx.text, window_start, mention.start)
            if prefix is not None:
                try:
                    wrapped = _wrapped(ctx, mention, prefix)
                except (ValueError, OverflowError):
                    wrapped = None  # "before 1 January 0001"
        result.append(wrapped or mention)
        previous_end = result[-1].end
    return result


def _wrapped(ctx: _Ctx, mention: TimeMention, prefix: re.Match[str]) -> TimeMention | None:
    assert mention.when is not None
    inner = mention.when
    word = _squash(prefix["w"])
    end_of = prefix["eo"] is not None
    kind = "deadline" if word in ("by", "no later than", "not later than") else "open"
    start = prefix.start()
    expression = ctx.text[start : mention.end]
    bound: str | None
    if inner.edtf is None:
        when = _unresolved(expression)
    elif kind == "deadline" and (end_of or _END_OF.match(mention.text)):
        # "by the end of 2021", "by the end of the month": some time in that period.
        when = _whole_period(ctx, mention, expression)
    elif word == "since":
        bound = inner.end if end_of else _edtf_start(inner)
        first = inner.end if end_of else inner.start
        if bound is None or first is None:
            return None
        published = ctx.published
        upper = _iso(published) if published and _iso(published) >= first else None
        when = When(
            edtf=f"{bound}/{upper or '..'}",
            best=first,
            precision=inner.precision,
            sort_key=first,
            expression=expression,
            derivation=inner.derivation,
            start=first,
            end=upper,
        )
    else:
        if word == "before" and not end_of:
            if inner.start is None:
                return None
            last: str | None = _iso(date.fromisoformat(inner.start) - timedelta(days=1))
            bound = last
        else:
            last = inner.end
            bound = _edtf_end(inner)
        if last is None or bound is None:
            return None
        when = When(
            edtf=f"../{bound}",
            best=last,
            precision=inner.precision,
            sort_key=last,
            expression=expression,
            derivation=inner.derivation,
            end=last,
        )
    return TimeMention(start, mention.end, expression, when, kind)


def _whole_period(ctx: _Ctx, mention: TimeMention, expression: str) -> When:
    """The period a deadline "by the end of ..." names: the year, month or week itself."""
    assert mention.when is not None
    end_of = _END_OF.match(mention.text)
    ref = ctx.published
    if end_of is None or ref is None:
        return replace(mention.when, expression=expression)
    unit = end_of["unit"].lower()
    if unit == "week":
        return _week_when(ref, expression, "relative")
    if unit == "month":
        return _month_when(ref.year, ref.month, expression, "relative")
    return _year_when(ref.year, expression, "relative")


# ---------------------------------------------------------------------------- public API


def find_times(text: str, published: date | None, *, future: bool = False) -> list[TimeMention]:
    """Every time expression in ``text``, left to right, non-overlapping.

    ``future`` says whether the sentence speaks of the future: it picks "next" over "last"
    for a bare weekday or month and makes "in two years" a point ahead, not a span.
    """
    words = _words(text)
    if not words.where:
        return []  # most sentences: nothing that any rule could start from
    ctx = _Ctx(text, published, future)
    candidates: list[_Cand] = []
    for priority in words.rules(_BASE_BY_CUE):
        rule = _BASE_RULES[priority]
        for offset in words.candidates(rule.cues, rule.reach):
            m = rule.pattern.match(text, offset)
            if m is None:
                continue
            try:
                mention = rule.handler(m, ctx)
            except (ValueError, OverflowError):
                continue  # an impossible date ("31 February") or one beyond the calendar
            if mention is not None:
                candidates.append(_Cand(mention, priority))
    # Longest first, then leftmost, then rule order; drop whatever overlaps a chosen one.
    candidates.sort(key=lambda c: (c.mention.start - c.mention.end, c.mention.start, c.priority))
    chosen: list[TimeMention] = []
    for candidate in candidates:
        mention = candidate.mention
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    chosen.sort(key=lambda mention: mention.start)
    mentions = _compounds(ctx, chosen, words)
    mentions.sort(key=lambda mention: mention.start)
    return _wrap(ctx, mentions)


# Endings stripped from an event noun to find its other forms ("the vote": "voted";
# "the election": "elected"; "the invasion": "invaded" is not reached, "invasion" is).
_EVENT_ENDINGS = ("ations", "ation", "ions", "ion", "ings", "ing", "ments", "ment", "es", "s", "e")
_EVENT_HEAD = re.compile(r"([A-Za-z][A-Za-z-]+)\W*$")


def _event_stem(phrase: str) -> str | None:
    head = _EVENT_HEAD.search(phrase)
    if head is None:
        return None
    word = head.group(1).lower()
    for ending in _EVENT_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word if len(word) >= 4 else None


def event_date(phrase: str, texts: Iterable[str], published: date | None) -> When | None:
    """The day of the event ``phrase`` names ("the vote", "the summit"), read off the first
    of ``texts`` (sentences, nearest first) that names it (any form of its head word) and
    gives exactly one day: "Parliament voted on 10 March" dates "two days before the vote".
    None when no sentence does: the date comes from the document or not at all."""
    stem = _event_stem(phrase)
    if stem is None:
        return None
    named = re.compile(rf"\b{re.escape(stem)}", re.IGNORECASE)
    for text in texts:
        if named.search(text) is None:
            continue
        days = [
            m
            for m in find_times(text, published)
            if m.kind in ("date", "relative")
            and m.when is not None
            and m.when.precision == "day"
            and m.when.best
        ]
        if len({m.when.best for m in days if m.when is not None}) == 1:
            return days[0].when
    return None


def document_when(published: date | None) -> When:
    """The publication day, for a fact whose sentence names no time."""
    if published is None:
        return When()
    day = _iso(published)
    return When(
        edtf=day,
        best=day,
        precision="day",
        sort_key=day,
        derivation="document",
        start=day,
        end=day,
    )


def pending_when(published: date | None) -> When:
    """On or after the publication day: an undated plan or expectation.

    The text gives no time, but a plan reported on a day is not carried out before it, so
    the interval is open after that day; ``best`` is the day itself.
    """
    if published is None:
        return When()
    day = _iso(published)
    return When(
        edtf=f"{day}/..",
        best=day,
        precision="day",
        sort_key=f"{day}~",
        derivation="document",
        start=day,
    )


def inherited(when: When) -> When:
    """The same interval, taken from the event a fact belongs to.

    An unresolved ``When`` stays ``unresolved``: there is nothing to inherit.
    """
    if when.edtf is None:
        return replace(when, derivation="unresolved")
    return replace(when, derivation="inherited")


def anchored(anchor: When, offset_days: int, expression: str) -> When:
    """``anchor``'s interval moved by ``offset_days``, keeping its precision."""
    if anchor.edtf is None:
        return _unresolved(expression)
    if offset_days == 0:
        return replace(anchor, expression=expression, derivation="anchored", duration=None)
    delta = timedelta(days=offset_days)

    def moved(value: str | None) -> date | None:
        return date.fromisoformat(value) + delta if value else None

    try:
        start, end, best = moved(anchor.start), moved(anchor.end), moved(anchor.best)
    except (ValueError, OverflowError):
        return _unresolved(expression)  # moved off the calendar
    if start is not None and end is not None:
        if start == end:
            return _day_when(start, expression, "anchored")
        return _interval(start, end, anchor.precision or "day", expression, "anchored")
    if best is None:
        return _unresolved(expression)
    edtf = f"../{_iso(end)}" if end is not None else f"{_iso(start or best)}/.."
    return When(
        edtf=edtf,
        best=_iso(best),
        precision=anchor.precision,
        sort_key=_iso(best),
        expression=expression,
        derivation="anchored",
        start=_iso(start) if start else None,
        end=_iso(end) if end else None,
    )


def combine(when: When, duration: str | None) -> When:
    """Attach an ISO 8601 duration; a single start date also gets its interval end.

    The end is the last day covered: 90 days from 3 September is 3 September to 1 December;
    hours and minutes count as whole days begun (26 hours from one day end on the next).
    """
    if duration is None:
        return when
    attached = replace(when, duration=duration)
    match = _DURATION_ISO.match(duration)
    if (
        match is None
        or duration == "P"
        or when.edtf is None
        or "/" in when.edtf
        or when.start is None
    ):
        return attached
    years, months, weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    start = date.fromisoformat(when.start)
    try:
        after = _add_months(start, 12 * years + months) + timedelta(
            weeks=weeks,
            days=days + math.ceil((hours * 3600 + minutes * 60 + seconds) / 86400),
        )
    except (ValueError, OverflowError):
        return attached
    end = max(start, after - timedelta(days=1))
    precision = when.precision or "day"
    start_text = when.edtf if precision in ("day", "month", "year") else when.start
    if precision == "year" and (end.month, end.day) == (12, 31):
        end_text = f"{end.year:04d}"
    elif precision in ("month", "year") and end.day == _month_length(end.year, end.month):
        end_text = f"{end.year:04d}-{end.month:02d}"
    else:
        end_text = _iso(end)
    if start_text == end_text:
        return replace(attached, end=_iso(end))
    return replace(attached, edtf=f"{start_text}/{end_text}", end=_iso(end))


def overlaps(a: When, b: When) -> bool:
    """Whether two resolved intervals share a day; False if either is unresolved."""
    first, second = _bounds(a), _bounds(b)
    if first is None or second is None:
        return False
    return first[0] <= second[1] and second[0] <= first[1]


def _bounds(when: When) -> tuple[date, date] | None:
    if when.edtf is None:
        return None
    start = when.start or (None if when.edtf.startswith("..") else when.best)
    end = when.end or (None if when.edtf.endswith("..") else when.best)
    if start is None and end is None:
        return None
    return (
        date.fromisoformat(start) if start else date.min,
        date.fromisoformat(end) if end else date.max,
    )

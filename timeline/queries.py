"""Reading the timeline's query inputs, the same way for the HTTP API and the CLI.

Each reader takes text as a person or a URL gives it and returns the value the views
take, or raises ``ValueError`` with a message fit to show in one line. Numbers and
dates are plain ASCII digits only: ``str.isdigit``, ``int`` and ``re``'s ``\\d`` also
accept other scripts' digits (``２０１９``, ``٢٠١٩``), which no client means to send.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime

MAX_SEARCH_WORDS = 16
"""The most distinct words a search (``q``) may hold; more is refused, never cut."""

_PERIOD = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?", re.ASCII)
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script; "_" separates words

PERIOD_FORMAT = "YYYY, YYYY-MM or YYYY-MM-DD"
BOOLEAN_WORDS = ("true", "false")
"""The only booleans: these words, in any letter case (``True``, ``FALSE``)."""


def is_digits(text: str) -> bool:
    """True for a non-empty run of ASCII digits (no sign, space, ``_`` or other script)."""
    return _DIGITS.fullmatch(text) is not None


def boolean(text: str) -> bool:
    """``true`` or ``false`` in any letter case; ValueError for anything else.

    Not ``1``, ``yes``, ``on``, ``y`` or ``t`` (pydantic's lax booleans): a flag is the word.
    Any case, because clients write Python's ``str(True)``; ASCII letters only.
    """
    word = text.lower() if text.isascii() else text
    if word not in BOOLEAN_WORDS:
        raise ValueError("must be true or false (in any letter case)")
    return word == "true"


def period_day(text: str, *, last: bool) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as an ISO day: the period's first or last day.

    A month or day of ``00`` is not a date (it used to widen the range silently).
    """
    if _PERIOD.fullmatch(text) is None:
        raise ValueError(f"{text!r} is not a date: use {PERIOD_FORMAT}")
    parts = [int(p) for p in text.split("-")]
    try:
        if 0 in parts[1:]:
            raise ValueError
        year, month, day = parts + [0] * (3 - len(parts))
        if len(parts) < 2:
            month = 12 if last else 1
        if len(parts) < 3:
            day = calendar.monthrange(year, month)[1] if last else 1
        return date(year, month, day).isoformat()
    except (ValueError, calendar.IllegalMonthError):
        raise ValueError(f"{text!r} is not a calendar date") from None


class PeriodError(ValueError):
    """A bad ``from`` or ``to``: ``name`` says which."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name


def period(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """The ISO days a ``from``/``to`` pair covers; ValueError naming ``from`` or ``to``."""
    first = last = None
    if date_from is not None:
        try:
            first = period_day(date_from, last=False)
        except ValueError as exc:
            raise PeriodError("from", str(exc)) from None
    if date_to is not None:
        try:
            last = period_day(date_to, last=True)
        except ValueError as exc:
            raise PeriodError("to", str(exc)) from None
    if first and last and first > last:
        raise PeriodError("from", f"from ({date_from}) is after to ({date_to})")
    return first, last


def fold(text: str) -> str:
    """Text as it is searched: case-folded, accents removed (``Inácio`` -> ``inacio``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_words(q: str) -> tuple[str, ...]:
    """The distinct words of a search, folded; ValueError for none or too many.

    A word is a run of letters or digits: punctuation, ``%`` and ``_`` only separate words.
    """
    words = tuple(dict.fromkeys(_WORD.findall(fold(q))))
    if not words:
        raise ValueError("must hold at least one word (letters or digits)")
    if len(words) > MAX_SEARCH_WORDS:
        raise ValueError(
            f"holds {len(words)} distinct words; at most {MAX_SEARCH_WORDS} are searched for"
        )
    return words


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its wildcards escaped (``ESCAPE '!'``)."""
    escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_")
    return f"%{escaped}%"


LIKE_ESCAPE = "ESCAPE '!'"
"""The escape clause of :func:`like_pattern`'s patterns (the same on SQLite and PostgreSQL)."""


def parse_time(text: str) -> datetime:
    """An ISO 8601 date-time with a timezone (``T``/``Z`` in either case); ValueError if not."""
    try:
        if not text.isascii():  # fromisoformat reads other scripts' digits too
            raise ValueError
        moment = datetime.fromisoformat(text.upper())
    except ValueError:
        raise ValueError(
            "must be a log position (an integer >= 0) or an ISO 8601 date-time with a timezone"
        ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the date-time needs a timezone (e.g. Z or +02:00)")
    return moment

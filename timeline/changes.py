"""The new values of a correction, checked and normalised before any event is created.

Pure (no I/O, no clock, nothing of the web): ``Fact.correct`` runs every value through
:func:`normalised`, so the command line, the HTTP API and any other caller of the domain
get the same rules, and a stored correction always has the shape the projection and the
API read. A value that breaks a rule raises :class:`ChangeError` naming the field (a path:
``when.start``, ``actors.0.name``) and the problem; the domain turns it into its own error.

The rules, field by field:

* ``modality``: one of :data:`timeline.values.MODALITIES`.
* ``actors``: a list of ``{id, name, role}`` (``role`` defaults to ``participant``); for a
  fact of a known type (``fact_type``), each role is one of that type's roles
  (:data:`timeline.ontology.FACT_TYPES`): ``imposer`` is no role of a MeetingHeld;
  ``attribution``: one such actor or null (the source, not an actor of the event: its
  role is not the type's); ``location``: ``{id, name}`` or null.
* ``quantities``: a list of ``{value, unit, text, kind}`` with a finite number as value.
* ``summary``: text that is not empty; ``extra``: a JSON object.
* ``when``: see :func:`when`. A string is read as an EDTF expression.
* With every change: a ``reason`` that is not empty, and who records it (``recorded_by``,
  :func:`principal`): one line with no control characters. Retractions and ingestion
  ask the same of their reason and recorder.
* Everywhere: text is valid Unicode without NUL characters (PostgreSQL text cannot hold
  NUL), numbers are finite.
"""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Any, get_args

from edtf import parse_edtf

from timeline.ontology import FACT_TYPES
from timeline.values import MODALITIES, PRECISIONS, Derivation, When

Path = tuple[str | int, ...]

DERIVATIONS: tuple[str, ...] = get_args(Derivation)
UNDATED_SORT_KEY = "9999"
"""The sort key of a fact without a date: after every dated one."""

WHEN_KEYS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(When))
"""The keys of a fact's ``when``, in the order they are stored."""

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SORT_KEY = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?~?")
_DURATION = re.compile(r"P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?", re.ASCII)
_PRECISION_RANK = {name: rank for rank, name in enumerate(PRECISIONS)}
_MAX_DEPTH = 32
DEFAULT_ROLE = "participant"
"""The role of an actor a correction gives none (a role of some types only)."""


class ChangeError(ValueError):
    """A new value a correction may not store: ``path`` names it, ``problem`` says why."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{dotted(path)}: {problem}")


def dotted(path: Path) -> str:
    return ".".join(str(part) for part in path)


def normalised(values: Mapping[str, Any], fact_type: str | None = None) -> dict[str, Any]:
    """Every new value checked and in the shape it is stored in; the first bad one raises.

    With ``fact_type`` (the corrected fact's type), the actors' roles must be its roles.
    """
    result: dict[str, Any] = {}
    for name, value in values.items():
        result[name] = normalised_value(name, value)
    if fact_type is not None and "actors" in result:
        roles(fact_type, result["actors"])
    return result


def normalised_value(name: str, value: Any) -> Any:
    """One field's new value, checked and normalised."""
    check = NORMALISERS.get(name)
    if check is None:
        raise ChangeError((name,), f"not a field a correction may change ({', '.join(FIELDS)})")
    return check(value, (name,))


# Fields


def modality(value: Any, path: Path) -> str:
    if not isinstance(value, str) or value not in MODALITIES:
        raise ChangeError(path, f"{value!r} is not a modality: use {', '.join(MODALITIES)}")
    return value


def actors(value: Any, path: Path) -> list[dict[str, str]]:
    items = _list(value, path, "a list of actors, each {id, name, role}", 100)
    return [actor(item, (*path, i)) for i, item in enumerate(items)]


def actor(value: Any, path: Path) -> dict[str, str]:
    fields = _object(value, path, "an actor {id, name, role}", ("id", "name", "role"))
    return {
        "id": _text(fields.get("id"), (*path, "id"), max_length=200, required=True),
        "name": _text(fields.get("name"), (*path, "name"), max_length=500, required=True),
        "role": _text(fields.get("role", DEFAULT_ROLE), (*path, "role"), 100, required=True),
    }


def roles(fact_type: str, actors: list[dict[str, str]], path: Path = ("actors",)) -> None:
    """Each actor's role (of ``actors``, normalised) is one of ``fact_type``'s."""
    known = FACT_TYPES.get(fact_type)
    if known is None:
        raise ChangeError(path, f"{fact_type!r} is not a fact type: its roles are unknown")
    for i, item in enumerate(actors):
        role = item["role"]
        if role not in known.roles:
            given = " (the role of an actor given none)" if role == DEFAULT_ROLE else ""
            raise ChangeError(
                (*path, i, "role"),
                f"{role!r}{given} is not a role of {fact_type}: use {', '.join(known.roles)}",
            )


def optional_actor(value: Any, path: Path) -> dict[str, str] | None:
    return None if value is None else actor(value, path)


def place(value: Any, path: Path) -> dict[str, str] | None:
    if value is None:
        return None
    fields = _object(value, path, "a place {id, name}, or null", ("id", "name"))
    return {
        "id": _text(fields.get("id"), (*path, "id"), max_length=200, required=True),
        "name": _text(fields.get("name"), (*path, "name"), max_length=500, required=True),
    }


def quantities(value: Any, path: Path) -> list[dict[str, Any]]:
    items = _list(value, path, "a list of quantities, each {value, unit, text, kind}", 100)
    return [quantity(item, (*path, i)) for i, item in enumerate(items)]


def quantity(value: Any, path: Path) -> dict[str, Any]:
    shape = "a quantity {value, unit, text, kind}"
    fields = _object(value, path, shape, ("value", "unit", "text", "kind"))
    number = fields.get("value")
    if isinstance(number, bool) or not isinstance(number, int | float):
        raise ChangeError((*path, "value"), "must be a number")
    if not math.isfinite(number):
        raise ChangeError((*path, "value"), "must be a finite number")
    return {
        "value": float(number),
        "unit": _text(fields.get("unit"), (*path, "unit"), max_length=50, required=True),
        "text": _text(fields.get("text"), (*path, "text"), max_length=500),
        "kind": _text(fields.get("kind", "count"), (*path, "kind"), 50, required=True),
    }


def reason(value: Any, path: Path = ("reason",)) -> str:
    """Why a fact is corrected: text that is not empty."""
    return _text(value, path, max_length=2000, required=True)


def summary(value: Any, path: Path) -> str:
    """What the fact says in one line: timelines list it, so it is never empty."""
    return _text(value, path, max_length=2000, required=True)


def principal(value: Any, path: Path = ("recorded_by",)) -> str:
    """Who records a change: a name on one line (histories print it as text, so a line
    break or other control character would let it forge lines of its own)."""
    text = _text(value, path, max_length=200, required=True)
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise ChangeError(path, "must be one line of text, with no control characters")
    return text


def extra(value: Any, path: Path) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise ChangeError(path, "must be a JSON object")
    result: dict[str, Any] = _json(value, path, 0)
    return result


def when(value: Any, path: Path = ("when",)) -> dict[str, Any]:
    """When the fact happened, with every part the EDTF expression implies filled in.

    ``value`` is an object with the keys of :data:`WHEN_KEYS` (a key left out or null is
    derived), or a string: an EDTF expression. An EDTF date or interval (``2019-01-20``,
    ``2019-01``, ``2019``, ``199X``, ``2019-01-01/2019-01-07``, ``../2019-05-14``) gives:

    * ``start``/``end``: its first and last day (none on an open or unknown side); days
      given must be those;
    * ``best``: ``start`` (or ``end`` when only that is known); a day given must lie
      between them;
    * ``precision``: the unit the expression names (a day, month, year or decade; for an
      interval the coarser end's); one given may be coarser than an interval's ends, not
      finer, and for a single date must be its unit;
    * ``sort_key``: ``best``; one given (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, optionally
      followed by ``~``) must name a period that meets the fact's dates;
    * ``derivation``: ``explicit``.

    Without an EDTF expression, ``start`` and/or ``end`` give one; ``best`` alone does not
    (it would place the fact in no date range). Without any date the fact is undated:
    sort key ``9999``, derivation ``unresolved``, no precision.
    """
    if isinstance(value, str):
        value = {"edtf": value}
    given = _object(
        value, path, "an EDTF string or an object {edtf, best, precision, ...}", WHEN_KEYS
    )
    edtf = _optional_text(given.get("edtf"), (*path, "edtf"), 100)
    best = _optional_day(given.get("best"), (*path, "best"))
    start = _optional_day(given.get("start"), (*path, "start"))
    end = _optional_day(given.get("end"), (*path, "end"))
    precision = given.get("precision")
    if precision is not None and (not isinstance(precision, str) or precision not in PRECISIONS):
        raise ChangeError(
            (*path, "precision"), f"{precision!r} is not a precision: use {', '.join(PRECISIONS)}"
        )
    sort_key = _optional_text(given.get("sort_key"), (*path, "sort_key"), 11)
    duration = _optional_text(given.get("duration"), (*path, "duration"), 50)
    if duration is not None and (not _DURATION.fullmatch(duration) or duration.rstrip("T") == "P"):
        raise ChangeError((*path, "duration"), f"{duration!r} is not an ISO 8601 duration (P3D)")
    expression = _optional_text(given.get("expression"), (*path, "expression"), 1000)
    derivation = given.get("derivation")
    if derivation is not None and (
        not isinstance(derivation, str) or derivation not in DERIVATIONS
    ):
        raise ChangeError(
            (*path, "derivation"),
            f"{derivation!r} is not a derivation: use {', '.join(DERIVATIONS)}",
        )

    if edtf is None and start is None and end is None:
        if best is not None:
            raise ChangeError(
                (*path, "edtf"),
                "a date needs an EDTF expression (or start and end): best alone places "
                "the fact in no date range",
            )
        return _undated(path, precision, sort_key, duration, expression, derivation)

    if edtf is None:
        if start is not None and end is not None and start > end:
            raise ChangeError((*path, "start"), f"{start} is after end ({end})")
        edtf = edtf_of(_day(start), _day(end))
    first, last, unit, single = edtf_bounds(edtf, (*path, "edtf"))
    for name, day, bound in (("start", start, first), ("end", end, last)):
        if day is not None and day != _iso(bound):
            implied = f"is {_iso(bound)}" if bound is not None else "is open or unknown"
            raise ChangeError(
                (*path, name), f"{day} does not match edtf {edtf!r}: its {name} {implied}"
            )
    start, end = _iso(first), _iso(last)
    if best is None:
        best = start or end
    elif (start and best < start) or (end and best > end):
        raise ChangeError((*path, "best"), f"{best} is outside {start or '..'}/{end or '..'}")
    if precision is None:
        if unit is None:
            raise ChangeError(
                (*path, "precision"),
                f"cannot be derived from edtf {edtf!r}: give one of {', '.join(PRECISIONS)}",
            )
        precision = unit
    elif unit is not None and (
        precision != unit if single else _PRECISION_RANK[precision] < _PRECISION_RANK[unit]
    ):
        relation = "" if single else " or coarser"
        raise ChangeError(
            (*path, "precision"), f"{precision!r} does not fit edtf {edtf!r} (a {unit}{relation})"
        )
    if sort_key is None:
        sort_key = best
    else:
        _check_sort_key(sort_key, first, last, (*path, "sort_key"))
    if derivation is None:
        derivation = "explicit"
    elif derivation == "unresolved":
        raise ChangeError((*path, "derivation"), "'unresolved' is for a when without a date")
    return dict(
        zip(
            WHEN_KEYS,
            (edtf, best, precision, sort_key, duration, expression, derivation, start, end),
            strict=True,
        )
    )


def edtf_bounds(
    expression: str, path: Path = ("edtf",)
) -> tuple[date | None, date | None, str | None, bool]:
    """The first and last day of an EDTF date or interval (None: open or unknown), the unit
    it is given in (``day``...``decade``, None when it is no whole one of them), and whether
    it is a single date rather than an interval."""
    try:
        parsed = parse_edtf(expression)
    except Exception:  # the parser raises pyparsing's errors and its own
        raise ChangeError(path, f"{expression!r} is not an EDTF date or interval") from None
    if "/" not in expression:
        first, last = _bound(parsed, expression, path)
        return first, last, unit_of(first, last), True
    starts, ends = expression.split("/", 1)
    sides: list[tuple[date | None, date | None]] = []
    for side in (starts, ends):
        if side in ("", ".."):
            sides.append((None, None))
            continue
        try:
            sides.append(_bound(parse_edtf(side), expression, path))
        except ChangeError:
            raise
        except Exception:
            raise ChangeError(path, f"{expression!r} is not an EDTF date or interval") from None
    low, high = sides[0][0], sides[1][1]
    if low is not None and high is not None and low > high:
        raise ChangeError(path, f"{expression!r} ends before it starts")
    units = [unit_of(*side) for side in sides if side[0] is not None]
    known = [u for u in units if u is not None]
    unit = (
        max(known, key=_PRECISION_RANK.__getitem__) if known and len(known) == len(units) else None
    )
    return low, high, unit, False


def edtf_of(start: date | None, end: date | None) -> str:
    """The EDTF expression of the days from ``start`` to ``end`` (None: open), as short as
    the unit they span allows (``2019``, ``2019-01``, ``201X``)."""
    if start is None or end is None:
        return f"{_iso(start) or '..'}/{_iso(end) or '..'}"
    unit = unit_of(start, end)
    if unit == "decade":
        return f"{start.year // 10:03d}X"
    if unit == "year":
        return f"{start.year:04d}"
    if unit == "month":
        return f"{start.year:04d}-{start.month:02d}"
    if unit == "day":
        return start.isoformat()
    return f"{start.isoformat()}/{end.isoformat()}"


def unit_of(first: date | None, last: date | None) -> str | None:
    """The unit the days from ``first`` to ``last`` are exactly one of, if any."""
    if first is None or last is None:
        return None
    if first == last:
        return "day"
    if first.day == 1 and last == _month_end(first):
        return "month"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        if first.year == last.year:
            return "year"
        if first.year % 10 == 0 and last.year == first.year + 9:
            return "decade"
    return None


# Helpers


def _undated(
    path: Path,
    precision: str | None,
    sort_key: str | None,
    duration: str | None,
    expression: str | None,
    derivation: str | None,
) -> dict[str, Any]:
    if precision is not None:
        raise ChangeError((*path, "precision"), "a when without a date has no precision")
    if sort_key not in (None, UNDATED_SORT_KEY):
        raise ChangeError(
            (*path, "sort_key"), f"a when without a date sorts last ({UNDATED_SORT_KEY})"
        )
    if derivation not in (None, "unresolved"):
        raise ChangeError((*path, "derivation"), "a when without a date is 'unresolved'")
    values = (None, None, None, UNDATED_SORT_KEY, duration, expression, "unresolved", None, None)
    return dict(zip(WHEN_KEYS, values, strict=True))


def _bound(parsed: Any, expression: str, path: Path) -> tuple[date, date]:
    try:
        low, high = parsed.lower_strict(), parsed.upper_strict()
        first = date(low.tm_year, low.tm_mon, low.tm_mday)
        last = date(high.tm_year, high.tm_mon, high.tm_mday)
    except (AttributeError, TypeError, ValueError, OverflowError):
        raise ChangeError(path, f"{expression!r} names no days in the years 1 to 9999") from None
    return first, last


def _check_sort_key(key: str, first: date | None, last: date | None, path: Path) -> None:
    match = _SORT_KEY.fullmatch(key)
    if match is None:
        raise ChangeError(path, f"{key!r} is not a sort key (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        low = date(year or 0, month or 1, day or 1)
        if day is not None:
            high = low
        elif month is not None:
            high = _month_end(low)
        else:
            high = date(low.year, 12, 31)
    except ValueError:
        raise ChangeError(path, f"{key!r} names no calendar date") from None
    if (last is not None and low > last) or (first is not None and high < first):
        span = f"{_iso(first) or '..'}/{_iso(last) or '..'}"
        raise ChangeError(path, f"{key!r} is outside the fact's dates ({span})")


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _optional_day(value: Any, path: Path) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        raise ChangeError(path, f"{value!r} is not a day (YYYY-MM-DD)")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ChangeError(path, f"{value!r} is not a calendar date") from None
    return value


def _optional_text(value: Any, path: Path, max_length: int) -> str | None:
    return None if value is None else _text(value, path, max_length)


def _text(value: Any, path: Path, max_length: int, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise ChangeError(path, "must be text" if value is not None else "must be text, not null")
    _storable_text(value, path)
    if required and not value.strip():
        raise ChangeError(path, "must not be empty")
    if len(value) > max_length:
        raise ChangeError(path, f"must be at most {max_length} characters")
    return value


def _storable_text(value: str, path: Path) -> None:
    if "\x00" in value:
        raise ChangeError(path, "must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ChangeError(path, "must be valid Unicode (no lone surrogates)") from None


def _list(value: Any, path: Path, shape: str, max_items: int) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise ChangeError(path, f"must be {shape}")
    if len(value) > max_items:
        raise ChangeError(path, f"must have at most {max_items} items")
    return list(value)


def _object(value: Any, path: Path, shape: str, keys: tuple[str, ...]) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ChangeError(path, f"must be {shape}")
    for key in value:
        if key not in keys:
            raise ChangeError((*path, str(key)), f"unknown key: use {', '.join(keys)}")
    return value


def _json(value: Any, path: Path, depth: int) -> Any:
    if depth > _MAX_DEPTH:
        raise ChangeError(path, f"nested deeper than {_MAX_DEPTH} levels")
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ChangeError(path, "numbers must be finite")
        return value
    if isinstance(value, str):
        _storable_text(value, path)
        return value
    if isinstance(value, Mapping):
        result: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ChangeError(path, f"key {key!r} must be text")
            _storable_text(key, (*path, key))
            result[key] = _json(item, (*path, key), depth + 1)
        return result
    if isinstance(value, list | tuple):
        return [_json(item, (*path, i), depth + 1) for i, item in enumerate(value)]
    raise ChangeError(path, f"{type(value).__name__} is not a JSON value")


NORMALISERS: dict[str, Callable[[Any, Path], Any]] = {
    "modality": modality,
    "actors": actors,
    "location": place,
    "when": when,
    "quantities": quantities,
    "attribution": optional_actor,
    "summary": summary,
    "extra": extra,
}
"""How each correctable field is checked (the same names as ``timeline.domain.FACT_FIELDS``)."""

FIELDS: tuple[str, ...] = tuple(NORMALISERS)

"""Scoring extracted facts against gold annotations (``tests/gold/*.jsonl``).

Pure: :func:`evaluate` takes the gold facts and the predicted facts as plain
mappings (the JSON shape of the gold files; predictions may carry extra keys)
and returns a :class:`Report`; :func:`format_report` renders it as a table.
Nothing here reads files.

Matching
    Facts are compared within a document. A predicted fact can match a gold
    fact when the types are equal and their evidence overlaps: at least one
    character of the body lies both in a gold evidence span and in a predicted
    one. Candidate pairs are taken greedily, largest overlap first (ties: the
    earlier gold fact, then the earlier prediction), each fact at most once, so
    a duplicate prediction of an already matched fact is a false positive.
    Fact precision = matched / predicted, recall = matched / gold.

Attribute scores, over the matched pairs only
    actors      the sets of actor names, normalised (case, accents, punctuation,
                a leading "the"), matched one to one; two actors match when their
                ids are equal and non-empty, their names (or a gold alias) are
                equal, or the last tokens of their names are equal ("Biden" vs
                "Joe Biden"). Micro-averaged over all pairs. ``roles_correct``
                counts matched actors whose role is also equal.
    dates       ``dates_total`` = pairs whose gold ``when.best`` is not null;
                ``dates_correct`` = those whose predicted ``when.best`` is the same
                ISO date; ``dates_in_range`` = those whose predicted date falls in
                the gold ``when.edtf`` interval (a lenient view for week, month
                and year precision).
    modality    ``modality_correct`` / ``modality_total`` (= matched pairs).
    quantities  matched one to one by unit (normalised: "m3" = "m^3", "$" = "USD",
                plural "s" dropped) and value within 1 % of the gold value.
    location    by normalised name (or a gold alias, or equal non-empty ids); a
                predicted location that does not match is a false positive, a gold
                location not matched a false negative.
    evidence    ``evidence_overlap_mean`` = mean character IoU between the union
                of gold spans and the union of predicted spans.

Empty denominators: a precision (recall) with nothing predicted (nothing to find)
is 1.0 when the other side is empty too, else 0.0; F1 is 0.0 when P + R = 0.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath
from typing import Any

__all__ = [
    "Match",
    "Report",
    "Scores",
    "evaluate",
    "format_report",
    "normalise_name",
    "normalise_unit",
    "parse_jsonl",
]

QUANTITY_TOLERANCE = 0.01


@dataclass
class Scores:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def add(self, other: Scores) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class Match:
    """A matched pair: indices into the ``gold`` and ``predicted`` sequences."""

    document: str
    type: str
    gold: int
    predicted: int
    overlap: int  # characters shared by the two evidence unions


@dataclass
class Report:
    facts: Scores
    by_type: dict[str, Scores]
    by_document: dict[str, Scores]
    actors: Scores
    roles_correct: int
    dates_correct: int
    dates_in_range: int
    dates_total: int
    modality_correct: int
    modality_total: int
    quantities: Scores
    location: Scores
    evidence_overlap_mean: float
    matches: list[Match] = field(default_factory=list)
    false_positives: list[int] = field(default_factory=list)  # indices into ``predicted``
    false_negatives: list[int] = field(default_factory=list)  # indices into ``gold``

    @property
    def date_accuracy(self) -> float:
        return self.dates_correct / self.dates_total if self.dates_total else 0.0

    @property
    def date_range_accuracy(self) -> float:
        return self.dates_in_range / self.dates_total if self.dates_total else 0.0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_correct / self.modality_total if self.modality_total else 0.0

    @property
    def role_accuracy(self) -> float:
        return self.roles_correct / self.actors.tp if self.actors.tp else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "facts": self.facts.as_dict(),
            "by_type": {name: s.as_dict() for name, s in sorted(self.by_type.items())},
            "by_document": {name: s.as_dict() for name, s in sorted(self.by_document.items())},
            "actors": self.actors.as_dict(),
            "roles_correct": self.roles_correct,
            "dates_correct": self.dates_correct,
            "dates_in_range": self.dates_in_range,
            "dates_total": self.dates_total,
            "date_accuracy": self.date_accuracy,
            "modality_correct": self.modality_correct,
            "modality_total": self.modality_total,
            "modality_accuracy": self.modality_accuracy,
            "quantities": self.quantities.as_dict(),
            "location": self.location.as_dict(),
            "evidence_overlap_mean": self.evidence_overlap_mean,
            "false_positives": list(self.false_positives),
            "false_negatives": list(self.false_negatives),
        }


# --------------------------------------------------------------------------- helpers


def parse_jsonl(text: str) -> list[dict[str, Any]]:
    """Parse JSON Lines text (blank lines skipped) into a list of objects."""
    out: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        value = json.loads(line)
        if not isinstance(value, dict):
            raise ValueError(f"line {number}: not a JSON object")
        out.append(value)
    return out


def normalise_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name; drops a leading "the"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("’", "'").replace("'s ", " ")
    text = re.sub(r"[^\w]+", " ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


_UNIT_SYNONYMS = {
    "m3": "m^3",
    "m³": "m^3",
    "cubic meter": "m^3",
    "cubic metre": "m^3",
    "$": "usd",
    "us$": "usd",
    "dollar": "usd",
    "€": "eur",
    "euro": "eur",
    "%": "percent",
    "per cent": "percent",
    "pct": "percent",
}


def normalise_unit(unit: str) -> str:
    text = unicodedata.normalize("NFKC", unit).strip().casefold()
    text = text.replace("³", "^3")
    if text in _UNIT_SYNONYMS:
        return _UNIT_SYNONYMS[text]
    if len(text) > 3 and text.endswith("s") and text.isalpha():
        text = text[:-1]
    return _UNIT_SYNONYMS.get(text, text)


def _document_key(name: Any) -> str:
    text = str(name or "").replace("\\", "/")
    base = PurePosixPath(text).name
    for suffix in (".txt", ".jsonl"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    return base


def _spans(fact: Mapping[str, Any]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    evidence = fact.get("evidence") or ()
    if isinstance(evidence, Mapping):
        evidence = (evidence,)
    for item in evidence:
        if not isinstance(item, Mapping):
            continue
        start, end = item.get("start"), item.get("end")
        if isinstance(start, int) and isinstance(end, int) and end > start:
            spans.append((start, end))
    return spans


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _length(spans: Sequence[tuple[int, int]]) -> int:
    return sum(end - start for start, end in spans)


def _intersection(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    total = 0
    for a_start, a_end in a:
        for b_start, b_end in b:
            total += max(0, min(a_end, b_end) - max(a_start, b_start))
    return total


def _names(entity: Mapping[str, Any]) -> list[str]:
    """The normalised name of an actor or location, then its normalised aliases."""
    names = [normalise_name(str(entity.get("name") or ""))]
    aliases = entity.get("aliases") or ()
    if isinstance(aliases, str):
        aliases = (aliases,)
    names.extend(normalise_name(str(alias)) for alias in aliases)
    return [n for n in names if n]


def _same_id(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    a_id, b_id = str(a.get("id") or ""), str(b.get("id") or "")
    return bool(a_id) and a_id == b_id


def _last_token(name: str) -> str:
    parts = name.split()
    return parts[-1] if parts else ""


def _actor_match(gold: Mapping[str, Any], predicted: Mapping[str, Any], loose: bool) -> bool:
    if _same_id(gold, predicted):
        return True
    gold_names = _names(gold)
    predicted_names = _names(predicted)
    if not gold_names or not predicted_names:
        return False
    if set(gold_names) & set(predicted_names):
        return True
    if not loose:
        return False
    predicted_last = {_last_token(n) for n in predicted_names}
    return any(_last_token(n) in predicted_last for n in gold_names)


def _actor_list(fact: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The fact's actors, deduplicated by normalised name (the set of actors)."""
    seen: set[str] = set()
    actors: list[Mapping[str, Any]] = []
    for actor in fact.get("actors") or ():
        if not isinstance(actor, Mapping):
            continue
        names = _names(actor)
        key = names[0] if names else str(actor.get("id") or "")
        if not key or key in seen:
            continue
        seen.add(key)
        actors.append(actor)
    return actors


def _score_actors(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> tuple[Scores, int]:
    gold_actors, predicted_actors = _actor_list(gold), _actor_list(predicted)
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    # Exact matches (id, name, alias) first, then surname matches, each actor once.
    for loose in (False, True):
        for g_index, g in enumerate(gold_actors):
            if any(g_index == pair[0] for pair in pairs):
                continue
            for p_index, p in enumerate(predicted_actors):
                if p_index not in used and _actor_match(g, p, loose):
                    used.add(p_index)
                    pairs.append((g_index, p_index))
                    break
    roles = sum(
        1
        for g_index, p_index in pairs
        if str(gold_actors[g_index].get("role") or "")
        == str(predicted_actors[p_index].get("role") or "")
    )
    tp = len(pairs)
    return Scores(tp, len(predicted_actors) - tp, len(gold_actors) - tp), roles


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value))
    except (TypeError, ValueError):
        return None


def _quantity_list(fact: Mapping[str, Any]) -> list[tuple[float, str]]:
    out: list[tuple[float, str]] = []
    for quantity in fact.get("quantities") or ():
        if not isinstance(quantity, Mapping):
            continue
        value = _number(quantity.get("value"))
        if value is not None:
            out.append((value, normalise_unit(str(quantity.get("unit") or ""))))
    return out


def _close(gold: float, predicted: float) -> bool:
    """Within 1 % of the gold value."""
    if gold == predicted:
        return True
    return abs(gold - predicted) <= QUANTITY_TOLERANCE * abs(gold)


def _score_quantities(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> Scores:
    gold_q, predicted_q = _quantity_list(gold), _quantity_list(predicted)
    used: set[int] = set()
    tp = 0
    for g_value, g_unit in gold_q:
        for index, (p_value, p_unit) in enumerate(predicted_q):
            if index not in used and g_unit == p_unit and _close(g_value, p_value):
                used.add(index)
                tp += 1
                break
    return Scores(tp, len(predicted_q) - tp, len(gold_q) - tp)


def _location(fact: Mapping[str, Any]) -> Mapping[str, Any] | None:
    location = fact.get("location")
    if isinstance(location, Mapping) and (location.get("name") or location.get("id")):
        return location
    if isinstance(location, str) and location.strip():
        return {"id": "", "name": location}
    return None


def _score_location(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> Scores:
    g, p = _location(gold), _location(predicted)
    if g is None and p is None:
        return Scores()
    if g is None:
        return Scores(fp=1)
    if p is None:
        return Scores(fn=1)
    if _same_id(g, p) or set(_names(g)) & set(_names(p)):
        return Scores(tp=1)
    return Scores(fp=1, fn=1)


def _when(fact: Mapping[str, Any]) -> Mapping[str, Any]:
    when = fact.get("when")
    return when if isinstance(when, Mapping) else {}


def _iso(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _edtf_bound(text: str, end: bool) -> date | None:
    text = text.strip()
    if text in ("", "..") or not re.fullmatch(r"-?\d{4}(-\d{2}){0,2}", text):
        return None
    parts = [int(p) for p in text.split("-")]
    try:
        if len(parts) == 3:
            return date(parts[0], parts[1], parts[2])
        if len(parts) == 2:
            if not end:
                return date(parts[0], parts[1], 1)
            year, month = (parts[0] + 1, 1) if parts[1] == 12 else (parts[0], parts[1] + 1)
            return date.fromordinal(date(year, month, 1).toordinal() - 1)
        return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
    except ValueError:
        return None


def _gold_interval(when: Mapping[str, Any]) -> tuple[date | None, date | None] | None:
    edtf = when.get("edtf")
    if not isinstance(edtf, str) or not edtf.strip():
        best = _iso(when.get("best"))
        return (best, best) if best else None
    left, _, right = edtf.partition("/")
    if not right:
        return _edtf_bound(left, False), _edtf_bound(left, True)
    return _edtf_bound(left, False), _edtf_bound(right, True)


def _in_interval(value: date, interval: tuple[date | None, date | None] | None) -> bool:
    if interval is None:
        return False
    low, high = interval
    if low is None and high is None:
        return False
    return (low is None or low <= value) and (high is None or value <= high)


def _group(
    facts: Sequence[Mapping[str, Any]], default: str | None
) -> dict[str, list[tuple[int, Mapping[str, Any]]]]:
    groups: dict[str, list[tuple[int, Mapping[str, Any]]]] = {}
    for index, fact in enumerate(facts):
        key = _document_key(fact.get("document"))
        if not key:
            if default is None:
                raise ValueError(
                    f"predicted fact {index} has no 'document' and the gold set has "
                    "more than one document"
                )
            key = default
        groups.setdefault(key, []).append((index, fact))
    return groups


# --------------------------------------------------------------------------- evaluate


def evaluate(gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]]) -> Report:
    """Score ``predicted`` facts against ``gold`` facts (see the module docstring)."""
    gold_docs = _group(gold, default="")
    keys = [k for k in gold_docs if k]
    default = keys[0] if len(keys) == 1 else ("" if not keys else None)
    predicted_docs = _group(predicted, default=default)

    facts = Scores()
    by_type: dict[str, Scores] = {}
    by_document: dict[str, Scores] = {}
    actors = Scores()
    quantities = Scores()
    location = Scores()
    roles_correct = dates_correct = dates_in_range = dates_total = modality_correct = 0
    ious: list[float] = []
    matches: list[Match] = []
    false_positives: list[int] = []
    false_negatives: list[int] = []

    for document in sorted(set(gold_docs) | set(predicted_docs)):
        golds = gold_docs.get(document, [])
        preds = predicted_docs.get(document, [])
        gold_spans = {i: _merge(_spans(f)) for i, f in golds}
        pred_spans = {i: _merge(_spans(f)) for i, f in preds}
        candidates: list[tuple[int, int, int]] = []
        for g_index, g in golds:
            for p_index, p in preds:
                if str(g.get("type")) != str(p.get("type")):
                    continue
                overlap = _intersection(gold_spans[g_index], pred_spans[p_index])
                if overlap > 0:
                    candidates.append((overlap, g_index, p_index))
        candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
        used_gold: set[int] = set()
        used_pred: set[int] = set()
        doc_matches: list[Match] = []
        for overlap, g_index, p_index in candidates:
            if g_index in used_gold or p_index in used_pred:
                continue
            used_gold.add(g_index)
            used_pred.add(p_index)
            doc_matches.append(
                Match(document, str(gold[g_index].get("type")), g_index, p_index, overlap)
            )
        doc_matches.sort(key=lambda m: (m.gold, m.predicted))
        matches.extend(doc_matches)

        tp = len(doc_matches)
        doc_scores = Scores(tp, len(preds) - tp, len(golds) - tp)
        by_document[document] = doc_scores
        facts.add(doc_scores)
        for m in doc_matches:
            by_type.setdefault(m.type, Scores()).tp += 1
        for p_index, p in preds:
            if p_index not in used_pred:
                by_type.setdefault(str(p.get("type")), Scores()).fp += 1
                false_positives.append(p_index)
        for g_index, g in golds:
            if g_index not in used_gold:
                by_type.setdefault(str(g.get("type")), Scores()).fn += 1
                false_negatives.append(g_index)

        for m in doc_matches:
            g, p = gold[m.gold], predicted[m.predicted]
            actor_scores, roles = _score_actors(g, p)
            actors.add(actor_scores)
            roles_correct += roles
            quantities.add(_score_quantities(g, p))
            location.add(_score_location(g, p))
            if str(g.get("modality") or "") == str(p.get("modality") or ""):
                modality_correct += 1
            gold_best = _iso(_when(g).get("best"))
            if gold_best is not None:
                dates_total += 1
                predicted_best = _iso(_when(p).get("best"))
                if predicted_best is not None:
                    dates_correct += predicted_best == gold_best
                    dates_in_range += _in_interval(predicted_best, _gold_interval(_when(g)))
            union = _length(_merge(gold_spans[m.gold] + pred_spans[m.predicted]))
            ious.append(m.overlap / union if union else 0.0)

    return Report(
        facts=facts,
        by_type=by_type,
        by_document=by_document,
        actors=actors,
        roles_correct=roles_correct,
        dates_correct=dates_correct,
        dates_in_range=dates_in_range,
        dates_total=dates_total,
        modality_correct=modality_correct,
        modality_total=len(matches),
        quantities=quantities,
        location=location,
        evidence_overlap_mean=sum(ious) / len(ious) if ious else 0.0,
        matches=matches,
        false_positives=sorted(false_positives),
        false_negatives=sorted(false_negatives),
    )


# --------------------------------------------------------------------------- report


def _row(label: str, scores: Scores, width: int) -> str:
    return (
        f"{label:<{width}} {scores.precision:>6.3f} {scores.recall:>6.3f} {scores.f1:>6.3f}"
        f" {scores.tp:>5} {scores.fp:>5} {scores.fn:>5}"
    )


def _ratio(correct: int, total: int) -> str:
    share = f"{100 * correct / total:.1f}%" if total else "n/a"
    return f"{correct}/{total} ({share})"


def format_report(report: Report) -> str:
    """A plain-text table: P/R/F1 per fact type and overall, then the attribute scores."""
    width = max([len("CooperationAnnounced"), *(len(t) for t in report.by_type)]) + 2
    header = f"{'':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"
    rule = "-" * len(header)
    lines = ["Facts (type + overlapping evidence)", header, rule]
    lines.extend(_row(name, report.by_type[name], width) for name in sorted(report.by_type))
    lines.append(rule)
    lines.append(_row("overall", report.facts, width))
    lines.append("")
    lines.append("Attributes of matched facts")
    lines.append(header)
    lines.append(rule)
    lines.append(_row("actors", report.actors, width))
    lines.append(_row("quantities", report.quantities, width))
    lines.append(_row("location", report.location, width))
    lines.append(rule)
    lines.append(f"{'date accuracy':<{width}} {_ratio(report.dates_correct, report.dates_total)}")
    lines.append(
        f"{'date in gold range':<{width}} {_ratio(report.dates_in_range, report.dates_total)}"
    )
    lines.append(
        f"{'modality accuracy':<{width}} {_ratio(report.modality_correct, report.modality_total)}"
    )
    lines.append(
        f"{'actor role accuracy':<{width}} {_ratio(report.roles_correct, report.actors.tp)}"
    )
    lines.append(f"{'evidence IoU (mean)':<{width}} {report.evidence_overlap_mean:.3f}")
    return "\n".join(lines)


def format_errors(
    report: Report, gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]]
) -> str:
    """The facts behind the FN and FP columns, one line each: what error analysis reads."""

    def line(mark: str, fact: Mapping[str, Any]) -> str:
        evidence = fact.get("evidence") or [{}]
        quote = " ".join(str(evidence[0].get("quote", "")).split())
        quote = quote if len(quote) <= 160 else quote[:157] + "..."
        return f"{mark} {fact.get('document', '')}  {fact.get('type', '')}  {quote}"

    lines = ["Missed gold facts (FN)"]
    lines.extend(line("-", gold[i]) for i in report.false_negatives)
    lines.append("")
    lines.append("Spurious predictions (FP)")
    lines.extend(line("+", predicted[i]) for i in report.false_positives)
    return "\n".join(lines)

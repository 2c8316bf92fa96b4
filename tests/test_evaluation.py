"""The scorer on hand-made gold/prediction pairs with known answers."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.evaluation import (
    Report,
    Scores,
    evaluate,
    format_report,
    normalise_name,
    normalise_unit,
    parse_jsonl,
)


def fact(
    type_: str,
    *spans: tuple[int, int],
    document: str | None = "a.txt",
    actors: list[dict[str, Any]] | None = None,
    best: str | None = "2025-09-02",
    edtf: str | None = None,
    modality: str = "asserted",
    quantities: list[dict[str, Any]] | None = None,
    location: dict[str, Any] | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": type_,
        "modality": modality,
        "actors": actors or [],
        "location": location,
        "when": {"edtf": edtf or best, "best": best, "precision": "day"},
        "quantities": quantities or [],
        "evidence": [{"sentence": 0, "start": s, "end": e, "quote": ""} for s, e in spans],
    }
    if document is not None:
        out["document"] = document
    return out


def actor(name: str, role: str = "participant", id_: str = "", **extra: Any) -> dict[str, Any]:
    return {"id": id_, "name": name, "role": role, **extra}


def approx(value: float) -> Any:
    return pytest.approx(value, abs=1e-9)


# --------------------------------------------------------------------------- Scores


def test_scores_arithmetic() -> None:
    s = Scores(tp=3, fp=1, fn=2)
    assert s.precision == approx(0.75)
    assert s.recall == approx(0.6)
    assert s.f1 == approx(2 * 0.75 * 0.6 / 1.35)


def test_scores_empty_conventions() -> None:
    assert (Scores().precision, Scores().recall, Scores().f1) == (1.0, 1.0, 1.0)
    nothing_predicted = Scores(fn=2)
    assert (nothing_predicted.precision, nothing_predicted.recall) == (0.0, 0.0)
    assert nothing_predicted.f1 == 0.0
    nothing_to_find = Scores(fp=2)
    assert (nothing_to_find.precision, nothing_to_find.recall, nothing_to_find.f1) == (0, 0, 0)


# --------------------------------------------------------------------------- matching


def test_perfect_match() -> None:
    gold = [fact("MeetingHeld", (0, 40)), fact("StatementMade", (50, 90))]
    report = evaluate(gold, gold)
    assert (report.facts.tp, report.facts.fp, report.facts.fn) == (2, 0, 0)
    assert report.facts.f1 == 1.0
    assert report.evidence_overlap_mean == 1.0
    assert report.modality_accuracy == 1.0


def test_partial_overlap_matches() -> None:
    gold = [fact("MeetingHeld", (0, 10))]
    predicted = [fact("MeetingHeld", (5, 15))]
    report = evaluate(gold, predicted)
    assert (report.facts.tp, report.facts.fp, report.facts.fn) == (1, 0, 0)
    # 5 shared characters out of a 15-character union
    assert report.evidence_overlap_mean == approx(1 / 3)


def test_touching_spans_do_not_overlap() -> None:
    report = evaluate([fact("MeetingHeld", (0, 10))], [fact("MeetingHeld", (10, 20))])
    assert (report.facts.tp, report.facts.fp, report.facts.fn) == (0, 1, 1)


def test_any_evidence_item_may_overlap() -> None:
    gold = [fact("DealAnnounced", (0, 10), (100, 140))]
    predicted = [fact("DealAnnounced", (120, 160))]
    assert evaluate(gold, predicted).facts.tp == 1


def test_wrong_type_is_a_false_positive_and_a_false_negative() -> None:
    gold = [fact("MeetingHeld", (0, 40))]
    predicted = [fact("VisitMade", (0, 40))]
    report = evaluate(gold, predicted)
    assert (report.facts.tp, report.facts.fp, report.facts.fn) == (0, 1, 1)
    assert report.facts.precision == 0.0 and report.facts.recall == 0.0
    assert (report.by_type["MeetingHeld"].fn, report.by_type["MeetingHeld"].fp) == (1, 0)
    assert (report.by_type["VisitMade"].fp, report.by_type["VisitMade"].fn) == (1, 0)
    assert report.false_positives == [0] and report.false_negatives == [0]


def test_duplicate_prediction_is_a_false_positive() -> None:
    gold = [fact("MeetingHeld", (0, 40))]
    predicted = [fact("MeetingHeld", (0, 40)), fact("MeetingHeld", (0, 40))]
    report = evaluate(gold, predicted)
    assert (report.facts.tp, report.facts.fp, report.facts.fn) == (1, 1, 0)
    assert report.facts.precision == approx(0.5)
    assert report.facts.recall == approx(1.0)
    assert report.facts.f1 == approx(2 / 3)
    assert report.matches[0].predicted == 0  # the first of equal candidates wins
    assert report.false_positives == [1]


def test_greedy_takes_the_largest_overlap_first() -> None:
    gold = [fact("SanctionImposed", (0, 50)), fact("SanctionImposed", (60, 100))]
    # p0 overlaps g0 by 5 and g1 by 30: it goes to g1; p1 then takes g0.
    predicted = [fact("SanctionImposed", (45, 90)), fact("SanctionImposed", (0, 20))]
    report = evaluate(gold, predicted)
    assert (report.facts.tp, report.facts.fp, report.facts.fn) == (2, 0, 0)
    assert {(m.gold, m.predicted) for m in report.matches} == {(1, 0), (0, 1)}


def test_mixed_example_exact_scores() -> None:
    gold = [
        fact("MeetingHeld", (0, 50)),
        fact("StatementMade", (60, 120)),
        fact("DealAnnounced", (130, 200)),
        fact("VisaPolicyChanged", (210, 260)),
    ]
    predicted = [
        fact("MeetingHeld", (10, 40)),  # TP
        fact("StatementMade", (100, 125)),  # TP (partial overlap)
        fact("DealAnnounced", (150, 160)),  # TP
        fact("DealAnnounced", (170, 190)),  # FP: the deal is already matched
        fact("PraiseExpressed", (210, 260)),  # FP: wrong type; the visa fact is missed
    ]
    report = evaluate(gold, predicted)
    assert (report.facts.tp, report.facts.fp, report.facts.fn) == (3, 2, 1)
    assert report.facts.precision == approx(3 / 5)
    assert report.facts.recall == approx(3 / 4)
    assert report.facts.f1 == approx(2 * 0.6 * 0.75 / 1.35)
    deal = report.by_type["DealAnnounced"]
    assert (deal.tp, deal.fp, deal.fn) == (1, 1, 0)
    assert report.by_type["VisaPolicyChanged"].recall == 0.0


def test_documents_are_kept_apart() -> None:
    gold = [fact("MeetingHeld", (0, 40), document="a.txt")]
    predicted = [fact("MeetingHeld", (0, 40), document="b.txt")]
    report = evaluate(gold, predicted)
    assert (report.facts.tp, report.facts.fp, report.facts.fn) == (0, 1, 1)
    assert set(report.by_document) == {"a", "b"}


def test_document_names_are_compared_by_file_stem() -> None:
    gold = [fact("MeetingHeld", (0, 40), document="022_biden-bennett-meeting.txt")]
    predicted = [fact("MeetingHeld", (0, 40), document="/data/022_biden-bennett-meeting.txt")]
    assert evaluate(gold, predicted).facts.tp == 1


def test_predictions_without_document_belong_to_the_single_gold_document() -> None:
    gold = [fact("MeetingHeld", (0, 40), document="022_biden-bennett-meeting.txt")]
    predicted = [fact("MeetingHeld", (0, 40), document=None)]
    report = evaluate(gold, predicted)
    assert report.facts.tp == 1
    assert list(report.by_document) == ["022_biden-bennett-meeting"]


def test_predictions_without_document_are_refused_for_several_documents() -> None:
    gold = [
        fact("MeetingHeld", (0, 40), document="a.txt"),
        fact("MeetingHeld", (0, 40), document="b.txt"),
    ]
    with pytest.raises(ValueError, match="no 'document'"):
        evaluate(gold, [fact("MeetingHeld", (0, 40), document=None)])


def test_no_predictions() -> None:
    report = evaluate([fact("MeetingHeld", (0, 40))], [])
    assert (report.facts.tp, report.facts.fp, report.facts.fn) == (0, 0, 1)
    assert report.facts.f1 == 0.0
    assert report.evidence_overlap_mean == 0.0
    assert report.dates_total == 0 and report.date_accuracy == 0.0


# --------------------------------------------------------------------------- actors


def test_actor_surname_and_id_matching() -> None:
    gold = [
        fact(
            "MeetingHeld",
            (0, 40),
            actors=[
                actor("Joe Biden", "host", "Q6279"),
                actor("Naftali Bennett", "visitor"),
                actor("Kim Jong Un", "visitor"),
            ],
        )
    ]
    predicted = [
        fact(
            "MeetingHeld",
            (0, 40),
            actors=[
                actor("President Biden", "host"),  # surname
                actor("Bennett", "host"),  # surname, wrong role
                actor("Israel", "participant"),  # extra: FP
            ],
        )
    ]
    report = evaluate(gold, predicted)
    assert (report.actors.tp, report.actors.fp, report.actors.fn) == (2, 1, 1)
    assert report.actors.precision == approx(2 / 3)
    assert report.actors.recall == approx(2 / 3)
    assert report.roles_correct == 1

    by_id = [fact("MeetingHeld", (0, 40), actors=[actor("POTUS", "host", "Q6279")])]
    assert evaluate(gold, by_id).actors.tp == 1


def test_actor_names_are_normalised_and_deduplicated() -> None:
    gold = [
        fact("VisitMade", (0, 40), actors=[actor("Luiz Inácio Lula da Silva", aliases=["Lula"])])
    ]
    predicted = [
        fact("VisitMade", (0, 40), actors=[actor("LULA"), actor("Lula"), actor("the Lula")])
    ]
    report = evaluate(gold, predicted)
    # "LULA", "Lula" and "the Lula" are one name; it matches the gold alias.
    assert (report.actors.tp, report.actors.fp, report.actors.fn) == (1, 0, 0)


def test_actors_match_one_to_one() -> None:
    gold = [fact("SanctionImposed", (0, 40), actors=[actor("Aleksandr Bortnikov")])]
    predicted = [
        fact("SanctionImposed", (0, 40), actors=[actor("Denis Bortnikov"), actor("Bortnikov")])
    ]
    report = evaluate(gold, predicted)
    assert (report.actors.tp, report.actors.fp, report.actors.fn) == (1, 1, 0)


def test_actors_are_scored_only_on_matched_facts() -> None:
    gold = [fact("MeetingHeld", (0, 40), actors=[actor("Joe Biden")])]
    predicted = [fact("VisitMade", (0, 40), actors=[actor("Joe Biden")])]
    report = evaluate(gold, predicted)
    assert (report.actors.tp, report.actors.fp, report.actors.fn) == (0, 0, 0)


# --------------------------------------------------------------------------- dates, modality


def test_date_accuracy_and_mismatch() -> None:
    gold = [
        fact("MeetingHeld", (0, 10), best="2021-08-27"),
        fact("StatementMade", (20, 30), best="2021-08-26"),
        fact("SanctionImposed", (40, 50), best=None, edtf="../2021-08-27"),
        fact(
            "MilitaryParadeHeld",
            (60, 70),
            best="2025-09-01",
            edtf="2025-09-01/2025-09-07",
        ),
    ]
    predicted = [
        fact("MeetingHeld", (0, 10), best="2021-08-27"),  # correct
        fact("StatementMade", (20, 30), best="2021-08-27"),  # wrong day
        fact("SanctionImposed", (40, 50), best="2021-08-27"),  # gold unknown: not counted
        fact("MilitaryParadeHeld", (60, 70), best="2025-09-03"),  # wrong, but in the week
    ]
    report = evaluate(gold, predicted)
    assert report.facts.tp == 4
    assert (report.dates_correct, report.dates_total) == (1, 3)
    assert report.date_accuracy == approx(1 / 3)
    assert report.dates_in_range == 2
    assert report.date_range_accuracy == approx(2 / 3)


def test_missing_predicted_date_is_wrong() -> None:
    report = evaluate([fact("MeetingHeld", (0, 10))], [fact("MeetingHeld", (0, 10), best=None)])
    assert (report.dates_correct, report.dates_total) == (0, 1)


def test_modality_accuracy() -> None:
    gold = [
        fact("VisitMade", (0, 10), modality="planned"),
        fact("StatementMade", (20, 30), modality="negated"),
    ]
    predicted = [
        fact("VisitMade", (0, 10), modality="planned"),
        fact("StatementMade", (20, 30), modality="asserted"),
    ]
    report = evaluate(gold, predicted)
    assert (report.modality_correct, report.modality_total) == (1, 2)
    assert report.modality_accuracy == approx(0.5)


# --------------------------------------------------------------------------- quantities, location


def test_quantities_by_unit_and_one_percent() -> None:
    gold = [
        fact(
            "DealAnnounced",
            (0, 10),
            quantities=[
                {"value": 1.06e11, "unit": "m^3", "text": "106 billion cubic meters"},
                {"value": 500000, "unit": "dose", "text": "500,000 doses"},
                {"value": 3e9, "unit": "USD", "text": "US$3 billion"},
            ],
        )
    ]
    predicted = [
        fact(
            "DealAnnounced",
            (0, 10),
            quantities=[
                {"value": 1.065e11, "unit": "m3", "text": ""},  # within 1 %, unit synonym
                {"value": 510000, "unit": "doses", "text": ""},  # 2 % off: FP (and the FN)
                {"value": 3e9, "unit": "EUR", "text": ""},  # wrong unit: FP (and the FN)
            ],
        )
    ]
    report = evaluate(gold, predicted)
    assert (report.quantities.tp, report.quantities.fp, report.quantities.fn) == (1, 2, 2)
    assert report.quantities.precision == approx(1 / 3)
    assert report.quantities.recall == approx(1 / 3)


def test_location_scores() -> None:
    gold = [
        fact("MeetingHeld", (0, 10), location={"id": "", "name": "White House"}),
        fact(
            "MeetingHeld", (20, 30), location={"id": "", "name": "Beijing", "aliases": ["Peking"]}
        ),
        fact("MeetingHeld", (40, 50), location={"id": "", "name": "Niamey"}),
        fact("MeetingHeld", (60, 70)),
    ]
    predicted = [
        fact("MeetingHeld", (0, 10), location={"id": "", "name": "the White House"}),  # TP
        fact("MeetingHeld", (20, 30), location={"id": "", "name": "Peking"}),  # TP (alias)
        fact("MeetingHeld", (40, 50), location={"id": "", "name": "Niger"}),  # FP + FN
        fact("MeetingHeld", (60, 70), location={"id": "", "name": "Rome"}),  # FP
    ]
    report = evaluate(gold, predicted)
    assert (report.location.tp, report.location.fp, report.location.fn) == (2, 2, 1)


# --------------------------------------------------------------------------- helpers, report


def test_normalisers() -> None:
    assert normalise_name("  The Luiz Inácio LULA da Silva ") == "luiz inacio lula da silva"
    assert normalise_name("Hay’at Tahrir al-Sham") == normalise_name("Hay'at Tahrir al Sham")
    assert normalise_unit("m³") == normalise_unit("M3") == "m^3"
    assert normalise_unit("US$") == "usd"
    assert normalise_unit("Doses") == "dose"
    assert normalise_unit("%") == "percent"


def test_parse_jsonl() -> None:
    assert parse_jsonl('{"a": 1}\n\n{"b": 2}\n') == [{"a": 1}, {"b": 2}]
    with pytest.raises(ValueError):
        parse_jsonl("[1, 2]\n")


def test_format_report() -> None:
    gold = [fact("MeetingHeld", (0, 40)), fact("DealAnnounced", (50, 90))]
    predicted = [fact("MeetingHeld", (0, 40)), fact("ThreatIssued", (50, 90))]
    report = evaluate(gold, predicted)
    assert isinstance(report, Report)
    text = format_report(report)
    for word in ("MeetingHeld", "DealAnnounced", "ThreatIssued", "overall", "actors"):
        assert word in text
    for word in ("quantities", "location", "date accuracy", "modality accuracy"):
        assert word in text
    overall = next(line for line in text.splitlines() if line.startswith("overall"))
    assert overall.split()[1:] == ["0.500", "0.500", "0.500", "1", "1", "1"]
    assert report.as_dict()["facts"]["f1"] == approx(0.5)

"""The gold annotations are well-formed and consistent with the texts.

``tests/gold/*.jsonl`` is the gold the rules were developed against; ``tests/gold_blind/``
holds articles annotated afterwards (since read for their miss categories);
``tests/gold_heldout/`` holds ten further texts, kept beside their gold in ``texts/``, that
no rule was written against (the estimate for unseen text); ``tests/gold_dev2/`` holds a
second development set of real-style texts, also with its ``texts/``; ``tests/gold_dev4/``
holds real White House texts (a fourth development set), also with its ``texts/``, and
``tests/gold_dev5/`` a fifth such set; ``tests/gold_dev6/`` holds real U.S. State Department
press statements and media notes (a sixth set, another register), also with its ``texts/``;
``tests/gold_dev7/`` holds State Department readouts of calls and meetings and joint statements
(a seventh set), also with its ``texts/``.

Each line is one fact; its evidence must be exact substrings of the document body
(``timeline.document.parse(text).body``) at the given offsets, in the given sentence.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import edtf
import pytest

from timeline.document import parse
from timeline.ontology import FACT_TYPES
from timeline.sentences import Sentence, split
from timeline.values import MODALITIES, PRECISIONS

GOLD = Path(__file__).resolve().parent / "gold"
BLIND = Path(__file__).resolve().parent / "gold_blind"
HELDOUT = Path(__file__).resolve().parent / "gold_heldout"
DEV2 = Path(__file__).resolve().parent / "gold_dev2"
DEV3 = Path(__file__).resolve().parent / "gold_dev3"
DEV4 = Path(__file__).resolve().parent / "gold_dev4"
DEV5 = Path(__file__).resolve().parent / "gold_dev5"
DEV6 = Path(__file__).resolve().parent / "gold_dev6"
DEV7 = Path(__file__).resolve().parent / "gold_dev7"
SHARED = Path(__file__).resolve().parents[2] / "shared"
FILES = [*sorted(GOLD.glob("*.jsonl")), *sorted(BLIND.glob("*.jsonl"))]
FILES += sorted(HELDOUT.glob("*.jsonl"))
FILES += sorted(DEV2.glob("*.jsonl"))
FILES += sorted(DEV3.glob("*.jsonl"))
FILES += sorted(DEV4.glob("*.jsonl"))
FILES += sorted(DEV5.glob("*.jsonl"))
FILES += sorted(DEV6.glob("*.jsonl"))
FILES += sorted(DEV7.glob("*.jsonl"))
SEED_PUBLISHED = "2025-09-02"  # the seed has no header; its news date

REQUIRED = {"document", "type", "modality", "actors", "location", "when", "quantities"}
REQUIRED |= {"evidence", "plover", "cameo"}
WHEN_KEYS = {"edtf", "best", "precision", "duration", "expression"}


def source(document: str) -> Path:
    for folder in (HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7):
        if (folder / "texts" / document).is_file():
            return folder / "texts" / document
    folder = "seeds" if document.startswith("000_") else "corpus"
    return SHARED / folder / document


@cache
def body_of(document: str) -> tuple[str, str | None]:
    doc = parse(source(document).read_text(encoding="utf-8"), document)
    published = doc.published.isoformat() if doc.published else None
    return doc.body, published


@cache
def sentences_of(document: str) -> list[Sentence]:
    return split(body_of(document)[0])


def load(path: Path) -> list[dict[str, Any]]:
    facts = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{number}: blank line"
        fact = json.loads(line)
        assert isinstance(fact, dict), f"{path.name}:{number}: not an object"
        facts.append(fact)
    return facts


def test_gold_files_exist() -> None:
    names = {p.stem for p in FILES}
    assert "000_ed06eec667e21d69" in names
    assert len(FILES) >= 13


def test_blind_articles_are_not_in_the_development_gold() -> None:
    blind = {p.stem for p in BLIND.glob("*.jsonl")}
    assert len(blind) >= 4
    assert not blind & {p.stem for p in GOLD.glob("*.jsonl")}


# Folders that keep their texts beside the gold (texts/), with the least number of files.
TEXT_FOLDERS = {HELDOUT: 20, DEV2: 8, DEV3: 10, DEV4: 10, DEV5: 8, DEV6: 10, DEV7: 10}


@pytest.mark.parametrize("folder", TEXT_FOLDERS, ids=lambda f: f.name)
def test_every_gold_file_kept_with_texts_has_its_text_with_a_date_and_a_licence(
    folder: Path,
) -> None:
    gold = {p.stem for p in folder.glob("*.jsonl")}
    texts = {p.stem: p for p in (folder / "texts").glob("*.txt")}
    assert len(gold) >= TEXT_FOLDERS[folder] and gold == set(texts)
    for path in texts.values():
        document = parse(path.read_text(encoding="utf-8"), path.name)
        assert document.published is not None, path.name
        assert document.metadata["license"] and document.metadata["source"], path.name


def test_no_text_is_in_two_gold_folders() -> None:
    seen: dict[str, Path] = {}
    for folder in (GOLD, BLIND, *TEXT_FOLDERS):
        for path in folder.glob("*.jsonl"):
            assert path.stem not in seen, (path, seen.get(path.stem))
            seen[path.stem] = path


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_file(path: Path) -> None:
    facts = load(path)
    assert facts, f"{path.name}: no facts"
    for number, fact in enumerate(facts, 1):
        where = f"{path.name}:{number}"
        assert fact.keys() >= REQUIRED, f"{where}: missing {REQUIRED - fact.keys()}"
        document = fact["document"]
        assert Path(document).stem == path.stem, f"{where}: document {document!r}"
        assert source(document).is_file(), f"{where}: no such document {document!r}"
        body, _ = body_of(document)
        sentences = sentences_of(document)

        fact_type = FACT_TYPES.get(fact["type"])
        assert fact_type is not None, f"{where}: unknown type {fact['type']!r}"
        assert fact["plover"] == fact_type.plover, f"{where}: plover {fact['plover']!r}"
        assert fact["cameo"] == fact_type.cameo, f"{where}: cameo {fact['cameo']!r}"
        assert fact["modality"] in MODALITIES, f"{where}: modality {fact['modality']!r}"

        for actor in fact["actors"]:
            assert actor["name"].strip(), f"{where}: actor without a name"
            assert isinstance(actor["id"], str), f"{where}: actor id"
            assert actor["role"] in fact_type.roles, f"{where}: role {actor['role']!r}"
        if fact["location"] is not None:
            assert fact["location"]["name"].strip(), f"{where}: location without a name"
        for quantity in fact["quantities"]:
            assert isinstance(quantity["value"], int | float), f"{where}: quantity value"
            assert quantity["unit"] and quantity["text"], f"{where}: quantity unit/text"

        when = fact["when"]
        assert when.keys() >= WHEN_KEYS, f"{where}: when lacks {WHEN_KEYS - when.keys()}"
        if when["edtf"] is not None:
            edtf.parse_edtf(when["edtf"])  # raises on an invalid EDTF string
        if when["best"] is not None:
            assert len(when["best"]) == 10, f"{where}: best {when['best']!r}"
            assert when["precision"] in PRECISIONS, f"{where}: precision {when['precision']!r}"
        if when["duration"] is not None:
            assert when["duration"].startswith("P"), f"{where}: duration {when['duration']!r}"

        assert fact["evidence"], f"{where}: no evidence"
        for item in fact["evidence"]:
            start, end, quote = item["start"], item["end"], item["quote"]
            assert 0 <= start < end <= len(body), f"{where}: offsets {start}-{end}"
            assert body[start:end] == quote, f"{where}: body[{start}:{end}] != {quote!r}"
            containing = [s.index for s in sentences if s.start <= start < s.end]
            assert containing == [item["sentence"]], f"{where}: sentence {item['sentence']}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_dates_follow_the_published_date(path: Path) -> None:
    """A fact with no time expression and no derivation of its own has the news date."""
    for number, fact in enumerate(load(path), 1):
        when = fact["when"]
        _, published = body_of(fact["document"])
        published = published or SEED_PUBLISHED
        if when.get("derivation") == "document":
            assert when["best"] == published, f"{path.name}:{number}: best {when['best']!r}"
        if when["best"] is not None and fact["modality"] not in ("planned", "expected"):
            assert when["best"] <= published, f"{path.name}:{number}: a past fact after publication"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_same_type_facts_do_not_share_evidence(path: Path) -> None:
    """Two gold facts of one type must be told apart by their evidence spans."""
    facts = load(path)
    for i, a in enumerate(facts):
        for j in range(i + 1, len(facts)):
            b = facts[j]
            if a["type"] != b["type"]:
                continue
            for x in a["evidence"]:
                for y in b["evidence"]:
                    overlap = min(x["end"], y["end"]) > max(x["start"], y["start"])
                    assert not overlap, f"{path.name}: facts {i + 1} and {j + 1} share evidence"

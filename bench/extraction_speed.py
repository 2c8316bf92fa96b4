"""Extraction throughput against spaCy's bare English tokenizer over the same texts.

Both run in this process on one core, interleaved round by round, so machine noise
hits both alike; the figure that counts is the ratio. Run: ``python -m bench.extraction_speed``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from timeline.document import SourceDocument, load
from timeline.extraction import extract

SHARED = Path(__file__).resolve().parents[2] / "shared"
ROOT = Path(__file__).resolve().parents[1]


def documents() -> list[SourceDocument]:
    paths = sorted((SHARED / "corpus").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    return [load(p.read_bytes(), p.name) for p in paths]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()

    import spacy  # a benchmark-only dependency (pip install '.[bench]')

    tokenizer = spacy.blank("en").tokenizer
    docs = documents()
    words = sum(len(d.body.split()) for d in docs)
    for d in docs:  # warm both: gazetteer and unit registry load once, spaCy's caches fill
        extract(d.body, d.published)
        tokenizer(d.body)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(args.rounds):
        start = time.process_time()
        for d in docs:
            extract(d.body, d.published)
        ours.append(time.process_time() - start)
        start = time.process_time()
        for d in docs:
            tokenizer(d.body)
        theirs.append(time.process_time() - start)
    ours_wps = words / statistics.median(ours)
    theirs_wps = words / statistics.median(theirs)
    result = {
        "documents": len(docs),
        "words": words,
        "rounds": args.rounds,
        "extraction_words_per_second": round(ours_wps),
        "spacy_tokenizer_words_per_second": round(theirs_wps),
        "ratio": round(ours_wps / theirs_wps, 3),
        "target_ratio": 0.25,
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()

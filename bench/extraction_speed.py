"""Extraction throughput against spaCy's bare English tokenizer over the same texts.

Each round runs in a new process, so neither engine keeps anything from an earlier round.
There both are first warmed on the same other texts (the development texts of
``tests/gold_dev2``-``dev5``, which the timed corpus does not hold): the gazetteer, the unit
registry and the lazily built gates load, and spaCy's tokenizer caches the chunks of text
it has met. Then each reads the corpus twice, alternating which one goes first:

- *unseen*: the first pass, text neither engine has met, as a service meets new articles;
- *seen again*: the second pass over the same text. spaCy's tokenizer answers every
  whitespace-separated chunk from its cache then; the extractor has no such cache.

Only the ratio of words per second means anything (both run on one core, in one process,
side by side). The target is judged on the seen-again ratio, the stricter of the two.
Run: ``python -m bench.extraction_speed``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from timeline.document import SourceDocument, load
from timeline.extraction import extract
from timeline.quantities import find_quantities

SHARED = Path(__file__).resolve().parents[2] / "shared"
ROOT = Path(__file__).resolve().parents[1]
# The warm-up texts hold no physical unit: this loads the unit registry, once per process
# like spaCy's language data, which is not what a pass over the corpus measures.
PRIMER = "The pipeline will carry 10 billion cubic meters of gas a year from 2027."
PASSES = ("ours_unseen", "spacy_unseen", "ours_seen", "spacy_seen")


def documents() -> list[SourceDocument]:
    paths = sorted((SHARED / "corpus").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    return [load(p.read_bytes(), p.name) for p in paths]


def warm_up_documents() -> list[SourceDocument]:
    paths = sorted((ROOT / "tests").glob("gold_dev[2-5]/texts/*.txt"))
    return [load(p.read_bytes(), p.name) for p in paths]


def words(docs: list[SourceDocument]) -> int:
    return sum(len(d.body.split()) for d in docs)


def one_round(spacy_first: bool) -> dict[str, float]:
    """CPU seconds of each pass, in a process that has run neither engine before."""
    import spacy  # a benchmark-only dependency (pip install '.[bench]')

    tokenizer = spacy.blank("en").tokenizer
    docs = documents()
    for d in warm_up_documents():
        extract(d.body, d.published)
        tokenizer(d.body)
    assert find_quantities(PRIMER)[0].quantity.kind == "volume_flow"  # the registry is loaded
    tokenizer(PRIMER)

    def ours() -> float:
        start = time.process_time()
        for d in docs:
            extract(d.body, d.published)
        return time.process_time() - start

    def theirs() -> float:
        start = time.process_time()
        for d in docs:
            tokenizer(d.body)
        return time.process_time() - start

    seconds: dict[str, float] = {}
    order: list[tuple[str, Callable[[], float]]] = [("ours", ours), ("spacy", theirs)]
    if spacy_first:
        order.reverse()
    for suffix in ("unseen", "seen"):
        for name, run in order:
            seconds[f"{name}_{suffix}"] = run()
    return seconds


def long_document(size: int) -> str:
    """One text of about ``size`` characters: the corpus's bodies one after another, again
    and again (the size a service accepts goes up to a megabyte)."""
    bodies = "\n\n".join(d.body for d in documents())
    return "\n\n".join([bodies] * (size // len(bodies) + 1))[:size]


def long_documents(sizes: list[int]) -> list[dict[str, float]]:
    """CPU seconds to extract one long text of each size, beside spaCy's tokenizer on it:
    how the cost grows with the length of one document (merging compares its facts)."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    for d in warm_up_documents():
        extract(d.body, d.published)
        tokenizer(d.body)
    rows = []
    for size in sizes:
        text = long_document(size)
        start = time.process_time()
        facts = extract(text, None)
        ours = time.process_time() - start
        start = time.process_time()
        tokenizer(text)
        theirs = time.process_time() - start
        rows.append(
            {
                "characters": len(text),
                "facts": len(facts),
                "seconds": round(ours, 2),
                "spacy_seconds": round(theirs, 3),
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument(
        "--long",
        action="store_true",
        help="time single long documents (125 KB to 1 MB) instead of the corpus",
    )
    parser.add_argument("--json", type=Path, help="write the figures here too")
    parser.add_argument(
        "--one-round", choices=("ours-first", "spacy-first"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.long:
        print(json.dumps(long_documents([125_000, 250_000, 500_000, 1_000_000]), indent=2))
        return
    if args.one_round:
        print(json.dumps(one_round(args.one_round == "spacy-first")))
        return

    rounds: list[dict[str, float]] = []
    for index in range(args.rounds):
        first = "spacy-first" if index % 2 else "ours-first"
        done = subprocess.run(
            [sys.executable, "-m", "bench.extraction_speed", "--one-round", first],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            sys.exit(f"round {index + 1} failed:\n{done.stderr}")
        rounds.append(json.loads(done.stdout.splitlines()[-1]))
    count = words(documents())
    rate = {k: round(count / statistics.median(r[k] for r in rounds)) for k in PASSES}
    result = {
        "documents": len(documents()),
        "words": count,
        "warm_up_words": words(warm_up_documents()),
        "rounds": args.rounds,
        "extraction_words_per_second": rate["ours_seen"],
        "spacy_tokenizer_words_per_second": rate["spacy_seen"],
        "ratio": round(rate["ours_seen"] / rate["spacy_seen"], 3),
        "unseen": {
            "extraction_words_per_second": rate["ours_unseen"],
            "spacy_tokenizer_words_per_second": rate["spacy_unseen"],
            "ratio": round(rate["ours_unseen"] / rate["spacy_unseen"], 3),
        },
        "target_ratio": 0.25,
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()

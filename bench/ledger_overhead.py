"""The ledger's cost: ingest (write path + projection) with the Merkle ledger on and off.

Two stores of the same backend receive the same synthetic batches, alternating which
goes first, in one run; the figure that counts is on/off throughput (target >= 0.9).
Run: ``python -m bench.ledger_overhead [--facts N] [--backends sqlite,postgres]``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from bench.generator import EXTRACTOR_INFO, Corpus, Generator, batched
from bench.stores import make_store
from timeline.service import TimelineService


def measure(backend: str, n_facts: int, batch_documents: int) -> dict[str, float | int | str]:
    workdir = Path(tempfile.mkdtemp(prefix="ledger-bench-"))
    stores = {flag: make_store(backend, f"ledger_{flag}", workdir) for flag in ("on", "off")}
    corpora = {flag: Corpus() for flag in stores}
    services = {
        flag: TimelineService(
            stores[flag].url,
            extractor=corpora[flag].extractor,
            extractor_info=EXTRACTOR_INFO,
            ledger=flag == "on",
        )
        for flag in stores
    }
    seconds = {"on": 0.0, "off": 0.0}
    facts = 0
    try:
        for number, batch in enumerate(batched(Generator(n_facts).documents(), batch_documents)):
            order = ("on", "off") if number % 2 == 0 else ("off", "on")
            for flag in order:
                sources = corpora[flag].register(batch)
                start = time.perf_counter()
                services[flag].ingest_many(sources, "bench", corroborate=False)
                seconds[flag] += time.perf_counter() - start
            facts += sum(len(item.facts) for item in batch)
    finally:
        for flag, service in services.items():
            service.close()
            stores[flag].drop()
    on, off = facts / seconds["on"], facts / seconds["off"]
    return {
        "backend": backend,
        "facts": facts,
        "ledger_on_facts_per_s": round(on),
        "ledger_off_facts_per_s": round(off),
        "ratio": round(on / off, 3),
        "target_ratio": 0.9,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--batch-documents", type=int, default=200)
    args = parser.parse_args()
    for backend in args.backends.split(","):
        print(json.dumps(measure(backend, args.facts, args.batch_documents)), flush=True)


if __name__ == "__main__":
    main()

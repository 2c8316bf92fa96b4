"""Run the benchmarks: ``python -m bench.run --quick`` or ``--sizes 10000,100000,1000000``.

For each backend and size N (facts): ingest through the service against bare
``eventsourcing`` saves, replay against a bare read of the log, query plans, as-of
against current-state queries, and HTTP latency, throughput and peak memory of a real
server. Every figure is paired with a baseline measured in the same run. Results go to
``bench/out/results.json`` (merged by backend and size, so sizes can be run separately)
and, unless ``--no-report``, to ``docs/performance.md`` and ``docs/perf/*.png``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import http, queries, writes
from bench.generator import Corpus, Generator
from bench.report import table_scans
from bench.stores import clean_workdir, make_store

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
RESULTS = OUT / "results.json"


def log(message: str) -> None:
    print(f"[{datetime.now():%H:%M:%S}] {message}", flush=True)


def run_one(backend: str, n: int, args: argparse.Namespace) -> dict[str, Any]:
    log(f"{backend} N={n:,}")
    started = time.perf_counter()
    workdir = OUT / f"tmp-{os.getpid()}"
    result: dict[str, Any] = {
        "backend": backend,
        "n_facts": n,
        "seed": args.seed,
        "batch_documents": args.batch_documents,
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
    }
    service_store = make_store(backend, "svc", workdir)
    bare_store = make_store(backend, "bare", workdir)
    deferred_store = None if args.no_deferred else make_store(backend, "dfr", workdir)
    try:
        generator = Generator(n, seed=args.seed)
        result["actors"] = len(generator.actors)
        corpus = Corpus()
        service = writes.open_service(service_store.url, corpus)
        bare = writes.open_bare(bare_store.url)
        deferred_corpus = Corpus()
        deferred = (
            writes.open_service(deferred_store.url, deferred_corpus, project_inline=False)
            if deferred_store
            else None
        )
        try:
            outcome = writes.ingest(
                service,
                corpus,
                bare,
                generator,
                args.batch_documents,
                log,
                max_seconds=args.max_ingest_minutes * 60 if args.max_ingest_minutes else None,
                deferred=(deferred, deferred_corpus) if deferred else None,
            )
            result["ingest"] = outcome.as_dict()
            if outcome.truncated:
                # Everything after ingest is measured at the size actually reached.
                result["target_n_facts"] = n
                result["n_facts"] = outcome.facts
            log(
                f"  ingest: service {result['ingest']['service_facts_per_s']:,.0f} facts/s, "
                f"bare {result['ingest']['bare_facts_per_s']:,.0f} facts/s, "
                f"ratio {result['ingest']['ratio']:.2f}"
            )
            if deferred is not None:
                figures = result["ingest"]
                log(
                    f"  ingest, projection deferred: {figures['deferred_facts_per_s']:,.0f} "
                    f"facts/s, ratio {figures['deferred_ratio']:.2f}; its projector "
                    f"caught up at {figures['drain_events_per_s']:,.0f} events/s"
                )
        finally:
            bare.close()
            bare_store.drop()
            if deferred is not None:
                deferred.close()
            if deferred_store is not None:
                deferred_store.drop()
        if args.ingest_only:
            result["ingest_only"] = True
            return result
        result["replay"] = writes.replay(service, log)
        log(f"  replay ratio {result['replay']['ratio']:.2f}")
        service_store.analyze()
        result["store_bytes"] = service_store.size_bytes()
        measure_queries(result, service, generator, service_store.url, args, backend, n)
    finally:
        if args.keep:
            log(f"  kept the service store: {service_store.url}")
        else:
            service_store.drop()
            clean_workdir(workdir)
    result["wall_seconds"] = time.perf_counter() - started
    log(f"  done in {result['wall_seconds']:.0f} s")
    return result


def requery(backend: str, n: int, url: str, args: argparse.Namespace) -> dict[str, Any]:
    """The query phase again on a store a run kept (``--keep``), after a change to reads:
    ingest and replay figures stay those of the run that built the store."""
    key = f"{backend}:{n}"
    result: dict[str, Any] | None = load_results()["runs"].get(key)
    if result is None:
        raise SystemExit(f"--requery: no recorded run {key} in {RESULTS}")
    log(f"{backend} N={n:,}: queries again on {url}")
    generator = Generator(n, seed=result.get("seed", args.seed))
    service = writes.open_service(url, Corpus())
    if int(service.app.recorder.max_notification_id() or 0) != result["ingest"]["events"]:
        service.close()
        raise SystemExit(f"--requery: {url} does not hold the {key} run's events")
    result["requeried_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    measure_queries(result, service, generator, url, args, backend, n)
    return result


def measure_queries(
    result: dict[str, Any],
    service: Any,
    generator: Generator,
    url: str,
    args: argparse.Namespace,
    backend: str,
    n: int,
) -> None:
    """Plans, in-process as-of and the HTTP phase (closes ``service``)."""
    try:
        bench_queries = queries.query_set(service, generator)
        latest = int(service.app.recorder.max_notification_id() or 0)
        result["queries"] = {q.name: q.description for q in bench_queries}
        result["plans"] = {
            q.name: {
                "current": queries.explain(service, q.query, None),
                "as_of": queries.explain(service, q.query, latest),
            }
            for q in bench_queries
        }
        scans = [
            f"{name}/{kind}"
            for name, plans in result["plans"].items()
            for kind, plan in plans.items()
            if table_scans(plan)
        ]
        log(f"  plans with full table scans: {scans or 'none'}")
        result["as_of_in_process"] = queries.as_of_in_process(
            service, bench_queries, rounds=args.rounds, budget_s=args.budget
        )
    finally:
        service.close()
    if not args.no_http:
        result["http"] = run_http(url, bench_queries, latest, args, backend, n)


def run_http(
    url: str,
    bench_queries: list[queries.BenchQuery],
    latest: int,
    args: argparse.Namespace,
    backend: str,
    n: int,
) -> dict[str, Any]:
    with http.running_server(url, OUT / "logs" / f"server-{backend}-{n}.log") as server:
        started_memory = server.memory()
        as_of = latest if http.supports_as_of(server) else None
        log(f"  http: server up (as_of {'supported' if as_of else 'not supported'})")
        lat = http.latencies(
            server,
            bench_queries,
            rounds=args.rounds,
            budget_s=args.budget,
            as_of=as_of,
            paging_pages=args.paging_pages,
        )
        log(
            "  http p50/p99 ms: "
            + ", ".join(
                f"{k} {v['p50_ms']:.1f}/{v['p99_ms']:.1f}" for k, v in lat["queries"].items()
            )
        )
        tp = http.throughput(
            server,
            bench_queries,
            rounds=args.load_rounds,
            per_round=args.load_requests,
            threads=args.threads,
        )
        log(
            f"  http rps: timeline {tp['timeline_rps']:.0f}, healthz {tp['healthz_rps']:.0f}, "
            f"ratio {tp['ratio']:.2f}"
        )
        memory = server.memory()
    log(f"  server peak RSS {memory.get('VmHWM', 0) / 2**20:.0f} MiB")
    return {
        "as_of_supported": as_of is not None,
        "latency": lat,
        "throughput": tp,
        "memory": {"after_start": started_memory, "end": memory},
    }


def load_results() -> dict[str, Any]:
    if RESULTS.exists():
        loaded: dict[str, Any] = json.loads(RESULTS.read_text())
        return loaded
    return {"runs": {}}


def save_result(result: dict[str, Any]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    results = load_results()
    # An ingest-only run (inline, deferred and bare side by side) does not replace a full one.
    kind = "ingest_runs" if result.get("ingest_only") else "runs"
    results.setdefault(kind, {})[f"{result['backend']}:{result['n_facts']}"] = result
    results["machine"] = {"cpus": _cpus(), "platform": platform.platform()}
    RESULTS.write_text(json.dumps(results, indent=1, sort_keys=True))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    (
        OUT / f"{kind[:-1].replace('_', '-')}-{result['backend']}-{result['n_facts']}-{stamp}.json"
    ).write_text(json.dumps(result, indent=1, sort_keys=True))


def _cpus() -> int:
    return os.cpu_count() or 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="N = 10^4 only, short loops")
    parser.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated N")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch-documents", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=None, help="latency rounds per query")
    parser.add_argument("--budget", type=float, default=None, help="seconds per latency loop")
    parser.add_argument("--paging-pages", type=int, default=20)
    parser.add_argument("--load-rounds", type=int, default=4)
    parser.add_argument("--load-requests", type=int, default=None)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--no-http", action="store_true")
    parser.add_argument("--no-report", action="store_true")
    parser.add_argument(
        "--max-ingest-minutes",
        type=float,
        default=None,
        help="stop ingesting after this long and measure the rest at the size reached",
    )
    parser.add_argument(
        "--no-save", action="store_true", help="do not record the results (scratch runs)"
    )
    parser.add_argument(
        "--ingest-only",
        action="store_true",
        help="measure ingest only (projection inline, deferred and bare save side by side)",
    )
    parser.add_argument(
        "--no-deferred",
        action="store_true",
        help="skip the third store that ingests with the projection off the write path",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the service's database (for experiments)"
    )
    parser.add_argument(
        "--requery",
        metavar="DATABASE_URL",
        help="measure the queries again on a kept store of the one --sizes/--backends run",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes = "10000"
    args.rounds = args.rounds or (30 if args.quick else 100)
    args.budget = args.budget or (20.0 if args.quick else 60.0)
    args.load_requests = args.load_requests or (150 if args.quick else 300)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    if args.requery and (len(sizes) != 1 or len(backends) != 1):
        raise SystemExit("--requery takes one size and one backend")
    for n in sizes:
        for backend in backends:
            if args.requery:
                result = requery(backend, n, args.requery, args)
            else:
                result = run_one(backend, n, args)
            if not args.no_save:
                save_result(result)
    if not args.no_report:
        from bench import report

        report.write(load_results())
        log("wrote docs/performance.md and docs/perf/*.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Scratch experiments behind the proposals in docs/performance.md (nothing here ships).

``python -m bench.experiments queries URL`` — on a store kept by ``bench.run --keep``:
each variant of a timeline query is timed interleaved with the service's own SQL.
``python -m bench.experiments writes BACKEND N`` — replay page size, COPY for the
PostgreSQL projection, ``log_size`` and the per-document "already recorded?" look-up,
on a fresh scratch store of N facts.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from bench.generator import Corpus, Generator, batched
from bench.queries import percentile
from bench.stores import clean_workdir, make_store
from bench.writes import RECORDED_BY, open_service
from timeline.service import TimelineService
from timeline.views import TimelineQuery, encode_cursor

OUT = Path(__file__).resolve().parent / "out"


def _time(fn: Callable[[], Any], rounds: int = 30) -> list[float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def _interleaved(variants: dict[str, Callable[[], Any]], rounds: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, fn in variants.items():
            start = time.perf_counter()
            fn()
            samples[name].append(time.perf_counter() - start)
    return {name: percentile(values, 0.5) * 1000 for name, values in samples.items()}


def _run_sql(service: TimelineService, statement: str, params: dict[str, Any]) -> list[Any]:
    with service.views._transaction(commit=False) as c:
        c.execute(statement, params)
        return list(c.fetchall())


def row_value_cursor(statement: str, order: str) -> str:
    """The cursor predicate as one row-value comparison instead of nested ORs."""
    start = statement.index(f"({order}.sort_key > ")
    depth = 0
    for end in range(start, len(statement)):
        depth += {"(": 1, ")": -1}.get(statement[end], 0)
        if depth == 0:
            break
    row = f"({order}.sort_key, {order}.document_id, {order}.position, {order}.fact_id)"
    marks = "(%(c_sort)s, %(c_doc)s, %(c_pos)s, %(c_fact)s)"
    return statement[:start] + f"{row} > {marks}" + statement[end + 1 :]


def bounded_dates(statement: str, order: str, dialect: str) -> str:
    """Bound the walk of the order index: sort_key from (date_from - longest span) to date_to."""
    extra = f"{order}.sort_key >= %(sort_floor)s AND {order}.sort_key <= %(date_to)s AND "
    if dialect == "sqlite":
        extra = extra.replace("%(sort_floor)s", ":sort_floor").replace("%(date_to)s", ":date_to")
    return statement.replace(" WHERE ", " WHERE " + extra, 1)


def longest_span_days(service: TimelineService) -> int:
    rows = _run_sql(
        service,
        service.views.sql(
            "SELECT start_date, end_date FROM {p}tl_facts WHERE start_date IS NOT NULL"
        ),
        {},
    )
    longest = 0
    for row in rows:
        r = dict(row)
        span = date.fromisoformat(r["end_date"]) - date.fromisoformat(r["start_date"])
        longest = max(longest, span.days)
    return longest


def query_experiments(url: str, rounds: int = 30) -> dict[str, Any]:
    service = open_service(url)
    views = service.views
    dialect = views.dialect
    generator_actors = ["bench:a000000", "bench:a000001"]
    results: dict[str, Any] = {"url": url.split("?")[0], "dialect": dialect}
    # 1. cursors: nested ORs (as shipped) against a row-value comparison.
    for name, actors in (("deep_cursor", ()), ("deep_cursor_actor", (generator_actors[0],))):
        # The cursor of the row half-way through the (actor's) timeline.
        order = "x" if actors else "f"
        table = "tl_fact_actors" if actors else "tl_facts"
        where = "WHERE actor_id = %(a)s" if actors else "WHERE status = 'active'"
        count = _run_sql(
            service,
            views.sql(f"SELECT COUNT(*) AS n FROM {{p}}{table} {where}"),
            {"a": actors[0] if actors else None},
        )
        total = int(dict(count[0])["n"])
        middle = _run_sql(
            service,
            views.sql(
                f"SELECT sort_key, document_id, position, fact_id FROM {{p}}{table} {where} "
                "ORDER BY sort_key, document_id, position, fact_id LIMIT 1 OFFSET %(o)s"
            ),
            {"a": actors[0] if actors else None, "o": total // 2},
        )
        cursor = encode_cursor(dict(middle[0]))
        query = TimelineQuery(actors=actors, limit=50, cursor=cursor)
        stmt, params, _ = views._timeline_sql(query, None)
        variant = row_value_cursor(stmt, order)
        if dialect == "sqlite":
            variant = _sqlite_params(variant)
        same = _run_sql(service, stmt, params) == _run_sql(service, variant, params)
        timings = _interleaved(
            {
                "shipped": partial(_run_sql, service, stmt, params),
                "row_value": partial(_run_sql, service, variant, params),
            },
            rounds,
        )
        results[name] = {
            **timings,
            "same_rows": same,
            "speedup": timings["shipped"] / timings["row_value"],
            "plan": _plan(service, variant, params),
        }
    # 2. date ranges: bound the index walk on sort_key.
    span = longest_span_days(service)
    results["longest_span_days"] = span
    for name, query in (
        ("dates", TimelineQuery(date_from="1990-01-01", date_to="1990-12-31", limit=50)),
        (
            "actor_type_dates",
            TimelineQuery(
                actors=(generator_actors[1],),
                types=("StatementMade",),
                date_from="2000-01-01",
                date_to="2009-12-31",
                limit=50,
            ),
        ),
    ):
        stmt, params, _ = views._timeline_sql(query, None)
        order = "x" if query.actors else "f"
        floor = (date.fromisoformat(query.date_from or "") - timedelta(days=span)).isoformat()
        variant = bounded_dates(stmt, order, dialect)
        vparams = {**params, "sort_floor": floor}
        same = _run_sql(service, stmt, params) == _run_sql(service, variant, vparams)
        timings = _interleaved(
            {
                "shipped": partial(_run_sql, service, stmt, params),
                "bounded": partial(_run_sql, service, variant, vparams),
            },
            rounds,
        )
        results[name] = {
            **timings,
            "same_rows": same,
            "speedup": timings["shipped"] / timings["bounded"],
            "plan": _plan(service, variant, vparams),
        }
    # 3. as-of by type: an index on tl_fact_versions like tl_facts_type.
    latest = int(service.app.recorder.max_notification_id() or 0)
    query = TimelineQuery(types=("AgreementSigned",), limit=50)
    before = _time(lambda: views.timeline(query, as_of=latest), rounds)
    current = _time(lambda: views.timeline(query), rounds)
    with views._transaction(commit=True) as c:
        c.execute(
            views.sql(
                "CREATE INDEX IF NOT EXISTS tl_fact_versions_type ON {p}tl_fact_versions "
                "(type, sort_key, document_id, position, fact_id)"
            )
        )
    if dialect == "postgres":
        with views._transaction(commit=True) as c:
            c.execute(views.sql("ANALYZE {p}tl_fact_versions"))
    after = _time(lambda: views.timeline(query, as_of=latest), rounds)
    current2 = _time(lambda: views.timeline(query), rounds)
    stmt, params, _ = views._timeline_sql(query, latest)
    results["type_as_of_index"] = {
        "as_of_p50_ms_before": percentile(before, 0.5) * 1000,
        "as_of_p50_ms_after": percentile(after, 0.5) * 1000,
        "current_p50_ms": percentile(current + current2, 0.5) * 1000,
        "plan_after": _plan(service, stmt, params),
    }
    # 4. log_size: MAX(leaf_index) (no index) against the ledger's own size.
    results["log_size"] = _interleaved(
        {
            "max_leaf_index": views.log_size,
            "ledger_size": lambda: views.ledger_state().size,
        },
        10,
    )
    service.close()
    return results


def _sqlite_params(statement: str) -> str:
    import re

    return re.sub(r"%\((\w+)\)s", r":\1", statement)


def _plan(service: TimelineService, statement: str, params: dict[str, Any]) -> list[str]:
    if service.views.dialect == "sqlite":
        rows = _run_sql(service, "EXPLAIN QUERY PLAN " + statement, params)
        return [dict(r)["detail"] for r in rows]
    rows = _run_sql(
        service, "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + statement, params
    )
    return [next(iter(dict(r).values())) for r in rows]


@contextmanager
def _copy_inserts(service: TimelineService, upserts: bool = False) -> Iterator[None]:
    """PostgreSQL: INSERT ... VALUES executemany calls become COPY (scratch shim).

    Plain inserts are copied into their table; with ``upserts``, INSERT ... ON CONFLICT
    rows are copied into a temporary table and merged with one INSERT ... SELECT.
    """
    import re

    views = service.views
    original = views._transaction
    pattern = re.compile(r"^INSERT INTO (\S+) VALUES \((.*?)\)( ON CONFLICT .*)?$", re.S)

    class Shim:
        def __init__(self, cursor: Any) -> None:
            self._c = cursor

        def __getattr__(self, name: str) -> Any:
            return getattr(self._c, name)

        def executemany(self, statement: Any, rows: Any) -> None:
            text = statement if isinstance(statement, str) else str(statement)
            match = pattern.match(text.strip())
            if match is None:
                self._c.executemany(statement, rows)
                return
            names = re.findall(r"%\((\w+)\)s", match.group(2))
            table, conflict = match.group(1), match.group(3)
            if conflict and not upserts:
                self._c.executemany(statement, rows)
                return
            target = table
            if conflict:
                target = "bench_copy_tmp"
                self._c.execute(f"CREATE TEMP TABLE {target} (LIKE {table}) ON COMMIT DROP")
            with self._c.copy(f"COPY {target} FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([row[n] for n in names])
            if conflict:
                self._c.execute(f"INSERT INTO {table} SELECT * FROM {target}{conflict}")
                self._c.execute(f"DROP TABLE {target}")

    @contextmanager
    def transaction(*, commit: bool) -> Iterator[Any]:
        with original(commit=commit) as c:
            yield Shim(c)

    views._transaction = transaction  # type: ignore[method-assign]
    try:
        yield
    finally:
        del views._transaction


def _existing_in_one_query(service: TimelineService, ids: list[Any]) -> set[str]:
    """Which of these aggregates exist: one ``IN`` query on the events table."""
    recorder: Any = service.app.recorder
    table = recorder.events_table_name
    with recorder.datastore.transaction(commit=False) as c:
        if service.views.dialect == "sqlite":
            marks = ", ".join("?" for _ in ids)
            values: list[Any] = [i.hex for i in ids]
            c.execute(
                f"SELECT originator_id FROM {table} WHERE originator_version = 1 "
                f"AND originator_id IN ({marks})",
                values,
            )
        else:
            c.execute(
                f'SELECT originator_id FROM "{recorder.datastore.schema}".{table} '
                "WHERE originator_version = 1 AND originator_id = ANY(%(ids)s)",
                {"ids": ids},
            )
        rows = c.fetchall()
        found = {str(next(iter(r.values())) if isinstance(r, dict) else r[0]) for r in rows}
    assert len(found) == len(set(ids)), (len(found), len(ids))
    return found


@contextmanager
def _sqlite_cache(service: TimelineService, kib: int) -> Iterator[None]:
    """SQLite: run the projection's transactions with a page cache of ``kib`` KiB."""
    views = service.views
    original = views._transaction

    @contextmanager
    def transaction(*, commit: bool) -> Iterator[Any]:
        with original(commit=commit) as c:
            c.execute(f"PRAGMA cache_size = -{kib}")
            try:
                yield c
            finally:
                c.execute("PRAGMA cache_size = -2000")  # back to SQLite's default

    views._transaction = transaction  # type: ignore[method-assign]
    try:
        yield
    finally:
        del views._transaction


@contextmanager
def _no_scans(service: TimelineService) -> Iterator[None]:
    """The two per-page look-ups that scan whole tables, replaced as proposed.

    * ``log_size``: the ledger's size (read anyway by the same catch-up) instead of
      ``MAX(leaf_index)`` over ``tl_log`` (no index on ``leaf_index``).
    * ``_fact_actor_rows``: not asked for facts at version 1 (new facts have no links yet);
      the synthetic log has only version-1 facts, so here it is never asked.
    """
    views = service.views
    views.log_size = lambda: views.ledger_state().size  # type: ignore[method-assign]
    views._fact_actor_rows = lambda c, fact_ids: []  # type: ignore[method-assign]
    try:
        yield
    finally:
        del views.log_size, views._fact_actor_rows


def write_experiments(backend: str, n: int) -> dict[str, Any]:
    workdir = OUT / f"tmp-exp-{os.getpid()}"
    store = make_store(backend, "exp", workdir)
    corpus = Corpus()
    service = open_service(store.url, corpus)
    results: dict[str, Any] = {"backend": backend, "n_facts": n}
    try:
        generator = Generator(n, seed=1)
        existing: list[float] = []
        for batch in batched(generator.documents(), 200):
            sources = corpus.register(batch)
            start = time.perf_counter()
            for s in sources:
                service.app._existing(s.id)
            existing.append(time.perf_counter() - start)
            service.app.ingest_many(sources, RECORDED_BY)
        # One query per batch instead of one repository.get per document.
        full = [s.id for s in corpus.register(next(batched(generator.documents(), 200)))]
        one_query = _time(lambda: _existing_in_one_query(service, full), 10)
        results["existing_lookup_per_batch_ms"] = {
            "per_document_get": percentile(existing, 0.5) * 1000,
            "one_in_query": percentile(one_query, 0.5) * 1000,
        }
        events = int(service.app.recorder.max_notification_id() or 0)
        variants: list[tuple[str, Callable[[], Any]]] = [
            ("page_1000", lambda: service.projection.catch_up(1000)),
            ("page_10000", lambda: service.projection.catch_up(10000)),
        ]

        def no_scans() -> Any:
            with _no_scans(service):
                return service.projection.catch_up(1000)

        variants.append(("page_1000_no_scans", no_scans))
        if backend == "sqlite":

            def cached() -> Any:
                with _sqlite_cache(service, 256 * 1024):
                    return service.projection.catch_up(1000)

            variants.append(("page_1000_cache_256MiB", cached))
        if backend == "postgres":

            def copying() -> Any:
                with _copy_inserts(service):
                    return service.projection.catch_up(1000)

            def copying_all() -> Any:
                with _copy_inserts(service, upserts=True):
                    return service.projection.catch_up(1000)

            def everything() -> Any:
                with _copy_inserts(service, upserts=True), _no_scans(service):
                    return service.projection.catch_up(10000)

            variants.append(("page_1000_copy", copying))
            variants.append(("page_1000_copy_upserts", copying_all))
            variants.append(("page_10000_copy_upserts_no_scans", everything))
        timings: dict[str, list[float]] = {name: [] for name, _ in variants}
        digests: dict[str, str] = {}
        for _ in range(2):
            for name, fn in variants:
                service.views.drop_views()
                start = time.perf_counter()
                fn()
                timings[name].append(time.perf_counter() - start)
                dump = json.dumps(service.views.dump(), sort_keys=True, default=str)
                digests[name] = hashlib.sha256(dump.encode()).hexdigest()
        results["same_views_as_page_1000"] = {
            name: digest == digests["page_1000"] for name, digest in digests.items()
        }
        results["replay_events_per_s"] = {
            name: events / (sum(v) / len(v)) for name, v in timings.items()
        }
        results["events"] = events
    finally:
        service.close()
        store.drop()
        clean_workdir(workdir)
    return results


def main(argv: list[str]) -> None:
    if argv[0] == "queries":
        result = query_experiments(argv[1])
    else:
        result = write_experiments(argv[1], int(argv[2]))
    OUT.mkdir(parents=True, exist_ok=True)
    name = f"experiment-{argv[0]}-{argv[1].split(':')[0]}-{int(time.time())}.json"
    (OUT / name).write_text(json.dumps(result, indent=1, default=str))
    print(json.dumps(result, indent=1, default=str))


if __name__ == "__main__":
    main(sys.argv[1:])

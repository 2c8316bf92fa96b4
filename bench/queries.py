"""The timeline queries the benchmark asks, their plans, and in-process latencies.

Each query is given both as HTTP parameters (for the server) and as a
:class:`~timeline.views.TimelineQuery` (for the plans and the in-process as-of comparison).
"""

from __future__ import annotations

import re
import statistics
import time
from dataclasses import dataclass, replace
from typing import Any

from bench.generator import Generator
from timeline.service import TimelineService
from timeline.views import RANDOM_PAGE_COST, TimelineQuery, encode_cursor

LIMIT = 50


@dataclass(frozen=True, slots=True)
class BenchQuery:
    name: str
    description: str
    params: dict[str, str]
    query: TimelineQuery


def query_set(service: TimelineService, generator: Generator) -> list[BenchQuery]:
    top = generator.actors[0].id
    mid = generator.actors[min(100, len(generator.actors) - 1)].id
    queries = [
        BenchQuery(
            "actor_top",
            f"actor={top} (the most frequent actor)",
            {"actor": top},
            TimelineQuery(actors=(top,)),
        ),
        BenchQuery(
            "actor_mid", f"actor={mid} (rank 100)", {"actor": mid}, TimelineQuery(actors=(mid,))
        ),
        BenchQuery(
            "type",
            "type=AgreementSigned",
            {"type": "AgreementSigned"},
            TimelineQuery(types=("AgreementSigned",)),
        ),
        BenchQuery(
            "dates",
            "from=1990-01-01&to=1990-12-31",
            {"from": "1990-01-01", "to": "1990-12-31"},
            TimelineQuery(date_from="1990-01-01", date_to="1990-12-31"),
        ),
        BenchQuery(
            "actor_type_dates",
            f"actor={generator.actors[1].id}&type=StatementMade&from=2000&to=2009",
            {
                "actor": generator.actors[1].id,
                "type": "StatementMade",
                "from": "2000-01-01",
                "to": "2009-12-31",
            },
            TimelineQuery(
                actors=(generator.actors[1].id,),
                types=("StatementMade",),
                date_from="2000-01-01",
                date_to="2009-12-31",
            ),
        ),
    ]
    middle = _middle_cursor(service, None)
    if middle:
        queries.append(
            BenchQuery(
                "deep_cursor",
                "no filter, cursor at the middle of the timeline",
                {"cursor": middle},
                TimelineQuery(cursor=middle),
            )
        )
    middle_actor = _middle_cursor(service, top)
    if middle_actor:
        queries.append(
            BenchQuery(
                "deep_cursor_actor",
                f"actor={top}, cursor at the middle of its facts",
                {"actor": top, "cursor": middle_actor},
                TimelineQuery(actors=(top,), cursor=middle_actor),
            )
        )
    return [
        replace(q, params={**q.params, "limit": str(LIMIT)}, query=replace(q.query, limit=LIMIT))
        for q in queries
    ]


def _middle_cursor(service: TimelineService, actor: str | None) -> str | None:
    views = service.views
    with views._transaction(commit=False) as c:
        if actor is None:
            c.execute(
                views.sql(
                    "SELECT COUNT(*) AS n FROM {p}tl_versions "
                    "WHERE status = 'active' AND to_pos IS NULL"
                )
            )
            total = int(dict(c.fetchone())["n"])
            statement = (
                "SELECT sort_key, document_id, position, fact_id FROM {p}tl_versions "
                "WHERE status = 'active' AND to_pos IS NULL "
                "ORDER BY sort_key, document_id, position, fact_id LIMIT 1 OFFSET %(o)s"
            )
        else:
            c.execute(
                views.sql(
                    "SELECT COUNT(*) AS n FROM {p}tl_links WHERE actor_id = %(a)s "
                    "AND to_pos IS NULL"
                ),
                {"a": actor},
            )
            total = int(dict(c.fetchone())["n"])
            statement = (
                "SELECT sort_key, document_id, position, fact_id FROM {p}tl_links "
                "WHERE actor_id = %(a)s AND to_pos IS NULL "
                "ORDER BY sort_key, document_id, position, fact_id LIMIT 1 OFFSET %(o)s"
            )
        c.execute(views.sql(statement), {"a": actor, "o": total // 2})
        row = c.fetchone()
    return encode_cursor(dict(row)) if row is not None else None


SORT_NODE = re.compile(r"(?:^|-> +)(?:Incremental )?Sort \(")


def explain(service: TimelineService, query: TimelineQuery, as_of: int | None) -> dict[str, Any]:
    """The engine's plan for the service's own timeline SQL, and whether it scans a table."""
    views = service.views
    statement, params, _ = views._timeline_sql(query, as_of, with_state=True)
    with views._transaction(commit=False) as c:
        if views.dialect == "sqlite":
            c.execute("EXPLAIN QUERY PLAN " + statement, params)
            lines = [dict(r)["detail"] for r in c.fetchall()]
            full_scans = [
                line
                for line in lines
                if re.match(r"SCAN \w+$", line.strip())
                or ("SCAN TABLE" in line and "USING" not in line)
            ]
            sorts = [line for line in lines if "TEMP B-TREE" in line]
        else:
            # As the service's read connections run it (PostgresViews._fetch).
            c.execute(f"SET LOCAL random_page_cost = {RANDOM_PAGE_COST}")
            c.execute("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + statement, params)
            lines = [next(iter(dict(r).values())) for r in c.fetchall()]
            # The statement also reads the views' position and longest interval: one row
            # per name in two bookkeeping tables of constant size, which PostgreSQL reads
            # whole (one page) rather than through their keys; the report lists them apart.
            full_scans = [line for line in lines if "Seq Scan" in line]
            # Sort nodes only: a Merge Append's "Sort Key:" line merges sorted inputs.
            sorts = [line for line in lines if SORT_NODE.search(line.strip())]
    return {"plan": lines, "full_scans": full_scans, "sorts": sorts, "sql": statement}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def summarize(samples: list[float]) -> dict[str, float]:
    return {
        "n": len(samples),
        "p50_ms": percentile(samples, 0.5) * 1000,
        "p99_ms": percentile(samples, 0.99) * 1000,
        "mean_ms": statistics.fmean(samples) * 1000 if samples else float("nan"),
    }


def as_of_in_process(
    service: TimelineService, queries: list[BenchQuery], rounds: int, budget_s: float
) -> dict[str, Any]:
    """Current-state vs as-of (at the latest position and at the log's middle), interleaved."""
    latest = int(service.app.recorder.max_notification_id() or 0)
    middle = latest // 2
    samples: dict[str, dict[str, list[float]]] = {
        q.name: {"current": [], "as_of_latest": [], "as_of_middle": []} for q in queries
    }
    deadline = time.perf_counter() + budget_s
    for _ in range(rounds):
        for q in queries:
            for label, as_of in (
                ("current", None),
                ("as_of_latest", latest),
                ("as_of_middle", middle),
            ):
                start = time.perf_counter()
                service.views.timeline(q.query, as_of=as_of)
                samples[q.name][label].append(time.perf_counter() - start)
        if time.perf_counter() > deadline:
            break
    result: dict[str, Any] = {"latest": latest, "middle": middle, "queries": {}}
    for name, by_label in samples.items():
        stats: dict[str, Any] = {label: summarize(v) for label, v in by_label.items()}
        for label in ("as_of_latest", "as_of_middle"):
            stats[f"{label}_ratio_p50"] = stats[label]["p50_ms"] / stats["current"]["p50_ms"]
        result["queries"][name] = stats
    return result

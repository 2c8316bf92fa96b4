"""``docs/performance.md`` and ``docs/perf/*.png`` from ``bench/out/results.json``.

``python -m bench.report`` rewrites them from the stored results (no measuring). The
hand-written analysis lives in ``bench/analysis.md`` and is included as it is.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "performance.md"
PLOTS = ROOT / "docs" / "perf"
ANALYSIS = Path(__file__).resolve().parent / "analysis.md"
RESULTS = ROOT / "bench" / "out" / "results.json"

TARGETS = {
    "ingest": ("service / bare eventsourcing save (facts/s)", ">=", 0.8),
    "ingest_deferred": (
        "service, projection deferred / bare eventsourcing save (facts/s)",
        ">=",
        0.8,
    ),
    "replay": ("replay / bare read+decode (events/s)", ">=", 0.5),
    "rps": ("/timeline / /healthz requests/s", ">=", 0.5),
    "as_of": ("as-of / current p50 latency, worst query and position", "<=", 5.0),
    "scaling": ("p99 at largest N / p99 at 10^4, worst query", "<=", 3.0),
    "memory": ("server peak RSS at largest N (MiB)", "<=", 1024.0),
}


def _verdict(value: float, op: str, target: float) -> str:
    if math.isnan(value):
        return "not measured"
    ok = value >= target if op == ">=" else value <= target
    if ok:
        return "**met**"
    gap = (target / value if op == ">=" else value / target) if value else math.inf
    return f"**missed** ({gap:.1f}x off)"


def _runs(results: dict[str, Any]) -> list[dict[str, Any]]:
    runs = list(results.get("runs", {}).values())
    return sorted(runs, key=lambda r: (r["backend"] != "sqlite", r["n_facts"]))


def _n(n: int) -> str:
    exponent = math.log10(n)
    return f"10^{exponent:.0f}" if exponent.is_integer() else f"{n:,}"


def _ms(stats: dict[str, Any] | None, key: str) -> str:
    return "" if not stats else f"{stats[key]:.1f}"


def _timeline_names(run: dict[str, Any]) -> list[str]:
    lat = run.get("http", {}).get("latency", {}).get("queries", {})
    return [k for k in lat if k != "healthz" and "@" not in k]


def summary_table(runs: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| backend | N facts | events | ingest service / bare (facts/s) | ratio "
        "| replay / bare read (events/s) | ratio | /timeline / /healthz (req/s) | ratio "
        "| worst as-of/current p50 | server peak RSS |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        ing, rep = r["ingest"], r["replay"]
        tp = r.get("http", {}).get("throughput")
        mem = r.get("http", {}).get("memory", {}).get("end", {}).get("VmHWM")
        as_of = worst_as_of(r)
        lines.append(
            f"| {r['backend']} | {_n(r['n_facts'])} | {ing['events']:,} "
            f"| {ing['service_facts_per_s']:,.0f} / {ing['bare_facts_per_s']:,.0f} "
            f"| {ing['ratio']:.2f} "
            f"| {rep['replay_events_per_s']:,.0f} / {rep['bare_events_per_s']:,.0f} "
            f"| {rep['ratio']:.2f} "
            + (
                f"| {tp['timeline_rps']:,.0f} / {tp['healthz_rps']:,.0f} | {tp['ratio']:.2f} "
                if tp
                else "| – | – "
            )
            + f"| {as_of[1]:.2f} ({as_of[0]}) "
            + (f"| {mem / 2**20:,.0f} MiB |" if mem else "| – |")
        )
    return lines


def worst_as_of(run: dict[str, Any]) -> tuple[str, float]:
    """The as-of/current p50 ratio of the worst query: over HTTP if served, else in-process."""
    lat = run.get("http", {}).get("latency", {}).get("queries", {})
    ratios = {k.split("@")[0]: v["ratio_p50"] for k, v in lat.items() if "ratio_p50" in v}
    source = "http"
    if not ratios:
        source = "in-process"
        for k, v in run.get("as_of_in_process", {}).get("queries", {}).items():
            ratios[f"{k} as of latest"] = v["as_of_latest_ratio_p50"]
            ratios[f"{k} as of middle"] = v["as_of_middle_ratio_p50"]
    if not ratios:
        return ("–", float("nan"))
    name = max(ratios, key=lambda k: ratios[k])
    return (f"{name}, {source}", ratios[name])


def latency_table(runs: list[dict[str, Any]]) -> list[str]:
    names: list[str] = []
    for r in runs:
        for name in ["healthz", *_timeline_names(r)]:
            if name not in names:
                names.append(name)
    lines = [
        "| backend | N | " + " | ".join(names) + " |",
        "|---|---:|" + "---:|" * len(names),
    ]
    for r in runs:
        lat = r.get("http", {}).get("latency", {}).get("queries", {})
        if not lat:
            continue
        cells = [
            f"{_ms(lat.get(n), 'p50_ms')} / {_ms(lat.get(n), 'p99_ms')}" if n in lat else ""
            for n in names
        ]
        lines.append(f"| {r['backend']} | {_n(r['n_facts'])} | " + " | ".join(cells) + " |")
    return lines


def as_of_table(runs: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| backend | N | query | current p50 (ms) | as-of latest p50 | ratio "
        "| as-of middle p50 | ratio |",
        "|---|---:|---|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        for name, s in r.get("as_of_in_process", {}).get("queries", {}).items():
            lines.append(
                f"| {r['backend']} | {_n(r['n_facts'])} | {name} "
                f"| {s['current']['p50_ms']:.1f} | {s['as_of_latest']['p50_ms']:.1f} "
                f"| {s['as_of_latest_ratio_p50']:.2f} | {s['as_of_middle']['p50_ms']:.1f} "
                f"| {s['as_of_middle_ratio_p50']:.2f} |"
            )
    return lines


def breakdown_table(runs: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| backend | N | service total (s) | save | project (catch_up) "
        "| 'already recorded?' look-ups | other (extract, build aggregates) | bare total (s) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        i = r["ingest"]
        b = i["breakdown_seconds"]
        total = i["service_seconds"]

        def pct(v: float, total: float = total) -> str:
            return f"{v:.1f} ({100 * v / total:.0f}%)"

        lines.append(
            f"| {r['backend']} | {_n(r['n_facts'])} | {total:.1f} | {pct(b['save'])} "
            f"| {pct(b['catch_up'])} | {pct(b['existing_lookup'])} | {pct(b['other'])} "
            f"| {i['bare_seconds']:.1f} |"
        )
    return lines


def scaling(runs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per backend: p99 at the largest N over p99 at the smallest, raw and healthz-normalised."""
    out: dict[str, dict[str, Any]] = {}
    for backend in sorted({r["backend"] for r in runs}):
        mine = [r for r in runs if r["backend"] == backend and r.get("http")]
        if len(mine) < 2:
            continue
        small, large = mine[0], mine[-1]
        q_small = small["http"]["latency"]["queries"]
        q_large = large["http"]["latency"]["queries"]
        rows = {}
        for name in _timeline_names(large):
            if name not in q_small or name == "paging":
                continue
            raw = q_large[name]["p99_ms"] / q_small[name]["p99_ms"]
            norm = q_large[name]["p99_over_healthz_p99"] / q_small[name]["p99_over_healthz_p99"]
            rows[name] = {"raw": raw, "normalised": norm}
        out[backend] = {"small": small["n_facts"], "large": large["n_facts"], "queries": rows}
    return out


def _deferred_runs(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Per backend and size, the newest run that measured ingest with the projection
    deferred: an ingest-only run, or a full run (which measures it too)."""
    newest: dict[str, dict[str, Any]] = {}
    for kind in ("runs", "ingest_runs"):
        for key, run in results.get(kind, {}).items():
            if "deferred_ratio" not in run["ingest"]:
                continue
            if key not in newest or run["started_at"] > newest[key]["started_at"]:
                newest[key] = run
    return _runs({"runs": newest})


def _deferred(ingest_runs: list[dict[str, Any]], backend: str) -> tuple[float, str]:
    """The deferred-projection ingest ratio at the largest N an ingest-only run measured."""
    mine = [r for r in ingest_runs if r["backend"] == backend and "deferred_ratio" in r["ingest"]]
    if not mine:
        return float("nan"), ""
    return mine[-1]["ingest"]["deferred_ratio"], f" (at {_n(mine[-1]['n_facts'])})"


def deferred_table(ingest_runs: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| backend | N facts | bare save (facts/s) | projection inline (facts/s) | ratio "
        "| projection deferred (facts/s) | ratio | its projector catching up (events/s) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in ingest_runs:
        i = r["ingest"]
        if "deferred_ratio" not in i:
            continue
        lines.append(
            f"| {r['backend']} | {_n(r['n_facts'])} | {i['bare_facts_per_s']:,.0f} "
            f"| {i['service_facts_per_s']:,.0f} | {i['ratio']:.2f} "
            f"| {i['deferred_facts_per_s']:,.0f} | {i['deferred_ratio']:.2f} "
            f"| {i['drain_events_per_s']:,.0f} |"
        )
    return lines


def targets_table(
    runs: list[dict[str, Any]], ingest_runs: list[dict[str, Any]] | None = None
) -> list[str]:
    lines = ["| target | backend | largest N | value | verdict |", "|---|---|---:|---:|---|"]
    scale = scaling(runs)
    for backend in sorted({r["backend"] for r in runs}, key=lambda b: b != "sqlite"):
        mine = [r for r in runs if r["backend"] == backend]
        r = mine[-1]
        values: dict[str, tuple[float, str]] = {
            "ingest": (r["ingest"]["ratio"], ""),
            "ingest_deferred": _deferred(ingest_runs or [], backend),
            "replay": (r["replay"]["ratio"], ""),
        }
        tp = r.get("http", {}).get("throughput")
        values["rps"] = (tp["ratio"] if tp else float("nan"), "")
        name, ratio = worst_as_of(r)
        values["as_of"] = (ratio, f" ({name})")
        rows = scale.get(backend, {}).get("queries", {})
        if rows:
            worst = max(rows, key=lambda k: rows[k]["normalised"])
            values["scaling"] = (
                rows[worst]["normalised"],
                f" ({worst}; healthz-normalised; raw {rows[worst]['raw']:.2f};"
                f" {_n(scale[backend]['small'])} to {_n(scale[backend]['large'])})",
            )
        else:
            values["scaling"] = (float("nan"), " (needs two sizes)")
        mem = r.get("http", {}).get("memory", {}).get("end", {}).get("VmHWM")
        values["memory"] = (mem / 2**20 if mem else float("nan"), "")
        for key, (label, op, target) in TARGETS.items():
            value, note = values[key]
            lines.append(
                f"| {label} {op} {target:g} | {backend} | {_n(r['n_facts'])} "
                f"| {value:.2f}{note} | {_verdict(value, op, target)} |"
            )
    return lines


# See bench.queries.explain: constant-size tables PostgreSQL reads whole (one page).
BOOKKEEPING = re.compile(r"Seq Scan on (\w*tracking|tl_meta)\b")


def unbounded_walks(plan: list[str]) -> list[str]:
    """Index walks with no range bound: SQLite ``SCAN t USING INDEX``, PostgreSQL an
    ``Index Scan`` whose rows are mostly thrown away by a filter (rows removed > 10x kept)."""
    found = [line.strip() for line in plan if re.match(r"\s*SCAN \w+ USING", line)]
    for index, line in enumerate(plan):
        removed = re.search(r"Rows Removed by Filter: (\d+)", line)
        if not removed:
            continue
        for previous in reversed(plan[:index]):
            kept = re.search(r"\(actual rows=(\d+)", previous)
            if kept:
                if int(removed.group(1)) > 10 * max(1, int(kept.group(1))):
                    found.append(f"{previous.strip()}: {removed.group(0)}")
                break
    return found


def bookkeeping_scans(plan: dict[str, Any]) -> list[str]:
    return [line for line in plan["full_scans"] if BOOKKEEPING.search(line)]


def table_scans(plan: dict[str, Any]) -> list[str]:
    return [line for line in plan["full_scans"] if not BOOKKEEPING.search(line)]


def plans_section(runs: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    for backend in sorted({r["backend"] for r in runs}, key=lambda b: b != "sqlite"):
        r = [x for x in runs if x["backend"] == backend][-1]
        lines += [f"### {backend}, N = {_n(r['n_facts'])}", ""]

        def which(test: Any, r: dict[str, Any] = r) -> str:
            found = [
                f"{name} ({kind})"
                for name, plans in r["plans"].items()
                for kind, plan in plans.items()
                if test(plan)
            ]
            return ", ".join(found) or "none"

        lines += [
            f"* Full table scans: {which(lambda p: table_scans(p))}.",
            "* Whole reads of the one-page bookkeeping tables (the views' position in the "
            "tracking table, the longest interval in `tl_meta`; constant size): "
            f"{which(lambda p: bookkeeping_scans(p))}.",
            f"* Index walks without a range bound (cost grows with N): "
            f"{which(lambda p: unbounded_walks(p['plan']))}.",
            f"* Explicit sorts: {which(lambda p: p['sorts'])}.",
            "",
        ]
        for name, plans in r["plans"].items():
            for kind, plan in plans.items():
                lines += [
                    f"**{name}** ({kind}): `{r['queries'][name]}`",
                    "",
                    "```",
                    *plan["plan"],
                    "```",
                    "",
                ]
    return lines


def plots(runs: list[dict[str, Any]]) -> list[str]:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return []
    PLOTS.mkdir(parents=True, exist_ok=True)
    made = []
    backends = sorted({r["backend"] for r in runs}, key=lambda b: b != "sqlite")
    colours = {"sqlite": "tab:blue", "postgres": "tab:red"}

    fig, axes = plt.subplots(1, 2, figsize=(11, 4))
    for backend in backends:
        mine = [r for r in runs if r["backend"] == backend]
        ns = [r["n_facts"] for r in mine]
        axes[0].plot(
            ns,
            [r["ingest"]["service_facts_per_s"] for r in mine],
            "o-",
            color=colours.get(backend),
            label=f"{backend} service",
        )
        axes[0].plot(
            ns,
            [r["ingest"]["bare_facts_per_s"] for r in mine],
            "o--",
            color=colours.get(backend),
            label=f"{backend} bare eventsourcing",
        )
        axes[1].plot(
            ns,
            [r["replay"]["replay_events_per_s"] for r in mine],
            "o-",
            color=colours.get(backend),
            label=f"{backend} replay",
        )
        axes[1].plot(
            ns,
            [r["replay"]["bare_events_per_s"] for r in mine],
            "o--",
            color=colours.get(backend),
            label=f"{backend} bare read+decode",
        )
    for ax, title, unit in ((axes[0], "Ingest", "facts/s"), (axes[1], "Replay", "events/s")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("N facts")
        ax.set_ylabel(unit)
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(PLOTS / "throughput.png", dpi=110)
    plt.close(fig)
    made.append("throughput.png")

    http_runs = [r for r in runs if r.get("http")]
    if http_runs:
        fig, axes = plt.subplots(1, len(backends), figsize=(6 * len(backends), 4), squeeze=False)
        for ax, backend in zip(axes[0], backends, strict=True):
            mine = [r for r in http_runs if r["backend"] == backend]
            if not mine:
                continue
            names = ["healthz", *_timeline_names(mine[-1])]
            for name in names:
                points = [
                    (r["n_facts"], r["http"]["latency"]["queries"][name]["p99_ms"])
                    for r in mine
                    if name in r["http"]["latency"]["queries"]
                ]
                ax.plot([p[0] for p in points], [p[1] for p in points], "o-", label=name)
            ax.set_xscale("log")
            ax.set_yscale("log")
            ax.set_xlabel("N facts")
            ax.set_ylabel("p99 latency (ms)")
            ax.set_title(f"HTTP p99 latency, {backend}")
            ax.grid(True, which="both", alpha=0.3)
            ax.legend(fontsize=7)
        fig.tight_layout()
        fig.savefig(PLOTS / "latency.png", dpi=110)
        plt.close(fig)
        made.append("latency.png")

        fig, ax = plt.subplots(figsize=(6, 4))
        for backend in backends:
            mine = [r for r in http_runs if r["backend"] == backend]
            ns = [r["n_facts"] for r in mine]
            ax.plot(
                ns,
                [r["http"]["throughput"]["timeline_rps"] for r in mine],
                "o-",
                color=colours.get(backend),
                label=f"{backend} /timeline",
            )
            ax.plot(
                ns,
                [r["http"]["throughput"]["healthz_rps"] for r in mine],
                "o--",
                color=colours.get(backend),
                label=f"{backend} /healthz",
            )
        ax.set_xscale("log")
        ax.set_xlabel("N facts")
        ax.set_ylabel("requests/s")
        ax.set_title("HTTP throughput (same server, same client)")
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=7)
        fig.tight_layout()
        fig.savefig(PLOTS / "requests.png", dpi=110)
        plt.close(fig)
        made.append("requests.png")
    return made


def write(results: dict[str, Any]) -> None:
    runs = _runs(results)
    ingest_runs = _deferred_runs(results)
    images = plots(runs)
    sizes = sorted({r["n_facts"] for r in runs})
    machine = results.get("machine", {})
    lines = [
        "# Performance",
        "",
        "Generated by `python -m bench.run` (`make bench`, `make bench-quick`) from "
        "`bench/out/results.json`; the analysis section is `bench/analysis.md`. "
        f"Machine: {machine.get('cpus', '?')} CPUs, {machine.get('platform', '?')}; "
        f"sizes measured: {', '.join(_n(n) for n in sizes)}.",
        "",
        "Every figure is a ratio against a baseline measured side by side in the same run "
        "(the machine is noisy; absolute numbers are given for orientation only).",
        "",
    ]
    if ANALYSIS.exists():
        lines += [ANALYSIS.read_text().rstrip(), ""]
    lines += [
        "## Targets",
        "",
        *targets_table(runs, ingest_runs),
        "",
        "## Results",
        "",
        *summary_table(runs),
        "",
    ]
    lines += [f"![{name}](perf/{name})" for name in images]
    lines += [
        "",
        "### Where ingest time goes",
        "",
        "Inside `TimelineService.ingest_many` (timed by wrapping the methods, code unchanged):",
        "",
        *breakdown_table(runs),
        "",
        "### Ingest with the projection deferred",
        "",
        "`python -m bench.run --ingest-only`: the same batches saved by the bare library, by "
        "the service projecting inline (the default) and by the service with its projection "
        "off the write path (`TIMELINE_PROJECT_INLINE=false`, the scale-out set-up where "
        "`timeline project --follow` keeps the views), taking turns batch by batch; then that "
        "service's projector catches up with the whole log in one go.",
        "",
        *deferred_table(ingest_runs),
        "",
        "### HTTP latency, p50 / p99 (ms)",
        "",
        "One client, sequential keep-alive requests, every query and /healthz in turn per round; "
        "`paging` follows `next_cursor` from the first page (limit 50). "
        "p99 over ~100 samples is the second-largest sample: read it as a rough tail.",
        "",
        *latency_table(runs),
        "",
    ]
    scale = scaling(runs)
    if scale:
        lines += ["### p99 growth with N (largest N over smallest)", ""]
        lines += ["| backend | query | raw | normalised by /healthz p99 |", "|---|---|---:|---:|"]
        for backend, data in scale.items():
            for name, v in data["queries"].items():
                lines.append(f"| {backend} | {name} | {v['raw']:.2f} | {v['normalised']:.2f} |")
        lines.append("")
    lines += [
        "### As-of against current state (in-process, `views.timeline`, same filters)",
        "",
        "`as-of latest` asks for the newest log position (the same rows as current state); "
        "`as-of middle` for the log's middle position.",
        "",
        *as_of_table(runs),
        "",
        "## Query plans",
        "",
        "The service's own SQL (`_Views._timeline_sql`), `EXPLAIN QUERY PLAN` on SQLite, "
        "`EXPLAIN (ANALYZE)` on PostgreSQL (after `ANALYZE`), at the largest N measured.",
        "",
        *plans_section(runs),
    ]
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text("\n".join(lines).rstrip() + "\n")


def main() -> None:
    write(json.loads(RESULTS.read_text()))


if __name__ == "__main__":
    main()

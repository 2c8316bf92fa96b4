"""A real uvicorn server process over the benchmark's database, and a bounded client.

The server is ``python -m bench.serve`` (the API app under uvicorn, one worker) in a
child process; this process is the client (keep-alive ``httpx`` connections on 127.0.0.1).
Every /timeline figure is paired with /healthz of the same server in the same run.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bench.queries import BenchQuery, summarize

ROOT = Path(__file__).resolve().parents[1]


@dataclass(slots=True)
class Server:
    process: subprocess.Popen[bytes]
    base_url: str
    log: Path

    def memory(self) -> dict[str, int]:
        """VmHWM (peak RSS) and VmRSS of the server process, in bytes."""
        found: dict[str, int] = {}
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        for line in status.splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                found[key] = int(value.split()[0]) * 1024
        return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(database_url: str, log: Path) -> Iterator[Server]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "bench.serve", str(port), database_url],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = Server(process, f"http://127.0.0.1:{port}", log)
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server exited: see {log}")
            try:
                if httpx.get(server.base_url + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start in 120 s: see {log}")
            time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def supports_as_of(server: Server) -> bool:
    spec = httpx.get(server.base_url + "/openapi.json", timeout=10).json()
    parameters = spec.get("paths", {}).get("/timeline", {}).get("get", {}).get("parameters", [])
    return any(p.get("name") == "as_of" for p in parameters)


def _get(client: httpx.Client, path: str, params: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    response = client.get(path, params=params)
    elapsed = time.perf_counter() - start
    if response.status_code != 200:
        raise RuntimeError(f"GET {path} {params}: {response.status_code} {response.text[:300]}")
    return elapsed


def latencies(
    server: Server,
    queries: list[BenchQuery],
    rounds: int,
    budget_s: float,
    as_of: int | None,
    paging_pages: int,
) -> dict[str, Any]:
    """Sequential requests, one client: every query and /healthz in turn, ``rounds`` times.

    With ``as_of``, each query is also asked as of that position right after its
    current-state twin. ``paging`` follows ``next_cursor`` from the first page on.
    """
    samples: dict[str, list[float]] = {"healthz": []}
    for q in queries:
        samples[q.name] = []
        if as_of is not None:
            samples[q.name + "@as_of"] = []
    samples["paging"] = []
    with httpx.Client(base_url=server.base_url, timeout=120) as client:
        for q in queries:  # warm up: connections, caches, prepared statements
            _get(client, "/timeline", q.params)
        deadline = time.perf_counter() + budget_s
        done = 0
        for _ in range(rounds):
            samples["healthz"].append(_get(client, "/healthz"))
            for q in queries:
                samples[q.name].append(_get(client, "/timeline", q.params))
                if as_of is not None:
                    params = {**q.params, "as_of": str(as_of)}
                    samples[q.name + "@as_of"].append(_get(client, "/timeline", params))
            done += 1
            if time.perf_counter() > deadline:
                break
        page_params: dict[str, str] = {"limit": queries[0].params["limit"]}
        for _ in range(paging_pages):
            start = time.perf_counter()
            response = client.get("/timeline", params=page_params)
            samples["paging"].append(time.perf_counter() - start)
            cursor = response.json().get("next_cursor")
            if not cursor:
                break
            page_params = {**page_params, "cursor": cursor}
    result: dict[str, Any] = {"rounds": done, "queries": {}}
    for name, values in samples.items():
        result["queries"][name] = summarize(values)
    if as_of is not None:
        for q in queries:
            mine = result["queries"][q.name + "@as_of"]
            mine["ratio_p50"] = mine["p50_ms"] / result["queries"][q.name]["p50_ms"]
            mine["ratio_p99"] = mine["p99_ms"] / result["queries"][q.name]["p99_ms"]
    healthz = result["queries"]["healthz"]
    for stats in result["queries"].values():
        stats["p99_over_healthz_p99"] = stats["p99_ms"] / healthz["p99_ms"]
    return result


def _burst(
    server: Server, requests: list[tuple[str, dict[str, str] | None]], threads: int
) -> tuple[int, float]:
    """Send the requests from ``threads`` keep-alive clients; return (count, seconds)."""
    lock = threading.Lock()
    queue = list(reversed(requests))
    errors: list[str] = []

    def worker() -> None:
        with httpx.Client(base_url=server.base_url, timeout=120) as client:
            while True:
                with lock:
                    if not queue:
                        return
                    path, params = queue.pop()
                response = client.get(path, params=params)
                if response.status_code != 200:
                    errors.append(f"{path}: {response.status_code}")

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    start = time.perf_counter()
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    if errors:
        raise RuntimeError(f"load loop errors: {errors[:3]}")
    return len(requests), time.perf_counter() - start


def throughput(
    server: Server, queries: list[BenchQuery], rounds: int, per_round: int, threads: int
) -> dict[str, Any]:
    """Requests/s of /timeline (the query mix) against /healthz, alternating rounds."""
    totals = {"healthz": [0, 0.0], "timeline": [0, 0.0]}
    mix: list[tuple[str, dict[str, str] | None]] = [
        ("/timeline", queries[i % len(queries)].params) for i in range(per_round)
    ]
    health: list[tuple[str, dict[str, str] | None]] = [("/healthz", None)] * per_round
    # Size /timeline rounds to take about as long as /healthz ones would not bound them:
    # the count is fixed, so the time is bounded by per_round x the slowest query.
    for r in range(rounds):
        order = (("healthz", health), ("timeline", mix))
        for name, requests in order if r % 2 == 0 else tuple(reversed(order)):
            count, seconds = _burst(server, requests, threads)
            totals[name][0] += count
            totals[name][1] += seconds
    rates = {name: count / seconds for name, (count, seconds) in totals.items()}
    return {
        "threads": threads,
        "requests": {name: int(v[0]) for name, v in totals.items()},
        "healthz_rps": rates["healthz"],
        "timeline_rps": rates["timeline"],
        "ratio": rates["timeline"] / rates["healthz"],
    }

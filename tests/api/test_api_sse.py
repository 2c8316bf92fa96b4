"""GET /events/stream through a real uvicorn server: resume exactly once, heartbeats, shutdown."""

from __future__ import annotations

import asyncio
import json
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from api_support import RECORDER, LiveServer, make_settings, start_live_server

from api.app import create_app
from timeline.service import TimelineService


@dataclass
class Received:
    events: list[dict[str, Any]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    heartbeats: int = 0


def read_stream(
    lines: Iterator[str], *, until_position: int | None = None, seconds: float = 10.0
) -> Received:
    """Read events until one at ``until_position`` arrives, or for ``seconds``.

    Heartbeats arrive every 0.2 s, so the deadline is checked at least that often.
    """
    received = Received()
    deadline = time.monotonic() + seconds
    data: list[str] = []
    event_id: str | None = None
    for line in lines:
        if line.startswith(":"):
            received.heartbeats += 1
        elif line.startswith("id:"):
            event_id = line[3:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].strip())
        elif line == "" and data:
            event = json.loads("\n".join(data))
            received.events.append(event)
            received.ids.append(event_id or "")
            data, event_id = [], None
            if until_position is not None and event["position"] >= until_position:
                break
        if time.monotonic() > deadline:
            break
    return received


def record(server: LiveServer, body: str) -> None:
    response = httpx.post(f"{server.url}/documents", json={"body": body}, headers=RECORDER)
    assert response.status_code == 201, response.text


def sentence(n: int) -> str:
    return f"Anna meets Person{n} on 2024-01-{n:02d}."  # one document: 2 events (doc + fact)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = start_live_server(tmp_path, sse_poll_seconds="0.05", sse_heartbeat_seconds="0.2")
    yield live
    live.stop()


def test_a_client_resumes_with_last_event_id_and_gets_every_later_event_once(
    server: LiveServer,
) -> None:
    for n in (1, 2):
        record(server, sentence(n))  # positions 1-4
    with httpx.Client(base_url=server.url, timeout=10) as client:
        with client.stream("GET", "/events/stream?after=0") as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            first = read_stream(response.iter_lines(), until_position=3)
        assert [e["position"] for e in first.events] == [1, 2, 3]
        assert first.ids == ["1", "2", "3"]

        # Disconnected: more is recorded meanwhile.
        for n in (3, 4):
            record(server, sentence(n))  # positions 5-8

        # Last-Event-ID wins over the after= a browser would repeat on reconnecting.
        headers = {"Last-Event-ID": first.ids[-1]}
        with client.stream("GET", "/events/stream?after=0", headers=headers) as response:
            lines = response.iter_lines()
            later = threading.Timer(0.3, record, (server, sentence(5)))  # positions 9-10, live
            later.start()
            second = read_stream(lines, until_position=10)
            later.join()
            # Nothing else arrives: no repeats after the last event.
            tail = read_stream(lines, seconds=0.6)
    assert [e["position"] for e in second.events] == list(range(4, 11))
    assert second.ids == [str(p) for p in range(4, 11)]
    assert tail.events == [] and tail.heartbeats >= 1
    log = httpx.get(f"{server.url}/events?after=3").json()["items"]
    assert second.events == log


def test_heartbeats_keep_an_idle_stream_alive_and_it_starts_at_the_end_of_the_log(
    server: LiveServer,
) -> None:
    record(server, sentence(1))  # positions 1-2: already in the log, not sent
    with (
        httpx.Client(base_url=server.url, timeout=10) as client,
        client.stream("GET", "/events/stream") as response,
    ):
        lines = response.iter_lines()
        idle = read_stream(lines, seconds=1.0)
        record(server, sentence(2))
        new = read_stream(lines, until_position=4)
    assert idle.events == [] and idle.heartbeats >= 3  # every 0.2 s
    assert [e["position"] for e in new.events] == [3, 4]
    assert [e["type"] for e in new.events] == ["Registered", "MeetingHeld"]


def test_open_streams_end_and_the_server_exits_promptly_at_shutdown(server: LiveServer) -> None:
    with (
        httpx.Client(base_url=server.url, timeout=10) as client,
        client.stream("GET", "/events/stream?after=0") as response,
    ):
        lines = response.iter_lines()
        read_stream(lines, seconds=0.5)
        started = time.monotonic()
        server.process.send_signal(signal.SIGTERM)
        try:
            for _ in lines:
                pass  # the server ends the stream: cleanly, or by closing the connection
        except (httpx.RemoteProtocolError, httpx.ReadError):
            pass
        # uvicorn re-raises the signal once it has shut down gracefully.
        assert server.stop() in (0, -signal.SIGTERM)
    assert time.monotonic() - started < 5  # well within the graceful-shutdown bound
    log = server.log.read_text()
    assert "Traceback" not in log and "timeout graceful shutdown exceeded" not in log


def test_the_stream_stops_when_the_client_disconnects(tmp_path: Path) -> None:
    # Driven through the ASGI interface: the app must return once the client is gone.
    url = f"sqlite:///{tmp_path / 'timeline.db'}"
    service = TimelineService(url, extractor=lambda source: [])
    app = create_app(make_settings(url, sse_heartbeat_seconds=0.1), service)
    sent: list[dict[str, Any]] = []

    async def scenario() -> None:
        disconnected = asyncio.Event()

        async def receive() -> dict[str, Any]:
            await disconnected.wait()
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)
            if message.get("body", b"").startswith(b":"):
                disconnected.set()  # the client leaves after the first heartbeat

        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": "/events/stream",
            "raw_path": b"",
            "root_path": "",
            "query_string": b"after=0",
            "headers": [],
            "client": ("127.0.0.1", 1),
            "server": ("127.0.0.1", 80),
            "app": app,
        }
        await asyncio.wait_for(app(scope, receive, send), timeout=5)

    try:
        asyncio.run(scenario())
    finally:
        service.close()
    assert sent[0]["type"] == "http.response.start" and sent[0]["status"] == 200


def test_a_resume_point_beyond_the_end_of_the_log_is_a_422_not_an_endless_wait(
    server: LiveServer,
) -> None:
    record(server, sentence(1))  # positions 1 and 2
    for params, headers, where in (
        ({"after": "3"}, {}, "query.after"),
        ({}, {"Last-Event-ID": "999999"}, "header.last-event-id"),
    ):
        response = httpx.get(
            f"{server.url}/events/stream", params=params, headers=headers, timeout=10
        )
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        assert where in response.text and "beyond the end of the log (2)" in response.text
    with httpx.stream("GET", f"{server.url}/events/stream", params={"after": "2"}) as live:
        assert live.status_code == 200  # the end itself: waits for what comes next

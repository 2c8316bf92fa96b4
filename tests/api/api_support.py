"""Shared by the API tests and the live test server: a stub extractor, API keys, a live server.

The stub stands in for the real extractor (``timeline.extraction``) so that these
tests do not depend on it: one fact per sentence "A <verb> B on YYYY-MM-DD.".
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from timeline.application import ExtractorInfo
from timeline.document import SourceDocument
from timeline.service import TimelineService
from timeline.settings import Settings
from timeline.values import ActorRef, Evidence, ExtractedFact, When

READER_KEY = "r-key-0123456789"
RECORDER_KEY = "w-key-0123456789"
ADMIN_KEY = "a-key-0123456789"
API_KEYS = f"rita:reader:{READER_KEY},walt:recorder:{RECORDER_KEY},ada:admin:{ADMIN_KEY}"

VERBS = {
    "meets": ("MeetingHeld", "CONSULT", "040", "host", "visitor"),
    "visits": ("VisitMade", "CONSULT", "042", "visitor", "host"),
    "criticises": ("CriticismExpressed", "ACCUSE", "111", "speaker", "target"),
    "praises": ("PraiseExpressed", "SUPPORT", "051", "speaker", "target"),
}
_SENTENCE = re.compile(
    r"(?P<a>[A-Z]\w+) (?P<will>will )?(?P<verb>meets|visits|criticises|praises|meet|visit) "
    r"(?P<b>[A-Z]\w+) on (?P<day>\d{4}-\d{2}-\d{2})\."
)


def stub_extractor(source: SourceDocument) -> Sequence[ExtractedFact]:
    facts = []
    for m in _SENTENCE.finditer(source.body):
        verb = m["verb"] if m["verb"].endswith("s") else m["verb"] + "s"
        fact_type, plover, cameo, role_a, role_b = VERBS[verb]
        day = m["day"]
        facts.append(
            ExtractedFact(
                type=fact_type,
                modality="planned" if m["will"] else "asserted",
                actors=(
                    ActorRef(f"x:{m['a'].lower()}", m["a"], role_a),
                    ActorRef(f"x:{m['b'].lower()}", m["b"], role_b),
                ),
                when=When(
                    edtf=day,
                    best=day,
                    precision="day",
                    sort_key=day,
                    start=day,
                    end=day,
                    derivation="explicit",
                    expression=day,
                ),
                evidence=(Evidence(0, m.start(), m.end(), m.group(0)),),
                rule="stub.sentence",
                plover=plover,
                cameo=cameo,
                summary=f"{m['a']} {verb} {m['b']}",
            )
        )
    return facts


STUB_INFO = ExtractorInfo("stub", "1")


def open_stub_service(database_url: str) -> TimelineService:
    return TimelineService(database_url, extractor=stub_extractor, extractor_info=STUB_INFO)


# Requests

DOC_A = "Anna meets Boris on 2024-01-09.\nBoris visits Chen on 2023-12-01."
DOC_B = "Chen criticises Anna on 2024-02-01.\nAnna will meet Dana on 2025-05-05."


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


READER = bearer(READER_KEY)
RECORDER = bearer(RECORDER_KEY)
ADMIN = bearer(ADMIN_KEY)


def make_settings(database_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "database_url": database_url,
        "api_keys": API_KEYS,
        "reads_need_key": False,
        "max_document_bytes": 10_000,
        "sse_poll_seconds": 0.05,
        "sse_heartbeat_seconds": 0.2,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def post_document(client: TestClient, body: str, **fields: object) -> httpx.Response:
    response = client.post("/documents", json={"body": body, **fields}, headers=RECORDER)
    assert response.status_code in (200, 201), response.text
    return response


# A live server in a subprocess


class LiveServer:
    def __init__(self, process: subprocess.Popen[bytes], url: str, log: Path) -> None:
        self.process = process
        self.url = url
        self.log = log

    def stop(self, timeout: float = 15.0) -> int:
        """SIGTERM, as an orchestrator would; the exit code (raises if it does not stop)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_live_server(directory: Path, *, real: bool = False, **settings: str) -> LiveServer:
    """A server on a free port with a SQLite database in ``directory``.

    By default tests/api/live_server.py (the stub extractor); ``real``: ``python -m api``,
    the documented way to run the server, with the real extractor.
    """
    env = {
        **os.environ,
        "TIMELINE_DATABASE_URL": f"sqlite:///{directory / 'timeline.db'}",
        "TIMELINE_API_KEYS": API_KEYS,
        **{f"TIMELINE_{k.upper()}": v for k, v in settings.items()},
    }
    log = directory / "server.log"
    for _ in range(3):  # the port may be taken between probing and binding
        port = free_port()
        command = (
            ["-m", "api", "--port", str(port)]
            if real
            else [str(Path(__file__).with_name("live_server.py")), str(port)]
        )
        with log.open("wb") as output:
            process = subprocess.Popen(
                [sys.executable, *command],
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                cwd=Path(__file__).resolve().parents[2],
            )
        server = LiveServer(process, f"http://127.0.0.1:{port}", log)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if httpx.get(f"{server.url}/healthz", timeout=1).status_code == 200:
                    return server
            except httpx.TransportError:
                time.sleep(0.1)
        server.stop()
    raise RuntimeError(f"the live server did not start:\n{log.read_text()}")

"""api.server.serve and ``python -m api``: uvicorn runs the app factory, settings via env."""

from __future__ import annotations

import os
from typing import Any

import pytest

from api import __main__ as cli
from api import server


@pytest.fixture
def uvicorn_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    monkeypatch.setattr(server.uvicorn, "run", lambda *a, **k: calls.append((a, k)))
    # Set, then removed: monkeypatch restores the variable's original state after the test.
    monkeypatch.setenv("TIMELINE_DATABASE_URL", "")
    monkeypatch.delenv("TIMELINE_DATABASE_URL")
    return calls


def test_serve_runs_the_app_factory_by_import_string_so_workers_can_import_it(
    uvicorn_calls: list[tuple[tuple[Any, ...], dict[str, Any]]],
) -> None:
    server.serve("0.0.0.0", 9000, 4, "sqlite:///var/other.db")
    [(args, kwargs)] = uvicorn_calls
    assert args == ("api.app:create_app",)
    assert kwargs["factory"] is True and kwargs["workers"] == 4
    assert (kwargs["host"], kwargs["port"]) == ("0.0.0.0", 9000)
    # Worker processes build their settings from the environment.
    assert os.environ["TIMELINE_DATABASE_URL"] == "sqlite:///var/other.db"


def test_serve_without_a_database_url_leaves_the_environment_alone(
    uvicorn_calls: list[tuple[tuple[Any, ...], dict[str, Any]]],
) -> None:
    server.serve("127.0.0.1", 8000, 1, None)
    assert "TIMELINE_DATABASE_URL" not in os.environ and len(uvicorn_calls) == 1


def test_python_dash_m_api_passes_its_options_to_serve(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(cli, "serve", lambda *a: calls.append(a))
    cli.main(["--port", "8123", "--workers", "2", "--database-url", "sqlite:///x.db"])
    cli.main([])
    assert calls == [("127.0.0.1", 8123, 2, "sqlite:///x.db"), ("127.0.0.1", 8000, 1, None)]

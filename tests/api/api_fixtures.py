"""Fixtures for the API tests: an app on a stub-extractor service, on SQLite and PostgreSQL.

Test modules load them with ``pytest_plugins = ["api_fixtures"]``. (Not a conftest.py:
tests/ is not a package, so a second conftest module would shadow tests/conftest.py.)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from api_support import DOC_A, DOC_B, make_settings, open_stub_service, post_document
from fastapi.testclient import TestClient

from api.app import create_app
from timeline.service import TimelineService
from timeline.settings import Settings


@pytest.fixture
def service(database_url: str) -> Iterator[TimelineService]:
    opened = open_stub_service(database_url)
    yield opened
    opened.close()


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url)


@pytest.fixture
def client(settings: Settings, service: TimelineService) -> Iterator[TestClient]:
    with TestClient(create_app(settings, service)) as test_client:
        yield test_client


@pytest.fixture
def sqlite_client(sqlite_url: str) -> Iterator[TestClient]:
    """For input validation, which answers before any query: SQLite only, to stay fast."""
    opened = open_stub_service(sqlite_url)
    with TestClient(create_app(make_settings(sqlite_url), opened)) as test_client:
        yield test_client
    opened.close()


@pytest.fixture
def seeded(client: TestClient) -> TestClient:
    """The client, with DOC_A (published 2024-01-10) and DOC_B recorded."""
    post_document(client, DOC_A, title="A", published="2024-01-10")
    post_document(client, DOC_B, title="B")
    return client

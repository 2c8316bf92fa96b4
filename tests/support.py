"""Shared test helpers (a module, not conftest, so test files can import it by name)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg

from timeline.values import ExtractedFact

POSTGRES_DSN = "postgresql://postgres@127.0.0.1:5432/test"
SHARED = Path(__file__).resolve().parents[2] / "shared"
ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ed06eec667e21d69.txt"


def postgres_schema_url() -> Iterator[str]:
    """A fresh PostgreSQL schema for one test, dropped afterwards."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_DSN, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{POSTGRES_DSN}?schema={schema}"
    finally:
        with psycopg.connect(POSTGRES_DSN, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def only(facts: list[ExtractedFact], fact_type: str) -> ExtractedFact:
    """The one fact of ``fact_type`` among ``facts`` (fails, listing them all, otherwise)."""
    found = [f for f in facts if f.type == fact_type]
    assert len(found) == 1, [(f.type, f.rule, f.summary) for f in facts]
    return found[0]


def roles(fact: ExtractedFact) -> dict[str, str]:
    """Each actor's role in a fact, by name."""
    return {actor.name: actor.role for actor in fact.actors}

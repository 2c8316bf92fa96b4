"""Throwaway databases for one benchmark run: SQLite files or PostgreSQL schemas."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg

POSTGRES_DSN = "postgresql://postgres@127.0.0.1:5432/test"


@dataclass(frozen=True, slots=True)
class Store:
    backend: str  # "sqlite" | "postgres"
    url: str
    location: str  # file path or schema name

    def drop(self) -> None:
        if self.backend == "sqlite":
            for suffix in ("", "-wal", "-shm"):
                Path(self.location + suffix).unlink(missing_ok=True)
        else:
            with psycopg.connect(POSTGRES_DSN, autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA IF EXISTS "{self.location}" CASCADE')

    def size_bytes(self) -> int:
        if self.backend == "sqlite":
            return sum(
                Path(self.location + s).stat().st_size
                for s in ("", "-wal")
                if Path(self.location + s).exists()
            )
        with psycopg.connect(POSTGRES_DSN, autocommit=True) as conn:
            row = conn.execute(
                "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = %s AND c.relkind = 'r'",
                (self.location,),
            ).fetchone()
        return int(row[0]) if row else 0

    def analyze(self) -> None:
        """PostgreSQL: refresh planner statistics (what autovacuum does in production).

        SQLite is left as the service ships it (no ``ANALYZE``, no ``sqlite_stat1``).
        """
        if self.backend == "postgres":
            with psycopg.connect(POSTGRES_DSN, autocommit=True) as conn:
                tables = conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = %s", (self.location,)
                ).fetchall()
                for (table,) in tables:
                    conn.execute(f'ANALYZE "{self.location}"."{table}"')


def make_store(backend: str, tag: str, workdir: Path) -> Store:
    token = uuid.uuid4().hex[:8]
    if backend == "sqlite":
        workdir.mkdir(parents=True, exist_ok=True)
        path = workdir / f"{tag}_{token}.db"
        return Store("sqlite", f"sqlite:///{path.resolve()}", str(path.resolve()))
    if backend == "postgres":
        schema = f"bench_{token}_{tag}"
        with psycopg.connect(POSTGRES_DSN, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        return Store("postgres", f"{POSTGRES_DSN}?schema={schema}", schema)
    raise ValueError(f"unknown backend {backend!r}")


def clean_workdir(workdir: Path) -> None:
    shutil.rmtree(workdir, ignore_errors=True)

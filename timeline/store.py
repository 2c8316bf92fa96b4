"""Where events live: one database URL selects SQLite (embedded) or PostgreSQL.

``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db``,
``postgresql://user[:password]@host[:port]/dbname[?schema=name]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit


class StoreConfigError(ValueError):
    """The database URL cannot be used."""


class StoreUnavailable(Exception):
    """The server answered that the store cannot be used as named (a database missing)."""


class ViewsDamaged(Exception):
    """The views cannot continue from their tracked position; a replay rebuilds them."""


@dataclass(frozen=True, slots=True)
class StoreConfig:
    kind: str  # "sqlite" | "postgres"
    env: dict[str, str]
    description: str  # for messages: never contains a password


def sqlite_file(url: str) -> Path | None:
    """The file a ``sqlite:`` URL names (None for another scheme)."""
    if urlsplit(url).scheme != "sqlite":
        return None
    raw = url[len("sqlite://") :]
    path = raw[1:] if raw.startswith("/") else raw
    if not path:
        raise StoreConfigError(f"database URL {url!r} names no file")
    return Path(path)


def parse_database_url(url: str) -> StoreConfig:
    parts = urlsplit(url)
    file = sqlite_file(url)
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        return StoreConfig(
            kind="sqlite",
            env={
                "PERSISTENCE_MODULE": "eventsourcing.sqlite",
                "SQLITE_DBNAME": str(file),
                "SQLITE_LOCK_TIMEOUT": "30",
            },
            description=f"sqlite:{file}",
        )
    if parts.scheme in ("postgresql", "postgres"):
        dbname = parts.path.lstrip("/")
        if not dbname or not parts.hostname:
            raise StoreConfigError(f"database URL {url!r} needs a host and a database name")
        query = parse_qs(parts.query)
        schema = query.get("schema", ["public"])[0]
        env = {
            "PERSISTENCE_MODULE": "eventsourcing.postgres",
            "POSTGRES_DBNAME": dbname,
            "POSTGRES_HOST": parts.hostname,
            "POSTGRES_PORT": str(parts.port or 5432),
            "POSTGRES_USER": unquote(parts.username or "postgres"),
            "POSTGRES_PASSWORD": unquote(parts.password or ""),
            "POSTGRES_SCHEMA": schema,
            "POSTGRES_CONNECT_TIMEOUT": "10",
            "POSTGRES_LOCK_TIMEOUT": "10",
            "POSTGRES_POOL_SIZE": "5",
            "POSTGRES_MAX_OVERFLOW": "10",
            "POSTGRES_IDLE_IN_TRANSACTION_SESSION_TIMEOUT": "30",
        }
        return StoreConfig(
            kind="postgres",
            env=env,
            description=f"postgresql://{parts.hostname}:{parts.port or 5432}/{dbname}"
            f"?schema={schema}",
        )
    raise StoreConfigError(
        f"unsupported database URL {url!r}: use sqlite:///path.db or postgresql://user@host/db"
    )

"""One settings class for the CLI and the HTTP API, read from ``TIMELINE_*`` variables."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///var/timeline.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TIMELINE_", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    # API keys as "principal:role:key" entries separated by commas, e.g.
    # "alice:recorder:s3cret,ops:admin:t0ps3cret". Roles: reader, recorder, admin.
    api_keys: str = ""
    reads_need_key: bool = False
    max_document_bytes: int = Field(default=1_000_000, gt=0)
    ledger: bool = True
    # False when a separate `timeline project --follow` process keeps the views current.
    project_inline: bool = True
    # How long a read with `min_position` waits for the projector before answering 503.
    consistency_wait_seconds: float = Field(default=5.0, ge=0)
    sse_poll_seconds: float = Field(default=0.5, gt=0)
    sse_heartbeat_seconds: float = Field(default=15.0, gt=0)

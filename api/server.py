"""Run the API under uvicorn."""

from __future__ import annotations

import os

import uvicorn

# Open event streams are ended by sse-starlette at shutdown; this bounds anything else.
GRACEFUL_SHUTDOWN_SECONDS = 10


def serve(host: str, port: int, workers: int, database_url: str | None) -> None:
    if database_url:
        # Each worker process builds its own app from the environment.
        os.environ["TIMELINE_DATABASE_URL"] = database_url
    # The import-string form, since workers > 1 must import the app in each process.
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
    )

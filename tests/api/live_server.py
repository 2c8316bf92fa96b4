"""Run the API under a real uvicorn server, with the stub extractor (for SSE and curl tests).

``python tests/api/live_server.py PORT``; settings come from ``TIMELINE_*`` variables.
uvicorn runs in the main thread, so SIGTERM/SIGINT shut it down as in production.
"""

from __future__ import annotations

import sys
from pathlib import Path

import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from api_support import open_stub_service

from api.app import create_app
from api.server import GRACEFUL_SHUTDOWN_SECONDS
from timeline.settings import Settings


def main() -> None:
    settings = Settings()
    service = open_stub_service(settings.database_url)
    try:
        uvicorn.run(
            create_app(settings, service),
            host="127.0.0.1",
            port=int(sys.argv[1]),
            log_level="warning",
            timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
        )
    finally:
        service.close()


if __name__ == "__main__":
    main()

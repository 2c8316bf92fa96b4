"""The benchmark's server process: ``python -m bench.serve PORT DATABASE_URL``.

The API app (``api.app.create_app``) under uvicorn, one worker, as ``api.server.serve``
runs it, except that the service is built here with the benchmark's (empty) extractor:
reads never extract, and this keeps the server independent of the extraction rules.
"""

from __future__ import annotations

import sys

import uvicorn

from bench.generator import EXTRACTOR_INFO, Corpus


def main(argv: list[str]) -> None:
    from api.app import create_app
    from api.server import GRACEFUL_SHUTDOWN_SECONDS
    from timeline.service import TimelineService
    from timeline.settings import Settings

    port, database_url = int(argv[0]), argv[1]
    settings = Settings(database_url=database_url)
    service = TimelineService(
        database_url, extractor=Corpus().extractor, extractor_info=EXTRACTOR_INFO
    )
    app = create_app(settings, service)
    try:
        uvicorn.run(
            app,
            host="127.0.0.1",
            port=port,
            workers=1,
            log_level="warning",
            timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
        )
    finally:
        service.close()


if __name__ == "__main__":
    main(sys.argv[1:])

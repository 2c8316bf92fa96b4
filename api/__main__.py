"""``python -m api``: serve the HTTP API (settings from ``TIMELINE_*`` variables)."""

from __future__ import annotations

import argparse

from api.server import serve


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m api", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--database-url", help="overrides TIMELINE_DATABASE_URL")
    args = parser.parse_args(argv)
    serve(args.host, args.port, args.workers, args.database_url)


if __name__ == "__main__":
    main()

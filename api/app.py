"""The HTTP API. ``create_app`` builds it; nothing is opened at import time.

The service is opened in the lifespan (or passed in, e.g. by tests) and closed at
shutdown. uvicorn runs ``api.app:create_app`` as a factory (see ``api.server``).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from importlib import metadata
from typing import Any, Literal

from fastapi import Depends, FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel

from api import aliases, consistency, errors, swagger
from api.auth import Keyring
from api.deps import ADMIN_ONLY, check_request
from api.routers import actors, audit, documents, events, facts, health, timeline
from api.schemas import CorrectionRequest, Problem, RetractionRequest
from timeline.service import TimelineService
from timeline.settings import Settings

DESCRIPTION = """\
Facts extracted from news articles, each an immutable typed event, served as a timeline.

Reads are open unless the server requires a key; writes need an API key with the
`recorder` role (`Authorization: Bearer <key>`). Errors are RFC 9457 problem details
(`application/problem+json`).
"""


class TimelineAPI(FastAPI):
    def openapi(self) -> dict[str, Any]:
        if self.openapi_schema is None:
            schema = get_openapi(
                title=self.title,
                version=self.version,
                description=self.description,
                routes=self.routes,
                tags=self.openapi_tags,
            )
            # Routes refer to these by $ref (errors.problem_responses, uploads.json_body).
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            _define(components, Problem, "serialization")
            for body in REQUEST_BODIES:
                _define(components, body, "validation")
            settings: Settings = self.state.settings
            if not settings.reads_need_key:
                _make_read_keys_optional(schema)
            _document_min_position(schema)
            self.openapi_schema = schema
        return self.openapi_schema


# Request bodies read by uploads.read_json and declared by uploads.json_body.
REQUEST_BODIES: tuple[type[BaseModel], ...] = (CorrectionRequest, RetractionRequest)


def _define(
    components: dict[str, Any], model: type[BaseModel], mode: Literal["validation", "serialization"]
) -> None:
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}", mode=mode)
    for name, definition in {**schema.pop("$defs", {}), model.__name__: schema}.items():
        if components.setdefault(name, definition) != definition:
            raise RuntimeError(f"two different schemas are named {name}")


def _document_min_position(schema: dict[str, Any]) -> None:
    # Read by a dependency of every route (deps.check_request); it matters for reads.
    for operations in schema["paths"].values():
        read = operations.get("get")
        if read is not None:
            read.setdefault("parameters", []).append(consistency.PARAMETER_DOC)
            for status, response in errors.problem_responses(422, 503).items():
                read["responses"].setdefault(str(status), response)


def _make_read_keys_optional(schema: dict[str, Any]) -> None:
    # An empty requirement means "no key is also fine" (OpenAPI security alternatives).
    for operations in schema["paths"].values():
        read = operations.get("get", {})
        if read.get("security") and not read.get(ADMIN_ONLY):
            read["security"] = [{}, *read["security"]]


def _version() -> str:
    try:
        return metadata.version("news-timeline")
    except metadata.PackageNotFoundError:
        return "0"


def create_app(settings: Settings | None = None, service: TimelineService | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.stopping = threading.Event()
        owned = service is None
        if owned:
            app.state.service = await run_in_threadpool(
                partial(
                    TimelineService,
                    settings.database_url,
                    ledger=settings.ledger,
                    project_inline=settings.project_inline,
                    corroboration_wait_seconds=settings.consistency_wait_seconds,
                )
            )
        # Loaded now rather than by the first request that names an actor.
        await run_in_threadpool(aliases.load)
        try:
            yield
        finally:
            app.state.stopping.set()
            if owned:
                await run_in_threadpool(app.state.service.close)

    app = TimelineAPI(
        title="News timeline",
        version=_version(),
        description=DESCRIPTION,
        lifespan=lifespan,
        dependencies=[Depends(check_request)],
        # /docs and /redoc are served by api.swagger from packaged files, not a CDN.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    # Parsed now: a malformed api_keys setting stops the server before it serves anything.
    app.state.keyring = Keyring.parse(settings.api_keys)
    app.state.stopping = threading.Event()
    if service is not None:
        app.state.service = service
    errors.install(app)
    swagger.install(app)
    for module in (timeline, actors, facts, documents, events, audit, health):
        app.include_router(module.router)
    return app

"""Reading request bodies: bounded in size, of an accepted media type, validated.

Bodies are read here rather than by FastAPI so that the size limit holds while
reading and every unreadable body (bad JSON, bytes that are not the UTF-8 they are
declared as) is the same 422. A body declared in another charset is a 415: the media
type is not one the API accepts, whatever the bytes.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

from api.errors import ApiProblem, invalid
from api.schemas import DocumentIn
from timeline.document import DocumentError, SourceDocument, decode, parse, parse_date
from timeline.queries import is_digits

NAME = "request body"
JSON = "application/json"
TEXT = "text/plain"
_UTF8 = ("utf-8", "utf8", "us-ascii")

Model = TypeVar("Model", bound=BaseModel)


async def read_document(request: Request, max_bytes: int) -> SourceDocument:
    media_type = media_type_of(request, (JSON, TEXT))
    raw = await read_limited(request, max_bytes)
    if media_type == JSON:
        return from_json(raw)
    return parse(decode(raw, NAME), NAME)


def json_body(model: type[BaseModel]) -> dict[str, Any]:
    """``openapi_extra`` for a JSON body read by :func:`read_json`.

    The model is defined once under ``components/schemas`` (see ``api.app``), so the
    models it nests are too.
    """
    schema = {"$ref": f"#/components/schemas/{model.__name__}"}
    return {"requestBody": {"required": True, "content": {JSON: {"schema": schema}}}}


async def read_json(request: Request, model: type[Model], max_bytes: int) -> Model:
    media_type_of(request, (JSON,))
    return validate_json(model, await read_limited(request, max_bytes))


def media_type_of(request: Request, accepted: tuple[str, ...]) -> str:
    """The request's media type; 415 unless it is one of ``accepted``, in UTF-8."""
    media_type, *params = (
        part.strip() for part in request.headers.get("content-type", "").split(";")
    )
    media_type = media_type.lower()
    if media_type not in accepted:
        wanted = " or ".join(accepted)
        raise ApiProblem(415, f"Content-Type {media_type or 'none'} is not accepted: send {wanted}")
    for param in params:
        name, _, value = param.partition("=")
        charset = value.strip().strip('"').lower()
        if name.strip().lower() == "charset" and charset not in _UTF8:
            raise ApiProblem(415, f"charset {charset} is not accepted: send UTF-8")
    return media_type


async def read_limited(request: Request, max_bytes: int) -> bytes:
    """The body, refusing (413) as soon as it is known to exceed ``max_bytes``."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not is_digits(declared):
            raise ApiProblem(400, "Content-Length must be a number of bytes")
        if int(declared) > max_bytes:
            raise _too_large(max_bytes)
    body = bytearray()
    # Counted as it arrives: a chunked or lying client is cut off at the limit.
    async for chunk in request.stream():
        body += chunk
        if len(body) > max_bytes:
            raise _too_large(max_bytes)
    return bytes(body)


def _too_large(max_bytes: int) -> ApiProblem:
    return ApiProblem(413, f"the request body is larger than {max_bytes} bytes")


def validate_json(model: type[Model], raw: bytes) -> Model:
    _refuse_repeated_keys(raw)
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        raise RequestValidationError(
            [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
        ) from None


class _RepeatedKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            raise _RepeatedKey(key)
        seen.add(key)
    return dict(pairs)


def _refuse_repeated_keys(raw: bytes) -> None:
    """A 422 for a key given twice in one object: the model's parser keeps the last value
    silently, and which of two ``published`` a client meant is not ours to guess."""
    try:
        json.loads(raw, object_pairs_hook=_unique_pairs)
    except _RepeatedKey as exc:
        raise invalid(("body",), f"the key {exc.key!r} is given twice in one object") from None
    except (ValueError, RecursionError):
        return  # not JSON, not UTF-8 or nested too deep: the model's own parsing reports it


def from_json(raw: bytes) -> SourceDocument:
    payload = validate_json(DocumentIn, raw)
    # The same normalisation as a document file, so the same text is the same document.
    body = payload.body.replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        raise invalid(("body", "body"), "the document has no body text")
    fields = {"title": payload.title, "source": payload.source, "url": payload.url}
    metadata = {**payload.metadata, **{k: v for k, v in fields.items() if v}}
    published_text = payload.published or metadata.get("published")
    metadata.pop("published", None)
    published = None
    if published_text:
        try:
            published = parse_date(published_text, None)
        except DocumentError as exc:
            raise invalid(("body", "published"), str(exc)) from None
        metadata["published"] = published.isoformat()
    return SourceDocument(body=body, metadata=metadata, published=published)

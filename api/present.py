"""View rows as API resources: the row plus the links a client follows from it.

Links are paths relative to the API root, so they hold behind any host or proxy.
"""

from __future__ import annotations

import json
import uuid
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request

from timeline.document import NAMESPACE
from timeline.views import Page


def fact(item: dict[str, Any]) -> dict[str, Any]:
    return {
        **item,
        "links": {
            "self": f"/facts/{item['id']}",
            "document": f"/documents/{item['document_id']}",
            "history": f"/facts/{item['id']}/history",
            "provenance": f"/facts/{item['id']}/provenance",
        },
    }


def actor_links(actor_id: str) -> dict[str, str]:
    # ':' is kept (ids like "wd:Q7747"); '/', '?' and '#' would change the path's meaning.
    path = f"/actors/{quote(actor_id, safe=':@')}"
    return {"self": path, "timeline": f"{path}/timeline"}


def actor(item: dict[str, Any]) -> dict[str, Any]:
    return {**item, "links": actor_links(item["id"])}


def document(item: dict[str, Any]) -> dict[str, Any]:
    result = {**item, "links": document_links(item["id"])}
    if "facts" in item:
        result["facts"] = [fact(f) for f in item["facts"]]
    return result


def document_links(document_id: str) -> dict[str, str]:
    return {"self": f"/documents/{document_id}", "facts": f"/timeline?document={document_id}"}


def with_param(request: Request, name: str, value: str | int | None) -> str | None:
    """This request's path and query with one parameter replaced (None: no link)."""
    if value is None:
        return None
    return with_params(request, {name: value})


def with_params(request: Request, replacements: dict[str, str | int]) -> str:
    """This request's path and query with parameters replaced, in the order given, last."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in replacements]
    params.extend((name, str(value)) for name, value in replacements.items())
    return f"{request.url.path}?{urlencode(params)}"


def next_page(request: Request, position: int, name: str, value: str | int | None) -> str | None:
    """The link to the next page, pinned to the log position this page was read at.

    Following it reads the same state of the log however much was recorded meanwhile,
    so the pages put together are one consistent answer.
    """
    if value is None:
        return None
    return with_params(request, {"as_of": position, name: value})


def timeline_page_json(request: Request, page: Page, position: int) -> bytes:
    """A timeline page as the JSON body, joined from the facts' stored resources.

    The views store each fact as the resource ``fact`` makes of it, so the body is built
    without parsing or validating the items again.
    """
    next_link = next_page(request, position, "cursor", page.next_cursor)
    return (
        '{"items":['
        + ",".join(page.raw)
        + f'],"next_cursor":{json.dumps(page.next_cursor)},"as_of":{int(position)},'
        + f'"links":{{"next":{json.dumps(next_link)}}}}}'
    ).encode()


def log_event(description: dict[str, Any], position: int) -> dict[str, Any]:
    """An entry of the global log, from ``TimelineApplication.describe_stored_event``."""
    originator_id = description["originator_id"]
    version = description["version"]
    return {
        "position": position,
        # Stored events carry no id of their own; aggregate id and version identify one.
        "id": str(uuid.uuid5(NAMESPACE, f"event:{originator_id}:{version}")),
        "type": description["type"],
        "topic": description["topic"],
        "originator_id": originator_id,
        "originator_version": version,
        "recorded_at": description["recorded_at"],
        "recorded_by": description["recorded_by"],
        "payload": description["payload"],
    }

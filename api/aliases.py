"""Actor names and aliases from the gazetteer (``timeline.gazetteer``).

The gazetteer is loaded on first use, never at import time. The API works without
it (an actor is then found by its id only), so a missing or broken gazetteer is
logged rather than failing requests.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.gazetteer import Gazetteer

log = logging.getLogger("api")


@functools.cache
def _gazetteer() -> Gazetteer | None:
    try:
        from timeline.gazetteer import Gazetteer

        return Gazetteer.default()
    except ImportError:
        return None
    except Exception:
        log.exception("the gazetteer failed to load; actors are matched by id only")
        return None


def load() -> None:
    _gazetteer()


def resolve(value: str) -> str:
    """The canonical actor id for an id, name or alias (the value itself if unknown)."""
    gazetteer = _gazetteer()
    found = gazetteer.resolve(value) if gazetteer is not None else None
    return found.id if found is not None else value


def search(query: str, limit: int) -> list[str]:
    """Ids of actors whose name or alias matches ``query`` (best first)."""
    gazetteer = _gazetteer()
    return [a.id for a in gazetteer.search(query, limit)] if gazetteer is not None else []


def aliases(actor_id: str) -> list[str]:
    """Other names the gazetteer knows for an actor."""
    gazetteer = _gazetteer()
    found = gazetteer.get(actor_id) if gazetteer is not None else None
    # A group's "aliases" are its member ids, not names.
    if found is None or found.kind == "group":
        return []
    return [name for name in dict.fromkeys(found.aliases) if name != found.name]

"""API keys: ``Authorization: Bearer <key>``, each key naming a principal and a role.

Roles are ordered reader < recorder < admin. Writes need recorder; reads are open
unless ``reads_need_key``. A key that is presented is always checked, even on an
open read, so a client with a revoked key finds out. Only the principal's name
ever leaves this module; the key is never logged or recorded.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from enum import IntEnum


class Role(IntEnum):
    reader = 1
    recorder = 2
    admin = 3


@dataclass(frozen=True, slots=True)
class Principal:
    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class _Entry:
    principal: Principal
    digest: bytes  # sha256 of the key: every comparison is of equal lengths


class ApiKeyError(ValueError):
    """The ``api_keys`` setting cannot be parsed."""


class Keyring:
    def __init__(self, entries: list[_Entry]) -> None:
        self._entries = entries

    @classmethod
    def parse(cls, spec: str) -> Keyring:
        """Parse ``principal:role:key`` entries separated by commas (a key may contain ':')."""
        entries: list[_Entry] = []
        for number, raw in enumerate(spec.split(","), start=1):
            text = raw.strip()
            if not text:
                continue
            parts = text.split(":", 2)
            if len(parts) != 3 or not all(p.strip() for p in parts):
                raise ApiKeyError(f"api key entry {number} is not principal:role:key")
            name, role, key = (p.strip() for p in parts)
            if not name.isprintable():
                # Histories print the principal as text: a line break would forge lines.
                raise ApiKeyError(f"api key entry {number}: the principal must be printable")
            if not (key.isascii() and key.isprintable()):
                raise ApiKeyError(
                    f"api key entry {number} ({name}): the key must be printable ASCII"
                )
            if role not in Role.__members__:
                raise ApiKeyError(
                    f"api key entry {number} ({name}): unknown role {role!r}, "
                    f"use one of {', '.join(Role.__members__)}"
                )
            entries.append(_Entry(Principal(name, Role[role]), _digest(key)))
        digests = [e.digest for e in entries]
        if len(set(digests)) != len(digests):
            raise ApiKeyError("two api key entries share the same key")
        return cls(entries)

    def __len__(self) -> int:
        return len(self._entries)

    def identify(self, key: str) -> Principal | None:
        """The principal owning ``key``, comparing against every key in constant time."""
        presented = _digest(key)
        found: Principal | None = None
        # No early exit: the time taken does not depend on which key (if any) matched.
        for entry in self._entries:
            if hmac.compare_digest(presented, entry.digest):
                found = entry.principal
        return found


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).digest()

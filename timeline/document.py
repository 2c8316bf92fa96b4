"""Input documents: a header block of ``key: value`` lines ended by ``---``, then the body.

Parsing is pure: it takes bytes or text and returns a :class:`SourceDocument`, or
raises :class:`DocumentError` with a message fit to show a person in one line.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass, field
from datetime import date

NAMESPACE = uuid.UUID("6f1f9a8e-4c1e-5b0a-9d55-6e1a7c0f2b11")
MAX_HEADER_LINES = 64
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]{0,63}):[ \t]*(.*?)[ \t]*$")
_SEPARATOR = "---"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
UNKNOWN_DATES = frozenset({"unknown", "n/a", "none", "-", "?"})


class DocumentError(ValueError):
    """The input is not a document the service can record."""


@dataclass(frozen=True, slots=True)
class SourceDocument:
    body: str
    metadata: dict[str, str] = field(default_factory=dict)
    published: date | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body.encode("utf-8")).hexdigest()

    @property
    def id(self) -> uuid.UUID:
        # Identity is the body's content: the same text ingested again is the same document.
        return document_id(self.sha256)

    @property
    def title(self) -> str:
        if self.metadata.get("title"):
            return self.metadata["title"]
        first = self.body.strip().splitlines()[0] if self.body.strip() else ""
        return first[:120] + ("…" if len(first) > 120 else "")


def document_id(sha256: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"document:{sha256}")


def decode(data: bytes, name: str = "input") -> str:
    """Decode a file's bytes as UTF-8 text, refusing binary data."""
    if not data.strip():
        raise DocumentError(f"{name}: the document is empty")
    if b"\x00" in data:
        raise DocumentError(f"{name}: binary data (NUL bytes), not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{name}: not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text


def parse_date(value: str, name: str | None = "header 'published'") -> date:
    """A publication date as documented: ``YYYY-MM-DD``, a real calendar date. Other forms
    ("2025-1-3", "3 January 2025") are refused rather than guessed at: a wrong date would
    anchor every relative date of the document's facts. ``name`` prefixes the message."""
    text = value.strip()
    prefix = f"{name}: " if name else ""
    if not _ISO_DATE.fullmatch(text):
        raise DocumentError(f"{prefix}{text!r} is not a date in the form YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DocumentError(f"{prefix}{text!r} is not a valid date (YYYY-MM-DD)") from None


def parse(text: str, name: str = "input", metadata: dict[str, str] | None = None) -> SourceDocument:
    """Split a document file into header metadata and body.

    A file without a header block is all body. ``metadata`` given by the caller
    (e.g. the JSON fields of an HTTP request) wins over the header's.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    header, body = _split_header(text, name)
    meta = {**header, **(metadata or {})}
    if not body.strip():
        raise DocumentError(f"{name}: the document has no body text")
    published = None
    if meta.get("published", "").strip().lower() in UNKNOWN_DATES:
        # The curator says the date is not known: the document ingests, its dates stay relative.
        meta.pop("published", None)
    elif meta.get("published"):
        published = parse_date(meta["published"])
        meta["published"] = published.isoformat()
    elif "published" in meta:
        del meta["published"]
    return SourceDocument(body=body, metadata=meta, published=published)


def _split_header(text: str, name: str = "input") -> tuple[dict[str, str], str]:
    lines = text.split("\n")
    header: dict[str, str] = {}
    where: dict[str, int] = {}  # each key's line number
    repeated: tuple[str, int, int] | None = None
    for index, line in enumerate(lines[: MAX_HEADER_LINES + 1]):
        if line.strip() == _SEPARATOR:
            if not header:
                break
            if repeated is not None:
                # Only a header block (ended by its separator) is refused: lines of prose
                # that merely look like "key: value" are body text.
                key, first, second = repeated
                raise DocumentError(
                    f"{name}: header '{key}' is given twice (lines {first} and {second}): "
                    "give each header key once"
                )
            return header, "\n".join(lines[index + 1 :])
        match = _HEADER_LINE.match(line)
        if match is None:
            break
        key = match.group(1).lower()
        if key in where and repeated is None:
            repeated = (key, where[key], index + 1)
        where.setdefault(key, index + 1)
        header[key] = match.group(2)
    return {}, text


def load(data: bytes, name: str = "input") -> SourceDocument:
    return parse(decode(data, name), name)

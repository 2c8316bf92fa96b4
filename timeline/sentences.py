"""Sentence splitting with character offsets into the body.

Splits on line breaks and on sentence-final punctuation, but not after common
abbreviations and initials ("Mr.", "U.S.", "Jan.", "J. Biden").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "jr",
        "sr",
        "sec",
        "pres",
        "amb",
        "hon",
        "no",
        "vol",
        "fig",
        "approx",
        "est",
        "dept",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "etc",
        "al",
        "ft",
        "mt",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "p.m",
        "a.m",
    ]
)
# Candidate boundary: . ! or ? (optionally closed by quotes or brackets), then whitespace.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+[\"'“‘(\[]*[A-Z0-9]")
_SPACE = re.compile(r"\s*")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def split(body: str) -> list[Sentence]:
    """Return the sentences of ``body``; ``body[s.start:s.end] == s.text``."""
    # The extractor asks again for the same body (its opening lines); a fresh list each time.
    return list(_split(body))


@lru_cache(maxsize=4)
def _split(body: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    offset = 0
    for line in body.split("\n"):
        for start, end in _split_line(line):
            text = line[start:end]
            if text.strip():
                sentences.append(Sentence(len(sentences), offset + start, offset + end, text))
        offset += len(line) + 1
    return tuple(sentences)


def _split_line(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = _skip_space(line, 0)
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        if end <= start or not _NEXT_START.match(line, end):
            continue
        if match.group().startswith(".") and _is_abbreviation(line, match.start()):
            continue
        spans.append((start, end))
        start = _skip_space(line, end)
    tail_end = len(line.rstrip())
    if start < tail_end:
        spans.append((start, tail_end))
    return spans


def _skip_space(line: str, index: int) -> int:
    return _SPACE.match(line, index).end()  # type: ignore[union-attr]  # always matches


def _is_abbreviation(line: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (line[word_start - 1].isalpha() or line[word_start - 1] == "."):
        word_start -= 1
    word = line[word_start:dot].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith", "U." in "U.S."
    return word in _ABBREVIATIONS

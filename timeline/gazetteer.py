"""Actor gazetteer: who and where a news text talks about.

The data ships in ``timeline/data/actors.json`` (people, organisations, cities, curated
country names) and every ISO 3166-1 country is added from pycountry at load time.

Actor ids are stable and never derived from mutable data:

* countries: ``iso:`` + ISO 3166-1 alpha-3 (``iso:RUS``; ``iso:XKX`` Kosovo, ``iso:SUN``
  Soviet Union), one uniform scheme that pycountry can always regenerate;
* people, organisations, cities: the id written in the data file, a Wikidata QID where it is
  certain (``Q7747`` Vladimir Putin), otherwise ``x:`` + a slug of the canonical name
  (``x:naftali-bennett``);
* people the data lacks but a text introduces with a title: ``x:`` + slug of the name as
  written (``x:jane-doe``); likewise organisations the data lacks that a text names in full,
  ending in an organisation word (``x:central-bank-of-freedonia``);
* groups ("the two leaders"): ``group:`` + the sorted member ids joined by ``+``.

Recognition works on word tokens with a token trie built once (lazily, in
:meth:`Gazetteer.default`): names are case sensitive ("China", not "china"; "US", not "us"),
accents and apostrophe/hyphen variants are folded ("Brasilia" finds "Brasília"), and matches
never start or end inside a word ("Iranian" is not "Iran"). Mentions never include a
trailing possessive: in "Kim Jong Un's", the span is "Kim Jong Un". Titled mentions span
the whole phrase ("Greek Prime Minister Kyriakos Mitsotakis", "His Majesty King Abdullah II
of Jordan") without a leading article. Coreference descriptions ("the President", "the two
leaders") are only resolved by :class:`DocumentActors`, and their span includes the article.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from operator import attrgetter
from typing import Any, NamedTuple

import pycountry

__all__ = ["Actor", "DocumentActors", "Gazetteer", "Mention", "Office"]

KINDS = ("person", "country", "organisation", "city", "group")
VIAS = ("name", "alias", "demonym", "capital", "title", "derived", "coref")


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: str  # 'person' | 'country' | 'organisation' | 'city' | 'group'
    country: str | None = None  # the actor id of the country a person/city belongs to
    aliases: tuple[str, ...] = ()  # for a group: the member ids
    titles: tuple[str, ...] = ()  # e.g. "President", "Prime Minister", "King", "Foreign Minister"


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str  # text[start:end] of the text given to find()
    actor: Actor
    via: str  # 'name' | 'alias' | 'demonym' | 'capital' | 'title' | 'derived' | 'coref'


@dataclass(frozen=True, slots=True)
class Office:
    """A post a person held: ``where`` is a country or organisation id; ``end`` None = current."""

    title: str
    where: str | None
    start: int | None = None
    end: int | None = None

    def covers(self, year: int) -> bool:
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


# --------------------------------------------------------------------------- text folding

_PUNCT = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-"}
)
_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "đ": "d", "ı": "i"}
)
# Words, or single non-space characters; combining marks stay inside their word. (Written
# as runs of letters and runs of marks, which the regex engine scans faster than one
# alternation per character.)
_TOKEN = re.compile(
    r"[^\W_]+(?:[\u0300-\u036f]+[^\W_]*)*|[\u0300-\u036f]+(?:[^\W_]+[\u0300-\u036f]*)*|\S"
)


def _fold(text: str) -> str:
    """Case-preserving key: accents, apostrophe and hyphen variants folded."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_PUNCT))
    return "".join(c for c in text if not unicodedata.combining(c)).translate(_LETTERS)


def slug(text: str) -> str:
    """``"Jane Doe"`` -> ``"jane-doe"``: the stem of derived ``x:`` ids."""
    return re.sub(r"[^a-z0-9]+", "-", _fold(text).lower()).strip("-")


_Traits = tuple[str, str, bool, bool, bool]  # key, low, word, cap, shout


def _traits(text: str) -> _Traits:
    key = _fold(text)
    return (
        key,
        key.lower(),
        key[:1].isalnum(),
        key[:1].isupper(),
        # ALL-CAPS words (headlines, datelines) may also match a name in title case.
        len(key) > 2 and key.isupper() and key.isalpha(),
    )


# What a token's text implies, by text: a memo of a pure function (a language has only so
# many words), which spares folding and case tests for every token of every sentence. The
# value is the tail of a _Tok: everything but the position.
_TAILS: dict[str, tuple[str, str, str, bool, bool, bool]] = {}
_TAILS_MEMO_SIZE = 100_000


class _Tok(NamedTuple):
    """A token of a scanned sentence. A tuple: sentences are tokenised often, and a tuple
    is built in one step (see _tokenize) where an object would run an ``__init__``."""

    start: int
    end: int
    glued: bool  # no whitespace before it
    text: str
    key: str  # folded (see _fold)
    low: str  # folded, lower case
    word: bool  # starts with a letter or digit
    cap: bool  # starts with a capital
    shout: bool  # ALL CAPS, as in headlines and datelines


# A token and the spaces before it: the text is spaces and tokens, nothing else.
_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")
# The same for ASCII text, where a word character that is not "_" is [A-Za-z0-9] and no
# combining mark occurs: most sentences, tokenised about a quarter faster (no repeated
# group for the marks, no Unicode category test per letter).
_SPACED_ASCII_TOKEN = re.compile(r"(\s*)([A-Za-z0-9]+|\S)")


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    append = toks.append
    tail_of = _TAILS.get
    new = tuple.__new__
    end = 0
    glued = False  # whether a token with no space before it is glued: not the first one
    pattern = _SPACED_ASCII_TOKEN if text.isascii() else _SPACED_TOKEN
    for space, token in pattern.findall(text):
        if space:
            start = end + len(space)
            end = start + len(token)
            head = (start, end, False)
        else:
            start = end
            end = start + len(token)
            head = (start, end, glued)
        tail = tail_of(token)
        if tail is None:
            if len(_TAILS) >= _TAILS_MEMO_SIZE:
                _TAILS.clear()
            tail = _TAILS[token] = (token, *_traits(token))
        append(new(_Tok, head + tail))  # (a tuple sum builds faster than unpacking into one)
        glued = True
    return toks


def _key(text: str) -> tuple[str, ...]:
    """Trie key of a name: folded tokens, hyphens dropped (matching skips glued hyphens)."""
    return tuple(t for t in (m.group() for m in _TOKEN.finditer(_fold(text))) if t != "-")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PARTICLES = _words(
    "al el bin ibn bint da de del della der den di do dos das du van von la le y ben abu"
)


def _variants(text: str) -> set[tuple[str, ...]]:
    """Spelling variants that news copy uses for the same name."""
    text = text.strip()
    if text[:4].lower() == "the ":  # the article is never part of the span
        text = text[4:]
    base = _key(text)
    if not base:
        return set()
    out = {base}
    if len(base) > 1 and base[-1] == ".":
        out.add(base[:-1])  # "U.S" at a line end, "Jr" without its dot
    for v in list(out):
        lower = tuple(t.lower() if t.lower() in _PARTICLES else t for t in v)
        upper = tuple(t.capitalize() if t.lower() in _PARTICLES else t for t in v)
        out |= {lower, upper, (upper[0], *lower[1:])}
    return out


# --------------------------------------------------------------------------- title lexicon

_HEADS = _words(
    """president minister secretary chancellor king queen prince princess emir amir sultan
    leader premier ambassador envoy representative spokesperson spokesman spokeswoman adviser
    advisor commissioner chairman chairwoman chairperson chair director governor senator general
    admiral mayor speaker pope ceo chief commander taoiseach emperor empress monarch prosecutor
    constable official negotiator coordinator counsellor counselor judge lawmaker ayatollah
    officer"""
)
_PLURAL_HEADS = {
    "presidents": "president",
    "ministers": "minister",
    "secretaries": "secretary",
    "kings": "king",
    "leaders": "leader",
    "premiers": "premier",
    "ambassadors": "ambassador",
    "envoys": "envoy",
    "chancellors": "chancellor",
    "emirs": "emir",
    "senators": "senator",
    "governors": "governor",
    "generals": "general",
    "spokespersons": "spokesperson",
    "spokesmen": "spokesman",
    "commissioners": "commissioner",
    "officials": "official",
}
# Every word that _read_title takes for a title's head (a superset: case and shouting
# apart), for its cheap first check that a head word follows at all.
_HEAD_WORDS = _HEADS | frozenset(_PLURAL_HEADS)
_LOW = attrgetter("low")
# Words that may stand before (or between) head words in a title.
_TITLE_MODS = _words(
    """prime foreign vice deputy first defence defense finance interior home justice health energy
    trade economy economic development industry affairs external press national security special
    supreme opposition crown senior state transport transportation commerce education agriculture
    environment labour labor culture oil petroleum information communications intelligence army
    military navy naval police presidential royal grand high permanent executive managing assistant
    under regional provincial party government ministry ministerial parliamentary cabinet treasury
    immigration migration climate digital science technology tourism sports youth social welfare
    planning budget public human rights homeland veterans attorney solicitor surgeon lord top
    de facto head interim"""
)
# Words before a title that qualify the person, not the post ("former President").
_PRE_MODS = _words(
    """former then late outgoing incoming acting caretaker ousted deposed exiled incumbent current
    sitting newly elected new embattled longtime"""
)
# Objects of "Minister of ...", "Secretary of ..." that belong to the title itself.
_OBJECT_WORDS = _words(
    """state defense defence treasury foreign external affairs homeland security transportation
    transport commerce energy finance justice interior health education agriculture labor labour
    trade planning economy exchequer staff environment culture information industry development
    international cooperation human rights national the and war public works"""
)
# Last words of organisation names used as title complements ("of the Andean Community").
_ORG_HEADS = _words(
    """community union bank council commission organization organisation agency fund assembly court
    forum league party ministry department office authority group federation institute committee
    board service corporation company association alliance coalition movement front army forces
    navy guard corps police parliament congress senate house programme program university
    center centre bureau"""
)
# Organisation words of government departments, which speak and act for their country: a
# department the data lacks is not a body of its own ("the Federal Aviation Office of
# Germany" is Germany).
_GOVERNMENT_HEADS = _words("ministry department office")
# Titles whose holder may be introduced by surname alone ("Secretary General ... Wagner").
_STRONG_HEADS = _words(
    """president minister secretary chancellor king queen emir amir sultan premier ambassador
    governor senator mayor commissioner chairman chairperson pope"""
)
# Canonical titles (see canonical_title) of heads of state and government: "the leader(s)".
_LEADER_TITLES = frozenset(
    {
        "president",
        "prime minister",
        "chancellor",
        "king",
        "queen",
        "emir",
        "sultan",
        "emperor",
        "supreme leader",
        "crown prince",
        "chairman",
        "general secretary",
        "first secretary",
        "taoiseach",
        "leader",
        "head of state",
        "co president",
        "interim president",
        "state counsellor",
        "chief adviser",
    }
)
_TITLE_WORDS = _HEADS | _TITLE_MODS | frozenset(_PLURAL_HEADS)
_SYNONYMS = {
    "amir": "emir",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "chairwoman": "chairman",
    "chairperson": "chairman",
    "chair": "chairman",
    "advisor": "adviser",
    "foreign affairs minister": "foreign minister",
    "external affairs minister": "foreign minister",
    "defense minister": "defence minister",
    "defense secretary": "defence minister",
    "defence secretary": "defence minister",
    "secretary of defense": "defence minister",
    "secretary of defence": "defence minister",
    "secretary of the treasury": "treasury secretary",
    "secretary of treasury": "treasury secretary",
    "finance minister": "treasury secretary",
    "national security adviser": "national security adviser",
    "secretary-general": "secretary general",
    "director-general": "director general",
    "prime minister": "prime minister",
    "premier": "prime minister",
    "head of government": "prime minister",
}
_SAME_ROLE = (frozenset({"foreign minister", "foreign secretary", "secretary of state"}),)
_MONARCHS = frozenset({"king", "queen", "emperor", "empress", "emir", "sultan", "monarch"})

_HONORIFICS: tuple[tuple[str, ...], ...] = (
    ("His", "Royal", "Highness"),
    ("Her", "Royal", "Highness"),
    ("His", "Majesty"),
    ("Her", "Majesty"),
    ("His", "Highness"),
    ("Her", "Highness"),
    ("His", "Excellency"),
    ("Her", "Excellency"),
    ("H", ".", "E", "."),
    ("H", ".", "H", "."),
    ("HH",),
    ("HRH",),
    ("HE",),
    ("Mr",),
    ("Mrs",),
    ("Ms",),
    ("Miss",),
    ("Dr",),
    ("Prof",),
    ("Professor",),
    ("Sir",),
    ("Dame",),
    ("Lord",),
    ("Madame",),
    ("Sheikh",),
    ("Sheikha",),
    ("Sheik",),
    ("Sayyid",),
    ("Sayyed",),
    ("Ayatollah",),
)
_HONORIFIC_INDEX: dict[str, list[tuple[str, ...]]] = {}
for _honorific in _HONORIFICS:
    _HONORIFIC_INDEX.setdefault(_honorific[0], []).append(_honorific)
_DETERMINERS = frozenset({"the", "The", "THE"})
_STOP = _words(
    """The A An This That These Those He She It They We You I His Her Its Their Our My Your And
    But Or Nor For So Yet As At By In Into On Of Off Out Over To Up Upon With Without From About
    After Before During Since Until While When Where Why How What Which Who Whom Whose If Then
    Than There Here Today Yesterday Tomorrow Tonight Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November
    December Mr Mrs Ms Dr Jr Sr Both All Each Every Some Many Most Such Also Only Not No Yes
    Last Next Earlier Later Meanwhile However Although Though Because Under Between Among Against
    President Minister Secretary King Queen Prime Leader Government Parliament"""
)
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
# Tokens (besides capitalised ones and the first words of names) that can start a mention:
# a group ("the two leaders", "both"), a description ("the president", "His Majesty", "and
# the ..."), an honorific, or a title ("former president Doe", "foreign minister Doe").
_OPENERS = _DETERMINERS | frozenset(_HONORIFIC_INDEX) | {"His", "Her"}
_LOW_OPENERS = _TITLE_WORDS | _PRE_MODS | {"both", "and"}
_LOCATIVE = _words(
    """in at to from near outside inside into via toward towards through across around visit
    visited visiting visits arrive arrived arrives arriving reach reached left leave leaves
    leaving landed held hosted based between flew fly flying travel travelled traveled
    returned return"""
)
# Readers of Gazetteer._scan, as flags: which may start at a token (see _start_kind).
_GROUP, _TITLED, _DESCRIPTION, _HONORIFIC, _BODY, _PLAIN, _LOCAL, _APPOSITIVE = (
    1 << b for b in range(8)
)
_READERS = (1 << 8) - 1
_MAY_TITLE = 1 << 8  # not a reader: a title phrase may start here (see _read_title)
_MOD_ONLY = 1 << 9  # not a reader: only a modifier of a title word that must follow
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
_GROUP_HEADS = frozenset({"leaders", "presidents", "heads"})
_EAST_ASIAN = frozenset({"iso:CHN", "iso:TWN", "iso:KOR", "iso:PRK", "iso:HKG", "iso:MAC"})


def _singular(word: str) -> str:
    return _PLURAL_HEADS.get(word, word)


def canonical_title(title: str | Sequence[str]) -> str:
    """Normalise a title for comparison: ``"Minister of Foreign Affairs"`` -> foreign minister."""
    return _canonical_title(title if isinstance(title, str) else tuple(title))


@lru_cache(maxsize=4096)  # a pure function of a few hundred titles, asked for again and again
def _canonical_title(title: str | tuple[str, ...]) -> str:
    words = title.lower().replace("-", " ").split() if isinstance(title, str) else list(title)
    words = [_singular(w) for w in words if w not in _PRE_MODS]
    text = " ".join(words)
    m = re.fullmatch(r"(.*?)\bminister (?:of|for) (?:the )?(.+)", text)
    if m and m.group(1).strip() in ("", "the"):
        text = f"{m.group(2)} minister"
    text = " ".join(_SYNONYMS.get(w, w) for w in text.split())
    return _SYNONYMS.get(text, text)


def _titles_match(said: str, held: str, *, loose: bool = False) -> bool:
    """Whether a title said in the text fits a title held; ``loose`` lets "Secretary" fit
    "Secretary of State" (used only to pick between people with the same surname)."""
    if said == held:
        return True
    if loose and (held.startswith(f"{said} ") or held.endswith(f" {said}")):
        return True
    if said == "leader":
        return held in _LEADER_TITLES
    if said == "monarch":
        return held in _MONARCHS
    return any(said in group and held in group for group in _SAME_ROLE)


# --------------------------------------------------------------------------- trie


@dataclass(frozen=True, slots=True)
class _Entry:
    actor: str  # '' for a blocker
    via: str  # name | alias | demonym | capital | short | block
    rank: int


# What Gazetteer._plain makes of a node's entries: whether only blockers are left once
# short names are set aside, the entries that are neither, those of them that are people,
# and whether that is all of them.
_Plain = tuple[bool, list["_Entry"], list["_Entry"], bool]


class _Node:
    __slots__ = ("entries", "kids", "named", "place", "plain")

    def __init__(self) -> None:
        self.kids: dict[str, _Node] = {}
        self.entries: list[_Entry] = []  # in rank order: see Gazetteer._insert
        self.named = False  # whether an entry is not a short name: see Gazetteer._best
        self.place: tuple[str | None, ...] | None = ()  # see Gazetteer._entity; () unknown
        self.plain: _Plain | None = None  # see Gazetteer._plain_entries; None: not yet


@dataclass(slots=True)
class _Match:
    end: int  # token index after the match
    entries: list[_Entry]
    node: _Node


@dataclass(slots=True)
class _Title:
    start: int
    end: int
    words: list[str]
    country: str | None
    plural: bool
    strong: bool

    @property
    def canonical(self) -> str:
        return canonical_title(self.words)

    @property
    def display(self) -> str:
        return " ".join(
            w if w in ("of", "the", "and", "for") else w.upper() if w == "ceo" else w.capitalize()
            for w in self.words
        )


@dataclass(slots=True)
class _Scan:
    text: str
    toks: list[_Tok]
    doc: DocumentActors | None
    walks: dict[int, list[_Match]] = field(default_factory=dict)
    titles: dict[int, _Title | None] = field(default_factory=dict)  # see _parse_title
    last_city_end: int = -1


# --------------------------------------------------------------------------- gazetteer


class Gazetteer:
    """Actors by id, name and alias, and a recogniser for them in text."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._actors: dict[str, Actor] = {}
        self._offices: dict[str, tuple[Office, ...]] = {}
        self._shorts: dict[str, tuple[tuple[str, ...], ...]] = {}
        # Names that are also common nouns ("Quintet"): not when a longer capitalised name
        # ends in them ("the Hot Club Quintet").
        self._free_standing: set[str] = set()
        self._root = _Node()
        self._rank = 0
        self._lookup: dict[str, list[tuple[int, str]]] = {}  # folded lower -> (priority, id)
        # Memos of pure functions of the (immutable) data: see _kind and holders.
        self._starts: dict[str, int] = {}  # token text -> the readers it may start
        self._holders: dict[tuple[str, str, int], tuple[Actor, ...]] = {}
        self._load(data)

    @classmethod
    def default(cls) -> Gazetteer:
        """The packaged gazetteer, loaded on first use and cached."""
        return _default()

    # ----------------------------------------------------------------- lookups

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def get(self, actor_id: str) -> Actor | None:
        return self._actors.get(actor_id)

    def offices(self, actor: Actor | str) -> tuple[Office, ...]:
        return self._offices.get(actor if isinstance(actor, str) else actor.id, ())

    def country_of(self, actor: Actor) -> Actor | None:
        """The country of a person, city or national body; a country is its own country."""
        if actor.kind == "country":
            return self._actors.get(actor.id, actor)
        return self._actors.get(actor.country) if actor.country else None

    def resolve(self, name_or_alias_or_id: str) -> Actor | None:
        """Case-insensitive: an id, a name, an alias, a short name or an ISO code."""
        query = name_or_alias_or_id.strip()
        if query in self._actors:
            return self._actors[query]
        hits = self._lookup.get(_fold(query).lower())
        return self._actors[min(hits)[1]] if hits else None

    def search(self, query: str, limit: int = 20) -> list[Actor]:
        """Actors whose name or alias matches ``query``: exact, then prefix, then substring."""
        q = _fold(query).strip().lower()
        if not q:
            return []
        scored: dict[str, tuple[int, int]] = {}
        for key, hits in self._lookup.items():
            if key == q:
                score = 0
            elif key.startswith(q):
                score = 1
            elif f" {q}" in f" {key}":
                score = 2
            elif q in key:
                score = 3
            else:
                continue
            for priority, actor_id in hits:
                best = scored.get(actor_id)
                if best is None or (score, priority) < best:
                    scored[actor_id] = (score, priority)
        order = sorted(scored, key=lambda a: (*scored[a], self._actors[a].name))
        return [self._actors[a] for a in order[:limit]]

    def holders(self, title: str, where: str, year: int) -> list[Actor]:
        """People who held ``title`` for country/organisation ``where`` in ``year``."""
        said = canonical_title(title)
        known = self._holders.get((said, where, year))
        if known is None:
            if len(self._holders) >= _TAILS_MEMO_SIZE:
                self._holders.clear()
            known = self._holders[said, where, year] = tuple(
                self._actors[actor_id]
                for actor_id, offices in self._offices.items()
                if any(
                    o.where == where
                    and o.covers(year)
                    and _titles_match(said, canonical_title(o.title))
                    for o in offices
                )
            )
        return list(known)

    # ----------------------------------------------------------------- recognition

    def find(self, text: str) -> list[Mention]:
        """Actor mentions in ``text``: left to right, non-overlapping, longest match wins."""
        return self._scan(text, None)

    # ----------------------------------------------------------------- loading

    def _add(self, actor: Actor) -> None:
        if actor.id in self._actors:
            raise ValueError(f"duplicate actor id {actor.id!r}")
        self._actors[actor.id] = actor
        self._index(actor.id, actor.id, 0)

    def _index(self, actor_id: str, text: str, priority: int) -> None:
        key = _fold(text).strip().lower()
        if key.startswith("the "):
            key = key[4:]
        if key:
            hits = self._lookup.setdefault(key, [])
            if all(h[1] != actor_id for h in hits):
                hits.append((priority * 100_000 + len(self._actors), actor_id))

    def _insert(self, text: str, actor_id: str, via: str) -> None:
        # Ranks only grow, so the entries of a node are in rank order: readers rely on it.
        self._rank += 1
        for key in _variants(text):
            node = self._root
            for tok in key:
                node = node.kids.setdefault(tok, _Node())
            if all(e.actor != actor_id or e.via != via for e in node.entries):
                node.entries.append(_Entry(actor_id, via, self._rank))
                node.named = node.named or via != "short"

    def _names(self, actor: Actor, names: Iterable[str], via: str, priority: int) -> None:
        for name in names:
            self._insert(name, actor.id, via)
            self._index(actor.id, name, priority)

    def _load(self, data: Mapping[str, Any]) -> None:
        curated = {c["code"]: c for c in data.get("countries", [])}
        codes = {c.alpha_3 for c in pycountry.countries} | set(curated)
        for code in sorted(codes):
            self._load_country(code, curated.get(code, {}))
        for org in data.get("organisations", []):
            actor = Actor(
                org["id"],
                org["name"],
                "organisation",
                _country_id(org.get("country")),
                tuple(org.get("aliases", [])) + tuple(org.get("metonyms", [])),
            )
            self._add(actor)
            self._names(actor, [actor.name], "name", 1)
            self._names(actor, org.get("aliases", []), "alias", 2)
            self._names(actor, org.get("metonyms", []), "capital", 4)
            if org.get("free_standing"):
                self._free_standing.add(actor.id)
            shorts = [_key(short) for short in org.get("short", [])]
            if shorts:  # "Mahan" for Mahan Air, once the document has named it
                self._shorts[actor.id] = tuple(k for k in shorts if k)
                for short in org.get("short", []):
                    self._index(actor.id, short, 3)
        for city in data.get("cities", []):
            actor = Actor(
                city["id"],
                city["name"],
                "city",
                _country_id(city["country"]),
                tuple(city["aliases"]),
            )
            self._add(actor)
            self._names(actor, [actor.name], "name", 3)
            self._names(actor, actor.aliases, "alias", 3)
        for person in data.get("people", []):
            self._load_person(person)
        for phrase in data.get("blockers", []):
            self._insert(phrase, "", "block")

    def _load_country(self, code: str, curated: Mapping[str, Any]) -> None:
        official: list[str] = []
        record = pycountry.countries.get(alpha_3=code)
        if record is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(record, attr, None)
                if value and "," not in value and "(" not in value:
                    official.append(value)
        name = curated.get("name") or (official[-1] if official else code)
        names = _unique([name, *official, *curated.get("aliases", [])])
        demonyms = _unique(
            [d for dem in curated.get("demonyms", []) for d in (dem, _plural(dem)) if d]
        )
        metonyms = list(curated.get("metonyms", []))
        actor = Actor(f"iso:{code}", name, "country", None, tuple(names[1:] + demonyms + metonyms))
        self._add(actor)
        self._names(actor, names[:1], "name", 1)
        self._names(actor, names[1:], "alias", 2)
        self._names(actor, demonyms, "demonym", 5)
        self._names(actor, metonyms, "capital", 5)
        self._index(actor.id, code, 2)
        if record is not None:
            self._index(actor.id, record.alpha_2, 6)

    def _load_person(self, person: Mapping[str, Any]) -> None:
        country = _country_id(person.get("country"))
        name: str = person["name"]
        aliases = list(person.get("aliases", []))
        shorts = list(person.get("short", []))
        words = [w for w in name.split() if w.rstrip(".") not in _SUFFIXES]
        if country == "iso:JPN" and len(words) == 2:
            aliases.append(f"{words[1]} {words[0]}")  # Japanese order: "Koizumi Junichiro"
        if not shorts and len(words) > 1 and not any(len(_key(a)) == 1 for a in aliases):
            shorts.append(words[0] if country in _EAST_ASIAN else words[-1])
        offices = tuple(
            Office(title, _where_id(where), start, end)
            for title, where, start, end in person["offices"]
        )
        titles = _unique([o.title for o in offices])
        actor = Actor(
            person["id"], name, "person", country, tuple(_unique(aliases + shorts)), tuple(titles)
        )
        self._add(actor)
        self._offices[actor.id] = offices
        self._names(actor, [name], "name", 1)
        self._names(actor, aliases, "alias", 2)
        self._names(actor, shorts, "short", 3)
        keys = {_key(n) for n in (name, *aliases, *shorts)}
        self._shorts[actor.id] = tuple(k for k in keys if 0 < len(k) <= 4)

    # ----------------------------------------------------------------- scanning

    def _scan(self, text: str, doc: DocumentActors | None) -> list[Mention]:
        scan = _Scan(text, _tokenize(text), doc)
        out: list[Mention] = []
        i = 0
        toks = scan.toks
        n = len(toks)
        starts = self._starts
        # Readers that need a word the sentence lacks are not called: a title (and so a
        # description, "the president", or an appositive, "Doe, the foreign minister")
        # needs a head word, a group a plural head ("leaders"), an organisation the data
        # lacks a last word such as "Bank". (Set operations in C; most sentences lack some.)
        lows = set(map(_LOW, toks))
        titles = not _HEAD_WORDS.isdisjoint(lows)
        groups = doc is not None and not _GROUP_HEADS.isdisjoint(lows)
        bodies = not _ORG_HEADS.isdisjoint(lows)
        while i < n:
            t = toks[i]
            kind = starts.get(t.text)
            if kind is None:
                kind = self._kind(t)
            if not kind & _READERS:
                i += 1
                continue
            found: tuple[list[Mention], int] | None = None
            if kind & _GROUP and groups:
                found = self._group(scan, i)
            if found is None and kind & _TITLED and titles:
                found = self._titled(scan, i)
            if (
                found is None
                and kind & _DESCRIPTION
                and doc is not None
                and (titles or t.key in ("His", "Her"))  # else only "His Majesty" is one
            ):
                found = self._description(scan, i, out)
            if found is None and kind & _HONORIFIC:
                found = self._honorific(scan, i)
            if found is None and kind & _BODY and bodies:
                found = self._body(scan, i)
            if found is None and kind & _PLAIN:
                found = self._plain(scan, i)
            elif found is None and kind & _LOCAL and doc is not None:
                # What _plain finds where the trie has nothing: a short name of a person
                # this document has named ("Doe").
                local = doc._local(toks, i)
                if local is not None:
                    found = [self._mention(scan, i, local[1], local[0], "coref")], local[1]
            if found is None and kind & _APPOSITIVE and titles:
                found = self._appositive(scan, i)
            if found is None:
                i += 1
                continue
            mentions, i = found
            for mention in mentions:
                if doc is not None:
                    if mention.actor.kind == "person":
                        doc._see(mention.actor)
                        if _unqualified(mention.text):
                            doc._see_principal(mention.actor)
                    elif mention.actor.id in self._shorts:
                        doc._see_body(mention.actor)
                out.append(mention)
        return out

    def _kind(self, t: _Tok) -> int:
        """_start_kind, memoised by token text."""
        kind = self._starts.get(t.text)
        if kind is None:
            kind = self._start_kind(t)
            if len(self._starts) < _TAILS_MEMO_SIZE:
                self._starts[t.text] = kind
        return kind

    def _start_kind(self, t: _Tok) -> int:
        """The readers of _scan that may find something at a token, from its text alone.

        Each reader opens with checks on its first token; they are repeated here once per
        word of the language instead of once per token and reader. ``0``: none (most
        lower-case words)."""
        key, low = t.key, t.low
        in_trie = key in self._root.kids or t.shout  # shouted words may match in any case
        kind = 0
        if low in _TITLE_WORDS or low in _PRE_MODS or key in _HONORIFIC_INDEX or in_trie:
            kind |= _MAY_TITLE  # see the first check of _read_title
            if not (
                in_trie
                or key in _HONORIFIC_INDEX
                or low in _PRE_MODS
                or low in _HEADS
                or low in _PLURAL_HEADS
            ):
                kind |= _MOD_ONLY
        if key in _DETERMINERS or low == "both":
            kind |= _GROUP
        if (
            kind & _MAY_TITLE
            and t.word
            and low not in ("and", "of")
            and (t.cap or low in _TITLE_WORDS or low in _PRE_MODS)
        ):
            kind |= _TITLED  # see the first checks of _titled
        if key in _DETERMINERS or key in ("His", "Her") or low == "and":
            kind |= _DESCRIPTION
        if key in _HONORIFIC_INDEX:
            kind |= _HONORIFIC
        if t.word and in_trie:
            kind |= _PLAIN
        elif t.cap:
            kind |= _LOCAL  # _plain without a trie match: a short name of the document
        if t.word and t.cap and key not in _STOP:
            kind |= _APPOSITIVE | _BODY
        return kind

    def _walk(self, scan: _Scan, i: int) -> list[_Match]:
        """All trie matches starting at token ``i``, shortest first."""
        cached = scan.walks.get(i)
        if cached is not None:
            return cached
        toks = scan.toks
        n = len(toks)
        out: list[_Match] = []
        if i < n and (toks[i].key in self._root.kids or toks[i].shout) and _starts_cleanly(toks, i):
            node = self._root
            j = i
            while j < n:
                t = toks[j]
                if t.key == "-" and j > i and t.glued and j + 1 < n and toks[j + 1].glued:
                    j += 1  # "Moo-hyun" = "Moo hyun"; "Iran-Iraq" still ends after "Iran"
                    continue
                nxt = node.kids.get(t.key)
                if nxt is None and t.shout:
                    nxt = node.kids.get(t.key.capitalize()) or node.kids.get(t.low)
                if nxt is None:
                    break
                node = nxt
                j += 1
                if node.entries and _ends_cleanly(toks, j):
                    out.append(_Match(j, node.entries, node))
        scan.walks[i] = out
        return out

    def _best(self, scan: _Scan, i: int, *, gated: bool = False) -> _Match | None:
        """Longest match at ``i`` with an entry usable here (short names only if ``gated``)."""
        for match in reversed(self._walk(scan, i)):
            if gated or match.node.named:
                return match
        return None

    def _entity(self, scan: _Scan, i: int) -> tuple[int, str | None] | None:
        """A country, organisation or place at ``i``: (end, country id) for title modifiers."""
        for match in reversed(self._walk(scan, i)):
            place = match.node.place
            if place == ():
                place = match.node.place = self._place(match.entries)
            if place is not None:
                return match.end, place[0]
        return None

    def _place(self, entries: list[_Entry]) -> tuple[str | None, ...] | None:
        """What _entity finds in a trie node: (country id,) of its best non-person entry."""
        for entry in entries:
            if entry.via in ("short", "block"):
                continue
            actor = self._actors[entry.actor]
            if actor.kind == "person":
                continue
            return (actor.id if actor.kind == "country" else actor.country,)
        return None

    # ----- titles

    def _parse_title(self, scan: _Scan, i: int) -> _Title | None:
        """A title phrase at ``i``: "US Secretary of State", "Niger's president", "King".

        Depends on the tokens and the trie only, so it is parsed once per token and scan:
        a description ("the president") and the title after it both ask. Callers must not
        change the title."""
        if i in scan.titles:
            return scan.titles[i]
        title = scan.titles[i] = self._read_title(scan, i)
        return title

    def _read_title(self, scan: _Scan, i: int) -> _Title | None:
        toks = scan.toks
        n = len(toks)
        kind = self._kind(toks[i])
        if not kind & _MAY_TITLE:
            return None  # a title opens with a title word, an honorific, a country or body
        if kind & _MOD_ONLY and not (
            i + 1 < n and (toks[i + 1].low in _TITLE_WORDS or toks[i + 1].low == "and")
        ):
            return None  # "security", "economic": a modifier with no title after it
        # No title without a head word among the (at most 14) tokens read below: most
        # capitalised names ("Biden said") stop here, before any walk of the trie.
        if _HEAD_WORDS.isdisjoint(map(_LOW, toks[i : i + 14])):
            return None
        country: str | None = None
        words: list[str] = []
        has_head = plural = strong = False
        j = (_honorific_end(toks, i) if kind & _HONORIFIC else None) or i
        while j < n and j - i < 14:
            t = toks[j]
            low = t.low
            if t.key == "-" and t.glued and words and j + 1 < n:
                if toks[j + 1].low == "elect":
                    words.append("elect")  # "President-elect"
                    j += 2
                    continue
                if toks[j + 1].low in _TITLE_WORDS:
                    j += 1  # "Secretary-General", "Vice-President"
                    continue
                break
            if low in _PRE_MODS and not words and (t.cap or t.low == t.key):
                j += 1
                if j < n and toks[j].key == "-" and toks[j].glued:
                    j += 1  # "then-President"
                continue
            if t.word and (low in _HEADS or (low in _PLURAL_HEADS and not t.shout)):
                words.append(_singular(low))
                has_head = True
                plural = plural or low in _PLURAL_HEADS
                strong = low in _STRONG_HEADS or strong
                j += 1
                continue
            if (
                t.word
                and low in _TITLE_MODS
                and not t.shout
                and j + 1 < n
                and (toks[j + 1].low in _TITLE_WORDS or toks[j + 1].low == "and")
            ):
                words.append(low)
                j += 1
                continue
            if (
                low == "and"
                and words
                and not has_head
                and j + 1 < n
                and toks[j + 1].low in _TITLE_MODS
            ):
                words.append("and")
                j += 1
                continue
            if not has_head and (t.key in self._root.kids or t.shout):
                ent = self._entity(scan, j)
                if ent is not None:
                    j, ent_country = ent
                    country = country or ent_country
                    if (
                        j + 1 < n
                        and toks[j].key == "'"
                        and toks[j].glued
                        and toks[j + 1].low == "s"
                    ):
                        j += 2
                    elif j < n and toks[j].key == "'" and toks[j].glued:
                        j += 1
                    continue
            break
        if not has_head:
            return None
        # Complements that are part of the title: "of State", "of the Republic of Iraq", "to China".
        for _ in range(3):
            if j >= n or toks[j].low not in ("of", "for", "to"):
                break
            prep = toks[j].low
            k = j + 1
            if k < n and toks[k].low == "the":
                k += 1
            if k >= n:
                break
            run_end = _org_run(toks, k)
            ent = self._entity(scan, k)
            if run_end is not None and (ent is None or run_end > ent[0]):
                j = run_end
                continue
            if ent is not None:
                j = ent[0]
                if prep == "of":
                    country = country or ent[1]
                continue
            obj = k
            while obj < n and toks[obj].low in _OBJECT_WORDS and toks[obj].word:
                obj += 1
            while obj > k and toks[obj - 1].low in ("the", "and"):
                obj -= 1
            if obj > k and prep in ("of", "for"):
                words.append(prep)
                words.extend(t.low for t in toks[k:obj])
                j = obj
                continue
            break
        return _Title(i, j, words, country, plural, strong)

    def _person_at(
        self, scan: _Scan, k: int, title: _Title | None
    ) -> tuple[Actor, int, str] | None:
        """A person starting at token ``k``: (actor, end, via), known or derived."""
        toks = scan.toks
        n = len(toks)
        if k >= n or not toks[k].word:
            return None
        best: tuple[Actor, int, str] | None = None
        local = scan.doc._local(toks, k) if scan.doc is not None else None
        if local is not None and local[0].kind != "person":
            local = None  # "Mahan" after Mahan Air: a short name, but not of a person
        for match in reversed(self._walk(scan, k)):
            candidates = [
                e
                for e in match.entries
                if e.via not in ("block",) and e.actor and self._actors[e.actor].kind == "person"
            ]
            chosen = self._choose_person(candidates, title, scan.doc)
            if chosen is not None:
                best = (
                    self._actors[chosen.actor],
                    match.end,
                    "alias" if chosen.via == "short" else chosen.via,
                )
                break
        if local is not None and (best is None or local[1] > best[1]):
            best = (local[0], local[1], "coref")
        elif local is not None and best is not None and local[1] == best[1]:
            # The document's own person wins a tie ("Kim" after "Kim Dae-jung").
            best = (local[0], local[1], best[2] if local[0].id == best[0].id else "coref")
        if best is not None:
            return best
        if title is None:
            return None
        run = _name_run(toks, k)
        if run is None:
            return None
        end, words = run
        if words < 2 and not title.strong:
            return None
        other = self._best(scan, k)
        if other is not None and other.end >= end:
            return None  # "President Brazil": a place, not a name
        name = scan.text[toks[k].start : toks[end - 1].end]
        known = self._by_surname(scan, k, end, title)
        if known is not None:
            return known, end, "alias"
        actor = Actor(
            f"x:{slug(name)}",
            name,
            "person",
            title.country,
            (),
            (title.display,) if title.words else (),
        )
        if scan.doc is not None:
            actor = scan.doc._derived(actor)
        return actor, end, "derived"

    def _choose_person(
        self, entries: list[_Entry], title: _Title | None, doc: DocumentActors | None
    ) -> _Entry | None:
        if not entries:
            return None
        ranked = sorted(entries, key=lambda e: (e.via == "short", e.rank))
        if doc is not None:
            seen = [e for e in ranked if doc._seen(e.actor)]
            if seen:
                return seen[0]
        if title is None:
            ungated = [e for e in ranked if e.via != "short"]
            return ungated[0] if ungated else None
        fitting = [e for e in ranked if self._fits(e.actor, title)]
        if fitting:
            return fitting[0]
        ungated = [e for e in ranked if e.via != "short"]
        return ungated[0] if ungated else None

    def _fits(self, actor_id: str, title: _Title) -> bool:
        offices = self._offices.get(actor_id, ())
        said = title.canonical
        if title.country is not None:
            actor = self._actors[actor_id]
            if actor.country != title.country and all(o.where != title.country for o in offices):
                return False
        return any(_titles_match(said, canonical_title(o.title), loose=True) for o in offices)

    def _by_surname(self, scan: _Scan, k: int, end: int, title: _Title) -> Actor | None:
        """A known person written with an unlisted first name: same surname, title, initial."""
        toks = scan.toks
        last = self._best(scan, end - 1, gated=True)
        if last is None or last.end != end:
            return None
        first = toks[k].low[:3]
        for entry in last.entries:  # in rank order
            actor = self._actors.get(entry.actor)
            if actor is None or actor.kind != "person" or not self._fits(actor.id, title):
                continue
            if any(_fold(n).lower()[:3] == first for n in (actor.name, *actor.aliases)):
                return actor
        return None

    def _titled(self, scan: _Scan, i: int) -> tuple[list[Mention], int] | None:
        toks = scan.toks
        t = toks[i]
        if not t.word or t.low in ("and", "of"):
            return None
        if not t.cap and not (t.low in _TITLE_WORDS or t.low in _PRE_MODS):
            return None  # cheap exit: a title phrase starts with a capital or a title word
        title = self._parse_title(scan, i)
        if title is None:
            return None
        n = len(toks)
        k = title.end
        if k < n and toks[k].key == "," and title.words:
            k += 1  # "the Prime Minister of Iraq, Mohammed Shia al-Sudani"
        k = _honorific_end(toks, k) or k
        found = self._person_at(scan, k, title)
        if found is None:
            return None
        mentions: list[Mention] = []
        actor, end, via = found
        end = self._after_person(scan, end, actor, titled=True)
        mentions.append(self._mention(scan, i, end, actor, via))
        # "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin"
        while title.plural and end < n and toks[end].low in (",", "and"):
            k = end + 1
            if toks[end].key == "," and k < n and toks[k].low == "and":
                k += 1
            more = self._person_at(scan, k, title)
            if more is None:
                break
            other, other_end, other_via = more
            other_end = self._after_person(scan, other_end, other, titled=True)
            mentions.append(self._mention(scan, k, other_end, other, other_via))
            end = other_end
        return mentions, end

    def _after_person(self, scan: _Scan, end: int, actor: Actor, *, titled: bool) -> int:
        """Extend a person's span over ", Jr." and "of <country>" ("Abdullah II of Jordan")."""
        toks = scan.toks
        n = len(toks)
        k = end + 1 if end < n and toks[end].key == "," else end
        if k < n and toks[k].key in _SUFFIXES and toks[k].cap and toks[k].glued is False:
            end = k + 1
            if end < n and toks[end].key == "." and toks[end].glued:
                end += 1
        if end < n and toks[end].low == "of":
            k = end + 1
            if k < n and toks[k].low == "the":
                k += 1
            ent = self._entity(scan, k)
            if ent is not None:
                where = self._actors.get(ent[1] or "")
                if titled or (where is not None and where.id == actor.country):
                    end = ent[0]
        return end

    def _mention(self, scan: _Scan, i: int, end: int, actor: Actor, via: str) -> Mention:
        start = scan.toks[i].start
        stop = scan.toks[end - 1].end
        return Mention(start, stop, scan.text[start:stop], actor, via)

    # ----- descriptions and groups (document context only)

    def _description(
        self, scan: _Scan, i: int, previous: list[Mention]
    ) -> tuple[list[Mention], int] | None:
        toks = scan.toks
        doc = scan.doc
        assert doc is not None
        n = len(toks)
        t = toks[i]
        coordinated = (
            t.low == "and"
            and bool(previous)
            and previous[-1].via == "title"
            and i > 0
            and previous[-1].end == toks[i - 1].end
        )
        if t.key not in _DETERMINERS and t.key not in ("His", "Her") and not coordinated:
            return None
        k = i + 1
        if k >= n:
            return None
        if t.key in ("His", "Her") and toks[k].low in ("majesty", "highness"):
            end = k + 1
            actor = doc._recent_holder("monarch", None) or doc._recent_holder("crown prince", None)
            if actor is None:
                return None
            return [self._mention(scan, i, end, actor, "title")], end
        if t.key in ("His", "Her") or not self._kind(toks[k]) & _MAY_TITLE:
            return None  # "the meeting": no title follows
        if self._titled(scan, k) is not None:
            return None  # a titled name follows: the titled parse takes it
        title = self._parse_title(scan, k)
        if title is None or title.plural:
            return None
        if not coordinated and any(w in ("first", "sitting") for w in title.words):
            return None
        end = title.end
        if end < n and toks[end].word and toks[end].cap and toks[end].key not in _STOP:
            return None  # "the President Xanadu ...": an unknown name, not a description
        if end < n and toks[end].low == "of":
            return None  # "the president of Microsoft": a post this text does not know
        said = title.canonical
        actor = None
        if toks[k].cap and title.country is None:
            # "the President" with a capital, in a readout or communique: the document's
            # principal, its first holder, even after "President X" the counterpart.
            actor = doc._first_holder(said)
        if actor is None:
            actor = doc._recent_holder(said, title.country)
        if actor is None and title.country is not None and doc.year is not None:
            holders = self.holders(said, title.country, doc.year)
            actor = holders[0] if holders else None
        if actor is None:
            return None
        start = i + 1 if coordinated else i
        return [self._mention(scan, start, end, actor, "title")], end

    def _group(self, scan: _Scan, i: int) -> tuple[list[Mention], int] | None:
        toks = scan.toks
        doc = scan.doc
        assert doc is not None
        n = len(toks)
        t = toks[i]
        count: int | None = None
        k = i
        if t.key in _DETERMINERS:
            k += 1
            if k < n and toks[k].low in _COUNT_WORDS and toks[k].low != "both":
                count = _COUNT_WORDS[toks[k].low]
                k += 1
        elif t.low == "both":
            count = 2
            k += 1
        else:
            return None
        if k >= n or toks[k].low not in _GROUP_HEADS:
            return None
        end = k + 1
        if toks[k].low == "heads":
            if end + 2 < n and toks[end].low == "of" and toks[end + 1].low == "state":
                end += 2
            else:
                return None
        if end < n and toks[end].low in ("of", "from", "in", "at"):
            return None  # "the leaders of the region": other people
        members = doc._group_members(count)
        if members is None:
            return None
        return [self._mention(scan, i, end, _group_actor(members), "coref")], end

    # ----- honorifics, plain names, appositives

    def _honorific(self, scan: _Scan, i: int) -> tuple[list[Mention], int] | None:
        k = _honorific_end(scan.toks, i)
        if k is None:
            return None
        found = self._person_at(scan, k, None)
        if found is None:
            return None
        actor, end, via = found
        end = self._after_person(scan, end, actor, titled=False)
        return [self._mention(scan, i, end, actor, via)], end

    def _plain(self, scan: _Scan, i: int) -> tuple[list[Mention], int] | None:
        toks = scan.toks
        if not toks[i].word:
            return None
        doc = scan.doc
        local = doc._local(toks, i) if doc is not None else None
        match = self._best(scan, i)
        if match is None:
            if local is None:
                return None
            return [self._mention(scan, i, local[1], local[0], "coref")], local[1]
        node = match.node
        plain = node.plain
        if plain is None:
            plain = node.plain = self._plain_entries(node.entries)
        blocked, entries, people, only_people = plain  # shared: read, never changed
        if blocked:
            return [], match.end
        if local is not None and (local[1] > match.end or (local[1] == match.end and only_people)):
            actor, end = local
            via = "coref"
            if local[1] == match.end and any(e.actor == actor.id for e in people):
                via = next(e.via for e in people if e.actor == actor.id)
            end = self._after_person(scan, end, actor, titled=False)
            return [self._mention(scan, i, end, actor, via)], end
        if only_people:
            chosen = self._choose_person(people, None, doc)
            assert chosen is not None
            actor = self._actors[chosen.actor]
            end = self._after_person(scan, match.end, actor, titled=False)
            return [self._mention(scan, i, end, actor, chosen.via)], end
        entry = self._choose_place(scan, i, match.end, entries)
        if entry.actor in self._free_standing and i > 0:
            prev = toks[i - 1]
            if prev.word and prev.cap and prev.key not in _STOP:
                return None  # "the Miles Davis Quintet": a band's name, not the group
        if self._actors[entry.actor].kind == "city":
            scan.last_city_end = match.end
        return [self._mention(scan, i, match.end, self._actors[entry.actor], entry.via)], match.end

    def _plain_entries(self, entries: list[_Entry]) -> _Plain:
        """_plain's view of a trie node's entries: a function of the node, computed once."""
        named = [e for e in entries if e.via != "short"]
        if all(e.via == "block" for e in named):
            return True, [], [], False
        named = [e for e in named if e.via != "block"]
        people = [e for e in named if self._actors[e.actor].kind == "person"]
        return False, named, people, bool(people) and len(people) == len(named)

    def _choose_place(self, scan: _Scan, i: int, end: int, entries: list[_Entry]) -> _Entry:
        """Moscow the city ("in Moscow") or Moscow the government ("Moscow said")."""
        ranked = entries  # trie entries are in rank order
        cities = [e for e in ranked if self._actors[e.actor].kind == "city"]
        others = [e for e in ranked if self._actors[e.actor].kind != "city"]
        if not cities or not others:
            return ranked[0]
        if any(e.via != "capital" for e in others):
            return next(e for e in others if e.via != "capital")
        return cities[0] if self._locative(scan, i, end) else others[0]

    def _locative(self, scan: _Scan, i: int, end: int) -> bool:
        toks = scan.toks
        if i > 0 and toks[i - 1].low in _LOCATIVE:
            return True
        if i > 1 and toks[i - 1].low in ("and", "or", ",") and scan.last_city_end == i - 1:
            return True
        # "Lima, Peru" / "Niamey, Niger's capital": a place named with its country.
        if end + 1 < len(toks) and toks[end].key == ",":
            ent = self._entity(scan, end + 1)
            if ent is not None and self._actors.get(ent[1] or "") is not None:
                return self._actors[ent[1] or ""].kind == "country"
        return False

    def _body(self, scan: _Scan, i: int) -> tuple[list[Mention], int] | None:
        """An organisation the data lacks, named in full: "Central Bank of the Russian
        Federation", "the Foreign Ministry of Iraq", "a Russian Military Training Center".

        Capitalised words that end in an organisation word ("Bank", "Ministry", "Center"),
        then an optional "of ..." complement (more such words, or a country). A country
        named inside ("Russian", "of Iraq") is the organisation's country. Not when the
        trie knows the whole phrase or a longer one ("Bank of England" is a blocker)."""
        toks = scan.toks
        n = len(toks)
        if i > 0 and toks[i].glued and toks[i - 1].word:
            return None  # inside a hyphenated word
        k = i - 2 if i > 1 and toks[i - 1].low == "the" else i - 1
        if (
            k > 0
            and toks[k].low == "of"
            and toks[k - 1].cap
            and toks[k - 1].word
            and toks[k - 1].low not in _TITLE_WORDS
        ):
            return None  # "Friends of the Earth Council": inside a longer name
        j = i
        words = 0
        while j < n and toks[j].word and toks[j].cap and toks[j].key not in _STOP:
            words += 1
            j += 1
            while j + 1 < n and toks[j].key == "-" and toks[j].glued and toks[j + 1].glued:
                j += 2  # "Co-operation", "Inter-American"
        if not words or toks[j - 1].low not in _ORG_HEADS:
            return None  # "Members of Parliament": the first words must name the body
        if toks[j - 1].low in _GOVERNMENT_HEADS:
            return None  # a country's ministry acts for the country: the country is found
        known = self._walk(scan, i)
        if known and known[-1].end >= j:
            return None  # a name the data has ("Islamic Revolutionary Guard Corps of Iran")
        end = j
        for _ in range(2):  # "Ministry of Finance of the Russian Federation"
            if end >= n or toks[end].low != "of":
                break
            k = end + 1
            if k < n and toks[k].low == "the":
                k += 1
            run_end = _org_run(toks, k) if k < n and toks[k].cap else None
            ent = self._entity(scan, k) if k < n else None
            if ent is not None and (run_end is None or ent[0] >= run_end):
                end = ent[0]
            elif run_end is not None:
                end = run_end
            elif k < n and toks[k].cap and toks[k].word and toks[k].key not in _STOP:
                m = k  # "of Finance", "of Foreign Affairs", "of Transportation"
                while m < n and toks[m].word and (toks[m].cap or toks[m].low == "and"):
                    m += 1
                while m > k and not toks[m - 1].cap:
                    m -= 1
                end = m
            else:
                break
            words += 2
        if words < 2:
            return None
        country: str | None = None
        k = i
        while k < end and country is None:
            walk = self._walk(scan, k)
            if walk and all(e.via == "block" for e in walk[-1].entries):
                k = walk[-1].end  # "South American": no country
                continue
            ent = self._entity(scan, k)
            country = ent[1] if ent is not None else None
            k = ent[0] if ent is not None else k + 1
        name = scan.text[toks[i].start : toks[end - 1].end]
        actor = Actor(f"x:{slug(name)}", name, "organisation", country)
        return [self._mention(scan, i, end, actor, "derived")], end

    def _appositive(self, scan: _Scan, i: int) -> tuple[list[Mention], int] | None:
        """ "Jane Doe, the foreign minister of Freedonia, said": a person the data lacks."""
        toks = scan.toks
        t = toks[i]
        if (
            not (t.word and t.cap)
            or t.key in _STOP
            or (i > 0 and toks[i - 1].glued and toks[i].glued)
        ):
            return None
        run = _name_run(toks, i)
        if run is None or run[1] < 2:
            return None
        end = run[0]
        n = len(toks)
        if end >= n or toks[end].key != ",":
            return None
        k = end + 1
        if k < n and toks[k].low in ("the", "a", "an"):
            k += 1
        title = self._parse_title(scan, k)
        if title is None or title.plural:
            return None
        if title.end < n and toks[title.end].word and toks[title.end].cap:
            return None
        known = self._by_surname(scan, i, end, title)
        if known is not None:
            return [self._mention(scan, i, end, known, "alias")], end
        name = scan.text[toks[i].start : toks[end - 1].end]
        actor = Actor(f"x:{slug(name)}", name, "person", title.country, (), (title.display,))
        if scan.doc is not None:
            actor = scan.doc._derived(actor)
        return [self._mention(scan, i, end, actor, "derived")], end


# --------------------------------------------------------------------------- helpers


def _unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("ese", "sh", "ch", "ss", "s", "x", "z", "ic", "Sino")) or " " in demonym:
        return None
    return demonym + "s"


def _country_id(code: str | None) -> str | None:
    return f"iso:{code}" if code else None


def _where_id(where: str | None) -> str | None:
    if where is None:
        return None
    return f"iso:{where}" if len(where) == 3 and where.isupper() else where


def _starts_cleanly(toks: list[_Tok], i: int) -> bool:
    t = toks[i]
    if not t.glued or i == 0:
        return True
    prev = toks[i - 1]
    # "Xi" inside "Xi'an"'s second half, "O'Brien": an apostrophe glued to a word before.
    return not (prev.key == "'" and prev.glued and i > 1 and toks[i - 2].word and t.word)


def _ends_cleanly(toks: list[_Tok], j: int) -> bool:
    if j >= len(toks):
        return True
    nxt = toks[j]
    if not nxt.glued:
        return True
    prev = toks[j - 1]
    if prev.word and nxt.key == "'" and j + 1 < len(toks):
        after = toks[j + 1]
        return not (after.glued and after.word and after.low not in ("s",))
    return not (not prev.word and nxt.word and prev.key == ".")


def _honorific_end(toks: list[_Tok], i: int) -> int | None:
    """Token index after an honorific at ``i`` ("Mr.", "His Majesty", "HH Sheikh"), or None."""
    n = len(toks)
    end: int | None = None
    k = i
    while k < n:
        step = None
        for words in _HONORIFIC_INDEX.get(toks[k].key, ()):
            m = len(words)
            if k + m <= n and all(toks[k + x].key == words[x] for x in range(1, m)):
                step = k + m
                break
        if step is None:
            break
        if step < n and toks[step].key == "." and toks[step].glued:
            step += 1
        end = k = step
    return end


def _name_like(t: _Tok) -> bool:
    return t.word and t.cap and t.key[:1].isalpha() and not (len(t.key) > 1 and t.key.isupper())


def _name_run(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """A personal name at ``k``: (end token, number of name words), e.g. "Jean-Pierre Raffarin"."""
    n = len(toks)
    if k >= n or not _name_like(toks[k]) or toks[k].key in _STOP:
        return None
    j = k
    words = 0
    last_good = k
    while j < n and words < 6:
        t = toks[j]
        if (
            _name_like(t)
            and t.key not in _STOP
            and t.low not in _TITLE_WORDS
            and t.low not in _ORG_HEADS
        ):
            words += 1
            j += 1
            # glued pieces of one word: "Shia'a", "Jean-Pierre", "Abdul-Mahdi", "el-Sisi"
            while (
                j + 1 < n
                and toks[j].glued
                and toks[j + 1].glued
                and (
                    (toks[j].key == "'" and toks[j + 1].word and toks[j + 1].low != "s")
                    or (toks[j].key == "-" and toks[j + 1].word)
                )
            ):
                j += 2
            last_good = j
            continue
        if len(t.key) == 1 and t.key.isupper() and j + 1 < n and toks[j + 1].key == ".":
            j += 2  # an initial: "Joseph R. Biden"
            continue
        if t.low in _PARTICLES and not t.cap and words and j + 1 < n:
            j += 1
            if toks[j].key == "-" and toks[j].glued:
                j += 1
            continue
        break
    if words == 0:
        return None
    end = last_good
    k2 = end + 1 if end < n and toks[end].key == "," else end
    if k2 < n and toks[k2].key in _SUFFIXES and toks[k2].cap:
        end = k2 + 1
        if end < n and toks[end].key == "." and toks[end].glued:
            end += 1
    return end, words


def _org_run(toks: list[_Tok], k: int) -> int | None:
    """A capitalised organisation name ending in an organisation word ("Andean Community")."""
    n = len(toks)
    j = k
    best: int | None = None
    while j < n and j - k < 8:
        t = toks[j]
        if t.word and (t.cap or t.low in ("of", "for", "and", "the")):
            j += 1
            if t.cap and t.low in _ORG_HEADS:
                best = j
            continue
        if t.key == "-" and t.glued:
            j += 1
            continue
        break
    return best


def _group_actor(members: Sequence[Actor]) -> Actor:
    ids = sorted(m.id for m in members)
    return Actor(
        "group:" + "+".join(ids), " and ".join(m.name for m in members), "group", None, tuple(ids)
    )


@cache
def _default() -> Gazetteer:
    raw = resources.files("timeline").joinpath("data/actors.json").read_text(encoding="utf-8")
    return Gazetteer(json.loads(raw))


# --------------------------------------------------------------------------- documents


class DocumentActors:
    """Within-document coreference: call ``mentions(sentence_text, offset)`` sentence by sentence.

    Remembers the people mentioned so far, so that a surname ("Doe", "Ms. Doe"), a title
    ("the President", "the Russian leader", "His Majesty") or a group ("the two leaders")
    resolves to them. ``offset`` is added to the spans, so with ``offset=sentence.start`` they
    index the whole body. ``year`` (of publication), when given, lets "the Russian president"
    resolve to the office holder of that year if the document has not named one.
    """

    def __init__(self, gazetteer: Gazetteer, *, year: int | None = None) -> None:
        self.gazetteer = gazetteer
        self.year = year
        self._people: dict[str, Actor] = {}
        self._order: list[str] = []  # person ids, most recent last
        self._principals: list[str] = []  # people titled without a country, first seen first
        self._short: dict[tuple[str, ...], str] = {}
        self._firsts: set[str] = set()  # the first words of the keys of _short
        self._bodies: dict[str, Actor] = {}  # organisations with short names, seen so far
        self._last_set: tuple[str, ...] = ()
        self._current: list[str] = []

    @property
    def people(self) -> list[Actor]:
        """People mentioned so far, most recent last."""
        return [self._people[p] for p in self._order]

    def mentions(self, text: str, offset: int = 0) -> list[Mention]:
        self._current = []
        found = self.gazetteer._scan(text, self)
        current = _unique(self._current)
        if len(current) >= 2:
            self._last_set = tuple(current)
        if offset:
            found = [replace(m, start=m.start + offset, end=m.end + offset) for m in found]
        return found

    # ----- used by the scanner

    def _seen(self, actor_id: str) -> bool:
        return actor_id in self._people

    def _see(self, actor: Actor) -> None:
        self._people.setdefault(actor.id, actor)
        if actor.id in self._order:
            self._order.remove(actor.id)
        self._order.append(actor.id)
        self._current.append(actor.id)
        keys = set(self.gazetteer._shorts.get(actor.id, ()))
        if not keys:
            keys = _derived_keys(actor)
        for key in keys:
            self._short[key] = actor.id
            self._firsts.update(key[:1])

    def _see_body(self, actor: Actor) -> None:
        """An organisation with short names in the data: later, "Mahan" is Mahan Air."""
        self._bodies[actor.id] = actor
        for key in self.gazetteer._shorts.get(actor.id, ()):
            self._short[key] = actor.id
            self._firsts.update(key[:1])

    def _derived(self, actor: Actor) -> Actor:
        known = self._people.get(actor.id)
        return known if known is not None else actor

    def _local(self, toks: list[_Tok], k: int) -> tuple[Actor, int] | None:
        """A short name of a person already in this document, at token ``k``."""
        if not toks[k].cap or toks[k].key not in self._firsts:
            return None
        n = len(toks)
        keys: list[str] = []
        j = k
        best: tuple[Actor, int] | None = None
        while j < n and len(keys) < 4:
            t = toks[j]
            if t.key == "-" and t.glued and keys:
                j += 1
                continue
            keys.append(t.key)
            j += 1
            hit = self._short.get(tuple(keys))
            if hit is not None and _ends_cleanly(toks, j):
                best = (self._people.get(hit) or self._bodies[hit], j)
        return best

    def _holds(self, actor_id: str, said: str, country: str | None) -> bool:
        actor = self._people[actor_id]
        offices = self.gazetteer.offices(actor_id)
        if (
            country is not None
            and actor.country != country
            and all(o.where != country for o in offices)
        ):
            return False
        titles = [canonical_title(o.title) for o in offices] or [
            canonical_title(t) for t in actor.titles
        ]
        # "the commissioner" after "commissioner for trade and industry X": the portfolio
        # is left out once the person is known.
        return any(_titles_match(said, held) or held.startswith(f"{said} for ") for held in titles)

    def _see_principal(self, actor: Actor) -> None:
        if actor.id not in self._principals:
            self._principals.append(actor.id)

    def _first_holder(self, said: str) -> Actor | None:
        """The first holder of a title named with it and no country ("President Biden"), not
        a counterpart ("President Ruto of Kenya", "Russian President Vladimir Putin")."""
        for actor_id in self._principals:
            if self._holds(actor_id, said, None):
                return self._people[actor_id]
        return None

    def _recent_holder(self, said: str, country: str | None) -> Actor | None:
        for actor_id in reversed(self._order):
            if self._holds(actor_id, said, country):
                return self._people[actor_id]
        return None

    def _is_leader(self, actor_id: str) -> bool:
        return self._holds(actor_id, "leader", None)

    def _group_members(self, count: int | None) -> list[Actor] | None:
        current = _unique(self._current)
        if len(current) >= max(count or 2, 2):
            pool = current
        elif len(self._last_set) >= max(count or 2, 2):
            pool = list(self._last_set)
        else:
            pool = list(reversed(self._order))[: count or 2]
        leaders = [p for p in pool if self._is_leader(p)]
        if len(leaders) >= max(count or 2, 2):
            pool = leaders
        recency = {p: i for i, p in enumerate(self._order)}
        pool = sorted(pool, key=lambda p: recency.get(p, -1))
        if count is not None:
            pool = pool[-count:]
        if len(pool) < 2 or (count is not None and len(pool) < count):
            return None
        return [self._people[p] for p in pool]


def _unqualified(text: str) -> bool:
    """A titled mention without a country: "President Biden", not "President Ruto of Kenya"
    nor "Russian President Putin" (its first word a title word, no "of")."""
    words = text.split()
    return bool(words) and words[0].lower() in _TITLE_WORDS and " of " not in text


def _derived_keys(actor: Actor) -> set[tuple[str, ...]]:
    """Short names of a person the data lacks: the surname, and the family name of Asian names."""
    key = _key(actor.name)
    words = [w for w in key if w[:1].isalpha() and w.rstrip(".") not in _SUFFIXES and w != "."]
    keys = {key}
    if words:
        last = words[-1]
        keys.add((last,))
        for prefix in ("al", "Al", "el", "El"):
            # "Al-Sudani" is tokenised as ("Al", "Sudani"): "Sudani" and "Al-Sudani" both work.
            if len(words) > 2 and words[-2] == prefix:
                keys.add((prefix, last))
        if actor.country in _EAST_ASIAN and len(words) > 1:
            keys.add((words[0],))
    return keys

"""Rule-based fact extraction: a news body in, typed facts with evidence out.

The pipeline, per document:

1. split the body into sentences and each sentence into clauses (segments);
2. find actor mentions (gazetteer + in-document coreference + pronouns), time
   expressions and quantities;
3. match the trigger lexicon (:mod:`timeline.lexicon`); for each trigger read the
   modality from cues in its clause, the roles of the actors around it, its
   location, time, quantities and, for reported speech, who says so;
4. merge mentions of one real-world fact (same type, compatible actors and time);
5. resolve times: explicit or relative in the clause, then anchored ("on the eve
   of X"), then inherited from the event the fact belongs to, then the
   publication date for past facts.

Pure: no I/O besides the gazetteer's packaged data (loaded once, lazily), no clock.
"""

from __future__ import annotations

import importlib
import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property, lru_cache, wraps
from itertools import pairwise
from typing import Any, TypeVar, cast

from timeline import lexicon
from timeline.gazetteer import Actor, DocumentActors, Gazetteer, Mention
from timeline.ontology import FACT_TYPES
from timeline.quantities import QuantityMention, find_quantities
from timeline.sentences import Sentence, split
from timeline.temporal import (
    TimeMention,
    anchored,
    combine,
    document_when,
    event_date,
    find_times,
    inherited,
    overlaps,
    pending_when,
)
from timeline.values import ActorRef, Evidence, ExtractedFact, Location, Quantity, When

EXTRACTOR_NAME = "timeline-rules"
EXTRACTOR_VERSION = "1.7.0"

__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "extract"]


# --------------------------------------------------------------------------------------------
# How matches of a regular expression can start
# --------------------------------------------------------------------------------------------

# Read off a parsed pattern, for two speed-ups that cannot change what a pattern finds:
# trying the trigger rules only where their matches can start (see _prefix_index), and
# telling the regex engine which characters a match can start with (see _gated).

_MAX_PREFIXES = 400  # beyond this a rule is scanned in full (its pattern starts too loosely)
_SMALL_SET = 12  # a character class at most this large is expanded character by character
_WIDE_SET = 64  # ... and at most this large, only as a match's first character
_DIGIT = "\0"  # the prefix "a decimal digit" (\\d, for numbers written in any script)

try:  # the standard library's regex parser (no public API; fall back to full scans)
    _sre: Any = importlib.import_module("re._parser")
    _sre_constants: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - a Python without it
    _sre = _sre_constants = None


class _Unlisted(Exception):
    """A pattern's matches start too variously (or too oddly) to list their prefixes."""


def _pattern_prefixes(pattern: str, size: int, flags: int = 0) -> frozenset[str] | None:
    """Strings of at most ``size`` characters, one of which begins every match of ``pattern``.

    A prefix stops short of ``size`` where the pattern ends or where the next item cannot be
    listed (``\\w``, a wide class ...): still a prefix of every match through that branch.
    Zero-width items (look-arounds, anchors) are skipped, which can only add candidates.
    None when no useful set exists (an empty prefix, too many, or a construct not understood).
    """
    if _sre is None:
        return None
    c = _sre_constants
    try:
        parsed = _sre.parse(pattern, flags)
        if parsed.getwidth()[0] == 0:
            return None  # may match the empty string: finditer's rules for that differ
    except Exception:  # an internal API: any surprise means "no prefixes", never an error
        return None
    found: set[str] = set()

    def walk(items: list[Any], prefix: str) -> None:
        if len(found) > _MAX_PREFIXES:
            raise _Unlisted
        if len(prefix) >= size or not items:
            found.add(prefix[:size])
            return
        op, av = items[0]
        rest = items[1:]
        if op is c.LITERAL:
            walk(rest, prefix + chr(av))
        elif op is c.IN:
            chars: list[str] = []
            digit = False
            for kind, value in av:
                if kind is c.LITERAL:
                    chars.append(chr(value))
                elif kind is c.RANGE and value[1] - value[0] < _WIDE_SET:
                    chars.extend(chr(x) for x in range(value[0], value[1] + 1))
                elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT and not prefix:
                    digit = True  # tested as str.isdecimal(), which is what \d matches
                else:
                    found.add(prefix)  # a negated or wide class: the prefix ends here
                    return
            if digit or len(chars) > _SMALL_SET:
                # Expanding further would multiply the prefixes: end here, except that a
                # match's first character ("[a-z]+th anniversary") is still worth listing.
                found.update(chars if not prefix else (prefix,))
                if digit:
                    found.add(_DIGIT)
                return
            for char in chars:
                walk(rest, prefix + char)
        elif op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                found.add(prefix)
                return
            walk(list(sub.data) + rest, prefix)
        elif op is c.BRANCH:
            for alternative in av[1]:
                walk(list(alternative.data) + rest, prefix)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = av
            if sub.getwidth()[0] == 0:
                found.add(prefix)
                return
            # Each repetition adds a character at least, so ``size`` of them fix the prefix
            # (and stand for more: "[a-z]{5,}" starts like "[a-z]{4}").
            for times in range(min(low, size), min(high, size) + 1):
                walk(list(sub.data) * times + rest, prefix)
        elif op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            walk(rest, prefix)
        else:
            found.add(prefix)

    try:
        walk(list(parsed.data), "")
    except (_Unlisted, RecursionError):
        return None
    if "" in found or len(found) > _MAX_PREFIXES:
        return None
    return frozenset(found)


def _engine_skips(regex: re.Pattern[str]) -> bool:
    """Whether the engine finds the first characters of matches by itself: a case-sensitive
    pattern that starts with a literal, a class, or alternatives that all start with one."""
    if _sre is None or regex.flags & re.IGNORECASE:
        return False
    c = _sre_constants
    items = list(_sre.parse(regex.pattern, regex.flags).data)
    while items and items[0][0] is c.SUBPATTERN and not any(items[0][1][1:3]):
        items = list(items[0][1][3].data)
    if not items:
        return False
    op, av = items[0]
    if op is c.BRANCH:
        return all(alt.data and alt.data[0][0] is c.LITERAL for alt in av[1])
    return op is c.LITERAL or op is c.IN


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, gated (see _gated)."""
    return _gated(re.compile(pattern, flags))


def _gated(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` behind a look-ahead for the characters its matches can start with.

    A pattern that starts with ``\\b`` or a case-insensitive alternation of words gives the
    engine no literal to skip ahead to, so it tries every alternative at every word start;
    one character-class test drops most positions first. Every match starts with one of
    these characters, so what the pattern finds is unchanged. Case-insensitive patterns
    keep their flag, which applies to the class as to the pattern's own letters.
    """
    opening = regex.pattern[:3]
    if (opening.startswith("(?") and opening != "(?<") or _engine_skips(regex):
        # Global inline flags must stay first (a look-behind, "(?<", may follow the gate);
        # or the engine needs no help.
        return regex
    prefixes = _pattern_prefixes(regex.pattern, 1, regex.flags)
    if prefixes is None:
        return regex
    chars = "".join(sorted(re.escape(p) for p in prefixes if p != _DIGIT))
    digits = r"\d" if _DIGIT in prefixes else ""
    return re.compile(rf"(?=[{chars}{digits}])(?:{regex.pattern})", regex.flags)


# --------------------------------------------------------------------------------------------
# Memos for one document
# --------------------------------------------------------------------------------------------

_F = TypeVar("_F", bound=Callable[..., Any])
# Memos of pure functions that the steps of one sentence ask alike ("which preposition governs
# the word at 123?"), emptied when a document starts: they only save repeated work within it.
# A memo's value depends on its key alone, so texts extracted at once cannot mislead it.
_DOCUMENT_MEMOS: list[dict[Any, Any]] = []


def _per_document(function: _F) -> _F:
    memo: dict[Any, Any] = {}
    _DOCUMENT_MEMOS.append(memo)

    @wraps(function)
    def remembered(*args: Any) -> Any:
        try:
            return memo[args]
        except KeyError:
            found = memo[args] = function(*args)
            return found

    return cast(_F, remembered)


# --------------------------------------------------------------------------------------------
# Compiled lexicon
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Rule:
    trigger: lexicon.Trigger
    regex: re.Pattern[str]
    requires: re.Pattern[str] | None
    preps: dict[str, str]


def _compile_rule(trigger: lexicon.Trigger) -> _Rule:
    preps = dict(item.split("=", 1) for item in trigger.preps.split())
    # Matched case-sensitively against lowercased text: much faster than IGNORECASE. The
    # patterns use no upper-case escapes (\S, \W ...), only named groups need their "P".
    pattern = trigger.pattern.replace("(?P<", "\0").lower().replace("\0", "(?P<")
    return _Rule(
        trigger,
        re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])"),
        _compile(trigger.requires, re.IGNORECASE) if trigger.requires else None,
        preps,
    )


_RULES: tuple[_Rule, ...] = tuple(_compile_rule(t) for t in lexicon.TRIGGERS)
_MIN_ACTORS = {t.rule: t.min_actors for t in lexicon.TRIGGERS if t.min_actors}
# Rules that state a fact only with this role named: "Houthi attacks on ships" ("the attack
# on Israel" alone may be the one an earlier sentence reported); "commitment to the defense
# of Japan" (not "of the region").
# The words just before an attack noun that make it a passing mention (see _passing_mention):
# a condemnation's object, a "following/after" preamble, what a country defends itself
# against, or what was not seen. A few modifiers may sit between ("the blatant and
# unprecedented attacks", "Iran's unprecedented air attack").
_PASSING_ATTACK_BEFORE = re.compile(
    r"(?:\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing))\s+"
    r"(?:the|these|this|those|such|all)\s+|^\s*(?:following|after)\s+|[.;:]\s+"
    r"(?:following|after)\s+|\bdefend(?:s|ed|ing)?\s+(?:itself|themselves|herself|himself)?"
    r"\s*against\s+)(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "we have not seen attacks on our forces": attacks that did not happen.
_NOT_SEEN_BEFORE = re.compile(
    r"\b(?:not|never|no)\s+(?:yet\s+)?(?:seen|observed|detected|witnessed)\s+(?:any\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "they cannot effectively threaten": an inability, not a threat made.
_CANNOT_BEFORE = re.compile(
    r"\b(?:cannot|can not|can['’]t|could not|couldn['’]t|unable to)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_NEEDS_ROLE = {"military.noun-against": "attacker", "praise.commitment-to-defense-of": "target"}
# Rules whose speaker is the signed statement's author ("Congress should act", "X shows
# Moscow's disregard for ..."); the actors the sentence names are their targets.
_AUTHOR_SPEAKS = frozenset({"demand.should", "criticism.disregard", "criticism.responsible-for"})
# "X reaffirmed the United States' commitment to the defense of Japan": X's country, though
# possessive, gives the commitment and is not its target.
_OWN_POSSESSIVE = frozenset({"praise.commitment-to-defense-of"})
# Meetings named as their own event (a summit hosted, a summit to be held): never the talks
# the text reports around them.
_NAMED_EVENTS = frozenset({"meeting.hosted-summit", "meeting.to-be-held"})
# "I want to / would like to / wish to / must thank": a speech act performed by saying it.
_PERFORMATIVE = re.compile(
    r"\b(?:I|we)\s+(?:also\s+)?(?:want|wish|would like|'d like|’d like|must|should)\s+"
    r"(?:also\s+|again\s+|once again\s+)?to\s+$|\b(?:let|allow) me\s+(?:also\s+)?(?:to\s+)?$",
    re.IGNORECASE,
)
_NOMINAL_RULES = frozenset(t.rule for t in lexicon.TRIGGERS if t.form == "noun")


# Trigger prefilter. Every rule regex starts with a look-behind, which stops the regex engine
# from skipping ahead to a literal prefix: scanning the body with each of the ~80 rules tried a
# match at every character and was half the extraction time. Instead, the possible first few
# characters of each rule's matches are read off its parsed pattern once; one scan of the
# body for word starts that begin with any of them (_RULE_START) then gives each rule the few
# positions where it can match at all, and the rule is tried there only (``match`` at a
# position sees the text before it, so the look-behind still holds). A rule whose prefixes
# cannot be listed is scanned as before. Eight characters tell "the said" from "the deal":
# with four, every "the " was tried by five rules.
_PREFIX_LENGTH = 8  # characters of a match read off its pattern: enough to be selective


def _prefix_index() -> tuple[dict[int, dict[str, list[int]]], tuple[int, ...], tuple[int, ...]]:
    """Rule indices by the prefixes their matches start with (keyed by prefix length), the
    rules that can start with a digit, and the rules scanned in full."""
    by_length: dict[int, dict[str, list[int]]] = {}
    digits: list[int] = []
    unlisted: list[int] = []
    for index, rule in enumerate(_RULES):
        prefixes = _pattern_prefixes(rule.regex.pattern, _PREFIX_LENGTH)
        if prefixes is None:
            unlisted.append(index)
            continue
        for prefix in prefixes:
            if prefix == _DIGIT:
                digits.append(index)
            else:
                by_length.setdefault(len(prefix), {}).setdefault(prefix, []).append(index)
    return by_length, tuple(digits), tuple(unlisted)


_PREFIXES, _DIGIT_RULES, _UNLISTED_RULES = _prefix_index()


def _required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains (the text it is searched in
    must then contain one too); None when none can be read off the parsed pattern.

    Read off runs of literal characters: in a sequence, the most selective of its items'
    sets (an item that cannot be read restricts nothing and is passed over); for
    alternatives, the union of theirs. Look-arounds are passed over.
    """
    if _sre is None:
        return None
    c = _sre_constants
    try:
        parsed = _sre.parse(pattern, flags)
    except Exception:  # an internal API: any surprise means "nothing required"
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None  # literals would have to be found in any case

    def sequence(items: list[Any]) -> frozenset[str] | None:
        options: list[frozenset[str]] = []
        run = ""
        for op, av in items:
            if op is c.LITERAL:
                run += chr(av)
                continue
            if run:
                options.append(frozenset((run,)))
                run = ""
            found: frozenset[str] | None = None
            if op is c.SUBPATTERN and not (av[1] or av[2]):
                found = sequence(list(av[3].data))
            elif op is c.BRANCH:
                alternatives = [sequence(list(alt.data)) for alt in av[1]]
                if all(alt is not None for alt in alternatives):
                    found = frozenset().union(*(alt for alt in alternatives if alt is not None))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
                found = sequence(list(av[2].data))
            if found:
                options.append(found)
        if run:
            options.append(frozenset((run,)))
        options = [option for option in options if "" not in option]
        if not options:
            return None
        return max(options, key=lambda option: (min(map(len, option)), -len(option)))

    try:
        return sequence(list(parsed.data))
    except RecursionError:
        return None


# Non-ASCII characters that a case-insensitive pattern equates with an ASCII letter ("ſ" with
# "s"); a test checks every code point. Text without them matches an ASCII literal
# case-insensitively exactly where its lower-cased form contains the literal.
_CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")


_FEW_LITERALS = 8  # a gate with more literals looks for them with one trie pattern


class _Gate:
    """Whether ``regex`` can match a text at all, from the literals its matches need: a few
    substring tests spare a regex scan of most texts (a case-insensitive one is slow)."""

    __slots__ = ("caseless", "finder", "literals")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.caseless = bool(regex.flags & re.IGNORECASE)
        found = _required_literals(regex.pattern)
        if found is not None and self.caseless:
            found = (
                frozenset(literal.lower() for literal in found)
                if all(literal.isascii() for literal in found)
                else None
            )
        # A literal that contains another adds nothing: "says" holds "say".
        self.literals: tuple[str, ...] | None = (
            None
            if found is None
            else tuple(
                sorted(
                    literal
                    for literal in found
                    if not any(other != literal and other in literal for other in found)
                )
            )
        )
        # Many literals: one scan with them factored into a trie beats a substring test each.
        self.finder = (
            re.compile(_trie_pattern(self.literals))
            if self.literals is not None and len(self.literals) > _FEW_LITERALS
            else None
        )

    def open(self, text: str) -> bool:
        if self.literals is None:
            return True
        if self.caseless:
            if not text.isascii() and _CASE_TWINS.search(text):
                return True
            text = text.lower()
        if self.finder is not None:
            return self.finder.search(text) is not None
        return any(map(text.__contains__, self.literals))


class _GatedPattern:
    """A pattern behind its _Gate: in the many texts that hold none of the literals its
    matches need, a search, match or substitution ends after a few substring tests."""

    __slots__ = ("_gate", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._gate: _Gate | None = None  # read off the pattern when first used, not at import

    @property
    def gate(self) -> _Gate:
        if self._gate is None:
            self._gate = _Gate(self.regex)
        return self._gate

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # (a match lies inside text[pos:endpos], so its literal does too)
        if not (self._gate or self.gate).open(text[pos:endpos]):
            return None
        return self.regex.search(text, pos, endpos)

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(text) if (self._gate or self.gate).open(text) else None

    def sub(self, repl: str, text: str) -> str:
        return self.regex.sub(repl, text) if (self._gate or self.gate).open(text) else text

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if (self._gate or self.gate).open(text) else iter(())

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    @property
    def flags(self) -> int:
        return self.regex.flags


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching where any of ``words`` starts the text, factored by first characters
    (the engine tries an alternation in order: a trie tries each character once)."""
    heads: dict[str, set[str]] = {}
    for word in words:
        heads.setdefault(word[:1], set()).add(word[1:])
    branches = []
    for head, tails in sorted(heads.items()):
        if "" in tails:  # a shorter word suffices: whatever follows it matches too
            branches.append(re.escape(head))
        else:
            branches.append(re.escape(head) + _trie_pattern(tails))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# Rules one of whose listed prefixes is a single letter ("[a-z]+th anniversary" can start
# any word) would be tried at nearly every word; they are instead scanned in full, and only
# in texts that contain a literal every match needs ("anniversary" ...). The others are
# tried where one of their prefixes starts a word, found by one scan with a trie pattern.
_LOOSE_RULES: tuple[tuple[int, frozenset[str] | None], ...] = tuple(
    (index, _required_literals(_RULES[index].regex.pattern))
    for index in sorted(
        {i for p, rules in _PREFIXES.get(1, {}).items() if p.isalpha() for i in rules}
    )
)
_LOOSE = frozenset(index for index, _ in _LOOSE_RULES)
for _table in _PREFIXES.values():
    for _prefix in list(_table):
        _table[_prefix] = [i for i in _table[_prefix] if i not in _LOOSE]
        if not _table[_prefix]:
            del _table[_prefix]
_DIGIT_RULES = tuple(i for i in _DIGIT_RULES if i not in _LOOSE)


@lru_cache(maxsize=1)
def _unlisted_rules() -> tuple[tuple[int, frozenset[str] | None], ...]:
    """The rules scanned in full, each with the literals one of which its matches hold: as
    for the loose rules, a text holding none of them is not scanned (each scan tries a
    look-behind at every character; "had lunch with" and "the truce agreed" are rare)."""
    return tuple(
        (index, _required_literals(_RULES[index].regex.pattern)) for index in _UNLISTED_RULES
    )


_RULE_HEAD = (
    "(?="
    + _trie_pattern(p for table in _PREFIXES.values() for p in table)
    + (r"|\d" if _DIGIT_RULES else "")
    + ")"
)
# A word start where a listed prefix begins, found by the character before it: a pattern
# that opens with a class lets the engine skip to the candidates by itself, where one that
# opens with a look-behind ("(?<![\w-])") is tried at every character. A match ends at the
# word start. The first word of a text has no character before it: _RULE_AT_START asks.
_RULE_START = re.compile(r"[^\w-]" + _RULE_HEAD)
_RULE_AT_START = re.compile(_RULE_HEAD)
# The rules that can match where the text continues with a given _PREFIX_LENGTH characters
# (fewer at its end). A memo of a pure function: English has only so many word beginnings.
_WINDOW_RULES: dict[str, tuple[int, ...]] = {}
_WINDOW_MEMO_SIZE = 100_000


def _window_rules(window: str) -> tuple[int, ...]:
    found = _WINDOW_RULES.get(window)
    if found is None:
        rules: set[int] = set()
        for length, table in _PREFIXES.items():
            if length <= len(window):
                rules.update(table.get(window[:length], ()))
        if window[:1].isdecimal():
            rules.update(_DIGIT_RULES)
        found = tuple(sorted(rules))
        if len(_WINDOW_RULES) >= _WINDOW_MEMO_SIZE:
            _WINDOW_RULES.clear()
        _WINDOW_RULES[window] = found
    return found


_NEGATION = _GatedPattern(_compile(lexicon.NEGATION_CUES, re.IGNORECASE))
# "denied that its troops (had) opened fire", "denied claims that it sent": a denial governs
# the clause after it (the window of cues stops at "that").
_DENIED_BEFORE = _GatedPattern(
    _compile(
        r"\b(?:(?:denied|denies|deny|denying)(?:\s+(?:the\s+)?(?:claims?|reports?|allegations?|"
        r"accusations?|suggestions?))?|(?:rejected|rejects|dismissed|dismisses|refuted|refutes)"
        r"\s+(?:the\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?))\s+that\s+"
        r"(?:[\w’'.-]+\s+){1,6}$",
        re.IGNORECASE,
    )
)
_NEGATION_EXCEPTIONS = _GatedPattern(_compile(lexicon.NEGATION_EXCEPTIONS, re.IGNORECASE))
_PLANNED = _compile(lexicon.PLANNED_CUES, re.IGNORECASE)
_EXPECTED = _GatedPattern(_compile(lexicon.EXPECTED_CUES, re.IGNORECASE))
_HYPOTHETICAL = _compile(lexicon.HYPOTHETICAL_CUES, re.IGNORECASE)
_NOMINAL_PLANNED = _compile(lexicon.NOMINAL_PLANNED, re.IGNORECASE)
_NOMINAL_EXPECTED = _compile(lexicon.NOMINAL_EXPECTED, re.IGNORECASE)
_NOMINAL_HYPOTHETICAL = _compile(lexicon.NOMINAL_HYPOTHETICAL, re.IGNORECASE)
_REPORT = _compile(rf"(?<![\w-])(?:{lexicon.REPORT_VERBS})(?![\w-])", re.IGNORECASE)
_PERIODS = tuple(
    (_compile(rf"\b{pattern}\b"), first, last)
    for pattern, first, last in lexicon.HISTORICAL_PERIODS
)
# Any of them: one search rules out the lot in the many sentences that name no period.
_ANY_PERIOD = _GatedPattern(
    _compile(
        r"\b(?:"
        + "|".join(f"(?:{pattern})" for pattern, _, _ in lexicon.HISTORICAL_PERIODS)
        + r")\b"
    )
)
_COMMODITY = _GatedPattern(_compile(rf"\b(?:{lexicon.COMMODITIES})\b", re.IGNORECASE))

# Clause boundaries inside a sentence. A comma only ends a clause before a subordinator
# or a participle ("..., noting that"), so that lists of actors stay in one clause.
_NOT_PARTICIPLES = (
    "during|according|including|regarding|concerning|following|notwithstanding|something|"
    "nothing|anything|everything|morning|evening|spring|king|thing|things|string|ring|wing|"
    "bring|ceiling|building|meeting|meetings|hearing|briefing|funding|financing|training|"
    "beijing|nanjing|chongqing|xining|kunming|harbin|mandalay|sterling|wellington|"
    "pudong|hong|darjeeling|reading|ealing|ping|sing|swing|sibling|viking"
)
_BREAK = re.compile(
    # Every break starts with one of these characters: checking that first lets the engine
    # drop most positions at once instead of trying each alternative there. At a space, the
    # second look-ahead then asks once for what any alternative needs after the spaces.
    r"(?=[\s;—:,])(?=[;—:,]|\s+[;–—-]|\s+(?:after|before|when|until|once|while|whereas|but|"
    r"although|though|because|whilst)\s)(?:"
    r"\s*;\s*|\s+[–—-]{1,2}\s+|(?<=\w)—(?=\w)|:\s+(?=\S)|"
    r",\s+(?=(?:while|whereas|but|although|though|because|which|who|whom|whose|where|"
    r"when|so|yet|unless|whilst|amid|despite|with)\b)|"
    # ", and he objected to ...": a coordinated clause with a subject of its own
    r",\s+(?=and\s+(?:he|she|they|we|I)\s+(?:also\s+)?[a-z]+)|"
    r"\s+(?=(?:after|before|when|until|once)\s+(?:(?:the|a|an)\s+)?[A-Z])|"
    r"\s+(?=(?:while|whereas|but|although|though|because|whilst)\s)|"
    rf",\s+(?=(?!(?:{_NOT_PARTICIPLES})\b)[a-z]+ing\b))",
)
_PARTICIPLE_START = _compile(rf"(?!(?:{_NOT_PARTICIPLES})\b)[a-z]+ing\b")
_TRAILING_PARTICIPLE = _compile(rf",\s+(?!(?:{_NOT_PARTICIPLES})\b)[a-z]+ing\b")
_AUX_AFTER_COMMA = _compile(
    r",\s+(?=(?:will|would|is|are|was|were|has|have|had|can|could|may|might|shall|should|"
    r"must|did|does|do)\b)"
)
# ", which holds the presidency, condemned X": a relative clause between a subject and its
# verb ends at the comma before a finite verb. (Not "who": a person's own "X, who ...,
# said" cost a spurious fact on unseen text.)
_RELATIVE_OPENER = re.compile(r",\s+which\s")
_VERB_AFTER_COMMA = _compile(
    r",\s+(?:(?:also|then|later|on\s+\w+day)\s+)?(?=(?:will|would|is|are|was|were|has|have|had|"
    r"can|could|may|might|shall|should|must|did|does|[a-z]{3,}ed|met|held|said|sent|signed|"
    r"told|made|took|gave|struck|hit|won|led|paid|sought|spoke|went|came|flew|began)\b)"
)
# "met today in Washington, D.C., with X", "met on Monday, in Geneva, with X": after a
# meeting verb, a time or place set off by commas leaves the partner after ", with" in the
# verb's clause (the ", with" break is for absolute phrases: "with both sides saying ...").
_ADVERBIAL_WORD = (
    r"(?:[A-Z][\w’'.-]*|\d[\d.]*(?:st|nd|rd|th)?|in|at|on|near|outside|the|of|today|yesterday|"
    r"tonight|this|last|morning|afternoon|evening|night|week|earlier|later|early|late|again|"
    r"briefly|separately|privately|virtually|by|over|via|phone|telephone|video|link|call|"
    r"conference|from|here|there|during|a|an|his|her|their|sidelines|margins|summit|forum|"
    r"visit|trip|to)"
)
_ADVERBIALS_THEN_WITH = re.compile(
    rf"(?:,?\s+{_ADVERBIAL_WORD}(?=[\s,]))*,?\s+with\s+(?:the\s+|his\s+|her\s+)?"
)
_MET_ASIDE_WITH = re.compile(
    r"\b(?:met|meets|meet|spoke|speaks|talked|conferred|confers|consulted|held talks)"
    r"\s+(?:in|at|on|near|outside|today|yesterday|tonight|this|last|earlier|late|early|again|"
    r"briefly|separately|privately|virtually|by|over|via|from|here|there|during|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    rf"(?:,?\s+{_ADVERBIAL_WORD}(?=[\s,])){{0,12}}(,)\s+with\s+"
    # not an absolute phrase: "with Russia absent", "with the envoys looking on"
    r"(?!(?:[\w’'.-]+\s+){0,5}?(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)"
    r"(?<!\bits\s)(?<!\ba\s)(?:[a-z]+ing|absent|present)\b)"
)
_INITIAL_SUBORDINATE = _compile(
    r"(?:As|While|When|After|Before|Although|Though|Because|Since|If|Unless|Despite|During|"
    r"Following|Once|Until|Amid|Whereas|In|On|At|With|Thanking|Noting|Building|Given|"
    r"Speaking|Without|Whilst|Over|Under|According|Having|Upon)\b"
)
# "After imposing sanctions on X, Y said", "Having signed the deal, Y": what opens the
# sentence before its participle, whose subject is the main clause's.
_PARTICIPLE_LEAD = _compile(
    r"(?:(?:After|Before|Since|Upon|On|While|When|Despite|Without|By)\s+)?(?:[Hh]aving\s+)?"
)
_MUST_CLAUSE = re.compile(
    r",?\s+that\s+(?!(?:it|this|there|we|I|he|she|they)\s)(?:[\w’'.-]+\s+){1,6}?"
    r"(?:must|should)\s+(?!not\b|be\b|have\b)[a-z]+"
)
# "said (that) X is ...", 'said, "X is ...': where a reported clause opens, and the verb
# that shows its first name is the clause's subject.
_REPORTED_OPENING = re.compile(r",?\s*[\"“]?(?:that\s+)?")
_REPORTED_VERB = re.compile(
    r"\s+(?:is|was|are|were|has|had|have|will|would|must|should|can|could|never|remains?)\b"
)
_OWNER_GAP = re.compile(r"(?:\s+[\w$€£.,-]+){0,6}\s+")
_ASKED_GAP = re.compile(r"(?:\s+(?:for|the|a))*\s+")  # "asked for the King's help"
_OBJECT_GAP = re.compile(
    r"(?:\s+(?!(?:as|because|after|before|while|when|if|and|but)\b)[\w’'-]+){0,5}\s+"
)
# "the Ukraine conflict": the name only qualifies what the statement is about.
_ATTRIBUTIVE = re.compile(
    r"\s+(?:conflict|war|crisis|issue|question|situation|file|dispute|talks|deal|agreement)\b"
)
_GAP_APPOSITIVE = re.compile(
    r"^\s*(?:,\s*(?:the|a|an)\s+[a-z][\w’' -]{0,50},|\s+in\s+(?:the\s+)?[A-Z][\w-]+)\s*"
)
# "the (brave) people of X", "the leadership of X" as an object: X is the one addressed.
_TO_PEOPLE_END = re.compile(
    r"\b(?:to|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?\S+\s+of\s+(?:the\s+)?$"
)
_PEOPLE_OF = re.compile(
    r"\b(?i:people|peoples|citizens|population|governments?|leadership|leaders|authorities)"
    r"\s+of\s+(?:the\s+)?$"
)
# A sentence that opens with the place of a trip's stop: "In Jordan, he will ...".
_STOP_OPENING = re.compile(
    r"\s*(?:(?:Finally|Then|Next|Later|Afterwards|Lastly),\s+)?[Ii]n\s+(?:the\s+)?"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s"
)
# An aside between dashes ("X—with support from Y—did"), at most one line of words.
_DASH_ASIDE = re.compile(r"\s*[—–][^—–.;:]{1,200}[—–]\s*")
_ATTENDED = re.compile(
    r"\band\s+(?:participate|attend|join)s?\s+(?:in\s+)?(?:the\s+)?[^.;,]{0,60}$"
)
# Facts whose "including" list names measures or aid of their own, and those measures.
_LIST_HOSTS = frozenset(
    {"SanctionImposed", "SanctionLifted", "VisaPolicyChanged", "AidProvided", "ThreatIssued",
     "DealAnnounced"}
)  # fmt: skip
_LISTED_TYPES = frozenset({"SanctionImposed", "SanctionLifted", "VisaPolicyChanged", "AidProvided"})
_INCLUDING = re.compile(r"(?:,|—|–)\s*(?:including|such as)\s+")
# The items of a list before the one being read: words, commas, "and", "or" (no clause).
_LIST_SO_FAR = re.compile(r"(?:[\w’'$.-]+(?:,\s*|\s+))*")
_LIST_CLOSING = re.compile(r",\s+(?:on|against|targeting)\s+(?:the\s+)?")
_CLAUSE_BREAK = re.compile(r"[;:]|\bwhile\b|\bbut\b")
_LIST_MARKER = re.compile(r":\s+|(?:,|—|–| - )\s*including\s+")
_SENTENCE_BREAK = re.compile(r"[.;!?]\s")
_OBLIGATION_CLAUSE = re.compile(
    r"(?:\s+to(?:\s+[\w’'.-]+){1,4}?)?,?\s+that,?\s+[^.;]{0,80}?\bit\s+(?:is|was)\s+"
    r"(?:\w+ly\s+)?(?:important|essential|necessary|vital|imperative|critical|crucial|"
    r"urgent)\s+(?:for|that)\b"
)
# "announced he would be lifting ...": "would" of reported speech is a future, not a condition.
# "will travel to Lima and attend the summit": a verb coordinated with a planned one shares
# its modality. The second verb is a bare lower-case word (not a determiner or pronoun,
# which would start a new clause with its own subject).
_COORDINATED_PLAN = _GatedPattern(
    _compile(
        r"\b(?:will|shall)\s+(?!not\b)[a-z]+\b[^.;:!?\"“”]{0,80}?,?\s+and\s+(?:also\s+|then\s+)?"
        r"(?!(?:the|a|an|his|her|their|its|our|my|this|that|these|those|he|she|they|it|we|i|you|"
        r"other|in|on|at|for|with|to|of|by|from|as|not|later|was|were|is|are|has|have|had)\b)"
        r"[a-z]+(?<!ed)\s+(?:[\w’'.-]+\s+){0,5}$"
    )
)
_BACKSHIFTED = _GatedPattern(
    _compile(
        r"\b(?:announced|announces|said|says|stated|declared|confirmed|pledged|promised|vowed|"
        r"indicated|made clear)\s+(?:that\s+)?(?:[\w’'.-]+\s+){1,6}?would\s+(?:be\s+)?$",
        re.IGNORECASE,
    )
)
_MEASURES = frozenset({"SanctionImposed", "SanctionLifted", "VisaPolicyChanged"})
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)])\s")
_COORDINATED_VERB = re.compile(r",\s+and\s+(?:also\s+|then\s+)?")
_ENACTED_MEASURE = re.compile(
    r"\b(?:voted|passed|adopted|approved|endorsed|unanimously)\s+(?:(?:on|for|in\s+favou?r\s+of)"
    r"\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:resolution|motion|bill|decision|measure)s?"
    r"\s+to\s*$",
    re.IGNORECASE,
)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whose|whom)\b")
# ", which had been agreed under Y": a past before the past of the clause it hangs on.
_PLUPERFECT_RELATIVE = re.compile(r",?\s*(?:which|who)\s+had\s+(?:not\s+|already\s+)?[a-z]+")
# ", and was condemned", ", and signed": a coordinated verb that has its own time.
_COMMA_AND_VERB = re.compile(
    r",\s+and\s+(?:(?:was|were|is|are|has|have|had|will|would|did|also|then|later)\s+"
    r"|[a-z]{2,}ed\s)"
)
# "at yesterday's meeting", "during Monday's talks": a time of the clause; "for yesterday's
# attack", "condemned Sunday's strike": the time of that noun only.
_POSSESSIVE = re.compile(r"['’]s\s")
_ADJUNCT_BEFORE = re.compile(
    r"(?:^|\b(?:at|during|in|after|before|following|since|until|by|throughout|amid|ahead of)"
    r"(?:\s+the)?)\s*$",
    re.IGNORECASE,
)
_MINISTRY = re.compile(r"\b(?:Department|Ministry|Treasury|Office)\b")
_BETWEEN = re.compile(r"\b(?:between|among)\b")
_NAME_NEXT = re.compile(r"\s+(?:the\s+)?[A-Z]")
_LINE_BREAK = re.compile("\n")
_QUOTE = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_WORD = re.compile(r"[\w’'.-]+")
_PREPOSITIONS = frozenset(lexicon.PREPOSITIONS.split())
_LOCATIVE = frozenset({"in", "at"})
# Words that can sit between a person's name and the country or office it belongs to.
_TITLE_WORDS = frozenset(lexicon.TITLE_WORDS.split())
_CALENDAR = frozenset(lexicon.CALENDAR_WORDS.split())
_CAPITAL_FUNCTION = frozenset(lexicon.CAPITALISED_FUNCTION_WORDS.split())
_PRONOUN_WORDS = (
    r"\b(?:he|she|his|her|him|they|their|them|both leaders|the two leaders|the two sides|"
    r"both sides|the leaders|both nations|both countries|the two countries|the two nations|"
    r"both parties|the two parties|the parties|the two|both)\b"
)
# Words for the two sides of a meeting or agreement just named ("the parties agreed ...").
_PAIR_WORDS = frozenset({"the parties", "the two parties", "both parties", "the two sides",
                         "both sides"})  # fmt: skip
# "A and B (the Parties)", '(together, the "Parties")': a defined term for the two sides.
_PARTIES_DEFINED = re.compile(
    r"\(\s*(?:(?:together|collectively|jointly|hereinafter),?\s+)?(?:the\s+)?[\"“]?"
    r"(?:the\s+)?(?:two\s+)?[Pp]arties[\"”]?\s*\)"
)
_DEFINED_GLUE = re.compile(
    r"\s*(?:\([A-Z][A-Za-z.-]{0,9}\)\s*)?\)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|\(\s*)"
)
# Fact types whose two actors are the sides "the parties" later means.
_PAIR_TYPES = frozenset({"MeetingHeld", "VisitMade", "AgreementSigned", "CooperationAnnounced",
                         "DealAnnounced"})  # fmt: skip
_PRONOUN = _compile(_PRONOUN_WORDS, re.IGNORECASE)
# For ASCII text, lowered first: a case-sensitive search is about four times faster, and
# lowering ASCII keeps every offset.
_PRONOUN_LOWER = _compile(_PRONOUN_WORDS)
# "it" after a verb of saying ("said it would"), "its" before the state's own forces or officials.
_IT = _GatedPattern(
    re.compile(
        r"\b(?:said|says|stated|states|announced|announces|added|warned|warns|confirmed|"
        r"confirms|claimed|claims|insisted|insists|declared|declares)(?: that)? (?P<it>it)\b|"
        r"\b(?P<its>[Ii]ts)(?= (?:own )?(?:armed forces|forces|troops|military|army|navy|"
        r"air force|soldiers|jets|warships|drones|missiles|government|ministry|officials|"
        r"diplomats|embassy|ambassador|envoy|leaders?|president|spokes(?:man|woman|person))\b)"
    )
)
_OFFICE_AFTER = re.compile(
    r"[’']s\s+(?:(?:"
    + "|".join(
        sorted(
            w
            for w in (lexicon.TITLE_WORDS + lexicon.HEAD_NOUNS + lexicon.OFFICE_WORDS).split()
            if w.isalpha() and w not in ("the", "a", "an", "of", "his", "her", "their", "its")
        )
    )
    + r")\s+){1,5}"
)
_LIST_GLUE = re.compile(r",?\s+(?:and\s+)?(?:the\s+)?|,\s*")
_SUBJECT_NEXT = re.compile(r"\s+(?:has|have|is|are|was|were|will|\w+ed)\b")
# The verb after a statement's opening subject: "X welcomes", "X has", "X strongly condemns".
_VOICE_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:has|have|is|are|was|were|will|[a-z]+ed|[a-z]+s)\b")
_PRESENT_VOICE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:has|have|is|are|will|(?![a-z]*ss\b)[a-z]+s)\b")
# An opening phrase before a statement's subject: "Today, the United States ...", "As
# part of its effort to ..., the United States is ...".
_OPENING_PHRASE = re.compile(r"[^,;:]{0,250},\s*(?:the\s+)?", re.IGNORECASE)
_ATTEND = re.compile(r"\b(?:participat|attend|join)", re.IGNORECASE)
_SETTING_AFTER = re.compile(r"(?:\s*\([^)]*\))?\s+(?:[Ss]ummits?|[Mm]inisterial)\b")
_SETTING_BEFORE = re.compile(r"\b[Ss]ummits?\s+of\s+(?:the\s+)?$")
# "\b(?:[Ww]e|[Oo]ur)\b" and "\bI(?= [a-z]|’ve...)|\b[Mm]y\b", searched for over whole
# bodies: each alternative opens with its letter, and a look-behind after it stands for the
# "\b" before it, so that the engine skips to those letters by itself instead of trying a
# boundary at every character.
_FIRST_PERSON_PLURAL = re.compile(r"W(?<!\wW)e\b|w(?<!\ww)e\b|O(?<!\wO)ur\b|o(?<!\wo)ur\b")
_FIRST_PERSON_SINGULAR = re.compile(  # "I’ve", "I'm" too
    r"I(?<!\wI)(?= [a-z]|[’'](?:m|ve|ll|d)\b)|M(?<!\wM)y\b|m(?<!\wm)y\b"
)
_WHO_OPENING = re.compile(
    r",?\s*(?:who|which)\s+(?:(?:both|also|each|all|then|later|had|has|have|was|were|is|are|will|would|"
    r"[a-z]+ly)\s+)*"
)
_COMMITMENT_TO = re.compile(
    r"\s*(?:[\w.’'-]+\s+){0,4}?(?:commitment|dedication)\s+to\s+(?:the\s+)?[A-Z]"
)
# What a statement says, right after its verb: support for an actor ("underscored their
# unwavering support for Ukraine") is praise of it.
_SUPPORT_FOR = re.compile(
    r"\s*(?:[\w.’'-]+\s+){0,4}?(?:support|backing|solidarity|admiration|appreciation|"
    r"gratitude|thanks|congratulations)\s+(?:for|with|to)\s+(?:the\s+)?(?:people\s+of\s+)?[A-Z]"
)
_ADDED = re.compile(r"(?:added|adds|adding|continued|continues|went on)\b", re.IGNORECASE)
_IF_CLAUSE = re.compile(r",?\s+that\s+if\s+(?:the\s+)?")
_ADDITIONAL = re.compile(r"\b(?:also|additionally|in addition|moreover)\b", re.IGNORECASE)
_GERUND_BEFORE = re.compile(r"\b[a-z]{3,}ing\s+(?:with\s+)?$")
_OWN_SUBJECT_CLAUSE = re.compile(r",\s+and\s+(?:he|she|they|we|I)\s")
_REMARK_BREAK = re.compile(r",?\s+and\s+(?=(?:I|we|he|she|they|also)\s)|;\s+")
_TRIP_APPOSITIVE = re.compile(
    r"(?:['’]s|['’])\s+(?:[\w-]+\s+){0,3}?(?:trip|visit|tour|journey|travels?)\b[^,;.]{0,50},"
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?\Z"
)
_AND_VERB = re.compile(r",?\s+and\s+(?:also\s+)?\Z")
_NOT_HESITATE = re.compile(r"(?:\bnot|n[’']t) hesitate\s*$", re.IGNORECASE)
# A post named without its holder, as a readout refers back to its principal.
_BARE_TITLE = _GatedPattern(
    re.compile(
        r"\b[Tt]he (Secretary|Chancellor|Premier|Ambassador|Envoy|Secretary-General|Taoiseach)"
        r"\b(?! of\b| for\b| General\b)(?!,? [A-Z])"
    )
)
# "the bloc", "the 27-nation bloc": the regional or political grouping last named.
_BLOC = _GatedPattern(re.compile(r"\b[Tt]he (?:[\w-]+ )?bloc(?:['’]s)?\b"))
_BLOC_NAME = re.compile(
    r"\b(?:Union|Community|Association|Council|Alliance|Mercosur|ASEAN|BRICS|NATO|OPEC|"
    r"G7|G20|Group of|Organi[sz]ation of|Pact)\b"
)
_FIRST_PERSON = _compile(r"\b(?:[Ww]e|[Oo]ur|us|[Mm]y|I(?= [a-z]|[’'](?:m|ve|ll|d)\b))\b")
_VENUE = _compile(
    r"\b(?:at|in)\s+(?P<venue>the\s+(?:[A-Z][\w’'.-]*|of|the|de|del|do|da|for|and)"
    r"(?:\s+(?:[A-Z][\w’'.-]*|of|the|de|del|do|da|for|and))*)"
)
_VENUE_HEAD = _compile(rf"\b(?:{lexicon.VENUE_HEADS})\b", re.IGNORECASE)
_DURING_EVENT = _compile(
    r"\b(?:during|at|in|on the (?:sidelines|margins) of|after|following|ahead of)\s+"
    r"(?:the|their|his|her|this|that|a|an)?\s*$",
    re.IGNORECASE,
)
_AGREEMENT_NAME = _compile(r"\b(?:Agreement|Area|Treaty|Pact|Accord|Convention)\b")
# The word before a position (spaces between), matched on the reversed text before it: a
# search for "word, spaces, end" would try every start in the window.
_LAST_WORD = re.compile(r"\s+([\w’'.-]+)")
_LAST_WORD_PLAIN = re.compile(r"\s+([\w’'-]+)")
_QUANTIFIERS = frozenset({"all", "many", "most", "several", "some", "fellow"})
_NAME_CONTEXT = _compile(r"[\w,)]\s*$")
_PARTICIPLE = _compile(
    r"\w+ed\b|(?:struck|held|met|shot|seen|made|taken|given|sent|built|done|brought|bought|"
    r"sold|told|said|hit|beaten|fought|caught|won|drawn|thrown|known|shown|withdrawn|"
    r"stricken|slain|led|paid|laid)\b",
    re.IGNORECASE,
)
# Rules of measures in the passive whose subject may be qualified by whose they are.
_PASSIVE_MEASURES = frozenset(
    {"sanction.passive", "sanction.lifted-passive", "sanction.not-lifted-passive"}
)
# Between a name and the measures it qualifies: "EU sanctions", "sweeping British sanctions".
_MEASURES_MODIFIER_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")
_PASSIVE = _compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$")
_INFINITIVE = _compile(
    r"\bto\s+(?:be\s+)?(?!the\b|a\b|an\b|its\b|his\b|her\b|their\b|our\b)[a-z]+\b"
)
# Words allowed between a subject and its verb: auxiliaries, adverbs, control verbs
# ("is preparing to host"), appositive punctuation.
_GAP_WORDS = frozenset(lexicon.SUBJECT_GAP_WORDS.split())
# Verb phrases that pass their subject on to an infinitive: "voted on a motion to expel".
_CONTROL_PHRASE = _compile(
    r"\b(?:voted|moved|decided|agreed|acted|took steps|is taking steps|was proud|made clear|"
    r"made it clear|took action|announced (?:their|an|the|its) (?:agreement|plans?|decision|"
    r"intention)(?: over| on| for)?|signed (?:a|an|the) (?:[\w-]+ ){0,3}?(?:order|decree|law|"
    r"bill|directive|proclamation|memorandum))\s+(?:(?:on|for|in favou?r of)\s+)?"
    r"(?:(?:a|an|the)\s+)?(?:(?:resolution|motion|bill|decision|measure|proposal|plan|law)s?\s+)?(?:to\b)?",
    re.IGNORECASE,
)
# Head nouns an actor may qualify before the verb: "Dutch officials said".
_HEAD_NOUNS = frozenset(lexicon.HEAD_NOUNS.split())
_OBJECT_PREPOSITIONS: dict[str, frozenset[str]] = {
    name: frozenset(preps.split(",")) for name, preps in (
        ("MeetingHeld", ",with,between,among,of,by,alongside"),
        ("VisitMade", ",to,of,by"),
        ("StatementMade", "to,of,by"),
        ("PraiseExpressed", ",of,by,to"),
        ("CriticismExpressed", ",of,by,against,over,to"),
        ("AgreementSigned", ",with,between,among,of,by"),
        ("CooperationAnnounced", ",with,between,among,of,by"),
        ("DealAnnounced", ",to,from,by,with,between,of,for"),
        ("VisaPolicyChanged", ",for,on,against,to,of,by"),
        ("SanctionImposed", ",on,against,to,for,of,by,from"),
        ("SanctionLifted", ",on,against,to,for,of,by,from"),
        ("MilitaryParadeHeld", "of,by"),
        ("MilitaryExerciseHeld", "with,between,among,of,by"),
        ("MilitaryActionTaken", ",on,against,of,by,into"),
        ("ThreatIssued", ",to,against,by"),
        ("AidProvided", ",to,for,from,by"),
        ("DemandMade", ",on,from,of,to,upon,by"),
        ("LegalActionTaken", ",on,against,for,of,by,from"),
    )
}  # fmt: skip
# Types whose "by" names an agent only after a passive verb ("X was urged by Y").
_BY_PASSIVE_ONLY = frozenset({"ThreatIssued", "DemandMade"})
_GOVERNMENT_BODY = _compile(rf"\b{lexicon.GOVERNMENT_BODIES}\b")
# A state's bodies named by where they sit: "police in Italy", "a court in Moscow" (the
# place follows; see _Extraction._authorities_in).
_AUTHORITIES_IN = re.compile(
    r"(?<![\w’'-])(?:(?:[Tt]he|[Aa]|[Ll]ocal|[Ss]enior|[Tt]op|[Ss]ecurity|[Hh]ealth|"
    r"[Gg]overnment|[Ff]ederal|[Ss]tate|[Jj]udicial|[Bb]order|[Cc]ustoms|[Ii]mmigration|"
    r"[Ee]lection|[Ee]lectoral|[Ll]aw enforcement|[Aa]nti-corruption|[Cc]ounter-terrorism|"
    r"[Rr]iot|[Tt]raffic)\s+){0,2}"
    r"(?P<noun>[Pp]olice|[Aa]uthorities|[Oo]fficials|[Pp]rosecutors?|[Ii]nvestigators|"
    r"[Rr]egulators|[Ll]awmakers|[Gg]overnment|[Cc]ourts?|[Jj]udges?|[Tt]ribunal|"
    r"[Pp]olice officers|[Ss]ecurity forces|[Ii]ntelligence services)\s+in\s+(?:the\s+)?$"
)
_AUTHORITIES_WORDS = (
    r"(?:police|authorities|officials|prosecutors?|investigators|regulators|lawmakers|"
    r"government|courts?|judges?|tribunal|police officers|security forces|"
    r"intelligence services) in "
)
_AUTHORITIES_GATE = re.compile(_AUTHORITIES_WORDS, re.IGNORECASE)
# Asked of every sentence: on lowered ASCII text, without the flag, it is several times faster.
_AUTHORITIES_GATE_LOWER = re.compile(_AUTHORITIES_WORDS)
# A name (or "'s") right before the noun: "US troops", "Israel's officials".
_NAMED_BEFORE = re.compile(r"(?:\b[A-Z][\w’'.-]*|['’]s?)\s*$")
# "Iran-backed militias", "the Saudi-led coalition": a group of its own, named by its
# backer (not the backer itself; see _backed_group).
_BACKED_GROUP = re.compile(
    r"-(?:backed|led|supported|sponsored|aligned|allied|trained|armed)\s+"
    r"(?:(?:armed|Shiite|Shia|Sunni|Islamist|Kurdish|Arab|paramilitary|militant|rebel|"
    r"separatist|local|proxy|tribal|military)\s+)?"
    r"(?:militias?|rebels|rebel groups?|separatists|fighters|forces|coalition|groups?|gunmen|"
    r"insurgents|proxies|paramilitar(?:y|ies)|factions?|militants)\b"
)
_BACKED_GATE = re.compile(r"-(?:backed|led|supported|sponsored|aligned|allied|trained|armed) ")
# Between two organisations of one country: a list of them, not one qualifying the other.
_ORG_LIST_GLUE = re.compile(r",|\band\b|\bor\b")
_COMPANY_BETWEEN = _compile(
    rf"(?:-based)?\s+(?:[\w-]+\s+){{0,2}}(?:{lexicon.COMPANY_DESCRIPTORS})\s+", re.IGNORECASE
)
_COMPANY_INTRO = _GatedPattern(
    _compile(
        rf"\b(?:{lexicon.COMPANY_DESCRIPTORS})\s+(?P<name>[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|"
        rf"A/S|&|{lexicon.COMPANY_SUFFIXES}))*)"
    )
)
# "German firms including A, B, and C", "carmakers such as A and B": a list of companies.
_COMPANY_NAME = r"[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3}"
_COMPANY_LIST = _GatedPattern(
    _compile(
        r"\b(?:firms|companies|businesses|multinationals|corporations|conglomerates|groups|"
        r"retailers|producers|suppliers|airlines|carriers|banks|lenders|insurers|investors|"
        r"manufacturers|carmakers|automakers|operators|developers|exporters|importers|"
        r"shippers|miners|refiners|utilities|broadcasters|giants|chains)\s*,?\s+"
        rf"(?:including|such\s+as)\s+(?P<names>{_COMPANY_NAME}(?:(?:\s*,\s*(?:and\s+|or\s+)?|"
        rf"\s+and\s+|\s+or\s+){_COMPANY_NAME})+)"
    )
)
_COMPANY_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
# "the meeting", "this deal", "their talks": a definite mention refers back to a known fact.
_DEFINITE = _compile(
    r"\b(?:the|this|that|these|those|their|its|his|her)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_REPORT_GATE = _Gate(_REPORT)
_GOVERNMENT_BODY_GATE = _Gate(_GOVERNMENT_BODY)
_UNKNOWN_SUBJECT = _compile(
    r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)(?=,|\s+(?:was|is|has|had|said|says|told|"
    r"who|also|then|later|left|returned|added)\b)"
)
# Nouns that refer back to one event ("the summit", "the ban"); "the oil supply" does not.
_ANAPHOR_HEAD = _compile(
    r"\b(?:meeting|meetings|talks|summit|discussions|negotiations|consultations|visit|trip|"
    r"tour|deal|sale|contract|acquisition|agreement|accord|treaty|ban|embargo|sanctions|"
    r"restrictions|attack|strike|airstrike|intrusion|incursion|invasion|parade|exercises?|"
    r"drills?|signing|signings|ceremony|warrants?|expulsion|statement|remarks|speech|call|"
    r"conversation|attendance|commemoration)$",
    re.IGNORECASE,
)
# What may precede a clause's subject: punctuation, a conjunction, an article.
_OPENS_CLAUSE = _compile(
    r"[\s,;:\"“–—]*(?:(?:and|but|while|as|the|a|an|both|then|meanwhile|also|however)[\s,]+)*",
    re.IGNORECASE,
)
_ANNOUNCE = _compile(r"announc|unveil|confirm|proclaim", re.IGNORECASE)
_THAT_NEXT = re.compile(r"\s+that\b")
# "X spoke with Y to reinforce our commitment to Z": the purpose clause's possessive is the
# subject of the verb it serves.
_PURPOSE_OWN = re.compile(r"\bto\s+[a-z]+\s+(?:our|his|her|their|its)\s+(?:[\w-]+\s+){0,3}$")
# "Finland's decision to join", "China's willingness to resume": the owner of an intention
# is the subject of its infinitive.
_INTENT_OWNER = re.compile(
    r"[’']s?\s+(?:[\w-]+\s+){0,2}?(?:decision|offer|willingness|readiness|bid|plans?|proposal|"
    r"intention|commitment|pledge|promise|request|application|attempt|efforts?|move|"
    r"determination|desire|refusal|invitation|call)\s+to\s+$"
)
# "urged Russia and Ukraine to", "called on both sides to": whom a demand asks to act.
_ASKED_TO = re.compile(
    r"\b(?:urged|urges|urge|urging|called\s+on|calls\s+on|call\s+on|calling\s+on|called\s+upon|"
    r"asked|asks|pressed|presses|encouraged|encourages|invited|invites)\s+"
    r"(?P<who>(?:[\w’'.-]+,?\s+){1,8}?)to\s+$",
    re.IGNORECASE,
)
_VISIT_AFTER_POSSESSIVE = re.compile(
    r"[’']s?\s+(?:[\w-]+\s+)?(?:visit|arrival|trip|tour|delegation|entourage)\b"
)
# Measures whose object's owner is their target, and the object phrase that says so: the
# first after the trigger, directly or after the trigger's own preposition.
_OWNED_TARGETS = frozenset({"SanctionImposed", "SanctionLifted", "LegalActionTaken"})
_OWNER_OF = re.compile(
    r"\s+(?:(on|against)\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}?(?:[a-z][\w’'-]*)\s+"
    r"of\s+(?:the\s+)?"
)
_ENDS_OF = re.compile(r"\sof$")  # a trigger phrase ending in "of": what follows is its object
# A nominal right after one of these verbs is asserted by it: "issued travel bans".
_ASSERTING_VERB = _GatedPattern(
    _compile(
        r"\b(?:issued|imposed|announced|held|signed|launched|made|conducted|staged|took|gave|"
        r"delivered|completed|concluded|introduced|adopted|approved|ordered|hosted|attended|"
        r"carried out|began|started|opened|closed|expanded|extended|unveiled|imposing|"
        r"announcing|issuing|holding|signing|launching|introducing|adopting)\s+"
        r"(?:(?:a|an|the|its|their|his|her|new|first|further|additional|\w+)\s+){0,2}$",
        re.IGNORECASE,
    )
)
# "the recent summit", "the first meeting": another event than the one in the news.
_OTHER_EVENT = _compile(
    r"\b(?:recent|previous|earlier|last|next|upcoming|another|other|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|annual|past|future|former|later|former)\s+"
    r"(?:[\w-]+\s+){0,2}\w+$",
    re.IGNORECASE,
)
_ANY_AUX = _compile(
    r"\b(?:(?:ca|wo|did|do|does|has|have|had|is|are|was|were|could|would|should)n[’']t|"
    r"is|are|was|were|will|would|has|have|had|could|may|might|can|shall|should|must|"
    r"did|does|do)\b",
    re.IGNORECASE,
)
_NOMINAL_NEGATED = _compile(
    r"^(?:(?:was|were|has been|had been|have been|is|are) (?:not|never)\b|did not|"
    r"(?:ca|wo|did|do|does|has|have|had|is|are|was|were|could|would|should)n[’']t\b|"
    r"(?:was|were|has been|had been) (?:cancel+ed|called off|postponed|scrapped)|"
    r"never (?:took|takes) place)",
    re.IGNORECASE,
)
_RECURRING = _GatedPattern(
    _compile(
        r"\b(?:regularly|routinely|periodically|annually|every (?:year|month|week|quarter)|"
        r"once a (?:year|month|week)|each (?:year|month|week)|on a regular basis)\b"
    )
)
_QUOTED_I = re.compile(r"\b(?:I(?= [a-z’'])|[Mm]y)\b")
# What may stand between a speaker and the quotation their "I" belongs to.
_QUOTE_LEAD = re.compile(
    r"(?::|\b(?:said|says|stated|added|adds|wrote|writes|tweeted|declared|told [\w ]{1,40}?)"
    r",?)\s*$"
)
# Words that make a quoted remark a criticism of its subject.
_JUDGED_BAD = _GatedPattern(_compile(rf"\b(?:{lexicon.JUDGED_BAD})\b", re.IGNORECASE))
_JUDGED_OBSTACLE = _GatedPattern(_compile(rf"\b(?:{lexicon.JUDGED_OBSTACLE})\b", re.IGNORECASE))
_JUDGED_ADMIRABLE = _GatedPattern(_compile(rf"\b(?:{lexicon.JUDGED_ADMIRABLE})\b", re.IGNORECASE))
_JUDGED_GOOD = _GatedPattern(_compile(rf"\b(?:{lexicon.JUDGED_GOOD})\b", re.IGNORECASE))
_THREATENING = _GatedPattern(_compile(rf"\b(?:{lexicon.THREATENING_WORDS})\b", re.IGNORECASE))
_CONDEMNING = _GatedPattern(_compile(rf"\b(?:{lexicon.CONDEMNING_WORDS})\b", re.IGNORECASE))
_THEN_WITH = re.compile(r",\s+(?:and\s+)?((?:then|later|afterwards)\s+with)\b")
_VEHICLE = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:in|through|via|with)\s+(?:a|an|the|their|its|his|her)\s+"
    r"(?:[\w-]+\s+)?$"
)
_TIME_LEAD = re.compile(r"\b(?:as of|as at|as from|since|until|till|through)\s+$")
_PARENTHETICAL = _compile(r",\s+(?:[a-z]+ing|which|who|whose|held|set|marking)\b[^,]*,")
_BLOCK_WINDOW = frozenset(lexicon.CLAUSE_WORDS.split())
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "twentieth": 20, "twenty-fifth": 25,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip

# Types whose nominalisation takes its subject in an "of" phrase ("the visit of X").
_OF_IS_SUBJECT = frozenset(
    {"VisitMade", "MeetingHeld", "StatementMade", "MilitaryParadeHeld", "MilitaryExerciseHeld",
     "CooperationAnnounced", "AgreementSigned", "HistoricalEventReferenced", "PraiseExpressed",
     "CriticismExpressed", "DemandMade", "ThreatIssued"}
)  # fmt: skip
# Facts that are said or done *at* an event: without a time of their own they take the
# time of the meeting their speaker took part in.
_DISCOURSE = frozenset(
    {"StatementMade", "PraiseExpressed", "CriticismExpressed", "CooperationAnnounced",
     "DemandMade", "ThreatIssued", "AgreementSigned"}
)  # fmt: skip
# A verb of saying whose reported clause opens with the measure ("Peskov told reporters
# that the sanctions were counterproductive"): the speaker talks about the measure, which he
# neither imposes nor lifts (unlike "X announced new sanctions"). Matched up to the noun.
_SPOKEN_ABOUT = re.compile(
    r"\b(?:said|says|say|saying|told|tells|stated|states|added|adds|noted|notes|argued|"
    r"argues|insisted|insists|claimed|claims|complained|complains|warned|warns|stressed|"
    r"stresses|believes|believed|thinks|thought|suggested|suggests|acknowledged|admitted|"
    r"conceded|asserted|asserts|maintained|maintains|described|describes|called|calls|"
    r"branded|brands|labell?ed|labels|characteri[sz]ed|characteri[sz]es|termed|terms|dubbed|"
    r"dismissed|dismisses|ridiculed|derided|mocked|(?:shrugged|brushed) off)\b"
    r"(?:\s+(?:reporters|journalists|the press|the media|lawmakers|parliament|"
    r"(?:state )?(?:television|tv|radio)|[A-Z][\w-]+|on \w+|in \w+|at \w+|,|however,?))*"
    r"\s*(?:that\s+)?(?:(?:the|these|those|such|all|any|current|existing|western|latest|"
    r"[A-Z][\w.-]*|[\w-]+['’]s?)\s+){0,3}$"
)
# ... but "The EU said new sanctions would take effect on Friday" or "were adopted today"
# announces them.
_MEASURE_COMING = re.compile(
    r"\b(?:(?:will|would|shall|is to|are to|is due to|are due to) (?:be |come |take |enter |"
    r"start|begin|apply|target|hit|include|cover|go into)|takes? effect|took effect|"
    r"(?:comes?|came|enters?|entered) into force|(?:is|are|was|were|be|been|being) "
    r"(?:formally |officially |now )?(?:imposed|introduced|adopted|approved|announced|agreed|"
    r"extended|renewed|lifted|eased|expanded|tightened))\b"
)
# The prepositional phrase that completes an event noun a time phrase names ("on Kyiv").
_ANCHOR_EVENT_PP = re.compile(r"\s+(?:on|against|in|into|of|by)\s+[^,;:]{1,60}")
# A remark that says it was made on another occasion than the sentence before it.
_OTHER_OCCASION = re.compile(
    r"\b(?:previously|earlier|later|in the past|once|repeatedly|often|has long|have long|"
    r"had long|had (?:said|warned|called|urged|told|accused)|has (?:said|warned|called|urged))\b",
    re.IGNORECASE,
)
_SYMMETRIC = frozenset(
    {"MeetingHeld", "AgreementSigned", "CooperationAnnounced", "MilitaryExerciseHeld",
     "HistoricalEventReferenced", "DealAnnounced"}
)  # fmt: skip
_REQUIRED_ROLE = {
    "StatementMade": "speaker", "PraiseExpressed": "speaker", "CriticismExpressed": "speaker",
    "ThreatIssued": "speaker", "DemandMade": "speaker", "VisitMade": "visitor",
}  # fmt: skip
# Types whose "in X" is where they happened; for a sanction "in X" is its scope.
_PLACED = frozenset(
    {"MeetingHeld", "VisitMade", "MilitaryParadeHeld", "MilitaryExerciseHeld",
     "MilitaryActionTaken", "AgreementSigned", "StatementMade", "PraiseExpressed",
     "CriticismExpressed", "DemandMade", "ThreatIssued"}
)  # fmt: skip
_SPEECH = frozenset(
    {"StatementMade", "PraiseExpressed", "CriticismExpressed", "DemandMade", "ThreatIssued"}
)
# Facts a statement verb can carry as its content ("underscored support for ...").
_CARRIED = frozenset(
    {"PraiseExpressed", "CriticismExpressed", "CooperationAnnounced", "DemandMade",
     "ThreatIssued", "AidProvided", "SanctionLifted", "SanctionImposed"}
)  # fmt: skip
_SANCTION_TYPES = frozenset({"SanctionImposed", "SanctionLifted"})
# Each trigger rule's form (verb or noun), for steps that only know a draft's rule.
_RULE_FORMS = {t.rule: t.form for t in lexicon.TRIGGERS}
# Words of any commitment, which say nothing about its topic (five-letter stems).
_TOPIC_WORDS = """will shall would could should their there these those which while where other
    others together jointly closely cooperate cooperation collaborate collaboration coordinate
    coordination continue continued strengthen strengthening deepen expand enhance advance
    promote work working works partners partner partnership including include through
    across among between about after before further future commit committed commitment
    pledge pledged agree agreed agreement begin launch establish facilitate foster support
    ensure address nations countries leaders governments respective bilateral global
    regional international joint forces efforts effort teams officials reaffirmed reiterated
    confirmed affirmed underscored stressed emphasised emphasized expressed welcomed resolved
    decided announced renewed"""
_TOPIC_STOP = frozenset(w[:5] for w in _TOPIC_WORDS.split())
_TOPIC_MIN = 2  # topic words that make a stated (not planned) commitment's topic its own
# A title that names its author: what follows "from"/"by" up to " on "/" at " etc.
_AUTHORED = re.compile(
    r"(?:joint )?(?:statement|remarks|message|letter|op-ed|address|speech|proclamation)s?"
    r" (?:from|by|of) ",
    re.IGNORECASE,
)
_WITH_QUANTITIES = frozenset(
    {"DealAnnounced", "AidProvided", "SanctionImposed", "SanctionLifted", "VisaPolicyChanged",
     "LegalActionTaken", "MilitaryActionTaken"}
)  # fmt: skip
# Types whose undated planned facts are announcements, dated by publication.
_ANNOUNCED = frozenset(
    {"CooperationAnnounced", "DealAnnounced", "VisaPolicyChanged", "AidProvided",
     "SanctionImposed", "SanctionLifted"}
)  # fmt: skip
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4}
_ROLE_RANK = {"participant": 1, "party": 1}  # generic roles give way to specific ones
_HISTORICAL_YEARS = 5  # dates this long before publication are background history
_HISTORICAL_DAYS = 31  # ... and explicit calendar dates more than a month before it


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer.default()


# --------------------------------------------------------------------------------------------
# Working structures
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Ref:
    """One resolved actor."""

    id: str
    name: str
    kind: str
    country: str


@dataclass(slots=True)
class _Act:
    """An actor mention in a sentence (offsets relative to the sentence)."""

    start: int  # start of the noun phrase (titles and absorbed modifiers included)
    end: int
    head: int  # start of the name itself
    refs: tuple[_Ref, ...]
    kind: str
    pronoun: str = ""
    possessive: bool = False
    demonym: bool = False  # "Polish farmers": an adjective naming the country
    via: str = "name"  # how the gazetteer found it: name, alias, demonym, capital, ...


@dataclass(slots=True)
class _Report:
    start: int
    end: int
    verb: int
    who: ActorRef


@dataclass(slots=True)
class _Draft:
    type: str
    rule: str
    modality: str
    strong: bool  # the modality comes from a cue, not the default
    roles: dict[str, tuple[_Ref, str]]  # actor id -> (actor, role)
    evidence: list[Evidence]
    trigger: int  # body offset of the trigger
    sentence: int
    location: Location | None = None
    location_rank: int = 9
    time: TimeMention | None = None
    duration: TimeMention | None = None
    anchor: TimeMention | None = None
    before: TimeMention | None = None  # a pluperfect's reference time: it happened before it
    named_in: tuple[int, int] | None = None  # the anchor phrase naming it ("after the attack")
    host: _Draft | None = None  # the event this fact belongs to (for time inheritance)
    quantities: list[Quantity] = field(default_factory=list)
    attribution: ActorRef | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    when: When | None = None
    anaphor: bool = False
    merged_into: _Draft | None = None
    history_year: int | None = None
    span: tuple[int, int] = (0, 0)  # the trigger, relative to its sentence
    segment: tuple[int, int] = (0, 0)  # its clause, relative to its sentence
    text: str = ""  # the trigger's words, for summaries
    subject: str = ""  # how its clause gives the subject: "name", "pronoun" or "" (borrowed)
    listed: bool = False  # its targets are a list it names ("sanctions on: A, B and C")
    topic: set[str] = field(default_factory=set)  # see _topic; set when merging starts
    list_after: int = -1  # a list item with no actors: where its "including" starts
    # The spans of ``evidence``, for _fold (a fact restated a thousand times must not cost a
    # million comparisons); kept with the list it indexes, so a new list is indexed anew.
    evidence_index: tuple[list[Evidence], set[tuple[int, int]]] | None = None


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def extract(
    body: str, published: date | None, document_id: str = "", title: str = ""
) -> list[ExtractedFact]:
    """Extract the facts ``body`` states, in document order.

    ``title`` is context only: the people it names are known when the body says "the
    President", and a statement's author ("Statement from President X") is its "I". No fact
    and no evidence comes from it.
    """
    for memo in _DOCUMENT_MEMOS:
        memo.clear()
    return _Extraction(body, published, document_id, title).run()


# --------------------------------------------------------------------------------------------
# Extraction of one document
# --------------------------------------------------------------------------------------------


class _Extraction:
    def __init__(
        self, body: str, published: date | None, document_id: str, title: str = ""
    ) -> None:
        self.body = body
        self.title = title
        self.published = published
        self.document_id = document_id
        self.gazetteer = _gazetteer()
        self.coref = DocumentActors(
            self.gazetteer, year=published.year if published is not None else None
        )
        self.drafts: list[_Draft] = []
        self.subjects: list[_Ref] = []  # recent subjects, for "he"/"she"
        self.groups: list[tuple[_Ref, ...]] = []  # recent plural subjects, for "they"
        self.group_sentence = -9  # the sentence the latest group was seen in
        self.pair: tuple[_Ref, ...] = ()  # the two sides of the latest meeting or agreement
        self.pair_sentence = -9
        self.defined_pair: tuple[_Ref, ...] = ()  # "A and B (the Parties)"
        self.sentence_index = 0
        self.blocs: list[_Ref] = []  # groupings named so far, for "the bloc"
        self.gender: dict[str, str] = {}  # person id -> "m"/"f", learnt from pronouns used
        self.companies: dict[str, _Ref] = {}  # name as written -> company not in the gazetteer
        self.authors: tuple[_Ref, ...] = ()  # who "we" are: a joint statement's signatories
        self.speaker: tuple[_Ref, ...] = ()  # who "I" is: the author a statement's title names
        self.government = ""  # the country of the latest named ministry or department
        self.home = ""  # the first country a sentence of the text has as its subject
        self.clauses: dict[str, list[tuple[int, int]]] = {}  # text -> _segments(text)
        self.ref_of: dict[str, tuple[Actor, tuple[_Ref, ...]]] = {}  # id -> actor, _refs(actor)
        self.line_breaks: list[int] | None = None  # where the body's "\n" are (see _paragraph)
        self.sentences: list[Sentence] = []
        # sentence index -> the ids of its subject, for a date carried into the next sentence
        self.sentence_subjects: dict[int, frozenset[str]] = {}

    # -- driver ----------------------------------------------------------------------------

    def run(self) -> list[ExtractedFact]:
        self.authors = (
            self._signatories()
            or self._joint_authors()
            or self._title_author()
            or self._voice_author()
        )
        if _FIRST_PERSON_SINGULAR.search(self.unquoted):
            # "I ..." in a statement its title signs is its author, even when "our two
            # countries" makes "we" read like an unsigned joint statement's.
            self.speaker = self._title_author()
        # One pass of each trigger pattern over the whole body, then shared out by sentence.
        raw = _raw_matches(self.body)
        sentences = self.sentences = split(self.body)
        for sentence, mine in zip(sentences, _share_out(raw, sentences), strict=True):
            self._sentence(sentence, _choose(mine))
        drafts = [d for d in self.drafts if self._keep(d)]
        # What a statement says decides its type before it is merged: "He noted that X has
        # long been an impediment to peace" is a criticism, not more of the remark before it.
        for draft in drafts:
            self._retype_by_content(draft, quotes=False)
        drafts = self._merge(drafts)
        for draft in drafts:
            self._retype_by_content(draft)  # '"It is a stunt," he added': the merged quote
        drafts = _fold_same_evidence([d for d in drafts if self._complete(d)], self.body)
        for draft in drafts:
            if draft.type == "MeetingHeld":
                self._host(draft)
            self._state_parties(draft)
        self._resolve_times(drafts)
        facts = [self._fact(d) for d in drafts]
        facts.sort(key=lambda f: (f.evidence[0].start, f.evidence[0].end, f.type))
        return _unique_ids(facts)

    def _retype_by_content(self, draft: _Draft, quotes: bool = True) -> None:
        """A statement whose content judges or commits is criticism, praise or cooperation;
        ``quotes``: also one whose quotation condemns (asked once quotes are merged)."""
        if (
            quotes
            and draft.type == "StatementMade"
            and any(
                _CONDEMNING.search(quoted.group())
                for e in draft.evidence
                for quoted in _QUOTE.finditer(e.quote)
            )
        ):
            draft.type = "CriticismExpressed"  # '"It is a propaganda stunt," X said'
        elif draft.type == "StatementMade" and draft.modality == "asserted":
            content = self._content(draft)
            targeted = any(role == "target" for _, role in draft.roles.values())
            if _COMMITMENT_TO.match(content) and any(
                role == "target" for _, role in draft.roles.values()
            ):
                # "reaffirmed the United States' commitment to NATO": a commitment to a
                # named partner is cooperation with it (not "to a two-state solution").
                draft.type = "CooperationAnnounced"
                draft.roles = {k: (ref, "party") for k, (ref, _) in draft.roles.items()}
            elif _JUDGED_BAD.search(content) or (
                _JUDGED_OBSTACLE.search(content)
                and any(role == "target" for _, role in draft.roles.values())
            ):
                draft.type = "CriticismExpressed"  # "X said the sanctions were unjustified"
            elif _THREATENING.search(content):
                # "made clear the US will not tolerate ...": a warning, not a mere remark. The
                # reported clause's subject is the one who warns or the one protected ("any
                # attack on X will be met ..."), not the one warned.
                draft.type = "ThreatIssued"
                draft.roles = {k: v for k, v in draft.roles.items() if v[1] != "target"}
            elif _JUDGED_GOOD.search(content):
                draft.type = "PraiseExpressed"  # "... were a step in the right direction"
            elif targeted and _JUDGED_ADMIRABLE.search(content):
                draft.type = "PraiseExpressed"  # "said that X showed remarkable courage"
            elif targeted and _SUPPORT_FOR.match(content, len(draft.text)):
                draft.type = "PraiseExpressed"  # "underscored their support for Ukraine"

    def _content(self, draft: _Draft) -> str:
        """What a statement says: its first clause after the verb of saying, or the
        quotation its evidence opens with."""
        for e in draft.evidence:
            if e.start <= draft.trigger < e.end:
                after = self.body[draft.trigger : e.end]
                before = self.body[e.start : draft.trigger]
                return after if not _QUOTE.search(before) else before
        return ""

    def _keep(self, draft: _Draft) -> bool:
        return draft.type in FACT_TYPES

    def _complete(self, draft: _Draft) -> bool:
        """A statement needs its speaker, a visit its visitor, a denial its denier."""
        if draft.modality == "hypothetical" and draft.rule.endswith(".noun"):
            return False  # "must be settled through negotiations": no event to record
        if (
            draft.type == "MeetingHeld"
            and len(draft.roles) == 1
            and next(iter(draft.roles.values()))[0].kind == "person"
            and draft.rule != "meeting.hosted-summit"  # a summit one person hosted
        ):
            return False  # one person cannot meet alone: the others went unrecognised
        if draft.type == "StatementMade" and draft.modality in (
            "planned",
            "expected",
            "hypothetical",
        ):
            return False  # what someone will say is not yet a statement
        subject_role = FACT_TYPES[draft.type].roles[0]
        speakers = [ref for ref, role in draft.roles.values() if role == "speaker"]
        if (
            draft.type == "StatementMade"
            and len(speakers) >= 2
            and all(ref.kind == "person" for ref in speakers)
        ):
            return False  # "the two leaders underscored ...": a readout's summary of talks
        if (
            draft.rule.endswith(".verb")
            and draft.text.lower().endswith("ing")
            and draft.type not in _SYMMETRIC
            and not any(role == subject_role for _, role in draft.roles.values())
            and len(draft.evidence) == 1
        ):
            return False  # "banning militias" in a list of goals: nobody acted
        if self._passing_mention(draft):
            return False
        if draft.rule in _NEEDS_ROLE and not any(
            role == _NEEDS_ROLE[draft.rule] for _, role in draft.roles.values()
        ):
            return False
        if len(draft.roles) < _MIN_ACTORS.get(draft.rule, 0):
            return False  # "X will work to strengthen ...": one party is no cooperation
        roles = {role for _, role in draft.roles.values()}
        required = _REQUIRED_ROLE.get(draft.type)
        if required and required not in roles:
            return False
        if draft.modality == "negated":
            subject = FACT_TYPES[draft.type].roles[0]
            if draft.type not in _SYMMETRIC and subject not in roles:
                return False
        return bool(draft.roles) or not self._needs_actor(draft)

    def _passing_mention(self, draft: _Draft) -> bool:
        """An undated attack named only as what is condemned, followed or defended against
        ("condemned the unprecedented attacks", "Following Iran's air attack", "defends
        itself against Russia's invasion", "we have not seen attacks"), and a threat nobody
        can make ("they cannot threaten"): no event of their own is reported."""
        before = self.body[max(0, draft.trigger - 80) : draft.trigger]
        if draft.type == "ThreatIssued":
            return bool(_CANNOT_BEFORE.search(before))
        if draft.type != "MilitaryActionTaken" or not draft.rule.startswith(
            ("military.noun", "military.possessive")
        ):
            return False
        if _NOT_SEEN_BEFORE.search(before):
            return True  # whatever the date: nothing happened
        undated = draft.time is None and draft.anchor is None
        return undated and bool(_PASSING_ATTACK_BEFORE.search(before))

    # -- one sentence ----------------------------------------------------------------------

    def _segments(self, text: str) -> list[tuple[int, int]]:
        """The clauses of a sentence (or of its start), computed once per document: several
        steps ask again. Callers must not change the list."""
        found = self.clauses.get(text)
        if found is None:
            found = self.clauses[text] = _segments(text)
        return found

    def _sentence(self, sentence: Sentence, matches: list[_Match]) -> None:
        text = sentence.text
        self.sentence_index = sentence.index
        acts = self._actors(text)
        if not matches:
            self._remember_subjects(text, acts)
            return
        segments = self._segments(text)
        quotes = _quote_spans(text)
        context = _Context(
            sentence,
            text,
            acts,
            None,  # times and quantities: read when asked (see _Context.times, _quantities)
            None,
            segments,
            None,  # reports: read when a fact asks who reports it (see _attribute)
            quotes,
            {},
            [],
            [m[1] for m in matches if m[0].trigger.form == "verb"],
            self.published,
        )
        # "the sanctions that A imposed on B": the relative clause names the act; the bare
        # noun before it would take the actors of the verb governing the noun phrase.
        relative = {
            (m[0].trigger.type, m[1]) for m in matches if m[0].trigger.rule.endswith(".relative")
        }
        if relative:
            matches = [
                m
                for m in matches
                if not (
                    m[0].trigger.form == "noun"
                    and not m[0].trigger.rule.endswith(".relative")
                    and (m[0].trigger.type, m[2] + 1) in relative
                )
            ]
        sentence_drafts: list[_Draft] = []
        for rule, start, end, groups in matches:
            draft = self._draft(context, rule, start, end, groups)
            if draft is not None:
                sentence_drafts.append(draft)
        # Times go to the facts that survived: a duration to the nearest fact before it, a
        # date to every fact of its clause that has no nearer date.
        context.owners = _time_owners(context.times, sentence_drafts) if sentence_drafts else {}
        for draft in sentence_drafts:
            self._times(context, draft, *draft.segment, *draft.span)
            if draft.named_in is not None:
                self._anchor_event_roles(context, draft, *draft.named_in)
        if any(d.type == "DemandMade" for d in sentence_drafts) and any(
            m.kind == "deadline" for m in context.times
        ):
            self._deadlines(context, sentence_drafts)
        if any(d.list_after >= 0 for d in sentence_drafts):
            sentence_drafts = self._inherit_list_actors(context, sentence_drafts)
        sentence_drafts = _drop_announcements(text, sentence_drafts)
        sentence_drafts = _drop_vehicles(text, sentence_drafts)
        self._split_coordinated(context, sentence_drafts)
        sentence_drafts.extend(self._then_meetings(context, sentence_drafts))
        sentence_drafts.extend(_talks_of_hosts(context, sentence_drafts))
        self._link_hosts(context, sentence_drafts)
        self.drafts.extend(_fold_local_anaphors(sentence_drafts))
        self._remember_subjects(text, acts)
        self._remember_meeting(sentence_drafts)
        self._remember_pair(sentence_drafts)

    def _deadlines(self, ctx: _Context, drafts: list[_Draft]) -> None:
        """ "X demanded that Y withdraw by Saturday": the deadline bounds the demand nearest
        before it (else the one after it: "By Saturday, X urged Y to leave"), the nearest
        whose speaker is named if any ("Y must leave by Friday, X demanded"), and is noted
        on it (``extra["deadline"]``, its last day); the demand stays dated when it was made,
        and what it asks for is not carried out by then."""
        demands = sorted((d for d in drafts if d.type == "DemandMade"), key=lambda d: d.span[0])
        for mention in ctx.times:
            if mention.kind != "deadline":
                continue
            nearest = [
                *(d for d in reversed(demands) if d.span[1] <= mention.start),
                *(d for d in demands if d.span[0] >= mention.end),
            ]
            if not nearest:
                continue
            # ("Y must leave by Friday, X demanded": the demand whose speaker is named)
            demand = next(
                (d for d in nearest if any(r == "speaker" for _, r in d.roles.values())),
                nearest[0],
            )
            when = self._future_version(ctx, mention).when
            day = when and (when.end or when.best)
            if day and "deadline" not in demand.extra:
                demand.extra["deadline"] = day
            for other in drafts:
                if (
                    other.time is not None
                    and other.time.start == mention.start
                    and other.span[0] > demand.span[0]
                ):
                    other.time = None  # the asked-for act is not dated by its deadline

    def _anchor_event_roles(self, ctx: _Context, draft: _Draft, start: int, end: int) -> None:
        """ "The morning after the attack, Zelensky visited Kharkiv": the event a time phrase
        names keeps only the actors named inside the phrase ("the day after Russia's attack
        on Kyiv"); the sentence's others belong to the fact the phrase dates."""
        after = _ANCHOR_EVENT_PP.match(ctx.text, end)
        if after is not None:
            end = after.end()  # "the day after Russia's attack on Kyiv,"
        named = {ref.id for a in ctx.acts if start <= a.head < end for ref in a.refs}
        draft.roles = {key: value for key, value in draft.roles.items() if key in named}
        if not draft.roles:
            draft.anaphor = True  # "after the attack": the attack the text reports elsewhere

    def _inherit_list_actors(self, ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
        """List items with no acting actor of their own ("new costs, including sanctions and
        visa bans") take the actors of the nearest measure, aid or threat before the list: its
        acting role becomes theirs, its other actors their target; a party named after the
        list ("..., on X") is their target too. Items with no such fact and no actors at all
        are dropped, as bare nouns are."""
        kept: list[_Draft] = []
        for draft in drafts:
            if draft.list_after < 0:
                kept.append(draft)
                continue
            if draft.type not in _LISTED_TYPES:
                if draft.roles:  # (its own actors, but no list to take more from)
                    draft.list_after = -1
                    kept.append(draft)
                continue
            hosts = [
                d
                for d in drafts
                if d.list_after < 0
                and d.type in _LIST_HOSTS
                and d.roles
                and d.span[1] <= draft.list_after
                and not _CLAUSE_BREAK.search(ctx.text, d.span[1], draft.list_after)
            ]
            if not hosts:
                if draft.roles:
                    draft.list_after = -1
                    kept.append(draft)
                continue
            host = max(hosts, key=lambda d: d.span[1])
            acting, *others = FACT_TYPES[draft.type].roles
            second = "target" if "target" in others else (others[0] if others else "")
            host_acting = FACT_TYPES[host.type].roles[0]
            for key, (ref, role) in host.roles.items():
                if role == host_acting:
                    draft.roles.setdefault(key, (ref, acting))
                elif second:
                    draft.roles.setdefault(key, (ref, role if role in others else second))
            closing = _LIST_CLOSING.search(ctx.text, draft.span[1], draft.segment[1])
            if closing is not None and second:
                for act in ctx.acts:
                    if act.start == closing.end() and act.refs and not act.pronoun:
                        for ref in act.refs:
                            draft.roles[ref.id] = (ref, second)
            # The list's facts are stated as the fact that lists them is.
            draft.modality, draft.strong = host.modality, host.strong
            draft.attribution = host.attribution
            if draft.time is None:
                draft.time = host.time
            draft.anaphor = not draft.roles
            draft.list_after = -1
            kept.append(draft)
        return kept

    def _defined_pair(self, text: str, acts: list[_Act], taken: list[tuple[int, int]]) -> None:
        """ "A and B (the Parties)": a defined term, so "the parties" means A and B for the
        rest of the text; the definition itself is no further mention of them."""
        for match in _PARTIES_DEFINED.finditer(text):
            before = [a for a in acts if a.refs and a.end <= match.start()]
            run: list[_Act] = []
            cursor = match.start()
            # back over "A (AB) and B": coordinated names and their abbreviations
            while before and (
                not text[before[-1].end : cursor].strip()
                if not run
                else _DEFINED_GLUE.fullmatch(text[before[-1].end : cursor])
            ):
                run.append(before.pop())
                cursor = run[-1].start
            refs = tuple(dict.fromkeys(r for a in reversed(run) for r in a.refs))
            if len(refs) >= 2:
                self.defined_pair = refs
            taken.append(match.span())

    def _remember_pair(self, drafts: list[_Draft]) -> None:
        """The two sides of a meeting or agreement, for a later "the parties" or "the two
        sides" (a mediator that hosts the talks is not a side)."""
        for draft in drafts:
            if draft.type not in _PAIR_TYPES or draft.modality in ("negated", "hypothetical"):
                continue
            refs = [ref for ref, _ in draft.roles.values()]
            sides = [ref for ref, role in draft.roles.values() if role in ("participant", "party")]
            pair = sides if len(sides) == 2 else refs if len(refs) == 2 else []
            if pair or len(sides) > 2:
                # (three sides or more: "the parties" is no longer a known pair)
                self.pair = tuple(pair)
                self.pair_sentence = self.sentence_index
                return

    def _remember_meeting(self, drafts: list[_Draft]) -> None:
        """ "A met today with B. They welcomed ...": the people of a meeting are the "they"
        of the sentences after it, as the subjects of "A and B met" are."""
        if self.group_sentence == self.sentence_index:
            return  # the sentence's own plural subject already is the group
        for draft in drafts:
            refs = tuple(ref for ref, _ in draft.roles.values())
            if (
                draft.type == "MeetingHeld"
                and draft.modality == "asserted"
                and len(refs) >= 2
                and all(ref.kind == "person" for ref in refs)
            ):
                self.groups.append(refs)
                self.group_sentence = self.sentence_index
                return

    def _split_coordinated(self, ctx: _Context, drafts: list[_Draft]) -> None:
        """ "X reiterated that ..., and asked Y for ...": two speech acts of one subject joined
        by ", and" each quote their own half of the clause."""
        speech = sorted(
            (d for d in drafts if d.type in _SPEECH and d.type != "StatementMade"),
            key=lambda d: d.span[0],
        )
        for first, second in pairwise(speech):
            if first.segment != second.segment or _stem(first.text) == _stem(second.text):
                continue
            joint = _COORDINATED_VERB.search(ctx.text, first.span[1], second.span[0])
            if joint is None or joint.end() != second.span[0]:
                continue
            base = ctx.sentence.start
            head, tail = first.evidence[0], second.evidence[0]
            cut = base + joint.start()
            if head.start < cut <= head.end:
                first.evidence[0] = Evidence(
                    head.sentence, head.start, cut, self.body[head.start : cut], head.document_id
                )
            begin = base + second.span[0]
            if tail.start <= begin < tail.end:
                second.evidence[0] = Evidence(
                    tail.sentence, begin, tail.end, self.body[begin : tail.end], tail.document_id
                )

    def _then_meetings(self, ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
        """ "X met with A, then with B": two meetings in a row, each with its own evidence."""
        found: list[_Draft] = []
        for draft in drafts:
            if draft.type != "MeetingHeld" or draft.rule != "meeting.verb":
                continue
            # (an opening "On Tuesday," may have cut the clause at that very comma)
            then = _THEN_WITH.search(ctx.text, draft.span[1])
            if then is None or then.start() > draft.segment[1]:
                continue
            stop = _segment_of(ctx.segments, then.end())[1]
            earlier = {ref.id for act in ctx.acts if act.head < then.start() for ref in act.refs}
            moved = {
                ref.id: (ref, "participant")
                for act in ctx.acts
                if then.end() <= act.head < stop and not _is_location(ctx.text, act)
                for ref in act.refs
                if ref.id not in earlier
            }
            if not moved:
                continue
            base, head = ctx.sentence.start, draft.evidence[0]
            cut, begin = base + then.start(), base + then.start(1)
            if not head.start < cut <= head.end:
                continue
            end = max(head.end, base + stop)
            end -= len(self.body[:end]) - len(self.body[:end].rstrip(" .,;:"))
            subjects = {
                key: value
                for key, value in draft.roles.items()
                if key not in moved
                and any(
                    act.head < draft.span[0] and key in {r.id for r in act.refs} for act in ctx.acts
                )
            }
            second = replace(
                draft,
                roles={**subjects, **moved},
                evidence=[
                    Evidence(head.sentence, begin, end, self.body[begin:end], head.document_id)
                ],
                extra=dict(draft.extra),
                quantities=list(draft.quantities),
            )
            draft.evidence[0] = Evidence(
                head.sentence, head.start, cut, self.body[head.start : cut], head.document_id
            )
            for key in moved:
                draft.roles.pop(key, None)
            found.append(second)
        return found

    def _remember_subjects(self, text: str, acts: list[_Act]) -> None:
        """Sentence subjects feed pronoun resolution in the following sentences."""
        run = _first_subject(text, [a for a in acts if a.refs and not _is_location(text, a)])
        if run and not any(
            _SUBJECT_OPENING.fullmatch(text[a : run[0].start])
            for a, _b in self._segments(text)
            if a <= run[0].start
        ):
            run = []  # "..., comprising A, B and C": not what the sentence is about
        unknown = _UNKNOWN_SUBJECT.match(text)
        if (
            unknown
            and unknown.group(1).split()[0] not in _CAPITAL_FUNCTION  # "On Monday, X ..."
            and (not run or run[0].head > unknown.end(1))
        ):
            # "Doe, who ..., was questioned": someone the gazetteer does not know is the
            # subject now; a following "she" must not jump back to an earlier person.
            self.subjects.append(_Ref("", unknown.group(1), "person", ""))
            return
        refs = tuple(dict.fromkeys(r for a in run for r in a.refs))
        self.sentence_subjects[self.sentence_index] = frozenset(r.id for r in refs if r.id)
        if len(refs) > 1:
            self.groups.append(refs)
            self.group_sentence = self.sentence_index
        elif refs and refs[0].kind == "person" and not run[0].pronoun:
            self.subjects.append(refs[0])
        elif refs and refs[0].kind == "country" and not self.home:
            self.home = refs[0].id  # "The United States is taking ...": whose text this is

    # -- actors ----------------------------------------------------------------------------

    def _actors(self, text: str) -> list[_Act]:
        acts: list[_Act] = []
        for mention in self.coref.mentions(text):
            refs = self._refs(mention.actor)
            if not refs:
                continue
            kind = mention.actor.kind
            possessive = text.startswith(("'s", "’s"), mention.end) or (
                text[mention.end - 1 : mention.end] == "s"
                and text.startswith(("' ", "’ "), mention.end)
            )
            acts.append(
                _Act(
                    mention.start,
                    mention.end,
                    mention.start,
                    refs,
                    kind,
                    possessive=possessive,
                    demonym=mention.via == "demonym",
                    via=mention.via,
                )
            )
        acts.extend(self._companies(text, acts))
        acts.extend(self._government_bodies(text, acts))
        acts.sort(key=lambda a: (a.start, -a.end))
        acts = _drop_nested(acts)
        acts = self._absorb(text, acts)
        if _lowered_search(_AUTHORITIES_GATE_LOWER, _AUTHORITIES_GATE, text):
            self._authorities_in(text, acts)
        if _BACKED_GATE.search(text):
            acts = [_backed_group(text, act) for act in acts]
        acts.extend(self._pronouns(text, acts))
        acts.sort(key=lambda a: a.start)
        for act in acts:
            for ref in act.refs:
                if ref.kind == "organisation" and _BLOC_NAME.search(ref.name):
                    self.blocs.append(ref)
        for act in acts:
            act.start = _np_start(text, act.start)
        return acts

    def _authorities_in(self, text: str, acts: list[_Act]) -> None:
        """ "Police in Italy", "authorities in Kenya", "officials in Beijing", "a court in
        Moscow": the state's own bodies, named by where they sit. The place becomes the
        country acting (a city its country), no longer the place of the fact. Not after a
        name of its own ("US troops in Syria", "Russia's officials in Kherson"): those are
        another state's people there."""
        for act in acts:
            if act.kind not in ("country", "city") or act.pronoun or len(act.refs) != 1:
                continue
            found = _AUTHORITIES_IN.search(text, max(0, act.start - 60), act.start)
            if found is None:
                continue
            before = text[max(0, found.start() - 40) : found.start()]
            if _NAMED_BEFORE.search(before):
                continue  # "Israeli officials in Washington": Israel's, not the host's
            ref = act.refs[0]
            country = self.gazetteer.get(ref.id if act.kind == "country" else ref.country)
            if country is None or country.kind != "country":
                continue
            act.refs = self._refs(country)
            act.kind = "country"
            act.start = act.head = found.start("noun")
            act.via = "derived"
            act.demonym = False

    def _companies(self, text: str, acts: list[_Act]) -> list[_Act]:
        """Companies the gazetteer lacks, introduced by a descriptor ("retailer Acme",
        "Zenith Group A/S"); later bare mentions ("Acme", "Zenith") reuse them."""
        # ("Deutsche Bahn": a company's name may begin with a demonym; the name wins)
        taken = [(a.start, a.end) for a in acts if not a.demonym]
        demonyms = [(a.start, a.end) for a in acts if a.demonym]
        # (name, where, where its descriptor is, whether its first word may stand for it)
        introduced: list[tuple[str, int, int, bool]] = [
            (match.group("name"), match.start("name"), match.start(), True)
            for match in _COMPANY_INTRO.finditer(text)
        ]
        for match in _COMPANY_LIST.finditer(text):
            cursor = match.start("names")
            for part in _COMPANY_LIST_SPLIT.split(match.group("names")):
                position = text.find(part, cursor)
                cursor = position + len(part)
                # ("Deutsche Bahn, Deutsche Telekom": listed names may share a first word)
                introduced.append((part, position, match.start(), False))
        for raw, start, intro, short in introduced:
            name = _trim_name(raw)
            if not name or any(a < start + len(name) and start < b for a, b in taken):
                continue
            if name in self.companies:
                continue
            country = ""
            for act in acts:
                if act.refs and act.kind == "country" and 0 <= intro - act.end <= 25:
                    country = act.refs[0].id  # "UK-based retailer", "the Dutch oil producer"
            ref = _Ref("x:" + _slug(name), name, "organisation", country)
            self.companies[name] = ref
            first = name.split()[0]
            if (
                len(name.split()) > 1
                and first.lower() not in _TITLE_WORDS
                and len(first) > 2
                and short
                and not any(a <= start < b for a, b in demonyms)
            ):
                self.companies.setdefault(first, ref)
        found: list[_Act] = []
        for alias, ref in self.companies.items():
            if alias not in text:
                continue  # (most sentences name none of them: no pattern to build)
            for match in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
                if any(a < match.end() and match.start() < b for a, b in taken):
                    continue
                possessive = text.startswith(("'s", "’s"), match.end())
                found.append(
                    _Act(
                        match.start(),
                        match.end(),
                        match.start(),
                        (ref,),
                        "organisation",
                        possessive=possessive,
                    )
                )
        found.sort(key=lambda a: (a.start, -a.end))
        kept: list[_Act] = []
        for act in found:
            if kept and act.start < kept[-1].end:
                continue
            kept.append(act)
        return kept

    def _own_government(self, acts: list[_Act]) -> str:
        """The country whose government the text speaks for or about ("the Administration")."""
        # A signed statement's own government first: "The Department of Commerce" in the
        # President's statement is his, even after a sentence about a foreign leader.
        author = self.speaker or self.authors
        country = next((ref.country or "" for ref in author if ref.kind == "person"), "")
        country = country or next(
            (ref.country for ref in reversed(self.subjects) if ref.country), ""
        )
        if not country:
            for act in acts:  # the leader may first appear in this very sentence
                if act.kind == "person" and act.refs[0].country:
                    country = act.refs[0].country
                    break
        # Failing a leader and a ministry: the country the text first made its subject.
        return country or self.government or self.home

    def _government_bodies(self, text: str, acts: list[_Act]) -> list[_Act]:
        """ "The Administration", "the Treasury Department": the government of the country
        whose leader the text is about (the latest person subject with a country)."""
        for act in acts:  # "the U.S. Department of State": whose government the text is about
            if act.refs and act.refs[0].country and _MINISTRY.search(act.refs[0].name):
                self.government = act.refs[0].country
        country = self._own_government(acts)
        actor = self.gazetteer.get(country) if country else None
        if actor is None:
            return []
        found: list[_Act] = []
        if not _GOVERNMENT_BODY_GATE.open(text):
            return found
        for match in _GOVERNMENT_BODY.finditer(text):
            if any(a.start < match.end() and match.start() < a.end for a in acts):
                continue
            found.append(
                _Act(
                    match.start(),
                    match.end(),
                    match.start(),
                    self._refs(actor),
                    "country",
                    via="derived",
                )
            )
        return found

    def _refs(self, actor: Actor) -> tuple[_Ref, ...]:
        if actor.kind == "group":
            members: list[_Ref] = []
            for member_id in actor.aliases:
                member = self.gazetteer.get(member_id)
                if member is not None:
                    members.extend(self._refs(member))
            return tuple(members)
        known = self.ref_of.get(actor.id)
        if known is not None and known[0] is actor:
            return known[1]  # (mentions of one actor recur sentence after sentence)
        refs = (_Ref(actor.id, actor.name, actor.kind, actor.country or ""),)
        self.ref_of[actor.id] = (actor, refs)
        return refs

    def _absorb(self, text: str, acts: list[_Act]) -> list[_Act]:
        """Fold a country or organisation into the person it qualifies.

        "Brazilian President Jane Doe", "Chile's John Roe", "Prime Minister
        Jane Doe of Peru": the country names the person's office, it is not a
        second participant.
        """
        absorbed: set[int] = set()
        for index, act in enumerate(acts):
            if act.kind not in ("person", "organisation") or len(act.refs) != 1:
                continue
            if index in absorbed:
                continue  # "X’s (X-abbreviation)": already folded into X
            country = act.refs[0].country
            if not country:
                continue
            for other_index in (index - 1, index - 2, index + 1):
                if not 0 <= other_index < len(acts) or other_index in absorbed:
                    continue
                other = acts[other_index]
                if other.kind not in ("country", "organisation") or len(other.refs) != 1:
                    continue
                ref = other.refs[0]
                if ref.id != country and ref.country != country:
                    continue
                if other_index < index:
                    between = text[other.end : act.start]
                else:
                    between = text[act.end : other.start]
                if not _only_titles(between) and not (
                    act.kind == "organisation" and _COMPANY_BETWEEN.fullmatch(between)
                ):
                    continue
                if other.kind == "organisation" and _ORG_LIST_GLUE.search(between):
                    continue  # "the Sudanese Armed Forces, the Rapid Support Forces": a list
                if (
                    other_index < index
                    and "," in between
                    and _preposition_before(text, _np_start(text, other.start)) is not None
                ):
                    continue  # "According to the Kremlin, Putin and Xi ...": source, subject
                absorbed.add(other_index)
                if other_index < index:
                    act.start = min(act.start, other.start)
                else:
                    act.end = max(act.end, other.end)
                    act.possessive = other.possessive or (
                        ref.id == act.refs[0].id and act.possessive
                    )
        return [a for i, a in enumerate(acts) if i not in absorbed]

    @cached_property
    def unquoted(self) -> str:
        """The body with its quotations blanked: the text's own voice. Three steps ask."""
        return _QUOTE.sub(" ", self.body)

    @cached_property
    def first_person_plurals(self) -> int:
        """How often the text's own voice says "we" or "our"."""
        return len(_FIRST_PERSON_PLURAL.findall(self.unquoted))

    def _signatories(self) -> tuple[_Ref, ...]:
        """The people who sign a statement on its last lines ("President of X Jane Doe")."""
        signers: list[_Ref] = []
        reader = DocumentActors(self.gazetteer)
        for line in reversed([ln for ln in self.body.rstrip().split("\n") if ln.strip()]):
            if len(line) > 150 or line.rstrip().endswith((".", ":", ";", "?", "!", "”", '"')):
                break
            people = [m for m in reader.mentions(line) if m.actor.kind == "person"]
            if len(people) != 1:
                break
            signers.insert(
                0,
                _Ref(
                    people[0].actor.id,
                    people[0].actor.name,
                    "person",
                    people[0].actor.country or "",
                ),
            )
        return tuple(signers)

    def _title_author(self) -> tuple[_Ref, ...]:
        """The one person a statement's title names as its author ("Statement from President
        Jane Doe on ...", "Remarks by the Prime Minister, John Doe, at ...")."""
        found = _AUTHORED.match(self.title)
        if found is None:
            return ()
        people = [
            m
            for m in DocumentActors(self.gazetteer).mentions(self.title[found.end() :])
            if m.actor.kind == "person"
        ]
        if not people or people[0].start > 40:
            return ()  # the author comes first: "from President X on the death of Y"
        actor = people[0].actor
        return (_Ref(actor.id, actor.name, "person", actor.country or ""),)

    def _voice_author(self) -> tuple[_Ref, ...]:
        """Who "we" are in a government's own statement: the country its title names as
        author ("Statement by the Ministry of Foreign Affairs of X"), else the country its
        opening sentences have as their subject ("X welcomes ...; we call on ...")."""
        unquoted = self.unquoted
        if self.first_person_plurals < 2:
            return ()
        reader = DocumentActors(self.gazetteer)
        found = _AUTHORED.match(self.title)
        if found is not None:
            head = self.title[found.end() :].split(" on ", 1)[0]
            states = [m for m in reader.mentions(head) if m.actor.kind == "country"]
            if states:
                return self._refs(states[0].actor)[:1]
        early = _FIRST_PERSON_PLURAL.search(unquoted[:400]) is not None
        for sentence in split(self.body)[:3]:
            text = _QUOTE.sub(" ", sentence.text)
            for mention in reader.mentions(text)[:3]:
                before = text[: mention.start]
                opening = re.fullmatch(r"\s*(?:The\s+)?", before)
                if not opening and not _OPENING_PHRASE.fullmatch(before):
                    continue
                if mention.actor.kind != "country":
                    break
                # A "we" first met late in the text, or a subject after an opening phrase,
                # is the author's only when the opening speaks in the present, as a
                # statement does ("The United States condemns X ... We stand with Y"); a
                # report's past tense ("On Monday, X condemned") is not.
                voice = _VOICE_VERB if early and opening else _PRESENT_VOICE
                if voice.match(text, mention.end):
                    return self._refs(mention.actor)[:1]
                break
        return ()

    def _joint_authors(self) -> tuple[_Ref, ...]:
        """Who "we" are in an unsigned joint statement: the countries its opening sentence
        lists next to a first-person pronoun ("We, the leaders of A, B and C, ...")."""
        if self.first_person_plurals < 3:
            return ()
        reader = DocumentActors(self.gazetteer)
        for sentence in split(self.body)[:2]:
            text = _QUOTE.sub(" ", sentence.text)
            if not _FIRST_PERSON_PLURAL.search(text):
                continue
            mentions = [m for m in reader.mentions(text) if m.actor.kind == "country"]
            # The countries listed together ("between A, B, C and D") or the sentence's
            # subject; not the object of "the United States defended Israel".
            runs: list[list[Mention]] = []
            for mention in mentions:
                if runs and _LIST_GLUE.fullmatch(text[runs[-1][-1].end : mention.start]):
                    runs[-1].append(mention)
                else:
                    runs.append([mention])
            chosen = next((run for run in runs if len(run) >= 2), None)
            if chosen is None:
                chosen = [m for m in mentions if _SUBJECT_NEXT.match(text, m.end)][:1]
            refs = tuple(dict.fromkeys(r for m in chosen for r in self._refs(m.actor)))
            if refs:
                return refs
        return ()

    def _pronouns(self, text: str, acts: list[_Act]) -> list[_Act]:
        found: list[_Act] = []
        taken = [(a.start, a.end) for a in acts]
        quotes = _quote_spans(text)
        if self.authors or self.speaker:
            # In a signed statement "we" are its signatories (outside quotations).
            for match in _FIRST_PERSON.finditer(text):
                if _inside(match.start(), quotes) or any(s <= match.start() < e for s, e in taken):
                    continue
                word = match.group().lower()
                refs = self.authors
                if word in ("i", "my", "me"):
                    refs = self.speaker or refs
                    if len(refs) != 1 or refs[0].kind != "person":
                        continue  # "I" is a signatory, never a country
                if not refs:
                    continue
                found.append(
                    _Act(
                        match.start(),
                        match.end(),
                        match.start(),
                        refs,
                        "pronoun",
                        pronoun=word,
                        possessive=word in ("our", "my"),
                    )
                )
        found.extend(self._quoted_speaker(text, acts, quotes, taken))
        if "arties" in text:
            self._defined_pair(text, acts, taken)
        for match in _IT.finditer(text):
            # "Russia's defence ministry said its forces ...", "Israel said it struck ...":
            # "it" is the state or organisation the sentence is about, when that is its subject.
            group = "it" if match.group("it") else "its"
            begin, finish = match.span(group)
            if any(s <= begin < e for s, e in taken) or _inside(begin, quotes):
                continue
            before = [a for a in acts if a.end <= begin and a.refs and not a.pronoun]
            if not before or before[0].kind not in ("country", "organisation"):
                continue
            first = before[0]
            if _preposition_before(text, _np_start(text, first.start)) is not None:
                continue
            if first.possessive and not _OFFICE_AFTER.match(text, first.end):
                continue
            if any(a.kind in ("country", "organisation") for a in before[1:]):
                continue  # "China told Japan it ...": which one is meant is not clear
            found.append(
                _Act(
                    begin,
                    finish,
                    begin,
                    first.refs,
                    "pronoun",
                    pronoun=group,
                    possessive=group == "its",
                )
            )
        for match in _BARE_TITLE.finditer(text):
            # A readout's "The Secretary emphasized ...": the person last named with that post.
            if any(s <= match.start() < e for s, e in taken) or _inside(match.start(), quotes):
                continue
            holder = self._title_holder(match.group(1).lower(), acts, match.start())
            if holder is not None:
                found.append(_Act(match.start(), match.end(), match.start(), (holder,), "pronoun"))
        for match in _BLOC.finditer(text):
            if any(s <= match.start() < e for s, e in taken) or _inside(match.start(), quotes):
                continue
            named = [
                r
                for a in acts
                if a.end <= match.start()
                for r in a.refs
                if r.kind == "organisation" and _BLOC_NAME.search(r.name)
            ] or self.blocs
            if named:
                found.append(
                    _Act(
                        match.start(),
                        match.end(),
                        match.start(),
                        (named[-1],),
                        "organisation",
                        possessive=match.group().endswith("s"),
                    )
                )
        pronouns = (
            _PRONOUN_LOWER.finditer(text.lower()) if text.isascii() else _PRONOUN.finditer(text)
        )
        for match in pronouns:
            if any(s <= match.start() < e for s, e in taken):
                continue
            word = match.group().lower()
            singular = word in ("he", "she", "his", "her", "him")
            gender = "f" if word in ("she", "her") else "m" if singular else ""
            if word in ("the parties", "the two parties") and self.defined_pair:
                refs = self.defined_pair
            elif word in _PAIR_WORDS and self.pair and self.pair_sentence >= self.group_sentence:
                # "The parties agreed ...": the two sides of the meeting or deal just named
                refs = self.pair if self.sentence_index - self.pair_sentence <= 2 else ()
            elif word in ("the parties", "the two parties"):
                continue  # political parties, or a pair nobody named
            else:
                refs = self._resolve_pronoun(text, match.start(), acts, singular, gender)
            if gender and refs and word in ("he", "she"):
                # Only a subject pronoun teaches a gender: "X thanked the President for his
                # welcome" says nothing about X.
                self.gender.setdefault(refs[0].id, gender)
            if _PLURAL_PARTIES.search(word):
                refs = self._countries(refs)
            if not refs:
                continue
            found.append(
                _Act(
                    match.start(),
                    match.end(),
                    match.start(),
                    refs,
                    "pronoun",
                    pronoun=word,
                    possessive=word in ("his", "her", "their"),
                )
            )
        return found

    def _quoted_speaker(
        self,
        text: str,
        acts: list[_Act],
        quotes: list[tuple[int, int]],
        taken: list[tuple[int, int]],
    ) -> list[_Act]:
        """'X responded on Twitter: "I strongly reject ..."': "I" in a quotation introduced by
        a colon or a speech verb is the person who opens the sentence."""
        found: list[_Act] = []
        for start, end in quotes:
            lead = _QUOTE_LEAD.search(text, 0, start)
            people = [a for a in acts if a.end <= start and a.refs and a.kind == "person"]
            if lead is None or not people:
                continue
            for match in _QUOTED_I.finditer(text, start, end):
                if any(s <= match.start() < e for s, e in taken):
                    continue
                word = match.group().lower()
                found.append(
                    _Act(
                        match.start(),
                        match.end(),
                        match.start(),
                        people[0].refs,
                        "pronoun",
                        pronoun=word,
                        possessive=word == "my",
                    )
                )
        return found

    def _title_holder(self, word: str, acts: list[_Act], position: int) -> _Ref | None:
        """The latest person (in this sentence, else among recent subjects) whose post
        contains ``word``: "the Secretary" after "Secretary of State Jane Doe"."""
        before = [r for a in acts if a.end <= position for r in a.refs if r.kind == "person"]
        for ref in [*reversed(before), *reversed(self.subjects[-4:])]:
            actor = self.gazetteer.get(ref.id)
            if actor is None:
                continue
            held = [o.title for o in self.gazetteer.offices(ref.id)] or list(actor.titles)
            if any(re.search(rf"\b{re.escape(word)}\b", t, re.IGNORECASE) for t in held):
                return ref
        return None

    def _countries(self, refs: tuple[_Ref, ...]) -> tuple[_Ref, ...]:
        """ "Both nations" after "the two leaders": the leaders' countries."""
        found: list[_Ref] = []
        for ref in refs:
            if ref.kind == "person" and ref.country:
                country = self.gazetteer.get(ref.country)
                if country is not None:
                    found.extend(self._refs(country))
                    continue
            found.append(ref)
        return tuple(dict.fromkeys(found))

    def _resolve_pronoun(
        self, text: str, position: int, acts: list[_Act], singular: bool, gender: str = ""
    ) -> tuple[_Ref, ...]:
        before = [a for a in acts if a.end <= position and a.refs]
        if singular:
            # A person once called "he" is not "she": the only gender cue the text gives.
            def fits(ref: _Ref) -> bool:
                return self.gender.get(ref.id, gender) == gender

            before = [a for a in before if fits(a.refs[0])]
            people = [a for a in before if a.kind == "person"]
            # A clause's subject is its first actor: "As Doe greets Roe, she ..." is Doe.
            subjects = []
            for seg_start, seg_end in self._segments(text[:position]):
                in_clause = [a for a in before if seg_start <= a.head < seg_end]
                if (
                    in_clause
                    and in_clause[0].kind == "person"
                    and (_preposition_before(text, _np_start(text, in_clause[0].start)) is None)
                    # "Before meeting Putin, he ...": the object of a participle is not who
                    # "he" is (the participle's own subject is)
                    and not _GERUND_BEFORE.search(
                        text, seg_start, _np_start(text, in_clause[0].start)
                    )
                ):
                    subjects.append(in_clause[0])
            if subjects:
                return subjects[-1].refs[:1]
            earlier = [ref for ref in self.subjects if fits(ref)]
            if earlier:
                return (earlier[-1],) if earlier[-1].id else ()
            return people[-1].refs[:1] if people else ()
        # "Although the Dutch and Danish ministers attended, they ...": the latest
        # plural clause subject of the sentence.
        for seg_start, seg_end in reversed(self._segments(text[:position])):
            in_clause = [a for a in before if seg_start <= a.head < seg_end and not a.pronoun]
            run = _first_subject(text, in_clause)
            refs = tuple(dict.fromkeys(r for a in run for r in a.refs))
            if len(refs) >= 2:
                return refs
        named = [r for a in before if a.kind in ("person", "group") for r in a.refs]
        unique = tuple(dict.fromkeys(named))
        if len(unique) >= 2:
            return unique
        if self.groups and self.sentence_index - self.group_sentence <= 2:
            return self.groups[-1]
        return ()

    # -- reported speech -------------------------------------------------------------------

    def _reports(self, text: str, acts: list[_Act], quotes: list[tuple[int, int]]) -> list[_Report]:
        reports: list[_Report] = []
        if not _REPORT_GATE.open(text):
            return reports
        for match in _REPORT.finditer(text):
            if _inside(match.start(), quotes):
                continue
            verb = match.group().lower()
            if verb == "according to":
                who = self._np_after(text, match.end(), acts)
                if who is None:
                    continue
                before = text[: match.start()].rstrip()
                if before.endswith(",") and len(before) > 20:
                    reports.append(_Report(0, match.start(), match.start(), who))
                else:
                    reports.append(_Report(match.end(), len(text), match.start(), who))
                continue
            who = self._np_before(text, match.start(), acts)
            if who is None:
                continue
            rest = text[match.end() :].strip(' ,.:;"”’')
            if len(rest) > 12:
                reports.append(_Report(match.end(), len(text), match.start(), who))
            else:
                head = text[: match.start()]
                reports.append(_Report(0, len(head.rstrip()), match.start(), who))
        return reports

    def _np_after(self, text: str, position: int, acts: list[_Act]) -> ActorRef | None:
        for act in acts:
            if act.start >= position and not text[position : act.start].strip(" ,the"):
                return _actor_ref(act.refs[0], "source")
        match = _NAME_AFTER.match(text[position:])
        if match:
            name = match.group(1).strip()
            return ActorRef(_slug(name), name, "source")
        return None

    def _np_before(self, text: str, position: int, acts: list[_Act]) -> ActorRef | None:
        for act in reversed(acts):
            if act.end > position:
                continue
            gap_text = text[act.end : position]
            if len(gap_text) > 40 or _CLAUSE_PUNCT.search(gap_text.replace(" on ", " ")):
                break
            if _preposition_before(text, act.start) in ("with", "to", "for", "about"):
                break
            if _is_location(text, act):
                continue  # "The Chinese embassy in London said": the embassy's, not London's
            return _actor_ref(act.refs[0], "source")
        match = _NAME_BEFORE_END.search(_tail(text, position))
        if match and match.group(1).split()[0] not in _CAPITAL_FUNCTION:
            name = match.group(1).strip()
            return ActorRef(_slug(name), name, "source")
        return None

    # -- one trigger -----------------------------------------------------------------------

    def _draft(
        self,
        ctx: _Context,
        rule: _Rule,
        start: int,
        end: int,
        groups: dict[str, str],
    ) -> _Draft | None:
        trigger = rule.trigger
        text = ctx.text
        if rule.requires is not None and not rule.requires.search(text):
            return None
        seg_start, seg_end = _segment_of(ctx.segments, start)
        subject_acts, object_acts, location = self._participants(
            ctx, rule, start, end, seg_start, seg_end
        )
        if not trigger.venue and not (trigger.type == "MeetingHeld" and _STOP_OPENING.match(text)):
            location = None  # "discussed the situation in Syria": a topic, not the venue
        passive_subject = bool(
            subject_acts
            and trigger.form == "verb"
            and _PASSIVE.search(_tail(text, start))
            and _PARTICIPLE.match(text[start:end])
        )  # "Two journalists were arrested": the subject is what the verb was done to
        if (
            trigger.needs_object
            and not passive_subject
            and not any(
                not prep
                or trigger.type == "DemandMade"
                or text[start:end].lower().endswith(" " + prep)  # "left for X": the verb's own
                for _, _, prep in object_acts
            )
        ):
            return None
        if trigger.person_object and not any(
            ref.kind in ("person", "group", "country")
            for act, _, _ in object_acts
            # "welcomed Armenia's offer": a thing, not a guest ("welcomed X's visit" is one)
            if not act.possessive or _VISIT_AFTER_POSSESSIVE.match(text, act.end)
            for ref in act.refs
        ):
            return None
        # Only now (it is pure): many matches have already been turned down above.
        modality, strong = _modality(text, seg_start, seg_end, start, end, trigger)
        subject_role = trigger.subject or FACT_TYPES[trigger.type].roles[0]
        object_role = trigger.object or subject_role
        roles: dict[str, tuple[_Ref, str]] = {}
        if (
            trigger.form == "verb"
            and not trigger.joint
            and _PASSIVE.search(_tail(text, start))
            and _PARTICIPLE.match(text[start:end])
        ):
            # "X was condemned by Y": the subject is the target; "by" gives the agent.
            subject_role, object_role = object_role, subject_role
            object_acts = [(a, r or subject_role, p) for a, r, p in object_acts]
        for act in subject_acts:
            for ref in act.refs:
                roles.setdefault(ref.id, (ref, subject_role))
        for act, role, _ in object_acts:
            for ref in act.refs:
                # "A and B agreed on selling ... to B": the object role says
                # more than the coordinated subject.
                if ref.id not in roles or role:
                    roles[ref.id] = (ref, role or object_role)
        if trigger.joint:
            roles = {k: (ref, subject_role) for k, (ref, _role) in roles.items()}
        if trigger.type == "CooperationAnnounced" and _BETWEEN.search(text, end, seg_end):
            # "X reaffirmed the ties between A and B": A and B are the parties, not X.
            named = {ref.id for act, _, _ in object_acts for ref in act.refs}
            countries = {ref.id for ref, _ in roles.values() if ref.kind == "country"}
            if len(countries & named) >= 2:
                roles = {
                    k: v
                    for k, v in roles.items()
                    if not (v[0].kind == "person" and v[0].country in countries)
                }
        if (
            trigger.type == "MilitaryActionTaken"
            and location is not None
            and roles
            and not any(role == "target" for _, role in roles.values())
        ):
            place = self.gazetteer.get(location[0].id)
            country = self.gazetteer.country_of(place) if place is not None else None
            if country is not None:
                # "an attack on a refinery in Country X": the place was attacked.
                for ref in self._refs(country):
                    roles.setdefault(ref.id, (ref, "target"))
        if trigger.type in _SPEECH:
            # "X confirmed unwavering U.S. support for Jordan": X's own country, inside the
            # phrase, is the one giving the support, not its target.
            own = {ref.country for act in subject_acts for ref in act.refs if ref.kind == "person"}
            for act in ctx.acts:
                if (
                    start < act.head
                    and act.end <= end
                    and (not act.possessive or trigger.rule in _OWN_POSSESSIVE)
                ):
                    for ref in act.refs:
                        if ref.id in own and roles.get(ref.id, (ref, ""))[1] == object_role:
                            del roles[ref.id]
        if (
            trigger.type == "LegalActionTaken"
            and passive_subject
            and roles
            and not any(role == "imposer" for _, role in roles.values())
        ):
            # "Two American journalists were arrested in Russia": where, whose authorities.
            arrest_place = next(
                (
                    a
                    for a in ctx.acts
                    if end <= a.start < seg_end
                    and a.refs
                    and a.kind in ("country", "city")
                    and _preposition_before(text, a.start) == "in"
                ),
                None,
            )
            country = (
                self.gazetteer.get(arrest_place.refs[0].country or "") if arrest_place else None
            )
            refs = (
                arrest_place.refs
                if arrest_place is not None and arrest_place.kind == "country"
                else ()
            )
            if arrest_place is not None and arrest_place.kind == "city" and country is not None:
                refs = self._refs(country)
            for ref in refs:
                if ref.id not in roles:
                    roles[ref.id] = (ref, "imposer")
        if trigger.rule in _PASSIVE_MEASURES:
            self._measures_owner(text, start, subject_acts, ctx.acts, roles)
        owner_role = {
            "AidProvided": "recipient",
            "DemandMade": "target",
            "SanctionLifted": "target",
        }.get(trigger.type, "")
        if owner_role and not any(r == owner_role for _, r in roles.values()):
            # "financing to support the expansion of Brazil's network": whose thing is
            # supported receives the aid; "asked for the King's help": the King is asked.
            owner = next(
                (
                    a
                    for a in ctx.acts
                    if end <= a.start < seg_end and a.refs and a.possessive and not a.pronoun
                ),
                None,
            )
            gap = _OWNER_GAP if owner_role == "recipient" else _ASKED_GAP
            if owner is not None and gap.fullmatch(text[end : owner.start]):
                for ref in owner.refs:
                    roles.setdefault(ref.id, (ref, owner_role))
        listed = trigger.type in ("SanctionImposed", "SanctionLifted") and self._listed_targets(
            ctx, roles, end
        )
        if (
            not roles
            and trigger.type == "DemandMade"
            and not trigger.needs_actor
            and not ctx.quotes
        ):
            # "It is time to release the hostages", "It is essential that ...": in a signed
            # statement, its authors' call.
            roles = {ref.id: (ref, "speaker") for ref in self.authors}
        elif (
            trigger.type == "ThreatIssued"
            and (self.speaker or self.authors)
            and not any(role == "speaker" for _, role in roles.values())
            and not _inside(start, ctx.quotes)
        ):
            # "Putin will pay a steep price": in a signed statement the warning is its author's.
            for ref in self.speaker or self.authors:
                roles.setdefault(ref.id, (ref, "speaker"))
        if trigger.rule in _AUTHOR_SPEAKS and roles and not _inside(start, ctx.quotes):
            # "Congress should act": in a signed statement, its author's call on Congress.
            for ref in self.speaker or self.authors:
                roles.setdefault(ref.id, (ref, "speaker"))
        anaphor = not roles
        # "imposed new costs, including sanctions and visa bans": an item of a list another
        # fact of the sentence names takes that fact's actors (see _inherit_list_actors).
        list_after = -1
        if trigger.form == "noun" and not any(role == subject_role for _, role in roles.values()):
            list_after = _list_item_of(text, start)
        if (
            anaphor
            and list_after < 0
            and trigger.needs_actor
            and (
                trigger.form == "verb"
                or not (
                    _DEFINITE.search(text[max(0, start - 30) : start])
                    or _DEMONSTRATIVE.match(text[start:end])
                )
                or not _ANAPHOR_HEAD.search(text[start:end])
                or _OTHER_EVENT.search(text[max(0, start - 30) : end])
            )
        ):
            return None  # "a summit" with nobody named: nothing to record or corroborate
        for act in subject_acts:
            if act.refs and act.kind == "person":
                self.subjects.append(act.refs[0])
            if len(act.refs) > 1:
                self.groups.append(act.refs)
                self.group_sentence = self.sentence_index
        evidence = self._evidence(ctx, seg_start, seg_end, start, end, trigger)
        draft = _Draft(
            type=trigger.type,
            rule=trigger.rule,
            modality=modality,
            strong=strong,
            roles=roles,
            evidence=[evidence],
            trigger=ctx.sentence.start + start,
            sentence=ctx.sentence.index,
            anaphor=anaphor,
            text=text[start:end],
            subject=_subject_kind(subject_acts, seg_start, start),
            listed=listed,
            list_after=list_after,
        )
        draft.extra.update(dict(trigger.extra))
        if trigger.type == "StatementMade" and _OBLIGATION_CLAUSE.match(text, end):
            draft.type = "DemandMade"  # "X conveyed to Y that it was important to ...": a demand
        if trigger.type == "ThreatIssued" and not any(
            role == "target" for _, role in draft.roles.values()
        ):
            condition = _IF_CLAUSE.match(text, end)
            if condition is not None:
                # "X warned that if Russia invades ...": the one the condition names.
                first = next((a for a in ctx.acts if a.head >= condition.end() and a.refs), None)
                if first is not None and first.start == condition.end():
                    for ref in first.refs:
                        draft.roles.setdefault(ref.id, (ref, "target"))
        must = _MUST_CLAUSE.match(text, end) if trigger.type == "StatementMade" else None
        if must is not None:
            own = {
                key
                for ref, role in draft.roles.values()
                if role == "speaker"
                for key in (ref.id, ref.country)
                if key
            }
            if any(
                ref.id in own
                for act in ctx.acts
                if must.start() <= act.head < must.end() and not act.pronoun
                for ref in act.refs
            ):
                must = None  # "X said that his country and Y must ...": a view, no demand
        if must is not None:
            draft.type = "DemandMade"  # "X reiterated that Y must release ...": a demand
            for act in ctx.acts:
                if must.start() <= act.head < must.end() and not act.pronoun:
                    for ref in act.refs:
                        draft.roles.setdefault(ref.id, (ref, "target"))  # ... made of Y
        if draft.type == "StatementMade" and not any(r == "target" for _, r in roles.values()):
            self._reported_subject(ctx, draft, end)
        elif (
            draft.type == "DemandMade"
            and not any(r == "target" for _, r in roles.values())
            and _THAT_AFTER.match(text, end)
        ):
            # "X demanded that Y withdraw": who is to act is the subject of the clause.
            self._reported_subject(ctx, draft, end)
        if trigger.type == "DealAnnounced":
            commodity = groups.get("commodity") or _commodity(text[seg_start:seg_end])
            if commodity:
                draft.extra["commodity"] = _canonical_commodity(commodity)
        if location is not None:
            draft.location, draft.location_rank, venue = location
            if venue:
                draft.extra["venue"] = venue
        draft.span, draft.segment = (start, end), (seg_start, seg_end)
        if trigger.type in _WITH_QUANTITIES:
            draft.quantities = _quantities(ctx, seg_start, seg_end)
        if trigger.type == "HistoricalEventReferenced":
            draft.history_year = self._history_year(groups)
        self._attribute(ctx, draft, start)
        return draft

    def _listed_targets(self, ctx: _Context, roles: dict[str, tuple[_Ref, str]], end: int) -> bool:
        """ "sanctions on two Russian banks: A and B", "sanctioned 600 entities, including
        A, B and C": the named list gives the targets; the demonym only described them."""
        marker = _LIST_MARKER.search(ctx.text, end)
        if marker is None or _SENTENCE_BREAK.search(ctx.text, end, marker.start()):
            return False
        listed = [
            a
            for a in ctx.acts
            if a.start >= marker.end()
            and a.refs
            and not (a.pronoun or a.demonym or a.possessive)
            and not _is_location(ctx.text, a)
        ]
        opening = marker.end() + (4 if ctx.text.startswith("the ", marker.end()) else 0)
        if len(listed) < 2 or listed[0].start != opening:
            return False  # "SANCTIONS ON X: Today, ...": a heading, not a list
        for act in ctx.acts:
            if act.demonym and end <= act.start < marker.start():
                for ref in act.refs:
                    if roles.get(ref.id, (ref, ""))[1] == "target":
                        del roles[ref.id]
        for act in listed:
            for ref in act.refs:
                roles.setdefault(ref.id, (ref, "target"))
        return True

    def _reported_subject(self, ctx: _Context, draft: _Draft, end: int) -> None:
        """ "X said South Korea is a strategic partner": what the statement is about is the
        subject of the reported clause right after the verb."""
        opening = _REPORTED_OPENING.match(ctx.text, end)
        assert opening is not None  # every part of it is optional
        act = next((a for a in ctx.acts if a.start == opening.end() and a.refs), None)
        if (
            act is None
            or act.pronoun
            or act.possessive
            or not _REPORTED_VERB.match(ctx.text, act.end)
        ):
            # "stated that relations with X are ...", "recognised two regions of X as ...":
            # the first actor of the object phrase, a few words on.
            act = next(
                (
                    a
                    for a in ctx.acts
                    if a.start >= end
                    and a.refs
                    and not (a.pronoun or a.possessive or a.demonym)
                    and not _is_location(ctx.text, a)
                    and not _ATTRIBUTIVE.match(ctx.text, a.end)
                    and _OBJECT_GAP.fullmatch(ctx.text[end : a.start])
                ),
                None,
            )
            if act is None:
                return
        for ref in act.refs:
            if ref.id not in draft.roles and not any(
                ref.id == other.country for other, _ in draft.roles.values()
            ):
                draft.roles[ref.id] = (ref, "target")

    def _measures_owner(
        self,
        text: str,
        start: int,
        subject_acts: list[_Act],
        acts: list[_Act],
        roles: dict[str, tuple[_Ref, str]],
    ) -> None:
        """ "EU sanctions were imposed on Russia": the name qualifying the measures is whose
        they are, the imposer, when a target is named besides it, when it is an organisation,
        or when it is the text's own government ("U.S. sanctions were imposed" in a US
        statement). Otherwise whose they are is unclear ("Russian sanctions were lifted"
        usually means those on Russia) and the name stays the target."""
        modifiers = [
            a
            for a in subject_acts
            if not a.possessive
            and not a.pronoun
            and _MEASURES_MODIFIER_GAP.fullmatch(text, a.end, start)
        ]
        if not modifiers:
            return
        named = {ref.id for a in modifiers for ref in a.refs}
        other_target = any(
            role == "target" and key not in named for key, (_, role) in roles.items()
        )
        own = self._own_government(acts)
        for act in modifiers:
            if other_target or act.kind == "organisation" or any(r.id == own for r in act.refs):
                for ref in act.refs:
                    roles[ref.id] = (ref, "imposer")

    def _participants(
        self, ctx: _Context, rule: _Rule, start: int, end: int, seg_start: int, seg_end: int
    ) -> tuple[list[_Act], list[tuple[_Act, str, str]], tuple[Location, int, str] | None]:
        """The trigger's subject actors, its (actor, role, preposition) objects, its place."""
        trigger = rule.trigger
        text = ctx.text
        in_segment = [a for a in ctx.acts if seg_start <= a.head < seg_end and a.refs]
        later = [m for m in ctx.verb_starts if m > start]
        limit = min([seg_end, *later])
        infinitive = _INFINITIVE.search(text, end, limit)
        if infinitive is not None:
            limit = infinitive.start()  # "to be unveiled at X": X is where the next act happens
        location = (
            self._location(ctx, in_segment, start, end, seg_start, limit, trigger.type in _SPEECH)
            if trigger.type in _PLACED
            else None
        )
        places = [a for a in in_segment if _is_location(text, a)]
        # "in Lyon, France's third city,": the appositive is part of the place; so is the
        # country of "in Geneva, Switzerland," (the city's own country).
        candidates = [
            a
            for a in in_segment
            if a not in places
            and not any(
                (a.possessive or (a.kind == "country" and p.refs[0].country == a.refs[0].id))
                and _COMMA_ONLY.fullmatch(text[p.end : a.start])
                for p in places
            )
        ]
        quote = next(((a, b) for a, b in ctx.quotes if a < start < b), None)
        if quote is None:
            candidates = [a for a in candidates if not _inside(a.head, ctx.quotes)]
        else:
            candidates = [a for a in candidates if quote[0] < a.head < quote[1]]
        subject_role = trigger.subject or FACT_TYPES[trigger.type].roles[0]
        object_role = trigger.object or subject_role
        left = [a for a in candidates if a.end <= start]
        if trigger.form == "noun":
            subjects = _nominal_left(text, left, start)
            appositive = (
                _TRIP_APPOSITIVE.search(text, max(0, start - 120), start)
                if trigger.type == "VisitMade" and not subjects
                else None
            )
            if appositive is not None:
                # "X's first trip abroad, a visit to Y": the trip's owner is the visitor.
                subjects = [a for a in left if a.possessive and a.end == appositive.start()][-1:]
            if (
                subjects
                and trigger.type in _SANCTION_TYPES
                and _SPOKEN_ABOUT.search(text, subjects[-1].end, start)
                and not _MEASURE_COMING.search(text, end, seg_end)
            ):
                subjects = []  # "Peskov said the sanctions were ...": he speaks of them
            attended = _ATTENDED.search(text, max(0, start - 80), start)
            if trigger.type == "MeetingHeld" and attended is not None:
                # "X will travel to Lima ... and participate in the APEC summit": X attends.
                runs = [run for s, run in ctx.verb_subjects if s < attended.start() and run]
                if runs:
                    subjects = [*runs[-1], *(a for a in subjects if a not in runs[-1])]
        else:
            subjects = _subject_run(text, left, start)
            previous = [(s, run) for s, run in ctx.verb_subjects if seg_start <= s < start and run]
            coordinated = _AND_BEFORE.search(_tail(text, start)) is not None
            purpose = (
                _TO_BEFORE.search(_tail(text, start)) is not None
                or text[start:end].startswith("to ")
                or _PURPOSE_OWN.search(text, max(0, start - 80), start) is not None
            )
            owner = (
                _INTENT_OWNER.search(text, max(0, start - 80), start)
                if purpose and left and left[-1].possessive
                else None
            )
            asked = _ASKED_TO.search(text, max(0, start - 100), start) if purpose and left else None
            if owner is not None and left[-1].end == owner.start():
                # "welcomed Finland's decision to join NATO": Finland joins.
                subjects = _coordinated(text, left)
            elif asked is not None:
                # "urged Russia and Ukraine to resume talks": those urged would act (not the
                # one who urges, even when they go unnamed: "called on both sides to").
                subjects = [a for a in left if a.start >= asked.start("who")]
            elif previous and (
                purpose
                or (coordinated and (not subjects or not _subject_gap(ctx, subjects, start)))
            ):
                # "X congratulated Y ... and reaffirmed", "X will travel to Z to meet Y".
                subjects = previous[-1][1]
            elif subjects and not _subject_gap(ctx, subjects, start):
                # "X made a complaint and has threatened": a coordinated verb phrase shares
                # the subject of the first verb.
                subjects = next(
                    (
                        run
                        for run in reversed(_runs(text, left))
                        if _free(text, run) and _subject_gap(ctx, run, start, True)
                    ),
                    [],
                )
            if (
                not subjects
                and trigger.type in _SPEECH
                and _QUOTE_BEFORE.search(_tail(text, start))
            ):
                # '"...," said X': the speaker follows the verb.
                after = [a for a in candidates if a.head >= end]
                if after and len(_WORD.findall(text[end : after[0].start])) <= 4:
                    subjects = [after[0]]
                    candidates = [a for a in candidates if a is not after[0]]
            if (
                _DASH_END.search(_tail(text, start))
                and _ING_WORD.match(text[start:end])
                and (not subjects or subjects[0].start > text.rfind("—", 0, start))
            ):
                # "we are holding X accountable—imposing new sanctions": the participle
                # after the dash shares the subject of the clause before it.
                clause = [a for a in ctx.acts if a.end <= start and a.refs]
                subjects = _first_subject(text, clause) or subjects
            if (
                not subjects
                and left
                and left[-1].possessive
                and _POSSESSIVE_GAP.fullmatch(text, left[-1].end, start)
                and _ING_WORD.match(text, start)  # (not "X's request", "X's exports")
            ):
                # "France's meeting with X": a verb's form used as a noun names its owner.
                subjects = _coordinated(text, left)
            if not subjects:
                subjects = _as_clause_subject(ctx, left, start)
            if not subjects and not [a for a in left if not a.possessive]:
                subjects = self._inherited_subject(ctx, seg_start, start)
            if not subjects and _WHO_OPENING.fullmatch(text, seg_start, start):
                # "X spoke with A and B, who both confirmed ...": the relative clause's
                # subject is the name (or the names) right before "who".
                before = [a for a in ctx.acts if a.end <= seg_start and a.refs and not a.pronoun]
                runs = _runs(text, before)
                if runs and len(_WORD.findall(text[runs[-1][-1].end : seg_start])) <= 2:
                    subjects = runs[-1]
        objects: list[tuple[_Act, str, str]] = []
        letter = (
            _LETTER_TO.search(text, max(seg_start, start - 160), start)
            if trigger.type == "DemandMade"
            and trigger.form == "verb"
            and _ING_WORD.match(text, start)
            else None
        )
        if letter is not None:
            # "X wrote to the embassy of Y asking it to ...": the writer asks the addressee.
            writer = _subject_run(
                text, [a for a in left if a.end <= letter.start()], letter.start()
            )
            if writer:
                subjects = writer
                objects.extend(
                    (a, object_role, "to")
                    for a in left
                    if letter.start("to") <= a.head < letter.end("to") and a not in writer
                )
        # Actors inside a long trigger phrase ("referred to X as a friend").
        inside = [a for a in candidates if start < a.head and a.end <= end]
        if trigger.rule == "sanction.relative" and inside:
            subjects = []  # "X discussed the sanctions that A imposed on B": A imposed them
            named = [a for a in inside if not a.pronoun]
            inside = named or inside  # "A, B and their allies imposed": A and B
        if trigger.type == "DealAnnounced":
            # "selling Acme's Dutch unit": the owner sells; "Dutch" is no party.
            objects.extend((a, trigger.subject, "") for a in inside if a.possessive)
            # "will supply Germany with gas": the one supplied receives.
            objects.extend(
                (a, trigger.object, "")
                for a in inside
                if not (a.possessive or a.demonym) and _WITH_AFTER.match(text, a.end)
            )
        elif trigger.objects != "none":
            objects.extend(
                (a, subject_role if _forces_moved(text, start, end, a) else "", "") for a in inside
            )
        right = [a for a in candidates if a.head >= end]
        if trigger.type == "HistoricalEventReferenced":
            # "50 years since Kenya's independence": the event's participants follow the trigger.
            comma = text.find(",", end, limit)
            stop = comma if comma >= 0 else limit
            objects.extend((a, "", "") for a in right if a.head < stop)
            right = []
        allowed = _OBJECT_PREPOSITIONS.get(trigger.type)
        found = _objects(text, right, end, seg_end, trigger, places)
        # "Y's condemnation of X", "the condemnation of X by Y": X is the object.
        owned = (bool(subjects) and subjects[-1].possessive) or any(p == "by" for _, p in found)
        for act, preposition in found:
            if (
                preposition == "of"
                and trigger.type == "AidProvided"
                and _PEOPLE_OF.search(text, max(0, act.start - 40), act.start)
                and _TO_PEOPLE_END.search(text, max(end, act.start - 60), act.start)
            ):
                # "send assistance to the people of Sudan": the state receives it.
                objects.append((act, rule.preps.get("to", object_role), "to"))
                continue
            if allowed is not None and preposition not in allowed and preposition not in rule.preps:
                continue
            if (
                preposition == "of"
                and trigger.form == "verb"
                and trigger.type in _SPEECH
                and _PEOPLE_OF.search(text, max(0, act.start - 40), act.start)
            ):
                # "congratulate the people of Taiwan": the state is the one addressed.
                objects.append((act, object_role, ""))
                continue
            if (
                preposition == "of"
                and trigger.type in _OWNED_TARGETS
                and "of" not in rule.preps
                and (owner := _OWNER_OF.fullmatch(text, end, act.start)) is not None
                and (not owner.group(1) or owner.group(1) in rule.preps)
            ):
                # "sanctioned the head of Russia's central bank", "sanctions on the
                # daughters of X": the one a measure's object belongs to is its target.
                objects.append((act, object_role, owner.group(1) or ""))
                continue
            if (
                preposition == "of"
                and trigger.form == "verb"
                and "of" not in rule.preps
                and not _ENDS_OF.search(text, 0, end)
            ):
                continue  # "met X on the sidelines of the forum": no participant
            role = rule.preps.get(preposition, "")
            if preposition == "by":
                if trigger.form == "noun" and trigger.type in _BY_PASSIVE_ONLY:
                    continue  # "a call by the summit for X": no speaker named by "by"
                if (
                    trigger.form == "verb"
                    and not _PASSIVE.search(_tail(text, start))
                    and ("by" not in rule.preps)
                ):
                    continue  # "as shown by their agreement": a means, not an agent
                role = rule.preps.get("by", subject_role)
            elif preposition == "of" and trigger.form == "noun" and "of" not in rule.preps:
                role = (
                    subject_role
                    if (trigger.type in _OF_IS_SUBJECT or _forces_moved(text, start, end, act))
                    and not owned
                    else object_role
                )
            elif (trigger.objects == "none" and preposition != "to") or (
                trigger.objects == "pp" and not preposition
            ):
                continue
            objects.append((act, role, preposition))
        if (
            trigger.form == "noun"
            and subjects
            and not subjects[-1].possessive
            and any(r == subject_role and _forces_moved(text, start, end, a) for a, r, _ in objects)
        ):
            subjects = []  # "Poland reported an incursion of Russian drones": Russia's alone
        # "He expressed his appreciation to X for his efforts": a pronoun that names the
        # subject again is no party of its own.
        subject_ids = {ref.id for act in subjects for ref in act.refs}
        objects = [
            item
            for item in objects
            if not (
                item[0].pronoun and item[0].refs and {r.id for r in item[0].refs} <= subject_ids
            )
        ]
        # Cities act only as subjects of political verbs (a capital for its government);
        # elsewhere they are places.
        if trigger.form == "verb" and start > 0:
            # (an opening participle borrows the main clause's subject; it lends none)
            ctx.verb_subjects.append((start, subjects))
        subjects = [self._metonym(a) for a in subjects]
        if trigger.type == "VisitMade":
            # "welcomed X to the palace", "travel to Oslo": the destination is a place.
            for act, _role, preposition in objects:
                if (
                    preposition in ("to", "")
                    and act.kind in ("city", "country", "organisation")
                    and (location is None and act.via not in ("demonym",))
                ):
                    ref = act.refs[0]
                    place = Location(ref.id, ref.name)
                    if act.kind != "city" and act.via not in ("name", "alias"):
                        words = text[act.head : act.end]
                        place = Location("x:" + _slug(words.removeprefix("the ")), words)
                    location = (place, 0 if act.kind == "city" else 1, "")
            objects = [
                item
                for item in objects
                if not (item[2] in ("to", "") and item[0].kind in ("city", "organisation"))
                and not (item[2] == "to" and item[0].via not in ("name", "alias", "demonym"))
            ]
            if location is not None and not any(r == "host" or r == "" for _, r, _ in objects):
                # "will visit Oslo": the visited country hosts.
                visited = self.gazetteer.get(location[0].id)
                country = self.gazetteer.country_of(visited) if visited is not None else None
                if country is not None and location[1] == 0:
                    objects.append((_Act(0, 0, 0, self._refs(country), "country"), "host", ""))
        opening = _STOP_OPENING.match(text) if trigger.type == "MeetingHeld" else None
        if opening is not None:
            # "In Jordan, he will consult with senior leaders": a stop of a trip, whose
            # country hosts the talks even when its officials go unnamed.
            stop_act = next(
                (
                    a
                    for a in ctx.acts
                    if a.refs and a.kind in ("country", "city") and a.end <= opening.end()
                ),
                None,
            )
            stop_place = self.gazetteer.get(stop_act.refs[0].id) if stop_act else None
            host = self.gazetteer.country_of(stop_place) if stop_place is not None else None
            present = {ref.id for act in subjects for ref in act.refs}
            present |= {ref.id for act, _, _ in objects for ref in act.refs}
            if host is not None and host.id not in present:
                objects.append((_Act(0, 0, 0, self._refs(host), "country"), "host", ""))
            if location is None and stop_act is not None:
                ref = stop_act.refs[0]  # ... and is where they are held
                location = (Location(ref.id, ref.name), 0 if stop_act.kind == "city" else 2, "")
        if trigger.type == "MilitaryActionTaken":
            # "Russian forces shelled Kharkiv": the country of the city attacked is the target.
            attackers = {ref.id for act in subjects for ref in act.refs}
            # (a leader's own country is no target; an armed group's may be: "the M23
            # seized Goma" is an attack on Congo)
            attackers |= {
                ref.country
                for act in subjects
                for ref in act.refs
                if ref.country and ref.kind == "person"
            }
            for index, (act, role, preposition) in enumerate(objects):
                if act.kind != "city" or not act.refs:
                    continue
                city = self.gazetteer.get(act.refs[0].id)
                country = self.gazetteer.country_of(city) if city is not None else None
                if country is not None and country.id not in attackers:
                    refs = self._refs(country)
                    objects[index] = (
                        _Act(act.start, act.end, act.head, refs, "country"),
                        role,
                        preposition,
                    )
            if (
                location is not None
                and subjects
                and not any(role == "target" for _, role, _ in objects)
            ):
                # "drones struck an oil depot in Belgorod": the city's country is attacked.
                city = self.gazetteer.get(location[0].id)
                country = self.gazetteer.country_of(city) if city is not None else None
                if (
                    city is not None
                    and city.kind == "city"
                    and country is not None
                    and country.id not in attackers
                ):
                    objects.append((_Act(0, 0, 0, self._refs(country), "country"), "target", ""))
        objects = [item for item in objects if item[0].kind != "city"]
        if trigger.type == "AgreementSigned":
            # "signed the Nordic Free Trade Area agreement": the organisation
            # names the agreement, it is not a party to it.
            objects = [
                item
                for item in objects
                if not (
                    item[0].kind == "organisation"
                    and (start < item[0].head < end or _AGREEMENT_NAME.search(item[0].refs[0].name))
                )
            ]
        attending = _ATTEND.search(text[start:end]) or (
            trigger.form == "noun" and _ATTENDED.search(text, max(0, start - 80), start)
        )
        if trigger.type == "MeetingHeld" and not attending:
            # "met on the margins of the G20 Summit", "the summit of the Quad": the
            # organisation names the setting; those who attend it are the participants.
            def setting(act: _Act) -> bool:
                return act.kind == "organisation" and bool(
                    _SETTING_AFTER.match(text, act.end)
                    or _SETTING_BEFORE.search(text, 0, act.start)
                )

            subjects = [a for a in subjects if not setting(a)]
            objects = [item for item in objects if not setting(item[0])]
        return subjects, objects, location

    def _metonym(self, act: _Act) -> _Act:
        if act.kind != "city":
            return act
        if act.via not in ("capital", "coref"):
            # Capitals stand for their governments (the gazetteer reads them as the country);
            # another city as a subject is a club or a firm: "Barcelona signed a contract".
            return _Act(act.start, act.end, act.head, (), "country")
        refs: list[_Ref] = []
        for ref in act.refs:
            country = self.gazetteer.get(ref.country) if ref.country else None
            if country is not None:
                refs.extend(self._refs(country))
        return _Act(act.start, act.end, act.head, tuple(refs), "country")

    def _inherited_subject(self, ctx: _Context, seg_start: int, start: int = -1) -> list[_Act]:
        """A participle or conjoined clause shares the subject of the clause before it."""
        text = ctx.text
        if seg_start == 0:
            lead = _PARTICIPLE_LEAD.match(text) if start > 0 else None
            if start == 0 or (
                lead is not None
                and lead.end() == start
                and (
                    text.startswith(("Having", "having"), start - 7) or _ING_WORD.match(text, start)
                )
            ):
                return self._main_clause_subject(ctx, start)
            return []
        opener = text[seg_start:].lstrip(" ,")
        relative = next(
            (s for s in ctx.segments if s[1] == seg_start and _RELATIVE_OPENER.match(text, s[0])),
            None,
        )
        if relative is not None:
            # "X, which holds the presidency, condemned Y": the subject before the clause.
            before = [
                a
                for a in ctx.acts
                if a.end <= relative[0] and a.refs and not (a.pronoun or a.demonym)
            ]
            runs = _runs(text, before)
            # (the subject of the clause before it, not its object: "A met B, who ...")
            clause = _segment_of(ctx.segments, runs[-1][0].start) if runs else (0, 0)
            if (
                runs
                and not text[runs[-1][-1].end : relative[0]].strip()
                and _first_subject(text, [a for a in before if a.start >= clause[0]]) == runs[-1]
            ):
                return runs[-1]
            return []
        if not (_PARTICIPLE_START.match(opener) or _AND_SPACE.match(opener)):
            return []
        for prev_start, prev_end in reversed([s for s in ctx.segments if s[1] <= seg_start]):
            acts = [a for a in ctx.acts if prev_start <= a.head < prev_end and a.refs]
            run = _first_subject(text, [a for a in acts if not _is_location(text, a)])
            if run and _OPENS_CLAUSE.fullmatch(text[prev_start : run[0].start]):
                return run
        return []

    def _main_clause_subject(self, ctx: _Context, start: int = 0) -> list[_Act]:
        """ "Thanking X for Y, Z announced ...", "After meeting X, Z said": an opening
        participle phrase shares the subject of the main clause after it."""
        text = ctx.text
        if start == 0 and not _PARTICIPLE_START.match(text[:1].lower() + text[1:]):
            return []
        for seg_start, seg_end in ctx.segments:
            if seg_start == 0:
                continue
            acts = [a for a in ctx.acts if seg_start <= a.head < seg_end and a.refs]
            run = _first_subject(text, [a for a in acts if not _is_location(text, a)])
            if run and _OPENS_CLAUSE.fullmatch(text[seg_start : run[0].start]):
                return run
            return []
        return []

    def _location(
        self,
        ctx: _Context,
        acts: list[_Act],
        start: int,
        end: int,
        seg_start: int,
        limit: int,
        speech: bool = False,
    ) -> tuple[Location, int, str] | None:
        """The place a fact happened: "in <city>", "at <venue>" after the trigger (before the
        next trigger), or a sentence-initial "In <city>, ..."; cities beat venues, venues beat
        countries."""
        text = ctx.text
        first_segment = ctx.segments[0] if ctx.segments else (0, 0)
        spans = [(end, limit)]
        if first_segment[1] <= seg_start and _IN_OR_AT.match(text):
            spans.append(first_segment)
        best: tuple[int, int, Location] | None = None
        for act in ctx.acts:
            if not act.refs or not _is_location(text, act):
                continue
            if not any(a <= act.head < b for a, b in spans):
                continue
            ref = act.refs[0]
            if speech and act.head >= end and len(_WORD.findall(text[end : act.start])) > 1:
                continue  # "said ... the schools in Lagos": where the content is, not the act
            rank = {"city": 0, "organisation": 1, "country": 2}.get(act.kind, 3)
            distance = act.head - end if act.head >= end else 1000 + act.head
            place = Location(ref.id, ref.name)
            if act.kind != "city" and act.via not in ("name", "alias", "demonym"):
                # "at the Kremlin": the place is the building, not the country it stands for
                words = text[act.head : act.end]
                place, rank = Location("x:" + _slug(words.removeprefix("the ")), words), 1
            if best is None or (rank, distance) < best[:2]:
                best = (rank, distance, place)
        venue = ""
        for a, b in spans:
            if speech:
                b = min(b, end + 4)
            for match in _VENUE.finditer(text, a, b):
                name = _TRAILING_FUNCTION_WORDS.sub("", match.group("venue"))
                if len(name.split()) < 2 or not _VENUE_HEAD.search(name):
                    continue
                if any(
                    x.head >= match.start("venue") and x.end <= match.end("venue")
                    for x in ctx.acts
                    if x.kind in ("city", "country")
                ):
                    continue  # "in the United States": a country, not a venue
                venue = name
                break
            if venue:
                break
        if best is not None and best[0] == 0:
            return best[2], 0, venue
        if venue:
            place = Location("x:" + _slug(venue.removeprefix("the ")), venue)
            return place, 1, ""
        if best is not None:
            return best[2], best[0], ""
        return None

    def _evidence(
        self,
        ctx: _Context,
        seg_start: int,
        seg_end: int,
        start: int,
        end: int,
        trigger: lexicon.Trigger,
    ) -> Evidence:
        text = ctx.text
        quote_start, quote_end = seg_start, seg_end
        # A bare noun phrase as a clause ("Next week's summit, the first in years, will ...") says
        # little alone: quote the sentence.
        if trigger.form == "noun" and len(text[end:seg_end].strip(" ,.;:")) < 3:
            quote_start, quote_end = 0, len(text)
        raw = text[quote_start:quote_end]
        left = len(raw) - len(raw.lstrip(" \t,;:–—-"))
        right = len(raw) - len(raw.rstrip(" \t,;:–—-"))
        body_start = ctx.sentence.start + quote_start + left
        body_end = ctx.sentence.start + quote_end - right
        return Evidence(
            ctx.sentence.index,
            body_start,
            body_end,
            self.body[body_start:body_end],
            self.document_id,
        )

    # -- time --------------------------------------------------------------------------------

    def _times(
        self, ctx: _Context, draft: _Draft, seg_start: int, seg_end: int, start: int, end: int
    ) -> None:
        own: list[tuple[int, TimeMention]] = []
        # "X met Y on Tuesday, signing a deal": a trailing participle clause happens when
        # the clause it hangs on does.
        main = (
            next((s for s in ctx.segments if s[1] == seg_start), None)
            if seg_start > 0 and _TRAILING_PARTICIPLE.match(ctx.text, seg_start)
            else None
        )
        for index, mention in enumerate(ctx.times):
            if (
                draft.type == "HistoricalEventReferenced"
                and draft.rule in _NOMINAL_RULES
                and not (mention.start <= start < mention.end or start <= mention.start < end)
            ):
                continue  # "Yesterday ... the 100th birthday of X": not when X began
            if mention.kind == "anchor" and mention.start <= start and mention.end >= end:
                # "on the eve of <this event>": the expression is about the trigger, whose
                # actors are those the phrase names (see _anchor_event_roles)
                draft.named_in = (mention.start, mention.end)
                continue
            if (
                _FOUR_DIGITS.fullmatch(mention.text)
                and _DETERMINER_END.search(_tail(ctx.text, mention.start))
                and not (draft.type == "HistoricalEventReferenced" and start <= mention.start < end)
            ):
                # "the 1990 borders", "the 2001 accord": a name, not a date; but "the 1991
                # coup" is dated by the year its own trigger names.
                continue
            if mention.kind == "open" and not mention.text.lower().startswith("since"):
                continue  # "the first visit in over ten years": a span, not the event's time
            inside_segment = seg_start <= mention.start < seg_end
            opening = ctx.segments[0] if ctx.segments else (0, 0)
            initial = seg_start > mention.start and (
                mention.start < 12
                or (
                    opening[1] <= seg_start
                    and mention.end <= opening[1]
                    and _INITIAL_SUBORDINATE.match(ctx.text) is not None
                )
            )
            in_main = main is not None and main[0] <= mention.start < main[1]
            if not (inside_segment or initial or in_main):
                continue
            if not inside_segment and _PLUPERFECT_RELATIVE.match(ctx.text, seg_start):
                # "Last year X withdrew from the pact, which had been agreed under Y": the
                # relative clause's past lies before the main clause's time.
                draft.before = draft.before or mention
                continue
            if _possessive_of_other(ctx.text, mention, start):
                continue  # "thanked X for yesterday's attack": the date of the attack
            if _inside(mention.start, ctx.quotes) != _inside(start, ctx.quotes):
                continue  # a date inside a quotation belongs to what is quoted
            if mention.kind == "duration":
                if (
                    ctx.owners.get(index) == start
                    and draft.duration is None
                    and _DURATION_LEAD.match(mention.text)
                ):
                    draft.duration = mention  # "tested for a month"; not "three weeks of wages"
                continue
            if (
                draft.type in ("StatementMade", "DemandMade")
                and draft.rule.endswith(".verb")
                and mention.start >= end
                and len(_WORD.findall(ctx.text[end : mention.start])) > 2
            ):
                continue  # "said that trade in 1999 will ...": the time of what was said
            if mention.start >= end and _RELATIVE_WORD.search(ctx.text, end, mention.start):
                continue  # "sanctions that go far beyond 2014": the relative clause's time
            if mention.start >= end and _COMMA_AND_VERB.search(ctx.text, end, mention.start):
                continue  # "X is under sanctions, and was condemned on May 8": the second verb's
            if mention.kind == "deadline" and (
                draft.modality not in ("planned", "expected") or mention.start < end
            ):
                continue
            if mention.start < 12:
                distance = 6  # "Yesterday, ...": the sentence's time
            elif mention.start >= end:
                distance = len(_WORD.findall(ctx.text[end : mention.start]))
            elif in_main:
                distance = 7  # the clause's own time comes first
            elif inside_segment:
                gap = _WORD.findall(ctx.text[mention.end : start])
                if (draft.rule.endswith(".verb") and (len(gap) > 4 or "and" in gap)) or (
                    draft.rule not in _NOMINAL_RULES
                    and _COMMA_AND.search(ctx.text, mention.end, start)
                ):
                    continue  # "...the killing of X in May and demanded": the earlier event's time
                distance = len(gap)
            else:
                # A sentence-initial "On Monday," dates the main clause unless a time sits
                # right by the trigger.
                distance = 6
            own.append((distance, mention))
        if not own:
            return
        own.sort(key=lambda item: item[0])
        chosen = own[0][1]
        if chosen.kind == "anchor":
            draft.anchor = chosen
            return
        if draft.modality in ("planned", "expected") and self.published is not None:
            chosen = self._future_version(ctx, chosen)
        if chosen.when is not None:
            draft.time = chosen

    def _future_version(self, ctx: _Context, mention: TimeMention) -> TimeMention:
        for future in find_times(ctx.text, self.published, future=True):
            if future.start == mention.start and future.end == mention.end:
                return future
        return mention

    def _history_year(self, groups: dict[str, str]) -> int | None:
        if self.published is None:
            return None
        years = groups.get("years") or groups.get("nth") or groups.get("nthw") or ""
        value = _number(years)
        if value is None or value <= 0 or value > 3000:
            return None
        return self.published.year - value

    # -- attribution -------------------------------------------------------------------------

    def _attribute(self, ctx: _Context, draft: _Draft, start: int) -> None:
        report = None
        if ctx.reports is None:
            ctx.reports = self._reports(ctx.text, ctx.acts, ctx.quotes)  # (pure)
        for candidate in ctx.reports:
            if (
                candidate.start <= start < candidate.end
                and candidate.verb != start
                and (report is None or candidate.start >= report.start)
            ):
                report = candidate
        if report is None:
            return
        who = report.who
        known = self.gazetteer.get(who.id)
        if draft.type in _SPEECH and known is not None and known.kind == "person":
            speaker = FACT_TYPES[draft.type].roles[0]
            speakers = [k for k, (_ref, role) in draft.roles.items() if role == speaker]
            if known.country and speakers == [known.country]:
                # "Lula said Brazil supports Korea": the president speaks for Brazil.
                del draft.roles[known.country]
                ref = self._refs(known)[0]
                draft.roles[ref.id] = (ref, speaker)
                return
        participants = {r.id for r, _ in draft.roles.values()}
        countries = {r.country for r, _ in draft.roles.values()}
        if who.id in participants or who.id in countries:
            return
        if draft.type == "StatementMade" and _REPORT.match(ctx.text, start):
            # "X said" inside "Y reported X said": a statement reported by Y.
            pass
        if any(t.start <= start < t.end for t in ctx.times):
            return  # "on the eve of a summit" dates the claim; it is not the claim
        if draft.type in _SPEECH and draft.type != "StatementMade":
            speaker = FACT_TYPES[draft.type].roles[0]
            if not any(role == speaker for _, role in draft.roles.values()):
                # "Russia will pay a price, X warned": X issued the threat.
                known = self.gazetteer.get(who.id)
                refs = self._refs(known) if known is not None else ()
                for ref in refs or (_Ref(who.id, who.name, "organisation", ""),):
                    draft.roles.setdefault(ref.id, (ref, speaker))
                return
        draft.attribution = ActorRef(who.id, who.name, "source")
        if draft.modality == "asserted":
            draft.modality = "reported"

    # -- which fact a statement belongs to ---------------------------------------------------

    def _link_hosts(self, ctx: _Context, drafts: list[_Draft]) -> None:
        """ "During the talks, X said ...": X's statement belongs to the talks."""
        events = [d for d in drafts if d.type in ("MeetingHeld", "VisitMade", "MilitaryParadeHeld")]
        if not events:
            return
        for draft in drafts:
            if draft in events or draft.type not in _DISCOURSE | {"StatementMade"}:
                continue
            for event in events:
                offset = event.trigger - ctx.sentence.start
                head = ctx.text[:offset]
                if _DURING_EVENT.search(head) or _DURING_EVENT.search(_LAST_WORD_END.sub("", head)):
                    draft.host = event
                    break

    # -- merging -----------------------------------------------------------------------------

    def _merge(self, drafts: list[_Draft]) -> list[_Draft]:
        kept: list[_Draft] = []
        for draft in drafts:
            draft.topic = self._own_topic(draft)
            target = self._merge_target(draft, kept) or self._continued(draft, kept)
            if target is None:
                if draft.anaphor and FACT_TYPES[draft.type] and self._needs_actor(draft):
                    continue
                draft.extra.pop("or", None)
                kept.append(draft)
                continue
            _fold(target, draft)
            draft.merged_into = target
        for draft in kept:
            if draft.host is not None:
                while draft.host.merged_into is not None:
                    draft.host = draft.host.merged_into
        return kept

    def _own_topic(self, draft: _Draft) -> set[str]:
        """The topic words (see _topic) of what a fact's clause says from its trigger on:
        "discussed the return of abductees and resolved to continue every effort to curb
        missiles" is about missiles, not the return."""
        for e in draft.evidence:
            if e.start <= draft.trigger < e.end:
                words = _LONG_WORD.findall(self.body, draft.trigger, e.end)
                return {w[:5] for w in words} - _TOPIC_STOP
        return _topic(draft)

    def _continued(self, draft: _Draft, kept: list[_Draft]) -> _Draft | None:
        """'"...," he added.' right after X's criticism (praise, demand ...): the quote goes
        on with that fact rather than starting a statement of its own."""
        if draft.type != "StatementMade" or draft.subject == "name" or draft.modality != "asserted":
            return None
        # A quote after an unquoted remark goes on with it when it is "added"; '"...," he
        # said' after "X welcomed the decision" is a remark of its own.
        quoted = _ADDED.match(draft.text) is not None and any(
            _QUOTE.search(e.quote) for e in draft.evidence
        )
        speakers = {r.id for r, role in draft.roles.values() if role == "speaker"}
        for other in reversed(kept):
            if max(e.sentence for e in other.evidence) < draft.sentence - 1:
                break
            if (
                other.type in _SPEECH
                and other.type != "StatementMade"
                and max(e.sentence for e in other.evidence) == draft.sentence - 1
                and speakers
                and speakers == {r.id for r, role in other.roles.values() if role == "speaker"}
                and (
                    quoted
                    or any(
                        _QUOTE.search(e.quote)
                        for e in other.evidence
                        if e.sentence == draft.sentence - 1
                    )
                )
            ):
                return other  # (a readout's "He noted that ..." after a demand is its own)
        return None

    def _host(self, draft: _Draft) -> None:
        """A meeting in one participant's country: that participant hosts, the others visit."""
        if draft.location is None or any(r in ("host", "visitor") for _, r in draft.roles.values()):
            return
        place = self.gazetteer.get(draft.location.id)
        country = self.gazetteer.country_of(place) if place is not None else None
        if place is None:
            # "at the White House": a venue that stands for its country's government.
            seats = [
                m.actor
                for m in self.gazetteer.find(draft.location.name)
                if m.actor.kind == "country" and m.text == draft.location.name.removeprefix("the ")
            ]
            country = seats[0] if len(seats) == 1 else None
        if country is None or len(draft.roles) < 2:
            return
        home = [k for k, (ref, _) in draft.roles.items() if country.id in (ref.id, ref.country)]
        if len(home) != 1 or any(not ref.country for ref, _ in draft.roles.values()):
            return
        for key, (ref, _role) in list(draft.roles.items()):
            draft.roles[key] = (ref, "host" if key == home[0] else "visitor")

    def _state_parties(self, draft: _Draft) -> None:
        """Aid is given, and a leader's cooperation pledged, by the state: "Biden announced the
        delivery of vaccines to Jordan" is aid of the United States."""
        persons = [k for k, (ref, _) in draft.roles.items() if ref.kind == "person" and ref.country]
        if not persons:
            return
        if draft.type != "AidProvided" and not (
            draft.type == "CooperationAnnounced" and len(persons) == 1
        ):
            return
        roles: dict[str, tuple[_Ref, str]] = {}
        for key, (ref, role) in draft.roles.items():
            if key in persons:
                country = self.gazetteer.get(ref.country)
                if country is not None:
                    ref = self._refs(country)[0]
            roles.setdefault(ref.id, (ref, role))
        draft.roles = roles

    def _paragraph(self, draft: _Draft) -> int:
        """How many line breaks come before the fact's trigger: merging asks it of every
        pair of facts, so the breaks are found once (counting each time was quadratic)."""
        if self.line_breaks is None:
            self.line_breaks = [m.start() for m in _LINE_BREAK.finditer(self.body)]
        return bisect_left(self.line_breaks, draft.trigger)

    def _list_item(self, draft: _Draft) -> int:
        """Where the bulleted or numbered line holding the fact's trigger starts; -1 if its
        line is no list item."""
        line = self.body.rfind("\n", 0, draft.trigger) + 1
        return line if _LIST_ITEM.match(self.body, line) else -1

    def _needs_actor(self, draft: _Draft) -> bool:
        for rule in _RULES:
            if rule.trigger.rule == draft.rule:
                return rule.trigger.needs_actor
        return True

    def _merge_target(self, draft: _Draft, kept: list[_Draft]) -> _Draft | None:
        types = [draft.type]
        if "or" in draft.extra:
            types.insert(0, str(draft.extra["or"]))
        # The latest compatible fact; for "the ban", the latest of its own stem first: "the
        # ban" refers back to a banning rather than to other sanctions. (Scanned from the
        # latest back and stopped at the answer: a long text keeps hundreds of facts.)
        stem = _stem(draft.text) if draft.anaphor else None
        for fact_type in types:
            first: _Draft | None = None
            for other in reversed(kept):
                if other.type != fact_type or not self._compatible(draft, other):
                    continue
                if stem is None or _stem(other.text) == stem:
                    return other
                if first is None:
                    first = other
            if first is not None:
                return first
        return None

    def _long_ago(self, draft: _Draft) -> bool:
        """Whether the draft's own time lies before the news of the text (background): years
        before publication, or a month for a date the text gives ("in February 2022"), as
        _resolve_times decides a historical modality."""
        when = draft.time.when if draft.time is not None else None
        if when is None or not when.end or self.published is None:
            return False
        if when.derivation in ("explicit", "anchored"):
            return when.end < (self.published - timedelta(days=_HISTORICAL_DAYS)).isoformat()
        return when.end < _years_before(self.published, _HISTORICAL_YEARS)

    def _compatible(self, draft: _Draft, other: _Draft) -> bool:
        if _polarity(draft.modality) != _polarity(other.modality):
            return False
        if (draft.named_in or other.named_in) and draft.sentence == other.sentence:
            return False  # "On the eve of the summit, X met Y": the summit is another event
        if (draft.rule in _NAMED_EVENTS) != (other.rule in _NAMED_EVENTS):
            return False  # "for hosting the Africa Climate Summit" is not today's call
        if (draft.modality == "historical") != (other.modality == "historical") and not (
            draft.anaphor or other.anaphor
        ):
            return False  # "first signed an accord in 2012" is not today's signing
        if (
            (draft.time is None) != (other.time is None)
            and draft.sentence != other.sentence
            and not (draft.anaphor or other.anaphor)
            and self._long_ago(draft if draft.time is not None else other)
        ):
            return False  # ... nor is it when only the earlier one carries its year
        if (
            {draft.modality, other.modality} == {"planned", "asserted"}
            and draft.strong
            and other.strong
        ):
            return False  # "we have convened" is not the summit "we will hold"
        for key in ("commodity", "direction"):
            if key in draft.extra and key in other.extra and draft.extra[key] != other.extra[key]:
                return False
        mine_money = {(q.unit, q.value) for q in draft.quantities if q.kind == "money"}
        their_money = {(q.unit, q.value) for q in other.quantities if q.kind == "money"}
        if mine_money and their_money and not mine_money & their_money:
            return False  # "$379 million in humanitarian aid" is not the "$3.2 billion" since 2022
        if draft.time is not None and other.time is not None:
            a, b = draft.time.when, other.time.when
            if a is not None and b is not None and not overlaps(a, b):
                return False
        elif (
            draft.type in _SPEECH
            and (draft.time is None) != (other.time is None)
            and self._paragraph(draft) != self._paragraph(other)
        ):
            return False  # a dated remark and an undated one far apart are two remarks
        if (
            draft.location is not None
            and other.location is not None
            and draft.location.id != other.location.id
            and draft.location_rank == other.location_rank
        ):
            return False  # the meeting in Oslo is not the one in Rome
        if draft.type in _MEASURES:
            if draft.sentence != other.sentence and not draft.anaphor:
                head = self.body[min(e.start for e in draft.evidence) : draft.trigger]
                if _ADDITIONAL.search(head):
                    return False  # "X is also imposing export controls": one more measure
            mine_item, their_item = self._list_item(draft), self._list_item(other)
            if mine_item >= 0 and their_item >= 0 and mine_item != their_item:
                return False  # each bullet of a fact sheet's list of measures is its own
            if mine_item != their_item and any(
                key in other.roles and other.roles[key][1] != role
                for key, (_ref, role) in draft.roles.items()
            ):
                return False  # a listed measure on Russia is not the one Russia imposed
            if (draft.listed or other.listed) and self._paragraph(draft) != self._paragraph(other):
                return False  # "sanctioned 600 entities, including A and B": its own measure
        if draft.type == "DemandMade" and "demand.time-to" in (draft.rule, other.rule):
            # "It is time to ...", "The time has come to ...": one call, however often repeated.
            return draft.rule == other.rule and set(draft.roles) == set(other.roles)
        if draft.type == "MeetingHeld" and _recurring(draft) != _recurring(other):
            return False  # "will meet regularly" is not the summit planned for December
        if draft.rule == other.rule == "sanction.review" and draft.sentence != other.sentence:
            return False  # each review an order directs is its own decision
        if (
            draft.type in _SPEECH
            and draft.sentence == other.sentence
            and _stem(draft.text) != _stem(other.text)
            and _two_remarks(draft, other)
            and not (draft.anaphor or other.anaphor)
        ):
            return False  # "X reiterated that Y must ..., and asked Z for ...": two demands;
            # "X thanked A for ... and welcomed B's ...": two remarks (one when both thank A)
        if draft.anaphor or other.anaphor:
            return True
        if (
            draft.type == "CooperationAnnounced"
            and draft.sentence != other.sentence
            and (
                "planned" in (draft.modality, other.modality)
                or min(len(draft.topic), len(other.topic)) >= _TOPIC_MIN
            )
            and not draft.topic & other.topic
        ):
            # Commitments on vaccines and on climate are two commitments; so are two
            # partnerships a readout reaffirms on topics it names ("on port security", "on
            # climate finance"), where a bare "reaffirmed the partnership" restates one.
            return False
        mine = [ref for ref, _ in draft.roles.values()]
        theirs = [ref for ref, _ in other.roles.values()]
        if not (_covered(mine, theirs) or _covered(theirs, mine)):
            return False
        # Asymmetric events keep their direction: two people's statements are two
        # statements, and A attacking B is not B attacking A.
        subject_role = FACT_TYPES[draft.type].roles[0]
        if draft.type not in _SYMMETRIC:
            mine = [ref for ref, role in draft.roles.values() if role == subject_role]
            theirs = [ref for ref, role in other.roles.values() if role == subject_role]
            if mine and theirs:
                if draft.type in _SPEECH:
                    if (
                        (
                            draft.type != "StatementMade"
                            or draft.subject == "name"
                            or (
                                draft.subject == "pronoun"
                                and draft.sentence - max(e.sentence for e in other.evidence) > 2
                            )
                        )
                        and draft.sentence != other.sentence
                        and not draft.anaphor
                        and not other.anaphor
                    ):
                        return False  # each thanks, demand or threat in a readout is its own
                    return {r.id for r in mine} == {r.id for r in theirs}
                return _covered(mine, theirs) or _covered(theirs, mine)
            if draft.type in _SPEECH and (mine or theirs):
                return False
        return True

    # -- time resolution ---------------------------------------------------------------------

    def _resolve_times(self, drafts: list[_Draft]) -> None:
        for draft in drafts:
            if draft.history_year is not None and draft.time is None:
                draft.when = _year_when(draft.history_year, draft.text)
            elif draft.time is not None and draft.time.when is not None:
                draft.when = draft.time.when
                if draft.type == "HistoricalEventReferenced":
                    draft.when = replace(draft.when, duration=None)
        for _ in range(3):  # anchors may point at facts that are themselves anchored
            for draft in drafts:
                if draft.when is None and draft.anchor is not None:
                    draft.when = self._anchored(draft, drafts)
        for draft in drafts:
            if draft.when is None and draft.before is not None and draft.before.when is not None:
                draft.when = _before_when(draft.before.when)
                if draft.modality == "asserted":
                    draft.modality = "historical"
        for draft in drafts:
            if draft.when is None:
                host = draft.host or self._readout_host(draft, drafts) or self._trip(draft, drafts)
                if host is not None and host.when is not None and host is not draft:
                    draft.when = inherited(host.when)
        by_sentence: dict[int, list[_Draft]] = {}  # each sentence's facts, for _carried_when
        for draft in drafts:
            for index in dict.fromkeys(e.sentence for e in draft.evidence):
                by_sentence.setdefault(index, []).append(draft)
        for draft in drafts:  # in document order: "He added ..." follows "He said ..."
            if draft.when is None:
                draft.when = self._carried_when(draft, by_sentence)
        for draft in drafts:
            if draft.when is None and draft.anchor is not None and draft.anchor.anchor_offset_days:
                # "the day after the summit" of a summit the text never dates: undated, not
                # the publication day, which the anchor says it is not.
                draft.when = When(expression=draft.anchor.text, derivation="unresolved")
            if draft.when is None:
                draft.when = self._default_when(draft)
            if draft.duration is not None:
                duration = draft.duration.when.duration if draft.duration.when else None
                draft.when = combine(draft.when, duration)
            if (
                draft.modality in ("asserted", "reported")
                and draft.when.end
                and self.published is not None
                and draft.when.end
                < (
                    _years_before(self.published, _HISTORICAL_YEARS)
                    if draft.when.derivation not in ("explicit", "anchored")
                    else (self.published - timedelta(days=_HISTORICAL_DAYS)).isoformat()
                )
            ):
                draft.modality = "historical"

    def _anchored(self, draft: _Draft, drafts: list[_Draft]) -> When | None:
        anchor = draft.anchor
        assert anchor is not None
        anchor_text = anchor.anchor or anchor.text
        wanted = {rule.trigger.type for rule, *_ in _match_triggers(anchor_text)}
        targets = [d for d in drafts if d is not draft and d.type in wanted and d.when]
        if targets:
            assert targets[0].when is not None
            event: When | None = targets[0].when
        elif not anchor.anchor_offset_days:
            return None  # "ahead of the vote", "prior to the signing": no day to count from
        else:
            # "two days before the vote": an event that is no fact of its own ("Parliament
            # voted on 10 March") is dated by the nearest sentence that names it with a day.
            here = draft.sentence
            nearest = sorted(
                (s for s in self.sentences if s.index != here),
                key=lambda s: (s.index > here, abs(s.index - here)),
            )
            event = event_date(anchor_text, (s.text for s in nearest), self.published)
        if event is None:
            return None
        when = anchored(event, anchor.anchor_offset_days, anchor.text)
        # An anchor on a week-precision date gives a week: an asserted past fact reported in
        # a dated article most plausibly happened on the publication day when that day lies
        # inside the interval (news reports yesterday's or today's events).
        if (
            self.published is not None
            and draft.modality in ("asserted", "reported", "negated")
            and when.precision not in (None, "day")
            and when.start is not None
            and when.end is not None
            and when.start <= self.published.isoformat() <= when.end
        ):
            return replace(document_when(self.published), expression=anchor.text)
        return when

    def _carried_when(self, draft: _Draft, by_sentence: dict[int, list[_Draft]]) -> When | None:
        """ "On Monday, X met Y in Rome. He said the talks were productive.": a remark with
        no time of its own continues the dated occasion of the sentence just before when
        "he"/"she"/"they" takes up an actor of it, or when its named speaker took part in
        the meeting or visit that sentence dates. Only speech (a remark is made on an
        occasion), and only from an asserted, past, day-precise date the text gives: a
        named speaker after any other dated sentence is too often a new occasion."""
        if (
            draft.type not in _SPEECH
            or draft.modality not in ("asserted", "negated")
            or draft.sentence < 1
            or draft.time is not None
            or draft.anchor is not None
            or draft.before is not None
        ):
            return None
        subject_role = FACT_TYPES[draft.type].roles[0]
        speakers = {ref.id for ref, role in draft.roles.values() if role == subject_role}
        previous = draft.sentence - 1
        if not speakers or _OTHER_OCCASION.search(self.sentences[draft.sentence].text):
            return None
        pronoun = draft.subject == "pronoun"
        for other in by_sentence.get(previous, ()):
            if (
                other is draft
                or other.when is None
                or other.when.expression is None  # the publication day is no occasion
                or other.when.derivation not in ("explicit", "relative", "inherited")
                or other.modality not in ("asserted", "negated")
                or not (pronoun or other.type in ("MeetingHeld", "VisitMade"))
                or not speakers & {ref.id for ref, _ in other.roles.values()}
            ):
                continue
            return self._past(other.when)
        if (
            not pronoun
            or not speakers <= self.sentence_subjects.get(previous, frozenset())
            or previous in by_sentence
        ):
            return None  # a sentence whose facts gave no date above is no dated occasion
        # A sentence with no fact of its own: "Lavrov spoke to reporters on Tuesday."
        mentions = [
            m
            for m in find_times(self.sentences[previous].text, self.published)
            if m.kind in ("date", "relative") and m.when is not None and m.when.best
        ]
        if len({m.when.best for m in mentions if m.when is not None}) != 1:
            return None
        return self._past(mentions[0].when)

    def _past(self, when: When | None) -> When | None:
        """``when`` inherited, if it lies in the past of the publication (a remark made)."""
        if when is None or when.start is None or when.precision != "day":
            return None  # "earlier this year" dates what the sentence recalls, not an occasion
        if self.published is not None and when.start > self.published.isoformat():
            return None
        return inherited(when)

    def _readout_host(self, draft: _Draft, drafts: list[_Draft]) -> _Draft | None:
        """A readout's statements without a time of their own were made at its meeting."""
        if draft.type not in _DISCOURSE or draft.modality not in ("asserted", "negated"):
            return None
        speakers = {ref.id for ref, _ in draft.roles.values()}
        for other in drafts:
            if other.type != "MeetingHeld" or other.modality != "asserted" or other.when is None:
                continue
            if not self._recent(other.when):
                continue  # a readout reports today's meeting, not one from years ago
            present = {ref.id for ref, _ in other.roles.values()}
            if speakers & present:
                return other
            if len(speakers) >= 2 and speakers <= present | {
                ref.country for ref, _ in other.roles.values()
            }:
                return other  # "ties between A and B" at the meeting of A's and B's leaders
        return None

    def _trip(self, draft: _Draft, drafts: list[_Draft]) -> _Draft | None:
        """ "X will travel to A and B on 3-5 May. In B, X will meet Y": the meeting falls
        within the trip to B."""
        if draft.location is None or draft.type not in ("MeetingHeld", "VisitMade"):
            return None
        actors = {ref.id for ref, _ in draft.roles.values()}
        for other in drafts:
            if other.type != "VisitMade" or other is draft or other.when is None:
                continue
            if other.modality != draft.modality or not actors & {
                ref.id for ref, _ in other.roles.values()
            }:
                continue
            if any(draft.location.name in e.quote for e in other.evidence):
                return other
        return None

    def _recent(self, when: When) -> bool:
        if self.published is None or when.start is None or when.end is None:
            return False
        start, end = date.fromisoformat(when.start), date.fromisoformat(when.end)
        return (self.published - end).days <= 3 and (start - self.published).days <= 1

    def _default_when(self, draft: _Draft) -> When:
        if self.published is None:
            return When()
        if draft.modality in ("asserted", "reported", "negated"):
            return document_when(self.published)
        if draft.modality in ("planned", "hypothetical") and draft.type in _ANNOUNCED:
            # An undated pledge, plan or review order is dated when it is announced.
            return document_when(self.published)
        # Any other undated plan or expectation: not before the day it was reported.
        return pending_when(self.published)

    # -- output ------------------------------------------------------------------------------

    def _fact(self, draft: _Draft) -> ExtractedFact:
        fact_type = FACT_TYPES[draft.type]
        actors = tuple(
            ActorRef(ref.id, ref.name, role)
            for ref, role in sorted(
                draft.roles.values(),
                key=lambda item: (
                    fact_type.roles.index(item[1]) if item[1] in fact_type.roles else 99
                ),
            )
        )
        evidence = tuple(sorted(draft.evidence, key=lambda e: (e.start, e.end)))
        when = draft.when or When()
        extra = {k: v for k, v in draft.extra.items() if k not in ("or", "anaphor")}
        return ExtractedFact(
            type=draft.type,
            modality=draft.modality,
            actors=actors,
            when=when,
            evidence=evidence,
            rule=draft.rule,
            plover=fact_type.plover,
            cameo=fact_type.cameo,
            location=draft.location,
            quantities=tuple(draft.quantities),
            attribution=draft.attribution,
            summary=_summary(draft, actors),
            extra=extra,
        )


@dataclass(slots=True)
class _Context:
    sentence: Sentence
    text: str
    acts: list[_Act]
    read_times: list[TimeMention] | None  # None: not read yet (see times)
    quantities: list[QuantityMention] | None  # None: not read yet
    segments: list[tuple[int, int]]
    reports: list[_Report] | None  # None: not read yet
    quotes: list[tuple[int, int]]
    owners: dict[int, int]  # time mention index -> start of the trigger it belongs to
    verb_subjects: list[tuple[int, list[_Act]]] = field(default_factory=list)
    verb_starts: list[int] = field(default_factory=list)
    published: date | None = None

    @property
    def times(self) -> list[TimeMention]:
        """The sentence's time expressions, read on first use: it is pure, and the sentences
        whose triggers are all turned down early never need them."""
        if self.read_times is None:
            found = find_times(self.text, self.published)
            self.read_times = _with_periods(self.text, [t for t in found if t.end > t.start])
        return self.read_times


# --------------------------------------------------------------------------------------------
# Triggers, clauses and modality
# --------------------------------------------------------------------------------------------


_Match = tuple[_Rule, int, int, dict[str, str]]


def _match_triggers(text: str) -> list[_Match]:
    """Non-overlapping trigger matches: higher priority, then longer, then earlier wins."""
    return _choose(_raw_matches(text))


def _raw_matches(text: str) -> list[_Match]:
    found: list[_Match] = []
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lowercased
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # (rule index, position) where a rule can match (see _prefix_index), in rule order and
    # text order within a rule, as the rules' finditer scans would find them; -1: scan in full.
    candidates: list[tuple[int, int]] = []
    for index, literals in (*_unlisted_rules(), *_LOOSE_RULES):
        if literals is None or any(literal in lowered for literal in literals):
            candidates.append((index, -1))
    starts = [m.end() for m in _RULE_START.finditer(lowered)]
    if _RULE_AT_START.match(lowered):
        starts.insert(0, 0)
    for position in starts:
        for index in _window_rules(lowered[position : position + _PREFIX_LENGTH]):
            candidates.append((index, position))
    candidates.sort()
    resume = (-1, 0)  # (rule, position): where that rule's previous match ended
    for index, position in candidates:
        rule = _RULES[index]
        if position < 0:
            matches: Iterable[re.Match[str]] = rule.regex.finditer(lowered)
        elif resume[0] == index and position < resume[1]:
            continue  # inside the rule's previous match: finditer resumes after it
        else:
            match = rule.regex.match(lowered, position)
            if match is None:
                continue
            resume = (index, match.end())  # rules never match the empty string
            matches = (match,)
        for match in matches:
            start = match.start()
            if (
                rule.trigger.form == "verb"
                and rule.trigger.type
                and text[start].isupper()
                and _NAME_CONTEXT.search(text, max(0, start - 4), start)
            ):
                continue  # "the Daily Press": a capitalised verb mid-sentence is a name
            if rule.trigger.name_next and not _NAME_NEXT.match(text, match.end()):
                continue  # "support for Israel", not "support for engagement"
            groups = {k: v for k, v in match.groupdict().items() if v}
            found.append((rule, start, match.end(), groups))
    return found


def _share_out(raw: list[_Match], sentences: list[Sentence]) -> list[list[_Match]]:
    """Each sentence's matches (those inside it), offsets made relative to it, in the order of
    ``raw``. Sentences come in order without overlapping: a match's is found by bisection."""
    mine: list[list[_Match]] = [[] for _ in sentences]
    if any(a.end > b.start for a, b in pairwise(sentences)):  # not expected: ask each one
        for index, sentence in enumerate(sentences):
            mine[index] = [
                (rule, a - sentence.start, b - sentence.start, groups)
                for rule, a, b, groups in raw
                if sentence.start <= a and b <= sentence.end
            ]
        return mine
    starts = [sentence.start for sentence in sentences]
    for rule, a, b, groups in raw:
        index = bisect_right(starts, a) - 1
        if index >= 0 and b <= sentences[index].end:
            start = starts[index]
            mine[index].append((rule, a - start, b - start, groups))
    return mine


def _choose(found: list[_Match]) -> list[_Match]:
    found.sort(
        key=lambda m: (
            -m[0].trigger.priority - (5 if not m[0].trigger.type else 0),
            -(m[2] - m[1]),
            m[1],
        )
    )
    chosen: list[tuple[_Rule, int, int, dict[str, str]]] = []
    for item in found:
        if all(item[2] <= c[1] or item[1] >= c[2] for c in chosen):
            chosen.append(item)
    return sorted((c for c in chosen if c[0].trigger.type), key=lambda m: m[1])


def _with_periods(text: str, times: list[TimeMention]) -> list[TimeMention]:
    """Add named historical periods ("during World War II") as year ranges."""
    if _ANY_PERIOD.search(text) is None:
        return sorted(times, key=lambda t: t.start)
    added = list(times)
    for regex, first, last in _PERIODS:
        for match in regex.finditer(text):
            if any(t.start < match.end() and match.start() < t.end for t in added):
                continue
            when = When(
                edtf=f"{first:04d}/{last:04d}",
                best=f"{first:04d}-01-01",
                precision="year",
                sort_key=f"{first:04d}-01-01",
                expression=match.group(),
                derivation="explicit",
                start=f"{first:04d}-01-01",
                end=f"{last:04d}-12-31",
            )
            added.append(TimeMention(match.start(), match.end(), match.group(), when, "range"))
    return sorted(added, key=lambda t: t.start)


def _possessive_of_other(text: str, mention: TimeMention, start: int) -> bool:
    """Whether a time in the possessive ("yesterday's attack") dates a noun phrase that is
    neither the trigger nor the time of its clause ("at Monday's meeting")."""
    possessive = _POSSESSIVE.match(text, mention.end)
    if possessive is None:
        return False
    if start >= mention.start:
        return False  # "Monday's attack (that killed ...)": the trigger is in the noun phrase
    return _ADJUNCT_BEFORE.search(text, max(0, mention.start - 20), mention.start) is None


def _time_owners(times: list[TimeMention], drafts: list[_Draft]) -> dict[int, int]:
    """Each duration ("for a year") belongs to the nearest fact before it in its clause."""
    owners: dict[int, int] = {}
    for index, mention in enumerate(times):
        if mention.kind != "duration":
            continue
        best: tuple[int, int] | None = None
        for draft in drafts:
            start, end = draft.span
            if not draft.segment[0] <= mention.start < draft.segment[1] or mention.start < end:
                continue
            if best is None or mention.start - end < best[0]:
                best = (mention.start - end, start)
        if best is not None:
            owners[index] = best[1]
    return owners


@_per_document
def _lowered_search(
    lowered: re.Pattern[str], folding: re.Pattern[str], text: str
) -> re.Match[str] | None:
    """``folding.search(text)``, where ``lowered`` is the same pattern without IGNORECASE:
    on ASCII text it searches the lowered text (same offsets, several times faster)."""
    return lowered.search(text.lower()) if text.isascii() else folding.search(text)


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """The quotations of a sentence: its clauses, pronouns and triggers all ask. Callers must
    not change the list."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def _segments(text: str) -> list[tuple[int, int]]:
    cuts = {0, len(text)}
    if _INITIAL_SUBORDINATE.match(text):
        # "During the meeting of A, B and C on 3 May, 1999, X said": the opening phrase
        # ends at the first comma that does not continue a list or a date.
        for comma in _COMMA_SPACE.finditer(text):
            after = text[comma.end() :]
            if _LIST_OR_DATE_NEXT.match(after):
                continue
            cuts.add(comma.start() + 1)
            break
    quotes = _quote_spans(text)
    dashes: list[int] = []
    for match in _BREAK.finditer(text):
        if _inside(match.start(), quotes):
            continue
        cuts.add(match.start())
        if "—" in match.group() or "–" in match.group():
            dashes.append(match.start())
        opener = text[match.end() :]
        if _PARTICIPLE_START.match(opener):
            # ", marking 50 years since X, will feature": the participle clause ends at the
            # next comma when a verb follows it.
            closing = _AUX_AFTER_COMMA.search(text, match.end())
            if closing and "," not in text[match.end() : closing.start()]:
                cuts.add(closing.start())
        elif _RELATIVE_OPENER.match(text, match.start()):
            # "X, which holds the presidency, condemned Y": the relative clause ends where
            # the main clause's verb follows a comma.
            closing = _VERB_AFTER_COMMA.search(text, match.end())
            if closing and "," not in text[match.end() : closing.start()]:
                cuts.add(closing.start())
    for first, second in zip(dashes[::2], dashes[1::2], strict=False):
        # "U.S. forces—together with the United Kingdom—conducted strikes": a short aside
        # between two dashes leaves the clause around it whole.
        if _DASH_ASIDE.match(text, first) and not any(first < c < second for c in cuts):
            cuts -= {first, second}
    if ", with" in text:
        cuts -= {match.start(1) for match in _MET_ASIDE_WITH.finditer(text)}
    ordered = sorted(cuts)
    return [(a, b) for a, b in pairwise(ordered) if b > a]


def _segment_of(segments: list[tuple[int, int]], position: int) -> tuple[int, int]:
    for start, end in segments:
        if start <= position < end:
            return start, end
    return 0, segments[-1][1] if segments else position


def _modality(
    text: str, seg_start: int, seg_end: int, start: int, end: int, trigger: lexicon.Trigger
) -> tuple[str, bool]:
    if trigger.modality:
        return trigger.modality, True
    if trigger.type in _SPEECH and _PERFORMATIVE.search(text, max(0, start - 40), start):
        return "asserted", True  # "I want to thank X": the thanks are given as they are said
    own = text[start:end].lower()
    if own.startswith(("will ", "shall ", "ll ")):  # "ll ": "they’ll meet" (_WILL_CONTRACTED)
        return "planned", True
    if own.startswith("would "):
        return "hypothetical", True
    if own.startswith("to ") or text[:start].endswith("to "):
        # "will travel to Oslo to meet X": a purpose takes the modality of its clause. The
        # cues end in the infinitive's "to" ("refused to meet", "agreed to sign").
        before = text[seg_start:start] if own.startswith("to ") else text[seg_start : start - 3]
        head = _NEGATION_EXCEPTIONS.sub(" ", before.rstrip() + " to ")
        # "voted on a resolution to expel X": the vote happened; only the expulsion waits.
        head = _ENACTED_MEASURE.sub(" ", head)
        if _NOT_HESITATE.search(before):
            return "hypothetical", True  # "will not hesitate to impose ...": a threatened act
        if _NEGATION.search(
            _NEGATION_EXCEPTIONS.sub(" ", _window_of([*_WORD.findall(before), "to"], 4))
        ):
            return "negated", True
        if _PLANNED.search(head):
            return "planned", True
        if _EXPECTED.search(head):
            return "expected", True
        if _HYPOTHETICAL.search(head):
            return "hypothetical", True
        if seg_start == 0 and _HEADLINE_SUBJECT.fullmatch(before.strip()):
            first = before.split(maxsplit=1)[0].lower() if before.strip() else "to"
            if first not in _PREPOSITIONS:
                return "planned", True  # a headline's "France to impose sanctions on X"
        return "asserted", True
    if trigger.type in _SPEECH and trigger.form == "verb":
        # '"We will not accept this," X said': the quotation's words are what was said, not
        # cues of the saying
        closing = max(text.rfind("”", seg_start, start), text.rfind('"', seg_start, start))
        if closing >= 0:
            seg_start = closing + 1
    if _DENIED_BEFORE.search(text, max(seg_start, start - 100), start):
        return "negated", True  # "denied that its forces fired first": the act denied
    words = _WORD.findall(text[seg_start:start])  # (once for the windows of every size)
    window = _window_of(words, 8)
    near = _window_of(words, 5)
    cleaned = _NEGATION_EXCEPTIONS.sub(" ", window)
    if trigger.form == "noun":
        after = _after_noun(text, end)
        if _NOMINAL_NEGATED.match(after):
            return "negated", True
        if _NEGATION.search(cleaned):
            return "negated", True
        attached = _window_of(words, 3) + " " + text[end : end + 30]
        aux_cue = _aux_modality(after)
        if aux_cue:
            return aux_cue, True
        if _NOMINAL_EXPECTED.search(attached):
            return "expected", True
        if _NOMINAL_PLANNED.search(attached) or _PLANNED.search(near):
            return "planned", True
        if _EXPECTED.search(near):
            return "expected", True
        if _NOMINAL_HYPOTHETICAL.search(attached) or _HYPOTHETICAL.search(window):
            return "hypothetical", True
        if _ASSERTING_VERB.search(text[seg_start:start]):
            return "asserted", True
        if _COORDINATED_PLAN.search(text, max(0, start - 160), start):
            return "planned", True
        return "asserted", False
    # ("... are not displaced and underscored X": a negation before a coordinated verb
    # belongs to the clause it ends)
    if _NEGATION.search(cleaned) and not _AND_VERB.search(text, seg_start, start):
        return "negated", True
    if _EXPECTED.search(near):
        return "expected", True
    if _PLANNED.search(near) or _BACKSHIFTED.search(text, seg_start, start):
        return "planned", True
    if _HYPOTHETICAL.search(near):
        return "hypothetical", True
    if _COORDINATED_PLAN.search(text, max(0, start - 160), start):
        return "planned", True
    return "asserted", True


def _aux_modality(after: str) -> str:
    """The verb group that follows a nominal subject: "the summit ... will open"."""
    match = _ANY_AUX.search(after)
    if match is None or len(after[: match.start()].split()) > 8:
        return ""
    group = after[match.start() : match.start() + 40]
    if (
        _NEGATION.match(group.split(" ", 1)[-1])
        or _WORD_NOT.match(group)
        or _CONTRACTED_NOT.match(group)  # "the summit won’t take place"
    ):
        return "negated"
    if _EXPECTED_AUX.match(group):
        return "expected"
    if _PLANNED_AUX.match(group):
        return "planned"
    if _HYPOTHETICAL_AUX.match(group):
        return "hypothetical"
    return ""


def _after_noun(text: str, end: int) -> str:
    rest = text[end:]
    rest = _PARENTHETICAL.sub(" ", rest, count=1)
    return rest.strip(" ,")


def _window_of(found: list[str], words: int) -> str:
    """The last ``words`` of ``found`` (the words before a position), cut after the last
    clause word among them."""
    tokens = found[-words:]
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index].lower() in _BLOCK_WINDOW:
            tokens = tokens[index:]  # the conjunction itself may be the cue ("if")
            break
    return " ".join(tokens)


# --------------------------------------------------------------------------------------------
# Actor roles
# --------------------------------------------------------------------------------------------


def _list_item_of(text: str, start: int) -> int:
    """Where the "including" (or "such as") list that the word at ``start`` belongs to
    starts ("new measures, including sanctions and visa bans"); -1 if it is in none."""
    found = None
    for marker in _INCLUDING.finditer(text, max(0, start - 120), start):
        found = marker
    if found is None or not _LIST_SO_FAR.fullmatch(text, found.end(), start):
        return -1
    return found.start()


def _backed_group(text: str, act: _Act) -> _Act:
    """ "Iran-backed militias": the militias, an organisation of their own (derived id),
    instead of the country that backs them."""
    if act.kind != "country" or act.pronoun or act.possessive:
        return act
    found = _BACKED_GROUP.match(text, act.end)
    if found is None:
        return act
    name = text[act.head : found.end()]
    ref = _Ref("x:" + _slug(name), name, "organisation", "")
    return _Act(act.start, found.end(), act.head, (ref,), "organisation", via="derived")


def _drop_nested(acts: list[_Act]) -> list[_Act]:
    kept: list[_Act] = []
    for act in acts:
        if kept and act.start < kept[-1].end:
            continue
        kept.append(act)
    return kept


def _only_titles(between: str) -> bool:
    words = _WORD_OR_MARK.findall(between)
    if len(words) > 8:
        return False
    for word in words:
        lower = word.lower()
        if lower in ("'s", "’s", "’", "'", ",", "(", ")"):
            continue
        if lower.rstrip(".") in _TITLE_WORDS or lower in _TITLE_WORDS:
            continue
        if word[:1].isupper():
            continue
        return False
    return True


def _word_before(regex: re.Pattern[str], text: str, position: int) -> tuple[int, str] | None:
    """The word ending where the spaces before ``position`` start, within 60 characters:
    (its start, the word)."""
    match = regex.match(text[max(0, position - 60) : position][::-1])
    if match is None:
        return None
    return position - match.end(1), match.group(1)[::-1]


def _np_start(text: str, start: int) -> int:
    """Extend a mention back over titles and capitalised words: "Brazilian President Doe"."""
    position = start
    while True:
        found = _word_before(_LAST_WORD, text, position)
        if found is None:
            return position
        word_start, word = found
        if word in _CAPITAL_FUNCTION or word.lower() in _CALENDAR:
            return position
        if word.lower() in _PREPOSITIONS and not word[:1].isupper():
            return position
        if word[:1].isupper() or word.lower().rstrip(".") in _TITLE_WORDS:
            position = word_start
            continue
        return position


@_per_document
def _preposition_before(text: str, start: int) -> str | None:
    found = _word_before(_LAST_WORD_PLAIN, text, start)
    if found is not None and found[1].lower() in _QUANTIFIERS:
        # "including all Americans", "with many Europeans": the preposition before the word
        found = _word_before(_LAST_WORD_PLAIN, text, found[0]) or found
    if found is None:
        return None
    word = found[1]
    lower = word.lower()
    if lower in _PREPOSITIONS and (not word[:1].isupper() or word in _CAPITAL_FUNCTION):
        return lower
    if lower == "as" and not word[:1].isupper():
        if _SUCH_AS_END.search(text[max(0, start - 12) : start]):
            return None  # "allies such as Germany": examples of the object, no preposition
        return "as"
    return None


def _is_location(text: str, act: _Act) -> bool:
    if act.kind not in ("city", "country", "organisation") or act.pronoun:
        return False
    preposition = _preposition_before(text, act.start)
    if preposition not in _LOCATIVE:
        return False
    if act.kind == "organisation":
        # "at the Kremlin" is a place; "in NATO" is membership, not a place.
        return preposition == "at"
    return True


_COORDINATION = _compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|,?\s*as well as\s+)")


def _runs(text: str, acts: list[_Act]) -> list[list[_Act]]:
    """Group coordinated actors: "Norway, Sweden and Finland" is one run."""
    runs: list[list[_Act]] = []
    for act in acts:
        if runs and _COORDINATION.fullmatch(text[runs[-1][-1].end : act.start]):
            runs[-1].append(act)
        else:
            runs.append([act])
    return runs


def _free(text: str, run: list[_Act]) -> bool:
    """A run that can be a subject: not governed by a preposition, not a possessive."""
    if run[-1].possessive and not run[-1].pronoun:
        return False
    preposition = _preposition_before(text, run[0].start)
    if preposition == "for" and _SPOKESPERSON_FOR_END.search(_tail(text, run[0].start)):
        return True  # "the spokesperson for the Dutch government said"
    if preposition == "of":
        # "Leaders of the Arab League met": the actor stands for its leaders.
        return _LEADERS_OF_END.search(_tail(text, run[0].start)) is not None
    if preposition == "from":
        # "Delegations from Russia and Ukraine will meet": those sent stand for their senders.
        return _SENT_FROM_END.search(_tail(text, run[0].start)) is not None
    if preposition == "including":
        # "Several countries, including A and B, condemned": the examples of a plural
        # subject that opens the sentence (or follows an opening phrase) act for it.
        return _INCLUDING_SUBJECT.search(text, 0, run[0].start) is not None
    return preposition is None


# "X condemned the new sanctions": who reacts to a measure did not take it.
_REACTION = _compile(
    r"\b(?:condemn|denounc|critici[sz]|reject|slamm?|decr[iy]|protest|welcom|prais|hail|"
    r"oppos|deplor|lament|regrett?|question|challeng|appeal|complain)\w*",
    re.IGNORECASE,
)
_OFFICE_WORDS = (_TITLE_WORDS | _HEAD_NOUNS | frozenset(lexicon.OFFICE_WORDS.split())) - {
    "the",
    "a",
    "an",
    "of",
    "his",
    "her",
    "their",
    "its",
}


def _office_of(text: str, run: list[_Act], verb: int) -> bool:
    """ "Iran's foreign minister met", "China's commerce ministry said": a possessive
    country or organisation followed only by an office names the subject of the verb."""
    head = run[-1]
    if not head.possessive or head.pronoun or head.kind not in ("country", "organisation"):
        return False
    words = _WORD.findall(text[head.end : verb])
    if words and words[0] in ("'s", "’s", "s"):
        words = words[1:]
    if not words:
        # "Russia's ambassador was summoned": the trigger itself starts with the office.
        first = _WORD.match(text, verb)
        return first is not None and first.group().lower() in _OFFICE_WORDS
    count = 0
    while count < len(words) and words[count].lower() in _OFFICE_WORDS:
        count += 1
    if count == 0 or count > 5:
        return False
    return all(w.lower() in _GAP_WORDS or w.lower().endswith("ly") for w in words[count:])


def _subject_run(text: str, left: list[_Act], verb: int = -1) -> list[_Act]:
    """The nearest actors before a verb that are not a prepositional object ("A and B met")."""
    run = _nearest_subject_run(text, left, verb)
    if run and run[0] in left:
        index = left.index(run[0])
        if index > 0:
            first = left[index - 1]
            if _BOTH_BEFORE.search(text, max(0, first.start - 6), first.head + 1) and (
                _BOTH_GLUE.fullmatch(text, first.end, run[0].start)
            ):
                # "Both he and the county's commissioner X urged": "both" pairs the two.
                return [first, *run]
    return run


def _nearest_subject_run(text: str, left: list[_Act], verb: int = -1) -> list[_Act]:
    runs = _runs(text, left)
    if runs and verb >= 0 and _office_of(text, runs[-1], verb):
        preposition = _preposition_before(text, runs[-1][0].start)
        if preposition is None:
            return runs[-1]
    for index in range(len(runs) - 1, -1, -1):
        run = runs[index]
        if (
            index == len(runs) - 1
            and len(run) > 1
            and _BARE_COMMA.fullmatch(text[run[-2].end : run[-1].start])
            and _free(text, run[-1:])
        ):
            # "Russia could face sanctions if it attacks Ukraine, Blinken warned": a list
            # has "and" before its last member; a bare comma ends the clause before.
            return run[-1:]
        if (
            len(run) > 1
            and "," in text[run[0].end : run[1].start]
            and _ACCORDING_END.search(_tail(text, run[0].start))
        ):
            return run[1:]  # "According to the Kremlin, Putin and Xi discussed ..."
        if not _free(text, run) and not _in_apposition(text, runs, index):
            continue
        if index > 0 and _in_apposition(text, runs, index):
            # "Jane Doe, deputy director of the Dutch Energy Forum, said": the person.
            return runs[index - 1]
        if _free(text, run):
            return run
    return []


def _as_clause_subject(ctx: _Context, left: list[_Act], verb: int) -> list[_Act]:
    """ "... as Russia continues its attacks": "as" opens a clause here, not a prepositional
    phrase ("served as envoy"), when the names after it lead straight to the verb."""
    runs = _runs(ctx.text, left)
    if not runs or runs[-1][-1].possessive:
        return []
    run = runs[-1]
    if _preposition_before(ctx.text, run[0].start) != "as" or not _subject_gap(ctx, run, verb):
        return []
    return run


def _in_apposition(text: str, runs: list[list[_Act]], index: int) -> bool:
    if index == 0:
        return False
    between = text[runs[index - 1][-1].end : runs[index][0].start]
    return (
        bool(_APPOSITION_GAP.fullmatch(between) or _COMMA_THE.fullmatch(between))
        and runs[index - 1][0].kind == "person"
    )


def _subject_gap(ctx: _Context, run: list[_Act], verb: int, coordinated: bool = False) -> bool:
    """Whether the words between a subject and its verb leave it the verb's subject."""
    text = ctx.text
    gap = list(text[run[-1].end : verb])
    for mention in ctx.times:  # "X on Friday banned", "Y yesterday said"
        begin = mention.start
        lead = _TIME_LEAD.search(text, run[-1].end, mention.start)
        if lead is not None:
            begin = lead.start()  # "X had not, as of yesterday, announced"
        for index in range(max(begin, run[-1].end), min(mention.end, verb)):
            gap[index - run[-1].end] = " "
    # "X, the main opposition force, said", "the ruling party in Cyprus said": an
    # appositive description or the subject's place does not interrupt it.
    joined = _GAP_APPOSITIVE.sub(" ", "".join(gap), count=1)
    # "U.S. forces—together with the United Kingdom—conducted": a dashed aside neither.
    joined = _DASH_ASIDE.sub(" ", joined)
    tokens = _WORD_OR_MARK.findall(_CONTROL_PHRASE.sub(" ", joined))
    # "the Canadian Department of Health announced": the name goes on.
    while tokens and (
        tokens[0][:1].isupper()
        or (
            tokens[0] in ("of", "the", "for", "and") and len(tokens) > 1 and tokens[1][:1].isupper()
        )
    ):
        tokens = tokens[1:]
    lowered = [t.lower() for t in tokens]
    if coordinated and run[-1].demonym and (not lowered or lowered[0] not in _HEAD_NOUNS):
        return False  # "Norwegian oil can reach markets and expressed": "Norwegian" is no subject
    if coordinated and "and" in lowered:
        # "X made a complaint over the fence and has threatened": a coordinated verb.
        last = len(lowered) - 1 - lowered[::-1].index("and")
        # ("X reviewed the report on Monday, and condemned Y": a comma may close the first
        # verb phrase; but "... led by X, and emphasized": X is not its subject.)
        closing = last - 1 if last > 1 and tokens[last - 1] == "," else last
        if any(t in (",", ";", ":") for t in tokens[:closing]):
            return False
        if closing < last and not _OPENS_CLAUSE.fullmatch(
            text, _segment_of(ctx.segments, run[0].start)[0], run[0].start
        ):
            return False  # (only the clause's own subject reaches past the comma)
        tokens, lowered = tokens[last + 1 :], lowered[last + 1 :]
    if len(tokens) > 10:
        return False
    head = run[-1]
    skip_heads = head.demonym or head.possessive or head.kind in ("country", "organisation")
    if head.demonym and not coordinated:
        # "a Danish diesel-powered trawler entered": the adjective's noun phrase.
        count = 0
        while (
            count < len(tokens)
            and count < 3
            and tokens[count][:1].islower()
            and lowered[count] not in _GAP_WORDS
            and lowered[count] not in ("and", "or", "but")
        ):
            count += 1
        tokens, lowered = tokens[count:], lowered[count:]
    for index, (token, lower) in enumerate(zip(tokens, lowered, strict=True)):
        if lower in _GAP_WORDS or lower.endswith("ly") or token in (",", "(", ")", "’s", "'s"):
            continue
        if token.isupper() and len(token) > 1:
            continue  # an acronym: "Arab League (AL) member states"
        if (
            skip_heads
            and index < 4
            and (
                lower in _HEAD_NOUNS
                or (lower in ("and", "senior", "top") and index > 0)
                # "Iran's supreme leader", "the UN chief", "the EU's foreign policy chief"
                or (lower in _OFFICE_WORDS and (head.possessive or not head.demonym))
            )
        ):
            continue  # "Our experts and senior officials will meet"
        return False
    return True


def _forces_moved(text: str, start: int, end: int, act: _Act) -> bool:
    """ "the deployment of Russian forces", "the intrusion of Chinese warships": the forces a
    movement noun moves are the actor's, whose country acts (not "the shelling of Ukrainian
    positions" or "the killing of Russian soldiers", where they are hit)."""
    return bool(_MOVEMENT_NOUN.search(text, start, end)) and bool(_FORCE_NOUN.match(text, act.end))


def _first_subject(text: str, acts: list[_Act]) -> list[_Act]:
    """The clause's subject: its first actors that are not in a prepositional phrase."""
    for run in _runs(text, acts):
        if _free(text, run):
            return run
    return []


def _nominal_left(text: str, left: list[_Act], start: int) -> list[_Act]:
    """Actors that qualify a nominalisation: "Franco-German talks", "Norway's gas exports",
    "their meeting", or the subject of the verb that governs it ("X imposed sanctions")."""
    if not left:
        return []
    last = left[-1]
    between = text[last.end : start]
    words = [w for w in _WORD.findall(between) if w not in ("'s", "’s", "s")]
    plain = (
        not _CLAUSE_MARK.search(between)
        and not any(w.lower() in _PREPOSITIONS for w in words)
        and not _REACTION.search(between)
    )
    if plain and len(words) <= 2:
        return _coordinated(text, left)  # "a French military parade", "EU sanctions"
    if plain and len(words) <= 5 and (last.possessive or last.pronoun in ("their", "his", "her")):
        return _coordinated(text, left)  # "Norway's planned gas exports", "their meeting"
    run = _subject_run(text, left)
    if run:
        between = text[run[-1].end : start]
        words = _WORD.findall(between)
        prepositions = [
            w
            for i, w in enumerate(words)
            if w.lower() in _PREPOSITIONS
            and not (
                w.lower() == "to"
                and i + 1 < len(words)
                and words[i + 1].lower() not in ("the", "a", "an", "its", "their")
            )
        ]
        if (
            len(words) <= 7
            and not _CLAUSE_PUNCT.search(between)
            and (not prepositions or prepositions == ["of"])
            and not _REACTION.search(between)
        ):
            return run  # "X launched one of the largest drone attacks"
    return []


def _coordinated(text: str, left: list[_Act]) -> list[_Act]:
    run = [left[-1]]
    cursor = len(left) - 1
    while cursor > 0:
        previous = left[cursor - 1]
        between = text[previous.end : run[0].start]
        if _PAIR_GLUE.fullmatch(between):
            run.insert(0, previous)
            cursor -= 1
            continue
        break
    return run


# Patterns the helpers use, compiled once (an inline re.search looks its pattern up each call).
_EXPECTED_AUX = re.compile(
    r"(?:is|are|was|were)\s+(?:expected|anticipated|projected|likely|forecast)"
)
_PLANNED_AUX = re.compile(r"(?:will|shall|(?:is|are)\s+(?:set|scheduled|due|slated|planned|to)\b)")
_HYPOTHETICAL_AUX = re.compile(r"(?:would|could|may|might)\b")
_WORD_OR_MARK = re.compile(r"[\w’'.-]+|[^\s\w]")
_LETTERS = re.compile(r"[a-z]+")
_HYPHEN_OR_SPACE = re.compile(r"[- ]")
_NAME_AFTER = re.compile(r"\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s*){1,5})")
_NAME_BEFORE_END = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+(?:on\s+\w+\s+)?$")
_COMMA_SPACE = re.compile(r",\s+")
_WORD_NOT = re.compile(r"\w+\s+not\b")
_CONTRACTED_NOT = re.compile(r"\w+n[’']t\b")
_SUCH_AS_END = re.compile(r"\bsuch\s+as\s*$")
_SPOKESPERSON_FOR_END = re.compile(
    r"\b(?:spokesperson|spokesman|spokeswoman|minister|secretary|envoy|representative|"
    r"commissioner)\s+for\s+$",
    re.IGNORECASE,
)
_PAIR_GLUE = re.compile(r"(?:['’]s)?\s*(?:,\s*(?:and\s+)?|and\s+|-|–|/)\s*")
_PLURAL_PARTIES = re.compile(r"nations|countries|sides")
_IN_OR_AT = re.compile(r"(?:In|At)\s")
_LIST_OR_DATE_NEXT = re.compile(
    r"\d|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s*(?:,|and\b|or\b)"
)
_SAYS_AFTER = _compile(rf"\s+(?:{lexicon.REPORT_VERBS})\b", re.IGNORECASE)
_BARE_COMMA = re.compile(r"\s*,\s*")
_ACCORDING_END = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?$")
_SENT_FROM_END = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+)(?:[Tt]he\s+)?(?:(?:top|senior|high-level)\s+)?"
    r"(?i:delegations?|negotiators|envoys|representatives|officials|diplomats|ministers|"
    r"leaders)\s+from\s+(?:the\s+)?$"
)
_LEADERS_OF_END = re.compile(
    r"(?:\b(?i:leaders|heads|representatives|delegations?|officials|"
    r"ministers|envoys|members|governments?|parliament|ministry|"
    r"people|forces|troops|authorities)|\b[A-Z][\w’'-]+)\s+of\s+$"
)
_CLAUSE_MARK = re.compile(r"[,;:()]")
_LONG_WORD = re.compile(r"\b[a-z]{5,}\b")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_CLAUSE_PUNCT = re.compile(r"[,;:]")
_DASH_END = re.compile(r"[—–]\s*$")
_ING_WORD = re.compile(r"\w+ing\b")
_AND_SPACE = re.compile(r"and\s")
_COMMA_AND = re.compile(r",\s+and\s")
_INCLUDING_SUBJECT = re.compile(
    r"(?:^|,\s+)[\s\"“]*(?:(?:[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Ff]ew|[Aa]\s+number\s+of|"
    r"[Aa]\s+few|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[A-Z][\w’'-]*|\d+)\s+){0,3}"
    r"[a-z-]+s,?\s+including\s+$"
)
# "wrote to the embassy asking", "sent a letter to X urging": a request made in writing.
_LETTER_TO = re.compile(
    r"\b(?:wrote|writes|written|sent|sends|addressed|addresses)\s+(?:(?:a|an|the|his|her|their|"
    r"its)\s+(?:[\w-]+\s+){0,2}?(?:letter|message|note|appeal|request)\s+)?to\s+"
    r"(?P<to>[^,;:.“”\"]{1,100}?)\s*,?\s*$"
)
_BOTH_BEFORE = re.compile(r"\b[Bb]oth\s+(?:the\s+)?\S")
_BOTH_GLUE = re.compile(r"\s+and\s+[^,;:.()\"“”]{0,80}")
_CARRIED_OUT = re.compile(
    r"\s+(?:was|were|has been|have been|had been|is being|are being)\s+(?:\w+ly\s+)?"
    r"(?:sent|delivered|provided|given|granted|pledged|donated|shipped|dispatched|airlifted|"
    r"allocated|disbursed|extended|offered|launched|carried out|conducted|fired|mounted)\b"
)
_POSSESSIVE_GAP = re.compile(r"(?:['’]s?)?\s+")
# A headline's subject before "to": names only ("France and Germany to sign a pact").
_HEADLINE_SUBJECT = re.compile(r"[A-Z][\w’'.-]*(?:,?\s+(?:(?:and|of|the)\s+)*[A-Z][\w’'.-]*)*")
_TRAILING_FUNCTION_WORDS = re.compile(r"(?:\s+(?:of|the|de|del|do|da|for|and))+$")
_FOUR_DIGITS = re.compile(r"\d{4}")
_DETERMINER_END = re.compile(r"\b(?:the|its|their|a)\s+$", re.IGNORECASE)
_APPOSITION_GAP = re.compile(r",\s+(?:[\w’'.-]+\s+){0,6}?(?:of|at|for|to)\s+(?:the\s+)?")
_COMMA_THE = re.compile(r",\s+(?:the\s+)?")
_DURATION_LEAD = re.compile(r"(?:for|over|during)\b", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(r"(?:the|this|that|these|those)\s", re.IGNORECASE)
_LAST_WORD_END = re.compile(r"\w+\s*$")
# (compiled once: _objects and _participants run for every trigger)
# Nouns of armed forces moving somewhere, and the forces (or their craft) they move.
_MOVEMENT_NOUN = re.compile(
    r"\b(?:deployments?|deploying|incursions?|intrusions?|entry|dispatch(?:ing)?|sending|"
    r"presence|advance|build-?up|movements?|arrival)\b",
    re.IGNORECASE,
)
_FORCE_NOUN = re.compile(
    r"(?:[\s-]+(?:armed|military|naval|air|ground|special|combat|coast guard|fighter|"
    r"surveillance|spy|reconnaissance|attack))*\s+(?:forces|troops|soldiers|units|"
    r"warships|ships|vessels|submarines|drones|jets|warplanes|aircraft|planes|bombers|"
    r"helicopters|tanks|artillery|navy|army|military|militias?|fighters|marines|"
    r"paratroopers|battalions|brigades|divisions|contingents?|boats)\b",
    re.IGNORECASE,
)
_SUBJECT_OPENING = re.compile(
    r"[\s,;:\"“]*(?:According to (?:[\w-]+\s+){1,4}?|As\s+)?(?:(?:the|a|an|both|and)\s+)*"
)
_COMMA_ONLY = re.compile(r",\s*")
_AND_BEFORE = re.compile(r"\band\s+(?:\w+ly\s+)?$")
_TO_BEFORE = re.compile(r"\bto\s+$")
_QUOTE_BEFORE = re.compile(r"[\"”],?\s*$")
_OBJECT_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:the\s+)?")
_OBJECT_CLAUSE = re.compile(
    r"[;:]|\b(?:that|which|who|because|while|if|after|before|when|until|"
    r"although|though|even)\b"
)
_OBJECT_VERB_PHRASE = re.compile(r"\band\s+(?!the\b|a\b|an\b|its\b|their\b|other\b|with\b)[a-z]")
_NOMINAL_ATTACHED = re.compile(
    r"\s*(?:on|against|to|for|with)\s+(?:(?:[\w,.+-]+\s+){0,4}?of|(?:over |more than |"
    rf"at least )?(?:\d[\d,]*|{lexicon.NUMBER_WORDS}|several|many|dozens of|other))\s+"
    # "revoked the visas of 25 officials": the persons counted
    r"|\s*of\s+(?:over |more than |at least |some |about )?(?:\d[\d,]*|"
    rf"{lexicon.NUMBER_WORDS}|several|dozens of)\s+"
    r"|\s*(?:on|against|to|for|with)\s+(?:(?:[\w,.+-]+\s+){0,4}?of|(?:over |more than |"
    rf"at least )?(?:\d[\d,]*|{lexicon.NUMBER_WORDS}|several|many|dozens of|other))\s+"
    # "export controls on chips to China": the goods, then whom the measure is aimed at
    r"|\s*on\s+(?:[a-z][\w-]*\s+){1,4}?(?:to|against)\s+(?:the\s+)?"
)
_FOR_TALKS = _compile(
    r"\bfor (?:(?:bilateral|official|formal|closed-door|in-depth|wide-ranging|high-level|"
    r"further|more) )*(?:talks|a meeting|meetings|discussions|consultations|negotiations|"
    r"a (?:bilateral |working )?(?:meeting|lunch|dinner|breakfast|summit))\b",
    re.IGNORECASE,
)
_THAT_AFTER = re.compile(r",?\s+that\s+")
_WITH_AFTER = re.compile(r"\s+with\s+")


def _objects(
    text: str,
    right: list[_Act],
    end: int,
    seg_end: int,
    trigger: lexicon.Trigger,
    places: Sequence[_Act] = (),
) -> list[tuple[_Act, str]]:
    """Actors after the trigger: its direct object and the prepositional phrases that chain
    from it ("met X in Y", "shipments to X", "sanctions on X and Y"); places ("at the White
    House") are stepped over."""
    found: list[tuple[_Act, str]] = []
    cursor = end
    if trigger.form == "noun":
        # "Aid was sent to X by Y", "Strikes were launched on X": the passive verb that
        # carries the event out leaves its phrases attached to the noun.
        carried = _CARRIED_OUT.match(text, end)
        if carried is not None:
            cursor = carried.end()
    place_ids = {id(p) for p in places}
    for act in sorted([*right, *(p for p in places if p.head >= end)], key=lambda a: a.start):
        if act.head >= seg_end:
            break
        between = text[cursor : act.start]
        words = _WORD.findall(between)
        preposition = _preposition_before(text, act.start) or ""
        if found and _OBJECT_JOIN.fullmatch(between):
            if _SAYS_AFTER.match(text, act.end):
                break  # "if it attacks Ukraine, Blinken warned": the speaker, not an object
            found.append((act, found[-1][1]))
            cursor = act.end
            continue
        limit = 4 if not found else 3
        if trigger.form == "noun":
            limit = 2
        if _OBJECT_CLAUSE.search(between):
            break
        if _OBJECT_VERB_PHRASE.search(between):
            break  # "met X ... and reinforce EU ties": another verb phrase
        if _INFINITIVE.search(between):
            break  # "met X to discuss the Franco-German relationship": a purpose, not a party
        is_place = preposition in _LOCATIVE or id(act) in place_ids
        if (
            trigger.form == "noun"
            and not found
            and not is_place
            and (not preposition or len(words) > 1)
        ):
            if not _NOMINAL_ATTACHED.fullmatch(between):
                break  # a nominal's actors attach directly: "talks with X", "sanctions on X"
            preposition = between.split()[0]  # "visa bans on 40 members of X"
        elif len(words) > limit + (1 if preposition else 0) and not (
            preposition == "with" and _ADVERBIALS_THEN_WITH.fullmatch(between)
        ):
            break  # (but "spoke by phone on Monday, March 11, with X": only a time between)
        if is_place:
            cursor = act.end
            continue
        found.append((act, preposition))
        cursor = act.end
    return found


def _covered(mine: Sequence[_Ref], theirs: Sequence[_Ref]) -> bool:
    """Every actor of ``mine`` is one of ``theirs`` or the country of one of them."""
    for ref in mine:
        if not any(
            ref.id == other.id
            or (ref.kind == "country" and other.kind == "person" and other.country == ref.id)
            or (other.kind == "country" and ref.kind == "person" and ref.country == other.id)
            for other in theirs
        ):
            return False
    return True


def _two_remarks(draft: _Draft, other: _Draft) -> bool:
    """Whether two speech acts of one sentence with different verbs are two facts: demands
    and statements in separate clauses; praise, criticism or threats when their targets
    differ (in separate clauses) or do not overlap at all."""
    mine, theirs = _role_ids(draft, "target"), _role_ids(other, "target")
    apart = (
        draft.segment != other.segment
        or draft.evidence[0].start >= other.evidence[-1].end
        or other.evidence[0].start >= draft.evidence[-1].end
    )
    if draft.type in ("DemandMade", "StatementMade"):
        return apart
    if mine != theirs and apart:
        return True
    return bool(mine and theirs and not mine & theirs)


def _role_ids(draft: _Draft, role: str) -> set[str]:
    return {ref.id for ref, held in draft.roles.values() if held == role}


def _polarity(modality: str) -> str:
    return modality if modality in ("negated", "historical", "hypothetical") else "positive"


def _fold(target: _Draft, draft: _Draft) -> None:
    """Merge a later mention into the fact it repeats."""
    index = target.evidence_index
    if index is None or index[0] is not target.evidence:
        index = target.evidence_index = (
            target.evidence,
            {(e.start, e.end) for e in target.evidence},
        )
    spans = index[1]
    for e in draft.evidence:  # (in one document, a span is the whole evidence item)
        if (e.start, e.end) not in spans:
            spans.add((e.start, e.end))
            target.evidence.append(e)
    target.topic |= draft.topic
    if "deadline" in draft.extra:  # "must leave by Friday, X demanded": one demand, one deadline
        target.extra.setdefault("deadline", draft.extra["deadline"])
    # States the first mention named as parties ("the delegations of A, B and C met") stay;
    # states a later mention adds beside their leaders ("A and B also discussed") do not.
    states_met = sum(ref.kind == "country" for ref, _ in target.roles.values()) >= 2
    for key, (ref, role) in draft.roles.items():
        current = target.roles.get(key)
        if current is None or _ROLE_RANK.get(current[1], 0) > _ROLE_RANK.get(role, 0):
            target.roles[key] = (ref, role)
    # A country and its person in one fact: keep the person.
    people_countries = {ref.country for ref, _ in target.roles.values() if ref.kind == "person"}
    if target.type == "MeetingHeld" and states_met:
        people_countries = set()
    for key in [
        k
        for k, (ref, _) in target.roles.items()
        if ref.kind == "country" and ref.id in people_countries
    ]:
        del target.roles[key]
    # The first mention that states a modality decides it; a later plain statement of
    # fact ("met") still beats an earlier hedge ("might meet").
    if draft.strong and (
        not target.strong
        or (draft.modality == "asserted" and target.modality in ("hypothetical", "expected"))
    ):
        target.modality, target.strong = draft.modality, True
        if draft.attribution is not None:
            target.attribution = draft.attribution
    if target.attribution is None and target.modality == "reported":
        target.attribution = draft.attribution
    if draft.location is not None and draft.location_rank < target.location_rank:
        if target.location is not None and "venue" not in target.extra:
            target.extra["venue"] = target.location.name
        target.location, target.location_rank = draft.location, draft.location_rank
    elif draft.location is not None and "venue" not in target.extra and draft.location_rank:
        target.extra["venue"] = draft.location.name
    if draft.time is not None and (
        target.time is None or _precision(draft.time) < _precision(target.time)
    ):
        target.time = draft.time
    if target.anchor is None:
        target.anchor = draft.anchor
    if target.duration is None:
        target.duration = draft.duration
    if target.host is None:
        target.host = draft.host
    if target.history_year is None:
        target.history_year = draft.history_year
    seen = {(q.value, q.unit) for q in target.quantities}
    target.quantities.extend(q for q in draft.quantities if (q.value, q.unit) not in seen)
    for key, value in draft.extra.items():
        target.extra.setdefault(key, value)
    if target.anaphor and not draft.anaphor:
        target.anaphor = False
        target.rule = draft.rule


def _talks_of_hosts(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """ "X hosted (welcomed, received) Y for talks": besides the visit, the talks are a
    meeting of the host and the visitor."""
    found: list[_Draft] = []
    for draft in drafts:
        if draft.type != "VisitMade" or draft.rule not in ("visit.host", "visit.welcome"):
            continue
        if _FOR_TALKS.search(ctx.text, draft.span[1], draft.segment[1]) is None:
            continue
        if any(d.type == "MeetingHeld" and d.segment == draft.segment for d in drafts):
            continue
        found.append(
            replace(
                draft,
                type="MeetingHeld",
                rule="meeting.hosted-for-talks",
                roles=dict(draft.roles),
                evidence=list(draft.evidence),
                quantities=list(draft.quantities),
                extra={k: v for k, v in draft.extra.items() if k != "or"},
            )
        )
    return found


def _drop_announcements(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """ "X announced new sanctions": the announcement is the sanctions, not a statement."""
    kept: list[_Draft] = []
    for draft in drafts:
        if draft.type == "StatementMade" and _ANNOUNCE.match(draft.text):
            # "announcing that, working with Congress, X plans to ...": the that-clause
            # runs on past its commas
            that = _THAT_NEXT.match(text, draft.span[1]) is not None
            following = [
                d
                for d in drafts
                if d.type != "StatementMade"
                and (d.segment == draft.segment or that)
                and d.span[0] - draft.span[1] >= 0
                and len(_WORD.findall(text[draft.span[1] : d.span[0]])) <= (12 if that else 8)
            ]
            if following:
                continue
        kept.append(draft)
    return kept


def _drop_vehicles(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """ "X underscored support for replenishing Y's reserves", "X commented on the decree,
    calling it illegal": the statement verb only carries the fact that follows it (aid,
    criticism, cooperation ...), and that fact is what is recorded. So is a participle
    comment ("..., underscoring the commitment to ...") on a fact stated before it."""
    kept: list[_Draft] = []
    for draft in drafts:
        quote = _QUOTE.search(text, draft.span[1])
        if (
            draft.type == "StatementMade"
            and draft.rule != "statement.delivered"
            and (
                quote is None or len(_WORD.findall(quote.group())) < 8  # a quote is its own content
            )
        ):
            speakers = {
                key
                for ref, role in draft.roles.values()
                if role == "speaker"
                for key in (ref.id, ref.country)
                if key
            }
            later = [d for d in drafts if d.span[0] >= draft.span[1]]
            next_verb = min(
                (d.span[0] for d in later if d.type == "StatementMade"), default=len(text)
            )
            carried = any(
                d.type in _CARRIED
                # A sanction is carried as an act ("informed Congress of his intent to
                # rescind ..."), not as a noun spoken about ("told reporters that the
                # sanctions were counterproductive": a remark on them).
                and not (d.type in _SANCTION_TYPES and _RULE_FORMS.get(d.rule) == "noun")
                and d.span[0] < next_verb
                and len(_WORD.findall(text[draft.span[1] : d.span[0]])) <= 12
                and (not speakers or _same_actor(speakers, d))
                # (", and he objected to ...": a clause of its own, not what was said)
                and not _OWN_SUBJECT_CLAUSE.search(text, draft.span[1], d.span[0])
                # ("stressed X and expressed concern about Y": a second remark of its own)
                and not (d.type in _SPEECH and _AND_VERB.search(text[draft.span[1] : d.span[0]]))
                for d in later
            )
            comment = draft.text.lower().endswith("ing") and any(
                d.type in _CARRIED
                and d.span[1] <= draft.span[0]
                and d.segment[0] < draft.segment[0]
                for d in drafts
            )
            if carried or comment:
                continue
            if any(
                d.type in _SPEECH
                and d.type != "StatementMade"
                and d.span[1] <= draft.span[0]
                and _VEHICLE.match(text, d.span[1], draft.span[0])
                for d in drafts
            ):
                continue  # "Y was condemned in a joint statement by X": the statement is the means
            if (
                not text[draft.span[1] :].strip(" .,;:")
                and not _QUOTE.search(text)
                and any(d.type not in _SPEECH and d.span[1] <= draft.span[0] for d in drafts)
            ):
                continue  # "X has suspended the permit, officials said.": the permit is the news
        kept.append(draft)
    return kept


def _same_actor(speakers: set[str], draft: _Draft) -> bool:
    """The carried fact is the speaker's own, or names nobody who acts in it."""
    acting = FACT_TYPES[draft.type].roles[0]
    actors = {ref.id for ref, role in draft.roles.values() if role == acting}
    return not actors or bool(speakers & actors)


def _fold_local_anaphors(drafts: list[_Draft]) -> list[_Draft]:
    """ "The summit, held in X, was attended by A and B": the bare "summit" and the
    attendance are one mention."""
    kept: list[_Draft] = []
    for draft in drafts:
        if draft.anaphor and draft.named_in is None:  # (not "on the eve of the summit")
            partner = next(
                (d for d in drafts if d is not draft and d.type == draft.type and not d.anaphor),
                None,
            )
            if partner is not None:
                _fold(partner, draft)
                partner.evidence.sort(key=lambda e: e.start)
                partner.evidence[:] = list(dict.fromkeys(partner.evidence))
                continue
        kept.append(draft)
    return kept


def _fold_same_evidence(drafts: list[_Draft], body: str) -> list[_Draft]:
    """Two facts of one type first stated by the same clause are one fact to the store
    (its ids are type + first evidence span): fold them together, unless they are two
    remarks to different people joined by "and" ("I thank A for ..., and I welcome B's
    ..."): those get a clause each."""
    kept: dict[tuple[str, int, int], _Draft] = {}
    for draft in drafts:
        first = min(draft.evidence, key=lambda e: (e.start, e.end))
        key = (draft.type, first.start, first.end)
        if key in kept and not _split_remarks(kept[key], draft, body):
            _fold(kept[key], draft)
            continue
        if key in kept:
            other = kept.pop(key)
            for mine in (other, draft):
                low = min(mine.evidence, key=lambda e: (e.start, e.end))
                kept[(mine.type, low.start, low.end)] = mine
            continue
        kept[key] = draft
    return list(kept.values())


def _split_remarks(one: _Draft, two: _Draft, body: str) -> bool:
    """Give two remarks of one sentence ("X thanked A ..., and welcomed B's ...") their own
    clauses as evidence, when their targets differ and a clause boundary lies between
    their triggers. False when they cannot be told apart."""
    if one.type not in _SPEECH or one.trigger == two.trigger or len(one.evidence) != 1:
        return False
    if len(two.evidence) != 1:
        return False
    mine, theirs = _role_ids(one, "target"), _role_ids(two, "target")
    if not mine or not theirs or mine & theirs:
        return False
    early, late = (one, two) if one.trigger < two.trigger else (two, one)
    evidence = early.evidence[0]
    cut = None
    for found in _REMARK_BREAK.finditer(body, early.trigger, late.trigger):
        cut = found
    if cut is None:
        # "X welcomed A's decision and commended B for ...": a second verb of its own.
        cut = _AND_VERB.search(body, early.trigger, late.trigger)
        if cut is not None and not evidence.start < cut.start() < cut.end() < evidence.end:
            cut = None
    if cut is None:
        return False
    head = replace(evidence, end=cut.start(), quote=body[evidence.start : cut.start()])
    tail = replace(evidence, start=cut.end(), quote=body[cut.end() : evidence.end])
    early.evidence = [head]
    late.evidence = [tail]
    return True


def _subject_kind(subjects: list[_Act], seg_start: int, start: int) -> str:
    """ "name" when the trigger's own clause names its subject, "pronoun" for "he", "they",
    "" when the subject is borrowed from another clause ("..., opting to stress")."""
    own = [a for a in subjects if a.refs and seg_start <= a.start and a.end <= start]
    if any(not a.pronoun for a in own):
        return "name"
    return "pronoun" if own else ""


def _recurring(draft: _Draft) -> bool:
    return any(_RECURRING.search(e.quote) for e in draft.evidence)


def _topic(draft: _Draft) -> set[str]:
    """The common nouns and verbs of a fact's evidence (stems of five letters; names left
    out, they are its parties), to tell one joint commitment from another."""
    words = {w[:5] for e in draft.evidence for w in _LONG_WORD.findall(e.quote)}
    return words - _TOPIC_STOP


def _stem(words: str) -> str:
    last = _LETTERS.findall(words.lower())
    return last[-1][:3] if last else ""


def _precision(mention: TimeMention) -> int:
    if mention.when is None or mention.when.precision is None:
        return 9
    return _PRECISION_RANK.get(mention.when.precision, 9)


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _trim_name(name: str) -> str:
    """Cut a company name at words that cannot be part of it."""
    words: list[str] = []
    for word in name.split():
        if word in _CAPITAL_FUNCTION or word.lower() in _CALENDAR:
            break
        words.append(word)
    return " ".join(words).rstrip(".,")


def _tail(text: str, end: int, size: int = 80) -> str:
    """The text just before ``end``: end-anchored patterns need no more, and scanning a whole
    sentence for them on every call is slow."""
    return text[max(0, end - size) : end]


def _inside(position: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < position < end for start, end in spans)


def _slug(text: str) -> str:
    return _NOT_SLUG.sub("-", text.lower()).strip("-")


def _actor_ref(ref: _Ref, role: str) -> ActorRef:
    return ActorRef(ref.id, ref.name, role)


def _commodity(text: str) -> str:
    match = _COMMODITY.search(text)
    return match.group() if match else ""


def _canonical_commodity(word: str) -> str:
    lower = word.lower()
    if lower in ("natural gas", "liquefied natural gas", "lng"):
        return "gas" if lower == "natural gas" else "lng"
    if lower in ("crude oil", "petroleum"):
        return "oil"
    if lower in ("vaccine", "doses"):
        return "vaccines"
    return lower


def _quantities(ctx: _Context, seg_start: int, seg_end: int) -> list[Quantity]:
    found: list[Quantity] = []
    if ctx.quantities is None:
        ctx.quantities = find_quantities(ctx.text)  # (pure: most sentences never need it)
    for mention in ctx.quantities:
        if not seg_start <= mention.start < seg_end:
            continue
        if any(t.start <= mention.start < t.end for t in ctx.times):
            continue  # "in 2004", "for a year": times, not amounts
        if mention.quantity not in found:
            found.append(mention.quantity)
    return found


def _number(text: str) -> int | None:
    lower = text.lower().strip()
    if lower.isdigit():
        return int(lower)
    if lower in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[lower]
    total = 0
    for part in _HYPHEN_OR_SPACE.split(lower):
        if part not in _NUMBER_WORDS:
            return None
        total = total * 100 if part == "hundred" else total + _NUMBER_WORDS[part]
    return total or None


def _year_when(year: int, expression: str) -> When:
    return When(
        edtf=f"{year:04d}",
        best=f"{year:04d}-01-01",
        precision="year",
        sort_key=f"{year:04d}",
        expression=expression,
        derivation="relative",
        start=f"{year:04d}-01-01",
        end=f"{year:04d}-12-31",
    )


def _before_when(reference: When) -> When:
    """Some time up to the end of ``reference``: the past of a pluperfect clause."""
    last = reference.end or reference.best
    if last is None or reference.edtf is None:
        return When()
    bound = reference.edtf.rsplit("/", 1)[-1] if "/" in reference.edtf else reference.edtf
    return When(
        edtf=f"../{bound}",
        best=last,
        precision=reference.precision,
        sort_key=last,
        expression=reference.expression,
        derivation="relative",
        end=last,
    )


def _years_before(day: date, years: int) -> str:
    return f"{day.year - years:04d}-{day.month:02d}-{min(day.day, 28):02d}"


def _unique_ids(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """The store keys a fact by type and first evidence span: never emit two such facts."""
    seen: set[tuple[str, int, int]] = set()
    unique: list[ExtractedFact] = []
    for fact in facts:
        key = (fact.type, fact.evidence[0].start, fact.evidence[0].end)
        if key in seen:
            continue
        seen.add(key)
        unique.append(fact)
    return unique


def _summary(draft: _Draft, actors: tuple[ActorRef, ...]) -> str:
    past, base, preposition = lexicon.SUMMARY_VERBS[draft.type]
    if draft.type == "HistoricalEventReferenced":
        expression = draft.when.expression if draft.when is not None else None
        return f"Reference to {expression or draft.text.strip()}"
    order: tuple[str, ...] = lexicon.ACTING_ROLES
    if draft.type in ("MeetingHeld", "VisitMade"):
        order = ("visitor", "participant", "host")  # "Doe met Roe", "Doe visited Chile"
    acting = next((r for r in order if any(a.role == r for a in actors)), "")
    first = [a.name for a in actors if a.role == acting]
    rest = [a.name for a in actors if a.role != acting]
    if acting in ("participant", "party") and draft.type == "MeetingHeld":
        first, rest = first[:1], first[1:] + rest  # "A met B and C"
    subject = _names(first) or "Someone"
    obj = _names(rest)
    tail = f" {preposition} {obj}".replace("  ", " ") if obj else ""
    place = f" in {draft.location.name}" if draft.location is not None else ""
    modality = draft.modality
    if modality == "planned":
        text = f"{subject} to {base}{tail}{place}"
    elif modality == "expected":
        text = f"{subject} expected to {base}{tail}{place}"
    elif modality == "hypothetical":
        text = f"{subject} might {base}{tail}{place}"
    elif modality == "negated":
        text = f"{subject} did not {base}{tail}{place}"
    else:
        text = f"{subject} {past}{tail}{place}"
    if draft.attribution is not None:
        text += f" (according to {draft.attribution.name})"
    commodity = draft.extra.get("commodity")
    if commodity:
        text += f" [{commodity}]"
    return text


def _names(names: Sequence[str]) -> str:
    unique = list(dict.fromkeys(names))
    if len(unique) <= 1:
        return "".join(unique)
    return ", ".join(unique[:-1]) + " and " + unique[-1]

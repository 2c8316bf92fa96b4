"""The extractor's shortcuts (prefilters, memos) find exactly what the plain scans find."""

from __future__ import annotations

import random
import re
from itertools import pairwise

from support import SEED, SHARED

from timeline import extraction, temporal
from timeline.document import parse
from timeline.sentences import split

CORPUS_FILES = sorted((SHARED / "corpus").glob("[0-9]*.txt"))


def _bodies() -> list[str]:
    paths = [*CORPUS_FILES, SEED]
    assert len(paths) > 1, "the corpus is missing"
    return [parse(path.read_text(encoding="utf-8"), path.name).body for path in paths]


def _sentences() -> list[str]:
    return [sentence.text for body in _bodies() for sentence in split(body)]


def _variants(text: str, rng: random.Random) -> list[str]:
    """The text in other cases, and with characters that fold to ASCII letters swapped in."""
    twins = {"s": "ſ", "k": "\u212a", "i": "ı", "I": "İ"}
    swapped = "".join(twins.get(c, c) if rng.random() < 0.2 else c for c in text)
    return [text, text.upper(), text.swapcase(), swapped]


def test_case_twins_are_every_non_ascii_character_matching_an_ascii_letter_caselessly() -> None:
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    caseless = set(re.findall("[a-z]", every, re.IGNORECASE))
    assert caseless == set(extraction._CASE_TWINS.pattern.strip("[]"))


def test_every_match_contains_one_of_the_literals_its_pattern_requires() -> None:
    rules = [(rule.regex, True) for rule in extraction._RULES]  # matched on lowered text
    others = [(v, False) for v in vars(extraction).values() if isinstance(v, re.Pattern)]
    checked = 0
    for body in _bodies():
        for regex, lowered in rules + others:
            literals = extraction._required_literals(regex.pattern)
            if literals is None:
                continue
            caseless = bool(regex.flags & re.IGNORECASE)
            for m in regex.finditer(body.lower() if lowered else body):
                found = m.group().lower() if caseless else m.group()
                literals_here = {x.lower() for x in literals} if caseless else literals
                assert any(x in found for x in literals_here), (regex.pattern[:60], found)
                checked += 1
    assert checked > 1000


def test_a_gate_never_closes_on_a_text_its_pattern_matches() -> None:
    rng = random.Random(5)
    gates = [
        (extraction._REPORT, extraction._REPORT_GATE),
        (extraction._GOVERNMENT_BODY, extraction._GOVERNMENT_BODY_GATE),
    ]
    probes = [
        "Officials ſaid so.",
        "the Treasury \u212aEEPS it",
        "ACCORDING TO Doe",
        "Doe tweeted.",
        "",
    ]
    opened = closed = 0
    for text in _sentences() + probes:
        for variant in _variants(text, rng):
            for regex, gate in gates:
                if gate.open(variant):
                    opened += 1
                else:
                    assert regex.search(variant) is None, (regex.pattern[:40], variant)
                    closed += 1
    assert opened and closed  # both outcomes exercised


def test_rules_with_one_letter_prefixes_need_a_literal_every_match_holds() -> None:
    assert extraction._LOOSE_RULES  # "[a-z]+th anniversary" starts at any word
    for index, literals in extraction._LOOSE_RULES:
        assert literals, extraction._RULES[index].trigger.rule


def test_the_trie_pattern_finds_where_any_word_starts_the_text() -> None:
    rng = random.Random(7)
    alphabet = "ab c$.1"
    for _ in range(200):
        words = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(6)}
        regex = re.compile(extraction._trie_pattern(words))
        for _ in range(20):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
            assert (regex.match(text) is not None) == any(text.startswith(w) for w in words)


def test_matches_are_shared_out_to_the_sentences_that_hold_them() -> None:
    for body in _bodies():
        raw = extraction._raw_matches(body)
        sentences = split(body)
        assert all(a.end <= b.start for a, b in pairwise(sentences))
        expected = [
            [
                (rule, a - s.start, b - s.start, groups)
                for rule, a, b, groups in raw
                if s.start <= a and b <= s.end
            ]
            for s in sentences
        ]
        assert extraction._share_out(raw, sentences) == expected


def test_time_cue_words_are_found_as_a_token_by_token_reading_finds_them() -> None:
    tokens = re.compile(r"['’]?\w+")
    texts = [*_sentences(), "İstanbul, 3 May", "’s March 5th", "", "...", "ΟΔΟΣ Σ 1,000"]
    for text in texts:
        words = [token.lower() for token in tokens.findall(text)]
        if "'" in text or "’" in text:
            words = [word[1:] if word[0] in "'’" else word for word in words]
        where = {
            cue: [i for i, word in enumerate(words) if word == cue]
            for cue in temporal._ALL_CUES.intersection(words)
        }
        digits = [i for i, word in enumerate(words) if word[0].isdigit()]
        if digits:
            where[temporal._DIGIT] = digits
        starts = [m.start() for m in tokens.finditer(text)] if where else []
        found = temporal._words(text)
        assert (found.starts, found.where) == (starts, where), text


def test_the_clause_break_gate_finds_what_the_alternatives_alone_find() -> None:
    gates = r"(?=[\s;—:,])(?=[;—:,]|\s+[;–—-]|\s+(?:after|before|when|until|once|while|whereas|but|"
    gates += r"although|though|because|whilst)\s)"
    assert extraction._BREAK.pattern.startswith(gates)
    plain = re.compile(extraction._BREAK.pattern[len(gates) :])
    rng = random.Random(11)
    pieces = [" ", "  ", "\n", ";", ":", ",", "—", "–", "-", "a", "When ", "when ", "after "]
    pieces += ["The ", "but ", "noting", "while", "once the X", "\t", "x"]
    texts = _sentences() + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)
    ]
    for text in texts:
        found = [m.span() for m in extraction._BREAK.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)], text


def test_gated_patterns_search_match_and_substitute_like_their_patterns() -> None:
    rng = random.Random(13)
    gated = [v for v in vars(extraction).values() if isinstance(v, extraction._GatedPattern)]
    assert len(gated) >= 5
    probes = ["will not ſign", "NEVER BEFORE", "no doubt", "\u212aeeps", ""]
    for text in _sentences() + probes:
        for variant in _variants(text, rng):
            for g in gated:
                regex = g.regex
                for pos, end in ((0, len(variant)), (len(variant) // 3, 2 * len(variant) // 3)):
                    found, plain = g.search(variant, pos, end), regex.search(variant, pos, end)
                    assert (found and found.span()) == (plain and plain.span())
                found, plain = g.match(variant), regex.match(variant)
                assert (found and found.span()) == (plain and plain.span())
                assert g.sub(" ", variant) == regex.sub(" ", variant)


def test_a_repeat_longer_than_the_prefix_still_lists_its_prefixes() -> None:
    assert extraction._pattern_prefixes(r"\b[a-c]{5,}\b", 2) == frozenset(
        a + b for a in "abc" for b in "abc"
    )
    assert extraction._pattern_prefixes(r"x{3}", 1) == frozenset({"x"})


def test_a_gate_with_many_literals_finds_them_as_substring_tests_do() -> None:
    gates = [extraction._REPORT_GATE, extraction._GOVERNMENT_BODY_GATE]
    gates += [v.gate for v in vars(extraction).values() if isinstance(v, extraction._GatedPattern)]
    with_finder = [g for g in gates if g.finder is not None]
    assert with_finder
    for text in _sentences():
        for gate in with_finder:
            assert gate.literals is not None
            probe = text.lower() if gate.caseless else text
            expected = any(literal in probe for literal in gate.literals)
            assert (gate.finder.search(probe) is not None) == expected

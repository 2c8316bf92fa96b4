"""The benchmark's synthetic data: deterministic for a seed, Zipf-skewed, well-formed."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from bench.generator import Corpus, Generator, batched
from timeline.ontology import FACT_TYPES


def test_the_same_seed_gives_the_same_documents_and_facts() -> None:
    first = list(Generator(2_000, seed=7).documents())
    again = list(Generator(2_000, seed=7).documents())
    other = list(Generator(2_000, seed=8).documents())
    assert first == again
    assert [d.source.body for d in first] != [d.source.body for d in other]


def test_it_makes_exactly_n_facts_of_known_types_a_few_per_document() -> None:
    documents = list(Generator(3_001, seed=1).documents())
    facts = [f for d in documents for f in d.facts]
    assert len(facts) == 3_001
    assert {f.type for f in facts} <= set(FACT_TYPES)
    assert len({f.type for f in facts}) >= 10
    assert all(1 <= len(d.facts) <= 6 for d in documents)
    assert 1.5 < len(facts) / len(documents) < 4
    assert len({d.source.id for d in documents}) == len(documents)
    for d in documents:
        for f in d.facts:
            e = f.evidence[0]
            assert d.source.body[e.start : e.end] == e.quote
        assert len({(f.evidence[0].start, f.evidence[0].end) for f in d.facts}) == len(d.facts)


def test_a_few_actors_have_most_of_the_facts() -> None:
    generator = Generator(5_000, seed=3)
    mentions = Counter(a.id for d in generator.documents() for f in d.facts for a in f.actors)
    ranked = [count for _, count in mentions.most_common()]
    total = sum(ranked)
    assert sum(ranked[: len(generator.actors) // 10]) > 0.5 * total  # top 10%: most mentions
    assert sum(ranked[:2]) > 0.2 * total  # the top two (1%): over a fifth
    assert mentions.most_common(1)[0][0] == generator.actors[0].id
    assert len(mentions) > 50  # and a long tail


def test_dates_span_decades() -> None:
    years = {
        f.when.start[:4]
        for d in Generator(2_000, seed=5).documents()
        for f in d.facts
        if f.when.start
    }
    assert int(max(years)) - int(min(years)) > 40


def test_the_corpus_hands_each_document_its_facts_once() -> None:
    corpus = Corpus()
    batch = next(batched(Generator(50, seed=2).documents(), 10))
    sources = corpus.register(batch)
    assert [list(corpus.extractor(s)) for s in sources] == [list(d.facts) for d in batch]
    assert list(corpus.extractor(sources[0])) == []


def test_a_few_facts_last_for_years_up_to_their_publication() -> None:
    documents = list(Generator(20_000, seed=5).documents())
    facts = [(d, f) for d in documents for f in d.facts]
    long = [
        (d, f)
        for d, f in facts
        if f.when.start
        and f.when.end
        and date.fromisoformat(f.when.end) - date.fromisoformat(f.when.start) > timedelta(days=731)
    ]
    assert 0.002 * len(facts) < len(long) < 0.01 * len(facts)
    assert all(f.when.end == d.source.published.isoformat() for d, f in long)

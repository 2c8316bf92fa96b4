"""The extraction benchmark times text the engines have not met: its warm-up is other text."""

from __future__ import annotations

from bench import extraction_speed


def test_the_warm_up_texts_are_none_of_the_timed_texts() -> None:
    timed = extraction_speed.documents()
    warm = extraction_speed.warm_up_documents()
    assert len(timed) > 20 and extraction_speed.words(warm) > 5000
    timed_sentences = {line for d in timed for line in d.body.splitlines() if len(line) > 40}
    warm_sentences = {line for d in warm for line in d.body.splitlines() if len(line) > 40}
    assert not timed_sentences & warm_sentences


def test_the_primer_loads_the_unit_registry_the_warm_up_texts_do_not_need() -> None:
    from timeline.quantities import find_quantities

    (found,) = find_quantities(extraction_speed.PRIMER)
    assert found.quantity.kind == "volume_flow"
    assert found.quantity.unit == "m^3/s"


def test_a_long_document_is_the_corpus_repeated_to_the_size_asked() -> None:
    text = extraction_speed.long_document(250_000)
    assert len(text) == 250_000
    first = extraction_speed.documents()[0].body
    assert text.startswith(first) and text.count(first[:200]) >= 2

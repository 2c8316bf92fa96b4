from timeline.sentences import split


def test_sentences_split_on_punctuation_and_keep_offsets_into_the_body() -> None:
    body = "The ministers met. They agreed on a plan! Will it last?"
    sentences = split(body)
    assert [s.text for s in sentences] == [
        "The ministers met.",
        "They agreed on a plan!",
        "Will it last?",
    ]
    assert all(body[s.start : s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == [0, 1, 2]


def test_sentences_split_on_newlines_even_without_punctuation() -> None:
    body = "Headline without a stop\nFirst sentence here."
    assert [s.text for s in split(body)] == ["Headline without a stop", "First sentence here."]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    body = "Mr. Smith met the U.S. envoy on Jan. 5 in St. Louis. J. R. Doe left."
    assert [s.text for s in split(body)] == [
        "Mr. Smith met the U.S. envoy on Jan. 5 in St. Louis.",
        "J. R. Doe left.",
    ]


def test_a_quoted_sentence_ends_after_its_closing_quote() -> None:
    body = '"We will meet again," she said. Then she left.'
    assert [s.text for s in split(body)] == ['"We will meet again," she said.', "Then she left."]


def test_blank_lines_produce_no_sentences() -> None:
    assert split("\n\n  \n") == []


def test_each_call_returns_its_own_list() -> None:
    body = "The ministers met. They agreed on a plan."
    first = split(body)
    first.clear()
    assert [s.text for s in split(body)] == ["The ministers met.", "They agreed on a plan."]


def test_unicode_spaces_between_sentences_are_skipped() -> None:
    body = "The talks ended.\u00a0\u2003The envoys left."
    sentences = split(body)
    assert [s.text for s in sentences] == ["The talks ended.", "The envoys left."]
    assert all(body[s.start : s.end] == s.text for s in sentences)

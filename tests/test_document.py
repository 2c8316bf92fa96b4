from datetime import date

import pytest

from timeline.document import DocumentError, decode, load, parse, parse_date


def test_a_header_block_gives_metadata_and_the_body_follows_unchanged() -> None:
    doc = parse("title: Talks\npublished: 2024-03-05\n---\nLine one.\nLine two.")
    assert doc.metadata == {"title": "Talks", "published": "2024-03-05"}
    assert doc.body == "Line one.\nLine two."
    assert doc.published == date(2024, 3, 5)
    assert doc.title == "Talks"


def test_a_file_without_header_is_all_body_and_has_no_date() -> None:
    doc = parse("Note: this is prose, not a header.\nMore prose.")
    assert doc.metadata == {}
    assert doc.published is None
    assert doc.body.startswith("Note: this is prose")


def test_the_same_body_gives_the_same_id_whatever_the_header() -> None:
    a = parse("published: 2024-03-05\n---\nSame text.")
    b = parse("Same text.")
    assert a.id == b.id
    assert a.sha256 == b.sha256
    assert parse("Other text.").id != a.id


def test_a_header_date_in_the_form_yyyy_mm_dd_is_read() -> None:
    assert parse_date("2024-03-05") == date(2024, 3, 5)
    assert parse("published:  2024-03-05 \n---\nBody.").published == date(2024, 3, 5)


@pytest.mark.parametrize("text", ["2024-02-30", "March 2024", "yesterday", "soon", "13/13/2024"])
def test_an_invalid_or_incomplete_header_date_is_refused(text: str) -> None:
    with pytest.raises(DocumentError, match="published"):
        parse(f"published: {text}\n---\nBody.")


@pytest.mark.parametrize(
    "text",
    [
        "2025-1-3",
        "2025-01-3",
        "25-01-03",
        "20250103",
        "5 March 2024",
        "March 5, 2024",
        "2024-03-05T10:00",
        "\uff12\uff10\uff12\uff15-01-03",
    ],
)
def test_a_header_date_in_another_form_than_yyyy_mm_dd_is_refused_not_guessed(text: str) -> None:
    with pytest.raises(DocumentError) as refused:
        parse(f"published: {text}\n---\nBody.")
    assert str(refused.value) == (
        f"header 'published': {text!r} is not a date in the form YYYY-MM-DD"
    )


def test_a_header_key_given_twice_is_refused_naming_the_key_and_both_lines() -> None:
    text = "title: Talks\npublished: 2024-03-05\nsource: wire\nPublished: 2024-03-06\n---\nBody."
    with pytest.raises(DocumentError) as refused:
        parse(text, "a.txt")
    assert str(refused.value) == (
        "a.txt: header 'published' is given twice (lines 2 and 4): give each header key once"
    )
    with pytest.raises(DocumentError, match="header 'title' is given twice \\(lines 1 and 2\\)"):
        parse("title: A\ntitle: A\n---\nBody.")


def test_prose_lines_that_repeat_a_key_without_a_header_separator_are_body_text() -> None:
    doc = parse("Note: the talks resumed.\nNote: they ended.\nMore prose.")
    assert doc.metadata == {} and doc.body.startswith("Note: the talks")


def test_empty_binary_and_non_utf8_inputs_are_refused_with_clear_messages() -> None:
    with pytest.raises(DocumentError, match="empty"):
        load(b"  \n", "a.txt")
    with pytest.raises(DocumentError, match="binary"):
        decode(b"abc\x00def", "b.bin")
    with pytest.raises(DocumentError, match=r"not UTF-8.*0xff"):
        decode(b"caf\xff", "c.txt")


def test_a_header_without_body_is_refused() -> None:
    with pytest.raises(DocumentError, match="no body"):
        parse("title: x\n---\n   \n")


def test_windows_line_endings_are_normalised() -> None:
    doc = parse("published: 2024-03-05\r\n---\r\nA.\r\nB.")
    assert doc.body == "A.\nB."


def test_a_published_date_declared_unknown_ingests_without_a_date() -> None:
    doc = parse("title: T\npublished: unknown\n---\nBody text.")
    assert doc.published is None
    assert "published" not in doc.metadata

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("5 March 2024", date(2024, 3, 5)),
        ("March 5, 2024", date(2024, 3, 5)),
    ],
)
def test_header_dates_parse_in_common_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2024-02-30", "March 2024", "yesterday", "soon", "13/13/2024"])
def test_an_invalid_or_incomplete_header_date_is_refused(text: str) -> None:
    with pytest.raises(DocumentError, match="published"):
        parse(f"published: {text}\n---\nBody.")


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

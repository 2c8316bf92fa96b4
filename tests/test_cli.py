"""End to end: the `timeline` console command on the seed, in a temporary database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from support import SEED

from timeline.service import TimelineService

TIMELINE = str(Path(sys.executable).parent / "timeline")


def run(db: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [TIMELINE, "--database", db, *args], capture_output=True, text=True, timeout=120
    )
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr}")
    return result


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def event_count(db: str) -> int:
    import sqlite3

    path = db.removeprefix("sqlite:///")
    if not Path(path).exists():
        return 0
    with sqlite3.connect(path) as conn:
        try:
            return int(conn.execute("SELECT COUNT(*) FROM stored_events").fetchone()[0])
        except sqlite3.OperationalError:
            return 0


def test_ingesting_the_seed_twice_records_it_once(db: str) -> None:
    first = run(db, "ingest", str(SEED))
    assert "recorded" in first.stdout and "already" not in first.stdout
    count = event_count(db)
    again = run(db, "ingest", str(SEED.parent))
    assert "already recorded" in again.stdout
    assert event_count(db) == count


def test_a_folder_gives_its_text_files_and_not_its_index_or_notes(db: str, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "more").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "more" / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "INDEX.md").write_text("| 1 | seed.txt | Putin met Xi in Beijing. |\n")
    (folder / "notes").write_text("Putin met Xi in Beijing on Tuesday.\n")
    (folder / ".git" / "x.txt").write_text("Putin met Xi in Beijing on Tuesday.\n")
    out = run(db, "ingest", str(folder)).stdout
    assert "seed.txt" in out and "INDEX" not in out and "notes" not in out
    rows = shown(db)
    assert len({r["document_id"] for r in rows}) == 1
    assert all(r["quote"] in SEED.read_text(encoding="utf-8") for r in rows)
    (folder / "more" / "seed.txt").unlink()
    empty = run(db, "ingest", str(folder), check=False)
    assert empty.returncode != 0
    assert empty.stderr.strip().endswith("the folder holds no documents (.txt files)")
    named = run(db, "ingest", str(folder / "notes"))  # a file named is read whatever its name
    assert "recorded" in named.stdout


def test_a_mistyped_store_path_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "store.db"
    for args in (("show",), ("verify",), ("actors",)):
        result = run(f"sqlite:///{missing}", *args, check=False)
        assert result.returncode == 1
        assert result.stderr.strip() == (
            f"timeline: error: no store at {missing}: nothing recorded there yet (check the path)"
        )
    assert not (tmp_path / "no").exists()
    run(f"sqlite:///{missing}", "ingest", str(SEED))  # recording creates it
    assert missing.exists() and run(f"sqlite:///{missing}", "verify").returncode == 0


def test_a_text_recorded_with_another_date_is_a_one_line_error_and_stores_nothing(
    db: str, tmp_path: Path
) -> None:
    body = "The ministers of Chile and Peru met in Lima on Monday.\n"
    first, new, redated = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    first.write_text("published: 2025-01-02\n---\n" + body)
    new.write_text("published: 2025-01-03\n---\nThe ministers of Chile and Peru met again.\n")
    redated.write_text("published: 2025-03-04\n---\n" + body)
    run(db, "ingest", str(first))
    count = event_count(db)
    result = run(db, "ingest", str(new), str(redated), check=False)
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"timeline: error: {redated}: document ")
    assert "published '2025-01-02' (given '2025-03-04')" in line
    assert event_count(db) == count  # b.txt, new and valid, is not stored either


def shown(db: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in run(db, "show", "--format", "jsonl").stdout.splitlines()]


def test_the_seed_timeline_is_in_date_order_with_the_meeting_and_the_parade(db: str) -> None:
    run(db, "ingest", str(SEED))
    rows = [json.loads(line) for line in run(db, "show", "--format", "jsonl").stdout.splitlines()]
    keys = [r["when"]["sort_key"] for r in rows]
    assert keys == sorted(keys)
    meeting = next(r for r in rows if r["type"] == "MeetingHeld")
    assert meeting["when"]["best"] == "2025-09-02"
    assert {a["name"] for a in meeting["actors"]} >= {"Vladimir Putin", "Xi Jinping"}
    parade = next(r for r in rows if r["type"] == "MilitaryParadeHeld")
    assert parade["when"]["edtf"] == "2025-09-01/2025-09-07"
    assert parade["when"]["precision"] == "week"
    body = SEED.read_text(encoding="utf-8").split("---\n", 1)[1]
    for row in rows:
        for evidence in row["evidence"]:
            assert body[evidence["start"] : evidence["end"]] == evidence["quote"]
    table = run(db, "show").stdout
    assert "MeetingHeld" in table and "“" in table


def test_show_filters_by_actor_alias_type_and_dates(db: str) -> None:
    run(db, "ingest", str(SEED))
    putin = run(db, "show", "--actor", "putin", "--format", "jsonl").stdout.splitlines()
    assert putin and all(
        any(a["name"] == "Vladimir Putin" for a in json.loads(line)["actors"]) for line in putin
    )
    meetings = run(db, "show", "--type", "MeetingHeld", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["type"] for line in meetings] == ["MeetingHeld"]
    early = run(db, "show", "--to", "1999-12-31", "--format", "jsonl").stdout.splitlines()
    assert all(json.loads(line)["when"]["best"] < "2000" for line in early)


def test_show_takes_the_api_s_dates_modality_words_document_and_as_of(db: str) -> None:
    def shown(*args: str) -> list[dict[str, Any]]:
        output = run(db, "show", "--format", "jsonl", *args).stdout
        return [json.loads(line) for line in output.splitlines()]

    first = json.loads(run(db, "ingest", str(SEED), "--format", "jsonl").stdout)
    everything = shown()
    in_2025 = shown("--from", "2025", "--to", "2025")
    assert in_2025 and in_2025 == [f for f in everything if f["when"]["best"] >= "2025"]
    assert shown("--from", "2025-09") == shown("--from", "2025-09-01")
    assert shown("--to", "1945") == [f for f in everything if f["when"]["best"] <= "1945-12-31"]
    planned = shown("--modality", "planned")
    assert planned and {f["modality"] for f in planned} == {"planned"}
    parade = shown("--q", "PARADE")
    assert parade and all(
        "parade" in " ".join(str(e["quote"]) for e in f["evidence"]).lower()
        or "parade" in str(f["summary"]).lower()
        for f in parade
    )
    assert shown("--q", "parade zebra") == []
    assert shown("--document", first["document_id"]) == everything
    assert shown("--document", "00000000-0000-0000-0000-000000000000") == []
    assert shown("--as-of", "0") == [] and shown("--as-of", "1") == []
    assert shown("--as-of", "2000-01-01T00:00:00Z") == []
    assert len(shown("--limit", "2")) == 2
    table = run(db, "show", "--type", "Meeting", check=False)
    assert table.returncode != 0 and table.stdout == ""


def test_history_shows_when_and_by_which_extractor_version_a_fact_was_recorded(db: str) -> None:
    run(db, "ingest", str(SEED))
    fact = json.loads(run(db, "show", "--format", "jsonl").stdout.splitlines()[0])
    history = run(db, "history", fact["id"]).stdout
    assert history.startswith("v1  ")
    assert "recorded by cli" in history
    assert "by extractor timeline-rules " in history
    events = [
        json.loads(line)
        for line in run(db, "history", fact["id"], "--format", "jsonl").stdout.splitlines()
    ]
    assert events[0]["payload"]["extractor"]["version"]
    assert events[0]["recorded_at"].startswith("20")


def test_actors_and_actor_views_list_counterparts(db: str) -> None:
    run(db, "ingest", str(SEED))
    actors = [
        json.loads(line) for line in run(db, "actors", "--format", "jsonl").stdout.splitlines()
    ]
    ids = [a["id"] for a in actors]
    putin = next(a for a in actors if a["name"] == "Vladimir Putin")
    view = json.loads(run(db, "actor", putin["id"], "--format", "jsonl").stdout)
    assert view["fact_count"] == putin["fact_count"] >= 3
    assert any(c["name"] == "Xi Jinping" for c in view["counterparts"])
    assert len(ids) == len(set(ids))


def test_extract_prints_the_documented_json_and_stores_nothing(db: str) -> None:
    out = run(db, "extract", str(SEED), "--format", "jsonl").stdout.splitlines()
    facts = [json.loads(line) for line in out]
    assert facts
    expected = {
        "type",
        "modality",
        "actors",
        "location",
        "when",
        "quantities",
        "evidence",
        "plover",
        "cameo",
    }
    assert all(expected <= set(f) for f in facts)
    deal = next(f for f in facts if f["type"] == "DealAnnounced")
    assert any(
        q["unit"] == "m^3" and q["value"] == pytest.approx(1.06e11) for q in deal["quantities"]
    )
    visa = next(f for f in facts if f["type"] == "VisaPolicyChanged")
    assert visa["when"]["duration"] == "P1Y"
    assert event_count(db) == 0


def test_replay_rebuilds_the_same_timeline(db: str) -> None:
    run(db, "ingest", str(SEED))
    before = run(db, "show", "--format", "jsonl").stdout
    assert "replayed" in run(db, "replay").stdout
    assert run(db, "show", "--format", "jsonl").stdout == before


def test_correct_retract_audit_and_verify_work_from_the_command_line(
    db: str, tmp_path: Path
) -> None:
    run(db, "ingest", str(SEED))
    fact = json.loads(run(db, "show", "--type", "MeetingHeld", "--format", "jsonl").stdout)
    digest = tmp_path / "digest.json"
    digest.write_text(run(db, "digest").stdout)
    run(
        db,
        "correct",
        fact["id"],
        "--set",
        "modality=reported",
        "--reason",
        "attributed",
        "--expected-version",
        "1",
        "--by",
        "ed",
    )
    stale = run(db, "retract", fact["id"], "--reason", "x", "--expected-version", "1", check=False)
    assert stale.returncode == 1 and "expected version 1" in stale.stderr
    run(db, "retract", fact["id"], "--reason", "duplicate", "--by", "ed")
    assert fact["id"] not in run(db, "show").stdout
    story = run(db, "audit", fact["id"]).stdout
    assert "corrected" in story and "retracted" in story and "ed" in story
    prov = json.loads(run(db, "audit", fact["id"], "--format", "prov-json").stdout)
    assert "wasInvalidatedBy" in prov
    assert run(db, "verify", "--digest", str(digest)).stdout.startswith("ok:")


BAD_INPUTS = {
    "empty.txt": b"",
    "binary.bin": b"\x89PNG\r\n\x1a\n\x00\x00\x00",
    "latin1.txt": "Caf\u00e9 talks began.".encode("latin-1"),
    "baddate.txt": b"published: 2025-13-45\n---\nThe ministers met.\n",
    "oversize.txt": b"The ministers met in Paris. " * 40_000,  # over the API's 1 MB limit
    "shortdate.txt": b"published: 2025-1-3\n---\nThe ministers met.\n",
    "twodates.txt": b"published: 2025-01-02\npublished: 2025-01-03\n---\nThe ministers met.\n",
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_files_get_one_line_errors_and_nothing_is_stored(
    db: str, tmp_path: Path, name: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("published: 2025-01-02\n---\nThe ministers met in Paris.\n")
    bad = tmp_path / name
    bad.write_bytes(BAD_INPUTS[name])
    result = run(db, "ingest", str(good), str(bad), check=False)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("timeline: error: ") and name in lines[0]
    assert event_count(db) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ingest", "/no/such/file.txt"), "no such file or folder"),
        (("ingest", "--bogus", "x"), "unrecognized arguments"),
        (("show", "--from", "2025-02-30"), "not a calendar date"),
        (("show", "--from", "2019-00"), "--from: '2019-00' is not a calendar date"),
        (("show", "--to", "2019-01-00"), "--to: '2019-01-00' is not a calendar date"),
        (("show", "--from", "\uff12\uff10\uff11\uff19"), "is not a date"),
        (("show", "--from", "2020", "--to", "2019"), "is after to"),
        (("show", "--type", "Meeting"), "'Meeting' is not a fact type: one of MeetingHeld"),
        (("show", "--limit", "0"), "--limit: '0' is not a whole number from 1"),
        (("show", "--limit", "-5"), "--limit: '-5' is not a whole number from 1"),
        (("show", "--limit", "1_0"), "is not a whole number from 1"),
        (("show", "--modality", "sure"), "invalid choice: 'sure'"),
        (("show", "--q", "%"), "--q must hold at least one word"),
        (("show", "--document", "xyz"), "'xyz' is not a document id"),
        (("show", "--as-of", "99"), "--as-of 99 is beyond the last log position (0)"),
        (("show", "--as-of", "2999-01-01T00:00:00Z"), "the date-time is in the future"),
        (("show", "--as-of", "2025-01-01T00:00:00"), "needs a timezone"),
        # A flag, not a boolean value: --include-retracted=yes (or =true) is refused.
        (("show", "--include-retracted=yes"), "ignored explicit argument 'yes'"),
        (("show", "--include-retracted=true"), "ignored explicit argument 'true'"),
        (("show", "--actor", ""), "--actor must not be empty"),
        (("fact", "not-a-uuid"), "is not a fact id"),
        (
            ("history", "00000000-0000-0000-0000-000000000000"),
            "no fact with id 00000000-0000-0000-0000-000000000000",
        ),
    ],
)
def test_usage_errors_are_one_line_and_exit_non_zero(
    db: str, args: tuple[str, ...], message: str
) -> None:
    TimelineService(db).close()  # an empty store: the errors are about the arguments
    result = run(db, *args, check=False)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]


def test_extract_reads_a_statement_s_author_from_its_title(db: str, tmp_path: Path) -> None:
    statement = tmp_path / "statement.txt"
    statement.write_text(
        "title: Statement from President Joe Biden on Iran\npublished: 2024-04-18\n---\n"
        "Today I directed my administration to impose new sanctions on Iran.\n"
    )
    [fact] = [
        json.loads(line)
        for line in run(db, "extract", str(statement), "--format", "jsonl").stdout.splitlines()
    ]
    assert [(a["name"], a["role"]) for a in fact["actors"]] == [
        ("Joe Biden", "imposer"),
        ("Iran", "target"),
    ]


def test_eval_scores_the_extractor_against_gold_and_refuses_bad_gold(
    db: str, tmp_path: Path
) -> None:
    gold = Path(__file__).parent / "gold" / "000_ed06eec667e21d69.jsonl"
    table = run(db, "eval", str(gold)).stdout
    assert "overall" in table and "date accuracy" in table
    report = json.loads(run(db, "eval", str(gold), "--format", "json").stdout)
    assert report["facts"]["tp"] + report["facts"]["fn"] == len(gold.read_text().splitlines())
    errors = run(db, "eval", str(gold), "--errors").stdout
    missed = errors.split("Missed gold facts (FN)\n")[1].split("\n\n")[0].splitlines()
    assert len(missed) == report["facts"]["fn"]
    assert all(line.startswith("- 000_ed06eec667e21d69.txt  ") for line in missed)
    listed = json.loads(run(db, "eval", str(gold), "--errors", "--format", "json").stdout)
    assert len(listed["spurious"]) == report["facts"]["fp"]
    assert len(listed["missed"]) == report["facts"]["fn"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "MeetingHeld"}\n')
    result = run(db, "eval", str(bad), check=False)
    assert result.returncode == 1 and "needs a 'document'" in result.stderr


def test_eval_finds_the_texts_kept_in_a_texts_folder_beside_the_gold(
    db: str, tmp_path: Path
) -> None:
    (tmp_path / "texts").mkdir()
    body = "President Ana Pires met today with Prime Minister Tomas Berg in Lisbon."
    (tmp_path / "texts" / "901_pires-berg.txt").write_text(
        f"title: Pires meets Berg\npublished: 2024-03-05\n---\n{body}\n", encoding="utf-8"
    )
    fact = {
        "document": "901_pires-berg.txt",
        "type": "MeetingHeld",
        "modality": "asserted",
        "actors": [{"id": "", "name": "Ana Pires", "role": "host"}],
        "location": None,
        "when": {"edtf": "2024-03-05", "best": "2024-03-05", "precision": "day"},
        "quantities": [],
        "evidence": [{"sentence": 0, "start": 0, "end": 20, "quote": body[:20]}],
    }
    gold = tmp_path / "901_pires-berg.jsonl"
    gold.write_text(json.dumps(fact) + "\n", encoding="utf-8")
    report = json.loads(run(db, "eval", str(gold), "--format", "json").stdout)
    assert report["facts"]["tp"] == 1 and report["facts"]["fn"] == 0
    (tmp_path / "texts" / "901_pires-berg.txt").rename(tmp_path / "901_pires-berg.txt")
    result = run(db, "eval", str(gold), check=False)
    assert result.returncode == 1 and "901_pires-berg.txt" in result.stderr


# Corrections from the command line: every value is checked before anything is stored

MEETING = (
    "published: 2024-01-10\n---\nVladimir Putin met Xi Jinping in Beijing on 9 January 2024.\n"
)

BAD_SETS = [
    ("when=not a date", "when.edtf"),
    ('when={"best":"2019-13-45"}', "when.best"),
    ('when={"best":"2019-01-20"}', "when.edtf"),
    ('when={"edtf":"1999","start":"2019-01-20","end":"2019-01-20"}', "when.start"),
    ('when={"edtf":"2019-01-21","precision":"year"}', "when.precision"),
    ('when={"start":"2019-02-02","end":"2019-02-01"}', "when.start"),
    ('when={"sort_key":"0000"}', "when.sort_key"),
    ("when={not json", "not a JSON object"),
    ("actors=Putin", "actors"),
    ("quantities=5", "quantities"),
    ('summary="Putin met Xi\\u0000"', "summary: must not contain NUL"),
    ("summary=null", "summary"),
    ("modality=maybe", "modality"),
    ("location=Beijing", "location: must be a place"),
    ("attribution=someone", "attribution"),
    ("extra=[1]", "extra"),
    (
        'actors=[{"id":"x:p","name":"Putin","role":"imposer"}]',
        "actors.0.role: 'imposer' is not a role of MeetingHeld: use host, visitor, participant",
    ),
    ('actors=[{"id":"x:p","name":"Putin","role":"Host"}]', "'Host' is not a role of MeetingHeld"),
]


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The command run in this process (fast): exit status, stdout, stderr."""
    from timeline.cli import main

    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def recorded_meeting(capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path) -> str:
    path = tmp_path / "meeting.txt"
    path.write_text(MEETING, encoding="utf-8")
    assert cli(capsys, "--database", url, "ingest", str(path))[0] == 0
    status, out, _ = cli(capsys, "--database", url, "show", "--format", "jsonl")
    assert status == 0
    fact_id: str = json.loads(out.splitlines()[0])["id"]
    return fact_id


def log_size(url: str) -> int:
    from timeline.service import TimelineService

    service = TimelineService(url)
    try:
        return int(service.app.recorder.max_notification_id() or 0)
    finally:
        service.close()


@pytest.mark.parametrize(("value", "message"), BAD_SETS)
def test_a_bad_correction_is_one_line_stores_nothing_and_the_store_still_opens(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    tmp_path: Path,
    value: str,
    message: str,
) -> None:
    fact_id = recorded_meeting(capsys, database_url, tmp_path)
    before = log_size(database_url)
    status, out, err = cli(
        capsys, "--database", database_url, "correct", fact_id, "--set", value, "--reason", "r"
    )
    assert status == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("timeline: error: ") and message in lines[0]
    assert log_size(database_url) == before
    status, out, _ = cli(capsys, "--database", database_url, "fact", fact_id, "--format", "jsonl")
    assert status == 0 and json.loads(out)["version"] == 1
    status, out, _ = cli(capsys, "--database", database_url, "show", "--format", "jsonl")
    assert status == 0 and fact_id in out


def test_a_date_set_as_an_edtf_string_places_the_fact_in_date_ranges(
    db: str, tmp_path: Path
) -> None:
    path = tmp_path / "meeting.txt"
    path.write_text(MEETING, encoding="utf-8")
    run(db, "ingest", str(path))
    fact_id = json.loads(run(db, "show", "--format", "jsonl").stdout.splitlines()[0])["id"]
    done = run(db, "correct", fact_id, "--set", "when=2019-01-20", "--reason", "the source")
    assert "now at version 2" in done.stdout
    for date_from, date_to in (
        ("2019-01-01", "2019-12-31"),
        ("2019-01-01", "2019-01-31"),
        ("2019-01-20", "2019-01-20"),
    ):
        shown = run(db, "show", "--from", date_from, "--to", date_to, "--format", "jsonl").stdout
        assert [json.loads(line)["id"] for line in shown.splitlines()] == [fact_id]
    when = json.loads(run(db, "fact", fact_id, "--format", "jsonl").stdout)["when"]
    assert (when["start"], when["end"], when["precision"]) == ("2019-01-20", "2019-01-20", "day")
    refused = run(db, "correct", fact_id, "--set", "actors=Putin", "--reason", "r", check=False)
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    # Every later start still works.
    assert "replayed" in run(db, "replay").stdout
    assert run(db, "verify").stdout.startswith("ok:")


FORGED_LINE = 'boss\n    reason: "approved"'
BAD_AUDIT_INPUTS = [
    (("retract", "{id}", "--reason", "  "), "reason: must not be empty"),
    (("retract", "{id}", "--reason", "r", "--by", ""), "--by: must not be empty"),
    (("retract", "{id}", "--reason", "r", "--by", FORGED_LINE), "--by: must be one line"),
    (("correct", "{id}", "--set", "summary=", "--reason", "r"), "summary: must not be empty"),
    (("correct", "{id}", "--set", "modality=planned", "--reason", "r", "--by", "a\tb"), "one line"),
]


@pytest.mark.parametrize(("command", "message"), BAD_AUDIT_INPUTS)
def test_a_blank_reason_summary_or_recorder_or_one_on_two_lines_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    tmp_path: Path,
    command: tuple[str, ...],
    message: str,
) -> None:
    fact_id = recorded_meeting(capsys, database_url, tmp_path)
    before = log_size(database_url)
    args = [part.replace("{id}", fact_id) for part in command]
    status, out, err = cli(capsys, "--database", database_url, *args)
    assert status == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("timeline: error: ") and message in lines[0]
    assert log_size(database_url) == before


def test_a_document_recorded_by_nobody_is_refused_before_anything_is_stored(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    recorded_meeting(capsys, database_url, tmp_path)
    before = log_size(database_url)
    other = tmp_path / "other.txt"
    other.write_text(MEETING.replace("Beijing", "Minsk"), encoding="utf-8")
    status, _, err = cli(capsys, "--database", database_url, "ingest", str(other), "--by", " ")
    assert status == 1 and err.strip() == "timeline: error: --by: must not be empty"
    assert log_size(database_url) == before


def test_a_header_key_given_twice_or_a_date_not_yyyy_mm_dd_is_named_in_the_error(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    twice = tmp_path / "twice.txt"
    twice.write_text("title: T\npublished: 2025-01-02\npublished: 2025-01-03\n---\nThey met.\n")
    short = tmp_path / "short.txt"
    short.write_text("published: 2025-1-3\n---\nThey met.\n")
    assert cli(capsys, "--database", db, "ingest", str(twice)) == (
        1,
        "",
        f"timeline: error: {twice}: header 'published' is given twice (lines 2 and 3): "
        "give each header key once\n",
    )
    assert cli(capsys, "--database", db, "extract", str(short)) == (
        1,
        "",
        f"timeline: error: {short}: header 'published': '2025-1-3' is not a date in the form "
        "YYYY-MM-DD\n",
    )
    assert event_count(db) == 0


def test_two_files_of_one_batch_with_the_same_text_and_other_titles_name_each_other(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    body = "The ministers of Chile and Peru met in Lima on Monday.\n"
    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / "a.txt").write_text(f"title: A\n---\n{body}")
    (folder / "b.txt").write_text(f"title: B\n---\n{body}")
    status, out, err = cli(capsys, "--database", db, "ingest", str(folder))
    assert (status, out) == (1, "")
    assert err == (
        f"timeline: error: {folder / 'b.txt'}: the same text as {folder / 'a.txt'}, another "
        "file of this batch, but with title 'A' and 'B': nothing is recorded (give the text "
        "once, or both files the same header)\n"
    )
    assert "recorded already" not in err
    assert event_count(db) == 0


def test_a_document_id_where_a_fact_id_is_expected_is_no_fact_in_one_line(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    recorded_meeting(capsys, database_url, tmp_path)
    again = ("ingest", str(tmp_path / "meeting.txt"), "--format", "jsonl")
    status, out, _ = cli(capsys, "--database", database_url, *again)
    assert status == 0
    document_id = json.loads(out)["document_id"]
    before = log_size(database_url)
    for unknown in (document_id, "00000000-0000-0000-0000-000000000001"):
        for command in (
            ("fact", unknown),
            ("history", unknown),
            ("history", unknown, "--format", "jsonl"),
            ("audit", unknown),
            ("audit", unknown, "--format", "prov-json"),
            ("audit", unknown, "--format", "prov-n"),
            ("correct", unknown, "--set", "modality=reported", "--reason", "r"),
            ("retract", unknown, "--reason", "r"),
        ):
            assert cli(capsys, "--database", database_url, *command) == (
                1,
                "",
                f"timeline: error: no fact with id {unknown}\n",
            ), command
    assert log_size(database_url) == before


def test_history_text_gives_a_retraction_s_category(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    fact_id = recorded_meeting(capsys, db, tmp_path)
    retracted = ("retract", fact_id, "--reason", "not said", "--category", "extraction-error")
    assert cli(capsys, "--database", db, *retracted)[0] == 0
    status, out, _ = cli(capsys, "--database", db, "history", fact_id)
    assert status == 0
    lines = out.splitlines()
    retraction = next(i for i, line in enumerate(lines) if "FactRetracted" in line)
    assert lines[retraction + 1 : retraction + 3] == [
        '    reason: "not said"',
        '    category: "extraction-error"',
    ]


def test_output_to_a_closed_pipe_ends_quietly(db: str) -> None:
    run(db, "ingest", str(SEED))
    for command in (("show",), ("show", "--format", "jsonl"), ("actors",), ("actor", "putin")):
        read, write = os.pipe()
        os.close(read)  # the reader is gone before anything is written (`| head -0`)
        try:
            result = subprocess.run(
                [TIMELINE, "--database", db, *command],
                stdout=write,
                stderr=subprocess.PIPE,
                text=True,
                timeout=120,
            )
        finally:
            os.close(write)
        assert (result.returncode, result.stderr) == (141, ""), command


def test_an_error_of_several_lines_from_the_store_is_reported_in_one(
    capsys: pytest.CaptureFixture[str], db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import timeline.service

    def refuse(*args: object, **kwargs: object) -> None:
        raise RuntimeError(
            'duplicate key value violates unique constraint "x"\nDETAIL:  Key (a)=(b) exists.'
        )

    TimelineService(db).close()
    monkeypatch.setattr(timeline.service, "TimelineService", refuse)
    assert cli(capsys, "--database", db, "actors") == (
        1,
        "",
        "timeline: error: cannot open the store: RuntimeError: duplicate key value violates "
        'unique constraint "x"; DETAIL: Key (a)=(b) exists.\n',
    )


def test_a_missing_postgresql_database_is_named_at_once_in_one_line() -> None:
    name = f"t_missing_{uuid.uuid4().hex[:8]}"
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    for command in (("actors",), ("ingest", str(SEED))):
        started = time.monotonic()
        result = run(url, *command, check=False)
        assert time.monotonic() - started < 5
        assert (result.returncode, result.stdout) == (1, "")
        assert result.stderr == (
            f"timeline: error: database '{name}' does not exist on 127.0.0.1:5432 (create it "
            "first, e.g. with createdb)\n"
        )


@pytest.mark.parametrize(
    "damage",
    [
        "DELETE FROM {p}{tracking} WHERE application_name = 'timeline-views'",
        "DROP TABLE {p}tl_versions",
    ],
    ids=["tracking-deleted", "table-dropped"],
)
def test_damaged_views_are_rebuilt_and_replay_works_without_spinning(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path, damage: str
) -> None:
    fact_id = recorded_meeting(capsys, database_url, tmp_path)
    before = run(database_url, "show", "--format", "jsonl").stdout
    for command in (("replay",), ("show", "--format", "jsonl")):
        service = TimelineService(database_url)
        views = service.views
        with views._transaction(commit=True) as c:
            c.execute(views.sql(damage.replace("{tracking}", views._tracking_table())))
        service.close()
        result = subprocess.run(
            [TIMELINE, "--database", database_url, *command],
            capture_output=True,
            text=True,
            timeout=60,  # not for ever
        )
        assert (result.returncode, result.stderr) == (0, ""), command
        if command == ("replay",):
            assert result.stdout == "replayed 2 events into the views\n"
        else:
            assert result.stdout == before and fact_id in before
    assert run(database_url, "show", "--format", "jsonl").stdout == before
    assert run(database_url, "verify").stdout.startswith("ok:")

"""The ``timeline`` command line.

Errors are one line on stderr and a non-zero exit; nothing is stored when any
input is bad.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO
from uuid import UUID

from timeline import document as documents
from timeline import queries
from timeline.ontology import FACT_TYPES
from timeline.settings import Settings
from timeline.store import ViewsDamaged
from timeline.values import MODALITIES

EXIT_USAGE = 2
EXIT_ERROR = 1
EXIT_PIPE = 141  # 128 + SIGPIPE, as a shell reports a command killed by a closed pipe


class CliError(Exception):
    """An error to report in one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage block: scripts and people both read it.
        self.exit(EXIT_USAGE, f"timeline: error: {message} (see 'timeline --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="timeline", description="Event-sourced timeline of news facts.")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="sqlite:///path.db or postgresql://user@host/db (default: $TIMELINE_DATABASE_URL)",
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def listing(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--format", choices=("table", "jsonl"), default="table")
        return p

    p: argparse.ArgumentParser = sub.add_parser(
        "ingest", help="record documents (files or folders)"
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--by", default="cli", help="principal recorded as the recorder")
    listing(p)

    p = listing(sub.add_parser("show", help="the timeline"))
    p.add_argument("--actor", action="append", default=[], help="id or alias (repeatable: any)")
    p.add_argument(
        "--type", action="append", default=[], metavar="TYPE", help="a fact type (repeatable)"
    )
    p.add_argument("--modality", choices=MODALITIES)
    p.add_argument("--from", dest="date_from", metavar="DATE", help=queries.PERIOD_FORMAT)
    p.add_argument("--to", dest="date_to", metavar="DATE", help=queries.PERIOD_FORMAT)
    p.add_argument("--document", metavar="ID", help="a document id: facts it recorded or restated")
    p.add_argument("--q", metavar="WORDS", help="words in the quote, summary or actor names")
    p.add_argument("--include-retracted", action="store_true")
    p.add_argument(
        "--as-of",
        metavar="POSITION|TIME",
        help="a log position, or a date-time with a timezone: the timeline as it was then",
    )
    p.add_argument("--limit", type=_positive, default=500, help="at most this many facts")

    listing(sub.add_parser("actors", help="actors by number of facts"))
    listing(sub.add_parser("actor", help="one actor's view")).add_argument("actor_id")
    listing(sub.add_parser("fact", help="one fact")).add_argument("fact_id")
    listing(sub.add_parser("history", help="every stored event of a fact")).add_argument("fact_id")
    sub.add_parser("replay", help="drop and rebuild every view from the event log")

    p = listing(sub.add_parser("extract", help="extract facts from a file; store nothing"))
    p.add_argument("path")

    p = sub.add_parser("correct", help="record a correction of a fact")
    p.add_argument("fact_id")
    p.add_argument(
        "--set",
        dest="changes",
        action="append",
        required=True,
        metavar="FIELD=VALUE",
        help="a field and its new value (JSON, or plain text; when: an EDTF date such as "
        "2019-01-20, or a JSON object)",
    )
    p.add_argument("--reason", required=True)
    p.add_argument("--expected-version", type=int)
    p.add_argument("--by", default="cli")

    p = sub.add_parser("retract", help="record that a fact is withdrawn")
    p.add_argument("fact_id")
    p.add_argument("--reason", required=True)
    p.add_argument("--category", default="unspecified")
    p.add_argument("--expected-version", type=int)
    p.add_argument("--by", default="cli")

    p = sub.add_parser("project", help="bring the views up to date (with --follow: keep doing so)")
    p.add_argument("--follow", action="store_true", help="keep following the event log")
    p.add_argument("--interval", type=float, default=0.5, help="seconds between polls")
    p.add_argument("--max-seconds", type=float, default=None, help="stop following after this")

    p = sub.add_parser("eval", help="score the extractor against gold facts (JSONL)")
    p.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    p.add_argument(
        "--documents",
        action="append",
        default=[],
        metavar="DIR",
        help="where the gold's documents are (repeatable; default: a texts/ folder beside "
        "the gold files, seeds/, ../shared/corpus and tests/gold_heldout/texts)",
    )
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument(
        "--errors", action="store_true", help="also list the missed and the spurious facts"
    )

    p = sub.add_parser("serve", help="serve the HTTP API with uvicorn")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1)

    p = sub.add_parser("audit", help="how a fact was recorded and changed, step by step")
    p.add_argument("fact_id")
    p.add_argument("--format", choices=("text", "prov-json", "prov-n"), default="text")

    p = sub.add_parser("digest", help="print the ledger digest (size and Merkle root) as JSON")
    p = sub.add_parser("verify", help="recompute the ledger from the stored events")
    p.add_argument("--digest", metavar="FILE", help="a digest saved earlier (timeline digest)")
    p.add_argument(
        "--views",
        action="store_true",
        help="also rebuild the views from the verified events (in a temporary file) and "
        "compare them with the served ones (costs about a replay)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if getattr(args, "by", None) is not None:
            _check_principal(args.by)
        code = COMMANDS[args.command](args, sys.stdout)
        sys.stdout.flush()  # here, so that a closed pipe is reported below
        return code
    except (CliError, documents.DocumentError, ViewsDamaged) as exc:
        print(f"timeline: error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (`timeline show | head`): stop quietly, as a command killed
        # by SIGPIPE would. Output still buffered must not be flushed at exit.
        _discard_stdout()
        return EXIT_PIPE
    except KeyboardInterrupt:
        return 130


def _check_principal(name: str) -> None:
    """--by names who records, as the domain's rules want it (before any store is opened)."""
    from timeline import changes

    try:
        changes.principal(name)
    except changes.ChangeError as exc:
        raise CliError(f"--by: {exc.problem}") from None


def _discard_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # not a file descriptor (a test's captured output)


def one_line(message: str) -> str:
    """A message in one line: a database's error can add DETAIL and HINT lines."""
    return "; ".join(" ".join(line.split()) for line in message.splitlines() if line.strip())


# Input


def collect_files(paths: Iterable[str]) -> list[Path]:
    """The files named, and the ``.txt`` files of the folders named (recursively): a folder's
    README, index or notes are not news articles. A file named explicitly is read whatever
    its name."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() == ".txt"
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise CliError(f"{raw}: the folder holds no documents (.txt files)")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise CliError(f"{raw}: no such file or folder")
    return files


def read_document(path: Path) -> documents.SourceDocument:
    # The API's limit (TIMELINE_MAX_DOCUMENT_BYTES) holds here too: a file is a document.
    limit = Settings().max_document_bytes
    try:
        if path.stat().st_size > limit:
            raise CliError(
                f"{path}: larger than {limit} bytes (TIMELINE_MAX_DOCUMENT_BYTES); "
                "split it into its articles"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return documents.load(data, str(path))
    except documents.DocumentError as exc:
        message = str(exc)
        raise CliError(message if message.startswith(str(path)) else f"{path}: {message}") from None


def open_service(args: argparse.Namespace, *, create: bool = False, catch_up: bool = True) -> Any:
    """The service on the store of ``--database`` (or TIMELINE_DATABASE_URL). Only a
    command that records (``create``) makes a new SQLite file: a mistyped path must not
    look like an empty store."""
    from timeline.service import TimelineService
    from timeline.store import StoreConfigError, StoreUnavailable, sqlite_file

    url = args.database or Settings().database_url
    try:
        file = sqlite_file(url)
        if file is not None and not create and not file.exists():
            raise CliError(f"no store at {file}: nothing recorded there yet (check the path)")
        return TimelineService(url, catch_up=catch_up)
    except CliError:
        raise
    except (StoreConfigError, StoreUnavailable, ViewsDamaged) as exc:
        raise CliError(str(exc)) from None
    except Exception as exc:  # the engine's own errors: say which store failed and why
        raise CliError(f"cannot open the store: {type(exc).__name__}: {exc}") from None


# Commands


def cmd_ingest(args: argparse.Namespace, out: TextIO) -> int:
    files = collect_files(args.paths)
    # Parse every file first: one bad file stops the run before anything is stored.
    sources = [(path, read_document(path)) for path in files]
    service = open_service(args, create=True)
    try:
        from tqdm import tqdm

        from timeline.application import DocumentConflict, DuplicateInBatch

        try:
            service.app.check_new([source for _, source in sources])
        except DuplicateInBatch as exc:
            (first, a), (second, b) = sources[exc.earlier], sources[exc.later]
            said = "; ".join(
                f"{key} {a.metadata.get(key)!r} and {b.metadata.get(key)!r}"
                for key in sorted(a.metadata.keys() | b.metadata.keys())
                if a.metadata.get(key) != b.metadata.get(key)
            )
            raise CliError(
                f"{second}: the same text as {first}, another file of this batch, but with "
                f"{said or exc}: nothing is recorded (give the text once, or both files the "
                "same header)"
            ) from None
        except DocumentConflict as exc:
            path = next(p for p, s in sources if s.id == exc.document_id)
            raise CliError(f"{path}: {exc}") from None
        results = []
        for path, source in tqdm(
            sources, desc="ingest", unit="doc", disable=len(sources) < 2, file=sys.stderr
        ):
            result = service.ingest(source, recorded_by=args.by)
            results.append((path, result))
    finally:
        service.close()
    for path, result in results:
        record = {
            "path": str(path),
            "document_id": result.document_id,
            "facts": len(result.fact_ids),
            "created": result.created,
        }
        if args.format == "jsonl":
            out.write(json.dumps(record) + "\n")
        else:
            state = "recorded" if result.created else "already recorded"
            out.write(
                f"{path}: {state}, {len(result.fact_ids)} facts, document {result.document_id}\n"
            )
    return 0


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from timeline.views import MAX_LIMIT, TimelineQuery

    # The same readings as the HTTP API's (timeline.queries), checked before the store opens.
    unknown = [t for t in args.type if t not in FACT_TYPES]
    if unknown:
        raise CliError(f"--type {unknown[0]!r} is not a fact type: one of {', '.join(FACT_TYPES)}")
    try:
        date_from, date_to = queries.period(args.date_from, args.date_to)
    except queries.PeriodError as exc:
        raise CliError(f"--{exc.name}: {exc}") from None
    if args.q is not None:
        try:
            queries.search_words(args.q)
        except ValueError as exc:
            raise CliError(f"--q {exc}") from None
    document = None if args.document is None else str(_uuid(args.document, "document"))
    if any(not a.strip() for a in args.actor):
        raise CliError("--actor must not be empty")
    service = open_service(args)
    try:
        as_of = None if args.as_of is None else _as_of(service, args.as_of)
        query = TimelineQuery(
            actors=tuple(dict.fromkeys(_resolve_actor(a) for a in args.actor)),
            types=tuple(dict.fromkeys(args.type)),
            modality=args.modality,
            date_from=date_from,
            date_to=date_to,
            document=document,
            q=args.q,
            include_retracted=args.include_retracted,
            limit=min(args.limit, MAX_LIMIT),
        )
        items: list[dict[str, Any]] = []
        page = service.views.timeline(query, as_of=as_of)
        items.extend(page.items)
        while page.next_cursor and len(items) < args.limit:
            query = replace(query, cursor=page.next_cursor)
            page = service.views.timeline(query, as_of=as_of)
            items.extend(page.items)
    finally:
        service.close()
    _print_facts(items[: args.limit], args.format, out)
    return 0


def cmd_actors(args: argparse.Namespace, out: TextIO) -> int:
    service = open_service(args)
    try:
        actors = service.views.actors(limit=500)
    finally:
        service.close()
    if args.format == "jsonl":
        for actor in actors:
            out.write(json.dumps(actor, ensure_ascii=False) + "\n")
        return 0
    out.write(f"{'ID':<28} {'NAME':<32} {'FACTS':>5}  {'FIRST':<10}  {'LAST':<10}\n")
    for a in actors:
        out.write(
            f"{a['id']:<28} {a['name'][:32]:<32} {a['fact_count']:>5}  "
            f"{a['first_date'] or '—':<10}  {a['last_date'] or '—':<10}\n"
        )
    return 0


def cmd_actor(args: argparse.Namespace, out: TextIO) -> int:
    service = open_service(args)
    try:
        actor_id = _resolve_actor(args.actor_id)
        actor = service.views.actor(actor_id)
        if actor is None:
            raise CliError(f"no actor {args.actor_id!r} in the timeline")
        from timeline.views import TimelineQuery

        facts = service.views.timeline(TimelineQuery(actors=(actor_id,), limit=500)).items
    finally:
        service.close()
    if args.format == "jsonl":
        out.write(json.dumps({**actor, "facts": facts}, ensure_ascii=False) + "\n")
        return 0
    out.write(f"{actor['name']} ({actor['id']}): {actor['fact_count']} facts, ")
    out.write(f"{actor['first_date'] or '—'} to {actor['last_date'] or '—'}\n")
    for type_name, n in sorted(actor["counts_by_type"].items()):
        out.write(f"  {type_name}: {n}\n")
    if actor["counterparts"]:
        out.write("counterparts:\n")
        for c in actor["counterparts"]:
            out.write(f"  {c['name']} ({c['id']}): {c['fact_count']}\n")
    _print_facts(facts, "table", out)
    return 0


def cmd_fact(args: argparse.Namespace, out: TextIO) -> int:
    fact_id = _uuid(args.fact_id)
    service = open_service(args)
    try:
        fact = service.views.fact(str(fact_id))
    finally:
        service.close()
    if fact is None:
        raise CliError(f"no fact with id {args.fact_id}")
    if args.format == "jsonl":
        out.write(json.dumps(fact, ensure_ascii=False) + "\n")
    else:
        out.write(json.dumps(fact, ensure_ascii=False, indent=2) + "\n")
    return 0


def cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    from timeline.application import NotFound

    fact_id = _uuid(args.fact_id)
    service = open_service(args)
    try:
        events = service.fact_history(fact_id)
    except NotFound as exc:
        raise CliError(str(exc)) from None
    finally:
        service.close()
    if args.format == "jsonl":
        for e in events:
            out.write(json.dumps(e, ensure_ascii=False) + "\n")
        return 0
    for e in events:
        extractor = e["payload"].get("extractor") or {}
        made_by = (
            f" by extractor {extractor.get('name')} {extractor.get('version')}"
            f" (rule {extractor.get('rule')})"
            if extractor
            else ""
        )
        out.write(
            f"v{e['version']}  {e['recorded_at']}  {e['type']}  "
            f"recorded by {e['recorded_by']}{made_by}\n"
        )
        details = dict(e["payload"])
        if e["type"] == "FactRetracted":
            # An event recorded before retractions had categories reads as "unspecified".
            details.setdefault("category", "unspecified")
        for key in ("reason", "category", "changes"):
            if key in details:
                out.write(f"    {key}: {json.dumps(details[key], ensure_ascii=False)}\n")
    return 0


def cmd_replay(args: argparse.Namespace, out: TextIO) -> int:
    from timeline.audit import LedgerMismatch

    # No catch-up on open: the views may be too damaged to continue from where they are.
    service = open_service(args, catch_up=False)
    try:
        applied = service.rebuilt
        if applied is None:  # not already rebuilt on open (a view table was missing)
            try:
                applied = service.projection.replay()
            except LedgerMismatch as exc:
                raise CliError(str(exc)) from None
    finally:
        service.close()
    out.write(f"replayed {applied} events into the views\n")
    return 0


def cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    from timeline.extraction import extract

    path = Path(args.path)
    if not path.is_file():
        raise CliError(f"{args.path}: no such file")
    source = read_document(path)
    facts = extract(source.body, source.published, str(source.id), source.metadata.get("title", ""))
    rows = [extracted_json(f.as_dict()) for f in facts]
    if args.format == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        _print_facts(rows, "table", out)
    return 0


def extracted_json(fact: dict[str, Any]) -> dict[str, Any]:
    """The documented JSON shape of an extracted fact."""
    when = fact["when"]
    return {
        "type": fact["type"],
        "modality": fact["modality"],
        "actors": [{"id": a["id"], "name": a["name"], "role": a["role"]} for a in fact["actors"]],
        "location": fact["location"],
        "when": {
            "edtf": when["edtf"],
            "best": when["best"],
            "precision": when["precision"],
            "duration": when["duration"],
            "expression": when["expression"],
            "derivation": when["derivation"],
        },
        "quantities": [
            {"value": q["value"], "unit": q["unit"], "text": q["text"]} for q in fact["quantities"]
        ],
        "evidence": [
            {"sentence": e["sentence"], "start": e["start"], "end": e["end"], "quote": e["quote"]}
            for e in fact["evidence"]
        ],
        "attribution": fact["attribution"],
        "summary": fact["summary"],
        "rule": fact["rule"],
        "plover": fact["plover"] or None,
        "cameo": fact["cameo"] or None,
    }


# Output helpers


def _print_facts(items: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    if fmt == "jsonl":
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
        return
    if not items:
        out.write("(no facts)\n")
        return
    for item in items:
        when = item.get("when") or {}
        date = when.get("edtf") or when.get("best") or "undated"
        actors = ", ".join(f"{a['name']} ({a['role']})" for a in item.get("actors", [])) or "—"
        status = " [RETRACTED]" if item.get("status") == "retracted" else ""
        out.write(
            f"{date:<23} {when.get('precision') or '':<6} {item['type']:<26} "
            f"{item['modality']:<10} {actors}{status}\n"
        )
        quote = item.get("quote") or (item.get("evidence") or [{}])[0].get("quote", "")
        out.write(f"    “{quote}”\n")
        if item.get("id"):
            out.write(f"    fact {item['id']}\n")


def _uuid(value: str, what: str = "fact") -> UUID:
    try:
        if not value.isascii():  # UUID() reads other scripts' digits too
            raise ValueError
        return UUID(value)
    except ValueError:
        raise CliError(f"{value!r} is not a {what} id (a UUID)") from None


def _positive(value: str) -> int:
    """``--limit``: a whole number from 1 (argparse reports a ValueError in one line)."""
    if not queries.is_digits(value) or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number from 1")
    return int(value)


def _as_of(service: Any, value: str) -> int:
    """``--as-of``: a log position the views have reached, or the position at a past time."""
    from timeline.audit import utc_iso

    current = int(service.views.position())
    if queries.is_digits(value):
        if int(value) > current:
            raise CliError(f"--as-of {value} is beyond the last log position ({current})")
        return int(value)
    try:
        moment = queries.parse_time(value)
        recorded = utc_iso(moment)
    except ValueError as exc:
        raise CliError(f"--as-of {exc}") from None
    except OverflowError:
        raise CliError("--as-of: the date-time is out of range in UTC") from None
    if moment > datetime.now(UTC):
        raise CliError("--as-of: the date-time is in the future")
    return int(service.views.position_at(recorded))


def _resolve_actor(value: str) -> str:
    try:
        from timeline.gazetteer import Gazetteer
    except ImportError:
        return value
    actor = Gazetteer.default().resolve(value)
    return actor.id if actor is not None else value


def cmd_correct(args: argparse.Namespace, out: TextIO) -> int:
    fact_id = _uuid(args.fact_id)
    values: dict[str, Any] = {}
    for item in args.changes:
        name, sep, raw = item.partition("=")
        if not sep or not name:
            raise CliError(f"--set {item!r}: use FIELD=VALUE")
        values[name] = _set_value(name, raw)
    fact = _lifecycle(
        args, lambda s: s.correct(fact_id, values, args.reason, args.by, args.expected_version)
    )
    out.write(f"fact {fact.id} corrected: now at version {fact.version}\n")
    return 0


def _set_value(name: str, raw: str) -> Any:
    """A ``--set`` value: JSON, or else plain text. A date (``when``) not written as a JSON
    object is its EDTF expression (``2019-01-20``, ``2019``, ``2019-01/2019-03``): the
    domain derives the rest. The domain checks every value (``timeline.changes``)."""
    if name == "when" and not raw.lstrip().startswith("{"):
        return raw
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        if name == "when":
            raise CliError(f"--set {name}=...: not a JSON object") from None
        return raw


def cmd_retract(args: argparse.Namespace, out: TextIO) -> int:
    fact_id = _uuid(args.fact_id)
    fact = _lifecycle(
        args,
        lambda s: s.retract(fact_id, args.reason, args.by, args.expected_version, args.category),
    )
    out.write(f"fact {fact.id} retracted: now at version {fact.version}\n")
    return 0


def _lifecycle(args: argparse.Namespace, change: Callable[[Any], Any]) -> Any:
    from timeline.application import NotFound, VersionConflict
    from timeline.domain import DomainError

    service = open_service(args)
    try:
        return change(service)
    except (NotFound, VersionConflict, DomainError) as exc:
        raise CliError(str(exc)) from None
    finally:
        service.close()


def cmd_project(args: argparse.Namespace, out: TextIO) -> int:
    import time

    service = open_service(args, create=True)
    started = time.monotonic()
    total = 0
    try:
        while True:
            applied = service.projection.catch_up()
            total += applied
            if applied:
                out.write(f"applied {applied} events (position {service.views.position()})\n")
                out.flush()
            if not args.follow:
                break
            if args.max_seconds is not None and time.monotonic() - started >= args.max_seconds:
                break
            time.sleep(args.interval)
    finally:
        service.close()
    out.write(f"{total} events applied in all\n")
    return 0


def cmd_eval(args: argparse.Namespace, out: TextIO) -> int:
    from timeline import evaluation
    from timeline.extraction import extract

    gold: list[dict[str, Any]] = []
    gold_files = collect_files(args.gold)
    for path in gold_files:
        for number, line in enumerate(_read_text(path).splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CliError(f"{path}:{number}: not JSON ({exc.msg})") from None
            if not isinstance(item, dict) or not isinstance(item.get("document"), str):
                raise CliError(f"{path}:{number}: a gold fact needs a 'document' file name")
            gold.append(item)
    # A gold set may keep its texts in a ``texts/`` folder beside its JSONL files
    # (tests/gold_heldout, tests/gold_dev2): look there first, then the shared folders.
    beside = dict.fromkeys(p.parent / "texts" for p in gold_files)
    folders = [Path(d) for d in args.documents] or [
        *(folder for folder in beside if folder.is_dir()),
        Path("seeds"),
        Path("../shared/corpus"),
        Path("tests/gold_heldout/texts"),
    ]
    predicted: list[dict[str, Any]] = []
    for name in sorted({g["document"] for g in gold}):
        found = next((f / name for f in folders if (f / name).is_file()), None)
        if found is None:
            raise CliError(f"gold document {name!r} is in none of: {', '.join(map(str, folders))}")
        source = read_document(found)
        for fact in extract(
            source.body, source.published, str(source.id), source.metadata.get("title", "")
        ):
            predicted.append({**extracted_json(fact.as_dict()), "document": name})
    report = evaluation.evaluate(gold, predicted)
    if args.format == "json":
        result = report.as_dict()
        if args.errors:
            result["missed"] = [gold[i] for i in report.false_negatives]
            result["spurious"] = [predicted[i] for i in report.false_positives]
        out.write(json.dumps(result, indent=2) + "\n")
    else:
        out.write(evaluation.format_report(report) + "\n")
        if args.errors:
            out.write("\n" + evaluation.format_errors(report, gold, predicted) + "\n")
    return 0


def _read_text(path: Path) -> str:
    try:
        return documents.decode(path.read_bytes(), str(path))
    except OSError as exc:
        raise CliError(f"{path}: cannot read ({exc.strerror})") from None


def cmd_serve(args: argparse.Namespace, out: TextIO) -> int:
    from api.server import serve

    if not 0 < args.port < 65536:
        raise CliError(f"--port {args.port}: not a TCP port")
    if args.workers < 1:
        raise CliError("--workers must be at least 1")
    serve(args.host, args.port, args.workers, args.database)
    return 0


def cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    from timeline import provenance
    from timeline.application import NotFound

    fact_id = _uuid(args.fact_id)
    service = open_service(args)
    try:
        history, docs = service.lineage(fact_id)
    except NotFound as exc:
        raise CliError(str(exc)) from None
    finally:
        service.close()
    if args.format == "prov-json":
        out.write(json.dumps(provenance.provenance_json(history, docs), indent=2) + "\n")
    elif args.format == "prov-n":
        out.write(provenance.fact_provenance(history, docs).get_provn() + "\n")
    else:
        out.write(provenance.audit_story(history, docs) + "\n")
    return 0


def cmd_digest(args: argparse.Namespace, out: TextIO) -> int:
    from timeline import audit

    service = open_service(args)
    try:
        out.write(json.dumps(audit.digest(service.views).as_dict()) + "\n")
    finally:
        service.close()
    return 0


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    from timeline import audit
    from timeline.ledger import Digest

    expected = None
    if args.digest:
        try:
            expected = Digest.from_dict(json.loads(Path(args.digest).read_text()))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CliError(f"{args.digest}: not a digest file ({exc})") from None
    service = open_service(args)
    try:
        result = audit.verify(service.app, service.views, expected, check_views=args.views)
    finally:
        service.close()
    if not result.ok:
        where = (
            f" at log position {result.first_bad_position}"
            if result.first_bad_position is not None
            else f" for fact {result.first_bad_fact}"
            if result.first_bad_fact is not None
            else ""
        )
        raise CliError(f"verification failed{where}: {result.problem}")
    views = ", and the views match them" if result.views_checked else ""
    out.write(f"ok: {result.checked} events verified{views}, root {result.root}\n")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "correct": cmd_correct,
    "retract": cmd_retract,
    "digest": cmd_digest,
    "audit": cmd_audit,
    "serve": cmd_serve,
    "eval": cmd_eval,
    "project": cmd_project,
    "verify": cmd_verify,
    "ingest": cmd_ingest,
    "show": cmd_show,
    "actors": cmd_actors,
    "actor": cmd_actor,
    "fact": cmd_fact,
    "history": cmd_history,
    "replay": cmd_replay,
    "extract": cmd_extract,
}


if __name__ == "__main__":
    raise SystemExit(main())

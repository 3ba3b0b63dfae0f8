"""The ``treatyx`` command: options in, library calls, records out. No extraction logic here."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from . import __version__
from .errors import InputError, RuleErrors, TreatyxError
from .extensions import KINDS
from .io.readers import DEFAULT_GLOBS, CorpusFields, check_date, iter_documents
from .io.writers import (
    FORMATS,
    CsvWriter,
    JsonlWriter,
    JsonWriter,
    YamlWriter,
    atomic_output,
    dumps,
)

EXIT_OK, EXIT_DOC_FAILED, EXIT_USAGE = 0, 1, 2


class Failures:
    """Counts documents that could not be processed and reports each on stderr."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, source: str, message: str) -> None:
        self.count += 1
        click.echo(f"treatyx: error: {source}: {message}", err=True)


def _fail_usage(message: str) -> None:
    click.echo(f"treatyx: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _rule_errors(exc: RuleErrors) -> None:
    for error in exc.errors:
        click.echo(f"treatyx: rule error: {error}", err=True)
    sys.exit(EXIT_USAGE)


def _parse_kinds(value: str | None) -> tuple[str, ...]:
    if not value:
        return KINDS
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise click.BadParameter(f"unknown kind(s) {', '.join(unknown)}; choose from "
                                 f"{', '.join(KINDS)}", param_hint="--kinds")
    return kinds


def _validate_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    try:
        return check_date(value, "--date")
    except InputError as exc:
        raise click.BadParameter(exc.message) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="treatyx")
def main() -> None:
    """Extract dated events, actors, treaties, missile systems and ranges from arms-control news."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "date", callback=_validate_date, metavar="YYYY-MM-DD",
              help="Document date for inputs that have none (anchors 'Wednesday', 'last year').")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Output format. Default: table on a terminal, jsonl when piped.")
@click.option("-o", "--output", type=click.Path(dir_okay=True, path_type=Path),
              help="Write to this file (atomically); for csv, a folder gets one file per kind.")
@click.option("--kinds", help=f"Comma-separated kinds to keep ({','.join(KINDS)}).")
@click.option("--model", metavar="NAME|PATH",
              help="Installed trained spaCy pipeline to stack treatyx on (never downloaded).")
@click.option("--rules", "rules", multiple=True, type=click.Path(file_okay=False),
              help="Extra rule folder; its entries override shipped ones with the same id.")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help=f"File patterns inside folders (default: {' '.join(DEFAULT_GLOBS)}).")
@click.option("--text-field", default="text", show_default=True, help="Corpus text field.")
@click.option("--id-field", default="id", show_default=True, help="Corpus id field.")
@click.option("--date-field", default="date", show_default=True, help="Corpus date field.")
@click.option("-q", "--quiet", is_flag=True, help="No summary or progress on stderr.")
def extract(paths: tuple[str, ...], date: str | None, fmt: str | None, output: Path | None,
            kinds: str | None, model: str | None, rules: tuple[str, ...],
            globs: tuple[str, ...], text_field: str, id_field: str, date_field: str,
            quiet: bool) -> None:
    """Extract records from files, folders, corpus files (.jsonl) or - (stdin)."""
    wanted = _parse_kinds(kinds)
    fmt = fmt or ("table" if output is None and sys.stdout.isatty() else "jsonl")
    if fmt == "csv" and len(wanted) != 1 and not (output and output.suffix == ""):
        _fail_usage("csv needs one kind (--kinds event) or -o FOLDER for one file per kind")
    from .api import Result, process
    from .pipeline import load

    try:
        nlp = load(model=model, rules=list(rules))
    except RuleErrors as exc:
        _rule_errors(exc)
    except TreatyxError as exc:
        _fail_usage(str(exc))
    documents = iter_documents(paths, default_date=date, globs=globs or DEFAULT_GLOBS,
                               fields=CorpusFields(text_field, id_field, date_field))
    failures = Failures()
    counts: Counter[str] = Counter()
    with _writer(fmt, output, wanted) as writer:
        for result in process(nlp, documents):
            if isinstance(result, InputError):
                failures.report(result.source, result.message)
                continue
            if not isinstance(result, Result) or result.error:
                failures.report(result.document.name, result.error or "failed")
                continue
            records = [r for r in result.records or [] if r["kind"] in wanted]
            counts.update(r["kind"] for r in records)
            counts["documents"] += 1
            writer.write(records)
    if not quiet and (output is not None or not sys.stdout.isatty()):
        summary = ", ".join(f"{counts[k]} {k}" for k in wanted if counts[k])
        click.echo(f"treatyx: {counts['documents']} document(s), {summary or 'no records'}"
                   f"{f', {failures.count} failed' if failures.count else ''}", err=True)
    sys.exit(EXIT_DOC_FAILED if failures.count else EXIT_OK)


@contextlib.contextmanager
def _writer(fmt: str, output: Path | None, kinds: tuple[str, ...]) -> Iterator[Any]:
    if fmt == "table":
        from rich.console import Console

        from .io.table import TableWriter

        if output is None:
            yield TableWriter(Console())
        else:
            with atomic_output(output) as handle:
                yield TableWriter(Console(file=handle, width=120, color_system=None))
        return
    if fmt == "csv" and output is not None and (output.is_dir() or output.suffix == ""):
        with contextlib.ExitStack() as stack:
            streams = {k: stack.enter_context(atomic_output(output / f"{k}.csv")) for k in kinds}
            writer = CsvWriter(streams)
            yield writer
            writer.close()
        return
    build = {"jsonl": JsonlWriter, "json": JsonWriter, "yaml": YamlWriter}.get(fmt)
    with _stream(output) as stream:
        writer = CsvWriter({kinds[0]: stream}) if fmt == "csv" else build(stream)
        yield writer
        writer.close()


@contextlib.contextmanager
def _stream(output: Path | None) -> Iterator[IO[str]]:
    if output is None:
        yield sys.stdout
    else:
        with atomic_output(output) as handle:
            yield handle


@main.group()
def rules() -> None:
    """Validate and list the rule files."""


@rules.command("check")
@click.argument("folders", nargs=-1, type=click.Path(file_okay=False))
def rules_check(folders: tuple[str, ...]) -> None:
    """Validate the shipped rules plus FOLDERS: keys, ids, names, regexes (exit 2 on problems)."""
    from .ruleset.check import check_ruleset
    from .ruleset.loader import read_ruleset

    try:
        ruleset = read_ruleset(tuple(folders))
    except RuleErrors as exc:
        _rule_errors(exc)
    problems = check_ruleset(ruleset)
    for problem in problems:
        click.echo(f"treatyx: rule error: {problem}", err=True)
    if problems:
        sys.exit(EXIT_USAGE)
    counts = Counter(entry.section for entry in ruleset)
    click.echo("ok: " + ", ".join(f"{n} {section}" for section, n in sorted(counts.items())))


SECTION_OF_KIND = {"system": "systems", "treaty": "treaties", "actor": "actors",
                   "event": "events", "pattern": "system_patterns"}


@rules.command("list")
@click.option("--kind", type=click.Choice(sorted(SECTION_OF_KIND)),
              help="Only this kind of entry.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default=None,
              help="Default: table on a terminal, jsonl when piped.")
@click.option("--rules", "folders", multiple=True, type=click.Path(file_okay=False),
              help="Extra rule folder to include.")
def rules_list(kind: str | None, fmt: str | None, folders: tuple[str, ...]) -> None:
    """List what treatyx knows: systems, treaties, actors, event rules, patterns."""
    from .ruleset.loader import read_ruleset

    try:
        ruleset = read_ruleset(tuple(folders))
    except RuleErrors as exc:
        _rule_errors(exc)
    sections = [SECTION_OF_KIND[kind]] if kind else list(SECTION_OF_KIND.values())
    rows = []
    for section in sections:
        for entry in ruleset.entries(section):
            data = entry.data
            rows.append({
                "section": section, "id": entry.id, "name": data.get("name", ""),
                "class": data.get("class") or data.get("type") or data.get("kind") or "",
                "country": data.get("country") or "",
                "names": len(data.get("aliases", []) or data.get("verbs", []) or []),
                "where": entry.where,
            })
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    if fmt == "jsonl":
        for row in rows:
            click.echo(dumps(row))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} entries")
    for column in ("section", "id", "name", "class", "country", "names", "where"):
        table.add_column(column)
    for row in rows:
        table.add_row(*(str(row[c]) for c in ("section", "id", "name", "class", "country",
                                              "names", "where")))
    Console().print(table)
    counts = Counter(row["section"] for row in rows)
    click.echo(", ".join(f"{n} {section}" for section, n in counts.items()))


@main.command()
def schema() -> None:
    """Print the JSON Schema of the records."""
    from .records import record_schema

    click.echo(json.dumps(record_schema(), indent=2))


def run() -> None:
    """Console entry point: usage errors exit 2, a closed pipe (| head) ends quietly."""
    try:
        main.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("treatyx: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE if exc.exit_code == 2 else exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        click.echo("treatyx: interrupted", err=True)
        sys.exit(130)


def _silence_stdout() -> None:
    """After the reader closed the pipe, send the final flush to /dev/null instead of a trace."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())

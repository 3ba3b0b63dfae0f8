"""The ``treatyx`` command: options in, library calls, records out. No extraction logic here."""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

import click

from . import __version__
from .errors import InputError, RuleErrors, TreatyxError
from .io.progress import fit_terminal, process_start
from .io.readers import DEFAULT_GLOBS, CorpusFields, check_date, iter_documents
from .io.writers import (
    FORMATS,
    CsvWriter,
    JsonlWriter,
    JsonWriter,
    OutputError,
    YamlWriter,
    atomic_output,
    dumps,
    output_stream,
)
from .kinds import KINDS

EXIT_OK, EXIT_DOC_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_CODES_HELP = """\b
Exit codes:
  0    every document was processed
  1    some documents could not be read or processed (each is reported on stderr)
  2    usage error, bad rule file, or an output that cannot be written
  130  interrupted (Ctrl-C or SIGTERM)"""


class Failures:
    """Counts documents that could not be processed; reports each on stderr (above the
    progress bar when one is shown) and, with ``--errors FILE``, as a JSON line in FILE."""

    def __init__(self, log: Any = None, errors_file: IO[str] | None = None) -> None:
        self.count = 0
        self.log = log
        self.errors_file = errors_file

    def report(self, source: str, message: str) -> None:
        self.count += 1
        line = f"treatyx: error: {source}: {message}"
        if self.log is not None:
            self.log(line)
        else:
            click.echo(line, err=True)
        if self.errors_file is not None:
            self.errors_file.write(dumps({"doc": source, "error": message}) + "\n")
            self.errors_file.flush()


class _Interrupted(Exception):
    """Raised inside an atomic ``-o`` block so that the half-done file is discarded."""


class _Group(click.Group):
    """A click group whose commands end quietly with exit 0 when the reader of their output
    goes away (``| head -1``); click itself would exit 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _silence_stdout()
            sys.exit(EXIT_OK)


def _console(**kwargs: Any) -> Any:
    """A rich Console that raises BrokenPipeError on a closed pipe (rich exits 1 itself)."""
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    return PipeConsole(**kwargs)


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


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]},
             epilog=EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="treatyx")
def main() -> None:
    """Extract dated events, actors, treaties, missile systems and ranges from arms-control news."""


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "date", callback=_validate_date, metavar="YYYY-MM-DD",
              help="Document date for inputs that have none (anchors 'Wednesday', 'last year').")
@click.option("--format", "fmt", type=click.Choice((*FORMATS, "sqlite")),
              help="Output format. Default: table on a terminal, jsonl when piped, sqlite "
                   "for -o *.sqlite, *.sqlite3, *.db.")
@click.option("-o", "--output", type=click.Path(dir_okay=True, path_type=Path),
              help="Write to this file (atomically; a symlink's target, or a FIFO or device "
                   "directly); for csv, a folder gets one file per kind; a SQLite database "
                   "is added to, whole documents at a time, skipping those it holds.")
@click.option("--kinds", help=f"Comma-separated kinds to keep ({','.join(KINDS)}).")
@click.option("--model", metavar="NAME|PATH",
              help="Installed trained spaCy pipeline to stack treatyx on (never downloaded).")
@click.option("--rules", "rules", multiple=True, type=click.Path(file_okay=False),
              help="Extra rule folder; its entries override shipped ones with the same id. "
                   "Repeatable.")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help=f"File pattern inside folders (default: {' '.join(DEFAULT_GLOBS)}). "
                   "Repeatable.")
@click.option("--text-field", default="text", show_default=True, help="Corpus text field.")
@click.option("--id-field", default="id", show_default=True, help="Corpus id field.")
@click.option("--date-field", default="date", show_default=True, help="Corpus date field.")
@click.option("--workers", type=click.IntRange(min=1), metavar="N",
              help="Processes to run (default: 1 for a single document, the number of cores "
                   "for a folder, a corpus or several files).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Process the documents on a Dask cluster (tcp://host:8786; needs "
                   "treatyx[dask]) instead of local processes: the same output, in order.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
              metavar="FILE", help="Also write each failed document as a JSON line "
                                   '{"doc": ..., "error": ...} to FILE.')
@click.option("--skip-done", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Resumable run: skip the documents FILE lists as done and add each one "
                   "finished; with -o the output is appended to, not replaced (jsonl only).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary on stderr.")
def extract(paths: tuple[str, ...], date: str | None, fmt: str | None, output: Path | None,
            kinds: str | None, model: str | None, rules: tuple[str, ...],
            globs: tuple[str, ...], text_field: str, id_field: str, date_field: str,
            workers: int | None, scheduler: str | None, errors_path: Path | None,
            skip_done: Path | None, quiet: bool) -> None:
    """Extract records from files, folders, corpus files (.jsonl, .jsonl.gz) or - (stdin).

    Records are written as each document finishes, in input order. Ctrl-C stops cleanly:
    the output holds whole documents only, and an -o file is left as it was before the run
    (or, with --skip-done, holds every finished document, ready to resume)."""
    wanted = _parse_kinds(kinds)
    if fmt is None and output is not None:
        from .io.sqlite import is_database_path

        fmt = "sqlite" if is_database_path(output) else None
    if fmt == "sqlite" and (output is None or _streamed(output)):
        _fail_usage("sqlite needs -o FILE (the database to create or add to)")
    if skip_done is not None:
        fmt = fmt or "jsonl"
        if fmt != "jsonl":
            _fail_usage("--skip-done needs --format jsonl (the output is appended to)")
    fmt = fmt or ("table" if output is None and sys.stdout.isatty() else "jsonl")
    if fmt == "csv" and len(wanted) != 1 and not (output and _csv_folder(output)):
        _fail_usage("csv needs one kind (--kinds event) or -o FOLDER for one file per kind")
    # The pipeline lives as long as this process: no garbage collection while spaCy is
    # imported (this module does not import it) and the pipeline built (the ~10^5 long-lived
    # objects the build cache gives back alone triggered a 45 ms full collection), and its
    # objects are kept out of every collection from then on (cheaper collections, and forked
    # workers share its pages).
    from .cache import collection_paused

    with collection_paused():
        from .batch import Batch, graceful_stop
        from .io.skiplist import DoneList
        from .pipeline import load

        try:
            # On a cluster the workers build the pipeline; here the rules are only checked.
            nlp = (_check_rules(rules) if scheduler else load(model=model, rules=list(rules)))
        except RuleErrors as exc:
            _rule_errors(exc)
        except TreatyxError as exc:
            _fail_usage(str(exc))
        finally:
            gc.freeze()
    globs = globs or DEFAULT_GLOBS
    documents = iter_documents(paths, default_date=date, globs=globs,
                               fields=CorpusFields(text_field, id_field, date_field))
    try:
        done = DoneList(skip_done) if skip_done is not None else None
    except OutputError as exc:
        _fail_usage(str(exc))
    present = _database_documents(output) if fmt == "sqlite" else None
    state = _Run(wanted, _progress(paths, globs, output, quiet), done)
    # Workers hand back finished JSON lines (or the kinds asked for): little left to do here.
    transform = functools.partial(_jsonl_lines if fmt == "jsonl" else _keep_kinds, wanted)
    batch = Batch(nlp, workers=1 if scheduler else (workers or _default_workers(paths)),
                  stop=state.stop,
                  loader=functools.partial(load, model=model, rules=list(rules)),
                  transform=transform)
    try:
        with contextlib.ExitStack() as stack:
            errors_file = (stack.enter_context(atomic_output(errors_path))
                           if errors_path is not None else None)
            stack.enter_context(batch)  # forks the workers before the progress bar's thread
            runner = batch if scheduler is None else stack.enter_context(
                _cluster(scheduler, model, rules, transform, state.stop))
            stack.enter_context(graceful_stop(state.stop))  # Ctrl-C: stop after whole docs
            stack.enter_context(state.progress)
            state.failures = Failures(state.progress.log, errors_file)
            if state.done is not None:
                stack.enter_context(state.done)
            with (contextlib.suppress(_Interrupted),
                  _writer(fmt, output, wanted, state.done, state.progress.log) as (writer, size)):
                state.write_all(runner.run(_not_done(documents, state.done or present,
                                                    state.progress)),
                              writer, size)
                if state.stop.requested and output is not None and state.done is None:
                    raise _Interrupted  # leave -o FILE as it was before the run
    except BrokenPipeError:  # the reader went away (| head): end quietly, as a pipe should
        _silence_stdout()
        sys.exit(EXIT_OK)
    except OutputError as exc:  # nothing half-written is left: one line, exit 2
        _fail_usage(str(exc))
    if state.stop.requested:
        hint = "; run the same command again to continue" if state.done is not None else ""
        click.echo(fit_terminal(state.progress.summary(wanted, interrupted=True) + hint),
                   err=True)
        if fmt == "sqlite":
            click.echo(f"treatyx: {output} holds every finished document; run the same "
                       "command again to add the rest", err=True)
        elif output is not None and state.done is None and not _streamed(output):
            click.echo(f"treatyx: {output} was left unchanged", err=True)
        sys.exit(EXIT_INTERRUPTED)
    if not quiet:
        click.echo(fit_terminal(state.progress.summary(wanted)), err=True)
    sys.exit(EXIT_DOC_FAILED if state.failures.count else EXIT_OK)


class _Run:
    """The state of one extract run: kinds kept, progress, done list, failures, stop flag."""

    def __init__(self, wanted: tuple[str, ...], progress: Any, done: Any) -> None:
        self.wanted = wanted
        self.progress = progress
        self.done = done
        self.failures = Failures()
        from .batch import StopFlag

        self.stop = StopFlag()

    def write_all(self, outcomes: Iterator[Any], writer: Any, size: Any) -> None:
        """Write each document's records as it comes; stop after a whole document on Ctrl-C."""
        for outcome in outcomes:
            if outcome.error is not None:
                self.failures.report(outcome.name, outcome.error)
                self.progress.advance(failed=True)
            else:
                if isinstance(outcome.records, JsonLines):
                    if outcome.records.text:
                        writer.stream.write(outcome.records.text)
                        writer.stream.flush()
                    kinds = outcome.records.kinds
                else:
                    if hasattr(writer, "write_document"):  # a database: even with no records
                        document = outcome.document
                        writer.write_document(outcome.name, outcome.records,
                                              getattr(document, "date", None),
                                              getattr(document, "meta", None))
                    else:
                        writer.write(outcome.records)
                    kinds = Counter(r["kind"] for r in outcome.records)
                if self.done is not None:
                    self.done.add(outcome.name, size())
                self.progress.advance(records=sum(kinds.values()), kinds=kinds)
            if self.stop.requested:
                return


class JsonLines(NamedTuple):
    """One document's records as JSON lines, and how many of each kind."""

    text: str
    kinds: Counter[str]


def _jsonl_lines(kinds: tuple[str, ...], records: list[dict]) -> JsonLines:
    kept = [r for r in records if r["kind"] in kinds]
    return JsonLines("".join(dumps(r) + "\n" for r in kept), Counter(r["kind"] for r in kept))


def _keep_kinds(kinds: tuple[str, ...], records: list[dict]) -> list[dict]:
    return [r for r in records if r["kind"] in kinds]


def _default_workers(paths: tuple[str, ...]) -> int:
    """One process for a single document (no pool to start), every core for more."""
    from .batch import cpu_count
    from .io.readers import is_corpus

    if len(paths) == 1:
        path = Path(paths[0])
        if paths[0] == "-" or not path.exists() or (path.is_file() and not is_corpus(path)):
            return 1
    return cpu_count()


def _progress(paths: tuple[str, ...], globs: tuple[str, ...], output: Path | None,
              quiet: bool) -> Any:
    """A live bar when stderr is a terminal that records are not printed to."""
    from .io.progress import Progress, count_documents

    show = (not quiet and sys.stderr.isatty()
            and (output is not None or not sys.stdout.isatty()))
    return Progress(enabled=show, total=count_documents(paths, globs) if show else None,
                    process_started=process_start())


def _check_rules(rules: tuple[str, ...]) -> None:
    """Read and validate the rule files (RuleErrors name file:line), without a pipeline."""
    from .ruleset import load_ruleset

    load_ruleset(tuple(str(Path(r)) for r in rules))


def _cluster(address: str, model: str | None, rules: tuple[str, ...], transform: Any,
             stop: Any) -> Any:
    """The runner that sends the documents to a Dask cluster (see treatyx.distributed)."""
    from .distributed import DaskRunner, PipelineSpec

    spec = PipelineSpec(model, tuple(str(Path(r).resolve()) for r in rules))
    return DaskRunner(address, spec=spec, transform=transform, stop=stop)


def _database_documents(output: Path | None) -> set[str] | None:
    """The documents a SQLite output already holds: a run skips them before processing."""
    from .io.sqlite import present_documents

    try:
        return present_documents(output) if output is not None else None
    except OutputError as exc:
        _fail_usage(str(exc))
        return None


def _not_done(documents: Iterator[Any], done: Any, progress: Any) -> Iterator[Any]:
    """The documents not listed as done by an earlier run (the rest are counted as skipped)."""
    if done is None or not len(done):
        yield from documents
        return
    from .io.readers import Document

    for item in documents:
        if isinstance(item, Document) and item.name in done:
            progress.advance(skipped=True)
            continue
        yield item


@contextlib.contextmanager
def _writer(fmt: str, output: Path | None, kinds: tuple[str, ...], done: Any = None,
            log: Any = None) -> Iterator[tuple[Any, Any]]:
    """The record writer for ``fmt`` and ``output``, and a function giving the output's size
    in bytes so far (None for stdout) for the done list of a resumable run."""
    if done is not None and output is not None:  # resumable: append whole documents
        from .io.skiplist import resume_output

        existed = output.exists()
        handle, note = resume_output(output, done)
        if note and log is not None:
            log(f"treatyx: {note}")
        try:
            with handle:
                writer = JsonlWriter(handle)
                yield writer, lambda: os.fstat(handle.fileno()).st_size
                writer.close()
        except BaseException:
            if not existed:  # leave no empty output behind a failed first run
                with contextlib.suppress(OSError):
                    if output.stat().st_size == 0:
                        output.unlink()
            raise
        return
    if fmt == "sqlite" and output is not None:  # whole documents committed, even on Ctrl-C
        from .io.sqlite import SqliteWriter

        database = SqliteWriter(output, log=log)
        try:
            yield database, _no_size
        finally:
            database.close()
        return
    if fmt == "table":
        from .io.table import TableWriter

        if output is None:
            yield TableWriter(_console()), _no_size
        else:
            with atomic_output(output) as handle:
                yield TableWriter(_console(file=handle, width=120, color_system=None)), _no_size
        return
    if fmt == "csv" and output is not None and _csv_folder(output):
        with contextlib.ExitStack() as stack:
            streams = {k: stack.enter_context(atomic_output(output / f"{k}.csv")) for k in kinds}
            writer = CsvWriter(streams)
            yield writer, _no_size
            writer.close()
        return
    build = {"jsonl": JsonlWriter, "json": JsonWriter, "yaml": YamlWriter}.get(fmt)
    with output_stream(output) as stream:
        writer = CsvWriter({kinds[0]: stream}) if fmt == "csv" else build(stream)
        yield writer, _no_size
        writer.close()


def _no_size() -> None:
    return None


def _streamed(output: Path) -> bool:
    """A FIFO, device or socket: written as the run goes, so an interrupted run cannot undo."""
    try:
        return output.exists() and not (output.is_file() or output.is_dir())
    except OSError:
        return False


def _csv_folder(output: Path) -> bool:
    """Whether csv goes to a folder (one file per kind): an existing folder, or a new path
    without a suffix (a FIFO, device or symlink named ``out`` is written as one file)."""
    if output.is_dir():
        return True
    return not output.exists() and not output.is_symlink() and output.suffix == ""


@main.group()
def rules() -> None:
    """Validate and list the rule files."""


@rules.command("check")
@click.argument("folders", nargs=-1, type=click.Path(file_okay=False))
@click.option("--examples", "which", type=click.Choice(["all", "folders", "none"]),
              help="Whose examples and not-sentences to run through the pipeline: every "
                   "entry's, only those of FOLDERS' entries (the default when FOLDERS are "
                   "given; else all), or none (only validate the files).")
def rules_check(folders: tuple[str, ...], which: str | None) -> None:
    """Validate the shipped rules plus FOLDERS, then run the entries' examples and
    not-sentences through the pipeline; each problem is named by file:line.

    Exit 2: a rule file is invalid (schema, references, a name claimed twice). Exit 1: the
    rules are valid but an example or not-sentence fails."""
    from .ruleset.loader import read_ruleset
    from .timex.patterns import compile_rules

    try:
        ruleset = read_ruleset(tuple(folders))
        compile_rules(ruleset)  # what only compiling finds: date macros and value templates
    except RuleErrors as exc:
        _rule_errors(exc)
    counts = Counter(entry.section for entry in ruleset)
    summary = ", ".join(f"{n} {section}" for section, n in sorted(counts.items()))
    which = which or ("folders" if folders else "all")
    if which != "none":
        from .pipeline import load
        from .ruleset.examples import check_examples

        try:
            nlp = load(rules=list(folders))
        except RuleErrors as exc:
            _rule_errors(exc)
        ran, failures = check_examples(ruleset, nlp, folders if which == "folders" else None)
        for failure in failures:
            click.echo(f"treatyx: example failed: {failure}", err=True)
        if failures:
            click.echo(f"treatyx: {len(failures)} of {ran} examples and not-sentences failed",
                       err=True)
            sys.exit(EXIT_DOC_FAILED)
        summary += f"; {ran} examples and not-sentences pass"
    click.echo("ok: " + summary)


@rules.command("schema")
@click.option("--section", help="Only this section.")
@click.option("--json", "as_json", is_flag=True,
              help="A JSON Schema of a rule file instead, for editors that check YAML as it is "
                   "typed (references between entries are checked by rules check only).")
def rules_schema(section: str | None, as_json: bool) -> None:
    """Print the sections of the rule files and the keys of their entries (Markdown)."""
    from .ruleset.describe import rule_file_json_schema, schema_markdown

    if as_json:
        click.echo(json.dumps(rule_file_json_schema(), indent=2))
        return
    try:
        click.echo(schema_markdown(section), nl=False)
    except KeyError:
        _fail_usage(f"unknown section {section!r}")


SECTION_OF_KIND = {"system": "systems", "treaty": "treaties", "actor": "actors",
                   "event": "events", "pattern": "system_patterns"}


@rules.command("list")
@click.option("--kind", type=click.Choice(sorted(SECTION_OF_KIND)),
              help="Only this kind of entry.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default=None,
              help="Default: table on a terminal, jsonl when piped.")
@click.option("--rules", "folders", multiple=True, type=click.Path(file_okay=False),
              help="Extra rule folder to include. Repeatable.")
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
    from rich.table import Table

    table = Table(title=f"{len(rows)} entries")
    for column in ("section", "id", "name", "class", "country", "names", "where"):
        table.add_column(column)
    for row in rows:
        table.add_row(*(str(row[c]) for c in ("section", "id", "name", "class", "country",
                                              "names", "where")))
    _console().print(table)
    counts = Counter(row["section"] for row in rows)
    click.echo(", ".join(f"{n} {section}" for section, n in counts.items()))


@main.group()
def cache() -> None:
    """Show or clear the build cache (what building the pipeline computed from the rules)."""


@cache.command("info")
def cache_info() -> None:
    """Where the cache is, and its files."""
    from .cache import ENV_VAR, cache_dir

    folder = cache_dir()
    if folder is None:
        click.echo(f"off ({ENV_VAR}={os.environ.get(ENV_VAR)!r})")
        return
    files = sorted(folder.glob("build-*.pickle")) if folder.is_dir() else []
    click.echo(f"{folder}: {len(files)} file(s), "
               f"{sum(f.stat().st_size for f in files) / 1e6:.1f} MB")
    for path in files:
        click.echo(f"  {path.name}  {path.stat().st_size / 1e6:.1f} MB")


@cache.command("clear")
def cache_clear() -> None:
    """Delete the cache files; the next run builds (and saves) them again."""
    from .cache import clear

    click.echo(f"removed {clear()} cache file(s)")


@main.command("build")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--rules", "rules", multiple=True, type=click.Path(file_okay=False),
              help="Extra rule folder; its entries override shipped ones with the same id. "
                   "Repeatable.")
@click.option("--model", metavar="NAME|PATH",
              help="Installed trained spaCy pipeline to stack treatyx on (loaded again by "
                   "name or path when the saved pipeline is loaded; not copied).")
def build(folder: Path, rules: tuple[str, ...], model: str | None) -> None:
    """Save the pipeline, its rules included, to FOLDER: spacy.load(FOLDER) gives the
    records treatyx extract gives, whatever later happens to the rule files."""
    from .pipeline import load, save

    try:
        nlp = load(model=model, rules=list(rules))
    except RuleErrors as exc:
        _rule_errors(exc)
    except TreatyxError as exc:
        _fail_usage(str(exc))
    save(nlp, folder)
    click.echo(f"saved {len(nlp.pipe_names)} components to {folder}: "
               f"spacy.load({str(folder)!r})")


class _DefaultCommandGroup(click.Group):
    """A group whose arguments go to its ``default`` command when they name no subcommand:
    ``treatyx eval GOLD.yml DOCS`` is ``treatyx eval gold GOLD.yml DOCS``."""

    default = "gold"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = [self.default, *args]
        return super().parse_args(ctx, args)


@main.group("eval", cls=_DefaultCommandGroup)
def evaluate() -> None:
    """Measure treatyx on annotated data.

    treatyx eval GOLD.yml... DOCS scores it on your own annotated articles (the gold command,
    the default); treatyx eval timeml scores the dates on TimeML data."""


@evaluate.command("gold")
@click.argument("paths", nargs=-1, required=True, metavar="GOLD.yml... DOCS")
@click.option("--model", metavar="NAME|PATH",
              help="Installed trained spaCy pipeline to stack treatyx on (never downloaded).")
@click.option("--rules", "rules", multiple=True, type=click.Path(file_okay=False),
              help="Extra rule folder; its entries override shipped ones with the same id.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("-v", "--verbose", is_flag=True,
              help="Also list, per document and kind, the gold facts missed and the wrong "
                   "records.")
@click.option("--skip-missing", is_flag=True,
              help="Leave out of the figures the gold documents DOCS lacks (named in a "
                   "warning) instead of stopping.")
def eval_gold(paths: tuple[str, ...], model: str | None, rules: tuple[str, ...],
              as_json: bool, verbose: bool, skip_missing: bool) -> None:
    """Precision, recall and F1 per kind against gold files (the format of an expected.yml:
    per document `doc`, `date` and required/optional facts per kind). DOCS is the folder of
    the articles; several gold files are read as one."""
    from .evaluate import detail_lines, report_table
    from .evaluate import evaluate as run_evaluation

    if len(paths) < 2:
        _fail_usage("eval needs GOLD.yml... DOCS (at least one gold file, then the folder)")
    try:
        result = run_evaluation(paths[:-1], paths[-1], model=model, rules=list(rules),
                                skip_missing=skip_missing)
    except RuleErrors as exc:
        _rule_errors(exc)
    except TreatyxError as exc:  # a bad gold file, a doc missing from DOCS, a bad --model
        _fail_usage(str(exc))
    for line in result.ignored:
        click.echo(f"treatyx: warning: {line}", err=True)
    if result.skipped:
        click.echo(f"treatyx: warning: {len(result.skipped)} gold document"
                   f"{'s' * (len(result.skipped) != 1)} not in {paths[-1]}, left out: "
                   f"{', '.join(result.skipped)}", err=True)
    for problem in result.problems:
        click.echo(f"treatyx: error: {problem}", err=True)
    if as_json:
        click.echo(json.dumps(result.as_dict(details=verbose)))
    else:
        from rich.console import Console

        console = Console()
        console.print(report_table(result))
        click.echo(result.status_line())
        for line in detail_lines(result) if verbose else ():
            click.echo(line)
    sys.exit(EXIT_DOC_FAILED if result.problems else EXIT_OK)


@evaluate.command("timeml")
@click.argument("docs", type=click.Path(exists=True, dir_okay=False))
@click.argument("timex", type=click.Path(exists=True, dir_okay=False))
@click.option("--rules", "folders", multiple=True, type=click.Path(file_okay=False),
              help="Extra rule folder.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_timeml(docs: str, timex: str, folders: tuple[str, ...], as_json: bool) -> None:
    """TempEval-3 scores of the dates on TimeML data: DOCS (doc, dct, text per line) and TIMEX
    (doc, start, end, type, value per line). Strict and relaxed span F1, value F1."""
    from .pipeline import load
    from .timex.evaluate import evaluate_timeml

    try:
        nlp = load(rules=list(folders))
    except RuleErrors as exc:
        _rule_errors(exc)
    result = evaluate_timeml(docs, timex, nlp)
    if as_json:
        click.echo(json.dumps(result))
        return
    click.echo(f"{result['documents']} documents, {result['gold']} gold, "
               f"{result['system']} found")
    for measure in ("strict", "relaxed", "value"):
        prf = result[measure]
        click.echo(f"{measure:8s} P={prf['p']:.3f} R={prf['r']:.3f} F1={prf['f1']:.3f}")
    click.echo(f"type accuracy {result['type_accuracy']:.3f}")


TIMELINE_EXIT_HELP = """\b
Exit codes:
  0    every input line was read
  1    some input lines or records were bad (each is reported on stderr; the rest is merged)
  2    usage error, or an output that cannot be written"""


@main.command(epilog=TIMELINE_EXIT_HELP)
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt",
              type=click.Choice(("table", "jsonl", "json", "csv", "yaml", "sqlite")),
              help="Output format. Default: table on a terminal, jsonl when piped, sqlite "
                   "for -o *.sqlite, *.sqlite3, *.db.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (atomically); a SQLite database gets its timeline "
                   "tables replaced in one transaction, its other tables kept.")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def timeline(paths: tuple[str, ...], fmt: str | None, output: Path | None, quiet: bool) -> None:
    """Merge the event records of many documents (extract's JSON lines, from RECORDS files or
    stdin) into real-world events, each with its sources and where they disagree."""
    from .io.sqlite import is_database_path
    from .timeline.command import run as run_timeline

    if fmt is None and is_database_path(output):
        fmt = "sqlite"
    if fmt == "sqlite" and (output is None or _streamed(output)):
        _fail_usage("sqlite needs -o FILE (the database to write the timeline to)")
    fmt = fmt or ("table" if output is None and sys.stdout.isatty() else "jsonl")
    try:
        bad = run_timeline(paths, fmt, output, quiet, _console)
    except OutputError as exc:
        _fail_usage(str(exc))
    sys.exit(EXIT_DOC_FAILED if bad else EXIT_OK)


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default="review.html", show_default=True,
              help="The HTML file to write (atomically); - for standard output.")
@click.option("--terminal", is_flag=True,
              help="Print the texts in the terminal, each record kind in its colour, instead.")
@click.option("--date", "date", callback=_validate_date, metavar="YYYY-MM-DD",
              help="Document date for inputs that have none (anchors 'Wednesday', 'last year').")
@click.option("--kinds", help=f"Comma-separated kinds to show ({','.join(KINDS)}).")
@click.option("--model", metavar="NAME|PATH",
              help="Installed trained spaCy pipeline to stack treatyx on (never downloaded).")
@click.option("--rules", "rules", multiple=True, type=click.Path(file_okay=False),
              help="Extra rule folder; its entries override shipped ones with the same id.")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help="File pattern inside folders. Repeatable.")
@click.option("--text-field", default="text", show_default=True, help="Corpus text field.")
@click.option("--id-field", default="id", show_default=True, help="Corpus id field.")
@click.option("--date-field", default="date", show_default=True, help="Corpus date field.")
def show(paths: tuple[str, ...], output: Path, terminal: bool, date: str | None,
         kinds: str | None, model: str | None, rules: tuple[str, ...], globs: tuple[str, ...],
         text_field: str, id_field: str, date_field: str) -> None:
    """Review the extraction: a self-contained HTML page (or coloured text with --terminal)
    of files, folders, corpus files or - (stdin), and of `treatyx timeline` files (.jsonl of
    merged events, shown as one timeline with their sources)."""
    from .io.readers import CorpusFields
    from .pipeline import load
    from .show import collect

    def build() -> Any:
        try:
            return load(model=model, rules=list(rules))
        except RuleErrors as exc:
            _rule_errors(exc)
        except TreatyxError as exc:
            _fail_usage(str(exc))

    found = collect(paths, build, kinds=_parse_kinds(kinds), date=date, globs=globs,
                    fields=CorpusFields(text_field, id_field, date_field))
    for failure in found.failures:
        click.echo(f"treatyx: error: {failure}", err=True)
    if terminal:
        from .show.terminal import print_documents

        print_documents(found.views, _console())
    else:
        from .show.page import render_page

        html = render_page(found.views, found.merged)
        try:
            with output_stream(None if str(output) == "-" else output) as stream:
                stream.write(html)
        except OutputError as exc:
            _fail_usage(str(exc))
        if str(output) != "-":
            records = sum(len(v.records) for v in found.views)
            click.echo(f"treatyx: wrote {output} ({len(found.views)} documents, {records} "
                       f"records, {len(found.merged)} merged events, "
                       f"{len(html.encode()) / 1024:.0f} KB)", err=True)
    sys.exit(EXIT_DOC_FAILED if found.failures else EXIT_OK)


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
        sys.exit(EXIT_INTERRUPTED)
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
        sys.exit(EXIT_INTERRUPTED)


def _silence_stdout() -> None:
    """After the reader closed the pipe, send the final flush to /dev/null instead of a trace."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())

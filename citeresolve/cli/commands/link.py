"""``citeresolve link``: insert links into documents, in place, to files or to stdout.

Files are linked in parallel (one process per core); a file that fails is
reported on stderr and the others are still written; every write goes
through a temporary file and a rename.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import CancelledError, InvalidStateError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from attrs import frozen

from ...dates import parse_date
from ...errors import CiteresolveError, InputError
from ...knowledge.lang import load
from ...outputs.link import FORMATS, link, link_targets, unlink
from ...text.formats import add_input_format_option, document_suffixes, format_of, read_visible
from ...text.inputs import (
    expand,
    line_col,
    line_starts,
    read_document,
    write_atomically,
    write_bytes_atomically,
)
from .batch import positive_int

NAME = "link"
HELP = "insert links to the cited documents into text, Markdown, HTML or Word files"

_BOM = b"\xef\xbb\xbf"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="documents or directories (their .md, .html, .htm and .txt files); "
        "'-' reads standard input and writes standard output",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write here: a file for one input, a directory for several",
    )
    where.add_argument(
        "-i", "--in-place", action="store_true", help="rewrite each file (atomically)"
    )
    add_input_format_option(parser)
    # The old name, kept working: extract and check use --format for their output.
    parser.add_argument(
        "--format",
        dest="input_format",
        choices=("auto", *FORMATS, "docx"),
        help=argparse.SUPPRESS,
    )
    parser.add_argument(
        "--unlink",
        action="store_true",
        help="remove the links citeresolve inserted instead (Word and HTML documents; "
        "give the same --lang and --date as when linking)",
    )
    parser.add_argument(
        "--to",
        choices=("markdown", "html"),
        default=None,
        help="what to write plain text (or Markdown) as; default: text as "
        "Markdown, the others in their own format",
    )
    parser.add_argument(
        "--lang",
        default=None,
        help="ISO 639-1 language of the documents (default: guess per document)",
    )
    parser.add_argument(
        "--date",
        default=None,
        metavar="YYYY-MM-DD",
        help="date of the documents: picks the EP Rules version in force",
    )
    parser.add_argument(
        "--class",
        dest="css_class",
        default="citeresolve",
        metavar="NAME",
        help="CSS class of the inserted HTML links (default citeresolve)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=positive_int,
        default=None,
        metavar="N",
        help="worker processes (default: one per core)",
    )
    cluster = parser.add_argument_group(
        "on Dask (needs citeresolve[dask]); files are read and written by the workers"
    ).add_mutually_exclusive_group()
    cluster.add_argument(
        "--workers",
        type=positive_int,
        default=None,
        metavar="N",
        help="link on a local Dask cluster of N processes",
    )
    cluster.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="link on a running Dask cluster, e.g. tcp://10.0.0.5:8786",
    )


@frozen
class Job:
    """One document to link: where it comes from and where it goes (None: stdout)."""

    source: str
    destination: str | None
    format: str
    to: str | None
    lang: str | None
    date: str | None
    css_class: str | None
    unlink: bool = False
    # Standard output is a terminal: a person reads it, so show what would be
    # linked instead of pouring out the whole document (pipes still get it).
    summary: bool = False


@frozen
class Outcome:
    source: str
    error: str | None = None
    output: str | None = None  # the linked text, when it goes to stdout
    warnings: tuple[str, ...] = ()


def run(args: argparse.Namespace) -> int:
    if args.lang is not None:
        load(args.lang)  # an unknown language is a usage error, before any work
    parse_date(args.date)
    sources = expand(args.files, document_suffixes())
    if not sources:
        raise CiteresolveError(
            "no documents found (directories are searched for "
            f"{', '.join(document_suffixes())} files)"
        )
    for source in sources:
        # A missing input is a usage error, as in extract and check: before any work.
        if source != "-" and not os.path.lexists(source):
            raise InputError(f"{source}: no such file")
    if args.in_place and "-" in sources:
        raise CiteresolveError("--in-place cannot rewrite standard input; drop '-' or --in-place")
    if len(sources) > 1 and not args.in_place and args.output is None:
        raise CiteresolveError(
            f"{len(sources)} documents would run together on standard output; "
            "write them with -o DIR or rewrite them with -i"
        )
    jobs = [
        Job(
            source,
            dest,
            format_of(source, args.input_format).name,
            args.to,
            args.lang,
            args.date,
            args.css_class,
            args.unlink,
            summary=dest is None and source != "-" and not args.unlink and _terminal(),
        )
        for source, dest in _destinations(sources, args)
    ]
    failed = 0
    if args.workers or args.scheduler:
        if "-" in sources:
            raise CiteresolveError("a Dask run reads files, not standard input: name the files")
        outcomes = _run_on_dask(jobs, args.workers, args.scheduler)
    else:
        outcomes = _run_all(jobs, args.jobs)
    for outcome in outcomes:
        for warning in outcome.warnings:
            print(f"citeresolve: warning: {outcome.source}: {warning}", file=sys.stderr)
        if outcome.error is not None:
            failed += 1
            print(f"citeresolve: {outcome.error}", file=sys.stderr)
        elif outcome.output is not None:
            sys.stdout.buffer.write(outcome.output.encode("utf-8", "surrogateescape"))
            sys.stdout.flush()
    if failed:
        print(f"citeresolve: {failed} of {len(jobs)} documents failed", file=sys.stderr)
    return 1 if failed else 0


def link_one(job: Job) -> Outcome:
    """Read, link and write one document; every error becomes an outcome, so a
    bad file never stops the batch (this runs in a worker process)."""
    try:
        if job.format == "docx":
            return _link_docx(job)
        warnings: list[str] = []
        if job.summary:
            return Outcome(job.source, output=_summary(job, warnings), warnings=tuple(warnings))
        text = read_document(job.source)
        bom = job.source != "-" and _has_bom(job.source)
        if job.unlink:
            if job.format != "html":
                raise CiteresolveError(
                    "--unlink works on Word (.docx) and HTML documents, where the links "
                    "citeresolve inserts can be told from others"
                )
            linked = unlink(text)
        else:
            linked = link(
                text,
                format=job.format,
                to=job.to,
                lang=job.lang,
                date=job.date,
                css_class=job.css_class,
                warn=warnings.append,
            )
        if job.destination is None:
            # Standard output gets the same bytes as -o would: the BOM included.
            output = ("\ufeff" if bom else "") + linked
            return Outcome(job.source, output=output, warnings=tuple(warnings))
        # Keep a byte order mark where there was one: byte-faithful means the whole file.
        write_atomically(job.destination, ("\ufeff" if bom else "") + linked)
        return Outcome(job.source, warnings=tuple(warnings))
    except InputError as exc:
        return Outcome(job.source, error=str(exc))  # it names the file already
    except CiteresolveError as exc:
        return Outcome(job.source, error=f"{job.source}: {exc}")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return Outcome(job.source, error=f"{job.source}: cannot write {job.destination}: {reason}")
    except Exception as exc:  # an internal error on one document must not lose the others
        error = f"{job.source}: internal error ({type(exc).__name__}: {exc})"
        return Outcome(job.source, error=error)


def _terminal() -> bool:
    return sys.stdout.isatty()


def _summary(job: Job, warnings: list[str]) -> str:
    """What ``link`` would link in a document, as a table a person can read: where,
    what the text says, the key and the URL; then how to get the linked document."""
    visible = read_visible(job.source, job.format)
    targets = link_targets(visible.text, lang=job.lang, date=job.date, warn=warnings.append)
    starts = line_starts(visible.source)
    rows = []
    for target in targets:
        start, end = visible.to_source(target.start, target.end)
        line, col = line_col(visible.source, start, starts)
        surface = " ".join(visible.source[start:end].split())
        rows.append((f"{line}:{col}", surface, target.key, target.url))
    out = [f"{job.source}: {len(rows)} citations to link\n"]
    if rows:
        widths = [min(40, max(len(r[i]) for r in rows)) for i in range(3)]
        for row in rows:
            cells = [row[i][: widths[i]].ljust(widths[i]) for i in range(3)]
            out.append(f"  {'  '.join(cells)}  {row[3]}\n")
    out.append(
        f"To write the linked document: citeresolve link {job.source} -o LINKED "
        "(or -i to rewrite it, or > LINKED)\n"
    )
    return "".join(out)


def _link_docx(job: Job) -> Outcome:
    """Link (or unlink) a Word document into a file: the package is binary, so
    it never goes to standard output."""
    from ...outputs.docx import link_docx, unlink_docx

    if job.destination is None:
        raise CiteresolveError(
            "a Word document is written to a file: give -o OUT.docx or --in-place"
        )
    if job.to is not None:
        raise CiteresolveError("--to does not apply to Word documents; they stay .docx")
    action = unlink_docx if job.unlink else link_docx
    try:
        result = action(job.source, lang=job.lang, date=job.date)
    except InputError as exc:  # the Word reader leaves naming the file to its caller
        raise InputError(f"{job.source}: {exc}") from None
    write_bytes_atomically(job.destination, result.data)
    return Outcome(job.source)


def _run_on_dask(jobs: list[Job], workers: int | None, scheduler: str | None) -> Iterator[Outcome]:
    """Outcomes in input order, each document linked (and written) by a Dask worker."""
    from ...scale.dask import dask_client

    with dask_client(workers=workers, scheduler=scheduler) as client:
        for future in client.map(link_one, jobs, pure=False):
            yield future.result()


def _run_all(jobs: list[Job], workers: int | None) -> Iterator[Outcome]:
    """Outcomes in input order, with a progress bar when stderr is a terminal."""
    count = workers or os.cpu_count() or 1
    bar = _progress(len(jobs))
    try:
        if len(jobs) == 1 or count == 1:
            for job in jobs:
                yield link_one(job)
                bar.update(1)
            return
        # Workers ignore Ctrl-C: the parent alone stops the batch, so that one
        # message is printed instead of a traceback per worker.
        pool = ProcessPoolExecutor(
            max_workers=min(count, len(jobs)), initializer=_ignore_interrupts
        )
        signals = _Interruption(pool)
        try:
            # chunksize: per-document pickling is small next to linking, but not free.
            chunk = max(1, min(16, len(jobs) // (count * 4)))
            for outcome in pool.map(link_one, jobs, chunksize=chunk):
                yield outcome
                bar.update(1)
        except BaseException:
            _stop(pool)
            signals.raise_if_seen()
            raise
        finally:
            signals.restore()
        pool.shutdown()
        signals.raise_if_seen()
    finally:
        bar.close()


class _Interruption:
    """Ctrl-C or TERM during a parallel batch stops the workers at once and ends the
    command, even when Python raised the interruption inside a finaliser (the regex
    module frees compiler state in ``__del__``), where it is printed as "Exception
    ignored" and swallowed: the signal is remembered and raised again at a safe point."""

    def __init__(self, pool: ProcessPoolExecutor) -> None:
        self._pool = pool
        self._seen: tuple[int, Any] | None = None
        self._previous: dict[int, Any] = {}
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self._previous[signum] = signal.signal(signum, self._on_signal)

    def _on_signal(self, signum: int, frame: Any) -> None:
        if self._seen is None:
            self._seen = (signum, self._previous.get(signum))
            for process in list((getattr(self._pool, "_processes", None) or {}).values()):
                process.terminate()
        self._raise(signum, self._previous.get(signum), frame)

    @staticmethod
    def _raise(signum: int, handler: Any, frame: Any) -> None:
        # The command's own handlers raise KeyboardInterrupt or Terminated (cli.main).
        if callable(handler):
            handler(signum, frame)
        raise KeyboardInterrupt

    def raise_if_seen(self) -> None:
        if self._seen is not None:
            self._raise(self._seen[0], self._seen[1], None)

    def restore(self) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous = {}


def _ignore_interrupts() -> None:
    """In each worker: Ctrl-C is the parent's to handle; TERM ends the worker
    at once and quietly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_quietly)


def _exit_quietly(signum: int, frame: object) -> None:
    # Not SystemExit: raised inside a finaliser (the regex module frees compiler
    # state in __del__) it is printed as "Exception ignored … Traceback" and the
    # worker carries on.  Nothing needs unwinding: writes defer TERM until their
    # temporary file is renamed or removed (write_bytes_atomically).
    os._exit(128 + signum)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now (interrupted): drop queued documents, end the workers and
    wait for them, so that no worker and no semaphore outlives the command.
    A document being written is safe: writes go through a temporary file."""
    # The executor has no public way to end running workers; its process table does
    # (read before shutdown, which lets go of it).
    processes = list((getattr(pool, "_processes", None) or {}).values())
    # The executor's manager thread may still hand a result to a future just
    # cancelled, or find a terminated worker's pipe closed: expected while the
    # batch is torn down, and no traceback for the user.
    threading.excepthook = _quiet_teardown
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)
    pool.shutdown(wait=True)


def _quiet_teardown(args: threading.ExceptHookArgs) -> None:
    if not issubclass(args.exc_type, _TEARDOWN_ERRORS):
        threading.__excepthook__(args)


_TEARDOWN_ERRORS = (InvalidStateError, BrokenProcessPool, CancelledError, EOFError, OSError)


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int) -> Any:
    """A tqdm bar on stderr when it is a terminal and tqdm (extra ``progress``) is installed."""
    if total < 2 or not sys.stderr.isatty():
        return _NoBar()
    try:
        from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return _NoBar()
    return tqdm(total=total, file=sys.stderr, unit="doc", desc="linking", disable=None)


def _destinations(sources: list[str], args: argparse.Namespace) -> list[tuple[str, str | None]]:
    if args.in_place:
        return [(s, s) for s in sources]
    if args.output is None:
        return [(s, None) for s in sources]
    single = len(sources) == 1 and not Path(args.files[0]).is_dir()
    if single:
        if args.output == "-":
            return [(sources[0], None)]
        if Path(args.output).is_dir():
            return [(sources[0], str(Path(args.output) / Path(sources[0]).name))]
        return [(sources[0], args.output)]
    out_dir = Path(args.output)
    if out_dir.exists() and not out_dir.is_dir():
        raise CiteresolveError(f"-o {args.output}: several inputs need a directory, not a file")
    out_dir.mkdir(parents=True, exist_ok=True)
    pairs: list[tuple[str, str | None]] = []
    seen: dict[Path, str] = {}
    for source in sources:
        if source == "-":
            raise CiteresolveError("'-' cannot be combined with other inputs and -o DIR")
        dest = out_dir / _relative_name(source, args.files)
        if dest in seen:
            raise CiteresolveError(f"{source} and {seen[dest]} would both be written to {dest}")
        seen[dest] = source
        dest.parent.mkdir(parents=True, exist_ok=True)
        pairs.append((source, str(dest)))
    return pairs


def _relative_name(source: str, given: list[str]) -> Path:
    """Where ``source`` goes under -o DIR: its path below the directory it was
    found in, or its file name when it was named directly."""
    path = Path(source)
    for name in given:
        root = Path(name)
        if name != "-" and root.is_dir() and path.is_relative_to(root):
            return path.relative_to(root)
    return Path(path.name)


def _has_bom(name: str) -> bool:
    with open(name, "rb") as fh:
        return fh.read(3) == _BOM

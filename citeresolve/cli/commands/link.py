"""``citeresolve link``: insert links into documents, in place, to files or to stdout.

Files are linked in parallel (one process per core); a file that fails is
reported on stderr and the others are still written; every write goes
through a temporary file and a rename. This module is the command: its options,
its usage checks and where each document goes; ``link_document`` links one
document and ``link_pool`` runs many.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from ...dates import parse_date
from ...errors import CiteresolveError, InputError
from ...knowledge.lang import load
from ...outputs.link import FORMATS
from ...text.formats import add_input_format_option, document_suffixes, format_of
from ...text.inputs import expand
from .batch import positive_int
from .link_document import Job, Outcome
from .link_pool import run_all, run_on_dask

NAME = "link"
HELP = "insert links to the cited documents into text, Markdown, HTML or Word files"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    _add_documents(parser)
    _add_linking(parser)
    _add_parallel(parser)


def _add_documents(parser: argparse.ArgumentParser) -> None:
    """What to read and where to write it."""
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


def _add_linking(parser: argparse.ArgumentParser) -> None:
    """How to link: unlink instead, the output format, language, date and CSS class."""
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


def _add_parallel(parser: argparse.ArgumentParser) -> None:
    """Where the documents are linked: local worker processes or a Dask cluster."""
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


def run(args: argparse.Namespace) -> int:
    sources = _sources(args)
    jobs = _jobs(sources, args)
    if args.workers or args.scheduler:
        if "-" in sources:
            raise CiteresolveError("a Dask run reads files, not standard input: name the files")
        outcomes = run_on_dask(jobs, args.workers, args.scheduler)
    else:
        outcomes = run_all(jobs, args.jobs)
    failed = _report(outcomes)
    if failed:
        print(f"citeresolve: {failed} of {len(jobs)} documents failed", file=sys.stderr)
    return 1 if failed else 0


def _sources(args: argparse.Namespace) -> list[str]:
    """The documents to link; every usage error is raised here, before any work."""
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
    return sources


def _jobs(sources: list[str], args: argparse.Namespace) -> list[Job]:
    return [
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


def _report(outcomes: Iterable[Outcome]) -> int:
    """Print each outcome as it comes (warnings and errors on stderr, linked text
    on stdout); how many documents failed."""
    failed = 0
    for outcome in outcomes:
        for warning in outcome.warnings:
            print(f"citeresolve: warning: {outcome.source}: {warning}", file=sys.stderr)
        if outcome.error is not None:
            failed += 1
            print(f"citeresolve: {outcome.error}", file=sys.stderr)
        elif outcome.output is not None:
            sys.stdout.buffer.write(outcome.output.encode("utf-8", "surrogateescape"))
            sys.stdout.flush()
    return failed


def _terminal() -> bool:
    return sys.stdout.isatty()


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

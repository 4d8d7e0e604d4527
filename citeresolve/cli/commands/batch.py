"""Switches shared by commands that can run on Dask: ``--workers``, ``--scheduler``, ``--output``.

Not a subcommand itself (``cli.COMMAND_MODULES`` does not list it).
"""

from __future__ import annotations

import argparse
import sys

from ...errors import CiteresolveError


class BatchUsageError(CiteresolveError, ValueError):
    """The batch switches were combined in a way that cannot work."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "batch runs on Dask (needs citeresolve[dask])",
        "Any of these runs the documents in parallel; output is JSON Lines, with one "
        '{"id", "error"} record per failed document instead of stopping.',
    )
    where = group.add_mutually_exclusive_group()
    where.add_argument(
        "--workers",
        type=positive_int,
        default=None,
        metavar="N",
        help="start a local cluster of N single-threaded processes",
    )
    where.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="use a running Dask cluster, e.g. tcp://10.0.0.5:8786",
    )
    group.add_argument(
        "--output",
        default=None,
        metavar="DIR",
        help="write part-00000.jsonl … into DIR (concatenate them in name "
        "order for the whole result) instead of standard output",
    )


def requested(args: argparse.Namespace) -> bool:
    return bool(args.workers or args.scheduler or args.output)


def positive_int(value: str) -> int:
    """An argparse type: a whole number of at least 1 (workers, jobs)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def run_extract(args: argparse.Namespace) -> int:
    """``citeresolve extract`` on Dask; 1 when some document failed, like a linter."""
    from ...scale.dask import run_files

    if "-" in args.files:
        raise BatchUsageError("a batch run reads files, not standard input: name the files")
    if args.format != "jsonl":
        raise BatchUsageError("a batch run writes JSON Lines only: drop --format text")
    summary = run_files(
        args.files,
        workers=args.workers or (None if args.scheduler else 1),
        scheduler=args.scheduler,
        output=args.output,
        sink=None if args.output else sys.stdout,
        lang=args.lang,
        with_urls=args.resolve,
    )
    print(f"citeresolve: {summary}", file=sys.stderr)
    return 1 if summary.failures else 0

"""``citeresolve authorities``: the table of authorities of one or more documents."""

from __future__ import annotations

import argparse
import sys

from ...dates import parse_date
from ...errors import CiteresolveError
from ...knowledge.lang import load
from ...outputs.authorities import FORMATS, authorities, file_source
from ...text.inputs import write_atomically

NAME = "authorities"
HELP = "list every instrument the documents cite, grouped by kind, with counts and places"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="documents (text, Markdown, HTML, Word .docx); '-' reads standard input",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="md",
        help="md: a Markdown table per kind (default); csv: one row per key; "
        "json: every key with its places; html: an HTML section",
    )
    parser.add_argument(
        "--lang",
        default=None,
        help="language of the documents and of the labels (default: guessed per document)",
    )
    parser.add_argument(
        "--date",
        default=None,
        metavar="YYYY-MM-DD",
        help="date of the documents: picks the EP Rules version",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write the table here (default: standard output)"
    )


def run(args: argparse.Namespace) -> int:
    if args.lang is not None:
        load(args.lang)  # an unknown language is a usage error, before any work
    parse_date(args.date)
    if args.files.count("-") > 1:
        raise CiteresolveError("standard input ('-') can be read only once")
    sources = [file_source(name) for name in args.files]
    table = authorities(sources, lang=args.lang, date=args.date)
    rendered = table.render(args.format)
    if args.output and args.output != "-":
        write_atomically(args.output, rendered)
    else:
        sys.stdout.write(rendered)
        sys.stdout.flush()
    return 0

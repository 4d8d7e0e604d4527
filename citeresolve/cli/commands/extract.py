"""``citeresolve extract``: list the citations of documents as JSON Lines or text."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ...errors import ExtractionTimeoutError
from ...knowledge.lang import load
from ...model.writers import Writers, json_line
from ...outputs.records import citation_records
from ...text.formats import add_input_format_option, document_suffixes, read_visible
from ...text.inputs import expand
from . import batch

NAME = "extract"
HELP = "list the citations found in documents (JSON Lines or readable text)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="*",
        default=["-"],
        metavar="FILE",
        help="documents or directories (their .md, .markdown, .html, .htm and .txt "
        "files); '-' or nothing reads standard input",
    )
    parser.add_argument(
        "--lang",
        default=None,
        help="ISO 639-1 language of the documents (default: guess per document)",
    )
    parser.add_argument(
        "--format",
        choices=RECORDS.names(),
        default="jsonl",
        help="jsonl for machines (default), text for people",
    )
    parser.add_argument(
        "--resolve",
        action="store_true",
        help="add each citation's url and status (offline, document's language)",
    )
    add_input_format_option(parser)
    batch.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if args.lang is not None:
        load(args.lang)  # fail early, before any output, on an unknown language
    if batch.requested(args):
        return batch.run_extract(args)
    out = sys.stdout
    status = 0
    for name in expand(args.files, document_suffixes()):
        visible = read_visible(name, args.input_format)
        records = citation_records(
            visible.text,
            lang=args.lang,
            head={"file": name},
            with_urls=args.resolve,
            visible=visible,
        )
        try:
            lines = _lines(list(records), args.format)
        except ExtractionTimeoutError as exc:
            # One pathological document must not stop a batch: report it, go on.
            print(f"citeresolve: {name}: skipped: {exc}", file=sys.stderr)
            status = 1
            continue
        out.writelines(lines)
    out.flush()
    return status


def _lines(records: list[dict[str, object]], fmt: str) -> list[str]:
    return RECORDS[fmt](records)


# The formats of the records (--format), the default first.
RECORDS: Writers[Callable[[list[dict[str, object]]], list[str]]] = Writers("extract")


@RECORDS.register("jsonl")
def _jsonl(records: list[dict[str, object]]) -> list[str]:
    return [json_line(r) for r in records]


@RECORDS.register("text")
def _text(records: list[dict[str, object]]) -> list[str]:
    # The location is padded to the document's widest one, so that keys, types and
    # surfaces stand in columns whether a line or column number has one digit or four.
    places = [f"{r['file']}:{r['line']}:{r['col']}:" for r in records]
    width = max(map(len, places), default=0)
    lines = []
    for place, record in zip(places, records, strict=True):
        surface = " ".join(str(record["text"]).split())
        url = f" {record['url']}" if "url" in record else ""
        lines.append(
            f"{place:<{width}} {record['key']!s:<28} {record['type']!s:<10} {surface}{url}\n"
        )
    return lines

"""``citeresolve extract``: list the citations of documents as JSON Lines or text."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import ExtractionTimeoutError
from ..extract import detect_language, extract
from ..inputs import line_col, line_starts, read_document
from ..lang import load
from ..resolve import resolve
from . import batch

NAME = "extract"
HELP = "list the citations found in documents (JSON Lines or readable text)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="*",
        default=["-"],
        metavar="FILE",
        help="documents to read; '-' or nothing reads standard input",
    )
    parser.add_argument(
        "--lang",
        default=None,
        help="ISO 639-1 language of the documents (default: guess per document)",
    )
    parser.add_argument(
        "--format",
        choices=("jsonl", "text"),
        default="jsonl",
        help="jsonl for machines (default), text for people",
    )
    parser.add_argument(
        "--resolve",
        action="store_true",
        help="add each citation's url and status (offline, document's language)",
    )
    batch.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if args.lang is not None:
        load(args.lang)  # fail early, before any output, on an unknown language
    if batch.requested(args):
        return batch.run_extract(args)
    out = sys.stdout
    status = 0
    for name in args.files:
        text = read_document(name)
        starts = line_starts(text)
        url_lang = args.lang or detect_language(text)
        try:
            citations = extract(text, lang=args.lang)
        except ExtractionTimeoutError as exc:
            # One pathological document must not stop a batch: report it, go on.
            print(f"citeresolve: {name}: skipped: {exc}", file=sys.stderr)
            status = 1
            continue
        for c in citations:
            line, col = line_col(text, c.start, starts)
            if args.format == "jsonl":
                record = {
                    "v": 1,
                    "file": name,
                    "type": c.type,
                    "key": c.key,
                    "start": c.start,
                    "end": c.end,
                    "line": line,
                    "col": col,
                    "text": c.text,
                }
                if args.resolve:
                    resolution = resolve(c, lang=url_lang)
                    record.update(url=resolution.url, status=resolution.status)
                out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
            else:
                surface = " ".join(c.text.split())
                link = f" {resolve(c, lang=url_lang).url}" if args.resolve else ""
                out.write(f"{name}:{line}:{col}: {c.key:<28} {c.type:<10} {surface}{link}\n")
    out.flush()
    return status

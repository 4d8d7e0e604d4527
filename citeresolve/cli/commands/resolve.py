"""``citeresolve resolve``: turn canonical keys into URLs, offline by default."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable

from ...errors import InvalidKeyError
from ...model.keys import parse_key
from ...model.writers import Writers, json_line
from ...resolve.offline import Resolution, resolve

NAME = "resolve"
HELP = "resolve canonical keys (TEU:3(5), CELEX:32016R0679 …) to URLs"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "keys",
        nargs="+",
        metavar="KEY",
        help="canonical keys; '-' reads keys from standard input, one per line",
    )
    parser.add_argument(
        "--lang",
        default="en",
        help="language of the URLs and labels, an EU code such as nl (default en)",
    )
    parser.add_argument(
        "--date",
        default=None,
        metavar="YYYY-MM-DD",
        help="date of the citing text: picks the treaty and EP Rules versions in force",
    )
    parser.add_argument(
        "--online",
        action="store_true",
        help="also ask the services (existence, titles); needs citeresolve[online]",
    )
    parser.add_argument(
        "--cache",
        default=None,
        metavar="DIR|URL",
        help="HTTP cache for --online: a directory, a .sqlite file or redis://…",
    )
    parser.add_argument(
        "--format",
        choices=RESOLUTIONS.names(),
        default="jsonl",
        help="jsonl for machines (default), text for people",
    )


def _keys(arguments: Iterable[str]) -> list[str]:
    keys: list[str] = []
    for argument in arguments:
        if argument == "-":
            keys += [line.strip() for line in sys.stdin if line.strip()]
        else:
            keys.append(argument)
    return keys


def run(args: argparse.Namespace) -> int:
    keys = []
    bad = 0
    for key in _keys(args.keys):
        # A bad key is reported on its own: the good ones around it still resolve.
        try:
            parse_key(key)
        except InvalidKeyError as exc:
            print(f"citeresolve: error: {exc}", file=sys.stderr)
            bad += 1
        else:
            keys.append(key)
    if args.online:
        from ...resolve.online import OnlineResolver, OnlineSettings, require_online_extra

        require_online_extra()
        with OnlineResolver(settings=OnlineSettings(cache=args.cache)) as online:
            results = [online.resolve(k, lang=args.lang, date=args.date) for k in keys]
    else:
        results = [resolve(k, lang=args.lang, date=args.date) for k in keys]
    for result in results:
        _write(result, args.format)
    sys.stdout.flush()
    # Like a linter: 1 when some key did not resolve (or was no key), so scripts can notice.
    return 0 if not bad and all(r.ok for r in results) else 1


def _write(result: Resolution, form: str) -> None:
    for warning in result.warnings:
        print(f"citeresolve: warning: {result.key}: {warning}", file=sys.stderr)
    RESOLUTIONS[form](result)


# The formats of the resolutions (--format), the default first.
RESOLUTIONS: Writers[Callable[[Resolution], None]] = Writers("resolve")


@RESOLUTIONS.register("jsonl")
def _jsonl(result: Resolution) -> None:
    sys.stdout.write(json_line({"v": 1, **result.to_dict()}))


@RESOLUTIONS.register("text")
def _text(result: Resolution) -> None:
    target = result.url if result.url else f"({result.reason})"
    sys.stdout.write(f"{result.key:<28} {result.status:<11} {target}  {result.label}\n")
    if result.current is not None:
        # An old treaty article: its path through the renumberings and today's link.
        current = next((a.url for a in result.alternatives if a.kind == "current_equivalent"), "")
        sys.stdout.write(f"{'':<28} now: {' → '.join(result.lineage)}  {current}\n")

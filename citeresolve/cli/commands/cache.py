"""``citeresolve cache``: show or clear the HTTP cache of online resolution."""

from __future__ import annotations

import argparse
import json
import sys

NAME = "cache"
HELP = "show where the HTTP cache of --online lives, or clear it"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action",
        choices=("info", "clear"),
        help="info: location and size; clear: delete every stored response",
    )
    parser.add_argument(
        "--cache",
        default=None,
        metavar="DIR|URL",
        help="the cache to act on (default: $CITERESOLVE_CACHE_URL, "
        "$CITERESOLVE_CACHE_DIR, else the user cache directory)",
    )


def run(args: argparse.Namespace) -> int:
    from ...resolve.online import cache_info, clear_cache

    if args.action == "info":
        sys.stdout.write(json.dumps(cache_info(args.cache), ensure_ascii=False) + "\n")
    else:
        removed = clear_cache(args.cache)
        sys.stdout.write(f"removed {removed} cached responses\n")
    return 0

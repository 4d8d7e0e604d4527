"""``citeresolve check``: report problems in drafts, like a linter (for pre-commit)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from ...dates import parse_date
from ...errors import ConfigError, InputError
from ...knowledge.lang import load
from ...model.writers import Writers
from ...outputs.check import Resolver, check, codes
from ...outputs.check_config import CheckConfig, load_config
from ...text.formats import (
    VisibleText,
    add_input_format_option,
    document_suffixes,
    format_of,
    read_visible,
)
from ...text.inputs import expand

NAME = "check"
# Exit status when nothing was found but the online checks could not all run.
INCOMPLETE = 3
HELP = "report problems in drafts (wrong article numbers, OJ citations, act numbers …)"

# A finding as reported: its sort key (path, line, column, code), its JSON record
# and its line of text.
Report = tuple[tuple[str, int, int, str], dict[str, Any], str]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    _add_documents(parser)
    _add_findings(parser)
    _add_online(parser)
    add_input_format_option(parser)
    parser.add_argument(
        "--list-codes",
        action="store_true",
        help="print every finding code with its meaning and exit",
    )


def _add_documents(parser: argparse.ArgumentParser) -> None:
    """The documents, their language and their date."""
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="documents to check (Markdown, HTML, text, Word .docx) or directories (their "
        ".md, .markdown, .html, .htm, .txt and .docx files); '-' reads standard input",
    )
    parser.add_argument(
        "--lang",
        default=None,
        help="language of the documents (default: [tool.citeresolve] lang, "
        "else guessed per document)",
    )
    parser.add_argument(
        "--date",
        default=None,
        metavar="YYYY-MM-DD",
        help="date of the documents: picks the EP Rules version "
        "(default: [tool.citeresolve] date, else the document's own "
        "EP document number)",
    )


def _add_findings(parser: argparse.ArgumentParser) -> None:
    """How findings are reported and which codes are (the config file's too)."""
    parser.add_argument(
        "--format",
        choices=REPORTS.names(),
        default="text",
        help="text: path:line:col: CODE message (default); json: a JSON array",
    )
    parser.add_argument(
        "--enable",
        default=None,
        metavar="CODES",
        help="check only these codes, comma-separated (overrides the config)",
    )
    parser.add_argument(
        "--disable",
        default=None,
        metavar="CODES",
        help="never report these codes, comma-separated (added to the config)",
    )
    parser.add_argument(
        "--config",
        default=None,
        metavar="PYPROJECT",
        help="the pyproject.toml to read [tool.citeresolve] from "
        "(default: the nearest one above the current directory)",
    )
    parser.add_argument("--no-config", action="store_true", help="ignore any pyproject.toml")


def _add_online(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--online",
        action="store_true",
        help="also ask EUR-Lex/EP whether references exist (CR010); needs citeresolve[online]",
    )
    parser.add_argument(
        "--cache",
        default=None,
        metavar="DIR|URL",
        help="HTTP cache for --online: a directory, a .sqlite file or redis://…",
    )


def _code_list(value: str | None) -> list[str] | None:
    if value is None:
        return None
    listed = [c.strip().upper() for c in value.split(",") if c.strip()]
    unknown = sorted(set(listed) - set(codes()))
    if unknown:
        raise ConfigError(
            f"unknown code(s) {', '.join(unknown)}; see citeresolve check --list-codes"
        )
    return listed


def _config(args: argparse.Namespace) -> CheckConfig:
    known = list(codes())
    if args.no_config:
        config = CheckConfig()
    else:
        config = load_config(Path(args.config) if args.config else None, known_codes=known)
    enable = _code_list(args.enable)
    disable = _code_list(args.disable) or []
    lang = args.lang or config.lang
    if lang is not None:
        load(lang)  # an unknown language fails before any output
    return CheckConfig(
        lang=lang,
        date=parse_date(args.date) if args.date else config.date,
        enable=enable if enable is not None else config.enable,
        disable=[*config.disable, *disable],
        include=config.include,
        exclude=config.exclude,
        root=config.root,
        source=config.source,
    )


def run(args: argparse.Namespace) -> int:
    if args.list_codes:
        for info in codes().values():
            sys.stdout.write(f"{info.code}  {info.title}\n")
        return 0
    if not args.files:
        raise ConfigError("no FILE given; name the documents to check ('-' for standard input)")
    config = _config(args)
    names = [n for n in expand(args.files, document_suffixes()) if config.wants(n)]
    words = [n for n in names if format_of(n, args.input_format).name == "docx"]
    if words:
        from ...text.docx import require_docx_extra

        require_docx_extra()
    # Read every other document (fail on bad input) before any output.
    documents = {n: read_visible(n, args.input_format) for n in names if n not in words}
    reports, unchecked = _reports(names, documents, config, args)
    reports.sort(key=lambda r: r[0])
    _write(reports, args.format)
    if unchecked:
        # CR010 did not run everywhere: a clean report would claim too much.
        print(
            f"citeresolve: warning: CR010 could not check {len(unchecked)} reference(s) "
            f"online ({unchecked[0]}); the check is incomplete",
            file=sys.stderr,
        )
    return 1 if reports else (INCOMPLETE if unchecked else 0)


def _reports(
    names: list[str],
    documents: dict[str, VisibleText],
    config: CheckConfig,
    args: argparse.Namespace,
) -> tuple[list[Report], list[str]]:
    """Every document's findings (Word documents are those not in ``documents``),
    and the references the online check could not reach."""
    reports: list[Report] = []
    unchecked: list[str] = []
    with ExitStack() as stack:
        resolver: Resolver | None = None
        if args.online:
            from ...resolve.online import OnlineResolver, OnlineSettings, require_online_extra

            require_online_extra()
            online = stack.enter_context(OnlineResolver(settings=OnlineSettings(cache=args.cache)))
            resolver = online.resolve
            unchecked = online.unchecked
        for name in names:
            if name not in documents:
                reports += _docx_reports(name, config, resolver)
                continue
            visible = documents[name]
            for f in check(visible.text, config=config, resolver=resolver, visible=visible):
                line = f"{name}:{f.line}:{f.col}: {f.code} {f.message}"
                reports.append(((name, f.line, f.col, f.code), f.to_dict(), line))
    return reports, unchecked


def _write(reports: list[Report], fmt: str) -> None:
    sys.stdout.write(REPORTS[fmt](reports))
    sys.stdout.flush()


# The report's formats (--format), the default first.
REPORTS: Writers[Callable[[list[Report]], str]] = Writers("check report")


@REPORTS.register("text")
def _text_report(reports: list[Report]) -> str:
    return "".join(line + "\n" for _, _, line in reports)


@REPORTS.register("json")
def _json_report(reports: list[Report]) -> str:
    import json  # here: the usual report is text

    records: list[dict[str, Any]] = [
        {"v": 1, "path": key[0], **record} for key, record, _ in reports
    ]
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def _docx_reports(name: str, config: CheckConfig, resolver: Resolver | None) -> list[Report]:
    """A Word document's findings, located by paragraph and surrounding words
    (a .docx has no lines a person could go to)."""
    from ...outputs.check_docx import check_docx

    try:
        findings = check_docx(name, config=config, resolver=resolver)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    return [
        (
            (name, order, 0, f.code),
            f.to_dict(),
            f"{name}: {f.location}: {f.code} {f.message} [{f.context}]",
        )
        for order, f in enumerate(findings)
    ]

"""The ``citeresolve`` command line: one subcommand per module in ``commands/``."""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import os
import signal
import sys
import threading
from collections.abc import Sequence
from typing import Any

from .. import __version__
from ..errors import CiteresolveError

# Each module has NAME, HELP, add_arguments(parser) and run(args) -> exit status.
COMMAND_MODULES = ("extract", "check", "link", "resolve", "authorities", "cache")


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter, which looks the terminal's width up only when help or
    a usage message is written. argparse makes a formatter for every argument added
    (to check its metavar), and each looked the width up: importing shutil (and bz2,
    lzma, fnmatch with it) in every run, 1% of a cold check."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        self._terminal = width is None  # before the base class sets the widths below
        self._asked_position = max_help_position
        super().__init__(prog, indent_increment, max_help_position, 0 if width is None else width)

    def _terminal_width(self) -> None:
        # What argparse.HelpFormatter.__init__ does when no width is given.
        import shutil

        width = shutil.get_terminal_size().columns - 2
        self._terminal = False
        self._set_width = width
        self._set_position = min(self._asked_position, max(width - 20, self._indent_increment * 2))

    @property
    def _width(self) -> int:
        if self._terminal:
            self._terminal_width()
        return self._set_width

    @_width.setter
    def _width(self, value: int) -> None:
        self._set_width = value

    @property
    def _max_help_position(self) -> int:
        if self._terminal:
            self._terminal_width()
        return self._set_position

    @_max_help_position.setter
    def _max_help_position(self, value: int) -> None:
        self._set_position = value


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of command ``only`` alone: a command module
    imports the stages it runs, and a pre-commit hook that checks one draft must
    not pay for the linker, the Markdown parser and the online resolver too."""
    parser = argparse.ArgumentParser(
        prog="citeresolve",
        description="Find, normalise and resolve citations in EU legal and parliamentary text.",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"citeresolve {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES if only is None else (only,):
        module = importlib.import_module(f"citeresolve.cli.commands.{name}")
        command = sub.add_parser(
            module.NAME, help=module.HELP, description=module.HELP, formatter_class=HelpFormatter
        )
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def _command(argv: Sequence[str]) -> str | None:
    """The command named by ``argv``, if its first word is one (else the full parser
    reports the usage or the error)."""
    first = argv[0] if argv else None
    return first if first in COMMAND_MODULES else None


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    args = _arguments(words, owned=argv is None)
    if getattr(args, "lang", None):
        # Language codes are ISO 639-1 in lower case; "EN" and " nl" mean the same.
        args.lang = args.lang.strip().lower()
    previous = _on_terminate()
    try:
        status: int = args.run(args)
    except Terminated:
        print("citeresolve: terminated", file=sys.stderr)
        return 143
    except CiteresolveError as exc:
        print(f"citeresolve: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("citeresolve: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # A file system refusal the commands did not foresee: still one line, no traceback.
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"citeresolve: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    if argv is None and args.command in _ENDS_ITS_PROCESS:
        _end_process(status)
    return status


# Commands that, run as the command, end their process when done instead of returning
# to the interpreter's teardown: they leave nothing behind but what they wrote to the
# standard streams and the user cache (written by exit functions).
_ENDS_ITS_PROCESS = frozenset({"check"})


def _end_process(status: int) -> None:
    """End the process with ``status`` as the interpreter would, without tearing it
    down: its exit functions run (the user cache is written) and the standard streams
    are flushed, but the grammar, tables and automata are not freed object by object,
    some 5% of a cold check of a one-page draft. Returns (the interpreter then exits
    as usual) when other threads run or a stream cannot be flushed, so that the
    interpreter waits for them or reports it as it always does."""
    if threading.active_count() > 1:
        return
    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            if stream is not None:
                stream.flush()
    except Exception:  # as at the interpreter's exit: reported there, status 120
        return
    os._exit(status)


def _arguments(words: list[str], *, owned: bool) -> argparse.Namespace:
    """The parsed command line; its command's modules are imported on the way."""
    # Run as the command (``owned``: the process is ours), the imports build tens of
    # thousands of objects that live as long as the process (classes, grammar,
    # tables) and the cyclic collector would scan them again and again: a sixth of
    # a cold check of one draft.  It is paused while the command's modules load and
    # what they built is then frozen (never scanned again), as long-running
    # servers do after start-up.  A caller's own process (argv given) is left alone.
    if owned:
        gc.disable()
    try:
        return build_parser(_command(words)).parse_args(words)
    finally:
        if owned:
            gc.freeze()
            gc.enable()


class Terminated(BaseException):
    """SIGTERM arrived: unwind like Ctrl-C (workers stopped, temporary files removed)."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated


def _on_terminate() -> Any:
    """Make SIGTERM unwind the command; returns the handler to restore (None when
    signals cannot be set here: not the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _raise_terminated)


if __name__ == "__main__":
    sys.exit(main())

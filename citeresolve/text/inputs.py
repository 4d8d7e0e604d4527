"""Reading input documents and writing outputs safely, shared by the CLI commands."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from ..errors import InputError


def read_document(name: str) -> str:
    """The text of a file, or of standard input for ``-``; UTF-8 (a BOM is dropped)."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 text (bad byte at offset {exc.start}); convert it to UTF-8 first"
        ) from None


def write_atomically(path: str | Path, text: str) -> None:
    """Write ``text`` (UTF-8, newlines as they are) to ``path`` atomically (see
    :func:`write_bytes_atomically`)."""
    write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename, so that a
    crash or a full disk never leaves a half-written file behind."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:  # mkstemp makes the file private; a new file gets the usual mode
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def line_col(text: str, offset: int, line_starts: list[int]) -> tuple[int, int]:
    """1-based line and column (in code points) of ``offset``."""
    import bisect

    line = bisect.bisect_right(line_starts, offset)
    return line, offset - line_starts[line - 1] + 1


def line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts

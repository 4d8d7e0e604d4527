"""Reading input documents and writing outputs safely, shared by the CLI commands."""

from __future__ import annotations

import codecs
import contextlib
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError

# Byte order marks of encodings we do not read, longest first (UTF-32 LE starts
# with the UTF-16 LE mark): naming the encoding tells the user what to convert.
_FOREIGN_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "UTF-32 BE"),
    (codecs.BOM_UTF16_LE, "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "UTF-16 BE"),
)


def read_bytes(name: str) -> bytes:
    """The bytes of a file, or of standard input for ``-``.

    Raises :class:`InputError` with a message that starts with ``name``.
    """
    try:
        return sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None


def decode(data: bytes, name: str) -> str:
    """UTF-8 text (a UTF-8 byte order mark is dropped); other encodings are named."""
    for bom, encoding in _FOREIGN_BOMS:
        if data.startswith(bom):
            raise InputError(
                f"{name}: {encoding} text (byte order mark); convert it to UTF-8 first, "
                f"e.g. iconv -f {encoding.replace(' ', '')} -t UTF-8"
            )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 text (bad byte at offset {exc.start}); convert it to UTF-8 first"
        ) from None


def read_document(name: str) -> str:
    """The text of a file, or of standard input for ``-``; UTF-8 (a BOM is dropped)."""
    return decode(read_bytes(name), name)


def expand(names: Iterable[str], suffixes: Iterable[str]) -> list[str]:
    """Files as given; each directory replaced by its files with one of ``suffixes``
    (lower case, with the dot), recursively, sorted, hidden ones left out.

    A directory that cannot be searched is an :class:`InputError`, never a
    silent "nothing found": ``d: cannot read directory (Permission denied)``;
    so is a directory without documents.
    """
    wanted = tuple(s.lower() for s in suffixes)
    out: list[str] = []
    for name in names:
        if name == "-" or not _is_dir(name):
            out.append(name)
            continue
        found: list[str] = []
        problems: list[OSError] = []
        for root, dirs, files in os.walk(name, onerror=problems.append):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found += [
                os.path.join(root, f)
                for f in files
                # Hidden files, and Word's lock file of an open document ("~$draft.docx").
                if not f.startswith((".", "~$")) and os.path.splitext(f)[1].lower() in wanted
            ]
        if problems:
            where = problems[0].filename or name
            reason = problems[0].strerror or str(problems[0])
            raise InputError(f"{where}: cannot read directory ({reason})")
        if not found:
            raise InputError(
                f"{name}: no documents in this directory (searched for {', '.join(wanted)} files)"
            )
        out += sorted(found)
    return out


def _is_dir(name: str) -> bool:
    """Like ``Path.is_dir``, but a path that cannot be looked at is an InputError
    ("cannot read"), not a PermissionError traceback."""
    try:
        return Path(name).is_dir()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None


def write_atomically(path: str | Path, text: str) -> None:
    """Write ``text`` (UTF-8, newlines as they are) to ``path`` atomically (see
    :func:`write_bytes_atomically`)."""
    write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename, so that a
    crash or a full disk never leaves a half-written file behind.

    A symbolic link is followed: its target is rewritten and the link stays.
    A new file gets the usual mode (0666 less the umask), an existing one keeps its mode.
    """
    target = Path(os.path.realpath(path))
    with _signals_deferred():
        _write_through_temporary(target, data)


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Ctrl-C and TERM arrive after the write, never between the temporary file
    and its rename: an interrupted batch leaves no ``.tmp`` behind."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _write_through_temporary(target: Path, data: bytes) -> None:
    # Imported here: tempfile brings shutil, random and the compression modules, and
    # a check (which reads and never writes) should not load them.
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:  # mkstemp makes the file private; a new file is not
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    # The only portable way to read the umask is to set it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


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

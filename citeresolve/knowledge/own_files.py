"""Reading and writing the files of the user cache: only files this user alone can
have written are read (a pickle runs code when loaded, and engine code can crash
the engine), and every file is written atomically, readable by its owner only."""

from __future__ import annotations

import os
import threading
import zlib
from pathlib import Path


def read_own(path: str | Path) -> bytes:
    """The bytes of a cache file that only this user can have written: a pickle runs
    code when loaded and engine code can crash the engine, so a file another user
    owns or may write (a shared cache directory) is no cache (OSError)."""
    with open(path, "rb") as fh:
        _own(fh.fileno(), path)
        return fh.read()


class OpenFile:
    """A cache file kept open and read by ranges (``os.pread``)."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def __getitem__(self, part: slice) -> bytes:
        start = part.start or 0
        return os.pread(self._fd, max(part.stop - start, 0), start)

    def __del__(self) -> None:
        os.close(self._fd)


def open_own(path: str | Path) -> OpenFile | bytes:
    """A cache file that only this user can have written (as :func:`read_own`), open:
    a reader of the pack of engine code (megabytes when a process of every language
    wrote it) reads only the entries it uses. Read whole where ``os.pread`` is missing."""
    if not hasattr(os, "pread"):
        return read_own(path)
    fd = os.open(path, os.O_RDONLY)
    try:
        _own(fd, path)
    except BaseException:
        os.close(fd)
        raise
    return OpenFile(fd)  # a rename over the file leaves this one as it was


def _own(fd: int, path: str | Path) -> None:
    if hasattr(os, "getuid"):
        stat = os.fstat(fd)
        if stat.st_uid != os.getuid() or stat.st_mode & 0o022:
            raise PermissionError(f"{path}: not this user's own file")


def write_bytes(folder: Path, target: Path, contents: bytes) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # A name of this process and thread: writers never share a temporary file.
        tmp = folder / f".{target.name}-{os.getpid()}-{threading.get_ident()}.tmp"
        try:
            # Readable and writable by this user only, whatever the umask (see read_own).
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(contents)
            os.replace(tmp, target)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # a read-only home or a full disk: parse again next time


def checked_payload(payload: bytes) -> bytes:
    """A kept file: the length and CRC-32 of its payload, then the payload. They catch
    a torn or damaged file (which user may have written it is checked apart, by
    read_own), at a small part of the cost of a cryptographic digest."""
    return len(payload).to_bytes(8, "little") + zlib.crc32(payload).to_bytes(4, "little") + payload


def payload_of(raw: bytes) -> bytes | None:
    """The payload of a kept file, if it is whole (see checked_payload)."""
    payload = raw[12:]
    if int.from_bytes(raw[:8], "little") != len(payload):
        return None
    return payload if zlib.crc32(payload).to_bytes(4, "little") == raw[8:12] else None

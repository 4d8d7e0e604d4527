"""The pack of kept engine code (knowledge/engine_code.py): one file read instead of
a hundred and sixty, never trusted further than the files it copies."""

from __future__ import annotations

import marshal
import os
from pathlib import Path

import pytest

from citeresolve.knowledge import cache, engine_code

from .conftest import fresh_python

_SCRIPT = (
    "import json, citeresolve\n"
    "from citeresolve.knowledge import cache\n"
    "files, read = [], cache._read_own\n"
    "def counted(path):\n"
    "    data = read(path)\n"
    "    files.append(str(path))  # read: it exists and is this user's\n"
    "    return data\n"
    "cache._read_own = counted\n"
    "found = citeresolve.extract(open('fixtures/drafts/en-resolution.md').read(), lang='en')\n"
    "kept = [f for f in files if f.endswith('.marshal') and 'patterns-' in f]\n"
    "print(json.dumps([len(kept), [(c.key, c.start, c.end) for c in found]]))\n"
)


def _run(folder: Path) -> tuple[int, list[object]]:
    files, found = fresh_python(_SCRIPT, env=dict(os.environ, CITERESOLVE_CACHE_DIR=str(folder)))
    return files, found


def test_a_process_that_finds_the_pack_reads_no_pattern_file(tmp_path: Path) -> None:
    files, first = _run(tmp_path)
    assert files == 0 and first  # the first process compiles them all, and packs them
    # One pack for the patterns of the English text, one for those asked outside it.
    packs = sorted(tmp_path.glob("*.pack"))
    assert [p.name.split(".")[-2] for p in packs] == ["en", "indexed"]
    assert all(p.stat().st_mode & 0o077 == 0 for p in packs)  # this user's alone
    assert _run(tmp_path) == (0, first)
    for pack in packs:
        pack.unlink()
    files, found = _run(tmp_path)  # the files are what is kept: read, and packed again
    assert files > 20 and found == first
    assert _run(tmp_path) == (0, first)


def test_a_damaged_pack_never_reaches_the_engine(tmp_path: Path) -> None:
    """A pack entry is checked as the file it copies: entries with bytes flipped are
    read from their files instead, and the citations are the same."""
    _, first = _run(tmp_path)
    packs = sorted(tmp_path.glob("*.pack"))
    for pack in packs:
        entries = engine_code.unpack(pack.read_bytes())
        damaged = {}
        for name, raw in entries.items():
            middle = len(raw) // 2
            damaged[name] = raw[:middle] + bytes(b ^ 0xFF for b in raw[middle : middle + 8])
            damaged[name] += raw[middle + 8 :]
        pack.write_bytes(engine_code.packed(damaged))
    files, found = _run(tmp_path)
    assert found == first
    for pack in packs:
        pack.write_bytes(pack.read_bytes()[: pack.stat().st_size // 2])  # a torn pack
    torn, found = _run(tmp_path)  # the entries they still hold whole are used, no others
    assert found == first and 0 < torn < files
    for pack in packs:
        pack.unlink()
    assert _run(tmp_path) == (files, first)  # as many files read as with no pack at all


def test_a_pack_that_grows_too_large_starts_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: dict[str, bytes] = {}

    def write(folder: Path, target: Path, payload: bytes) -> None:
        written[str(target)] = payload

    def read(path: str) -> bytes:
        if path not in written:
            raise FileNotFoundError(path)
        return written[path]

    pack = engine_code.Pack("p.pack", read, write)
    folder = str(tmp_path)
    for i in range(20):
        pack.add(folder, f"old{i}", bytes(1000))
    pack.flush()
    fresh = engine_code.Pack("p.pack", read, write)
    assert fresh.get(folder, "old3") == bytes(1000)  # used by this process
    assert fresh.get(folder, "missing") is None
    monkeypatch.setattr(engine_code, "MAX_BYTES", 15_000)
    fresh.add(folder, "new", bytes(10))
    fresh.flush()
    assert engine_code.unpack(written[os.path.join(folder, "p.pack")]) == {
        "old3": bytes(1000),
        "new": bytes(10),
    }


def test_a_foreign_pack_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As every kept file: a pack another user may have written is no pack."""
    if not hasattr(os, "getuid"):
        pytest.skip("file owners are a POSIX notion")
    pack = tmp_path / "p.pack"
    pack.write_bytes(engine_code.packed({"a": b"x"}))
    pack.chmod(0o666)
    assert (
        engine_code.Pack("p.pack", cache._open_own, cache._write_bytes).get(str(tmp_path), "a")
        is None
    )
    pack.chmod(0o600)
    assert (
        engine_code.Pack("p.pack", cache._open_own, cache._write_bytes).get(str(tmp_path), "a")
        == b"x"
    )


def test_a_reader_copies_only_the_entries_it_uses(tmp_path: Path) -> None:
    """The pack is opened and its index read: an entry comes out as written, one the
    pack lacks is None, and an index that lies or a pack cut short gives no entry
    or bytes the caller's digest refuses, never an error."""
    entries = {f"{i:02x}/{i:032x}.marshal": bytes([i]) * (100 + i) for i in range(50)}
    (tmp_path / "p.pack").write_bytes(engine_code.packed(entries))
    pack = engine_code.Pack("p.pack", cache._open_own, cache._write_bytes)
    folder = str(tmp_path)
    assert pack.get(folder, "07/" + "0" * 31 + "7.marshal") == bytes([7]) * 107
    assert pack.get(folder, "ff/" + "f" * 32 + ".marshal") is None
    assert engine_code.unpack((tmp_path / "p.pack").read_bytes()) == entries
    whole = engine_code.packed(entries)
    cut = engine_code.Pack("p.pack", lambda _: whole[: len(whole) - 500], cache._write_bytes)
    assert cut.get(folder, "31/" + "0" * 30 + "31.marshal") != bytes([49]) * 149
    lying = engine_code.packed({})[: -len(marshal.dumps({}))]
    head = marshal.dumps({"a": (10**9, 5), "b": ("x", 1), "c": (-1, 2), "d": 3})
    raw = lying[: -engine_code._LENGTH] + len(head).to_bytes(4, "little") + head
    liar = engine_code.Pack("p.pack", lambda _: raw, cache._write_bytes)
    assert [liar.get(folder, n) for n in "abcd"] == [b"", None, None, None]
    old = engine_code.Pack("p.pack", lambda _: marshal.dumps(entries), cache._write_bytes)
    assert old.get(folder, "07/" + "0" * 31 + "7.marshal") is None  # the old format is none

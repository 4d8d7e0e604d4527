"""Reading inputs and writing outputs: directories, encodings, symlinks, modes, permissions.

The suite runs as root in CI, where permission bits do not stop anything, so a
refusal by the file system is played by making ``os.stat``/``os.scandir`` refuse
the way the kernel does for a user (``PermissionError``, errno EACCES).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from citeresolve.cli import main

TEXT = "having regard to Article 3 TEU,\n"


def _refuse(monkeypatch: pytest.MonkeyPatch, name: str, below: Path) -> None:
    real = getattr(os, name)

    def refusing(path: object, *args: object, **kwargs: object) -> object:
        if isinstance(path, (str, os.PathLike)) and str(os.fspath(path)).startswith(str(below)):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, name, refusing)


@pytest.mark.parametrize("command", ["link", "extract", "check"])
def test_a_file_below_an_unsearchable_directory_cannot_be_read(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    doc = locked / "a.md"
    doc.write_text(TEXT, encoding="utf-8")
    _refuse(monkeypatch, "stat", locked)
    assert main([command, "--lang", "en", str(doc)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "cannot read" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("command", ["link", "extract", "check"])
def test_an_unreadable_directory_is_said_so(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "a.md").write_text(TEXT, encoding="utf-8")
    _refuse(monkeypatch, "scandir", drafts)
    assert main([command, "-i", str(drafts)] if command == "link" else [command, str(drafts)]) == 2
    err = capsys.readouterr().err
    assert f"{drafts}: cannot read directory (Permission denied)" in err
    assert "no documents found" not in err


def test_extract_and_check_accept_directories_like_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Article 56 TEU\n", encoding="utf-8")
    (tmp_path / "c.pdf").write_bytes(b"%PDF Article 4 TEU")  # not a document suffix
    assert main(["extract", "--lang", "en", "--format", "text", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0].rsplit(":", 3)[0] for line in lines] == [
        str(tmp_path / "a.md"),
        str(tmp_path / "sub" / "b.txt"),
    ]
    assert main(["check", "--no-config", "--lang", "en", str(tmp_path)]) == 1
    assert f"{tmp_path / 'sub' / 'b.txt'}:1:1: CR001" in capsys.readouterr().out


def test_link_refuses_to_run_documents_together_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    assert main(["link", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "2 documents would run together on standard output" in captured.err


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("utf-16", "UTF-16 LE"), ("utf-16-be", "UTF-16 BE"), ("utf-32", "UTF-32 LE")],
)
def test_a_foreign_byte_order_mark_names_the_encoding(
    encoding: str, name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "draft.txt"
    data = TEXT.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    doc.write_bytes(data)
    assert main(["extract", str(doc)]) == 2
    err = capsys.readouterr().err
    assert f"{doc}: {name} text (byte order mark); convert it to UTF-8" in err
    assert "offset 0" not in err


def test_link_in_place_on_a_symlink_rewrites_the_target(tmp_path: Path) -> None:
    target = tmp_path / "real.md"
    target.write_text(TEXT, encoding="utf-8")
    link = tmp_path / "alias.md"
    link.symlink_to(target)
    assert main(["link", "-i", "--lang", "en", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert "[Article 3](" in target.read_text(encoding="utf-8")


def test_link_to_stdout_keeps_the_byte_order_mark(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    doc = tmp_path / "bom.txt"
    doc.write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    assert main(["link", "--lang", "en", str(doc)]) == 0
    assert capsysbinary.readouterr().out.startswith(b"\xef\xbb\xbfhaving regard to [Article 3](")


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_link_output_file_follows_the_umask(umask: int, tmp_path: Path) -> None:
    doc = tmp_path / "a.md"
    doc.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.md"
    old = os.umask(umask)
    try:
        assert main(["link", "--lang", "en", str(doc), "-o", str(out)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask

"""``citeresolve check`` on the command line: output format, exit status, config."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from citeresolve.cli import main

from .conftest import FIXTURES

FAULTY = "- having regard to Article 56 TEU and Regulation (EU) No 2016/679,\n"


@pytest.fixture
def drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no pyproject.toml of this repository in reach
    (tmp_path / "b.md").write_text("x\n" + FAULTY, "utf-8")
    (tmp_path / "a.md").write_text(FAULTY, "utf-8")
    (tmp_path / "clean.md").write_text("- having regard to Article 55 TEU,\n", "utf-8")
    return tmp_path


def test_clean_file_exits_0(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--lang", "en", "clean.md"]) == 0
    assert capsys.readouterr().out == ""


def test_findings_are_sorted_lines_and_exit_1(
    drafts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--lang", "en", "b.md", "clean.md", "a.md"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" ", 2)[:2] for line in lines] == [
        ["a.md:1:20:", "CR001"],
        ["a.md:1:50:", "CR006"],
        ["b.md:2:20:", "CR001"],
        ["b.md:2:50:", "CR006"],
    ]
    assert "write '(EU) 2016/679'" in lines[1]


def test_json_format(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--lang", "en", "--format", "json", "a.md"]) == 1
    records = json.loads(capsys.readouterr().out)
    assert [(r["path"], r["line"], r["col"], r["code"], r["text"]) for r in records] == [
        ("a.md", 1, 20, "CR001", "Article 56"),
        ("a.md", 1, 50, "CR006", "(EU) No 2016/679"),
    ]
    assert all(r["v"] == 1 and r["message"] for r in records)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "missing.md"], "missing.md: no such file"),
        (["check"], "no FILE given"),
        (["check", "--lang", "xx", "a.md"], "unknown language 'xx'"),
        (["check", "--enable", "CR999", "a.md"], "unknown code(s) CR999"),
        (["check", "--date", "yesterday", "a.md"], "not a date: 'yesterday' (expected YYYY-MM-DD)"),
    ],
)
def test_usage_and_input_errors_exit_2(
    drafts: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err
    assert "Traceback" not in captured.err and len(captured.err.strip().splitlines()) == 1


def test_bad_config_exits_2(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (drafts / "pyproject.toml").write_text('[tool.citeresolve]\nlanguage = "nl"\n', "utf-8")
    assert main(["check", "a.md"]) == 2
    assert "unknown key(s) language" in capsys.readouterr().err


def test_pyproject_config_applies(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (drafts / "pyproject.toml").write_text(
        '[tool.citeresolve]\nlang = "en"\ndisable = ["CR006"]\nexclude = ["b.md"]\n', "utf-8"
    )
    assert main(["check", "a.md", "b.md"]) == 1
    assert [line.split(" ")[:2] for line in capsys.readouterr().out.splitlines()] == [
        ["a.md:1:20:", "CR001"]
    ]
    # Options override the file; --no-config ignores it.
    assert main(["check", "--enable", "CR006", "a.md"]) == 0
    capsys.readouterr()
    assert main(["check", "--no-config", "--lang", "en", "b.md"]) == 1


def test_list_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--list-codes"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("CR001  article number") and len(out) == 12


def test_the_seed_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(FIXTURES / "kazakhstan-nl.md")]) == 0
    assert capsys.readouterr().out == ""


def test_online_check_without_network_says_it_is_incomplete(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The suite blocks the network: CR010 cannot run, and check must not claim a clean
    draft (issue 15, item 4)."""
    draft = tmp_path / "draft.md"
    draft.write_text("Having regard to Regulation (EU) 2016/679,\n", encoding="utf-8")
    status = main(["check", "--no-config", "--online", "--cache", "memory", str(draft)])
    captured = capsys.readouterr()
    assert status == 3
    assert captured.out == ""
    assert "citeresolve: warning: CR010 could not check 1 reference(s) online" in captured.err
    assert "the check is incomplete" in captured.err


def test_the_command_ends_its_process_with_its_output_status_and_cache(
    drafts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Run as the command, check ends its process when done (no teardown of the
    # interpreter): the same report and status as a caller gets, the standard streams
    # flushed and the exit functions run (they write the user cache).
    (drafts / "de.md").write_text("- gestützt auf Artikel 56 des Vertrags über die EU,\n", "utf-8")
    (drafts / "fr.md").write_text("- vu l'article 56 du traité sur l'Union européenne,\n", "utf-8")
    files = ["a.md", "de.md", "fr.md", "clean.md"]
    status = main(["check", "--no-config", *files])
    expected = capsys.readouterr().out
    assert status == 1
    assert {line.split(":")[0] for line in expected.splitlines()} == {"a.md", "de.md", "fr.md"}
    cache = drafts / "cache"
    env = {**os.environ, "CITERESOLVE_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "citeresolve", "check", "--no-config", *files]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (1, expected, "")
    assert any(p.suffix == ".pack" for p in cache.rglob("*"))

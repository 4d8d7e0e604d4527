"""The command line, run in-process through citeresolve.cli.main."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citeresolve.cli import main

from .conftest import FIXTURES


def test_extract_jsonl_of_the_bundled_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(FIXTURES / "kazakhstan-nl.md")]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 20
    first = records[0]
    assert first["key"] == "TA-9-2022-0012"
    assert first["text"] == "P9\\_TA(2022)0012"
    assert (first["line"], first["col"], first["v"]) == (11, 5, 1)
    assert {r["type"] for r in records} == {
        "ep_doc",
        "procedure",
        "treaty",
        "oj",
        "instrument",
        "rules",
    }


def test_extract_text_format_is_one_line_per_citation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = tmp_path / "draft.txt"
    doc.write_text("having regard to Article 6(1) TEU,\nand to (2022/2505(RSP))\n", "utf-8")
    assert main(["extract", "--format", "text", "--lang", "en", str(doc)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{doc}:1:18: TEU:6(1)")
    assert lines[1].startswith(f"{doc}:2:9:  PROC:2022/2505(RSP)")  # aligned


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "missing.md"], "missing.md: no such file"),
        (["extract", "--lang", "xx", "-"], "unknown language 'xx'"),
    ],
)
def test_bad_input_is_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_wrong_encoding_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = tmp_path / "latin1.txt"
    doc.write_bytes("Artikel 3 für".encode("latin-1"))
    assert main(["extract", str(doc)]) == 2
    assert "not UTF-8" in capsys.readouterr().err


def test_a_directory_without_documents_is_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert main(["extract", str(tmp_path)]) == 2
    assert "no documents in this directory" in capsys.readouterr().err


def test_text_columns_stay_aligned_whatever_the_digits(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = tmp_path / "d.txt"
    doc.write_text("Article 2 TEU.\n" + " " * 120 + "Article 3 TEU.\n", encoding="utf-8")
    assert main(["extract", "--format", "text", "--lang", "en", str(doc)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert len({line.index("TEU:") for line in lines}) == 1
    assert len({line.index("treaty") for line in lines}) == 1


@pytest.mark.parametrize("command", ["extract", "check", "link", "resolve"])
def test_language_codes_are_read_in_any_case(
    command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = tmp_path / "d.md"
    doc.write_text("gezien artikel 2 van het Verdrag betreffende de Europese Unie\n", "utf-8")
    argv = [command, "--lang", "NL", "TEU:2" if command == "resolve" else str(doc)]
    if command == "check":
        argv.insert(1, "--no-config")
    assert main(argv) == 0
    assert "unknown language" not in capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["0", "-3"])
def test_jobs_must_be_at_least_one(jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["link", "--jobs", jobs, "x.md"])
    assert exc.value.code == 2
    assert "must be at least 1" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["check", "resolve", "link"])
def test_a_bad_date_is_worded_the_same_everywhere(
    command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = tmp_path / "d.md"
    doc.write_text("Article 2 TEU\n", encoding="utf-8")
    argv = [command, "--date", "2022-13-01", "TEU:2" if command == "resolve" else str(doc)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err == "citeresolve: error: not a date: '2022-13-01' (expected YYYY-MM-DD)\n"


def test_python_dash_m_runs_the_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "citeresolve", "resolve", "TEU:2", "--format", "text"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("TEU:2 ")

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
    assert lines[1].startswith(f"{doc}:2:9: PROC:2022/2505(RSP)")


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

"""``citeresolve resolve``, ``citeresolve cache`` and ``extract --resolve``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from citeresolve.cli import main

from .conftest import FIXTURES
from .redis_support import LOCAL


def test_resolve_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "TEU:3(5)", "TA-9-2021-0056", "--lang", "nl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["url"] for r in lines] == [
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:12016M003",
        "https://www.europarl.europa.eu/doceo/document/TA-9-2021-0056_NL.html",
    ]
    assert lines[0]["v"] == 1 and lines[0]["label"] == "Artikel 3, lid 5, VEU"


def test_resolve_text_with_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "EP-RULES:135", "--date", "2019-04-17", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "RULES-8-2017-01-16-RULE-135_EN.html" in out and out.startswith("EP-RULES:135 ")


def test_resolve_invalid_key_exits_1_with_reason(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "TEU:174", "--format", "text"]) == 1
    assert "(Article 174 is beyond the TEU, which has 55 articles)" in capsys.readouterr().out


def test_resolve_keys_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("CELEX:32016R0679\n\nCOM(2021)206\n"))
    assert main(["resolve", "-"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


@pytest.mark.parametrize(
    "argv",
    [
        ["resolve", "TEU:3", "--lang", "xx"],
        ["resolve", "EP-RULES:3", "--date", "yesterday"],
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # nothing printed before the error
    assert captured.err.startswith("citeresolve: error: ") and captured.err.count("\n") == 1
    assert "Traceback" not in captured.err


def test_extract_resolve_adds_url_and_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--resolve", str(FIXTURES / "kazakhstan-nl.md")]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records and all(r["status"] == "ok" for r in records)
    first = records[0]
    assert (first["key"], first["url"]) == (
        "TA-9-2022-0012",
        "https://www.europarl.europa.eu/doceo/document/TA-9-2022-0012_NL.html",
    )


def test_extract_without_resolve_is_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(FIXTURES / "kazakhstan-nl.md")]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert "url" not in record and "status" not in record


def test_cache_info_and_clear(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cache = tmp_path / "cache"
    assert main(["cache", "info", "--cache", str(cache)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info == {
        "location": str(cache / "http_cache.sqlite"),
        "backend": "SQLiteCache",
        "responses": 0,
        "exists": False,
    }
    assert not cache.exists()  # info only looks: it creates nothing
    assert main(["cache", "clear", "--cache", str(cache)]) == 0
    assert capsys.readouterr().out == "removed 0 cached responses\n"
    assert main(["cache", "info", "--cache", str(cache)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["responses"] == 0 and info["bytes"] > 0 and "exists" not in info


@pytest.mark.parametrize("location", ["ftp://x", "https://cache.example/"])
def test_a_cache_url_that_is_no_cache_is_refused(
    location: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["cache", "info", "--cache", location]) == 2
    assert f"unsupported cache location {location!r}" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # no directory called "ftp:"


@LOCAL
@pytest.mark.parametrize("action", ["info", "clear"])
def test_an_unreachable_redis_cache_is_one_line(
    action: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Port 1 on the loopback refuses connections: a Redis server that is not there.
    assert main(["cache", action, "--cache", "redis://127.0.0.1:1/0"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        "citeresolve: error: cannot reach the Redis cache at redis://127.0.0.1:1/0"
    )
    assert "Traceback" not in err and len(err.splitlines()) == 1


@pytest.mark.parametrize(
    ("key", "family"),
    [
        ("OJ:L:2016:119:x", "Official Journal"),
        ("CELEX:3201", "CELEX"),
        ("ECLI:EU:C:20", "case or ECLI"),
    ],
)
def test_a_bad_key_names_its_family_not_an_article_pin(
    key: str, family: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["resolve", key]) == 1
    err = capsys.readouterr().err
    assert f"not a canonical {family} key: {key!r}" in err
    assert "article pin" not in err


def test_a_huge_bad_key_is_quoted_short(capsys: pytest.CaptureFixture[str]) -> None:
    key = "TEU:" + "1" * 150_000
    assert main(["resolve", key]) == 1
    err = capsys.readouterr().err
    assert len(err) < 500 and "150,004 characters" in err


def test_the_key_contract_an_error_points_to_is_shipped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["resolve", "NOT-A-KEY"]) == 1
    pointer = capsys.readouterr().err.split("see ")[-1].rstrip(")\n")
    assert pointer == "docs/citation-keys.md"
    contract = (FIXTURES.parent / pointer).read_text(encoding="utf-8")
    assert contract.startswith("# Canonical citation keys") and "TEU:3(5)" in contract


def test_one_bad_key_does_not_hide_the_good_ones(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "TEU:3", "OJ:L:2016:119:x", "TFEU:107"]) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["key"] for line in captured.out.splitlines()] == ["TEU:3", "TFEU:107"]
    assert captured.err.count("error:") == 1

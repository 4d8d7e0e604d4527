"""citeresolve link: in place, -o, stdin/stdout, directories, errors per file."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from citeresolve.cli import main

ROOT = Path(__file__).resolve().parent.parent
KAZAKHSTAN = ROOT / "fixtures" / "kazakhstan-nl.md"
EURLEX = ROOT / "fixtures" / "html" / "eurlex-2018-1725-excerpt.html"


def test_bundled_example_prints_linked_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["link", str(KAZAKHSTAN)]) == 0
    out = capsys.readouterr().out
    assert (
        "[artikelen 21](https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:12016M021" in out
    )
    assert "[Verdrag betreffende de Europese Unie](" in out


def test_in_place_rewrites_every_file_and_is_idempotent(tmp_path: Path) -> None:
    md = tmp_path / "a.md"
    page = tmp_path / "b.html"
    note = tmp_path / "c.txt"
    shutil.copy(KAZAKHSTAN, md)
    shutil.copy(EURLEX, page)
    note.write_bytes(b"\xef\xbb\xbfArticle 3 TEU\r\n")
    assert main(["link", "--in-place", "--lang", "en", str(page), str(note)]) == 0
    assert main(["link", "--in-place", str(md)]) == 0
    assert "data-citeresolve-key" in page.read_text(encoding="utf-8")
    assert "](" in md.read_text(encoding="utf-8")
    data = note.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf[Article 3](") and data.endswith(b"\r\n")  # BOM, CRLF kept
    before = {p: p.read_bytes() for p in (md, page, note)}
    assert main(["link", "-i", "--lang", "en", str(page), str(note)]) == 0
    assert main(["link", "-i", str(md)]) == 0
    assert {p: p.read_bytes() for p in (md, page, note)} == before
    # no temporary files left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.html", "c.txt"]


def test_output_file_for_one_input(tmp_path: Path) -> None:
    out = tmp_path / "linked.html"
    assert main(["link", str(EURLEX), "-o", str(out), "--lang", "en", "--class", "cite"]) == 0
    assert 'class="cite" data-citeresolve-key="TFEU:16(2)"' in out.read_text(encoding="utf-8")


def test_output_directory_for_a_directory_and_formats_by_extension(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "one.md").write_text("See `Article 3 TEU` and Article 3 TEU.\n", encoding="utf-8")
    (src / "sub" / "two.htm").write_text(
        "<p>Article 3 <code>TEU</code>; Article 4 TEU</p>", encoding="utf-8"
    )
    (src / "three.txt").write_text("Article 5 TEU\n", encoding="utf-8")
    (src / "skip.pdf").write_text("Article 6 TEU\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["link", str(src), "-o", str(out), "--lang", "en", "-j", "2"]) == 0
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == [
        "one.md",
        "sub/two.htm",
        "three.txt",
    ]
    one = (out / "one.md").read_text(encoding="utf-8")
    assert one.startswith("See `Article 3 TEU` and [Article 3](")
    two = (out / "sub" / "two.htm").read_text(encoding="utf-8")
    # Code is not prose: "Article 3 <code>TEU</code>" names no instrument a reader reads.
    assert two.startswith("<p>Article 3 <code>TEU</code>; <a href=")
    assert (out / "three.txt").read_text(encoding="utf-8").startswith("[Article 5](")


def test_stdin_to_stdout(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"<p>Article 3&nbsp;TEU</p>"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["link", "-", "--format", "html", "--lang", "en"]) == 0
    out = capsysbinary.readouterr().out.decode()
    assert out.startswith(
        '<p><a href="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12016M003"'
    )
    assert "</a>&nbsp;<a " in out


def test_text_to_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = tmp_path / "n.txt"
    note.write_text("Article 3 TEU & more\n", encoding="utf-8")
    assert main(["link", str(note), "--to", "html", "--lang", "en"]) == 0
    assert capsys.readouterr().out.endswith("</a> &amp; more\n")


def test_a_bad_file_fails_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = [tmp_path / f"good{i}.md" for i in range(3)]
    for path in good:
        path.write_text("Article 3 TEU\n", encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"Article 3 TEU \xff\xfe\n")
    files = [str(good[0]), str(bad), str(good[1]), str(good[2])]
    assert main(["link", "-i", "--lang", "en", *files]) == 1
    err = capsys.readouterr().err
    assert f"citeresolve: {bad}: not UTF-8" in err
    assert f"{bad}: {bad}" not in err  # the path is said once
    assert "1 of 4 documents failed" in err
    for path in good:
        assert path.read_text(encoding="utf-8").startswith("[Article 3](")
    assert bad.read_bytes() == b"Article 3 TEU \xff\xfe\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    "argv",
    [
        ["link"],
        ["link", "x.md", "-o", "y.md", "--in-place"],
        ["link", "x.md", "--format", "pdf"],
        ["link", "x.md", "--to", "text"],
    ],
)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


def test_bad_options_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "d.md"
    doc.write_text("Article 3 TEU\n", encoding="utf-8")
    assert main(["link", str(doc), "--lang", "xx"]) == 2
    assert main(["link", str(doc), "--date", "yesterday"]) == 2
    assert main(["link", "-", "--in-place"]) == 2
    missing = str(tmp_path / "does-not-exist")
    # A missing file is a usage error, exit 2, as in extract and check.
    assert main(["link", missing, "-o", str(tmp_path / "o")]) == 2
    assert doc.read_text(encoding="utf-8") == "Article 3 TEU\n"


def test_without_date_the_document_dates_itself_as_in_check(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The 2022 example cites Rule 144(5): the 9th-term Rules of 2021, not today's."""
    assert main(["link", str(KAZAKHSTAN)]) == 0
    undated = capsys.readouterr()
    assert main(["link", str(KAZAKHSTAN), "--date", "2022-01-20"]) == 0
    dated = capsys.readouterr().out
    assert "RULES-9-2021-01-18-RULE-144_NL.html" in undated.out
    assert undated.out == dated
    assert "warning" not in undated.err


def test_link_warns_when_it_cannot_date_the_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "motion.md"
    doc.write_text("gezien artikel 144, lid 5, van zijn Reglement,\n", encoding="utf-8")
    assert main(["link", str(doc), "-o", str(tmp_path / "out.md")]) == 0
    err = capsys.readouterr().err
    assert f"citeresolve: warning: {doc}: no --date given" in err and "give --date" in err


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_batch_stops_cleanly(signum: int, status: int, tmp_path: Path) -> None:
    """Ctrl-C or TERM in the middle of a parallel run: one line, no worker
    tracebacks, no leaked semaphores, no temporary files (issue 15, item 17)."""
    src = tmp_path / "src"
    src.mkdir()
    for i in range(120):
        shutil.copy(KAZAKHSTAN, src / f"d{i:03}.md")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "citeresolve", "link", str(src), "-o", str(out), "-j", "2"]
    # Its own process group, signalled as a whole: what a terminal does on Ctrl-C.
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (out.exists() and any(out.glob("*.md"))):
        time.sleep(0.05)
    assert process.poll() is None, "the batch finished before it could be interrupted"
    os.killpg(process.pid, signum)
    _, err = process.communicate(timeout=60)
    assert process.returncode == status
    assert "Traceback" not in err and "leaked" not in err
    assert err.strip() in ("citeresolve: interrupted", "citeresolve: terminated")
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert len(list(out.glob("*.md"))) < 120


def test_the_readme_command_in_a_terminal_shows_a_table_not_the_document(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 15, item 19: a person at a terminal gets what would be linked; a pipe
    still gets the linked document (test_bundled_example_prints_linked_markdown)."""
    monkeypatch.setattr("citeresolve.cli.commands.link._terminal", lambda: True)
    assert main(["link", str(KAZAKHSTAN)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith(f"{KAZAKHSTAN}: ") and lines[0].endswith(" citations to link")
    count = int(lines[0].split(": ")[1].split()[0])
    assert count == len(lines) - 2 > 10
    assert "](" not in out and len(out) < 8000  # no Markdown poured out
    row = next(line for line in lines if "EP-RULES:144(5)" in line)
    assert row.split()[0] == "42:12" and row.endswith("RULES-9-2021-01-18-RULE-144_NL.html")
    assert lines[-1].startswith(f"To write the linked document: citeresolve link {KAZAKHSTAN} -o")

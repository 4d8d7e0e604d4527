"""Input formats: extract, check and link read what a reader sees, through one interface.

Issue 15, items 1, 2 and 5: a linked document extracts and checks as the
unlinked one; Markdown emphasis, escapes and tables; HTML scripts, styles,
titles and comments are not text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citeresolve import link
from citeresolve.cli import main
from citeresolve.text.formats import format_of, input_format, read_visible

from .conftest import FIXTURES

DOCUMENTS = [FIXTURES / "kazakhstan-nl.md", *sorted((FIXTURES / "drafts").glob("*.md"))]


def _keys(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    assert main(["extract", *argv]) == 0
    return [json.loads(line)["key"] for line in capsys.readouterr().out.splitlines()]


def _findings(capsys: pytest.CaptureFixture[str], path: Path) -> list[tuple[int, str, str]]:
    main(["check", "--no-config", "--format", "json", str(path)])
    found = json.loads(capsys.readouterr().out)
    # Columns move where link markup went in; lines, codes and messages do not.
    return [(f["line"], f["code"], f["message"]) for f in found]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_a_linked_document_extracts_and_checks_as_the_unlinked_one(
    document: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    linked = tmp_path / document.name
    assert main(["link", str(document), "-o", str(linked)]) == 0
    capsys.readouterr()
    assert "](https://" in linked.read_text(encoding="utf-8")
    keys = _keys(capsys, str(document))
    assert keys and _keys(capsys, str(linked)) == keys
    assert _findings(capsys, linked) == _findings(capsys, document)


def test_link_urls_and_titles_are_not_read_in_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    linked = tmp_path / "linked.md"
    assert main(["link", str(FIXTURES / "kazakhstan-nl.md"), "-o", str(linked)]) == 0
    capsys.readouterr()
    records = [
        json.loads(line)
        for line in _lines(capsys, "extract", "--input-format", "markdown", str(linked))
    ]
    source = linked.read_text(encoding="utf-8")
    for r in records:
        # Offsets index the original file, and never fall inside a URL or a title.
        assert source[r["start"] : r["end"]] == r["text"]
        assert "https://" not in r["text"] and '"' not in r["text"]
    # Read as plain text, the same file shows its URLs: the option is what decides.
    as_text = _lines(capsys, "extract", "--input-format", "text", str(linked))
    assert len(as_text) == len(records)


def _lines(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    main(list(argv))
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("command", ["extract", "check", "link"])
def test_every_command_takes_the_input_format_the_same_way(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "draft.txt"  # HTML in a .txt file: the option overrides the suffix
    doc.write_text("<p>Article 56 <!-- Article 3 TEU --> TEU</p>\n", encoding="utf-8")
    argv = [command, "--input-format", "html", "--lang", "en", str(doc)]
    if command == "check":
        argv.insert(1, "--no-config")
    status = main(argv)
    out = capsys.readouterr().out
    assert "Article 3" not in out.replace("Article 3 TEU -->", "")
    if command == "extract":
        assert [json.loads(line)["key"] for line in out.splitlines()] == ["TEU:56"]
    elif command == "check":
        assert status == 1 and ":1:4: CR001" in out
    else:
        assert "<!-- Article 3 TEU -->" in out and 'data-citeresolve-key="TEU:3"' not in out


def test_extract_on_html_skips_script_style_title_and_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Article 2 TEU</title>"
        "<style>/* Article 3 TEU */</style>"
        "<script>var s = 'Article 4 TEU';</script></head>"
        "<body><!-- Article 5 TEU --><p>Article 6 TEU</p>"
        '<p><a href="https://x.eu/Article-7-TEU" title="Article 8 TEU">Article 9 TEU</a></p>'
        "<p><code>Article 10 TEU</code></p></body></html>\n",
        encoding="utf-8",
    )
    records = [json.loads(line) for line in _lines(capsys, "extract", "--lang", "en", str(page))]
    assert [r["key"] for r in records] == ["TEU:6", "TEU:9"]
    source = page.read_text(encoding="utf-8")
    assert all(source[r["start"] : r["end"]] == r["text"] for r in records)


@pytest.mark.parametrize(
    ("markdown", "linked"),
    [
        (
            "Text adopted P9_TA(2021)0056 today.\n",
            "[P9_TA(2021)0056](https://www.europarl.europa.eu/doceo/document/TA-9-2021-0056_EN.html",
        ),
        ("See _Regulation (EU) 2016/679_ here.\n", "_[Regulation (EU) 2016/679]("),
        ("Under **Article 16** TEU we act.\n", "**[Article 16](https://eur-lex"),
        (
            "| note | ref |\n|---|---|\n| a \\| b | Article 4 TEU |\n",
            "| a \\| b | [Article 4](https://eur-lex",
        ),
    ],
)
def test_markdown_emphasis_escapes_and_tables(markdown: str, linked: str) -> None:
    out = link(markdown, format="markdown", lang="en")
    assert linked in out
    assert out.count("](") == out.count("[") - out.count("\\[")  # no broken link markup


def test_formats_are_chosen_by_suffix_or_by_name() -> None:
    assert format_of("a/b.MD").name == "markdown"
    assert format_of("page.htm").name == "html"
    assert format_of("notes.rst").name == "text"
    assert format_of("page.html", "text").name == "text"
    with pytest.raises(Exception, match="unknown input format 'pdf'"):
        input_format("pdf")


def test_visible_text_maps_back_into_the_source(tmp_path: Path) -> None:
    doc = tmp_path / "d.md"
    source = '*Having regard to* [Article 3](https://x.eu "Article 9") `Article 5` TEU,\n'
    doc.write_text(source, encoding="utf-8")
    visible = read_visible(str(doc))
    assert visible.text == "Having regard to Article 3   TEU,"  # code: a gap, not text
    start = visible.text.index("Article 3")
    assert visible.to_source(start, start + 9) == (source.index("Article 3"), source.index("]"))
    assert visible.segments(start, start + 9) is None  # an existing link is never linked again

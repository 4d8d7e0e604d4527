"""The source offsets of :class:`citeresolve.text.html.HtmlText`: the scanner sums the
stretches the parser consumes; these tests compare every run and tag offset with the
parser's own line and column count, turned into an offset, on real and generated pages."""

from __future__ import annotations

import _markupbase
import html
import json
import random
from pathlib import Path

import pytest

from citeresolve.text import html as html_module

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


class _LineCounted(html_module._Scanner):
    """The scanner that also counts lines and columns as the parser did, and checks
    after every stretch that the summed offset is that count turned into an offset."""

    def __init__(self, source: str, into: html_module.VisibleText) -> None:
        super().__init__(source, into)
        self.starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]

    def updatepos(self, i: int, j: int) -> int:
        _markupbase.ParserBase.updatepos(self, i, j)
        end = super().updatepos(i, j)
        line, column = self.getpos()
        assert self._at == self.starts[line - 1] + column
        return end


def _read(source: str) -> tuple[object, ...]:
    text = html_module.HtmlText(source)
    runs = (text.dec_starts, text.src_starts, text.src_ends, text.kinds, text.protected)
    return text.text, runs, text._tag_starts, text._tags


def _pages() -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.html"))]
    for path in sorted((FIXTURES / "corpus").glob("*.jsonl"))[:6]:
        for line in path.read_text(encoding="utf-8").splitlines()[:40]:
            text = json.loads(line)["text"]
            pages.append("<p>" + html.escape(text, quote=False).replace("\n", "</p>\r\n<p>"))
    bits = [
        "<p>",
        "</p>",
        "<br/>",
        "<i>",
        "</i>",
        "&amp;",
        "&#160;",
        "&nbsp",
        "&#x41;",
        "<!-- c\n-->",
        "<!DOCTYPE html>",
        "<![CDATA[x\ny]]>",
        "<?pi x?>",
        "<script>a<b\n</script>",
        "<a href=x>",
        "</a>",
        "<sup>1</sup>",
        "<code>\n</code>",
        "Article 3 TEU",
        "x\ny",
        "\r\n",
        "\n\n",
        " ",
        "é",
        "<p\nclass='a\nb'>",
        "<b",
        "&am",
        "</",
    ]
    rng = random.Random(14)
    pages += ["".join(rng.choices(bits, k=rng.randint(1, 40))) for _ in range(3000)]
    return pages


def test_offsets_are_those_of_the_parsers_line_count(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = _pages()
    summed = [_read(page) for page in pages]
    monkeypatch.setattr(html_module, "_Scanner", _LineCounted)
    assert [_read(page) for page in pages] == summed

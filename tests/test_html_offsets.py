"""The source offsets of :class:`citeresolve.text.html.HtmlText`: the scanner sums the
stretches the parser consumes (or reads a simple page token by token, as the parser
would); these tests compare every run and tag offset with the parser's own line and
column count, turned into an offset, on real and generated pages."""

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

    def feed_simple(self, source: str) -> bool:
        return False  # the parser reads every page

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


# Simple pages, each read by the token table (feed_simple), none by the parser: the
# same runs and tags as the parser gives them.
_SIMPLE_PAGES = [
    "<!DOCTYPE html><html><body><p>Having regard to Article 3 TEU &amp; Article 6(1) "
    "TFEU,</p><!-- visa --><p>Article&nbsp;16&#160;TFEU and R&D &#x41;rticle 4</p></body></html>",
    '<div class="visa" id=v1><p>vu l\'article 114 du <i>traité</i> sur le fonctionnement '
    "de l'Union européenne<sup>1</sup>,</p><br/><p>vu le règlement (UE) 2016/679 &amp; "
    "la directive 95/46/CE</p></div>",
    "<ul>\n<li>gestützt auf Artikel 5 Absatz 2 EUV &ndash; und</li>\n<li data-x='1'>auf die "
    '<a href="https://eur-lex.europa.eu/">Verordnung (EU) Nr. 1303/2013</a> & Art. 7 '
    "<code>AEUV</code></li>\n<li>Artikel 9<br />GRCh</li></ul>",
    "<P CLASS=a>Article 2 TEU</P ><input disabled><img src=x.png alt='Article 3'>",
]


@pytest.mark.parametrize("page", _SIMPLE_PAGES)
def test_simple_pages_are_read_by_the_table_as_the_parser_reads_them(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    into = html_module.VisibleText(page)
    assert html_module._Scanner(page, into).feed_simple(page)
    table = _read(page)
    monkeypatch.setattr(html_module, "_Scanner", _LineCounted)
    assert _read(page) == table


@pytest.mark.parametrize(
    "page",
    [
        "<script>if (a<b) {}</script><p>Article 3 TEU</p>",  # raw content
        "<p>a < b and Article 3 TEU</p>",  # a stray "<"
        "<a href=x/>Article 3 TEU</a>",  # the value is "x/": a start tag, not start-end
        "<p>&#12a; Article 3 TEU</p>",  # a broken character reference
        "<?xml version='1.0'?><p>Article 3 TEU</p>",
        "<p>Article 3 TEU &amp",  # a reference cut at the end
    ],
)
def test_pages_the_table_does_not_read_go_to_the_parser(page: str) -> None:
    into = html_module.VisibleText(page)
    assert not html_module._Scanner(page, into).feed_simple(page)
    assert not into.text

"""citeresolve.link: what gets linked, where, and with which markup, per format."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from citeresolve import ConfigError, InvalidDateError, link, unlink
from citeresolve.outputs.link_html import HtmlText
from citeresolve.outputs.link_markdown import escape_destination, escape_link_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EURLEX = FIXTURES / "html" / "eurlex-2018-1725-excerpt.html"
OUR_A = re.compile(
    r'<a href="(?P<href>[^"]*)" title="(?P<title>[^"]*)" class="citeresolve" '
    r'data-citeresolve-key="(?P<key>[^"]*)">(?P<inner>.*?)</a>',
    re.DOTALL,
)
MD_LINK = re.compile(
    r'\[(?P<text>(?:\\.|[^\\\[\]])*)\]\((?P<url>(?:\\.|[^\\()\s])*) "(?P<title>(?:\\.|[^"\\])*)"\)'
)


def html_links(out: str) -> list[tuple[str, str]]:
    return [(m["key"], m["inner"]) for m in OUR_A.finditer(out)]


def md_links(out: str) -> list[tuple[str, str]]:
    return [(m["text"], m["url"]) for m in MD_LINK.finditer(out)]


# --------------------------------------------------------------------- HTML


def test_html_entities_and_inline_markup_inside_a_citation_are_linked() -> None:
    source = (
        "<p>Regulation&nbsp;(EU)&nbsp;2016/679 and Regulation <i>(EU)</i> 2016/679 "
        "and <i>see Regulation (EU)</i> 2016/679.</p>"
    )
    out = link(source, format="html", lang="en")
    assert html_links(out) == [
        ("CELEX:32016R0679", "Regulation&nbsp;(EU)&nbsp;2016/679"),
        ("CELEX:32016R0679", "Regulation <i>(EU)</i> 2016/679"),
        # <i> straddles the end: one <a> per piece, the nesting stays intact
        ("CELEX:32016R0679", "Regulation (EU)"),
        ("CELEX:32016R0679", "2016/679"),
    ]
    assert "<i>see <a " in out and "(EU)</a></i> <a " in out
    assert unlink(out) == source


@pytest.mark.parametrize(
    "wrapper",
    [
        '<a href="https://example.org">{}</a>',
        "<code>{}</code>",
        "<pre>{}</pre>",
        "<script>var s = '{}';</script>",
        "<style>/* {} */</style>",
        "<title>{}</title>",
        "<textarea>{}</textarea>",
        "<!-- {} -->",
        '<img alt="{}">',
        '<span title="{}">x</span>',
    ],
)
def test_html_never_links_inside_protected_places(wrapper: str) -> None:
    source = "<p>" + wrapper.format("Article 3 TEU") + "</p>"
    assert link(source, format="html", lang="en") == source


def test_html_link_attributes_are_escaped_and_configurable() -> None:
    out = link("<p>Article 3 TEU</p>", format="html", lang="en", css_class='x" y')
    assert 'class="x&quot; y"' in out
    assert 'title="Article 3 TEU"' in out
    assert 'data-citeresolve-key="TEU:3"' in out
    assert "class=" not in link("<p>Article 3 TEU</p>", format="html", lang="en", css_class=None)


def test_html_decoded_text_maps_back_to_the_source() -> None:
    source = "<p>a&amp;b <b>c</b>&#8217;d&nbsp</p><script>x</script>e"
    decoded = HtmlText(source)
    assert decoded.text == "\na&b c\u2019d\xa0\n e"
    start = decoded.text.index("c")
    at = source.index("c</b>")
    assert decoded.segments(start, start + 1) == [(at, at + 1)]


def same_tree_apart_from_links(original: str, linked: str) -> None:
    """Parse both into events; drop our <a>/</a>; merge text: the lists must match."""

    class Events(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.events: list[tuple[str, object]] = []
            self.open_ours = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "a" and any(k == "data-citeresolve-key" for k, _ in attrs):
                self.open_ours += 1
                return
            self.events.append(("start", (tag, attrs)))

        def handle_endtag(self, tag: str) -> None:
            if tag == "a" and self.open_ours:
                self.open_ours -= 1
                return
            self.events.append(("end", tag))

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.events.append(("startend", (tag, attrs)))

        def handle_data(self, data: str) -> None:
            if self.events and self.events[-1][0] == "data":
                self.events[-1] = ("data", str(self.events[-1][1]) + data)
            else:
                self.events.append(("data", data))

        def handle_comment(self, data: str) -> None:
            self.events.append(("comment", data))

        def handle_decl(self, decl: str) -> None:
            self.events.append(("decl", decl))

    def parse(text: str) -> list[tuple[str, object]]:
        parser = Events()
        parser.feed(text)
        parser.close()
        return parser.events

    assert parse(linked) == parse(original)


def test_eurlex_page_is_linked_correctly_and_keeps_its_tree() -> None:
    source = EURLEX.read_text(encoding="utf-8")
    out = link(source, format="html", lang="en")
    links = html_links(out)
    keys = [k for k, _ in links]
    assert ("TFEU:16(2)", "Article&nbsp;16(2)") in links
    assert ("CELEX:32016R0679", "Regulation&nbsp;(EU)&nbsp;2016/679") in links
    assert ("CELEX:32016L0680", 'Directive <span class="oj-italic">(EU)</span> 2016/680') in links
    assert ("OJ:L:2016:119:1", "OJ&nbsp;L&nbsp;119, 4.5.2016, p.&nbsp;1") in links
    assert ("TEU:39", "Article 39") in links  # inside an unclosed <p> with an unquoted attribute
    assert "CFR:8(1)" in keys
    # never inside <title>, <script>, <style>, <code>, <pre>, alt=, or the existing links
    assert "TEU:2" not in keys and "TEU:3" not in keys and "TEU:5" not in keys
    assert "TEU:8" not in keys and out.count("Article 16 TFEU") == 1
    existing = (
        '<a href="https://eur-lex.europa.eu/eli/reg/2016/679/oj">Regulation (EU) 2016/679</a>'
    )
    assert existing in out
    assert out.count("<a ") == source.count("<a ") + len(links)
    same_tree_apart_from_links(source, out)
    assert unlink(out) == source
    assert link(out, format="html", lang="en") == out


# ----------------------------------------------------------------- Markdown


def test_markdown_lists_are_linked_per_unit_and_the_treaty_as_a_whole() -> None:
    source = (
        "- gezien de artikelen 21, 24, 29 en 31 van het Verdrag betreffende de Europese Unie,\n"
    )
    out = link(source, format="markdown", lang="nl")
    surfaces = [text for text, _ in md_links(out)]
    assert surfaces == ["artikelen 21", "24", "29", "31", "Verdrag betreffende de Europese Unie"]
    assert "CELEX:12016M024" in out and "CELEX:12016M/TXT" in out
    assert out.startswith("- gezien de [artikelen 21](")


def test_markdown_skips_code_links_autolinks_html_and_definitions() -> None:
    source = (
        "Article 3 TEU and `Article 4 TEU` and [Article 5 TEU](https://x.test) and "
        "<https://x.test/Article-6-TEU> and <code>Article 7 TEU</code> and "
        "Article 8 TEU<sup>1</sup>.\n\n"
        "```\nArticle 9 TEU\n```\n\n"
        "    Article 10 TEU in an indented code block\n\n"
        '[ref]: https://x.test "Article 11 TEU"\n\n'
        "<div>\nArticle 12 TEU in an <b>HTML</b> block, <code>Article 13 TEU</code>\n</div>\n"
    )
    out = link(source, format="markdown", lang="en")
    linked = [text for text, _ in md_links(out)]
    assert linked == ["Article 3", "TEU", "Article 8", "TEU"]
    assert html_links(out) == [("TEU:12", "Article 12"), ("TEU", "TEU")]
    for untouched in (
        "`Article 4 TEU`",
        "[Article 5 TEU](https://x.test)",
        "<sup>1</sup>",
        "```\nArticle 9 TEU\n```",
        "    Article 10 TEU",
        '"Article 11 TEU"',
        "<code>Article 7 TEU</code>",
        "<code>Article 13 TEU</code>",
    ):
        assert untouched in out


def test_markdown_escapes_brackets_in_text_and_parentheses_in_urls() -> None:
    assert escape_link_text("a [b] \\[c") == "a \\[b\\] \\[c"
    assert escape_destination("https://x.test/?r=2022/2505(RSP) y") == (
        "https://x.test/?r=2022/2505\\(RSP\\)%20y"
    )
    out = link("See 2022/2505(RSP).", format="markdown", lang="en")
    tokens = MarkdownIt("commonmark").parseInline(out)[0].children or []
    hrefs = [t.attrs["href"] for t in tokens if t.type == "link_open"]
    assert hrefs == [
        "https://oeil.secure.europarl.europa.eu/oeil/en/procedure-file?reference=2022/2505(RSP)"
    ]


def test_markdown_links_go_inside_emphasis_and_keep_escapes() -> None:
    out = link("See *Article 3(5) TEU* and **P9\\_TA(2021)0056**.", format="markdown", lang="en")
    assert [text for text, _ in md_links(out)] == ["Article 3(5)", "TEU", "P9\\_TA(2021)0056"]
    assert out.startswith("See *[Article 3(5)](")
    assert out.endswith(
        '"Treaty on European Union")* and **[P9\\_TA(2021)0056]('
        "https://www.europarl.europa.eu/doceo/document/TA-9-2021-0056_EN.html"
        ' "Texts adopted P9_TA(2021)0056")**.'
    )


def test_markdown_rendered_text_is_unchanged_by_linking() -> None:
    source = (FIXTURES / "kazakhstan-nl.md").read_text(encoding="utf-8")
    out = link(source, format="markdown")
    md = MarkdownIt("commonmark")

    def visible(text: str) -> str:
        return re.sub(r"<[^>]+>", "", md.render(text))

    assert visible(out) == visible(source)
    assert md.render(out).count("<a href=") == len(md_links(out)) >= 20


def test_unresolvable_citations_are_not_linked() -> None:
    # Article 400 TEU does not exist (the TEU has 55 articles): status invalid.
    out = link("Article 400 TEU and P9_TA(2018)0001", format="markdown", lang="en")
    assert "[Article 400" not in out and "P9_TA(2018)0001" in out and "[P9" not in out


def test_citations_inside_bare_urls_are_not_linked() -> None:
    source = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679 is it"
    assert link(source, lang="en") == source


# ---------------------------------------------------------------- plain text


def test_text_as_markdown_and_as_html() -> None:
    source = "Under Article 3(5) TEU & <b>"
    as_md = link(source, lang="en")
    assert as_md.startswith("Under [Article 3(5)](https://eur-lex.europa.eu/")
    assert as_md.endswith(" & <b>")
    as_html = link(source, lang="en", to="html")
    assert as_html.startswith('Under <a href="https://eur-lex.europa.eu/')
    assert as_html.endswith(" &amp; &lt;b&gt;")
    assert html.unescape(unlink(as_html)) == source
    assert link(as_md, lang="en") == as_md  # already linked: a second run changes nothing


def test_markdown_to_html_renders_then_links() -> None:
    out = link("# Title\n\nArticle 3 TEU\n", format="markdown", to="html", lang="en")
    assert out.startswith("<h1>Title</h1>\n<p><a href=")


def test_bad_arguments_are_reported() -> None:
    with pytest.raises(ConfigError, match="unknown format"):
        link("x", format="pdf")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="cannot write html as 'markdown'"):
        link("x", format="html", to="markdown")
    with pytest.raises(InvalidDateError):
        link("x", date="20 January 2022")


def test_date_picks_the_rules_in_force() -> None:
    source = "gezien artikel 144 van zijn Reglement"
    dated = link(source, format="markdown", lang="nl", date="2022-01-20")
    assert "RULES-9-" in dated and "RULES-10-" not in dated


def test_custom_resolver_is_used() -> None:
    import attrs

    from citeresolve import resolve

    def shouting(citation, *, lang="en", date=None):  # type: ignore[no-untyped-def]
        return attrs.evolve(resolve(citation, lang=lang, date=date), url="https://x.test/")

    out = link("Article 3 TEU", format="markdown", lang="en", resolver=shouting)
    assert out == (
        '[Article 3](https://x.test/ "Article 3 TEU") '
        '[TEU](https://x.test/ "Treaty on European Union")'
    )


def test_a_citation_inside_a_bare_url_in_capitals_is_not_linked() -> None:
    # The literal starts of the URL scan must see "WWW." as well as "www.".
    from citeresolve import link
    from citeresolve.outputs.link import _bare_urls

    text = "See WWW.EXAMPLE.EU/Regulation-(EU)-2016/679 and Regulation (EU) 2016/679."
    assert _bare_urls(text) == [(4, 43)] and _bare_urls("Regulation (EU) 2016/679") == []
    out = link(text, lang="en")
    assert out.startswith("See WWW.EXAMPLE.EU/Regulation-(EU)-2016/679 and [")


def test_bare_urls_are_those_the_whole_scan_finds() -> None:
    """The URL pattern tried only at its literal starts finds what a scan of the whole
    text finds: generated texts of scheme, "www" and separator pieces in any case."""
    import random

    from citeresolve.outputs.link import _BARE_URL, _bare_urls

    pieces = [
        "http",
        "HTTPS",
        "httpſ",
        "ftp",
        "Ftp",
        "s",
        "://",
        ":/",
        "www.",
        "WwW.",
        "wwww.",
        "ww.",
        "w",
        ".",
        " ",
        "\n",
        "x",
        "é",
        "<",
        '"',
        "/",
        "-",
        "_",
        "1",
        "(EU)",
    ]
    rng = random.Random(14)
    texts = ["", "www.", "http://", "://x", "x://", "wWw.eu", "ahttp://x", "_www.x"]
    texts += ["".join(rng.choices(pieces, k=rng.randint(1, 30))) for _ in range(5000)]
    for text in texts:
        assert _bare_urls(text) == [m.span() for m in _BARE_URL.finditer(text)], text

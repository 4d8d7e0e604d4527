"""Properties of link(): removing the inserted links gives the input back byte for
byte, and a second run changes nothing, over the gold corpus and generated documents."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citeresolve import link, unlink

from .conftest import load_corpus

# One of our Markdown links: [text](url "title"); brackets in the text are escaped by link().
OUR_MD_LINK = re.compile(
    r'\[(?P<text>(?:\\.|[^\\\[\]])*)\]\((?:\\.|[^\\()\s])*\s"(?:\\.|[^"\\])*"\)'
)


def unlink_markdown(text: str) -> str:
    """Our Markdown links back to their surface; HTML blocks in Markdown get HTML links."""
    return unlink(OUR_MD_LINK.sub(lambda m: re.sub(r"\\([\[\]])", r"\1", m["text"]), text))


def as_html(text: str) -> str:
    """A corpus passage as a small HTML page, the way a publisher would escape it."""
    body = html.escape(text, quote=False).replace("\u00a0", "&nbsp;").replace("\n\n", "</p>\n<p>")
    return f"<html><body><p>{body}</p></body></html>"


DOCS = load_corpus("seed.jsonl", "dev.jsonl", "dev-acts.jsonl")


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_corpus_round_trips_and_is_idempotent(doc: dict) -> None:
    text, lang = doc["text"], doc["lang"]
    for fmt in ("text", "markdown"):
        out = link(text, format=fmt, lang=lang)
        assert unlink_markdown(out) == text
        assert link(out, format=fmt, lang=lang) == out
        assert link(out, format="markdown", lang=lang) == out
    page = as_html(text)
    out = link(page, format="html", lang=lang)
    assert unlink(out) == page
    assert link(out, format="html", lang=lang) == out
    as_text_html = link(text, format="text", to="html", lang=lang)
    assert html.unescape(unlink(as_text_html)) == text
    assert link(as_text_html, format="html", lang=lang) == as_text_html


def test_corpus_gets_links() -> None:
    # Guard against the property above passing because nothing was linked at all.
    linked = sum(link(d["text"], format="markdown", lang=d["lang"]).count("](") for d in DOCS)
    assert linked > len(DOCS)


CITATIONS = [
    "Article 3(5) TEU",
    "Articles 21, 24 and 31 of the Treaty on European Union",
    "Regulation (EU) 2016/679",
    "OJ L 119, 4.5.2016, p. 1",
    "P9_TA(2021)0056",
    "Rule 144 of its Rules of Procedure",
    "Case C-311/18",
    "2022/2505(RSP)",
    "Article 16(2) TFEU",
    "COM(2020) 825 final",
    "Directive 95/46/EC",
]
WORDS = [
    "the",
    "and",
    "see",
    "Article",
    "Regulation",
    "(",
    ")",
    ",",
    ".",
    "2016",
    "12",
    "\n",
    "\n\n",
    "  ",
    "\u00a0",
    "é",
    "—",
    "'",
    '"',
    "&",
    "<",
    ">",
    "[",
    "]",
    "*",
    "_",
    "`",
    "#",
]
MARKDOWN_BITS = [
    "`Article 2 TEU`",
    "[Article 4 TEU](https://x.test)",
    "**",
    "*",
    "<sup>1</sup>",
    "\n\n```\nArticle 5 TEU\n```\n\n",
    "\n> ",
    "\n- ",
    "\n1. ",
    "\\_",
    "&amp;",
    "<https://x.test/a>",
    "\n\n    Article 6 TEU\n\n",
    "\n\n<div>\nArticle 7 TEU\n</div>\n\n",
    "| Article 8 TEU | x |\n|---|---|\n| Article 9 TEU | y |\n",
    "\r\n",
    "\t",
]
HTML_BITS = [
    "<i>",
    "</i>",
    "<b>",
    "</b>",
    "&nbsp;",
    "&#160;",
    "&amp;",
    "&mdash;",
    "&nbsp",
    "<a href=x>",
    "</a>",
    "<code>",
    "</code>",
    "<pre>",
    "</pre>",
    "<!-- Article 3 TEU -->",
    "<p>",
    "</p>",
    "<br>",
    "<p class=x>",
    '<span title="Article 4 TEU">',
    "</span>",
    "<sup>",
    "</sup>",
    "<script>Article 5 TEU</script>",
    "<",
    "&",
    "\r\n",
]


def documents(extra: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(CITATIONS + WORDS + extra), max_size=40).map(" ".join)


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(documents([]))
def test_generated_text(doc: str) -> None:
    out = link(doc, format="text", lang="en")
    assert unlink_markdown(out) == doc
    assert link(out, format="text", lang="en") == out
    as_html_out = link(doc, format="text", to="html", lang="en")
    assert html.unescape(unlink(as_html_out)) == doc


@SETTINGS
@given(documents(MARKDOWN_BITS))
def test_generated_markdown(doc: str) -> None:
    out = link(doc, format="markdown", lang="en")
    assert unlink_markdown(out) == doc
    assert link(out, format="markdown", lang="en") == out


@SETTINGS
@given(documents(HTML_BITS))
def test_generated_html(doc: str) -> None:
    out = link(doc, format="html", lang="en")
    assert unlink(out) == doc
    assert link(out, format="html", lang="en") == out

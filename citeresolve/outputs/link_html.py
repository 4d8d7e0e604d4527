"""Links in HTML, spliced into the source without re-serialising it.

The decoded text and its map back into the source come from
:mod:`citeresolve.text.html`; citations are found in the decoded text and
each is wrapped in ``<a>`` at the source spans the map gives.  Splicing
leaves every byte outside the inserted ``<a>`` tags alone.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable

from ..text.html import HtmlText
from .link_splice import Splice, Target


def open_tag(target: Target, css_class: str | None) -> str:
    """The ``<a …>`` start tag for ``target``; every attribute value is escaped."""
    return _start_tag(target.url, target.label, target.key, css_class)


# A document links the same articles again and again (and a batch the same treaties):
# each tag is escaped once (four escapes a link were 1% of linking HTML).
@functools.lru_cache(maxsize=4096)
def _start_tag(url: str, label: str, key: str, css_class: str | None) -> str:
    attrs = [f'href="{html.escape(url)}"', f'title="{html.escape(label)}"']
    if css_class:
        attrs.append(f'class="{html.escape(css_class)}"')
    attrs.append(f'data-citeresolve-key="{html.escape(key)}"')
    return f"<a {' '.join(attrs)}>"


def html_splices(
    source: str,
    targets_for: Callable[[str], list[Target]],
    css_class: str | None,
    offset: int = 0,
) -> list[Splice]:
    """Splices that link every target found in the text of HTML ``source``.

    ``targets_for`` gets the decoded text and returns the targets in it;
    ``offset`` is added to every splice (for an HTML block inside Markdown).
    """
    decoded = HtmlText(source)
    splices: list[Splice] = []
    for target in targets_for(decoded.text):
        segments = decoded.segments(target.start, target.end)
        if not segments:
            continue
        start_tag = open_tag(target, css_class)
        for s, e in segments:
            splices.append(Splice(offset + s, offset + e, f"{start_tag}{source[s:e]}</a>"))
    return splices


# One of our links: the start tag carries data-citeresolve-key, the content
# never holds another <a> (nothing inside an <a> is ever linked).
_OUR_LINK = re.compile(
    r"<a\s[^>]*?\bdata-citeresolve-key=\"[^\"]*\"[^>]*>(?P<content>.*?)</a>", re.DOTALL
)


def unlink_html(source: str) -> str:
    """``source`` without the links that :func:`citeresolve.link` inserted."""
    return _OUR_LINK.sub(lambda m: m.group("content"), source)

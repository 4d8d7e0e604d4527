"""Links in Markdown, spliced into the source as ``[surface](url "label")``.

What a reader sees of the source, and where each piece of it lies, comes
from :mod:`citeresolve.text.markdown`: link text, code, destinations,
emphasis delimiters and HTML are told apart there, the same way for
``extract`` and ``check``.  This module only writes the link syntax.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ..text.markdown import MarkdownText, parser
from .link_html import open_tag
from .link_splice import Splice, Target

__all__ = ["MarkdownText", "markdown_link", "markdown_splices", "parser"]


# ----------------------------------------------------------------- link syntax

_UNESCAPED_BRACKET = re.compile(r"(?<!\\)((?:\\\\)*)([\[\]])")


def escape_link_text(surface: str) -> str:
    """``surface`` safe inside ``[…]``: unescaped brackets get a backslash.

    Parentheses need no escape in link text (CommonMark §6.3) and are left
    as they are, so the visible surface keeps its source bytes.
    """
    return _UNESCAPED_BRACKET.sub(r"\1\\\2", surface)


def escape_destination(url: str) -> str:
    """``url`` safe as a link destination: parentheses escaped, spaces encoded."""
    return (
        url.replace("\\", "%5C")
        .replace(" ", "%20")
        .replace("<", "%3C")
        .replace(">", "%3E")
        .replace("(", r"\(")
        .replace(")", r"\)")
    )


def escape_title(label: str) -> str:
    return label.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def markdown_link(surface: str, target: Target) -> str:
    return (
        f"[{escape_link_text(surface)}]"
        f'({escape_destination(target.url)} "{escape_title(target.label)}")'
    )


def linkable_surface(surface: str) -> bool:
    """A surface ending in an odd run of backslashes would escape the closing ``]``."""
    trailing = len(surface) - len(surface.rstrip("\\"))
    return trailing % 2 == 0


def markdown_splices(
    source: str,
    targets_for: Callable[[str], list[Target]],
    css_class: str | None,
) -> list[Splice]:
    """Splices that link every target in Markdown ``source``.

    Citations are found in the text a reader sees (:class:`MarkdownText`);
    one inside an HTML block gets an ``<a>`` tag, any other ``[…](…)``.
    """
    visible = MarkdownText(source)
    html_starts = [s for s, _ in visible.html_blocks]
    splices: list[Splice] = []
    for target in targets_for(visible.text):
        segments = visible.segments(target.start, target.end)
        if not segments:
            continue
        block = bisect.bisect_right(html_starts, segments[0][0]) - 1
        in_html = block >= 0 and segments[0][0] < visible.html_blocks[block][1]
        for s, e in segments:
            surface = source[s:e]
            if in_html:
                splices.append(Splice(s, e, f"{open_tag(target, css_class)}{surface}</a>"))
            elif linkable_surface(surface):
                splices.append(Splice(s, e, markdown_link(surface, target)))
    return splices

"""The JSON Lines record of a citation, shared by ``citeresolve extract`` and batch runs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..pipeline.extract import extract
from ..pipeline.language_guess import detect_language
from ..resolve.offline import resolve
from ..text.formats import VisibleText
from ..text.inputs import line_col, line_starts

Record = dict[str, Any]


def citation_records(
    text: str,
    *,
    lang: str | None,
    head: Record,
    with_urls: bool = False,
    visible: VisibleText | None = None,
) -> Iterator[Record]:
    """One record per citation of ``text``: ``{"v": 1, **head, "type", "key", "start",
    "end", "line", "col", "text"}``, plus ``url`` and ``status`` with ``with_urls``
    (offline resolution in the document's language).

    With ``visible`` (how ``text`` was read from a Markdown, HTML … document;
    ``text`` is ``visible.text``), offsets, lines, columns and surfaces are
    those of ``visible.source``.
    """
    source = visible.source if visible is not None else text
    starts = line_starts(source)
    url_lang = (lang or detect_language(text)) if with_urls else "en"
    for c in extract(text, lang=lang):
        start, end = visible.to_source(c.start, c.end) if visible else (c.start, c.end)
        line, col = line_col(source, start, starts)
        record: Record = {
            "v": 1,
            **head,
            "type": c.type,
            "key": c.key,
            "start": start,
            "end": end,
            "line": line,
            "col": col,
            "text": source[start:end],
        }
        if with_urls:
            resolution = resolve(c, lang=url_lang)
            record.update(url=resolution.url, status=resolution.status)
        yield record

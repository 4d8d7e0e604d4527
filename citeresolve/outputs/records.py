"""The JSON Lines record of a citation, shared by ``citeresolve extract`` and batch runs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..pipeline.extract import detect_language, extract
from ..resolve.offline import resolve
from ..text.inputs import line_col, line_starts

Record = dict[str, Any]


def citation_records(
    text: str, *, lang: str | None, head: Record, with_urls: bool = False
) -> Iterator[Record]:
    """One record per citation of ``text``: ``{"v": 1, **head, "type", "key", "start",
    "end", "line", "col", "text"}``, plus ``url`` and ``status`` with ``with_urls``
    (offline resolution in the document's language)."""
    starts = line_starts(text)
    url_lang = (lang or detect_language(text)) if with_urls else "en"
    for c in extract(text, lang=lang):
        line, col = line_col(text, c.start, starts)
        record: Record = {
            "v": 1,
            **head,
            "type": c.type,
            "key": c.key,
            "start": c.start,
            "end": c.end,
            "line": line,
            "col": col,
            "text": c.text,
        }
        if with_urls:
            resolution = resolve(c, lang=url_lang)
            record.update(url=resolution.url, status=resolution.status)
        yield record

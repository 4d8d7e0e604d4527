"""``check`` on Word documents (.docx), its findings located in Word terms: the
part, the paragraph, the offset in it and the words around the finding."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from attrs import frozen

from ..text.docx import read_docx
from .check import Finding, Resolver, check
from .check_config import CheckConfig


@frozen
class DocxFinding:
    """A :class:`citeresolve.Finding` in a Word document, located as a person finds
    it there: the part, the paragraph (``paragraph`` is its 0-based index among the
    part's paragraphs; ``number`` that of its note, header or footer; ``location``
    says "paragraph 7", "footnote 2" …), the offset in the paragraph's text and
    the words around it."""

    finding: Finding
    part: str
    paragraph: int
    number: int | None
    location: str
    offset: int
    context: str

    @property
    def code(self) -> str:
        return self.finding.code

    @property
    def message(self) -> str:
        return self.finding.message

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.finding.code,
            "message": self.finding.message,
            "part": self.part,
            "paragraph": self.paragraph,
            "number": self.number,
            "location": self.location,
            "offset": self.offset,
            "context": self.context,
            "text": self.finding.text,
        }


def check_docx(
    source: str | Path | bytes,
    *,
    lang: str | None = None,
    date: dt.date | str | None = None,
    config: CheckConfig | None = None,
    resolver: Resolver | None = None,
) -> list[DocxFinding]:
    """The :func:`citeresolve.check` findings of a .docx, in document order.

    The document's visible text (tracked changes accepted, paragraphs separated
    by a blank line) is checked exactly as Markdown text is, so the findings are
    the same as on a Markdown copy of the document.
    """
    doc = read_docx(source)
    out: list[DocxFinding] = []
    for finding in check(doc.text, lang=lang, date=date, config=config, resolver=resolver):
        paragraph, offset = doc.locate(finding.start)
        out.append(
            DocxFinding(
                finding,
                paragraph.part,
                paragraph.index,
                paragraph.number,
                paragraph.location(),
                offset,
                context(paragraph.text, offset, offset + len(finding.text)),
            )
        )
    return out


_CONTEXT_WORDS = 5


def context(text: str, start: int, end: int, words: int = _CONTEXT_WORDS) -> str:
    """``text[start:end]`` in «guillemets» with up to ``words`` words either side."""
    before = text[:start].split()
    after = text[end:].split()
    head = ("… " if len(before) > words else "") + " ".join(before[-words:])
    tail = " ".join(after[:words]) + (" …" if len(after) > words else "")
    surface = " ".join(text[start:end].split())
    return f"{head} «{surface}» {tail}".strip()

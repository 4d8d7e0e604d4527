"""Act numbers that label what a page prints rather than cite: a consolidated text's
corrigendum line, an act number alone in brackets right after an OJ reference's page
("Corrigendum, OJ L 373, 21.10.2021, p. 94 (2020/2092)"), which :mod:`.eu_acts` reads as
the act corrected; and a legal database's field of the page's own act number (nl
"regelingnummer: 2014/61/EU"), which it does not read at all."""

from __future__ import annotations

import functools

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import alternation
from .act_numbers import ActNumber
from .oj_words import page_words

# How far before a number the label of a database field may start.
_LABEL_REACH = 40


@functools.cache
def _page_before() -> regex.Pattern[str]:
    # An OJ reference's page (or page range) and the opening bracket after it; the
    # page word may have lost its dot or follow the page (lv "lpp 30 (", "30. lpp. (").
    pages, after = page_words(), page_words("page_after")
    return compile_pattern(
        rf"(?:(?:{pages})\s*\d{{1,5}}(?:\s*[-–]\s*\d{{1,5}})?"
        rf"|\d{{1,5}}\.?(?:\s*[-–]\s*\d{{1,5}}\.?)?\s*(?:{after}))\s*\($"
    )


def corrigendum_label(view: str, number: ActNumber) -> bool:
    """Whether ``number`` stands alone in brackets right after an OJ reference's page;
    the comma of the act's title line may be copied with it (fi "(2017/1128,)")."""
    closing = view[number.end : number.end + 2]
    return (closing[:1] == ")" or closing == ",)") and _after_page(view, number.start)


def _after_page(view: str, start: int) -> bool:
    """Whether the bracket before ``start`` follows an OJ reference's page."""
    return _page_before().search(view, max(0, start - 30), start) is not None


def field_label(view: str, number: ActNumber) -> bool:
    """Whether a database field's label and its colon stand right before ``number``
    (``field_labels`` of ``data/act_words.toml``: nl "(uitgifte: 23-05-2014,
    regelingnummer: 2014/61/EU)" under the page's title "Richtlijn 2014/61/EU"): the
    page's own act number, its data and no citation."""
    if view[max(0, number.start - 3) : number.start].strip()[-1:] != ":":
        return False
    label = _field_label()
    start = max(0, number.start - _LABEL_REACH)
    return label is not None and label.search(view, start, number.start) is not None


@functools.cache
def _field_label() -> regex.Pattern[str] | None:
    words = table("act_words.toml").get("field_labels", {}).values()
    labels = sorted({w for ws in words for w in ws})
    if not labels:
        return None
    return compile_pattern(rf"{alternation(labels)}[ \t]*:[ \t]*$")

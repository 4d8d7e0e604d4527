"""A consolidated text's corrigendum line: an act number alone in brackets right after
an OJ reference's page ("Corrigendum, OJ L 373, 21.10.2021, p. 94 (2020/2092)"), which
:mod:`.eu_acts` reads as the act corrected."""

from __future__ import annotations

import functools

import regex

from ..knowledge.cache import compile_pattern
from .act_numbers import ActNumber
from .oj_words import page_words


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
    """Whether ``number`` stands alone in brackets right after an OJ reference's page."""
    return view[number.end : number.end + 1] == ")" and _after_page(view, number.start)


def _after_page(view: str, start: int) -> bool:
    """Whether the bracket before ``start`` follows an OJ reference's page."""
    return _page_before().search(view, max(0, start - 30), start) is not None

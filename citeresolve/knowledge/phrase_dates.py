"""The optional date inside a phrase: ``{date}`` between two words of a name.

Full titles of international instruments carry the date of their adoption between
their words, or not, as each text pleases: it "Convenzione delle Nazioni Unite, del 18
dicembre 1979, sull'eliminazione …", sl "Konvencija Združenih narodov z dne 18.
decembra 1979 o odpravi …", en "the Geneva Convention of 28 July 1951 relating to the
Status of Refugees". A name written ``Convenzione delle Nazioni Unite {date}
sull'eliminazione …`` matches with and without it. The date is one of the date styles
the Official Journal's references are read with (``[official_journal.date_styles]`` in
``data/identifiers.toml``), perhaps after up to three short words ("del", "z dne",
"signed on") and between commas.
"""

from __future__ import annotations

import regex

from .data import table

# How a phrase writes its optional date: a word of its own, spaces around it.
DATE_MARK = "{date}"
# The mark with the spaces around it, as the phrase splitter sees it.
SPACED_MARK = f" {DATE_MARK} "


def optional_date(year_marks: list[str], day_marks: list[str]) -> str:
    r"""The pattern of :data:`SPACED_MARK`: white space, or a date between white space
    and perhaps commas. ``year_marks`` and ``day_marks`` are the languages' marks
    written after a year ("r.") or a day ("er") in the date styles."""
    styles = table("identifiers.toml")["official_journal"]["date_styles"].values()
    marks = {
        "{year_marks}": _either(year_marks),
        "{day_marks}": _either(day_marks),
    }
    bodies = []
    for style in styles:
        body = regex.sub(r"\(\?P<\w+>", "(?:", str(style["pattern"]))
        for mark, pattern in marks.items():
            body = body.replace(mark, pattern)
        bodies.append(body)
    # bg "от 18 декември 1979 г.": the year's mark after a month in words too
    date = "(?:" + "|".join(bodies) + ")(?:\\s?" + marks["{year_marks}"] + ")?"
    return rf"(?:\s*,?\s+(?:[^\W\d_]{{1,8}}\s+){{0,3}}{date}\s*,?)?\s+"


def _either(marks: list[str]) -> str:
    """An alternation of literal marks (never empty: a mark no text holds for none)."""
    escaped = sorted((regex.escape(m) for m in set(marks) if m), key=len, reverse=True)
    return "(?:" + "|".join(escaped) + ")" if escaped else "(?!)"

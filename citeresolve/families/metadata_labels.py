"""The labels of legal databases' metadata lines ("Celex Number", "ECLI", "Docket
Number"), which a page's conversion may run into the identifier they label:
``data/identifiers.toml``, ``metadata_labels``. Each family that reads such an
identifier lets its label stand glued before it; the case family also reads the case
number a label introduces (:func:`cases_after_labels`)."""

from __future__ import annotations

import regex

from ..knowledge.data import table as data_table
from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import scan_timeout
from .case_numbers import LISTED, lettered_year, old_year, year_end


def _labels(kind: str) -> list[str]:
    labels: list[str] = data_table("identifiers.toml")["metadata_labels"][kind]
    return labels


def label_alternation(kind: str) -> str:
    """The labels of ``kind``'s identifier as one pattern: any case, the space inside a
    label optional, no word character right before it ("(?<!\\w)" belongs to the
    caller's look-behind)."""
    forms = (regex.escape(label).replace(r"\ ", r"\ ?") for label in _labels(kind))
    return "(?i:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


# A case number after its label: "Docket Number43-75" (glued), "Docket Number: C-43/75".
_CASE_LABEL = lazy_pattern(rf"(?<!\w){label_alternation('case')}[ \t]?:?[ \t]?")


def cases_after_labels(view: str, seen: set[int]) -> list[regex.Match[str]]:
    """The case number each case label introduces, read as after a case word: one with
    no court letter only with a year of the Court's cases before 1989."""
    items = []
    for label in _CASE_LABEL.finditer(view, timeout=scan_timeout(view)):
        item = LISTED.match(view, label.end())
        if item is None or item.start() in seen or not year_end(view, item):
            continue
        if (item["court"] is None and old_year(item["year"])) or lettered_year(item):
            seen.add(item.start())
            items.append(item)
    return items

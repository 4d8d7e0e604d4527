"""Whether a text is the Rules of Procedure themselves is read once per text: each Rule
chain asks it, and a search of the whole text per chain made a long list of Rules
cited quadratic in the text's length."""

from __future__ import annotations

from typing import Any

import pytest

import citeresolve
from citeresolve.families import instruments


class _Counting:
    """A pattern's stand-in that counts its whole-text searches."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.searches = 0

    def search(self, view: str) -> Any:
        self.searches += 1
        return self.pattern.search(view)


@pytest.mark.parametrize(
    ("lang", "line", "key"),
    [
        ("en", "The sitting applied Rule 54 and Rule 216 again.", "EP-RULES:54"),
        ("ga", "Chuir an suí Riail 54 agus Riail 216 i bhfeidhm arís.", "EP-RULES:54"),
        ("mt", "Il-qagħda applikat ir-Regola 54 u r-Regola 216 mill-ġdid.", "EP-RULES:54"),
    ],
)
def test_the_rules_own_heading_is_searched_for_once_per_text(
    lang: str, line: str, key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = instruments.matcher(lang)._rules_owner
    counting = _Counting(owner._rule_heading)
    monkeypatch.setitem(owner.__dict__, "_rule_heading", counting)
    text = "\n".join([f"{line} Rules of Procedure."] * 40)
    citations = citeresolve.extract(text, lang=lang)
    assert counting.searches <= 1
    assert key in [c.key for c in citations]


def test_the_rules_themselves_still_cite_no_rule_of_their_own() -> None:
    text = (
        "Rule 89 : Breach of the procedure\n"
        "1. Parliament may act under Rule 46 and Rule 54, and again under Rule 54."
    )
    assert [c.key for c in citeresolve.extract(text, lang="en")] == []

"""After a plural article word, a paragraph word that is singular too (de "Abs.", cs
"odst.", sk "ods.", da "stk.") and a comma: the bare number next is the plural's next
article, not a paragraph of the first ("Artt. 6 Abs. 1, 7 DSGVO" is Article 6(1) and
Article 7). After a singular article word, or joined by "and", the numbers are still
paragraphs."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "pins"),
    [
        ("de", "Die Verarbeitung ist nach Artt. 6 Abs. 1, 7 DSGVO zulässig.", ["6(1)", "7"]),
        ("cs", "podle článků 6 odst. 1, 7 nařízení (EU) 2016/679", ["6(1)", "7"]),
        ("sk", "podľa článkov 6 ods. 1, 9 nariadenia (EÚ) 2016/679", ["6(1)", "9"]),
        ("da", "jf. artiklerne 6, stk. 1, 7 i forordning (EU) 2016/679", ["6(1)", "7"]),
        # singular article word, or "and": paragraphs of the same article
        ("de", "nach Art. 6 Abs. 1, 2 DSGVO", ["6(1)", "6(2)"]),
        ("de", "nach Artt. 6 Abs. 1 und 2 DSGVO", ["6(1)", "6(2)"]),
        ("cs", "podle článku 6 odst. 1, 2 nařízení (EU) 2016/679", ["6(1)", "6(2)"]),
        # the next article with a paragraph of its own
        ("de", "nach Artt. 6 Abs. 1, 7 Abs. 2 DSGVO", ["6(1)", "7(2)"]),
    ],
)
def test_plural_article_list(lang: str, text: str, pins: list[str]) -> None:
    keys = _keys(text, lang)
    assert keys == [f"{GDPR}:{pin}" for pin in pins]

"""Popular names as national texts really write them: the English "AI Act" in the
languages that had only their own name for the Artificial Intelligence Act (hr with
its case endings, "čl. 5. AI Acta"), and the Croatian abbreviation of the General Data
Protection Regulation, "OUZP" ("članak 21. OUZP-a")."""

from __future__ import annotations

import pytest

import citeresolve

AI_ACT = "CELEX:32024R1689"
GDPR = "CELEX:32016R0679"

CASES = [
    ("hr", "Zabranjene prakse iz čl. 5. AI Acta primjenjuju se od veljače 2025.", [f"{AI_ACT}:5"]),
    ("hr", "Obveze subjekata koji uvode sustave su u članku 26. AI Act.", [f"{AI_ACT}:26"]),
    ("nl", "Op grond van artikel 50 AI Act moeten chatbots zich bekendmaken.", [f"{AI_ACT}:50"]),
    ("sl", "Prepovedane prakse določa 5. člen AI Act, ki velja od februarja.", [f"{AI_ACT}:5"]),
    ("pt", "As práticas proibidas constam do artigo 5.º do AI Act.", [f"{AI_ACT}:5"]),
    (
        "hr",
        "Ispitanik ima pravo na informacije iz članaka 13. i 14. OUZP-a, a pravo na prigovor "
        "uređeno je člankom 21. OUZP-a.",
        [f"{GDPR}:13", f"{GDPR}:14", f"{GDPR}:21"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "keys"), CASES)
def test_article_of_a_popular_name(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys


def test_the_name_alone_is_no_citation() -> None:
    text = "AI Act i OUZP zajedno uređuju obradu podataka u sustavima umjetne inteligencije."
    assert citeresolve.extract(text, lang="hr") == []

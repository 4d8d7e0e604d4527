"""Popular names as national texts really write them: the English "AI Act" in the
languages that had only their own name for the Artificial Intelligence Act (hr with
its case endings, "čl. 5. AI Acta"); the Croatian abbreviation of the General Data
Protection Regulation, "OUZP" ("članak 21. OUZP-a"); the Brussels I and I bis
Regulations in hr, sk and cs, and in hu with the period of a Roman numeral ("Brüsszel
Ia. rendelet"); the VAT Directive as hu, hr, sk, cs, sl and mt name it ("HÉA-irányelv",
"Direktiva o PDV-u", "smernica o DPH", "Direttiva dwar il-VAT")."""

from __future__ import annotations

import pytest

import citeresolve

AI_ACT = "CELEX:32024R1689"
GDPR = "CELEX:32016R0679"
BRUSSELS_IA = "CELEX:32012R1215"
BRUSSELS_I = "CELEX:32001R0044"
VAT = "CELEX:32006L0112"

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
    (
        "hr",
        "Nadležnost se temelji na članku 7. točki 1. Uredbe Bruxelles I.a, a ne na članku 5. "
        "Uredbe Bruxelles I.",
        [f"{BRUSSELS_IA}:7", f"{BRUSSELS_I}:5"],
    ),
    ("sk", "Príslušnosť sa určí podľa článku 25 nariadenia Brusel I bis.", [f"{BRUSSELS_IA}:25"]),
    ("cs", "Pravomoc soudu se řídí čl. 24 bodem 1 nařízení Brusel Ia.", [f"{BRUSSELS_IA}:24"]),
    ("hu", "A joghatóság a Brüsszel Ia. rendelet 25. cikkén alapul.", [f"{BRUSSELS_IA}:25"]),
    ("hu", "A levonási jog a HÉA-irányelv 168. cikkének a) pontján alapul.", [f"{VAT}:168(a)"]),
    ("hr", "Pravo na odbitak uređeno je člankom 168. Direktive o PDV-u.", [f"{VAT}:168"]),
    ("sk", "Oslobodenie upravuje článok 132 ods. 1 písm. i) smernice o DPH.", [f"{VAT}:132(1)(i)"]),
    ("cs", "Osvobození upravuje čl. 135 odst. 1 písm. b) směrnice o DPH.", [f"{VAT}:135(1)(b)"]),
    ("sl", "Pravica do odbitka izhaja iz člena 168 Direktive o DDV.", [f"{VAT}:168"]),
    ("mt", "Id-dritt jinsab fl-Artikolu 168 tad-Direttiva dwar il-VAT.", [f"{VAT}:168"]),
]


@pytest.mark.parametrize(("lang", "text", "keys"), CASES)
def test_article_of_a_popular_name(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys


def test_the_name_alone_is_no_citation() -> None:
    text = "AI Act i OUZP zajedno uređuju obradu podataka u sustavima umjetne inteligencije."
    assert citeresolve.extract(text, lang="hr") == []

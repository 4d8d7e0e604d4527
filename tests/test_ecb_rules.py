"""The Rules of Procedure of the European Central Bank are another body's Rules: an
article of them is no Rule of the Parliament's (sv "artikel 17.5 första meningen i
arbetsordningen för Europeiska centralbanken", the name after the Rules word), in every
language's form; the Parliament's own Rules are still read."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sv",
            "I enlighet med artikel 17.5 första meningen i arbetsordningen för Europeiska"
            " centralbanken har detta yttrande antagits av ECB-rådet.",
        ),
        ("sv", "enligt artikel 4 i arbetsordningen för ECB ska direktionen sammanträda"),
        (
            "ro",
            "În conformitate cu articolul 17.5 din Regulamentul de procedură al Băncii Centrale"
            " Europene, prezentul aviz a fost adoptat.",
        ),
        (
            "el",
            "Σύμφωνα με το άρθρο 17.5 του εσωτερικού κανονισμού της Ευρωπαϊκής Κεντρικής"
            " Τράπεζας, η παρούσα γνώμη εκδόθηκε.",
        ),
        (
            "bg",
            "В съответствие с член 17.5 от Процедурния правилник на Европейската централна"
            " банка настоящото становище е прието.",
        ),
        (
            "en",
            "In accordance with Article 17.5 of the Rules of Procedure of the European Central"
            " Bank, this opinion has been adopted.",
        ),
    ],
)
def test_ecb_rules_give_no_parliament_rule(lang: str, text: str) -> None:
    assert [k for k in _keys(text, lang) if k.startswith("EP-RULES")] == []


def test_the_parliaments_rules_are_still_read() -> None:
    assert _keys("enligt artikel 163 i Europaparlamentets arbetsordning", "sv") == ["EP-RULES:163"]

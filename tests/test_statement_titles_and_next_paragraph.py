"""A chain alone in brackets after a statement (pipeline/bracketed_statements.py): a
bracket that defines the act's short name may hold a national act's word ("Zakonik",
the Code) that is the EU act's own name; an act whose title names another act owns the
chain, not the act its title names. And a chain that ends a legal basis keeps its act
when the next paragraph names another act (pipeline/sentence_reach.py)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> set[str]:
    return {c.key for c in citeresolve.extract(text, lang=lang)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hr",
            "Provoz uređuje Uredba (EU) br. 952/2013 o Carinskom zakoniku Unije (SL L 269,"
            " 10.10.2013. - u daljnjem tekstu: Zakonik) sa svim izmjenama (čl. 226.-236.).",
            "CELEX:32013R0952:226-236",
        ),
        (
            "hr",
            "Primjenjuje se Uredba (EU) br. 952/2013 (u daljnjem tekst: Zakonik ili CZU) i"
            " njezine izmjene (čl. 5., 22.-24.).",
            "CELEX:32013R0952:22-24",
        ),
        (
            "sl",
            "Tranzit ureja Uredba (EU) št. 952/2013 o carinskem zakoniku Unije (v nadaljnjem"
            " besedilu: Zakonik) s spremembami (členi 226 do 236).",
            "CELEX:32013R0952:226-236",
        ),
    ],
)
def test_definition_bracket_names_the_act_itself(lang: str, text: str, expected: str) -> None:
    assert expected in _keys(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected", "wrong"),
    [
        (
            "hr",
            "Primjenjuje se i Delegirana uredba Komisije (EU) 2015/2446 o dopuni Uredbe (EU)"
            " br. 952/2013 u pogledu detaljnih pravila (u daljnjem tekstu: Delegirana uredba)"
            " sa svim izmjenama, (čl. 188.-190.).",
            "CELEX:32015R2446:188-190",
            "CELEX:32013R0952:188-190",
        ),
        (
            "sl",
            "Uporablja se tudi Delegirana uredba Komisije (EU) 2015/2446 o dopolnitvi Uredbe"
            " (EU) št. 952/2013 (v nadaljnjem besedilu: Delegirana uredba) s spremembami"
            " (členi 188 do 190).",
            "CELEX:32015R2446:188-190",
            "CELEX:32013R0952:188-190",
        ),
        (
            "en",
            "Also applicable is Commission Delegated Regulation (EU) 2015/2446 supplementing"
            " Regulation (EU) No 952/2013 (hereinafter: the Delegated Regulation) as amended"
            " (Articles 188 to 190).",
            "CELEX:32015R2446:188-190",
            "CELEX:32013R0952:188-190",
        ),
    ],
)
def test_act_whose_title_names_another(lang: str, text: str, expected: str, wrong: str) -> None:
    # The act named inside the title never takes the chain. Nor, for now, does the titled
    # act: a title's words cannot yet be told from a sentence's verb ("Regulation (EC) No
    # 1072/2009 amends Directive 2006/22/EC on checks (Article 5)" says neither's).
    keys = _keys(text, lang)
    assert expected not in keys
    assert wrong not in keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # two acts coordinated: the statement is about both, the chain is neither's
        (
            "en",
            "Regulation (EU) No 952/2013 and Regulation (EU) 2015/2446 lay down these rules"
            " (Articles 188 to 190).",
        ),
        (
            "hr",
            "Uredba (EU) br. 952/2013 i Uredba (EU) 2015/2446 uređuju ta pravila (čl. 188.-190.).",
        ),
    ],
)
def test_coordinated_acts_own_no_chain(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert "CELEX:32015R2446:188-190" not in keys
    assert "CELEX:32013R0952:188-190" not in keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "bg",
            "Правно основание\n\nРегламент (ЕС) № 952/2013 на Европейския парламент и на"
            " Съвета за създаване на Митнически кодекс на Съюза - чл. 22; чл. 44-45\n\n"
            "Регламент за изпълнение (ЕС) 2015/2447 на Комисията",
        ),
        (
            "en",
            "Legal basis\n\nRegulation (EU) No 952/2013 laying down the Union Customs Code -"
            " Art. 22; Art. 44-45\n\nCommission Implementing Regulation (EU) 2015/2447",
        ),
        (
            "de",
            "Rechtsgrundlage\n\nVerordnung (EU) Nr. 952/2013 zur Festlegung des Zollkodex der"
            " Union - Art. 22; Art. 44-45\n\nDurchführungsverordnung (EU) 2015/2447 der"
            " Kommission",
        ),
    ],
)
def test_chain_before_next_paragraph_act(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert "CELEX:32013R0952:44-45" in keys
    assert "CELEX:32015R2447:44-45" not in keys


def test_next_act_on_same_line_still_owns() -> None:
    # the act right after the chain on its line is still the chain's (sk genitive)
    keys = _keys("Podľa článku 5 nariadenia (EÚ) 2015/2447 sa postupuje takto.", "sk")
    assert "CELEX:32015R2447:5" in keys

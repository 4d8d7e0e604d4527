"""Whose Rules of Procedure (contract): the European Central Bank's Rules, named with
their owner before or after the Rules word, are not the EP's; the EP Rules named whole
alone in a bracket, or in an OEIL legal-basis cell with a number not padded to three
digits, are cited."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fi",
            "Lausunnon hyväksyi EKP:n neuvosto Euroopan keskuspankin työjärjestyksen "
            "12.3 artiklan toisen virkkeen mukaisesti.",
        ),
        (
            "et",
            "Arvamuse võttis vastu EKP nõukogu Euroopa Keskpanga kodukorra artikli 12.3 "
            "teise lause alusel.",
        ),
        (
            "lv",
            "Atzinumu pieņēma ECB Padome saskaņā ar Eiropas Centrālās bankas reglamenta "
            "12.3. panta otro teikumu.",
        ),
        (
            "hu",
            "A véleményt az Európai Központi Bank eljárási szabályzata 12.3. cikkének "
            "második mondata alapján fogadták el.",
        ),
        (
            "da",
            "Udtalelsen er vedtaget i henhold til artikel 12.3, andet punktum, i Den "
            "Europæiske Centralbanks forretningsorden.",
        ),
        (
            "pl",
            "Opinię przyjęto zgodnie z art. 12.3 zdanie drugie regulaminu wewnętrznego "
            "Europejskiego Banku Centralnego.",
        ),
    ],
)
def test_the_central_banks_rules_are_not_the_parliaments(lang: str, text: str) -> None:
    assert not any(k.startswith("EP-RULES") for k in _keys(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Euroopan parlamentin työjärjestyksen 12 artiklan mukaisesti."),
        ("lv", "saskaņā ar Eiropas Parlamenta Reglamenta 12. pantu."),
    ],
)
def test_the_parliaments_rules_still_are(lang: str, text: str) -> None:
    assert "EP-RULES:12" in _keys(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "lv",
            "Prasītājs uzskata, ka ir pārkāptas procedūras prasības (Eiropas Parlamenta "
            "Reglaments) un lūgums nav izskatīts.",
        ),
        (
            "en",
            "The applicant claims that the procedure was breached (Rules of Procedure of "
            "the European Parliament) and that its petition was ignored.",
        ),
        (
            "de",
            "Die Klägerin rügt einen Verfahrensfehler (Geschäftsordnung des Europäischen "
            "Parlaments) und die Untätigkeit des Parlaments.",
        ),
    ],
)
def test_the_whole_rules_alone_in_a_bracket_are_cited(lang: str, text: str) -> None:
    assert "EP-RULES" in _keys(text, lang)


def test_a_short_name_in_a_bracket_is_still_no_citation() -> None:
    text = "Treaty on European Union (TEU) and"
    assert _keys(text, "en").count("TEU") == 1


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Legal basis Rules of Procedure EP 57 Treaty on the Functioning of the EU TFEU 192-p1",
            "EP-RULES:57",
        ),
        ("Legal basis Rules of Procedure EP 9 | Other legal basis", "EP-RULES:9"),
        ("Legal basis Rules of Procedure EP 041", "EP-RULES:41"),
    ],
)
def test_an_oeil_rules_number_may_be_unpadded(text: str, key: str) -> None:
    assert key in _keys(text, "en")


def test_an_unpadded_treaty_number_is_still_no_oeil_article() -> None:
    assert "TFEU:92" not in _keys("Legal basis Treaty on the Functioning of the EU TFEU 92", "en")

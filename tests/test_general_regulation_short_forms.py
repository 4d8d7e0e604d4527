"""The General Data Protection Regulation by its short form and its name with the Union
inserted. A Slovenian data protection authority's decision defines "Splošna uredba o
varstvu podatkov" and then cites "prvi odstavek 15. člena Splošne uredbe": the short
form, capitalised, is the one Regulation the document cites, as hr "Opće uredbe" was
already ("čl. 22. st. 1. i 4. Opće uredbe"); with two Regulations cited, or none, it names
nothing. A Czech privacy notice writes "čl. 6 odst. 1 písm. a) Obecného nařízení EU o
ochraně osobních údajů": the GDPR's name with "EU" inserted, as sl "Splošne uredbe EU o
varstvu podatkov" was already."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Slovenian Information Commissioner, decision 07101-5/2023/16 (gdpr-guru.eu)
        (
            "sl",
            "Informacijski pooblaščenec po nadzorni osebi (v nadaljevanju IP), na podlagi "
            "77. člena Uredbe (EU) 2016/679 Evropskega parlamenta in Sveta z dne 27. aprila "
            "2016 o varstvu posameznikov pri obdelavi osebnih podatkov in o prostem pretoku "
            "takih podatkov ter o razveljavitvi Direktive 95/46/ES (v nadaljevanju Splošna "
            "uredba o varstvu podatkov) in 30. do 34. člena ter 2. točko prvega odstavka 55. "
            "člena Zakona o varstvu osebnih podatkov (Uradni list RS, št. 163/22; v "
            "nadaljevanju ZVOP-2), izdaja naslednjo\nODLOČBO:\n1. Ugotovi se, da je "
            "upravljavec glede zahteve prijavitelja kršil prvi odstavek 15. člena Splošne "
            "uredbe in drugi odstavek 24. člena ZVOPOKD;\n2. Upravljavcu se naložil, da "
            "ponovno odloči o prijaviteljevi zahtevi v skladu z 18. do 25. členom ZVOPOKD, "
            "12. ter 15. členom Splošne uredbe ter 14. ter 15. členom ZVOP-2 tako:",
            [
                f"{GDPR}:77",
                "CELEX:31995L0046",
                f"{GDPR}:15(1)",
                f"{GDPR}:12",
                f"{GDPR}:15",
            ],
        ),
        # a Croatian training company's page (round 42): the short form, already read
        (
            "hr",
            "Ispitanik ima pravo pristupa prema čl. 15. Opće uredbe o zaštiti podataka, "
            "uključujući informacije o postojanju automatiziranog donošenja odluka, što "
            "uključuje izradu profila iz čl. 22. st. 1. i 4. Opće uredbe te, barem u tim "
            "slučajevima, smislenom informacijom o tome o kojoj je logici riječ.",
            [f"{GDPR}:15", f"{GDPR}:22(1)", f"{GDPR}:22(4)"],
        ),
        # a foundation's Czech privacy notice (manomoneta.de)
        (
            "cs",
            "Pokud získáme souhlas uživatele se zpracováním osobních údajů, slouží čl. 6 "
            "odst. 1 písm. a) Obecného nařízení EU o ochraně osobních údajů (GDPR) jako "
            "právní základ.",
            [f"{GDPR}:6(1)(a)"],
        ),
    ],
)
def test_general_regulation_forms(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # two Regulations cited: the short form is neither
        (
            "sl",
            "Uporabljata se Uredba (EU) 2016/679 in Uredba (EU) 2018/1725. Upravljavec je "
            "kršil 12. člen Splošne uredbe.",
            ["CELEX:32016R0679", "CELEX:32018R1725"],
        ),
        # none cited: the Croatian data protection authority's opinion (azop.hr)
        (
            "hr",
            "Prvenstveno ističemo da je za svako prikupljanje i obradu osobnih podataka u "
            "skladu s Općom uredbom potrebno postojanje pravnog temelja iz članka 6. Opće "
            "uredbe kojim je propisano da je obrada zakonita samo ako je ispunjeno najmanje "
            "jedno od sljedećega.",
            [],
        ),
        (
            "sl",
            "Upravljavec je kršil 12. člen Splošne uredbe in 24. člen ZVOPOKD.",
            [],
        ),
        # the name alone stays no citation
        (
            "cs",
            "Kontrolním orgánem ve smyslu Obecného nařízení EU o ochraně osobních údajů je "
            "nadace se sídlem v Hamburku.",
            [],
        ),
    ],
)
def test_general_regulation_forms_negatives(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected

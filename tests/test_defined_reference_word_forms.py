"""A convention's short name defined in lower case as the language's reference word
("(ďalej len „dohovor“)", "(v nadaljevanju: konvencija)") stands for the convention in
its declined forms later on ("čl. 14 dohovoru", "13. člena konvencije")."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "sk",
            "Sťažovateľ namieta porušenie práva podľa čl. 6 ods. 1 Dohovoru o ochrane ľudských "
            "práv a základných slobôd (ďalej len „dohovor“), práva podľa čl. 14 dohovoru a "
            "práva na pokojné užívanie majetku.",
            ["ECHR:6(1)", "ECHR:14"],
        ),
        (
            "sk",
            "Vec sa týka čl. 3 Dohovoru o právach dieťaťa (ďalej len „dohovor“). Okresný súd "
            "podľa sťažovateľky nezohľadnil čl. 12 dohovoru.",
            ["CRC:3", "CRC:12"],
        ),
        (
            "cs",
            "Stěžovatel se dovolává čl. 6 odst. 1 Úmluvy o ochraně lidských práv a základních "
            "svobod (dále jen „úmluva“). Dále namítá porušení čl. 14 úmluvy.",
            ["ECHR:6(1)", "ECHR:14"],
        ),
        (
            "sl",
            "Pritožnik se sklicuje na 6. člen Konvencije o varstvu človekovih pravic in "
            "temeljnih svoboščin (v nadaljevanju: konvencija). Uveljavlja tudi kršitev 13. "
            "člena konvencije.",
            ["ECHR:6", "ECHR:13"],
        ),
        (
            "pl",
            "Skarżący powołuje się na art. 6 ust. 1 Konwencji o ochronie praw człowieka i "
            "podstawowych wolności (dalej: konwencja). Zarzuca też naruszenie art. 13 konwencji.",
            ["ECHR:6(1)", "ECHR:13"],
        ),
    ],
)
def test_declined_defined_name_is_the_convention(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in extract(text, lang=lang)] == keys


def test_undefined_lower_case_word_names_no_convention() -> None:
    # No definition: "dohovoru" in lower case is any agreement, not the one named before.
    text = (
        "Sťažovateľ sa dovoláva čl. 3 Dohovoru o právach dieťaťa. Zmluvné strany uzavreli "
        "iný dohovor o spolupráci. Okresný súd nezohľadnil čl. 12 dohovoru."
    )
    assert [c.key for c in extract(text, lang="sk")] == ["CRC:3"]


def test_capitalised_form_opening_another_conventions_name_is_that_convention() -> None:
    # "dohovor" is defined in lower case; "Dohovoru o právach dieťaťa" names the CRC.
    text = (
        "Namieta porušenie čl. 6 ods. 1 Dohovoru o ochrane ľudských práv a základných "
        "slobôd (ďalej len „dohovor“), čl. 13 dohovoru a čl. 3 ods. 1 Dohovoru o právach "
        "dieťaťa."
    )
    keys = [c.key for c in extract(text, lang="sk")]
    assert keys == ["ECHR:6(1)", "ECHR:13", "CRC:3(1)"]

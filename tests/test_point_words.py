"""Point words abbreviated without their dot before a bare point letter: de "Art. 2 lit b
VO-EG Nr. 261/2004", "Buchst b", cs/sk "písm b", pl "lit b" (the language files write
"lit.", "Buchst.", "písm.")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Das ist gemäß Art. 2 lit b VO-EG Nr. 261/2004 jenes, „das im Rahmen des Vertrages",
            ["CELEX:32004R0261:2(b)"],
        ),
        ("de", "gemäß Art 2 Abs 1 Buchst b VO (EG) Nr. 261/2004", ["CELEX:32004R0261:2(1)(b)"]),
        ("cs", "podle čl. 6 odst. 1 písm b nařízení (EU) 2016/679", ["CELEX:32016R0679:6(1)(b)"]),
        ("sk", "podľa čl. 6 ods. 1 písm f nariadenia (EÚ) 2016/679", ["CELEX:32016R0679:6(1)(f)"]),
        (
            "pl",
            "zgodnie z art. 6 ust. 1 lit b rozporządzenia (UE) 2016/679",
            ["CELEX:32016R0679:6(1)(b)"],
        ),
        # a word after the bare abbreviation is no point label ("bz"): it stops the list
        ("de", "gemäß Art. 2 lit bzw. Art. 3 VO (EG) Nr. 261/2004", ["CELEX:32004R0261:3"]),
    ],
)
def test_point_word_without_its_dot(lang: str, text: str, expected: list[str]) -> None:
    found = citeresolve.extract(text, lang=lang)
    assert [c.key for c in found if ":" in c.key[6:]] == expected


# Austrian legal style writes "Ziffer" as "Z": a numbered point, dropped from the pin
# (contract: "point (1) of Article 4" is `…:4`), and the act after it completes the
# article instead of standing alone.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unter einer elektronischen Signatur versteht man gemäß § 3 Abs. 2 SVG iVm "
            "Art. 3 Z 10 der Verordnung (EU) Nr. 910/2014 (eIDAS-VO) Daten",
            ["CELEX:32014R0910:3"],
        ),
        ("gemäß Art. 4 Z. 7 der Verordnung (EU) 2016/679", ["CELEX:32016R0679:4"]),
        (
            "Art. 5 Abs. 1 Z 2 und Art. 7 der Verordnung (EU) 2016/679",
            ["CELEX:32016R0679:5(1)", "CELEX:32016R0679:7"],
        ),
        # a "Z" with no article before it is no pin
        ("Gemäß Z 3 der Anlage zur Verordnung (EU) 2016/679 gilt", ["CELEX:32016R0679"]),
    ],
)
def test_austrian_z_is_a_numbered_point(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="de")] == expected


# Austrian "iVm" ("in Verbindung mit") joins a list, and "Anh." is an annex: each unit
# before the instrument is cited ("Art. 3 Z 15 iVm Anh. I eIDAS-VO").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "beruht auf einem qualifizierten Zertifikat (Art. 3 Z 15 iVm Anh. I eIDAS-VO), "
            "bei dessen Ausstellung",
            ["CELEX:32014R0910:3", "CELEX:32014R0910:annex-I"],
        ),
        (
            "Art. 6 Abs. 1 lit. f iVm Art. 17 DSGVO",
            ["CELEX:32016R0679:6(1)(f)", "CELEX:32016R0679:17"],
        ),
        ("Gemäß Anh. II der Verordnung (EU) 2016/679 gilt", ["CELEX:32016R0679:annex-II"]),
        # an annex of no instrument in reach is no citation
        ("siehe Anh. 3 dieses Gutachtens", []),
    ],
)
def test_austrian_ivm_and_annex(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="de")] == expected

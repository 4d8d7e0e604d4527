"""A list of annexes after an act's annex in the same sentence takes that act, also when
another act was named earlier in the sentence: the chain before took this one (fi
"päätöksen (YUTP) 2016/849 liitteestä II ja … merkinnät liitteistä II ja III"); a count
before a word in lower case ("16 henkilön") may stand between, a law's number may not."""

from __future__ import annotations

import pytest

import citeresolve

D2540 = "CELEX:32023D2540"
D849 = "CELEX:32016D0849"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Päätöksellä (YUTP) 2023/2540 poistetaan yksi henkilö päätöksen (YUTP) 2016/849"
            " liitteestä II ja saatetaan ajan tasalle 16 henkilön merkinnät liitteistä II ja III.",
            [D2540, f"{D849}:annex-II", f"{D849}:annex-II", f"{D849}:annex-III"],
        ),
        (
            "fi",
            "Täytäntöönpanoasetuksella (EU) 2023/2576 poistetaan yksi henkilö asetuksen (EU)"
            " 2017/1509 liitteestä XV ja päivitetään neljän yhteisön merkinnät liitteistä XV"
            " ja XVI.",
            [
                "CELEX:32023R2576",
                "CELEX:32017R1509:annex-XV",
                "CELEX:32017R1509:annex-XV",
                "CELEX:32017R1509:annex-XVI",
            ],
        ),
        (
            "et",
            "Otsusega (ÜVJP) 2023/2540 kustutatakse üks isik otsuse (ÜVJP) 2016/849 II lisast"
            " ning ajakohastatakse 16 isiku kandeid II ja III lisas.",
            [D2540, f"{D849}:annex-II", f"{D849}:annex-II", f"{D849}:annex-III"],
        ),
        (
            "lv",
            "Ar Lēmumu (KĀDP) 2023/2540 svītro vienu personu no Lēmuma (KĀDP) 2016/849 II"
            " pielikuma un atjaunina 16 personu ierakstus II un III pielikumā.",
            [D2540, f"{D849}:annex-II", f"{D849}:annex-II", f"{D849}:annex-III"],
        ),
    ],
)
def test_annex_list_takes_the_act_of_the_annex_before(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a law's number between: the annexes may be the law's
        (
            "fi",
            "Päätöksellä (YUTP) 2023/2540 poistetaan yksi henkilö päätöksen (YUTP) 2016/849"
            " liitteestä II ja muutetaan lain 123/2020 mukaiset merkinnät liitteistä II ja III.",
            [D2540, f"{D849}:annex-II"],
        ),
        # no annex of the act before: with two acts named, the annexes are either's
        (
            "fi",
            "Päätöksellä (YUTP) 2023/2540 muutetaan päätöstä (YUTP) 2016/849, ja merkinnät"
            " liitteistä II ja III saatetaan ajan tasalle.",
            [D2540, D849],
        ),
    ],
)
def test_annex_list_stays_unowned(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected

"""A consolidated text's corrigendum line names the act it corrects by its bare number
in brackets after the corrigendum's OJ reference (en "►C1 Corrigendum, OJ L 373,
21.10.2021, p. 94 (2020/2092)", mt "Rettifika, ĠU L 373, …", ga "Ceartúchán, IO …"):
alone in brackets, year first, and cited before with its act word, the number is that
act again."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "►B\n\nREGULATION (EU, Euratom) 2020/2092 OF THE EUROPEAN PARLIAMENT\n\nCorrected "
            "by:\n\n►C1\n\nCorrigendum, OJ L 373, 21.10.2021, p.  94 (2020/2092)\n",
            ["CELEX:32020R2092", "OJ:L:2021:373:94", "CELEX:32020R2092"],
        ),
        (
            "mt",
            "►B\n\nREGOLAMENT (UE, Euratom) 2020/2092 TAL-PARLAMENT EWROPEW\n\nIkkoreġut bi:\n\n"
            "►C1\n\nRettifika, ĠU L 373, 21.10.2021, p.  94 (2020/2092)\n",
            ["CELEX:32020R2092", "OJ:L:2021:373:94", "CELEX:32020R2092"],
        ),
        (
            "sk",
            "►B\n\nNARIADENIE EURÓPSKEHO PARLAMENTU A RADY (EÚ, Euratom) 2020/2092\n\nOpravené:"
            "\n\n►C1\n\nOprava, Ú. v. EÚ L 373, 21.10.2021, s.  94 (2020/2092)\n",
            ["CELEX:32020R2092", "OJ:L:2021:373:94", "CELEX:32020R2092"],
        ),
    ],
)
def test_a_corrigendum_line_names_the_act_again(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # never cited before with its act word
        ("en", "Corrigendum, OJ L 373, 21.10.2021, p. 94 (2020/2092)"),
        # a period in brackets
        ("en", "Regulation (EU) 2020/2021 applies. In the period (2020/2021) it was tested."),
    ],
)
def test_no_act_from_a_bracketed_number_alone(lang: str, text: str) -> None:
    assert [k for k in _keys(text, lang) if k.startswith("CELEX")].count("CELEX:32020R2092") == 0
    assert _keys(text, lang).count("CELEX:32020R2021") <= 1


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The page word lost its dot (lv "lpp 30", en "p 30"), or follows the page (lv
        # "30. lpp.", hu "30. o.").
        (
            "lv",
            "REGULA (ES) 2019/1148\n\nLabota ar:\n\n►C1\n\nKļūdu labojums, OV L 231,"
            " 6.9.2019, lpp 30 (2019/1148)\n",
            ["CELEX:32019R1148", "OJ:L:2019:231:30", "CELEX:32019R1148"],
        ),
        (
            "lv",
            "REGULA (ES) 2019/1148\n\nLabota ar:\n\n►C1\n\nKļūdu labojums, OV L 231,"
            " 6.9.2019., 30. lpp. (2019/1148)\n",
            ["CELEX:32019R1148", "OJ:L:2019:231:30", "CELEX:32019R1148"],
        ),
        (
            "hu",
            "AZ EURÓPAI PARLAMENT ÉS A TANÁCS (EU) 2019/1148 RENDELETE\n\nHelyesbítette:\n\n"
            "►C1\n\nHelyesbítés, HL L 231., 2019.9.6., 30. o. (2019/1148)\n",
            ["CELEX:32019R1148", "OJ:L:2019:231:30", "CELEX:32019R1148"],
        ),
        (
            "en",
            "REGULATION (EU) 2019/1148\n\nCorrected by:\n\n►C1\n\nCorrigendum, OJ L 231,"
            " 6.9.2019, p 30 (2019/1148)\n",
            ["CELEX:32019R1148", "OJ:L:2019:231:30", "CELEX:32019R1148"],
        ),
        # Negatives: a number the text never cited with its act word, and a bracket
        # with words before the number.
        (
            "lv",
            "REGULA (ES) 2019/1148\n\nKļūdu labojums, OV L 231, 6.9.2019, 30. lpp. (2019/1149)\n",
            ["CELEX:32019R1148", "OJ:L:2019:231:30"],
        ),
        (
            "hu",
            "(EU) 2019/1148 rendelet\n\nHelyesbítés, HL L 231., 2019.9.6., 30. o."
            " (lásd 2019/1148)\n",
            ["CELEX:32019R1148", "OJ:L:2019:231:30"],
        ),
    ],
)
def test_the_page_word_of_the_corrigendum_may_lose_its_dot_or_follow(
    lang: str, text: str, expected: list[str]
) -> None:
    assert _keys(text, lang) == expected

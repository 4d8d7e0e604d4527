"""Two capitals in brackets right before an act's number are that act's domain ("(EU)",
lt "(ES)"), never a point of the chain before it: hu "107. cikk (3) bekezdés c) pontja,
valamint az (EU) 2022/2472 bizottsági rendelet" cites point (c) and the regulation, not
a point "(eu)". A bracketed point letter, even a capital, is still a point."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hu",
            "az EUMSZ 108. cikk (3) bekezdés d) pontja, valamint az (EU) 2022/2472 bizottsági "
            "rendelet szerinti mentesség",
            ["TFEU:108(3)(d)", "CELEX:32022R2472"],
        ),
        (
            "hu",
            "a GDPR 9. cikk (2) bekezdés g) pontja és az (EU) 2016/680 irányelv 10. cikke alapján",
            ["CELEX:32016R0679:9(2)(g)", "CELEX:32016L0680:10"],
        ),
        (
            "lt",
            "pagal SESV 107 straipsnio 2 dalies b punktą ir (ES) 2022/2472 reglamentą",
            ["TFEU:107(2)(b)", "CELEX:32022R2472"],
        ),
        (
            "lv",
            "saskaņā ar LESD 107. panta 2. punkta b) apakšpunktu un (ES) 2022/2472 regulu",
            ["TFEU:107(2)(b)", "CELEX:32022R2472"],
        ),
        ("en", "Article 12(1)(B) of Regulation (EU) 2016/679", ["CELEX:32016R0679:12(1)(b)"]),
    ],
)
def test_domain_brackets_are_no_point(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected

"""Danish "jf." ("cf.") between the provisions of a charge links them like "og": each
unit is cited, a bare "stk." after it is a paragraph of the article before."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tiltale for overtrædelse af Forordning (EU) 2016/679 om beskyttelse af fysiske "
            "personer (generel forordning om databeskyttelse) artikel 83, stk. 2 og stk. 5, jf. "
            "stk. 9, jf. artikel 5, stk. 1, litra e og stk. 2, jf. artikel 4, stk. 1 og "
            "artikel 6, jf. lov nr. 502 af 23. maj 2018",
            [
                "CELEX:32016R0679",
                "CELEX:32016R0679:83(2)",
                "CELEX:32016R0679:83(5)",
                "CELEX:32016R0679:83(9)",
                "CELEX:32016R0679:5(1)(e)",
                "CELEX:32016R0679:5(2)",
                "CELEX:32016R0679:4(1)",
                "CELEX:32016R0679:6",
            ],
        ),
        (
            "artikel 6, stk. 1, jf. artikel 9 i forordning (EU) 2016/679",
            ["CELEX:32016R0679:6(1)", "CELEX:32016R0679:9"],
        ),
        (
            "straffes efter artikel 83, stk. 5, jf. stk. 9, i forordning (EU) 2016/679.",
            ["CELEX:32016R0679:83(5)", "CELEX:32016R0679:83(9)"],
        ),
        # a national law after "jf." stays outside the chain
        (
            "artikel 5 i forordning (EU) 2016/679, jf. § 3 i databeskyttelsesloven",
            ["CELEX:32016R0679:5"],
        ),
    ],
)
def test_jf_links_a_chain(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="da")] == expected

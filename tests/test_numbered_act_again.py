"""An act number after "No" with neither act word nor domain (nl "(nr. 2016/1103)") is
the act the document cited before with its word and the same number; with no such act
it stays unread."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "de Verordening (EU) nr. 2019/1150 van het Parlement. De regels voor platforms "
            "(nr. 2019/1150) gelden.",
            [
                ("CELEX:32019R1150", "Verordening (EU) nr. 2019/1150"),
                ("CELEX:32019R1150", "nr. 2019/1150"),
            ],
        ),
        (
            "en",
            "Regulation (EU) No 2019/1150 of the Parliament. The platform rules "
            "(No 2019/1150) apply.",
            [
                ("CELEX:32019R1150", "Regulation (EU) No 2019/1150"),
                ("CELEX:32019R1150", "No 2019/1150"),
            ],
        ),
        (
            "de",
            "die Verordnung (EU) Nr. 2019/1150 des Parlaments. Die Regeln für Plattformen "
            "(Nr. 2019/1150) gelten.",
            [
                ("CELEX:32019R1150", "Verordnung (EU) Nr. 2019/1150"),
                ("CELEX:32019R1150", "Nr. 2019/1150"),
            ],
        ),
        # No act of that number cited before: nothing.
        ("nl", "De regels voor platforms (nr. 2019/1150) gelden.", []),
    ],
)
def test_a_numbered_act_cited_again(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert acts(text, lang) == expected

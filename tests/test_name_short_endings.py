"""German shortens a popular name's act word ("Europol-VO", "ETIAS-VO", "UGP-RL"):
``name_endings`` of the language's acts makes each "-Verordnung"/"-Richtlinie" name
readable in its short form, with its capitals."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Europol unterhält ein Informationssystem (Art. 17 ff. Europol-VO).",
            ["CELEX:32016R0794:17"],
        ),
        (
            "Der Katalog ergibt sich aus Art. 18 Abs. 5 i.V.m. Anhang II Europol-VO.",
            ["CELEX:32016R0794:18(5)", "CELEX:32016R0794:annex-II"],
        ),
        ("Zuständig ist der Staat nach Art. 6 ETIAS-VO.", ["CELEX:32018R1240:6"]),
        (
            "Die Praxis verstößt gegen Art. 5 Abs. 2 Verbraucherrechte-RL.",
            ["CELEX:32011L0083:5(2)"],
        ),
        ("Die Praxis verstößt gegen Art. 5 Abs. 2 Fantasie-RL.", None),
    ],
)
def test_short_form_of_the_act_word(text: str, keys: list[str] | None) -> None:
    found = [c.key for c in extract(text, lang="de")]
    if keys is None:  # no such popular name: nothing is made up
        assert not any(k.startswith("CELEX:") for k in found)
    else:
        assert found == keys


def test_short_form_keeps_its_capitals() -> None:
    assert extract("die europol-vo regelt", lang="de") == []

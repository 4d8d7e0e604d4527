"""A Treaty named in full with a bracket that opens with its abbreviation and goes on
with the place and date of signature ("(EURATOM, Rome, 25 March 1957)") is a citation
of that Treaty: the name gives way to the abbreviation only where an article follows
the comma ("(TUE, art. 2)"), and an attach-only abbreviation cites nothing itself."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ga",
            "Tá leaganacha údarásacha le fáil ar na téacsanna seo: (1) Conradh ag bunú "
            "Chomhphobal Eacnamaíochta na hEorpa (An Róimh, 25 Márta 1957); (2) Conradh ag "
            "bunú an Chomhphobail Eorpaigh do Fhuinneamh Adamhach (EURATOM, An Róimh, 25 "
            "Márta 1957); (3) Conradh eile.",
            ["TEC", "EAEC"],
        ),
        (
            "en",
            "Authentic texts exist of the Treaty establishing the European Atomic Energy "
            "Community (EURATOM, Rome, 25 March 1957) and of later amending treaties.",
            ["EAEC"],
        ),
        (
            "en",
            "the Treaty establishing the European Economic Community (EEC, Rome, 25 March "
            "1957) was signed by six States.",
            ["TEC"],
        ),
        (
            "fr",
            "Il existe des versions authentiques du traité instituant la Communauté "
            "européenne de l'énergie atomique (EURATOM, Rome, 25 mars 1957).",
            ["EAEC"],
        ),
        (
            "de",
            "Der Vertrag zur Gründung der Europäischen Atomgemeinschaft (EAG, Rom, 25. März "
            "1957) trat 1958 in Kraft.",
            ["EAEC"],
        ),
        # an article after the comma still takes the abbreviation: one citation
        ("it", "come previsto dal Trattato sull'Unione europea (TUE, art. 2).", ["TEU:2"]),
        ("en", "as laid down in the Treaty on European Union (TEU, Article 2).", ["TEU:2"]),
    ],
)
def test_treaty_name_before_place_and_date(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected

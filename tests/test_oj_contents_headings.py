"""The headings of an Official Journal issue's table of contents ("I Acts adopted under
the EC Treaty/Euratom Treaty whose publication is obligatory", "II ... whose publication
is not obligatory") sort the issue's acts: the Treaties they name are no citation (the
round-11 and round-38 precedents leave them unkeyed). The closing words of the headings
are data ([official_journal] contents_headings). A line with a number is running text,
and a Treaty named in a visa stays keyed."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        (
            "en",
            "I   Acts adopted under the EC Treaty/Euratom Treaty whose publication is obligatory",
        ),
        (
            "en",
            "II   Acts adopted under the EC Treaty/Euratom Treaty whose publication is not "
            "obligatory",
        ),
        (
            "de",
            "I   In Anwendung des EG-Vertrags/Euratom-Vertrags erlassene Rechtsakte, deren "
            "Veröffentlichung obligatorisch ist",
        ),
        (
            "nl",
            "II   Besluiten vastgesteld krachtens het EG-Verdrag/Euratom-Verdrag waarvan de "
            "publicatie niet verplicht is",
        ),
        (
            "et",
            "I   EÜ asutamislepingu / Euratomi asutamislepingu kohaselt vastu võetud aktid, "
            "mille avaldamine on kohustuslik",
        ),
        (
            "da",
            "I   Retsakter vedtaget i henhold til EF-traktaten/Euratom-traktaten, hvis "
            "offentliggørelse er obligatorisk",
        ),
        (
            "hu",
            "I   Az EK-Szerződés/Euratom-Szerződés alapján elfogadott jogi aktusok, amelyek "
            "közzététele kötelező",
        ),
        (
            "lt",
            "I   Aktai, priimti pagal EB sutartį / Euratomo sutartį, kurių skelbimas yra "
            "privalomas",
        ),
    ],
)
def test_treaties_in_a_contents_heading_are_no_citation(lang: str, heading: str) -> None:
    assert keys(f"Contents\n\n{heading}\n\nREGULATIONS\n", lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # running text with an article: not a heading
        (
            "en",
            "Article 308 of the EC Treaty, whose publication is obligatory under Article 254 "
            "of the EC Treaty.",
            ["TEC:308", "TEC:254"],
        ),
        # a visa names the Treaty
        (
            "en",
            "Having regard to the Treaty establishing the European Community, and in "
            "particular Article 37 thereof,",
            ["TEC", "TEC:37"],
        ),
        (
            "et",
            "võttes arvesse Euroopa Ühenduse asutamislepingut, eriti selle artiklit 37,",
            ["TEC", "TEC:37"],
        ),
        (
            "de",
            "gestützt auf den Vertrag zur Gründung der Europäischen Atomgemeinschaft,",
            ["EAEC"],
        ),
        # the heading's words with no Treaty before them on the line
        (
            "en",
            "Acts whose publication is obligatory\n\nDirective 2009/12/EC",
            ["CELEX:32009L0012"],
        ),
    ],
)
def test_treaties_outside_contents_headings_stay_keyed(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected

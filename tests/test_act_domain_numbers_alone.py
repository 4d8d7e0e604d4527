"""Act numbers written with their domain and no act word beside them: the kind comes
from the lead-in clause of their list, from the dated title of their sentence, or from
the EUR-Lex title after their label (also when the label is written twice or the title
goes on on the next line)."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "Regeringen har beslutat att följande direktiv ska genomföras i svensk rätt:\n\n"
            "• 2009/15/EG om gemensamma regler för organisationer som utför inspektioner,\n\n"
            "• 2009/16/EG om hamnstatskontroll,",
            [("CELEX:32009L0015", "2009/15/EG"), ("CELEX:32009L0016", "2009/16/EG")],
        ),
        (
            "en",
            "The inquiry will propose how the following directives should be transposed:\n\n"
            "• 2009/15/EC on common rules for ship inspection organisations,\n"
            "• 2009/16/EC on port State control,",
            [("CELEX:32009L0015", "2009/15/EC"), ("CELEX:32009L0016", "2009/16/EC")],
        ),
        (
            "de",
            "Folgende Richtlinien sind umzusetzen, wie der Ausschuss meint:\n"
            "– 2009/15/EG über gemeinsame Vorschriften für Schiffsüberprüfungen,\n"
            "– 2009/16/EG über die Hafenstaatkontrolle.",
            [("CELEX:32009L0015", "2009/15/EG"), ("CELEX:32009L0016", "2009/16/EG")],
        ),
        # Negatives: the act word far from the colon (not the lead-in's noun); a full
        # stop between; a national number without domain.
        (
            "en",
            "The directive was discussed at length by the members during the autumn "
            "session of the committee:\n\n• 2009/17/EC on traffic,",
            [],
        ),
        ("en", "It is a directive. The following rules apply:\n\n• 2009/15/EC on ships,", []),
        ("sv", "Följande direktiv genomförs i svensk rätt:\n\n• 2009/15 om fartyg,", []),
    ],
)
def test_list_items_take_the_kind_of_a_lead_in_clause(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "cs",
            "Dne 25.1.2013 bylo zveřejněno rozhodnutí Rady ze dne 22.1.2013, kterým se "
            "povoluje posílená spolupráce v oblasti daně z finančních transakcí (2013/52/EU).",
            [("CELEX:32013D0052", "2013/52/EU")],
        ),
        (
            "en",
            "On 25 January 2013 the Council Decision of 22 January 2013 authorising enhanced "
            "cooperation in the area of financial transaction tax (2013/52/EU) was published.",
            [("CELEX:32013D0052", "2013/52/EU")],
        ),
        (
            "de",
            "Veröffentlicht wurde der Beschluss des Rates vom 22. Januar 2013 über die "
            "Ermächtigung zu einer Verstärkten Zusammenarbeit (2013/52/EU).",
            [("CELEX:32013D0052", "2013/52/EU")],
        ),
        # Negatives: a number that is no date between the word and the bracket; a
        # sentence ending between them.
        (
            "de",
            "Der Beschluss des Rates vom 22. Januar 2013 nach Artikel 20 über die "
            "Zusammenarbeit (2013/52/EU).",
            [],
        ),
        ("en", "The Council took a decision. Other rules on the tax (2013/52/EU) apply.", []),
    ],
)
def test_bracketed_numbers_take_the_kind_of_a_dated_title(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "da",
            "Dokument JOL_2004_385_R_0028_01\n\n    2004/911/: 2004/911/EF:\n"
            "    Rådets afgørelse af 2. juni 2004 om undertegnelse og indgåelse af aftalen",
            [("CELEX:32004D0911", "2004/911/"), ("CELEX:32004D0911", "2004/911/EF")],
        ),
        (
            "en",
            "    2004/911/: 2004/911/EC:\n    Council Decision of 2 June 2004 on the signing",
            [("CELEX:32004D0911", "2004/911/"), ("CELEX:32004D0911", "2004/911/EC")],
        ),
        (
            "nl",
            "2004/911/EG:\nBesluit van de Raad van 2 juni 2004 betreffende de ondertekening",
            [("CELEX:32004D0911", "2004/911/EG")],
        ),
        # Negatives: no act word opens the title; an empty line before the title.
        ("en", "2004/911/: 2004/911/EC:\n    Agreement between the parties of 2004", []),
        ("en", "2004/911/EC:\n\nCouncil Decision of 2 June 2004 on the signing", []),
    ],
)
def test_eur_lex_labels_take_the_kind_of_their_title(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected

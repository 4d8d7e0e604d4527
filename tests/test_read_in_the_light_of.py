"""The Court's "read in conjunction with … read in the light of …" between the items of
one list of provisions (an infringement judgment's operative part): both join the list,
whose act is named after the last item, as "and" does (the ``and`` words of each
language file)."""

from __future__ import annotations

import pytest

import citeresolve

EXPECTED = [
    "CELEX:32009L0147:5(a)",
    "CELEX:32009L0147:5(e)",
    "CELEX:32009L0147:8(1)",
    "CELEX:32009L0147:annex-IV",
    "CELEX:32009L0147:9(1)",
]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Member State has failed to fulfil its obligations under Articles 5(a), 5(e)"
            " and 8(1), read in conjunction with point (a) of Annex IV, read in the light of"
            " Article 9(1), of Directive 2009/147/EC.",
        ),
        (
            "fr",
            "L'État membre a manqué aux obligations qui lui incombent en vertu des articles 5,"
            " sous a) et e), et 8, paragraphe 1, lus en combinaison avec l'annexe IV, sous a),"
            " lus à la lumière de l'article 9, paragraphe 1, de la directive 2009/147/CE.",
        ),
        (
            "nl",
            "De lidstaat is de verplichtingen niet nagekomen die op hem rusten krachtens de"
            " artikelen 5, onder a) en e), en 8, lid 1, gelezen in samenhang met bijlage IV,"
            " onder a), gelezen in het licht van artikel 9, lid 1, van richtlijn 2009/147/EG.",
        ),
        (
            "it",
            "Lo Stato membro è venuto meno agli obblighi ad esso incombenti in forza degli"
            " articoli 5, lettere a) ed e), e 8, paragrafo 1, letti in combinato disposto con"
            " l'allegato IV, lettera a), letti alla luce dell'articolo 9, paragrafo 1, della"
            " direttiva 2009/147/CE.",
        ),
        (
            "es",
            "El Estado miembro ha incumplido las obligaciones que le incumben en virtud de los"
            " artículos 5, letras a) y e), y 8, apartado 1, en relación con el anexo IV, letra"
            " a), interpretados a la luz del artículo 9, apartado 1, de la Directiva"
            " 2009/147/CE.",
        ),
        (
            "pt",
            "O Estado-Membro não cumpriu as obrigações que lhe incumbem por força dos artigos"
            " 5.°, alíneas a) e e), e 8.°, n.° 1, lidos em conjugação com o anexo IV, alínea"
            " a), lidos à luz do artigo 9.°, n.° 1, da Diretiva 2009/147/CE.",
        ),
        (
            "de",
            "Der Mitgliedstaat hat gegen seine Verpflichtungen aus Art. 5 Buchst. a und e sowie"
            " Art. 8 Abs. 1 in Verbindung mit Anhang IV Buchst. a im Licht von Art. 9 Abs. 1"
            " der Richtlinie 2009/147/EG verstoßen.",
        ),
        (
            "mt",
            "L-Istat Membru naqas milli jwettaq l-obbligi tiegħu taħt l-Artikoli 5(a), 5(e) u"
            " 8(1), meqjusa flimkien mal-punt (a) tal-Anness IV, moqrija fid-dawl tal-Artikolu"
            " 9(1), tad-Direttiva 2009/147/KE.",
        ),
    ],
)
def test_the_list_takes_the_act_named_after_it(lang: str, text: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert keys[:5] == EXPECTED


def test_in_the_light_of_outside_a_list_joins_nothing() -> None:
    # the prose phrase without "read" is no link: Article 5 stays the Treaty's
    text = (
        "Article 5 TEU applies; in the light of Article 9(1) of Directive 2009/147/EC, the"
        " derogation is narrow."
    )
    keys = [c.key for c in citeresolve.extract(text, lang="en")]
    assert keys == ["TEU:5", "CELEX:32009L0147:9(1)"]

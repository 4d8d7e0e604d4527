"""An act's number in brackets right after the popular name an article is pinned to
only says which act the name stands for: the article is the one citation (rounds 7 and
9: "l'article 5 de la directive ePrivacy (dir. 2002/58/CE)", "artikel 29.1 första
stycket i Dublinförordningen (Europaparlamentets och rådets förordning … nr 604/2013
…)"; the contract's name that only completes an article reference). A popular name
standing alone is no citation, so the act in brackets after it is cited (round 4 et
"elektridirektiivi (direktiiv 2009/72/EÜ)"); another act in the brackets is cited too."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "Migrationsverket beslutade att överföra AM till Ungern enligt artikel 29.1 första "
            "stycket i Dublinförordningen (Europaparlamentets och rådets förordning (EU) nr "
            "604/2013 av den 26 juni 2013 om kriterier och mekanismer för att avgöra vilken "
            "medlemsstat som är ansvarig).",
            [("CELEX:32013R0604:29(1)", "artikel 29.1")],
        ),
        (
            "pl",
            "Podstawą przetwarzania jest art. 6 ust. 1 lit. c RODO (rozporządzenie Parlamentu "
            "Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r.), a dane są "
            "przechowywane przez okres wymagany przepisami.",
            [("CELEX:32016R0679:6(1)(c)", "art. 6 ust. 1 lit. c")],
        ),
        (
            "de",
            "Die Verarbeitung ist nach Art. 6 Abs. 1 lit. f DSGVO (Verordnung (EU) 2016/679 "
            "des Europäischen Parlaments und des Rates vom 27. April 2016) zulässig.",
            [("CELEX:32016R0679:6(1)(f)", "Art. 6 Abs. 1 lit. f")],
        ),
        (
            "fr",
            "Le responsable du traitement se fonde sur l'article 6 du RGPD (règlement (UE) "
            "2016/679 du Parlement européen et du Conseil du 27 avril 2016) pour traiter ces "
            "données.",
            [("CELEX:32016R0679:6", "article 6")],
        ),
        (
            "en",
            "The applicant was to be transferred under Article 29(1) of the Dublin III "
            "Regulation (Regulation (EU) No 604/2013 of the European Parliament and of the "
            "Council of 26 June 2013) within six months.",
            [("CELEX:32013R0604:29(1)", "Article 29(1)")],
        ),
        # the domain in square brackets, as some national texts write it
        (
            "sv",
            "Beslutet fattades enligt artikel 29.1 första stycket i Dublinförordningen "
            "(Europaparlamentets och rådets förordning [EU] nr 604/2013 av den 26 juni "
            "2013) och verkställdes inte i tid.",
            [("CELEX:32013R0604:29(1)", "artikel 29.1")],
        ),
        (
            "pl",
            "Podstawą przetwarzania jest art. 6 ust. 1 lit. c RODO (rozporządzenie Parlamentu "
            "Europejskiego i Rady [UE] 2016/679 z dnia 27 kwietnia 2016 r.).",
            [("CELEX:32016R0679:6(1)(c)", "art. 6 ust. 1 lit. c")],
        ),
        (
            "de",
            "Die Verarbeitung ist nach Art. 6 Abs. 1 lit. f DSGVO (Verordnung [EU] 2016/679 "
            "des Europäischen Parlaments und des Rates) zulässig.",
            [("CELEX:32016R0679:6(1)(f)", "Art. 6 Abs. 1 lit. f")],
        ),
        # the whole identification in square brackets
        (
            "en",
            "Cookies are governed by Article 5(3) of the ePrivacy Directive [Directive "
            "2002/58/EC of the European Parliament and of the Council] as amended.",
            [("CELEX:32002L0058:5(3)", "Article 5(3)")],
        ),
    ],
)
def test_number_identifies_pinned_name(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the popular name alone is no citation: the act in brackets is cited
        (
            "sv",
            "Enligt Dublinförordningen (Europaparlamentets och rådets förordning (EU) nr "
            "604/2013) ska en ansökan prövas av en enda medlemsstat.",
            [("CELEX:32013R0604", "förordning (EU) nr 604/2013")],
        ),
        (
            "pl",
            "RODO (rozporządzenie Parlamentu Europejskiego i Rady [UE] 2016/679) stosuje się "
            "od dnia 25 maja 2018 r.",
            [("CELEX:32016R0679", "rozporządzenie Parlamentu Europejskiego i Rady [UE] 2016/679")],
        ),
        (
            "en",
            "Transfers follow the Dublin III Regulation (Regulation (EU) No 604/2013), which "
            "replaced the earlier rules.",
            [("CELEX:32013R0604", "Regulation (EU) No 604/2013")],
        ),
        # another act in the brackets is its own citation
        (
            "de",
            "Die Verarbeitung ist nach Art. 6 DSGVO (vgl. auch Verordnung (EU) 2018/1725) "
            "zulässig.",
            [
                ("CELEX:32016R0679:6", "Art. 6"),
                ("CELEX:32018R1725", "Verordnung (EU) 2018/1725"),
            ],
        ),
        (
            "fr",
            "selon l'article 6 du RGPD (et la directive 2002/58/CE), le responsable du "
            "traitement informe la personne concernée.",
            [
                ("CELEX:32016R0679:6", "article 6"),
                ("CELEX:32002L0058", "directive 2002/58/CE"),
            ],
        ),
        # national law in the brackets: no EU citation of it
        (
            "pl",
            "zgodnie z art. 6 RODO (ustawa z dnia 10 maja 2018 r. o ochronie danych "
            "osobowych, Dz.U. 2018 poz. 1000) administrator informuje",
            [("CELEX:32016R0679:6", "art. 6")],
        ),
    ],
)
def test_other_brackets_still_cited(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert keys(text, lang) == expected

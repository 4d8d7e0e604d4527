"""A judgment or order of the Court cites its own Rules of Procedure by the bare name
(sl "Člen 104(3), drugi pododstavek, Poslovnika" in an order's keyword line): in a text
marked as the Court's (language field ``court_texts``) that never names the Parliament,
the bare Rules name is not the EP's Rules."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sl",
            "SKLEP SODIŠČA (osmi senat)\n\nz dne 3. marca 2016\n\n„Predhodno odločanje – "
            "Člen 99 Poslovnika – Direktiva 2003/88/ES – Delovni čas“",
        ),
        (
            "en",
            "ORDER OF THE COURT (Eighth Chamber)\n\n3 March 2016\n\n(Reference for a "
            "preliminary ruling – Article 99 of the Rules of Procedure – Directive "
            "2003/88/EC – Working time)",
        ),
        (
            "cs",
            "USNESENÍ SOUDNÍHO DVORA (osmého senátu)\n\nze dne 3. března 2016\n\n„Řízení o "
            "předběžné otázce – Článek 99 jednacího řádu – Směrnice 2003/88/ES – Pracovní doba“",
        ),
        (
            "pl",
            "POSTANOWIENIE TRYBUNAŁU (ósma izba)\n\nz dnia 3 marca 2016 r.\n\n"
            "„Odesłanie prejudycjalne – Artykuł 99 regulaminu – Dyrektywa 2003/88/WE – Czas pracy”",
        ),
    ],
)
def test_a_court_text_cites_its_own_rules(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32003L0088"]


def test_a_court_text_that_names_the_parliament_keeps_the_eps_rules() -> None:
    # a judgment about the Parliament's vote counting: its Rules are the EP's (named
    # with their owner in the keyword line, a citation of their own: rules.full_names)
    text = (
        "PRESUDA SUDA (veliko vijeće)\n\n„Pravila o računanju glasova u Parlamentu – "
        "Poslovnik Parlamenta – Članak 178. stavak 3.“"
    )
    assert _keys(text, "hr") == ["EP-RULES", "EP-RULES:178(3)"]


def test_a_parliament_text_citing_a_judgment_keeps_its_rules() -> None:
    text = (
        "The European Parliament,\n– having regard to the Judgment of the Court of 3 "
        "March 2016,\n– having regard to Rule 54 of its Rules of Procedure,"
    )
    assert _keys(text, "en") == ["EP-RULES:54"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "sk",
            "UZNESENIE SÚDNEHO DVORA (siedma komora)\n\n„Článok 99 rokovacieho poriadku – "
            "Doprava – Smernica Európskeho parlamentu a Rady 2002/15/ES, článok 3“",
            ["CELEX:32002L0015", "CELEX:32002L0015:3"],
        ),
        (
            "ro",
            "ORDONANȚA CURȚII (Camera a opta)\n\nCurtea se pronunță conform articolului 99 "
            "din Regulamentul de procedură asupra Directivei 2002/15/CE a Parlamentului "
            "European și a Consiliului.",
            ["CELEX:32002L0015"],
        ),
        (
            "sl",
            "SKLEP SODIŠČA (sedmi senat)\n\n„Člen 99 Poslovnika – Promet – Direktiva "
            "Evropskega parlamenta in Sveta 2002/15/ES, člen 3“",
            ["CELEX:32002L0015", "CELEX:32002L0015:3"],
        ),
        (
            "en",
            "ORDER OF THE COURT (Seventh Chamber)\n\n(Article 99 of the Rules of Procedure – "
            "Transport – Directive 2002/15/EC of the European Parliament and of the Council)",
            ["CELEX:32002L0015"],
        ),
    ],
)
def test_the_parliament_as_an_acts_co_author_leaves_the_rules_the_courts(
    lang: str, text: str, keys: list[str]
) -> None:
    # a court order interpreting a directive names its authors, the Parliament among
    # them: that does not make the order's bare Rules the Parliament's
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "OPINION OF ADVOCATE GENERAL\n\ndelivered on 5 May 2022\n\n12. The Court may "
            "rule by reasoned order under Article 99 of the Rules of Procedure.",
        ),
        (
            "cs",
            "STANOVISKO GENERÁLNÍHO ADVOKÁTA\n\npřednesené dne 5. května 2022\n\n12. Soudní "
            "dvůr může rozhodnout usnesením podle článku 99 jednacího řádu.",
        ),
        (
            "pl",
            "OPINIA RZECZNIKA GENERALNEGO\n\nprzedstawiona w dniu 5 maja 2022 r.\n\n12. "
            "Trybunał może orzec w drodze postanowienia na podstawie art. 99 regulaminu.",
        ),
    ],
)
def test_an_advocate_generals_opinion_cites_the_courts_rules(lang: str, text: str) -> None:
    assert _keys(text, lang) == []


def test_the_courts_own_rules_number_no_rule_of_the_parliament() -> None:
    # the General Court's Rules and their table of contents: "these Rules" followed by
    # a page number is no Rule 11
    text = (
        "RULES OF PROCEDURE OF THE GENERAL COURT\n\nTable of contents\n\nArticle 1\n\n"
        "Definitions 10\n\nArticle 2\n\nScope of these Rules 11\n\nArticle 3\n\n"
        "Composition of the Court 11"
    )
    assert _keys(text, "en") == []


def test_a_parliament_text_with_co_authored_acts_keeps_its_rules() -> None:
    # the Parliament named as the Parliament (its resolution), not only as co-author
    text = (
        "ORDER OF THE COURT of 3 March 2016 is cited.\nThe European Parliament,\n– having "
        "regard to Directive 2002/15/EC of the European Parliament and of the Council,\n"
        "– having regard to Rule 54 of its Rules of Procedure,"
    )
    assert _keys(text, "en") == ["CELEX:32002L0015", "EP-RULES:54"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "fr",
            "ORDONNANCE DE LA COUR (sixième chambre)\n\n7. En vertu de l'article 53, "
            "paragraphe 2, du règlement, la Cour peut rejeter la demande manifestement "
            "irrecevable.",
            [],
        ),
        (
            "it",
            "ORDINANZA DELLA CORTE (Sesta Sezione)\n\n7. Ai sensi dell'articolo 53, "
            "paragrafo 2, del regolamento, la Corte può respingere la domanda.",
            [],
        ),
        (
            "es",
            "AUTO DEL TRIBUNAL DE JUSTICIA (Sala Sexta)\n\n7. En virtud del artículo 53, "
            "apartado 2, de su Reglamento, el Tribunal de Justicia puede desestimar la "
            "petición.",
            [],
        ),
        (
            "nl",
            "BESCHIKKING VAN HET HOF (Zesde kamer)\n\n7. Volgens artikel 53, lid 2, van het "
            "Reglement kan het Hof het verzoek afwijzen.",
            [],
        ),
        (
            "de",
            "BESCHLUSS DES GERICHTSHOFS (Sechste Kammer)\n\n7. Nach Art. 53 Abs. 2 der "
            "Geschäftsordnung kann der Gerichtshof entscheiden.",
            [],
        ),
        (
            "hu",
            "A BÍRÓSÁG VÉGZÉSE (hatodik tanács)\n\n7. Az eljárási szabályzat 53. cikkének "
            "(2) bekezdése alapján a Bíróság az Európai Parlament és a Tanács 2003/88/EK "
            "irányelvéről határozhat.",
            ["CELEX:32003L0088"],
        ),
        (
            "fi",
            "UNIONIN TUOMIOISTUIMEN MÄÄRÄYS (kuudes jaosto)\n\n7. Työjärjestyksen 53 "
            "artiklan 2 kohdan mukaan unionin tuomioistuin voi ratkaista asian.",
            [],
        ),
        (
            "lv",
            "TIESAS RĪKOJUMS (sestā palāta)\n\n7. Saskaņā ar Reglamenta 53. panta 2. punktu "
            "Tiesa var lemt par Eiropas Parlamenta un Padomes Direktīvu 2003/88/EK.",
            ["CELEX:32003L0088"],
        ),
        (
            "mt",
            "DIGRIET TAL-QORTI (Is-Sitt Awla)\n\n7. Skont l-Artikolu 53(2) tar-Regoli "
            "tal-Proċedura, il-Qorti tista' tiddeċiedi.",
            [],
        ),
    ],
)
def test_every_language_marks_the_courts_own_texts(lang: str, text: str, keys: list[str]) -> None:
    # the bare Rules name and the word for both "regulation" and "Rules" ("du
    # règlement") in the Court's own order are the Court's Rules; the Parliament named
    # before an act word as its co-author (rules.co_authors) leaves the order the Court's
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "hu",
            "A BÍRÓSÁG ÍTÉLETE (nagytanács)\n\nAz Európai Parlament szavazási szabályai – "
            "Az eljárási szabályzat 178. cikkének (3) bekezdése",
            ["EP-RULES:178(3)"],
        ),
        (
            "fr",
            "ARRÊT DE LA COUR (grande chambre)\n\nLe Parlement européen a appliqué "
            "l'article 178, paragraphe 3, du règlement intérieur.",
            ["EP-RULES:178(3)"],
        ),
        (
            "da",
            "DOMSTOLENS DOM (Store Afdeling)\n\nEuropa-Parlamentet anvendte "
            "forretningsordenens artikel 178, stk. 3.",
            ["EP-RULES:178(3)"],
        ),
    ],
)
def test_a_court_text_on_the_parliaments_rules_keeps_them(
    lang: str, text: str, keys: list[str]
) -> None:
    assert _keys(text, lang) == keys

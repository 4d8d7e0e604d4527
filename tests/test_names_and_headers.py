"""Short names defined after an instrument's own OJ reference in the same brackets, OJ
issue/page forms with no year, a publisher's OJ line with the year after a word, act
numbers after a compound ending in an act word, and national document ids glued to a
colon."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The short name closes the bracket after a semicolon and a definition marker:
        # it defines the name, it is no second citation of the Treaty.
        (
            "en",
            "Article 325 of the Treaty on the Functioning of the European Union (OJ C 202,"
            " 7.6.2016, p. 47; hereinafter TFEU) protects those interests.",
            [("TFEU:325", "Article 325"), ("OJ:C:2016:202:47", "OJ C 202, 7.6.2016, p. 47")],
        ),
        (
            "pl",
            "art. 325 Traktatu o funkcjonowaniu Unii Europejskiej (Dz.U. z 2004 r. nr 90,"
            " poz. 864/2; dalej: TFUE), czyli środki zwalczania nadużyć",
            [("TFEU:325", "art. 325")],
        ),
        (
            "fr",
            "le traité sur le fonctionnement de l'Union européenne (JO C 202 du 7.6.2016,"
            " p. 47 ; ci-après le « TFUE ») fixe les règles.",
            [
                ("TFEU", "traité sur le fonctionnement de l'Union européenne"),
                ("OJ:C:2016:202:47", "JO C 202 du 7.6.2016, p. 47"),
            ],
        ),
        (
            "nl",
            "het Verdrag betreffende de werking van de Europese Unie (PB C 202 van 7.6.2016,"
            " blz. 47; hierna: VWEU) regelt dit.",
            [
                ("TFEU", "Verdrag betreffende de werking van de Europese Unie"),
                ("OJ:C:2016:202:47", "PB C 202 van 7.6.2016, blz. 47"),
            ],
        ),
        # Negatives: no marker before the abbreviation (a list that ends with it), and a
        # marker outside the bracket: both cite the Treaty.
        (
            "en",
            "as the Charter provides (Articles 7 and 8; TFEU).",
            [("TFEU", "TFEU")],
        ),
        (
            "en",
            "Hereinafter, the rules of the TFEU (and of the TEU) apply.",
            [("TFEU", "TFEU"), ("TEU", "TEU")],
        ),
    ],
)
def test_a_short_name_defined_after_the_oj_reference_is_no_citation(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Issue and page run together with neither date nor year, in footnotes of their
        # own: the form of a page header; no act's year is theirs.
        (
            "hr",
            "Uredba Vijeća br. 2201/2003 3 i Uredba (EU) 2019/1111 4.\n3 SL EU L338/1. 4 SL EU"
            " L178/1.",
            [
                ("CELEX:32003R2201", "Uredba Vijeća br. 2201/2003"),
                ("CELEX:32019R1111", "Uredba (EU) 2019/1111"),
            ],
        ),
        (
            "en",
            "Council Regulation (EC) No 2201/2003 (3).\n(3) OJ L 338/1.",
            [("CELEX:32003R2201", "Regulation (EC) No 2201/2003")],
        ),
        (
            "de",
            "Verordnung (EG) Nr. 2201/2003 des Rates (3).\n3 ABl. EU L 338/1.",
            [("CELEX:32003R2201", "Verordnung (EG) Nr. 2201/2003")],
        ),
        # Positives: in a bracket right after its act (the act's year), with its own
        # date, or with the year in brackets before it.
        (
            "en",
            "Regulation (EC) No 2201/2003 (OJ L 338/1) applies.",
            [
                ("CELEX:32003R2201", "Regulation (EC) No 2201/2003"),
                ("OJ:L:2003:338:1", "OJ L 338/1"),
            ],
        ),
        (
            "de",
            "veröffentlicht im ABl. vom 12.03.2014, L 72/4 und geändert.",
            [("OJ:L:2014:072:4", "ABl. vom 12.03.2014, L 72/4")],
        ),
        ("en", "see [2016] OJ L119/1 and later.", [("OJ:L:2016:119:1", "[2016] OJ L119/1")]),
    ],
)
def test_a_yearless_issue_and_page_is_read_only_after_its_act(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Akt prawny\nDziennik Urzędowy Unii Europejskiej, L rok 2021 nr 378 str. 15\n"
            "Wersja aktualna od 2021-11-15",
            [
                (
                    "OJ:L:2021:378:15",
                    "Dziennik Urzędowy Unii Europejskiej, L rok 2021 nr 378 str. 15",
                )
            ],
        ),
        (
            "zob. Dz.U. UE L rok 2016 nr 119 str. 1.",
            [("OJ:L:2016:119:1", "Dz.U. UE L rok 2016 nr 119 str. 1")],
        ),
        # Negative: the year word with no journal before it.
        ("W roku 2021 nr 378 str. 15 ustawy nie zmieniono.", []),
    ],
)
def test_a_publishers_oj_line_with_the_year_after_a_word(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, "pl") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A lower-case compound ending in the act word, "No" and the number, no domain.
        (
            "sv",
            "Ändringarna gäller EU:s livsmedelshygienförordning nr 852/2004 från i år.",
            [("CELEX:32004R0852", "förordning nr 852/2004")],
        ),
        (
            "da",
            "Ændringen gælder EU's fødevarehygiejneforordning nr. 852/2004 fra i år.",
            [("CELEX:32004R0852", "forordning nr. 852/2004")],
        ),
        (
            "nl",
            "De wijziging geldt voor de levensmiddelenhygiëneverordening nr. 852/2004.",
            [("CELEX:32004R0852", "verordening nr. 852/2004")],
        ),
        (
            "fi",
            "Muutos koskee elintarvikehygienia-asetusta N:o 852/2004 tästä vuodesta.",
            [("CELEX:32004R0852", "asetusta N:o 852/2004")],
        ),
        (
            "sv",
            "Se artikel 5 i livsmedelshygienförordning nr 852/2004.",
            [("CELEX:32004R0852:5", "artikel 5")],
        ),
        # Negatives: a national document's id glued to a colon after the number (a
        # Swedish fact memo of the session 2013/14), with the plain word or a compound;
        # a compound that is no act word.
        ("sv", "Faktapromemoria: Reviderad småmålsförordning 2013/14:FPM40", []),
        ("sv", "Se förordning 2013/14:FPM40 om småmål.", []),
        ("sv", "Enligt växtskyddsmedelslagen nr 12/2009 gäller detta.", []),
    ],
)
def test_a_compound_act_word_before_a_number(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The year after the issue's slash, a page following it.
        (
            "ro",
            "PRIMA PUBLICARE: Jurnalul Oficial nr. L 166/2004, p. 1 - 123",
            [("OJ:L:2004:166:1", "Jurnalul Oficial nr. L 166/2004, p. 1")],
        ),
        ("ro", "publicat în JO L 166/2004, p. 1.", [("OJ:L:2004:166:1", "JO L 166/2004, p. 1")]),
        (
            "bg",
            "обнародван в ОВ L 166/2004, стр. 1.",
            [("OJ:L:2004:166:1", "ОВ L 166/2004, стр. 1")],
        ),
        # The page after a slash in the Polish national form.
        (
            "pl",
            "Tekst pierwotny\n Dz. Urz. UE L z 2022 r. nr 322/79\n\n(Tekst mający znaczenie)",
            [("OJ:L:2022:322:79", "Dz. Urz. UE L z 2022 r. nr 322/79")],
        ),
        # Negatives: a page header (issue/page, no page word, or "P7" of the next line
        # with no year before it); no page after the year.
        (
            "et",
            "Euroopa Liidu Teataja\n\nC 378/330\n\n\nP7_TA(2014)0191",
            [("TA-7-2014-0191", "P7_TA(2014)0191")],
        ),
        ("en", "Official Journal of the European Union L 130/1", []),
        # a year after the slash with no page after it is the issue's year (el "L199/1985")
        ("ro", "în JO L 166/2004 şi altele", [("OJ:L:2004:166", "JO L 166/2004")]),
    ],
)
def test_issue_forms_with_a_slash(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The OJ's act-by-act number that lost its series is no act (and no OJ key).
        (
            "pl",
            "dyrektyw (UE) 2016/797 i (UE) 2020/1828 (akt w sprawie sztucznej inteligencji)"
            " (Dz.Urz.UE 2024/1689)",
            [
                ("CELEX:32016L0797", "dyrektyw (UE) 2016/797"),
                ("CELEX:32020L1828", "(UE) 2020/1828"),
            ],
        ),
        (
            "en",
            "Regulation (EU) 2024/1689 (OJ 2024/1689) applies.",
            [("CELEX:32024R1689", "Regulation (EU) 2024/1689")],
        ),
        (
            "de",
            "die Richtlinie (EU) 2019/1937 (ABl. 2019/1937) gilt.",
            [("CELEX:32019L1937", "Richtlinie (EU) 2019/1937")],
        ),
        # Negative: with its series it is the OJ's number.
        ("en", "OJ L, 2024/1689, 12.7.2024", [("OJ:L:2024/1689", "OJ L, 2024/1689, 12.7.2024")]),
    ],
)
def test_a_number_after_the_journals_abbreviation_is_no_act(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An act's short name in brackets after its number is no procedure type.
        (
            "en",
            "Article 120 of the Medical Devices Regulation (EU) 2017/745 (MDR) applies.",
            [("CELEX:32017R0745:120", "Article 120")],
        ),
        (
            "de",
            "Art. 5 der Verordnung (EU) 2017/746 (IVDR) gilt.",
            [("CELEX:32017R0746:5", "Art. 5")],
        ),
        (
            "fr",
            "le règlement (UE) 2017/745 (RDM) s'applique.",
            [("CELEX:32017R0745", "règlement (UE) 2017/745")],
        ),
        # Procedures keep their known types in every form, an unknown one in the usual
        # tight form only.
        (
            "en",
            "procedures 2022/2505(RSP), 2022/2506(XYZ), 2018/0136 (COD) and 2020/0127 (ABC)",
            [
                ("PROC:2022/2505(RSP)", "2022/2505(RSP)"),
                ("PROC:2022/2506(XYZ)", "2022/2506(XYZ)"),
                ("PROC:2018/0136(COD)", "2018/0136 (COD)"),
            ],
        ),
    ],
)
def test_a_short_name_after_an_act_number_is_no_procedure(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A compound ending in an act word before a number in the EU's year-first shape.
        (
            "de",
            "Im Amtsblatt ist die Produkthaftungsrichtlinie 2024/2853 veröffentlicht worden.",
            [("CELEX:32024L2853", "Produkthaftungsrichtlinie 2024/2853")],
        ),
        (
            "nl",
            "De dienstenrichtlijn 2006/123 geldt.",
            [("CELEX:32006L0123", "dienstenrichtlijn 2006/123")],
        ),
        (
            "sv",
            "Tjänstedirektivet 2006/123 gäller.",
            [("CELEX:32006L0123", "Tjänstedirektivet 2006/123")],
        ),
        # Negatives: number first after a compound is a national body's.
        ("nl", "Volgens de beleidsrichtlijn 12/98 van de gemeente.", []),
        ("da", "Efter budgetforordningen 3/2014 gælder andre regler.", []),
    ],
)
def test_a_compound_act_word_before_a_year_first_number(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The domain before the author, then "No" and the number.
        (
            "it",
            "[Regolamenti (CEE) del Consiglio n. 1408/71, art. 14, n. 1, lett. a), e n. 574/72]",
            ["CELEX:31971R1408", "CELEX:31971R1408:14(1)(a)", "CELEX:31972R0574"],
        ),
        ("fr", "le règlement (CEE) du Conseil n° 1408/71 s'applique", ["CELEX:31971R1408"]),
        ("de", "die Verordnung (EWG) des Rates Nr. 1408/71 gilt", ["CELEX:31971R1408"]),
        # Negative: another author after the domain is a national body's act.
        ("it", "il regolamento (CE) del Garante n. 2/2001 si applica", []),
    ],
)
def test_a_domain_before_the_author_and_the_number(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A directive's four-digit serial written before its year: no year can come first.
        ("it", "della Direttiva Europea n.1937/2019 in materia di", ["CELEX:32019L1937"]),
        ("de", "die Richtlinie Nr. 1937/2019 zum Schutz von Hinweisgebern", ["CELEX:32019L1937"]),
        ("fr", "la directive n° 1937/2019 sur les lanceurs d'alerte", ["CELEX:32019L1937"]),
        # Negatives: a body's own low series after 2015; a national directive whose second
        # part is no year of the year-first era; national laws.
        ("de", "die Leitlinien 8/2022 des EDSA und die Richtlinie 12/2019 des Ministeriums", []),
        ("it", "la direttiva n. 1234/1937 del ministero", []),
        ("it", "legge n.179/2017 e decreto legislativo n. 231/2001", []),
    ],
)
def test_a_directive_serial_written_before_its_year(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A footnote marker between a treaty's name and its abbreviation in brackets: the
        # abbreviation still belongs to the name, which only completes the article after it.
        (
            "et",
            "Lissaboni lepinguga muudetud Euroopa Liidu toimimise lepingu *4 (ELTL) artikli 86"
            " kohaselt võib nõukogu",
            ["TFEU:86"],
        ),
        (
            "fi",
            "Euroopan unionin toiminnasta tehdyn sopimuksen *4 (SEUT) 86 artiklan mukaan",
            ["TFEU:86"],
        ),
        ("lv", "Līguma par Eiropas Savienības darbību *4 (LESD) 86. pants paredz", ["TFEU:86"]),
        (
            "hu",
            "az Európai Unió működéséről szóló szerződés *4 (EUMSZ) 86. cikke szerint",
            ["TFEU:86"],
        ),
        # Negative: a number before a bracket of words is no marker of an abbreviation.
        ("en", "the Treaty on European Union 2 (see below) applies", ["TEU"]),
    ],
)
def test_a_footnote_marker_before_a_treatys_abbreviation(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An OJ act's title run into one line: its number in brackets closes the line its
        # heading in capitals opens.
        (
            "en",
            "L 189/17 COUNCIL DIRECTIVE of 20 June 1990 on the approximation of the laws of the"
            " Member States relating to active implantable medical devices (90/385/EEC) THE"
            " COUNCIL OF THE EUROPEAN COMMUNITIES,",
            ["CELEX:31990L0385"],
        ),
        (
            "fr",
            "DIRECTIVE DU CONSEIL du 20 juin 1990 concernant le rapprochement des législations"
            " des États membres relatives aux dispositifs médicaux implantables actifs"
            " (90/385/CEE) LE CONSEIL DES COMMUNAUTÉS EUROPÉENNES,",
            ["CELEX:31990L0385"],
        ),
        (
            "de",
            "RICHTLINIE DES RATES vom 20. Juni 1990 zur Angleichung der Rechtsvorschriften der"
            " Mitgliedstaaten über aktive implantierbare medizinische Geräte (90/385/EWG) DER RAT",
            ["CELEX:31990L0385"],
        ),
        (
            "hu",
            "A TANÁCS IRÁNYELVE (1990. június 20.) az aktív beültethető orvostechnikai eszközökre"
            " vonatkozó tagállami jogszabályok közelítéséről (90/385/EGK) AZ EURÓPAI KÖZÖSSÉGEK"
            " TANÁCSA,",
            ["CELEX:31990L0385"],
        ),
        # Negatives: no act word in capitals on the line (a site's page title); another
        # act's number between the heading and the bracket.
        ("hu", "Az Európai Unió Hivatalos Lapja. 13/10. kötet (90/385/EGK)", []),
        (
            "en",
            "COUNCIL DECISION of 1 June 1990 on the follow-up to Decision 89/45/EEC of the Council"
            " (90/123) of the Member States",
            ["CELEX:31989D0045"],
        ),
    ],
)
def test_a_number_closing_a_title_run_into_its_heading(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected

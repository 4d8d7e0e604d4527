"""Identifier forms that publishers and databases write in their own way (first seen in
held-out round 16): a doubled ECLI prefix, a Council document with its year in
brackets first, Official Journal references with the year after the issue, the
subseries before the page's slash, corrigenda one after another, a domain without
brackets that is also the OJ's abbreviation, an act's date between its author and
"No", and a number with its domain whose act word stands out of reach."""

from __future__ import annotations

import pytest

import citeresolve


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, text[c.start : c.end]) for c in citeresolve.extract(text, lang=lang)]


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Urteil vom 26. Oktober 2017\nECLI:ECLI:EU:C:2017:815\nveröffentlicht am"),
        ("en", "Judgment of the Court, ECLI:ECLI:EU:C:2017:815, paragraph 12."),
        ("fr", "arrêt du 26 octobre 2017 (ECLI:ECLI:EU:C:2017:815)"),
    ],
)
def test_a_doubled_ecli_prefix_is_read_once(lang: str, text: str) -> None:
    assert found(text, lang) == [("ECLI:EU:C:2017:815", "ECLI:EU:C:2017:815")]


def test_an_ecli_after_another_word_with_a_colon_stays_out() -> None:
    # Only "ECLI:" may stand before the ECLI's "EU:"; any other prefix is another id.
    assert keys("Reference XECLI:EU:C:2017:815 and NL:EU:C:2017:815", "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Regdoc number ST(2024)15342\nOriginal proposal",
            ("ST-15342-2024", "ST(2024)15342"),
        ),
        (
            "da",
            "Rådets dokument ST(2023)9876 REV 1 blev drøftet",
            ("ST-9876-2023-REV1", "ST(2023)9876 REV 1"),
        ),
        ("fr", "le document ST(2019)7777 du Conseil", ("ST-7777-2019", "ST(2019)7777")),
    ],
)
def test_a_council_document_with_its_year_in_brackets_first(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    "text", ["ST(24)15342", "ST(2024)015342", "XST(2024)15342", "ST(2024)15342/1"]
)
def test_other_bracketed_numbers_after_st_are_no_council_documents(text: str) -> None:
    assert [k for k in keys(text, "en") if k.startswith("ST-")] == []


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "bg",
            "вестник на ЕС (ОВ L 202 2021, 8.6.2021, стр. 32-54) публикува",
            "ОВ L 202 2021, 8.6.2021, стр. 32",
        ),
        ("el", "(ΕΕ L 202 2021, 8.6.2021, σ. 32) δημοσιεύει", "ΕΕ L 202 2021, 8.6.2021, σ. 32"),
        ("en", "(OJ L 202 2021, 8.6.2021, p. 32–54)", "OJ L 202 2021, 8.6.2021, p. 32"),
    ],
)
def test_the_year_written_after_the_issue(lang: str, text: str, surface: str) -> None:
    assert found(text, lang) == [("OJ:L:2021:202:32", surface)]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "the Protocol, OJEU 29.12.2006 C 321 E/318, says", "OJEU 29.12.2006 C 321 E/318"),
        ("fr", "le protocole, JOUE 29.12.2006 C 321 E/318, dispose", "JOUE 29.12.2006 C 321 E/318"),
        (
            "it",
            "il protocollo, GUUE 29.12.2006 C 321 E/318, dispone",
            "GUUE 29.12.2006 C 321 E/318",
        ),
    ],
)
def test_the_page_after_the_subseries_and_a_slash(lang: str, text: str, surface: str) -> None:
    assert found(text, lang) == [("OJ:C:2006:321E:318", surface)]


def test_a_subseries_and_page_without_a_year_or_abbreviation_stay_a_page_header() -> None:
    assert keys("OJ C 321 E/318", "en") == []
    assert keys("Official Journal of the European Union C 321 E/318", "en") == []
    assert keys("the OJEU notice was published", "en") == []


def test_corrigenda_one_after_another_each_take_their_own_or_the_last_year() -> None:
    text = "(ABl. Nr. L 236 vom 19.09.2018 S. 1, ber. L 323 S. 37, ber. 2020 L 193 S. 16; VO"
    assert found(text, "de") == [
        ("OJ:L:2018:236:1", "ABl. Nr. L 236 vom 19.09.2018 S. 1"),
        ("OJ:L:2018:323:37", "L 323 S. 37"),
        ("OJ:L:2020:193:16", "2020 L 193 S. 16"),
    ]
    text = "(ABl. L 151 vom 07.06.2019 S. 70, ber. 2020 L 12 S. 5, ber. L 40 S. 9)"
    assert keys(text, "de") == ["OJ:L:2019:151:70", "OJ:L:2020:012:5", "OJ:L:2020:040:9"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ο κανονισμός ΕΕ 2019/947 καλύπτει τις πτήσεις.", "CELEX:32019R0947"),
        ("σύμφωνα με την οδηγία ΕΕ 2016/680 για την προστασία", "CELEX:32016L0680"),
        ("της απόφασης ΕΕ 2019/1754 του Συμβουλίου", "CELEX:32019D1754"),
    ],
)
def test_the_domain_without_brackets_that_is_also_the_journals_abbreviation(
    text: str, expected: str
) -> None:
    # el "ΕΕ" is both the Union's domain and the Official Journal's abbreviation: after
    # an act word it is the domain.
    assert keys(text, "el") == [expected]


@pytest.mark.parametrize("text", ["(ΕΕ 2019/947)", "δημοσιεύθηκε στην ΕΕ 2019/947 χθες"])
def test_the_journals_abbreviation_before_a_number_names_no_act(text: str) -> None:
    assert keys(text, "el") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "weszło w życie rozporządzenie Parlamentu Europejskiego i Rady (UE) z dnia "
            "11 grudnia 2018 r. Nr 2019/6 w sprawie weterynaryjnych produktów",
            "CELEX:32019R0006",
        ),
        (
            "pl",
            "Szósta Dyrektywa Rady z dnia 17 maja 1977 r. Nr 77/388/EWG w sprawie harmonizacji",
            "CELEX:31977L0388",
        ),
        (
            "bg",
            "Регламент (ЕС) на Европейския парламент и на Съвета от 11 декември 2018 г. "
            "№ 2019/6 относно ветеринарните лекарствени продукти",
            "CELEX:32019R0006",
        ),
        (
            "cs",
            "nařízení Evropského parlamentu a Rady (EU) ze dne 11. prosince 2018 č. 2019/6 "
            "o veterinárních léčivých přípravcích",
            "CELEX:32019R0006",
        ),
        (
            "de",
            "Verordnung des Europäischen Parlaments und des Rates (EU) vom 11. Dezember 2018 "
            "Nr. 2019/6 über Tierarzneimittel",
            "CELEX:32019R0006",
        ),
    ],
)
def test_the_acts_date_between_its_author_and_no(lang: str, text: str, expected: str) -> None:
    assert keys(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a sentence ends after the date: the number after it has no act word
        ("de", "Die Verordnung wurde am 11. Dezember 2018 erlassen. Nr. 2019/6 über"),
        ("pl", "dyrektywa została przyjęta w 2018 r. Nr 2019/6 to numer sprawy"),
        # a national body's act, dated the same way
        ("pl", "rozporządzenie Ministra Zdrowia z dnia 11 grudnia 2018 r. nr 12/2018"),
    ],
)
def test_a_date_gives_no_act_word_to_a_number_beyond_it(lang: str, text: str) -> None:
    assert keys(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "cs",
            "Směrnice Rady 76/160/EHS ze dne 8. prosince 1975 o jakosti vod ke koupání\n"
            "Platnost předpisu: Zrušen předpisem 2006/7/ES Pozbývá platnosti: 24. března 2006",
            ["CELEX:31976L0160", "CELEX:32006L0007"],
        ),
        (
            "en",
            "Council Directive 76/160/EEC of 8 December 1975 concerning bathing water\n"
            "Status: no longer in force, repealed by 2006/7/EC.",
            ["CELEX:31976L0160", "CELEX:32006L0007"],
        ),
        (
            "es",
            "La Directiva 2004/18/CE, sobre coordinación de los procedimientos de "
            "adjudicación de los contratos públicos, quedó derogada por 2014/24/UE.",
            ["CELEX:32004L0018", "CELEX:32014L0024"],
        ),
    ],
)
def test_a_number_with_its_domain_and_no_act_word_takes_the_kind_before_it(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # nothing read before it: no kind to take
        ("cs", "Platnost předpisu: Zrušen předpisem 2006/7/ES Pozbývá platnosti"),
        # a regulation's number never carries its domain after it
        ("en", "Council Regulation (EEC) No 1408/71.\n\nStatus: repealed by 2006/7/EC."),
        # in brackets alone: a label, not a citation of its own
        ("en", "Council Directive 76/160/EEC.\n\nThe other act (2006/7/EC) is not."),
        # no domain: a bare number stays out
        ("en", "Council Directive 76/160/EEC.\n\nStatus: repealed by 2006/7."),
    ],
)
def test_without_a_suffixed_act_before_it_the_number_stays_out(lang: str, text: str) -> None:
    assert [k for k in keys(text, lang) if "2006" in k] == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Document 32015O0012\n\nEuroopan keskuspankin suuntaviivat (EU) 2015/856, annettu 12 "
            "päivänä maaliskuuta 2015 (EKP/2015/12)\n\nEUROOPAN KESKUSPANKIN SUUNTAVIIVAT (EU) "
            "2015/856",
            ["CELEX:32015O0012"] * 3,
        ),
        (
            "hu",
            "Document 32016O0038\n\nAz Európai Központi Bank (EU) 2016/1994 iránymutatása "
            "(2016. november 4.) (EKB/2016/38)",
            ["CELEX:32016O0038"] * 2,
        ),
        (
            "en",
            "Document 32016O0038\nGuideline (EU) 2016/1994 of the European Central Bank of 4 "
            "November 2016 (ECB/2016/38)",
            ["CELEX:32016O0038"] * 2,
        ),
    ],
)
def test_an_ecb_guideline_takes_the_celex_number_its_page_prints(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another kind of act in the title: another act, not the page's
        (
            "Document 32010D0215\nCommission Decision of 30 September 2009 amending Decision "
            "2010/13/EU",
            ["CELEX:32010D0215", "CELEX:32010D0013"],
        ),
        # no act on the line after the number
        (
            "See 32016O0038 in the register.\nGuideline (EU) 2016/1994 of the ECB",
            ["CELEX:32016O0038", "CELEX:32016O1994"],
        ),
        # the guideline in a later line, not the title
        (
            "Document 32016O0038\nGuideline of the European Central Bank\n\nsee Guideline (EU) "
            "2016/1993",
            ["CELEX:32016O0038", "CELEX:32016O1993"],
        ),
    ],
)
def test_other_acts_keep_their_written_numbers(text: str, expected: list[str]) -> None:
    assert keys(text, "en") == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sl", "Popravek, UL L 137, 25.5.2023, str.  70 ((EU) 2021/241)\n\n▼B"),
        ("en", "Corrigendum, OJ L 137, 25.5.2023, p.  70 ((EU) 2021/241)\n\n▼B"),
        ("fr", "Rectificatif, JO L 137 du 25.5.2023, p.  70 ((UE) 2021/241)\n\n▼B"),
    ],
)
def test_a_corrigendum_label_with_its_domain_in_brackets_is_no_act(lang: str, text: str) -> None:
    # The label of a consolidated text's corrigendum line has no act word: left out like
    # "(2021/241)" (round 13, 15 and 18 reviews).
    assert keys(text, lang) == ["OJ:L:2023:137:70"]


@pytest.mark.parametrize(
    "text",
    [
        "UITVOERINGSBESLUIT (EU) 2022/382 VAN DE RAAD",
        "bij Uitvoeringsbesluit (EU) 2022/382 van de Raad",
        "het uitvoeringsbesluit (EU) 2022/382 van de Raad",
    ],
)
def test_dutch_implementing_decisions(text: str) -> None:
    assert keys(text, "nl") == ["CELEX:32022D0382"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "asetus (EU) N:o 528/2012 … alkuperäisen biosidiasetuksen 528/2012 lukujen"),
        ("sv", "förordning (EU) nr 528/2012 … biocidförordningen 528/2012 gäller"),
        ("da", "forordning (EU) nr. 528/2012 … biocidforordningens 528/2012 regler"),
        ("et", "määrus (EL) nr 528/2012 … biotsiidimääruse 528/2012 kohaselt"),
    ],
)
def test_a_compound_act_word_before_a_number_the_text_cited_as_an_eu_act(
    lang: str, text: str
) -> None:
    assert keys(text, lang) == ["CELEX:32012R0528"] * 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # not cited as an EU act: a national body's numbering
        ("fi", "kunnan jätehuoltoasetuksen 12/2014 mukaan"),
        ("nl", "de subsidieverordening 3/2014 geldt"),
        # another number than the EU act's
        ("sv", "förordning (EU) nr 528/2012 … avfallsförordningen 12/2014 gäller"),
    ],
)
def test_a_compound_act_word_before_another_number_names_no_eu_act(lang: str, text: str) -> None:
    assert [k for k in keys(text, lang) if not k.endswith("R0528")] == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "(G.U.U.E. 15 giugno 2016, n. L 157)",
            ("OJ:L:2016:157", "G.U.U.E. 15 giugno 2016, n. L 157"),
        ),
        ("it", "(Guee 14 giugno 2018 n. L 150)", ("OJ:L:2018:150", "Guee 14 giugno 2018 n. L 150")),
        (
            "de",
            "ABl. EU vom 31. Oktober 2003 Nr. L 284, S. 1)",
            ("OJ:L:2003:284:1", "ABl. EU vom 31. Oktober 2003 Nr. L 284, S. 1"),
        ),
        (
            "es",
            "(DO de 15 de junio de 2016, n.º L 157, p. 1)",
            ("OJ:L:2016:157:1", "DO de 15 de junio de 2016, n.º L 157, p. 1"),
        ),
        (
            "fr",
            "(JOUE du 1er juin 2016, n° L 157, p. 1)",
            ("OJ:L:2016:157:1", "JOUE du 1er juin 2016, n° L 157, p. 1"),
        ),
    ],
)
def test_the_date_with_its_month_in_words_before_the_series(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ga",
            "(Iris Oifigiúil an Aontais Eorpaigh L 150 an 14 Meitheamh 2018)",
            "OJ:L:2018:150",
        ),
        ("ga", "(IO L 150 an 14.6.2018, lch. 1)", "OJ:L:2018:150:1"),
        ("sl", "Uradni list L 212 , 07/08/2001 str. 0012 - 0023", "OJ:L:2001:212:12"),
        ("en", "Official Journal L 212 , 07/08/2001 P. 0012 - 0023", "OJ:L:2001:212:12"),
    ],
)
def test_the_journals_name_and_date_words(lang: str, text: str, expected: str) -> None:
    assert keys(text, lang) == [expected]


def test_the_national_gazette_of_the_same_name_is_no_official_journal() -> None:
    assert keys("Uradni list RS, št. 12/2005 in Uradni list RS, št. 43/2019", "sl") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Κανονισμός (EE, Ευρατόμ) αριθ. 1141/2014 του Ευρωπαϊκού", "CELEX:32014R1141"),
        ("ΚΑΝΟΝΙΣΜΟΣ (EE, ΕΥΡΑΤΟΜ) αριθ. 1141/2014", "CELEX:32014R1141"),
        ("της απόφασης (EE) 2019/1754 του Συμβουλίου", "CELEX:32019D1754"),
        ("Οδηγία 90/385/EOK του Συμβουλίου", "CELEX:31990L0385"),
    ],
)
def test_greek_domains_typed_with_latin_look_alikes(text: str, expected: str) -> None:
    assert keys(text, "el") == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "803 Komission tiedonanto COM(2009) 83/01 Tilapäiset unionin puitteet"),
        ("en", "Communication COM(2009) 83/01 on the Temporary Framework"),
        ("de", "Mitteilung der Kommission KOM(2009) 83/01 über den Rahmen"),
    ],
)
def test_a_com_number_with_a_slash_after_it_is_another_documents(lang: str, text: str) -> None:
    # the OJ notice 2009/C 83/01 written in COM form names no COM document
    assert keys(text, lang) == []


def test_a_com_number_with_its_procedure_glued_after_it_stays_read() -> None:
    text = "COM(2017)08352017/0360(COD)"
    assert keys(text, "en") == ["COM(2017)835", "PROC:2017/0360(COD)"]

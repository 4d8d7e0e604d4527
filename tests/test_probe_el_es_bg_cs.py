"""Classes found by blind probes in el, es, bg and cs texts (issue 11): a name defined
after a national act, the relative "whose" before an article word, the year with its
year mark between an OJ issue and its page, a hyphenated article range before an act
word, articles coordinated by a verb with the next article of a named act, and the
Bulgarian formal name of the ECHR."""

from __future__ import annotations

import pytest

from citeresolve import extract

GDPR = "CELEX:32016R0679"
DMA = "CELEX:32022R1925"
VAT = "CELEX:32006L0112"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # a name defined in brackets after a national act is that act's, not the EU
        # act's cited before it
        (
            "es",
            "Aplica el Reglamento (UE) 2016/679 y la Ley Orgánica 3/2018, de 5 de "
            "diciembre (LOPDGDD). La infracción se tipifica en el artículo 72.1.a) de la "
            "LOPDGDD.",
            [GDPR],
        ),
        (
            "cs",
            "Správce postupuje podle nařízení (EU) 2016/679 a zákona č. 110/2019 Sb., o "
            "zpracování osobních údajů (ZZOÚ). Výjimku upravuje čl. 6 ZZOÚ.",
            [GDPR],
        ),
        (
            "bg",
            "Администраторът прилага Регламент (ЕС) 2016/679 и Закона за защита на "
            "личните данни (ЗЗЛД). Съгласно чл. 25и ЗЗЛД обработването е законосъобразно.",
            [GDPR],
        ),
        (
            "el",
            "Εφαρμόζονται ο Κανονισμός (ΕΕ) 2016/679 και ο ν. 4624/2019 (ΕΝΔΠ). Σύμφωνα "
            "με το άρθρο 5 ΕΝΔΠ η επεξεργασία είναι νόμιμη.",
            [GDPR],
        ),
        (
            "de",
            "Es gelten die Verordnung (EU) 2016/679 und das Bundesdatenschutzgesetz "
            "(BDSG). Nach Art. 26 BDSG ist dies zulässig.",
            [GDPR],
        ),
        # ... while the act's own short title in brackets before its acronym is no
        # national act
        (
            "en",
            "Regulation (EU) 2022/2065 on a Single Market For Digital Services (Digital "
            "Services Act) ('DSA') applies. Article 16 DSA sets the notice rules.",
            ["CELEX:32022R2065", "CELEX:32022R2065:16"],
        ),
        (
            "bg",
            "Директива 2001/23/ЕО относно сближаването на законодателствата на държавите "
            "членки („Директивата“). Член 3 от Директивата се прилага.",
            ["CELEX:32001L0023", "CELEX:32001L0023:3"],
        ),
    ],
)
def test_name_defined_after_a_national_act(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "el Reglamento (UE) 2022/1925, cuyo artículo 5, apartado 4, obliga a permitir"),
        ("fr", "le règlement (UE) 2022/1925, dont l'article 5, paragraphe 4, impose"),
        ("fr", "le règlement (UE) 2022/1925, dont l’article 5, paragraphe 4, impose"),
        ("it", "il regolamento (UE) 2022/1925, il cui articolo 5, paragrafo 4, impone"),
        ("pt", "o Regulamento (UE) 2022/1925, cujo artigo 5.º, n.º 4, obriga"),
        ("cs", "nařízení (EU) 2022/1925, jehož čl. 5 odst. 4 ukládá"),
        ("sk", "nariadenie (EÚ) 2022/1925, ktorého článok 5 ods. 4 ukladá"),
        ("pl", "rozporządzenie (UE) 2022/1925, którego art. 5 ust. 4 nakłada"),
        ("bg", "Регламент (ЕС) 2022/1925, чийто член 5, параграф 4 задължава"),
        ("el", "ο κανονισμός (ΕΕ) 2022/1925, του οποίου το άρθρο 5 παράγραφος 4 υποχρεώνει"),
        ("ro", "Regulamentul (UE) 2022/1925, al cărui articol 5 alineatul (4) obligă"),
        ("hr", "Uredba (EU) 2022/1925, čiji članak 5. stavak 4. nalaže"),
        ("sl", "Uredba (EU) 2022/1925, katere člen 5(4) nalaga"),
    ],
)
def test_relative_whose_before_an_article(lang: str, text: str) -> None:
    assert _keys(text, lang) == [DMA, f"{DMA}:5(4)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("bg", "Директива 2001/23/ЕО (ОВ L 82, 2001 г., стр. 16)"),
        ("pl", "dyrektywa 2001/23/WE (Dz.U. L 82, 2001 r., s. 16)"),
        ("lt", "Direktyva 2001/23/EB (OL L 82, 2001 m., p. 16)"),
        ("en", "Directive 2001/23/EC (OJ L 82, 2001, p. 16)"),
    ],
)
def test_oj_year_with_its_mark_between_issue_and_page(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32001L0023", "OJ:L:2001:082:16"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("cs", "Povinnosti upravují čl. 8–11 nařízení 2023/1115.", ["CELEX:32023R1115:8-11"]),
        ("cs", "Povinnosti upravují čl. 8-11 směrnice 2019/1937.", ["CELEX:32019L1937:8-11"]),
        ("sk", "Povinnosti upravujú čl. 8–11 nariadenia 2023/1115.", ["CELEX:32023R1115:8-11"]),
        ("pl", "Określają to art. 8–11 rozporządzenia 2023/1115.", ["CELEX:32023R1115:8-11"]),
        # a hyphenated number after an act word is still an act
        ("pl", "Stosuje się rozporządzenie nr 1-2003.", ["CELEX:32003R0001"]),
    ],
)
def test_article_range_before_an_act_word(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "el",
            "Ειδικότερα, αντικαταστάθηκαν τα άρθρα 14, 33 και 35 και προστέθηκε το άρθρο "
            "14α της Οδηγίας 2006/112/ΕΚ.",
        ),
        (
            "es",
            "En particular, se sustituyeron los artículos 14, 33 y 35 y se añadió el "
            "artículo 14 bis de la Directiva 2006/112/CE.",
        ),
        (
            "cs",
            "Zejména byly nahrazeny články 14, 33 a 35 a vložen článek 14a směrnice 2006/112/ES.",
        ),
        (
            "bg",
            "По-специално бяха заменени членове 14, 33 и 35 и беше добавен член 14а от "
            "Директива 2006/112/ЕО.",
        ),
    ],
)
def test_articles_coordinated_by_a_verb(lang: str, text: str) -> None:
    assert _keys(text, lang) == [f"{VAT}:14", f"{VAT}:33", f"{VAT}:35", f"{VAT}:14a"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the first chain names an instrument of its own, or something else stands
        # between the chain and the "and" word
        ("en", "Article 3 of the Law and Article 5 of Directive 2006/112/EC apply."),
        ("en", "Article 3 shall apply and Article 5 of Directive 2006/112/EC shall not."),
        ("es", "El artículo 3 de la Ley y se añadió el artículo 5 de la Directiva 2006/112/CE."),
        ("cs", "Článek 3 zákona a vložen článek 5 směrnice 2006/112/ES."),
    ],
)
def test_articles_coordinated_negatives(lang: str, text: str) -> None:
    assert _keys(text, lang) == [f"{VAT}:5"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Касаторът се позовава на чл. 6, § 1 от Конвенцията за защита на правата на "
            "човека и основните свободи.",
            ["ECHR:6(1)"],
        ),
        ("Жалбоподателят сочи нарушение на чл. 8 от КЗПЧОС.", ["ECHR:8"]),
        (
            "Ратифицирана е Конвенцията за защита на правата на човека и биомедицината.",
            [],
        ),
    ],
)
def test_bulgarian_formal_name_of_the_echr(text: str, keys: list[str]) -> None:
    assert _keys(text, "bg") == keys


MDR = "CELEX:32017R0745"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # annexes "thereto", after the act completed an annex of its own
        (
            "en",
            "Classification is set out in Annex VIII to Regulation (EU) 2017/745, while the "
            "requirements are in Annexes I and IX thereto.",
        ),
        (
            "bg",
            "Класификацията е в приложение VIII към Регламент (ЕС) 2017/745, а изискванията "
            "са в приложения I и IX към него.",
        ),
        (
            "hr",
            "Razvrstavanje je u Prilogu VIII. Uredbi (EU) 2017/745, a zahtjevi u prilozima I. "
            "i IX. toj uredbi.",
        ),
        (
            "cs",
            "Klasifikace je v příloze VIII k nařízení (EU) 2017/745, požadavky pak v přílohách "
            "I a IX k uvedenému nařízení.",
        ),
    ],
)
def test_annexes_thereto(lang: str, text: str) -> None:
    assert _keys(text, lang) == [f"{MDR}:annex-VIII", f"{MDR}:annex-I", f"{MDR}:annex-IX"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # the Croatian plural annex word is an annex before its numbers only
        (
            "hr",
            "Zahtjevi su u prilozima I. i IX. Uredbe (EU) 2017/745.",
            [f"{MDR}:annex-I", f"{MDR}:annex-IX"],
        ),
        ("hr", "Prilozi Uredbi (EU) 2017/745 mijenjaju se.", [MDR]),
        ("hr", "Dostavljeni su prilozi uz zahtjev.", []),
        ("en", "Decision 2010/131/EU and the amendments thereto apply.", ["CELEX:32010D0131"]),
    ],
)
def test_annexes_thereto_negatives(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # a pre-1989 case number after the Court's abbreviation in capitals or a short
        # abbreviation with its dot ("Βλ.", "Vgl.") before the citation of its reports
        ("el", "Βλ. ΔΕΚ 26/62, Van Gend en Loos, Συλλ. 1963, σ. 3.", ["CJEU:C-26/62"]),
        ("de", "Vgl. EuGH 6/64, Costa/ENEL, Slg. 1964, 1251.", ["CJEU:C-6/64"]),
        ("fr", "Voir CJCE 6/64, Costa, Rec. 1964, p. 1141.", ["CJEU:C-6/64"]),
        ("en", "Cf. ECJ 26/62 Van Gend en Loos [1963] ECR 1.", ["CJEU:C-26/62"]),
        # ... never after a national act's word
        ("es", "La Ley 14/86, General de Sanidad, Rec. 1986, p. 3.", []),
    ],
)
def test_old_case_after_a_short_word(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # "έως και" (up to and including) makes a range
        ("σύμφωνα με τα άρθρα 5 έως και 7 του Κανονισμού (ΕΕ) 2019/1150", ["CELEX:32019R1150:5-7"]),
        ("τα άρθρα 1 μέχρι και 10 της Οδηγίας 2019/1937/ΕΕ", ["CELEX:32019L1937:1-10"]),
        # "υπ' αριθ." before an act's number
        ("Σύμφωνα με τον Κανονισμό υπ' αριθ. 1169/2011 της ΕΕ, οι ετικέτες", ["CELEX:32011R1169"]),
        ("Σύμφωνα με τον Κανονισμό (ΕΕ) υπ’ αριθ. 1169/2011", ["CELEX:32011R1169"]),
        # ... but "αριθμ." is a national decision's number word
        ("κατά της υπ’ αριθμ. 52/2022 απόφασης της Αρχής Προστασίας Δεδομένων", []),
        # "αριθ." numbers a point of an article
        ("Το άρθρο 4 αριθ. 11 ΓΚΠΔ ορίζει τη συγκατάθεση.", [f"{GDPR}:4"]),
        (
            "κατά το άρθρο 7 αριθ. 1 στοιχ. β΄ του Κανονισμού (ΕΕ) 1215/2012",
            ["CELEX:32012R1215:7(1)(b)"],
        ),
        ("το άρθρο 5 του Κανονισμού (ΕΚ) αριθ. 1169/2011", ["CELEX:32011R1169:5"]),
    ],
)
def test_greek_ranges_numbers_and_points(text: str, keys: list[str]) -> None:
    assert _keys(text, "el") == keys


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        # UN conventions with the United Nations written out, as EP visas name them
        (
            "bg",
            "Конвенцията на Организацията на обединените нации за правата на детето,",
            "CRC",
        ),
        (
            "bg",
            "Конвенцията на Организацията на обединените нации за правата на хората с увреждания",
            "CRPD",
        ),
        (
            "bg",
            "като взе предвид Конвенцията на ООН против изтезанията,",
            "CAT",
        ),
        ("cs", "s ohledem na Úmluvu Organizace spojených národů o právech dítěte,", "CRC"),
        (
            "cs",
            "Úmluvu Organizace spojených národů o právech osob se zdravotním postižením,",
            "CRPD",
        ),
        ("el", "έχοντας υπόψη τη Σύμβαση των Ηνωμένων Εθνών για τα Δικαιώματα του Παιδιού,", "CRC"),
        (
            "el",
            "τη Σύμβαση των Ηνωμένων Εθνών για τα δικαιώματα των ατόμων με αναπηρίες,",
            "CRPD",
        ),
        ("el", "έχοντας υπόψη τη Σύμβαση των Ηνωμένων Εθνών κατά των βασανιστηρίων,", "CAT"),
        (
            "nl",
            "het Verdrag van de Verenigde Naties inzake de rechten van personen met een handicap,",
            "CRPD",
        ),
        ("nl", "gezien het Verdrag van de Verenigde Naties inzake de rechten van het kind,", "CRC"),
        ("pl", "uwzględniając Konwencję Narodów Zjednoczonych przeciwko torturom,", "CAT"),
        ("sl", "ob upoštevanju Konvencije Združenih narodov proti mučenju,", "CAT"),
        ("hr", "uzimajući u obzir Konvenciju Ujedinjenih naroda protiv mučenja,", "CAT"),
        ("lv", "ņemot vērā ANO Konvenciju par bērnu tiesībām,", "CRC"),
        ("hu", "tekintettel az ENSZ gyermekjogi egyezményére,", "CRC"),
        ("sk", "so zreteľom na Dohovor Organizácie Spojených národov o právach dieťaťa,", "CRC"),
    ],
)
def test_un_conventions_with_the_un_written_out(lang: str, text: str, key: str) -> None:
    assert _keys(text, lang) == [key]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # "the cited", "the above-mentioned", "the … in question" act in a later sentence
        (
            "cs",
            "Jde o směrnici 2011/83/EU. Článek 9 citované směrnice upravuje odstoupení.",
            ["CELEX:32011L0083", "CELEX:32011L0083:9"],
        ),
        (
            "cs",
            "Jde o směrnici 2011/83/EU. Článek 9 výše uvedené směrnice upravuje odstoupení.",
            ["CELEX:32011L0083", "CELEX:32011L0083:9"],
        ),
        (
            "cs",
            "Platí nařízení (EU) 2016/679. Článek 6 předmětného nařízení upravuje zákonnost.",
            [GDPR, f"{GDPR}:6"],
        ),
        (
            "sk",
            "Ide o smernicu 2011/83/EÚ. Článok 9 citovanej smernice upravuje odstúpenie.",
            ["CELEX:32011L0083", "CELEX:32011L0083:9"],
        ),
        (
            "sk",
            "Platí nariadenie (EÚ) 2016/679. Článok 6 vyššie uvedeného nariadenia upravuje.",
            [GDPR, f"{GDPR}:6"],
        ),
        # a national act cited after the word is not the EU act
        ("cs", "Podle citovaného nařízení vlády č. 361/2007 Sb. článek 5 neplatí.", []),
        # bg page abbreviation "с."
        (
            "bg",
            "Директива 95/46/ЕО (ОВ L 281 от 23.11.1995 г., с. 31)",
            ["CELEX:31995L0046", "OJ:L:1995:281:31"],
        ),
    ],
)
def test_cited_act_anaphors_and_page_words(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # el: the bare capitalised "Κανονισμού" is the last regulation cited, as es
        # "del Reglamento" is, not the EP Rules
        (
            "Κανονισμός (ΕΕ) 2016/679. Το άρθρο 6 του Κανονισμού ρυθμίζει τη νομιμότητα.",
            [GDPR, f"{GDPR}:6"],
        ),
        (
            "Κανονισμός (ΕΕ) 2016/679. Το άρθρο 6 του Κανονισμού αυτού ρυθμίζει.",
            [GDPR, f"{GDPR}:6"],
        ),
        # ... with no regulation before it, and "its Rules", they are the Parliament's
        ("Το Ευρωπαϊκό Κοινοβούλιο, έχοντας υπόψη το άρθρο 54 του Κανονισμού,", ["EP-RULES:54"]),
        (
            "έχοντας υπόψη τον Κανονισμό (ΕΕ) 2016/679 και το άρθρο 54 του Κανονισμού του,",
            [GDPR, "EP-RULES:54"],
        ),
    ],
)
def test_greek_regulation_word_after_a_regulation(text: str, keys: list[str]) -> None:
    assert _keys(text, "el") == keys

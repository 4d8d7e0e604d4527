"""EU act numbers in the surfaces texts really use, in several languages.

One recogniser reads the number shapes; act words, abbreviations, domains and
national-law words come from the language files, the CELEX descriptor from
data/act_kinds.toml.  Negatives: national laws and numbers that only look like acts.
"""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # abbreviated act words
        (
            "de",
            "Die Koordinierung richtet sich nach der VO 1408/71 und der RL 2004/38/EG.",
            ["CELEX:31971R1408", "CELEX:32004L0038"],
        ),
        (
            "en",
            "The Commission relied on Reg. 1/2003 and on Dir. 2000/78 on equal treatment.",
            ["CELEX:32003R0001", "CELEX:32000L0078"],
        ),
        (
            "fr",
            "conformément au règl. (CE) n° 1049/2001 et à la dir. 2004/38/CE,",
            ["CELEX:32001R1049", "CELEX:32004L0038"],
        ),
        (
            "nl",
            "Zie Vo. (EG) nr. 883/2004 en Richtl. 2004/38/EG over het vrije verkeer.",
            ["CELEX:32004R0883", "CELEX:32004L0038"],
        ),
        # number in brackets after a short name, or alone in brackets
        (
            "en",
            "Jurisdiction is governed by the Brussels I bis Regulation (1215/2012).",
            ["CELEX:32012R1215"],
        ),
        (
            "en",
            "Member States transposed the directive [2018/1972] establishing the Code.",
            ["CELEX:32018L1972"],
        ),
        (
            "de",
            "die Brüssel-Ia-Verordnung (1215/2012) gilt für Klagen ab 2015.",
            ["CELEX:32012R1215"],
        ),
        # spaces and stray punctuation inside, a stray "No" before a year-first number
        (
            "en",
            "Regulation (EU) 2019/ 1150 on promoting fairness for business users",
            ["CELEX:32019R1150"],
        ),
        ("it", "regolamento (CE) n . 1234/2007 del Consiglio", ["CELEX:32007R1234"]),
        ("fr", "le règlement (UE) n° 2019/945 de la Commission", ["CELEX:32019R0945"]),
        # the domain without brackets
        (
            "nl",
            "Verordening EU 2019/1150 is van toepassing op onlinediensten.",
            ["CELEX:32019R1150"],
        ),
        ("de", "nach Verordnung EU 2016/679 verarbeitet", ["CELEX:32016R0679"]),
        # hyphens for slashes (converted judgments)
        (
            "fr",
            "l'interprétation de la directive 2006-123-CE relative aux services, "
            "qui abroge la directive 92-61-CEE du Conseil",
            ["CELEX:32006L0123", "CELEX:31992L0061"],
        ),
        ("fr", "3 La directive 2002-24 instaure la procédure", ["CELEX:32002L0024"]),
        ("es", "la Directiva 2006-123-CE relativa a los servicios", ["CELEX:32006L0123"]),
        # the type word after the number
        ("hu", "a 2008/615/IB tanácsi határozat végrehajtásáról", ["CELEX:32008D0615"]),
        # framework decisions: descriptor F, singular and plural
        (
            "en",
            "Framework Decisions 2008/978/JHA and 2009/315/JHA were repealed.",
            ["CELEX:32008F0978", "CELEX:32009F0315"],
        ),
        (
            "nl",
            "Europees aanhoudingsbevel Kaderbesluit 2002/584/JBZ",
            ["CELEX:32002F0584"],
        ),
        (
            "fr",
            "les décisions-cadres 2008/978/JAI et 2009/315/JAI",
            ["CELEX:32008F0978", "CELEX:32009F0315"],
        ),
        # ECB guidelines: descriptor O, only with a domain
        (
            "en",
            "remuneration set out in Guideline (EU) 2019/671 of the European Central Bank "
            "(ECB/2019/7)",
            ["CELEX:32019O0671"],
        ),
        (
            "mt",
            "huma stabbiliti fil-Linji Gwida (UE) 2019/671 (BĊE/2019/7) (1), (UE) 2024/1211 "
            "(BĊE/2024/13) (2) tal-Bank Ċentrali Ewropew",
            ["CELEX:32019O0671", "CELEX:32024O1211"],
        ),
        (
            "de",
            "gemäß der Leitlinie (EU) 2022/912 der Europäischen Zentralbank",
            ["CELEX:32022O0912"],
        ),
        # upper-case titles
        ("fr", "RÈGLEMENT (UE) 2016/679 DU PARLEMENT EUROPÉEN ET DU CONSEIL", ["CELEX:32016R0679"]),
        ("cs", "SMĚRNICE EVROPSKÉHO PARLAMENTU A RADY 2006/123/ES", ["CELEX:32006L0123"]),
        # bare CELEX numbers of every sector keep their digits
        (
            "en",
            "See 62018CJ0311 and the written question 92001E000165.",
            ["CELEX:62018CJ0311", "CELEX:92001E000165"],
        ),
        # ... the Treaties' (sector 1) with the article in three digits
        ("de", "Rechtsgrundlage:\n\n12012E114\n\nGeänderte Rechtsakte:", ["CELEX:12012E114"]),
        ("fr", "Base juridique : 12008E095 - A1", ["CELEX:12008E095"]),
        ("en", "Legal basis: 11957E100 and 11997E095", ["CELEX:11957E100", "CELEX:11997E095"]),
        # ... a database's label glued to the number, that label only
        (
            "en",
            "End of Effective Date31 December 9999\nCelex Number32011R1007\nELI",
            ["CELEX:32011R1007"],
        ),
        ("de", "CELEX Nummer32016R0425 (Verordnung)", ["CELEX:32016R0425"]),
        ("en", "Reference32011R1007 and ABC32016R0425", []),
        # the Union's domain exists since 2009: the number after "No" is year first
        (
            "de",
            "Dieser Anhang wurde durch die Delegierte Verordnung (EU) Nr. 2016/1969 geändert.",
            ["CELEX:32016R1969"],
        ),
        ("fr", "le règlement délégué (UE) n° 2019/945 de la Commission", ["CELEX:32019R0945"]),
        ("sk", "nariadenie Komisie (EÚ) č. 2016/1969", ["CELEX:32016R1969"]),
        # ... the Community's keeps its number first
        ("en", "Commission Regulation (EC) No 2023/2006", ["CELEX:32006R2023"]),
        ("cs", "nařízení Komise (ES) č. 2023/2006", ["CELEX:32006R2023"]),
        # a CFSP domain makes a common position a CFSP act (descriptor E)
        ("mt", "il-Kunsill adotta l-Pożizzjoni Komuni 2009/788/PESK", ["CELEX:32009E0788"]),
        ("fr", "la position commune 2009/788/PESC du Conseil", ["CELEX:32009E0788"]),
        ("de", "den Gemeinsamen Standpunkt 2009/788/GASP des Rates", ["CELEX:32009E0788"]),
        # a JHA domain makes a joint action or common position an act of police and
        # judicial cooperation in criminal matters (descriptor F, as framework decisions)
        ("el", "την κατάργηση της κοινής δράσης 98/428/ΔΕΥ του Συμβουλίου", ["CELEX:31998F0428"]),
        ("en", "Council Joint Action 97/827/JHA on mutual evaluation", ["CELEX:31997F0827"]),
        ("fr", "la position commune 2005/69/JAI du Conseil", ["CELEX:32005F0069"]),
        ("it", "l'azione comune 96/277/GAI del Consiglio", ["CELEX:31996F0277"]),
        # ... a CFSP joint action stays E, a JHA decision D
        ("en", "Council Joint Action 2008/124/CFSP", ["CELEX:32008E0124"]),
        ("en", "Council Decision 2002/187/JHA", ["CELEX:32002D0187"]),
        # a court's keyword line: the act word before the dash ends another phrase
        # ("decision"); the number's own word follows the number
        ("hu", "Adatvédelem – határozat – 2016/679/EU rendelet – Hatály", ["CELEX:32016R0679"]),
        ("fi", "Yhteistyö – päätös – 2014/41/EU direktiivi – Soveltamisala", ["CELEX:32014L0041"]),
        ("lv", "Sadarbība – lēmums – 2014/41/ES direktīva – Piemērošana", ["CELEX:32014L0041"]),
        ("lt", "Bendradarbiavimas – sprendimas – 2014/41/ES direktyva", ["CELEX:32014L0041"]),
        # ... with no word after the number the word before still names it
        ("en", "Council Decision - 2009/148/EC", ["CELEX:32009D0148"]),
        # pl genitive plural of the act word
        (
            "pl",
            "tłumaczenie projektu nowelizacji rozporządzeń nr 883/2004 oraz 987/2009.",
            ["CELEX:32004R0883", "CELEX:32009R0987"],
        ),
        # it: the year after "del", with a domain or as an act cited before with a slash
        (
            "it",
            "per le modifiche apportate a tale articolo dal Regolamento CE n. 465 del 2012",
            ["CELEX:32012R0465"],
        ),
        (
            "it",
            "Il Regolamento (UE) 2021/782 entra in vigore il 7 giugno. Chi si aspettava "
            "innovazioni con l'introduzione del regolamento n 782 del 2021, non le troverà.",
            ["CELEX:32021R0782", "CELEX:32021R0782"],
        ),
        (
            "it",
            "(Reg. CE n°1177/2010 del 24/11/2010). In questa sede analizzeremo il Regolamento "
            "europeo n°1177 del 2010, focalizzando l'attenzione su:",
            ["CELEX:32010R1177", "CELEX:32010R1177"],
        ),
        # it: news sites write the domain in title case
        (
            "it",
            "Il nuovo regolamento, inoltre, abroga il regolamento (Ce) n. 1005/2009.",
            ["CELEX:32009R1005"],
        ),
        (
            "it",
            "la direttiva 2008/98/Ce e il regolamento (Cee) n. 1408/71 del Consiglio",
            ["CELEX:32008L0098", "CELEX:31971R1408"],
        ),
    ],
)
def test_act_numbers_in_non_canonical_surfaces(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # national laws inside or after a list of EU acts
        (
            "lv",
            "saskaņā ar Regulas (ES) Nr. 1303/2013 un likuma Nr. 12/1999 3. pantu",
            ["CELEX:32013R1303"],
        ),
        (
            "fr",
            "le règlement (UE) n° 2016/679 et la loi n° 78-17 du 6 janvier 1978",
            ["CELEX:32016R0679"],
        ),
        (
            "es",
            "el Reglamento (UE) 2016/679 y la Ley Orgánica 3/2018 de protección de datos",
            ["CELEX:32016R0679"],
        ),
        ("pl", "rozporządzenia (UE) 2016/679 oraz ustawy nr 12/1999", ["CELEX:32016R0679"]),
        # it: national acts numbered with the year after "del"; a national circular cited
        # with a slash elsewhere is no evidence of an EU act
        ("it", "ai sensi della legge n. 241 del 1990 e del regolamento n. 3 del 2010", []),
        (
            "it",
            "i regolamenti CE n. 883/2004 e CE n. 987/2009 (circolare n. 83 del 2010), "
            "come precisato al punto 14 della circolare INPS 83/2010",
            ["CELEX:32004R0883", "CELEX:32009R0987"],
        ),
        # an EDPB guideline number is no ECB guideline
        ("en", "see Guidelines 05/2020 on consent under the GDPR", []),
        # a period and a date with hyphens are no act numbers
        ("fr", "la directive pour la période 2014-2020 et le 2006-12-31", []),
        # et "määrus nr" is a minister's or the Government's regulation, also where the
        # Union is named earlier in the sentence
        ("et", "Eesti õiguses kehtib majandusministri määrus nr 28/2010.", []),
        ("et", "EL õiguse kohaselt kehtib Vabariigi Valitsuse määrus nr 12/2005.", []),
    ],
)
def test_numbers_that_are_not_eu_acts(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Euroopa Liidu Teatajas on avaldatud uus EL määrus nr 66/2010, millega asendatakse "
            "senine EL ökomärgise määrus nr 1980/2000.",
            ["CELEX:32010R0066", "CELEX:32000R1980"],
        ),
        ("Kohaldatakse EÜ määrus nr 1907/2006 (REACH).", ["CELEX:32006R1907"]),
    ],
)
def test_a_domain_word_makes_a_national_looking_act_word_the_unions(
    text: str, expected: list[str]
) -> None:
    """et "määrus nr" names national regulations, but after the Union's domain word ("EL
    määrus nr 66/2010", one word may stand between) the number is an EU act's."""
    assert keys(text, "et") == expected


def test_bracketed_number_keeps_its_brackets_in_the_surface() -> None:
    text = "the Brussels I bis Regulation (1215/2012) applies"
    (cite,) = citeresolve.extract(text, lang="en")
    # The popular name before the act word is part of the reference (one citation).
    assert text[cite.start : cite.end] == "Brussels I bis Regulation (1215/2012)"


@pytest.mark.parametrize("code", citeresolve.EU_LANGUAGES)
def test_every_language_s_cfsp_abbreviation_makes_a_common_position_a_cfsp_act(
    code: str,
) -> None:
    """A Council common position is a CFSP act (sector 3, E) only when its domain is the
    CFSP's abbreviation listed in data/act_domains.toml; one language missing there reads
    every CFSP common position of that language as a co-decision one (5...AG): mt
    "Pożizzjoni Komuni 2009/788/PESK" gave CELEX:52009AG0788."""
    from citeresolve.knowledge.data import table
    from citeresolve.knowledge.lang import load

    cfsp = set(table("act_domains.toml")["cfsp"])
    acts = load(code).section("acts")
    ours = [d for d in acts["domains"] if d in cfsp]
    assert ours, f"{code}: none of its domains {acts['domains']} is in act_domains cfsp"
    word = acts["common_position"][0].replace("*", "")
    text = f"{word} 2009/788/{ours[0]}"
    assert keys(text, code) == ["CELEX:32009E0788"], text


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A corrigendum's CELEX number is not the act it corrects: neither is read.
        (
            "ro",
            "Document 32003L0087R(06)\n\nRectificare la Directiva 2003/87/CE",
            ["CELEX:32003L0087"],
        ),
        ("mt", "Document 32019R0947R(01)\n\nRettifika", []),
        ("fr", "Document 32011R0305R(04) Rectificatif", []),
        # The act's own CELEX number, and one with a consolidation-style suffix, still are.
        (
            "de",
            "Dokument 32011R0305 und CELEX:32016R0679(01)",
            ["CELEX:32011R0305", "CELEX:32016R0679(01)"],
        ),
    ],
)
def test_corrigendum_celex_numbers(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Article 5 of Directive 2006/42/EC applies. This guide presents the scope of "
            "2006/42/EC today.",
            ["CELEX:32006L0042:5", "CELEX:32006L0042"],
        ),
        (
            "de",
            "Artikel 3 der Richtlinie 2014/35/EU gilt. Die Anforderungen von 2014/35/EU "
            "sind streng.",
            ["CELEX:32014L0035:3", "CELEX:32014L0035"],
        ),
        (
            "el",
            "(άρθρο 1 Οδηγίας 2011/24/ΕΕ) 1. Στόχος του νόμου είναι η προσαρμογή προς τις "
            "διατάξεις της Οδη γίας 2011/24/ΕΕ του Ευρωπαϊκού Κοινοβουλίου",
            ["CELEX:32011L0024:1", "CELEX:32011L0024"],
        ),
        (
            "fr",
            "l'article 4 de la directive 2011/83/UE. Le champ de 2011/83/UE est large.",
            ["CELEX:32011L0083:4", "CELEX:32011L0083"],
        ),
        # A list still shares the article before it.
        (
            "en",
            "Articles 2 and 3 of Directives 2006/42/EC and 2014/35/EU",
            [
                "CELEX:32006L0042:2",
                "CELEX:32006L0042:3",
                "CELEX:32014L0035:2",
                "CELEX:32014L0035:3",
            ],
        ),
    ],
)
def test_a_number_read_again_is_no_member_of_the_earlier_list(
    lang: str, text: str, expected: list[str]
) -> None:
    # The same number without its act word later on is the act itself, not one more
    # act of the list the article before the first mention pins.
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected

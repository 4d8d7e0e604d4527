"""Issue 13, "links that are right": each numbered item on real keys and text."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources
from typing import Any

import pytest

import citeresolve
from citeresolve.cli import main
from citeresolve.resolve.offline import (
    correspondence,
    eli_typedoc,
    label_data,
    rules_versions,
    treaty_version_at,
)

EURLEX = "https://eur-lex.europa.eu/legal-content"
INFOCURIA = "https://infocuria.curia.europa.eu/tabs/redirect/juris/liste.jsf"


def _data(name: str) -> dict[str, Any]:
    with (resources.files("citeresolve") / "data" / name).open("rb") as fh:
        return tomllib.load(fh)


def kinds(result: citeresolve.Resolution) -> dict[str, str]:
    return {link.kind: link.url for link in result.alternatives}


# --- 1. COM, SWD and JOIN documents


def test_com_communication_links_by_number_not_a_proposal_celex() -> None:
    # The European Green Deal, COM(2019) 640, is a communication: 52019PC0640 does not exist.
    result = citeresolve.resolve("COM(2019)640")
    assert result.url == f"{EURLEX}/EN/TXT/?uri=COM:2019:640:FIN"
    assert "52019PC0640" not in " ".join(kinds(result).values())
    assert kinds(result)["pdf"] == f"{EURLEX}/EN/TXT/PDF/?uri=COM:2019:640:FIN"


@pytest.mark.parametrize(
    "text",
    [
        "Proposal for a Regulation laying down harmonised rules on artificial intelligence "
        "(COM(2021) 206 final)",
        "– having regard to the Commission proposal to Parliament and the Council (COM(2021)0206),",
        "(COM(2021)0206 – C9-0146/2021 – 2021/0106(COD))",
    ],
)
def test_com_proposal_gets_its_pc_celex_as_an_alternative(text: str) -> None:
    (citation,) = [c for c in citeresolve.extract(text, lang="en") if c.type == "com_doc"]
    result = citeresolve.resolve(citation)
    assert result.url == f"{EURLEX}/EN/TXT/?uri=COM:2021:206:FIN"
    assert (result.celex, kinds(result)["eur-lex"]) == (
        "52021PC0206",
        f"{EURLEX}/EN/TXT/?uri=CELEX:52021PC0206",
    )


def test_com_proposal_word_in_another_language() -> None:
    text = "gezien het voorstel van de Commissie aan het Parlement en de Raad (COM(2021)0206),"
    (citation,) = [c for c in citeresolve.extract(text, lang="nl") if c.type == "com_doc"]
    assert citeresolve.resolve(citation, lang="nl").celex == "52021PC0206"


def test_swd_has_one_descriptor_and_join_links_by_celex() -> None:
    swd = citeresolve.resolve("SWD(2020)198")
    assert swd.url == f"{EURLEX}/EN/TXT/?uri=SWD:2020:198:FIN"
    assert (swd.celex, kinds(swd)["eur-lex"]) == (
        "52020SC0198",
        f"{EURLEX}/EN/TXT/?uri=CELEX:52020SC0198",
    )
    join = citeresolve.resolve("JOIN(2016)40", lang="fr")
    assert join.url == f"{EURLEX}/FR/TXT/?uri=CELEX:52016JC0040"
    assert kinds(join)["by_number"] == f"{EURLEX}/FR/TXT/?uri=JOIN:2016:40:FIN"


# --- 2. treaties by date, correspondences


@pytest.mark.parametrize(
    ("date", "celex"),
    [
        ("1970-01-01", "11957E"),
        ("1993-10-31", "11957E"),
        ("1993-11-01", "11992E"),
        ("1999-04-30", "11992E"),
        ("1999-05-01", "11997E"),
        ("2003-02-01", "12002E"),
        ("2007-06-01", "12006E"),
    ],
)
def test_ec_treaty_version_in_force(date: str, celex: str) -> None:
    version = treaty_version_at("TEC", dt.date.fromisoformat(date))
    assert version is not None and version.celex == celex


def test_article_177_in_1994_is_the_preliminary_ruling_article() -> None:
    result = citeresolve.resolve("TEC:177", date="1994-03-01")
    assert result.url == f"{EURLEX}/EN/TXT/?uri=CELEX:11992E177"
    assert result.current == "TFEU:267"
    assert kinds(result)["current_equivalent"] == f"{EURLEX}/EN/TXT/?uri=CELEX:12016E267"
    # In 2002 Article 177 EC is development cooperation: no preliminary-ruling equivalent.
    later = citeresolve.resolve("TEC:177", date="2002-06-01")
    assert later.url == f"{EURLEX}/EN/TXT/?uri=CELEX:11997E177" and later.current is None


def test_lineage_through_both_renumberings() -> None:
    result = citeresolve.resolve("TEC:177", date="1980-05-01")
    assert result.lineage == ("Article 177 EEC", "Article 234 EC", "Article 267 TFEU")
    german = citeresolve.resolve("TEC:177", lang="de", date="1980-05-01")
    assert german.lineage == ("Artikel 177 EWG", "Artikel 234 EG", "Artikel 267 AEUV")


@pytest.mark.parametrize(
    ("key", "date", "reason"),
    [
        ("TEC:249", "1994-01-01", "which has 248 articles"),
        ("TEC:249", "1980-01-01", "which has 248 articles"),
        ("TEC:315", "2005-01-01", "which has 314 articles"),
        ("TEU:6", "1995-01-01", "letters"),
        ("TEU:54", "2005-01-01", "which has 53 articles"),
    ],
)
def test_article_validated_against_the_version(key: str, date: str, reason: str) -> None:
    result = citeresolve.resolve(key, date=date)
    assert (result.status, result.url) == ("invalid", None)
    assert reason in str(result.reason)


def test_undated_ec_treaty_warns() -> None:
    result = citeresolve.resolve("TEC:95")
    assert result.ok and "no date given" in result.warnings[0]
    assert not citeresolve.resolve("TEC:95", date="2005-01-01").warnings


def test_lisbon_consolidations_link_the_latest_and_offer_the_one_in_force() -> None:
    result = citeresolve.resolve("TFEU:267", date="2011-01-01")
    assert result.url == f"{EURLEX}/EN/TXT/?uri=CELEX:12016E267"
    assert kinds(result)["version_in_force"] == f"{EURLEX}/EN/TXT/?uri=CELEX:12010E267"


def test_old_teu_numbers_and_their_lisbon_equivalent() -> None:
    result = citeresolve.resolve("TEU:11", date="2005-01-01")
    assert result.url == f"{EURLEX}/EN/TXT/?uri=CELEX:12002M011"
    assert result.current == "TEU:24"


# At least twenty articles across the renumberings: (EEC/Maastricht, Amsterdam, Lisbon).
CORRESPONDENCES = [
    ("7", "12", "TFEU:18"),
    ("9", "23", "TFEU:28"),
    ("30", "28", "TFEU:34"),
    ("36", "30", "TFEU:36"),
    ("48", "39", "TFEU:45"),
    ("52", "43", "TFEU:49"),
    ("59", "49", "TFEU:56"),
    ("73b", "56", "TFEU:63"),
    ("85", "81", "TFEU:101"),
    ("86", "82", "TFEU:102"),
    ("92", "87", "TFEU:107"),
    ("100a", "95", "TFEU:114"),
    ("113", "133", "TFEU:207"),
    ("119", "141", "TFEU:157"),
    ("130r", "174", "TFEU:191"),
    ("164", "220", "TEU:19"),
    ("169", "226", "TFEU:258"),
    ("173", "230", "TFEU:263"),
    ("177", "234", "TFEU:267"),
    ("189", "249", "TFEU:288"),
    ("215", "288", "TFEU:340"),
    ("228", "300", "TFEU:218"),
    ("235", "308", "TFEU:352"),
]


@pytest.mark.parametrize(("eec", "amsterdam", "lisbon"), CORRESPONDENCES)
def test_correspondence_table(eec: str, amsterdam: str, lisbon: str) -> None:
    row = correspondence("eec", eec)
    assert row is not None and (str(row["amsterdam"]), row["lisbon"]) == (amsterdam, lisbon)
    assert correspondence("amsterdam", amsterdam) == row
    if amsterdam.isdigit():
        result = citeresolve.resolve(f"TEC:{amsterdam}", date="2005-01-01")
        assert result.current == lisbon
        assert kinds(result)["current_equivalent"] == citeresolve.resolve(lisbon).url


def test_maastricht_numbering_differs_from_the_eec_one_where_it_should() -> None:
    # Non-discrimination: Article 7 EEC, Article 6 of the EC Treaty after Maastricht.
    assert citeresolve.resolve("TEC:7", date="1980-01-01").current == "TFEU:18"
    assert citeresolve.resolve("TEC:6", date="1995-01-01").current == "TFEU:18"
    assert citeresolve.resolve("TEC:6", date="1980-01-01").current is None


@pytest.mark.parametrize(("old", "new"), [("6", "TEU:6"), ("11", "TEU:24"), ("17", "TEU:42")])
def test_teu_correspondence(old: str, new: str) -> None:
    assert citeresolve.resolve(f"TEU:{old}", date="2004-01-01").current == new


def test_text_output_shows_the_current_equivalent(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "TEC:177", "--date", "1980-05-01", "--format", "text"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "CELEX:11957E177" in out[0]
    assert "Article 177 EEC → Article 234 EC → Article 267 TFEU" in out[1]
    assert out[1].endswith(f"{EURLEX}/EN/TXT/?uri=CELEX:12016E267")


def test_jsonl_output_carries_current_and_lineage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "TEC:95", "--date", "2004-05-01"]) == 0
    out = capsys.readouterr().out
    assert '"current":"TFEU:114"' in out and '"lineage":["Article 95 EC","Article 114 TFEU"]' in out


# --- 3. ELI types


@pytest.mark.parametrize(
    ("text", "lang", "eli"),
    [
        ("Commission Implementing Regulation (EU) 2019/947", "en", "reg_impl/2019/947"),
        ("Commission Delegated Regulation (EU) 2019/945", "en", "reg_del/2019/945"),
        ("Durchführungsbeschluss (EU) 2021/914 der Kommission", "de", "dec_impl/2021/914"),
        ("règlement délégué (UE) 2019/945 de la Commission", "fr", "reg_del/2019/945"),
        ("Gedelegeerde Verordening (EU) 2019/945 van de Commissie", "nl", "reg_del/2019/945"),
        ("Commission Delegated Directive (EU) 2021/1226", "en", "dir_del/2021/1226"),
        ("Commission Implementing Directive 2014/20/EU", "en", "dir_impl/2014/20"),
    ],
)
def test_act_word_gives_the_eli_type(text: str, lang: str, eli: str) -> None:
    (citation,) = [c for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]
    assert citeresolve.resolve(citation, lang=lang).eli == f"http://data.europa.eu/eli/{eli}/oj"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Article 5 of Commission Implementing Decision (EU) 2021/914", "en"),
        ("Artikel 28 des Durchführungsbeschlusses (EU) 2021/914 der Kommission", "de"),
    ],
)
def test_act_word_after_an_article(text: str, lang: str) -> None:
    (citation,) = [c for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]
    assert citation.parts.pin is not None
    assert citeresolve.resolve(citation, lang=lang).eli == (
        "http://data.europa.eu/eli/dec_impl/2021/914/oj"
    )


def test_unknown_act_kind_is_no_certain_eli() -> None:
    # A regulation since 2010 may be an implementing or delegated one: no guessed ELI.
    result = citeresolve.resolve("CELEX:32019R0947")
    assert result.eli is None
    assert kinds(result)["eli_unconfirmed"] == "http://data.europa.eu/eli/reg/2019/947/oj"
    # The word of another act in the same sentence does not count.
    text = "Implementing Regulation (EU) 2019/947 and Regulation (EU) 2016/679"
    gdpr = [c for c in citeresolve.extract(text, lang="en")][-1]
    assert citeresolve.resolve(gdpr).eli is None


@pytest.mark.parametrize(
    ("celex", "typedoc"),
    [
        ("32001R1049", "reg"),  # before 2010: never implementing or delegated
        ("32004D0001", "dec"),
        ("32011L0083", "dir"),  # "dir" is the register's alias of dir_impl/dir_del
        ("32016R0679", None),
        ("52019DC0640", None),
    ],
)
def test_eli_type_is_certain_only_where_it_can_be(celex: str, typedoc: str | None) -> None:
    assert eli_typedoc(celex) == typedoc


def test_charter_article_has_no_eli() -> None:
    # No article ELI of the Charter was found in public use.
    result = citeresolve.resolve("CFR:47")
    assert result.eli is None and "eli" not in kinds(result)
    assert citeresolve.resolve("TFEU:267").eli == (
        "http://data.europa.eu/eli/treaty/tfeu_2016/art_267/oj"
    )


# --- 4. Court links


def test_case_links_on_the_new_case_law_site() -> None:
    result = citeresolve.resolve("CJEU:C-311/18", lang="de")
    assert result.url == f"{INFOCURIA}?num=C-311/18&language=de"
    assert kinds(result)["judgment"] == f"{EURLEX}/DE/TXT/?uri=CELEX:62018CJ0311"
    assert kinds(result)["curia_legacy"] == (
        "https://curia.europa.eu/juris/liste.jsf?num=C-311/18&language=de"
    )


@pytest.mark.parametrize(("key", "num"), [("CJEU:C-120/78", "120/78"), ("CJEU:C-26/62", "26/62")])
def test_cases_before_1989_have_no_court_prefix(key: str, num: str) -> None:
    assert citeresolve.resolve(key).url == f"{INFOCURIA}?num={num}&language=en"
    assert citeresolve.resolve(key).label == f"Case {num}"
    assert citeresolve.resolve("CJEU:C-213/89").url == f"{INFOCURIA}?num=C-213/89&language=en"


# --- 5. labels in every language

TREATY_LABELS = {
    "bg": ("Договор за Европейския съюз", "Член 3, параграф 5, ДЕС"),
    "cs": ("Smlouva o Evropské unii", "Čl. 3 odst. 5 SEU"),
    "da": ("Traktaten om Den Europæiske Union", "Artikel 3, stk. 5, TEU"),
    "de": ("Vertrag über die Europäische Union", "Artikel 3 Absatz 5 EUV"),
    "el": ("Συνθήκη για την Ευρωπαϊκή Ένωση", "Άρθρο 3 παράγραφος 5 ΣΕΕ"),
    "en": ("Treaty on European Union", "Article 3(5) TEU"),
    "es": ("Tratado de la Unión Europea", "Artículo 3, apartado 5, TUE"),
    "et": ("Euroopa Liidu leping", "ELL artikkel 3 lõige 5"),
    "fi": ("Sopimus Euroopan unionista", "SEU 3 artikla 5 kohta"),
    "fr": ("Traité sur l'Union européenne", "Article 3, paragraphe 5, TUE"),
    "ga": ("Conradh ar an Aontas Eorpach", "Airteagal 3(5) CAE"),
    "hr": ("Ugovor o Europskoj uniji", "Članak 3. stavak 5. UEU"),
    "hu": ("Az Európai Unióról szóló szerződés", "EUSZ 3. cikk (5) bekezdés"),
    "it": ("Trattato sull'Unione europea", "Articolo 3, paragrafo 5, TUE"),
    "lt": ("Europos Sąjungos sutartis", "ESS 3 straipsnis 5 dalis"),
    "lv": ("Līgums par Eiropas Savienību", "LES 3. pants 5. punkts"),
    "mt": ("Trattat dwar l-Unjoni Ewropea", "Artikolu 3(5) TUE"),
    "nl": ("Verdrag betreffende de Europese Unie", "Artikel 3, lid 5, VEU"),
    "pl": ("Traktat o Unii Europejskiej", "Art. 3 ust. 5 TUE"),
    "pt": ("Tratado da União Europeia", "Artigo 3.º, n.º 5, TUE"),
    "ro": ("Tratatul privind Uniunea Europeană", "Articolul 3 alineatul (5) TUE"),
    "sk": ("Zmluva o Európskej únii", "Článok 3 ods. 5 ZEÚ"),
    "sl": ("Pogodba o Evropski uniji", "Člen 3(5) PEU"),
    "sv": ("Fördraget om Europeiska unionen", "Artikel 3.5 EU-fördraget"),
}


@pytest.mark.parametrize("lang", sorted(TREATY_LABELS))
def test_treaty_labels_in_every_language(lang: str) -> None:
    whole, article = TREATY_LABELS[lang]
    assert citeresolve.resolve("TEU", lang=lang).label == whole
    assert citeresolve.resolve("TEU:3(5)", lang=lang).label == article


@pytest.mark.parametrize("lang", sorted(TREATY_LABELS))
def test_label_data_is_complete_in_every_language(lang: str) -> None:
    data = label_data(lang)
    for code in ("TEU", "TFEU", "CFR", "EAEC", "TEC", "EEC"):
        assert data[code]["name"], (lang, code)
    for code in ("TEC", "EEC"):
        assert data[code]["abbreviation"], (lang, code)
    assert set(data["domains"]) == {"EEC", "EC", "EU"}
    for field in ("regulation", "directive", "decision", "protocol", "rules"):
        assert data[field], (lang, field)
    assert "{n}" in data["protocol"]


@pytest.mark.parametrize("lang", sorted(set(TREATY_LABELS) - {"en"}))
def test_rules_and_act_labels_are_in_the_language(lang: str) -> None:
    rules = citeresolve.resolve("EP-RULES:144", lang=lang, date="2021-06-01").label
    assert "Rules of Procedure" not in rules and "=" not in rules
    act = citeresolve.resolve("CELEX:32016R0679", lang=lang).label
    assert not act.startswith("Regulation")


@pytest.mark.parametrize(
    ("key", "lang", "date", "label"),
    [
        ("CELEX:32020D1999", "de", None, "Beschluss 2020/1999"),  # after Lisbon
        ("CELEX:32004D0001", "de", None, "Entscheidung 2004/1"),  # before
        ("CELEX:32000D0520", "nl", None, "Beschikking 2000/520"),
        ("CELEX:31988L0576", "nl", None, "Richtlijn 88/576/EEG"),
        ("CELEX:32008L0098", "ro", None, "Directiva 2008/98/CE"),
        ("CELEX:32011L0083", "de", None, "Richtlinie 2011/83/EU"),
        ("CELEX:31968R1612", "en", None, "Regulation No 1612/68"),
        ("CELEX:32019R0947", "hu", None, "2019/947 rendelet"),
        ("TEC", "nl", "2000-01-01", "EG-Verdrag"),
        ("TEC", "fr", "2000-01-01", "Traité CE"),
        ("TEC", "fr", "1980-01-01", "Traité CEE"),
        ("TEC:81", "es", "2004-01-01", "Artículo 81 CE"),
        ("TEC:177", "pl", "1980-01-01", "Art. 177 EWG"),
        ("PROTOCOL-2:7", "fr", None, "Protocole nº 2, article 7"),
        ("CELEX:12016M002", "en", None, "Article 2 TEU"),
        ("CELEX:62018CJ0311", "de", None, "Rechtssache C-311/18"),
        ("CELEX:52019DC0640", "en", None, "COM(2019) 640"),
        ("CELEX:52021SC0429", "fr", None, "SWD(2021) 429"),
    ],
)
def test_labels_follow_the_period_and_the_language(
    key: str, lang: str, date: str | None, label: str
) -> None:
    assert citeresolve.resolve(key, lang=lang, date=date).label == label


# --- 7. EP Rules versions


def test_rules_versions_include_2020_and_2023() -> None:
    dates = {v.date for v in rules_versions()}
    assert {dt.date(2020, 2, 3), dt.date(2023, 2, 14)} <= dates
    result = citeresolve.resolve("EP-RULES:144", date="2023-03-01")
    assert "RULES-9-2023-02-14-RULE-144" in str(result.url)


def test_every_rules_version_says_where_it_was_seen() -> None:
    for row in _data("ep_rules.toml")["versions"]:
        assert row["seen"][:2] in ("P:", "C:"), row["date"]
        if "rules" in row:
            assert row["counts_evidence"] in ("P", "I")


def test_rule_beyond_every_version_is_invalid() -> None:
    result = citeresolve.resolve("EP-RULES:999", date="2021-06-01")
    assert (result.status, result.url) == ("invalid", None)
    # Beyond an unconfirmed count: a warning, the link kept.
    beyond = citeresolve.resolve("EP-RULES:245", date="2021-06-01")
    assert beyond.ok and "not confirmed" in beyond.warnings[-1]


# --- 8. every CELEX sector


@pytest.mark.parametrize(
    "celex",
    [
        "12016M002",
        "12016E/PRO/03",
        "12016M/TXT",
        "21994A1223(01)",
        "32016R0679",
        "52019DC0640",
        "62018CJ0311",
        "92001E000165",
        "02020D1999-20210302",
        "52024XC05687",
        "32019Q1122(01)",
    ],
)
def test_every_sector_resolves(celex: str) -> None:
    result = citeresolve.resolve(f"CELEX:{celex}")
    assert (result.status, result.url) == ("ok", f"{EURLEX}/EN/TXT/?uri=CELEX:{celex}")


def test_cli_resolves_the_celex_it_returns(capsys: pytest.CaptureFixture[str]) -> None:
    celex = citeresolve.resolve("TEU:2").celex
    assert main(["resolve", f"CELEX:{celex}", "--format", "text"]) == 0
    assert "Article 2 TEU" in capsys.readouterr().out


# --- 9. citing dates


@pytest.mark.parametrize(
    ("key", "date"),
    [
        ("TA-9-2023-0001", "2018-05-01"),
        ("TFEU:267", "1995-03-01"),
        ("CFR:47", "1995-03-01"),
        ("CJEU:C-311/18", "2015-01-01"),
        ("COM(2023)100", "2020-01-01"),
        ("CELEX:32023R2854", "2018-01-01"),
    ],
)
def test_anachronisms_warn_with_a_date(key: str, date: str) -> None:
    result = citeresolve.resolve(key, date=date)
    assert result.ok and "did not exist before" in result.warnings[-1]
    assert not any("did not exist" in w for w in citeresolve.resolve(key).warnings)


def test_every_url_template_quotes_its_evidence() -> None:
    for name, entry in _data("urls.toml").items():
        assert entry["evidence"] in {"P", "C", "I"} and entry["seen"], name


def test_every_treaty_version_quotes_its_evidence() -> None:
    for code, versions in _data("treaties.toml")["versions"].items():
        for version in versions:
            assert version["evidence"] in {"P", "C", "I"} and version["seen"], (code, version)


# --- annexes and recitals (contract version 2 pins)


@pytest.mark.parametrize(
    ("key", "lang", "url", "label"),
    [
        (
            "EP-RULES:annex-IV",
            "fr",
            "https://www.europarl.europa.eu/doceo/document/RULES-9-2023-11-01-ANN-04_FR.html",
            "Règlement intérieur du Parlement européen, annexe IV",
        ),
        (
            "EP-RULES:annex-I/3(5)",
            "en",
            "https://www.europarl.europa.eu/doceo/document/RULES-9-2023-11-01-ANN-01_EN.html",
            "Rules of Procedure of the European Parliament, Annex I, Article 3(5)",
        ),
        (
            "CELEX:32016R0679:recital-26",
            "de",
            f"{EURLEX}/DE/TXT/?uri=CELEX:32016R0679",
            "Verordnung 2016/679, Erwägungsgrund 26",
        ),
        (
            "TFEU:annex-I",
            "nl",
            f"{EURLEX}/NL/TXT/?uri=CELEX:12016E/TXT",
            "Bijlage I VWEU",
        ),
    ],
)
def test_annexes_and_recitals(key: str, lang: str, url: str, label: str) -> None:
    result = citeresolve.resolve(key, lang=lang, date="2023-12-01")
    assert (result.status, result.url, result.label) == ("ok", url, label)
    assert not result.warnings
    assert "eli_article_unconfirmed" not in kinds(citeresolve.resolve("CELEX:32011L0083:annex-I"))


def test_annex_beyond_a_recorded_count_is_flagged() -> None:
    # The July 2009 contents list Annexes I to XX; that count is recalled, not read.
    result = citeresolve.resolve("EP-RULES:annex-XXI", date="2010-01-01")
    assert result.ok and "beyond the 20 annexes" in result.warnings[-1]

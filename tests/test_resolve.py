"""Offline resolution: golden URLs, validation, the corpus, labels and data files."""

from __future__ import annotations

import datetime as dt
import sys
import tomllib
from importlib import resources

import pytest
import regex

import citeresolve
from citeresolve.model.family import citation_types
from citeresolve.resolve.offline import rules_version_at, rules_versions

from .conftest import load_corpus

EURLEX = "https://eur-lex.europa.eu/legal-content"
DOCEO = "https://www.europarl.europa.eu/doceo/document"
OEIL = "https://oeil.secure.europarl.europa.eu/oeil"
INFOCURIA = "https://infocuria.curia.europa.eu/tabs/redirect/juris/liste.jsf"
CONSILIUM = "https://data.consilium.europa.eu/doc/document"

# (key, lang, date, expected primary URL): every type, in three languages.
GOLDEN = [
    ("TEU:3(5)", "en", None, f"{EURLEX}/EN/TXT/?uri=CELEX:12016M003"),
    ("TFEU:215", "nl", None, f"{EURLEX}/NL/TXT/?uri=CELEX:12016E215"),
    ("CFR:11", "fr", None, f"{EURLEX}/FR/TXT/?uri=CELEX:12016P011"),
    ("TEU", "fr", None, f"{EURLEX}/FR/TXT/?uri=CELEX:12016M/TXT"),
    ("EP-RULES:144(5)", "en", "2021-06-01", f"{DOCEO}/RULES-9-2021-01-18-RULE-144_EN.html"),
    ("EP-RULES:135", "nl", "2018-03-15", f"{DOCEO}/RULES-8-2017-01-16-RULE-135_NL.html"),
    ("EP-RULES:150", "fr", "2024-09-19", f"{DOCEO}/RULES-10-2024-07-16-RULE-150_FR.html"),
    (
        "ICCPR:17",
        "en",
        None,
        "https://www.ohchr.org/en/instruments-mechanisms/instruments/"
        "international-covenant-civil-and-political-rights#article-17",
    ),
    ("ECHR", "nl", None, "https://www.echr.coe.int/documents/d/echr/convention_ENG"),
    ("UDHR:19", "fr", None, "https://www.un.org/en/about-us/universal-declaration-of-human-rights"),
    ("OJ:C:2021:023:83", "en", None, f"{EURLEX}/EN/TXT/?uri=OJ:C:2021:023:TOC"),
    ("OJ:C:2013:251E:93", "nl", None, f"{EURLEX}/NL/TXT/?uri=OJ:C:2013:251E:TOC"),
    ("OJ:L:2023/2854", "fr", None, f"{EURLEX}/FR/TXT/?uri=OJ:L_202302854"),
    ("TA-9-2021-0056", "en", None, f"{DOCEO}/TA-9-2021-0056_EN.html"),
    ("A-9-2022-0001", "nl", None, f"{DOCEO}/A-9-2022-0001_NL.html"),
    ("B-9-2021-0267", "fr", None, f"{DOCEO}/B-9-2021-0267_FR.html"),
    ("RC-9-2022-0065", "en", None, f"{DOCEO}/RC-9-2022-0065_EN.html"),
    ("PROC:2022/2505(RSP)", "en", None, f"{OEIL}/en/procedure-file?reference=2022/2505(RSP)"),
    ("PROC:2017/0360R(NLE)", "fr", None, f"{OEIL}/fr/procedure-file?reference=2017/0360R(NLE)"),
    ("PROC:2020/0321(COD)", "nl", None, f"{OEIL}/en/procedure-file?reference=2020/0321(COD)"),
    ("CELEX:32016R0679", "en", None, f"{EURLEX}/EN/TXT/?uri=CELEX:32016R0679"),
    ("CELEX:32011L0083:6(1)", "nl", None, f"{EURLEX}/NL/TXT/?uri=CELEX:32011L0083"),
    ("CELEX:32020D1999", "fr", None, f"{EURLEX}/FR/TXT/?uri=CELEX:32020D1999"),
    ("CJEU:C-311/18", "en", None, f"{INFOCURIA}?num=C-311/18&language=en"),
    ("CJEU:T-452/20", "fr", None, f"{INFOCURIA}?num=T-452/20&language=fr"),
    ("ECLI:EU:C:2020:559", "nl", None, f"{EURLEX}/NL/TXT/?uri=ecli:ECLI:EU:C:2020:559"),
    ("COM(2021)206", "en", None, f"{EURLEX}/EN/TXT/?uri=COM:2021:206:FIN"),
    ("SWD(2021)5", "nl", None, f"{EURLEX}/NL/TXT/?uri=SWD:2021:5:FIN"),
    ("JOIN(2020)8", "fr", None, f"{EURLEX}/FR/TXT/?uri=CELEX:52020JC0008"),
    ("ST-14452-2025", "en", None, f"{CONSILIUM}/ST-14452-2025-INIT/en/pdf"),
    ("ST-9639-2018-REV4", "nl", None, f"{CONSILIUM}/ST-9639-2018-REV-4/nl/pdf"),
    ("ST-10400-2026-ADD1", "fr", None, f"{CONSILIUM}/ST-10400-2026-ADD-1/fr/pdf"),
]


@pytest.mark.parametrize(("key", "lang", "date", "url"), GOLDEN)
def test_golden_url(key: str, lang: str, date: str | None, url: str) -> None:
    result = citeresolve.resolve(key, lang=lang, date=date)
    assert (result.status, result.url) == ("ok", url)


def test_golden_table_covers_every_type_in_three_languages() -> None:
    types = {citeresolve.parse_key(key).type for key, *_ in GOLDEN}
    assert types == set(citation_types())
    assert {lang for _, lang, *_ in GOLDEN} == {"en", "nl", "fr"}


def test_treaty_article_has_celex_eli_and_whole_treaty() -> None:
    result = citeresolve.resolve("TFEU:215", lang="de")
    assert result.celex == "12016E215"
    assert result.eli == "http://data.europa.eu/eli/treaty/tfeu_2016/art_215/oj"
    assert citeresolve.Link("instrument", f"{EURLEX}/DE/TXT/?uri=CELEX:12016E/TXT") in (
        result.alternatives
    )


def test_eu_act_eli_pdf_and_article() -> None:
    result = citeresolve.resolve("CELEX:32011L0083:6(1)")
    assert result.eli == "http://data.europa.eu/eli/dir/2011/83/oj"
    kinds = {link.kind: link.url for link in result.alternatives}
    assert kinds["pdf"] == f"{EURLEX}/EN/TXT/PDF/?uri=CELEX:32011L0083"
    # Article-level ELIs exist for some acts only: offered, marked unconfirmed.
    assert kinds["eli_article_unconfirmed"] == "https://eur-lex.europa.eu/eli/dir/2011/83/art_6/oj"


def test_non_act_celex_has_no_eli() -> None:
    assert citeresolve.resolve("CELEX:52002AG0019").eli is None


def test_oj_classic_alternative_points_at_document_starting_on_the_page() -> None:
    result = citeresolve.resolve("OJ:L:2020:410I:13")
    assert result.alternatives[0].url == (
        f"{EURLEX}/EN/TXT/?uri=uriserv:OJ.LI.2020.410.01.0013.01.ENG"
    )


def test_oj_c_act_by_act_has_eli() -> None:
    result = citeresolve.resolve("OJ:C:2024/3977", lang="lv")
    assert result.url == f"{EURLEX}/LV/TXT/?uri=OJ:C_202403977"
    assert result.eli == "http://data.europa.eu/eli/C/2024/3977/oj"


def test_case_judgment_celex_and_eurlex_alternative() -> None:
    result = citeresolve.resolve("CJEU:C-120/78")
    assert result.celex == "61978CJ0120"
    assert result.alternatives[0].url == f"{EURLEX}/EN/TXT/?uri=CELEX:61978CJ0120"


def test_com_document_without_its_type_gets_no_guessed_celex() -> None:
    # COM(2019) 640 is a communication (52019DC0640); 52019PC0640 does not exist.
    result = citeresolve.resolve("COM(2019)640")
    assert result.url == f"{EURLEX}/EN/TXT/?uri=COM:2019:640:FIN"
    assert result.celex is None
    assert not any("CELEX" in a.url for a in result.alternatives)


def test_resolve_accepts_a_citation() -> None:
    (citation,) = [c for c in citeresolve.extract("Article 215 TFEU", lang="en")]
    assert citeresolve.resolve(citation, lang="nl").url == f"{EURLEX}/NL/TXT/?uri=CELEX:12016E215"


# --- EP Rules versions by date


@pytest.mark.parametrize(
    ("date", "rule", "version"),
    [
        # Urgency debates: Rule 122 (7th), 135 (8th), 144 (9th), 150 (10th term).
        ("2013-05-23", "122", "RULES-7-2012-07-03"),
        ("2019-04-17", "135", "RULES-8-2017-01-16"),
        ("2022-01-20", "144", "RULES-9-2021-01-18"),
        ("2025-03-13", "150", "RULES-10-2025-01-20"),
        ("2019-07-02", "144", "RULES-9-2019-07-02"),  # a version applies from its first day
    ],
)
def test_rules_resolve_against_the_version_in_force(date: str, rule: str, version: str) -> None:
    result = citeresolve.resolve(f"EP-RULES:{rule}", date=dt.date.fromisoformat(date))
    assert result.url == f"{DOCEO}/{version}-RULE-{rule}_EN.html"
    assert result.warnings == ()


def test_undated_rule_uses_latest_version_and_warns() -> None:
    result = citeresolve.resolve("EP-RULES:59")
    assert result.url == f"{DOCEO}/{rules_versions()[-1].date:RULES-10-%Y-%m-%d}-RULE-059_EN.html"
    assert "no date given" in result.warnings[0]


def test_rules_before_first_listed_version_are_unknown() -> None:
    result = citeresolve.resolve("EP-RULES:115", date="2007-11-28")
    assert (result.status, result.url) == ("unknown", None)
    assert "2009-12-01" in str(result.reason)


def test_rules_versions_are_sorted_and_terms_are_consistent() -> None:
    versions = rules_versions()
    assert [v.date for v in versions] == sorted(v.date for v in versions)
    assert rules_version_at(dt.date(2024, 7, 15)) == versions[-3]  # last 9th-term version
    assert [v.term for v in versions] == sorted(v.term for v in versions)


# --- validation


@pytest.mark.parametrize(
    ("key", "date", "reason"),
    [
        ("TEU:174", None, "beyond the TEU, which has 55"),
        ("TFEU:359", None, "beyond the TFEU, which has 358"),
        ("CFR:55", None, "beyond the CFR, which has 54"),
        ("TEU:21-56", None, "has 55 articles"),
        ("TEU:46-21", None, "runs backwards"),
        ("UDHR:31", None, "has 30 articles"),
        ("TEU:0", None, "no Article 0"),
        ("TA-9-2018-0001", None, "EP term 9 ran 2019–2024"),
        ("A-8-2020-0001", None, "EP term 8 ran 2014–2019"),
        ("TA-11-2030-0001", None, "no EP term 11"),
        ("TA-9-2021-0000", None, "0000"),
        ("PROC:2022/2505(XYZ)", None, "unknown procedure type 'XYZ'"),
        ("OJ:L:2021/5", None, "act-by-act OJ numbers start in October 2023"),
        ("OJ:L:2024/2019", "2023-05-01", "cannot cite the act-by-act OJ"),
        ("OJ:C:2024:023:1", None, "classic OJ issues run 1968–2023"),
        ("OJ:C:2020:251E:1", None, "did not exist in 2020"),
        ("OJ:L:2005:100E:1", None, "did not exist in 2005"),
        ("OJ:C:2021:000:1", None, "issue 0"),
        ("CJEU:T-1/85", None, "General Court (T) sat since 1989"),
        ("CJEU:F-12/18", None, "2005–2016"),
        ("ECLI:EU:T:1985:1", None, "since 1989"),
    ],
)
def test_invalid_keys_get_a_reason_and_no_url(key: str, date: str | None, reason: str) -> None:
    result = citeresolve.resolve(key, date=date)
    assert (result.status, result.url, result.alternatives) == ("invalid", None, ())
    assert reason in str(result.reason)


@pytest.mark.parametrize("key", ["TA-9-2019-0001", "TA-8-2019-0001", "A-10-2024-0001"])
def test_election_years_belong_to_two_terms(key: str) -> None:
    assert citeresolve.resolve(key).ok


def test_terms_before_doceo_are_unknown() -> None:
    result = citeresolve.resolve("A-3-1990-0001")
    assert (result.status, result.url) == ("unknown", None)


def test_bad_arguments_raise() -> None:
    with pytest.raises(citeresolve.InvalidKeyError):
        citeresolve.resolve("Article 3 TEU")
    with pytest.raises(citeresolve.UnknownLanguageError):
        citeresolve.resolve("TEU:3", lang="xx")
    with pytest.raises(citeresolve.InvalidDateError):
        citeresolve.resolve("EP-RULES:3", date="20.1.2022")


# --- labels


@pytest.mark.parametrize(
    ("key", "lang", "label"),
    [
        ("TEU:3(5)", "en", "Article 3(5) TEU"),
        ("TEU:3(5)", "nl", "Artikel 3, lid 5, VEU"),
        ("CFR:11", "en", "Charter of Fundamental Rights of the European Union, Article 11"),
        ("EP-RULES:144(5)", "en", "Rules of Procedure of the European Parliament, Rule 144(5)"),
        ("EP-RULES:144(5)", "nl", "Reglement van het Europees Parlement, artikel 144, lid 5"),
        ("CELEX:32016R0679", "en", "Regulation 2016/679"),
        ("CELEX:32001R1049", "en", "Regulation No 1049/2001"),
        ("OJ:C:2021:023:83", "nl", "PB C 23, 2021, blz. 83"),
        ("TA-9-2021-0056", "nl", "Aangenomen teksten P9_TA(2021)0056"),
        ("RC-9-2022-0065", "en", "RC-B9-0065/2022"),
        ("CJEU:C-311/18", "en", "Case C-311/18"),
        ("COM(2021)206", "nl", "COM(2021) 206"),
    ],
)
def test_label(key: str, lang: str, label: str) -> None:
    assert citeresolve.resolve(key, lang=lang, date="2021-06-01").label == label


def test_label_falls_back_to_english_without_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulate a language whose file is not written yet: only English exists.
    # (the package attribute citeresolve.resolve is the function, hence sys.modules)
    for name in ("citeresolve.resolve.offline", "citeresolve.resolve.toolkit"):
        monkeypatch.setattr(sys.modules[name], "available_languages", lambda: ["en"])
    result = citeresolve.resolve("TEU:3(5)", lang="fi")
    assert result.label == "Article 3(5) TEU"
    assert result.url == f"{EURLEX}/FI/TXT/?uri=CELEX:12016M003"


def test_to_dict_leaves_out_empty_fields() -> None:
    record = citeresolve.resolve("TEU:174").to_dict()
    assert record["status"] == "invalid" and record["url"] is None
    assert "alternatives" not in record and "celex" not in record


# --- the corpus: every extracted key resolves

# Keys that are correctly extracted as written but name nothing real (citation-keys.md:
# "Keys are not corrected"); a checker is meant to flag them.
JUSTIFIED_INVALID = {"TEU:174", "TEU:175"}

TEMPLATES = {
    # Protocols (contract version 2): 12016E/PRO/nn
    "treaty": rf"{EURLEX}/[A-Z]{{2}}/TXT/\?uri=CELEX:1\d{{4}}[A-Z](?:\d{{3}}|/TXT|/PRO/\d\d)",
    "rules": rf"{DOCEO}/RULES-\d+-\d{{4}}-\d\d-\d\d-RULE-\d{{3}}_[A-Z]{{2}}\.html",
    "instrument": r"https://www\.(?:ohchr\.org|un\.org|echr\.coe\.int|icc-cpi\.int)/\S+",
    "oj": rf"{EURLEX}/[A-Z]{{2}}/TXT/\?uri=OJ:[LC](?::\d{{4}}:\d{{3}}[A-Z]?:TOC|_\d{{9}})",
    "ep_doc": rf"{DOCEO}/(?:TA|A|B|RC)-\d+-\d{{4}}-\d{{4}}_[A-Z]{{2}}\.html",
    "procedure": rf"{OEIL}/(?:en|fr)/procedure-file\?reference=\d{{4}}/\d{{4}}[A-Z]?\([A-Z]{{3}}\)",
    "eu_act": rf"{EURLEX}/[A-Z]{{2}}/TXT/\?uri=CELEX:[0-9CE]\d{{4}}[A-Z]{{1,2}}\d{{4}}",
    "case": r"https://(?:infocuria\.curia\.europa\.eu/tabs/redirect/juris/liste\.jsf"
    r"\?num=(?:[CTF]-)?\d+/\d\d&language=[a-z]{2}"
    r"|eur-lex\.europa\.eu/legal-content/[A-Z]{2}/TXT/\?uri=ecli:ECLI:EU:[CTF]:\d{4}:\d+)",
    "com_doc": rf"{EURLEX}/[A-Z]{{2}}/TXT/\?uri="
    r"(?:(?:COM|SWD):\d{4}:\d+:FIN|CELEX:5\d{4}JC\d{4})",
    "council_doc": rf"{CONSILIUM}/ST-[1-9]\d*-\d{{4}}-(?:INIT|(?:REV|ADD|COR)-\d+(?:-\w+-\d+)*)"
    r"/[a-z]{2}/pdf",
}


def test_every_corpus_key_resolves() -> None:
    docs = load_corpus("seed.jsonl", "dev.jsonl", "dev-acts.jsonl")
    known = set(citeresolve.available_languages())
    seen: set[str] = set()
    for doc in docs:
        if doc["lang"] not in known:
            continue
        for citation in citeresolve.extract(doc["text"], lang=doc["lang"]):
            result = citeresolve.resolve(citation, lang=doc["lang"])
            seen.add(citation.type)
            if citation.key in JUSTIFIED_INVALID:
                assert result.status == "invalid", citation.key
                continue
            assert result.status == "ok", (citation.key, result.reason)
            assert regex.fullmatch(TEMPLATES[citation.type], str(result.url)), (
                citation.key,
                result.url,
            )
    assert len(seen) >= 8  # the corpus exercises nearly every type


# --- data files


def _toml(name: str) -> dict:
    with (resources.files("citeresolve") / "data" / name).open("rb") as fh:
        return tomllib.load(fh)


def test_url_templates_carry_an_evidence_mark() -> None:
    for name, entry in _toml("urls.toml").items():
        assert entry["evidence"] in {"P", "C", "I"}, name
        assert entry["template"].startswith("http"), name


def test_ep_terms_are_contiguous_five_year_spans() -> None:
    terms = _toml("identifiers.toml")["ep_terms"]
    for number in range(2, len(terms) + 1):
        assert terms[str(number)]["first_year"] == terms[str(number - 1)]["last_year"]
        assert terms[str(number)]["last_year"] - terms[str(number)]["first_year"] == 5


def test_cellar_languages_cover_the_eu_languages() -> None:
    assert set(_toml("identifiers.toml")["cellar_languages"]) == set(citeresolve.EU_LANGUAGES)


@pytest.mark.parametrize(
    ("key", "lang", "label"),
    [
        ("TEU:3(5)", "nl", "Artikel 3, lid 5, VEU"),
        ("TFEU:107(3)(c)", "nl", "Artikel 107, lid 3, onder c), VWEU"),
        ("TEU:3(5)", "de", "Artikel 3 Absatz 5 EUV"),
        ("TEU:3(5)", "pt", "Artigo 3.º, n.º 5, TUE"),
        ("TEU:3(5)", "sv", "Artikel 3.5 EU-fördraget"),
        ("TEU:3(5)", "en", "Article 3(5) TEU"),
        ("TEU:21-46", "nl", "Artikel 21-46 VEU"),
    ],
)
def test_labels_write_pins_in_the_language_style(key: str, lang: str, label: str) -> None:
    assert citeresolve.resolve(key, lang=lang).label == label

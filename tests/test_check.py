"""citeresolve.check: every rule with a failing and a passing real-looking example,
suppression comments, configuration, and the planted-mistake drafts."""

from __future__ import annotations

import datetime as dt
import importlib
import json
from pathlib import Path

import pytest

import citeresolve
from citeresolve import CheckConfig, ConfigError, check
from citeresolve.outputs.check_config import config_from_table, find_pyproject, load_config

from .conftest import CORPUS, FIXTURES

DRAFTS = FIXTURES / "drafts"
check_module = importlib.import_module("citeresolve.outputs.check")


def found(text: str, lang: str, **kw: object) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in check(text, lang=lang, **kw)]  # type: ignore[arg-type]


# One mistake and its correction per rule: (code, lang, faulty, fixed, surface flagged).
CASES = [
    (
        "CR001",
        "en",
        "having regard to Articles 2 and 56 TEU,",
        "having regard to Articles 2 and 55 TEU,",
        "56",
    ),
    (
        "CR001",
        "nl",
        "gezien artikel 359 van het Verdrag betreffende de werking van de Europese Unie,",
        "gezien artikel 358 van het Verdrag betreffende de werking van de Europese Unie,",
        "artikel 359",
    ),
    (
        "CR001",
        "en",
        "having regard to Article 55 of the Charter of Fundamental Rights,",
        "having regard to Article 54 of the Charter of Fundamental Rights,",
        "Article 55",
    ),
    (
        "CR003",
        "en",
        "having regard to its resolution of 14 March 2018 (P9_TA(2018)0079),",
        "having regard to its resolution of 14 March 2018 (P8_TA(2018)0079),",
        "P9_TA(2018)0079",
    ),
    (
        "CR003",
        "en",
        "having regard to the report of the Committee (A8-0271/2021),",
        "having regard to the report of the Committee (A9-0271/2021),",
        "A8-0271/2021",
    ),
    (
        "CR004",
        "en",
        "on the situation in Kazakhstan (2022/2505(RPQ))",
        "on the situation in Kazakhstan (2022/2505(RSP))",
        "2022/2505(RPQ)",
    ),
    (
        "CR004",
        "fr",
        "sur la situation au Mali (2022/2617(RSX))",
        "sur la situation au Mali (2022/2617(RSP))",
        "2022/2617(RSX)",
    ),
    (
        "CR005",
        "en",
        "(OJ C 23, 31.2.2021, p. 83)",
        "(OJ C 23, 21.1.2021, p. 83)",
        "OJ C 23, 31.2.2021",
    ),
    ("CR005", "en", "(OJ L 119, 4.5.2016.)", "(OJ L 119, 4.5.2016, p. 1.)", "OJ L 119, 4.5.2016."),
    (
        "CR005",
        "nl",
        "(PB L, 2024/1689, 12.7.2024, blz. 1)",
        "(PB L, 2024/1689, 12.7.2024)",
        "PB L, 2024/1689, 12.7.2024, blz. 1",
    ),
    (
        "CR005",
        "en",
        "(OJ L 1119, 4.5.2016, p. 1)",
        "(OJ L 119, 4.5.2016, p. 1)",
        "OJ L 1119, 4.5.2016, p. 1",
    ),
    (
        "CR005",
        "en",
        "(OJ L, 2024/1689, 12.7.2023)",
        "(OJ L, 2024/1689, 12.7.2024)",
        "OJ L, 2024/1689, 12.7.2023",
    ),
    (
        "CR006",
        "en",
        "having regard to Regulation (EU) No 2016/679,",
        "having regard to Regulation (EU) 2016/679,",
        "(EU) No 2016/679",
    ),
    (
        "CR006",
        "en",
        "having regard to Regulation (EC) 1049/2001,",
        "having regard to Regulation (EC) No 1049/2001,",
        "Regulation (EC) 1049/2001",
    ),
    (
        "CR006",
        "de",
        "unter Hinweis auf die Verordnung (EU) Nr. 2016/679,",
        "unter Hinweis auf die Verordnung (EU) 2016/679,",
        "(EU) Nr. 2016/679",
    ),
    ("CR007", "nl", "gezien artikel 215 TFEU,", "gezien artikel 215 VWEU,", "TFEU"),
    (
        "CR007",
        "en",
        "having regard to Article 215 VWEU,",
        "having regard to Article 215 TFEU,",
        "VWEU",
    ),
    ("CR008", "en", "(CELEX:3216R0679)", "(CELEX:32016R0679)", "CELEX:3216R0679"),
    (
        "CR008",
        "en",
        "judgment of 16 July 2020 (ECLI:EU:C:20:559)",
        "judgment of 16 July 2020 (ECLI:EU:C:2020:559)",
        "ECLI:EU:C:20:559",
    ),
    (
        "CR009",
        "en",
        "- having regard to Article 12,\n",
        "- having regard to Article 12 of the Universal Declaration of Human Rights,\n",
        "Article 12",
    ),
    (
        "CR009",
        "de",
        "- gestützt auf Artikel 12,\n",
        "- gestützt auf Artikel 12 EUV,\n",
        "Artikel 12",
    ),
]


@pytest.mark.parametrize(("code", "lang", "faulty", "fixed", "surface"), CASES)
def test_rule_flags_the_mistake_and_not_its_fix(
    code: str, lang: str, faulty: str, fixed: str, surface: str
) -> None:
    findings = check(faulty, lang=lang)
    assert [f.code for f in findings] == [code]
    assert findings[0].text == surface
    assert faulty[findings[0].start : findings[0].end] == surface
    assert found(fixed, lang) == []


def test_rule_zero_of_the_ep_rules_is_flagged() -> None:
    # A template placeholder left in a draft.
    assert found("having regard to Rule 0 of its Rules of Procedure,", "en") == [
        ("CR002", "Rule 0")
    ]


def test_rules_beyond_the_versions_count() -> None:
    # The 9th-term Rules end with Rule 241 (data/ep_rules.toml); that count is
    # recalled, not read from the version, and the finding says so.
    text = "- having regard to Rule 250 of its Rules of Procedure,\n"
    findings = check(text, lang="en", date="2022-01-20")
    assert [f.code for f in findings] == ["CR002"]
    assert "241 Rules" in findings[0].message and "2021-01-18" in findings[0].message
    assert "not yet confirmed" in findings[0].message
    assert (
        found("- having regard to Rule 144 of its Rules of Procedure,\n", "en", date="2022-01-20")
        == []
    )
    # Without a date, the document's own number names the term and year.
    own = "P9_TA(2022)0012\n- having regard to Rule 250 of its Rules of Procedure,\n"
    assert [c for c, _ in found(own, "en")] == ["CR002"]
    # Whatever the version, no Rule 999 exists: the resolver rules it out.
    assert [
        c
        for c, _ in found(
            "- having regard to Rule 999 of its Rules of Procedure,\n", "en", date="2022-01-20"
        )
    ] == ["CR002"]


def test_document_rules_version_from_the_texts_own_number() -> None:
    analysis = citeresolve.extract("P9_TA(2022)0012 and later", lang="en")
    version = check_module.document_rules_version(analysis, None)
    assert version is not None and (version.term, version.date) == (9, dt.date(2021, 1, 18))
    dated = check_module.document_rules_version(analysis, dt.date(2024, 9, 1))
    assert dated is not None and dated.date == dt.date(2024, 7, 16)
    assert check_module.document_rules_version([], None) is None


def test_abbreviation_shared_by_the_documents_language_is_not_flagged() -> None:
    # TUE and TFUE are French, Spanish, Italian, Portuguese and Romanian alike.
    for lang, text in (
        ("fr", "vu l'article 6 TUE et l'article 215 TFUE,"),
        ("es", "Visto el artículo 6 TUE y el artículo 215 TFUE,"),
        ("it", "visto l'articolo 6 TUE e l'articolo 215 TFUE,"),
    ):
        assert found(text, lang) == []


def test_short_foreign_abbreviation_only_counts_after_an_article() -> None:
    # "ESS" (Lithuanian TEU) is the European Statistical System in English.
    assert found("The ESS publishes its data.", "en") == []
    assert [c for c, _ in found("the AEUV applies", "en")] == ["CR007"]


def test_article_of_a_national_code_or_named_before_is_not_an_orphan() -> None:
    assert found("- having regard to Article 5 of the Kazakh Criminal Code,\n", "en") == []
    text = (
        "- having regard to the Protocol on the Statute of the Court of Justice, "
        "and in particular Article 63 thereof,\n"
    )
    assert found(text, "en") == []
    # Outside a visa a bare article may be the act's own.
    assert found("The Commission shall act in accordance with Article 12.", "en") == []


def test_an_ecli_of_a_national_court_follows_the_grammar() -> None:
    assert found("Hoge Raad, ECLI:NL:HR:2019:1234.", "nl") == []


def test_issue_named_in_full_without_page_is_not_flagged() -> None:
    # A corrigendum names the whole issue its act was published in.
    text = "(Official Journal of the European Union L 42 I of 23 February 2022)"
    assert found(text, "en") == []


# --------------------------------------------------------------- suppression


def test_suppression_in_an_html_comment_and_at_line_end() -> None:
    text = (
        "having regard to Article 56 TEU <!-- citeresolve: ignore[CR001] --> and more,\n"
        "having regard to Article 57 TEU citeresolve: ignore[CR003, CR001]\n"
        "having regard to Article 58 TEU <!-- citeresolve: ignore[CR003] -->\n"
        "having regard to Article 59 TEU citeresolve: ignore[CR001] is not at the end\n"
    )
    findings = check(text, lang="en")
    assert [(f.code, f.line) for f in findings] == [("CR001", 3), ("CR001", 4)]


def test_finding_positions_are_one_based() -> None:
    [finding] = check("x\n- having regard to Article 56 TEU,\n", lang="en")
    assert (finding.line, finding.col, finding.start, finding.end) == (2, 20, 21, 31)


# ------------------------------------------------------------- configuration


def test_enable_and_disable() -> None:
    text = "having regard to Article 56 TEU and Regulation (EU) No 2016/679,"
    assert [f.code for f in check(text, lang="en")] == ["CR001", "CR006"]
    only = CheckConfig(enable=["CR006"])
    assert [f.code for f in check(text, lang="en", config=only)] == ["CR006"]
    without = CheckConfig(disable=["cr006"])
    assert [f.code for f in check(text, lang="en", config=without)] == ["CR001"]


def test_config_language_and_date_are_used() -> None:
    config = CheckConfig(lang="nl", date=dt.date(2022, 1, 20))
    assert [f.code for f in check("gezien artikel 215 TFEU,", config=config)] == ["CR007"]


def test_config_table_is_validated() -> None:
    known = citeresolve.codes()
    config = config_from_table(
        {"lang": "nl", "date": dt.date(2022, 1, 20), "disable": ["CR009"], "include": ["*.md"]},
        known_codes=known,
    )
    assert (config.lang, config.date, config.disable) == (
        "nl",
        dt.date(2022, 1, 20),
        frozenset({"CR009"}),
    )
    assert config_from_table({"date": "2022-01-20"}).date == dt.date(2022, 1, 20)
    with pytest.raises(ConfigError, match="unknown key"):
        config_from_table({"language": "nl"})
    with pytest.raises(ConfigError, match="unknown code"):
        config_from_table({"enable": ["CR999"]}, known_codes=known)
    with pytest.raises(ConfigError, match="list of strings"):
        config_from_table({"exclude": "drafts/*"})
    with pytest.raises(ConfigError, match="date"):
        config_from_table({"date": "20 January 2022"})


def test_pyproject_is_found_walking_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.citeresolve]\nlang = "nl"\ninclude = ["drafts/*.md"]\nexclude = ["drafts/old*"]\n',
        "utf-8",
    )
    nested = tmp_path / "drafts" / "deep"
    nested.mkdir(parents=True)
    (tmp_path / "drafts" / "pyproject.toml").write_text("[project]\nname = 'x'\n", "utf-8")
    assert find_pyproject(nested) == tmp_path / "pyproject.toml"
    config = load_config(tmp_path / "pyproject.toml")
    assert config.lang == "nl"
    assert config.wants(str(tmp_path / "drafts" / "a.md"))
    assert not config.wants(str(tmp_path / "drafts" / "old-a.md"))
    assert not config.wants(str(tmp_path / "notes.md"))
    assert config.wants("-")


# ------------------------------------------------------- drafts and the seed


def test_planted_mistakes_are_reported_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = (DRAFTS / "expected-findings.txt").read_text("utf-8").splitlines()
    expected = {line for line in lines if line and not line.startswith("#")}
    monkeypatch.chdir(DRAFTS)
    reported = set()
    for draft in sorted(DRAFTS.glob("*.md")):
        for f in check(draft.read_text("utf-8")):
            reported.add(f"{draft.name}:{f.line}:{f.col}: {f.code}")
    assert reported - expected == set(), "false findings"
    assert expected - reported == set(), "missed findings"
    # CR010 needs --online; CR012 the document's date (test_citing_date_findings).
    every_offline_code = {c for c in citeresolve.codes() if c not in ("CR010", "CR012")}
    assert {line.rsplit(" ", 1)[1] for line in expected} == every_offline_code
    assert check((DRAFTS / "en-clean.md").read_text("utf-8")) == []


def test_the_seed_has_no_finding() -> None:
    assert check((FIXTURES / "kazakhstan-nl.md").read_text("utf-8")) == []


def test_corpus_findings_are_the_known_real_mistakes() -> None:
    # B9-0338/2021 cites "Articles 174 and 175 of the Treaty on European Union"
    # (the TEU has 55 articles; TFEU was meant). No other finding in the corpus.
    reported = []
    for name in ("seed.jsonl", "dev.jsonl", "dev-acts.jsonl"):
        for line in (CORPUS / name).read_text("utf-8").splitlines():
            doc = json.loads(line)
            reported += [(doc["id"], f.code, f.text) for f in check(doc["text"], lang=doc["lang"])]
    assert reported == [
        ("B-9-2021-0338_EN", "CR001", "Articles 174"),
        ("B-9-2021-0338_EN", "CR001", "175"),
    ]


def test_codes_are_documented() -> None:
    table = citeresolve.codes()
    assert list(table) == [f"CR{n:03d}" for n in range(1, 13)]
    assert all(info.title and info.message for info in table.values())


# ------------------------------------------------- treaty numbers and dates


@pytest.mark.parametrize(
    ("text", "date", "codes"),
    [
        # A text adopted in 2023 cannot be cited in 2018.
        ("- having regard to its resolution P9_TA(2023)0012,\n", "2018-05-01", ["CR012"]),
        ("- having regard to its resolution P9_TA(2023)0012,\n", "2024-05-01", []),
        # The TFEU and the Charter did not exist in 1995.
        ("- having regard to Article 267 TFEU,\n", "1995-03-01", ["CR012"]),
        (
            "- having regard to the Charter of Fundamental Rights of the European Union,\n",
            "1995-03-01",
            ["CR012"],
        ),
        ("- having regard to Article 267 TFEU,\n", "2012-03-01", []),
        # An EC Treaty number after Lisbon, unless marked as old.
        ("- having regard to Article 95 EC,\n", "2015-03-01", ["CR011"]),
        ("- having regard to Article 114 TFEU (ex Article 95 EC),\n", "2015-03-01", []),
        ("- having regard to Article 95 EC,\n", "2005-03-01", []),
    ],
)
def test_citing_date_findings(text: str, date: str, codes: list[str]) -> None:
    assert [f.code for f in check(text, lang="en", date=date)] == codes


def test_old_number_finding_names_the_current_article() -> None:
    (finding,) = check("- having regard to Article 95 EC,\n", lang="en", date="2015-03-01")
    assert "Article 114 TFEU" in finding.message


def test_old_number_in_another_language_with_its_former_word() -> None:
    text = "- gelet op artikel 114 VWEU (ex artikel 95 EG),\n- gelet op artikel 95 EG,\n"
    assert [f.line for f in check(text, lang="nl", date="2015-03-01")] == [2]

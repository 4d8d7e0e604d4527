"""Tables of authorities: every citation counted once, under its instrument, in drafting order."""

from __future__ import annotations

import collections
import csv
import io
import json
from pathlib import Path

import pytest

import citeresolve
from citeresolve.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "kazakhstan-nl.md"
DRAFT = ROOT / "fixtures" / "docx" / "draft-nl.docx"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def test_the_seed_table_counts_every_citation_once(seed_text: str) -> None:
    table = citeresolve.authorities({"kazakhstan-nl.md": seed_text})
    cited = collections.Counter(c.key for c in citeresolve.extract(seed_text))
    assert table.citations == sum(cited.values())
    listed = collections.Counter({e.key: e.count for a in table.authorities for e in a.entries})
    assert listed == cited
    assert sum(a.count for a in table.authorities) == table.citations
    heads = [a.key for a in table.authorities]
    assert len(heads) == len(set(heads)) == 13


def test_groups_and_instruments_come_in_drafting_order(seed_text: str) -> None:
    table = citeresolve.authorities(seed_text, lang="nl")
    assert [g.kind for g in table.groups] == [
        "treaties",
        "rules",
        "oj",
        "ep_documents",
        "procedures",
        "instruments",
    ]
    treaties = table.groups[0].authorities
    assert [a.key for a in treaties] == ["TEU", "TFEU"]
    assert [e.key for e in treaties[0].entries] == [
        "TEU:2",
        "TEU:3(5)",
        "TEU:21",
        "TEU:24",
        "TEU:29",
        "TEU:31",
    ]
    oj = [a.key for a in table.groups[2].authorities]
    assert oj == sorted(oj, key=lambda k: k.split(":")[2])  # by year
    assert [a.key for a in table.groups[-1].authorities] == ["UDHR", "ICCPR", "CAT"]
    assert treaties[0].label == "Verdrag betreffende de Europese Unie"
    assert treaties[0].locations == ["line 22"]


def test_acts_are_ordered_by_year_then_number() -> None:
    text = (
        "having regard to Regulation (EU) 2016/679 of the European Parliament and of the "
        "Council, to Regulation (EC) No 1049/2001 and to Regulation (EU) 2016/94, and in "
        "particular Article 6(1) of Regulation (EU) 2016/679,"
    )
    table = citeresolve.authorities(text, lang="en")
    (acts,) = [g for g in table.groups if g.kind == "acts"]
    assert [a.key for a in acts.authorities] == [
        "CELEX:32001R1049",
        "CELEX:32016R0094",
        "CELEX:32016R0679",
    ]
    gdpr = acts.authorities[-1]
    # Named once alone, once pinned ("Article 6(1) of Regulation (EU) 2016/679").
    assert [(e.key, e.count) for e in gdpr.entries] == [
        ("CELEX:32016R0679", 1),
        ("CELEX:32016R0679:6(1)", 1),
    ]
    assert gdpr.count == 2


def test_json_lists_every_key_and_csv_counts_add_up(seed_text: str) -> None:
    table = citeresolve.authorities({"kazakhstan-nl.md": seed_text})
    data = json.loads(table.to_json())
    keys = {k["key"] for g in data["groups"] for a in g["authorities"] for k in a["keys"]}
    assert keys == {c.key for c in citeresolve.extract(seed_text)}
    assert data["citations"] == table.citations
    rows = list(csv.DictReader(io.StringIO(table.to_csv())))
    assert sum(int(r["count"]) for r in rows) == table.citations
    assert {r["key"] for r in rows} == keys


def test_markdown_and_html_link_each_instrument(seed_text: str) -> None:
    table = citeresolve.authorities({"kazakhstan-nl.md": seed_text})
    md = table.to_markdown()
    teu_url = citeresolve.resolve("TEU", lang="nl").url
    assert f"| [**Verdrag betreffende de Europese Unie**](<{teu_url}>) | 6 | line 22 |" in md
    assert md.rstrip().endswith("13 instruments, 20 citations in kazakhstan-nl.md.")
    page = table.to_html()
    assert f'<a href="{teu_url}">Verdrag betreffende de Europese Unie</a>' in page


def test_word_documents_are_located_by_paragraph_and_note() -> None:
    pytest.importorskip("docx")
    table = citeresolve.authorities_of_files([DRAFT])
    places = {a.key: a.locations for a in table.authorities}
    name = str(DRAFT)
    assert places["OJ:C:2021:023:83"] == [f"{name}, footnote 2"]
    assert places["OJ:L:2013:347:884"] == [f"{name}, endnote 1"]
    assert places["CFR"] == [f"{name}, paragraph 10"]


def test_cli_formats_and_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["authorities", str(SEED), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sum(int(r["count"]) for r in rows) == 20
    out = tmp_path / "toa.json"
    assert main(["authorities", str(SEED), "--format", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["instruments"] == 13
    assert main(["authorities", str(tmp_path / "missing.md")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_a_linked_markdown_file_tabulates_as_the_unlinked_one(
    seed_text: str, tmp_path: Path
) -> None:
    linked = tmp_path / "kazakhstan-nl.md"
    linked.write_text(citeresolve.link(seed_text, format="markdown", lang="nl"), "utf-8")
    assert "](https://eur-lex.europa.eu" in linked.read_text("utf-8")

    def rows(path: Path) -> list[tuple[str, list[tuple[str, list[str]]]]]:
        table = citeresolve.authorities_of_files([path], lang="nl")
        return [
            (a.key, [(e.key, [o.location for o in e.occurrences]) for e in a.entries])
            for a in table.authorities
        ]

    assert rows(linked) == rows(SEED)  # same keys, counts and lines

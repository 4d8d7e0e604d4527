"""Word documents: visible text, links, unlink, check, on .docx files written by LibreOffice.

The fixtures in fixtures/docx/ are converted from the .fodt sources there by
make_fixtures.py; the tests need python-docx and lxml (the docx extra), not
LibreOffice (the render test skips without it).
"""

from __future__ import annotations

import builtins
import collections
import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

docx = pytest.importorskip("docx")
etree = pytest.importorskip("lxml.etree")

import citeresolve  # noqa: E402
from citeresolve.cli import main  # noqa: E402
from citeresolve.outputs.check_docx import check_docx  # noqa: E402
from citeresolve.outputs.docx import link_docx, unlink_docx  # noqa: E402
from citeresolve.text.docx import HYPERLINK_RELTYPE, W_NS, read_docx  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DRAFT = ROOT / "fixtures" / "docx" / "draft-nl.docx"
DRAFT_MD = ROOT / "fixtures" / "docx" / "draft-nl.md"
CLEAN = ROOT / "fixtures" / "docx" / "clean-nl.docx"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
NS = {"w": W_NS}


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@pytest.fixture(scope="module")
def linked() -> bytes:
    return link_docx(DRAFT, lang="nl").data


def _parts(data: bytes | Path) -> dict[str, Any]:
    """Each part with paragraphs, by name: its XML root."""
    doc = read_docx(data.read_bytes() if isinstance(data, Path) else data)
    return {str(part.partname): part for part in doc.parts()}


def _c14n(part: Any) -> bytes:
    return bytes(etree.tostring(part.element, method="c14n"))


def _all_text(root: Any) -> str:
    """Every character of a part, shown or not: text, deleted text, field codes."""
    tags = {_w("t"), _w("delText"), _w("instrText")}
    return "".join(e.text or "" for e in root.iter() if e.tag in tags)


def _text(element: Any) -> str:
    # (python-docx's element classes give itertext() their own meaning)
    return "".join(t.text or "" for t in element.iter(_w("t")))


def _links(data: bytes) -> list[tuple[str, str, str, Any]]:
    """(part, text, URL, element) of every hyperlink."""
    out = []
    for name, part in _parts(data).items():
        for h in part.element.iter(_w("hyperlink")):
            text = _text(h)
            rel = part.rels[h.get(R_ID)]
            assert rel.is_external and rel.reltype == HYPERLINK_RELTYPE
            out.append((name, text, rel.target_ref, h))
    return out


# --------------------------------------------------------------- reading


def test_visible_text_accepts_tracked_changes_and_hides_field_codes() -> None:
    doc = read_docx(DRAFT)
    by_part = collections.defaultdict(list)
    for p in doc.paragraphs:
        by_part[p.part].append(p.text)
    body = "\n".join(by_part["body"])
    assert "– gezien artikel 144, lid 5, en artikel 132, lid 4, van zijn Reglement," in body
    assert "artikel 143" not in doc.text  # a tracked deletion is not text
    assert "arrest in zaak C-216/18 PPU en artikel 267 VWEU" in body  # a table cell
    assert by_part["footnotes"] == [
        "Aangenomen teksten, P9_TA(2021)0056.",
        "PB C 23 van 21.1.2021, blz. 83.",
        "PB C 45 van 5.2.2016, blz. 85.",
    ]
    assert by_part["endnotes"] == ["PB L 347 van 20.12.2013, blz. 884."]
    assert by_part["footer"] == ["Procedure 2022/2505(RSP) – blz. 1"]  # not " PAGE "
    assert by_part["header"] == ["Aangenomen teksten P9_TA(2022)0012 – Situatie in Kazachstan"]
    # Paragraphs are joined by a blank line, as in Markdown.
    assert doc.text.startswith(by_part["body"][0] + "\n\n" + by_part["body"][1] + "\n\n")


def test_locations_name_what_a_person_sees_in_word() -> None:
    doc = read_docx(DRAFT)
    where = {p.text: p.location() for p in doc.paragraphs}
    assert where["PB C 23 van 21.1.2021, blz. 83."] == "footnote 2"
    assert where["PB L 347 van 20.12.2013, blz. 884."] == "endnote 1"
    assert where["Het Europees Parlement,"] == "paragraph 2"
    assert where["Procedure 2022/2505(RSP) – blz. 1"] == "footer 1"


# --------------------------------------------------------------- linking


def test_links_every_part_with_external_relationships(linked: bytes) -> None:
    links = _links(linked)
    found = {(Path(part).stem, text) for part, text, _, _ in links}
    assert ("document", "artikel 2") in found
    assert ("document", "artikel 47") in found  # in a table cell
    assert ("document", "Verdrag betreffende de Europese Unie") in found
    assert ("footnotes", "P9_TA(2021)0056") in found
    assert ("footnotes", "PB C 23 van 21.1.2021, blz. 83") in found
    assert ("endnotes", "PB L 347 van 20.12.2013, blz. 884") in found
    assert ("header1", "P9_TA(2022)0012") in found
    assert ("footer1", "2022/2505(RSP)") in found
    urls = {text: url for _, text, url, _ in links}
    assert urls["artikel 2"] == citeresolve.resolve("TEU:2", lang="nl").url
    assert urls["P9_TA(2021)0056"].endswith("TA-9-2021-0056_NL.html")


def test_linking_changes_no_text_anywhere(linked: bytes) -> None:
    before, after = _parts(DRAFT), _parts(linked)
    assert before.keys() == after.keys()
    for name in before:
        assert _all_text(after[name].element) == _all_text(before[name].element), name
    assert read_docx(linked).text == read_docx(DRAFT).text


def test_a_citation_over_differently_formatted_runs_keeps_each_runs_formatting(
    linked: bytes,
) -> None:
    (teu, _after_174) = [
        h for _, t, _, h in _links(linked) if t.startswith("Verdrag betreffende de E")
    ]
    runs = teu.findall("w:r", NS)
    assert [_text(r) for r in runs] == ["Verdrag betreffende", " de ", "Europese Unie"]
    assert runs[0].find("w:rPr/w:i", NS) is not None
    assert runs[2].find("w:rPr/w:b", NS) is not None
    assert runs[1].find("w:rPr/w:b", NS) is None


def test_a_run_split_at_a_citation_keeps_its_properties_on_both_sides(linked: bytes) -> None:
    # "artikel 174 van het Verdrag betreffende de Europese Unie" is one red run; the
    # article is not linked (the TEU has 55), the Treaty's name is.
    (_, cite) = [h for _, t, _, h in _links(linked) if t.startswith("Verdrag betreffende de E")]
    inside = cite.find("w:r", NS)
    before = cite.getprevious()
    assert _text(before) == "artikel 174 van het "
    assert before.find("w:t", NS).get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    for run in (before, inside):
        assert run.find("w:rPr/w:color", NS).get(_w("val")) == "A00000"


def test_comments_bookmarks_and_note_references_stay(linked: bytes) -> None:
    body_before = _parts(DRAFT)["/word/document.xml"].element
    body_after = _parts(linked)["/word/document.xml"].element
    for tag in (
        "commentRangeStart",
        "commentRangeEnd",
        "commentReference",
        "bookmarkStart",
        "bookmarkEnd",
        "footnoteReference",
        "endnoteReference",
    ):
        assert len(body_after.findall(f".//w:{tag}", NS)) == len(
            body_before.findall(f".//w:{tag}", NS)
        ), tag
    # The comment still covers "artikel 2", now inside the link.
    start = body_after.find(".//w:commentRangeStart", NS)
    assert _text(start.getnext()) == "artikel 2"
    bookmark = body_after.find(".//w:bookmarkStart", NS)
    assert bookmark.getparent().tag == _w("p")


def test_tracked_changes_are_never_touched(linked: bytes) -> None:
    result = link_docx(DRAFT, lang="nl")
    assert result.skipped >= 1  # "artikel 132, lid 4" is a tracked insertion
    before = _parts(DRAFT)["/word/document.xml"].element
    after = _parts(linked)["/word/document.xml"].element
    for tag in ("ins", "del"):
        old = [etree.tostring(e, method="c14n") for e in before.iter(_w(tag))]
        new = [etree.tostring(e, method="c14n") for e in after.iter(_w(tag))]
        assert new == old
    texts = {text for _, text, _, _ in _links(linked)}
    assert "artikel 132, lid 4" not in texts
    assert "artikel 144, lid 5" in texts  # just before the tracked deletion


def test_an_existing_link_is_left_alone(linked: bytes) -> None:
    com = [(text, url) for _, text, url, _ in _links(linked) if "COM" in text]
    assert com == [
        ("COM(2020)0171", "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:52020PC0171")
    ]
    for h in _parts(linked)["/word/document.xml"].element.iter(_w("hyperlink")):
        assert h.find(".//w:hyperlink", NS) is None  # never nested


def test_linking_twice_adds_nothing(linked: bytes) -> None:
    again = link_docx(linked, lang="nl")
    assert again.changed == 0
    first, second = _parts(linked), _parts(again.data)
    assert {n: _c14n(p) for n, p in first.items()} == {n: _c14n(p) for n, p in second.items()}


def test_unlink_restores_the_document(linked: bytes) -> None:
    result = unlink_docx(linked, lang="nl")
    assert result.changed == link_docx(DRAFT, lang="nl").changed
    original, restored = _parts(DRAFT), _parts(result.data)
    for name in original:
        assert _c14n(restored[name]) == _c14n(original[name]), name
        assert len(restored[name].rels) == len(original[name].rels), name
    # The hand-made link to the same kind of address stays.
    assert [text for _, text, _, _ in _links(result.data)] == ["COM(2020)0171"]


def test_the_result_reopens_with_python_docx(linked: bytes) -> None:
    document = docx.Document(io.BytesIO(linked))
    assert any("artikel 174" in p.text for p in document.paragraphs)
    assert document.part.rels  # relationships load


def test_a_citation_with_a_tracked_deletion_inside_is_not_linked() -> None:
    body = (
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p>'
        '<w:r><w:t xml:space="preserve">gezien artikel 2 van het Verdrag betreffende de '
        "</w:t></w:r>"
        '<w:del w:id="1" w:author="x"><w:r><w:delText>Europese </w:delText></w:r></w:del>'
        '<w:r><w:t xml:space="preserve">Europese Unie en artikel 3 VEU</w:t></w:r>'
        "</w:p></w:body></w:document>"
    )
    data = _docx_with_body(body)
    result = link_docx(data, lang="nl")
    texts = [text for _, text, _, _ in _links(result.data)]
    assert "artikel 3" in texts and "VEU" in texts
    assert "Verdrag betreffende de Europese Unie" not in texts
    assert read_docx(result.data).text == read_docx(data).text


def _docx_with_body(document_xml: str) -> bytes:
    """A python-docx package whose body is replaced by ``document_xml``."""
    from docx.oxml import parse_xml

    document = docx.Document()
    part = document.part
    part._element = parse_xml(document_xml.encode())
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- checking


def test_check_finds_what_it_finds_on_the_markdown_of_the_same_text() -> None:
    word = check_docx(DRAFT, lang="nl")
    markdown = citeresolve.check(DRAFT_MD.read_text(encoding="utf-8"), lang="nl")
    assert [f.code for f in word] == [f.code for f in markdown] == ["CR001"]
    assert [f.finding.text for f in word] == [f.text for f in markdown]
    (finding,) = word
    assert finding.location == "paragraph 8" and finding.paragraph == 7
    assert finding.context == "– gezien «artikel 174» van het Verdrag betreffende de …"


def test_cli_check_on_word(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--no-config", "--lang", "nl", str(DRAFT)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{DRAFT}: paragraph 8: CR001 artikel 174: Article 174 is beyond")
    assert main(["check", "--no-config", "--lang", "nl", str(CLEAN)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["check", "--no-config", "--format", "json", str(DRAFT)]) == 1
    (record,) = json.loads(capsys.readouterr().out)
    assert record["paragraph"] == 7 and record["part"] == "body" and record["code"] == "CR001"


def test_cli_rejects_a_file_that_is_not_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "draft.docx"
    fake.write_text("Article 3 TEU\n", encoding="utf-8")
    assert main(["check", "--no-config", str(fake)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a Word document" in err and "Traceback" not in err
    assert main(["link", str(fake), "-o", str(tmp_path / "out.docx")]) == 1
    assert "not a Word document" in capsys.readouterr().err


# -------------------------------------------------------------- the CLI


def test_cli_link_to_a_file_in_place_and_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.docx"
    shutil.copy(DRAFT, draft)
    out = tmp_path / "linked.docx"
    assert main(["link", str(draft), "-o", str(out), "--lang", "nl"]) == 0
    assert len(_links(out.read_bytes())) == len(_links(DRAFT.read_bytes())) + 27
    assert main(["link", "-i", str(draft), "--lang", "nl"]) == 0
    assert _parts(draft.read_bytes()).keys() == _parts(out.read_bytes()).keys()
    assert main(["link", "--unlink", "-i", str(draft), "--lang", "nl"]) == 0
    assert [text for _, text, _, _ in _links(draft.read_bytes())] == ["COM(2020)0171"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx", "linked.docx"]
    # A binary document never goes to standard output.
    assert main(["link", str(draft)]) == 1
    assert "give -o OUT.docx or --in-place" in capsys.readouterr().err


def test_a_clear_message_without_the_docx_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real_import = builtins.__import__

    def no_docx(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "docx" or name.startswith("docx."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_docx)
    with pytest.raises(citeresolve.DocxDependencyError, match=r"citeresolve\[docx\]"):
        read_docx(DRAFT)
    assert main(["check", "--no-config", str(DRAFT)]) == 2
    assert "pip install 'citeresolve[docx]'" in capsys.readouterr().err
    assert main(["link", str(DRAFT), "-o", str(tmp_path / "x.docx")]) == 1
    assert "pip install 'citeresolve[docx]'" in capsys.readouterr().err


# ------------------------------------------------------------ rendering


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)")
def test_the_linked_document_renders_in_libreoffice(linked: bytes, tmp_path: Path) -> None:
    source = tmp_path / "linked.docx"
    source.write_bytes(linked)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = (tmp_path / "linked.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert b"eur-lex.europa.eu" in pdf  # the links became PDF link annotations

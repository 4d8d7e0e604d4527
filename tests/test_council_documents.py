"""Council register documents (council_doc, citation-keys.md contract version 2)."""

from __future__ import annotations

import pytest

import citeresolve
from citeresolve.knowledge.data import table
from citeresolve.model.family import family

CONSILIUM = "https://data.consilium.europa.eu/doc/document"


@pytest.mark.parametrize(
    ("text", "lang", "key", "surface"),
    [
        # The contract's own examples.
        ("as set out in ST 12345/23, the Presidency", "en", "ST-12345-2023", "ST 12345/23"),
        (
            "see Council document 12345/23 of 4 May",
            "en",
            "ST-12345-2023",
            "Council document 12345/23",
        ),
        ("(doc. 9876/21 REV 1)", "en", "ST-9876-2021-REV1", "doc. 9876/21 REV 1"),
        ("ST 9876 2021 INIT", "en", "ST-9876-2021", "ST 9876 2021 INIT"),
        ("doc. 9876/21 ADD 1 REV 2", "en", "ST-9876-2021-ADD1-REV2", "doc. 9876/21 ADD 1 REV 2"),
        # The metadata line under a EUR-Lex title.
        (
            "uitvoering van Verordening (EU) nr. 269/2014\n\nST/12801/2022/INIT\n\nPB L 259I",
            "nl",
            "ST-12801-2022",
            "ST/12801/2022/INIT",
        ),
        ("ST/10181/2021/REV/1", "en", "ST-10181-2021-REV1", "ST/10181/2021/REV/1"),
        # Words for "Council document" from the data file.
        (
            "Die Delegationen erhalten anbei das Ratsdokument 5432/22 COR 1.",
            "de",
            "ST-5432-2022-COR1",
            "Ratsdokument 5432/22 COR 1",
        ),
        (
            "le document du Conseil ST 7777/19 a été examiné",
            "fr",
            "ST-7777-2019",
            "document du Conseil ST 7777/19",
        ),
        ("dokument Rady 15120/98", "pl", "ST-15120-1998", "dokument Rady 15120/98"),
    ],
)
def test_council_documents_are_found(text: str, lang: str, key: str, surface: str) -> None:
    found = [c for c in citeresolve.extract(text, lang=lang) if c.type == "council_doc"]
    assert [(c.key, c.text) for c in found] == [(key, surface)]
    assert text[found[0].start : found[0].end] == surface


@pytest.mark.parametrize(
    "text",
    [
        "the bare number 12345/23 is not a Council document",
        "Regulation (EU) 2016/679 of the European Parliament and of the Council",
        "a document of 12 pages, 2023",
        "STATE 12345/23",  # ST only as a word of its own
        "Case C-311/18",
    ],
)
def test_numbers_without_a_council_marker_are_not_council_documents(text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="en") if c.type == "council_doc"] == []


@pytest.mark.parametrize(
    "key", ["ST-12345-2023", "ST-9876-2021-REV1", "ST-9876-2021-ADD1-REV2", "ST-1-1999-COR12"]
)
def test_keys_round_trip(key: str) -> None:
    parts = citeresolve.parse_key(key)
    assert parts.type == "council_doc"
    assert citeresolve.format_key(parts) == key


@pytest.mark.parametrize(
    "key", ["ST-012345-2023", "ST-12345-23", "ST-9876-2021-INIT", "ST-1-2021-"]
)
def test_malformed_keys_are_rejected(key: str) -> None:
    with pytest.raises(citeresolve.InvalidKeyError):
        citeresolve.parse_key(key)


def test_resolution_to_the_register_pdf_and_a_label_in_the_language() -> None:
    result = citeresolve.resolve("ST-9876-2021-ADD1-REV2", lang="de")
    assert result.status == "ok"
    assert result.url == f"{CONSILIUM}/ST-9876-2021-ADD-1-REV-2/de/pdf"
    assert result.label == "Ratsdokument ST 9876/21 ADD 1 REV 2"
    assert citeresolve.resolve("ST-14452-2025", lang="en").label == "Council document ST 14452/25"


def test_documents_before_the_register_have_no_url() -> None:
    result = citeresolve.resolve("ST-4321-1995")
    assert (result.status, result.url) == ("unknown", None)
    assert "1999" in str(result.reason)


def test_every_eu_language_has_words_for_council_document() -> None:
    words = table("council_documents.toml")["words"]
    assert set(words) == set(citeresolve.EU_LANGUAGES)
    assert all(isinstance(w, str) and w.strip() for ws in words.values() for w in ws)


def test_the_family_is_registered_with_its_own_resolver() -> None:
    own = family("council_doc")
    assert own.find is not None and own.resolve is not None and own.label is not None


def test_the_trigger_finds_what_a_scan_of_the_whole_text_finds() -> None:
    # The pattern runs only where "ST" or a word for "Council document" starts; every
    # match of a scan over the whole text must be among those starts.
    from citeresolve.families import council_documents

    words = sorted({w for ws in table("council_documents.toml")["words"].values() for w in ws})
    numbers = ["12345/23", "9876 2021 INIT", "14128/2019/INIT", "5432/22 COR 1"]
    lines = [f"({w} {n})" for w in words for n in numbers]
    lines += [f"…{w.upper()} {n}; {w.lower()}\n{n}" for w in words for n in numbers]
    lines += ["ST 12345/23", "xST 1/23", "/ST 1/23", "ST/14128/2019/INIT", "STATE 12/23"]
    text = "\n".join(lines)
    scanned = [m.span() for m in council_documents._pattern().finditer(text)]
    found = [(c.start, c.end) for c in council_documents.find(text)]
    assert found == scanned
    assert len(found) > 2 * len(words)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The header of a Council cover note: the previous document and the
        # Commission's document, each by its register number.
        (
            "ro",
            "Destinatar: Delegațiile AUDIO 34 Nr. doc. ant.: 6798/17 AUDIO 21 Nr. doc. Csie: "
            "9479/16 AUDIO 68",
            ["ST-6798-2017", "ST-9479-2016"],
        ),
        (
            "en",
            "To: Delegations No. prev. doc.: 6798/17 AUDIO 21 No. Cion doc.: 9479/16 AUDIO 68",
            ["ST-6798-2017", "ST-9479-2016"],
        ),
        (
            "fr",
            "Destinataire: délégations N° doc. préc.: 6798/17 AUDIO 21 N° doc. Cion: 9479/16",
            ["ST-6798-2017", "ST-9479-2016"],
        ),
        (
            "de",
            "Empfänger: Delegationen Nr. Vordok.: 6798/17 AUDIO 21 Nr. Komm.dok.: 9479/16",
            ["ST-6798-2017", "ST-9479-2016"],
        ),
        (
            "fi",
            "Vastaanottaja: Neuvosto Ed. asiak. nro: 6798/17 AUDIO 21 Kom:n asiak. nro: 9479/16",
            ["ST-6798-2017", "ST-9479-2016"],
        ),
        (
            "sv",
            "Mottagare: Delegationerna Föreg. dok. nr: 6798/17 AUDIO 21 Komm. dok. nr: 9479/16",
            ["ST-6798-2017", "ST-9479-2016"],
        ),
        (
            "it",
            "Destinatario: delegazioni n. doc. prec.: 6798/17 AUDIO 21 n. doc. Comm.: 9479/16",
            ["ST-6798-2017", "ST-9479-2016"],
        ),
        # Negative: a label whose value the layout moved away ("Ed. asiak. nro:" then a name).
        ("fi", "Ed. asiak. nro: Puheenjohtajavaltio Neuvosto 15020/18", []),
        # Negative: the document's own number with no label before it.
        ("en", "7902/17 cd/rig/ss 1 GIP.2", []),
    ],
)
def test_cover_note_header_labels(lang: str, text: str, expected: list[str]) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang) if c.type == "council_doc"]
    assert keys == expected

"""Commission documents on their own (families/com_documents.py): COM, SWD and JOIN
numbers become candidates; their keys link by the document's number, with a CELEX
only where the number gives it for certain."""

from __future__ import annotations

import pytest

import citeresolve
from citeresolve.families import com_documents
from citeresolve.model.keys import format_key, parse_key

from .conftest import read_by

EURLEX = "https://eur-lex.europa.eu/legal-content"


def found(text: str) -> list[tuple[str, str]]:
    return read_by(com_documents.parse, text)


@pytest.mark.parametrize(
    ("text", "citations"),
    [
        ("COM(2021) 206 final", [("COM(2021)206", "COM(2021) 206 final")]),
        # the form of CELEX-era references and of EUR-Lex metadata
        ("COM/2021/206 final", [("COM(2021)206", "COM/2021/206 final")]),
        ("SWD(2014) 271 final", [("SWD(2014)271", "SWD(2014) 271 final")]),
        ("JOIN(2020) 5 final", [("JOIN(2020)5", "JOIN(2020) 5 final")]),
        # the document word of another language (data: identifiers.toml com_document_words)
        ("KOM(2019) 640 endgültig", [("COM(2019)640", "KOM(2019) 640")]),
        # a space before the bracket, zero padding: no zeros in the key
        ("COM (2021) 206", [("COM(2021)206", "COM (2021) 206")]),
        ("COM(2021)0206", [("COM(2021)206", "COM(2021)0206")]),
        # a proposal's cover line lists its impact assessments in braces, in every
        # language's version (hu "Javaslat … {SWD(2022) 345, 542, 545}", ga, en)
        (
            "{SEC(2022) 542}\n{SWD(2022) 345, 542, 545}\n",
            [
                ("SWD(2022)345", "SWD(2022) 345"),
                ("SWD(2022)542", "542"),
                ("SWD(2022)545", "545"),
            ],
        ),
        ("[SWD(2021) 12, 13]", [("SWD(2021)12", "SWD(2021) 12"), ("SWD(2021)13", "13")]),
        # a date after the comma is no number of the list
        ("{COM(2020) 66, 10 March}", [("COM(2020)66", "COM(2020) 66")]),
        # a parliament's label in lower case, space and zero padding (da "kom (2019)
        # 0087 (forslag)", sv and de lists of proposals)
        ("DA\nkom (2018) 0631 (forslag) - Forslag til", [("COM(2018)631", "kom (2018) 0631")]),
        (
            "se kom (2021) 0206 och kom (2021) 0207",
            [("COM(2021)206", "kom (2021) 0206"), ("COM(2021)207", "kom (2021) 0207")],
        ),
        # documents of the 1980s: a two-digit year of the last century, the word in
        # title case in old translations (ga "[Com (85) 312 críochnaitheach]")
        (
            "faoi mar a mholtar [Com (85) 312 críochnaitheach].",
            [("COM(1985)312", "Com (85) 312 críochnaitheach")],
        ),
        ("the proposal (COM (86) 41 final) was", [("COM(1986)41", "COM (86) 41 final")]),
        ("la proposition COM (81) 905 final du", [("COM(1981)905", "COM (81) 905 final")]),
        ("Vorschlag der Kommission Kom (88) 7 endg.", [("COM(1988)7", "Kom (88) 7 endg.")]),
        ("il-proposta KOM(79) 12 finali", [("COM(1979)12", "KOM(79) 12 finali")]),
    ],
)
def test_commission_documents_become_candidates(
    text: str, citations: list[tuple[str, str]]
) -> None:
    assert found(text) == citations


@pytest.mark.parametrize(
    "text",
    [
        "SEC(2010) 1",  # not a family of the key contract
        "ECOM(2021) 206",  # inside another word
        "COM(35) 206",  # a two-digit year of neither century's range is no COM number
        # a lower-case word glued to its year or in an address is none
        "kom(2020)0270",
        "https://www.ft.dk/samling/20201/kommissionsforslag/kom (2020)0270/forslag",
        "de kom (2020) tilbage",
        # a title-case word glued to its year, or the start of another word
        "Com(85)312",
        "Commission (85) 312",
    ],
)
def test_no_commission_document(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("key", ["COM(2021)206", "SWD(2014)271", "JOIN(2020)5"])
def test_keys_round_trip(key: str) -> None:
    parts = parse_key(key)
    assert parts.type == "com_doc" and format_key(parts) == key


def test_a_com_document_links_by_number_without_guessing_its_celex() -> None:
    # a COM document is a proposal (PC) or another document (DC): the key does not say
    found = citeresolve.resolve("COM(2021)206", lang="nl")
    assert found.status == "ok" and found.label == "COM(2021) 206"
    assert found.url == f"{EURLEX}/NL/TXT/?uri=COM:2021:206:FIN" and found.celex is None


def test_swd_has_one_descriptor_and_join_links_by_celex() -> None:
    swd = citeresolve.resolve("SWD(2014)271")
    assert swd.url == f"{EURLEX}/EN/TXT/?uri=SWD:2014:271:FIN" and swd.celex == "52014SC0271"
    join = citeresolve.resolve("JOIN(2020)5", lang="fr")
    assert join.url == f"{EURLEX}/FR/TXT/?uri=CELEX:52020JC0005"
    assert f"{EURLEX}/FR/TXT/?uri=JOIN:2020:5:FIN" in [a.url for a in join.alternatives]


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        ("the Commission proposal COM(2021) 206 final", "52021PC0206"),
        ("Commission Communication COM(2021) 206 final", None),
    ],
)
def test_a_proposal_s_own_words_make_its_celex_certain(text: str, celex: str | None) -> None:
    (doc,) = [c for c in citeresolve.extract(text, lang="en") if c.type == "com_doc"]
    assert citeresolve.resolve(doc).celex == celex


@pytest.mark.parametrize(
    ("text", "citations"),
    [
        # A parliament's list of documents ends with its sentence (pl Sejm committee:
        # "w trybie art. 151 ust. 1 regulaminu Sejmu … COM(2018) 91, 133, 136, 250, 251.").
        (
            "ustawy COM(2018) 91, 133, 136, 250, 251. Czy do wymienionych",
            [
                ("COM(2018)91", "COM(2018) 91"),
                ("COM(2018)133", "133"),
                ("COM(2018)136", "136"),
                ("COM(2018)250", "250"),
                ("COM(2018)251", "251"),
            ],
        ),
        (
            "regulaminu Sejmu COM(2018) 609, 612. Czy do",
            [("COM(2018)609", "COM(2018) 609"), ("COM(2018)612", "612")],
        ),
        (
            "dokumenty KOM(2018) 137, 139. Výbor",
            [("COM(2018)137", "KOM(2018) 137"), ("COM(2018)139", "139")],
        ),
        (
            "the documents SWD(2021) 12, 13.\n",
            [("SWD(2021)12", "SWD(2021) 12"), ("SWD(2021)13", "13")],
        ),
        # Never a date's day with its dot, nor a page after "final" before the full stop.
        ("KOM(2020) 66, 10. März 2020", [("COM(2020)66", "KOM(2020) 66")]),
        ("see COM(2019) 640 final, 11. Furthermore", [("COM(2019)640", "COM(2019) 640 final")]),
        ("COM(2019) 640, 11.12.2019", [("COM(2019)640", "COM(2019) 640")]),
    ],
)
def test_a_list_of_numbers_ends_with_its_sentence(
    text: str, citations: list[tuple[str, str]]
) -> None:
    assert found(text) == citations

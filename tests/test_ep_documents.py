"""The European Parliament's document numbers on their own (families/ep_documents.py):
texts adopted, reports, motions and joint motions become candidates, and their keys
resolve to doceo within the term that numbered them."""

from __future__ import annotations

import pytest

import citeresolve
from citeresolve.families import ep_documents
from citeresolve.model.keys import format_key, parse_key

from .conftest import read_by

DOCEO = "https://www.europarl.europa.eu/doceo/document"


def found(text: str) -> list[tuple[str, str]]:
    return read_by(ep_documents.parse, text)


@pytest.mark.parametrize(
    ("text", "citations"),
    [
        ("Texts adopted, P9_TA(2021)0056.", [("TA-9-2021-0056", "P9_TA(2021)0056")]),
        # a provisional edition is the same text adopted
        ("P9_TA-PROV(2022)0012", [("TA-9-2022-0012", "P9_TA-PROV(2022)0012")]),
        ("report A9-0001/2022 of the committee", [("A-9-2022-0001", "A9-0001/2022")]),
        ("motion B9-0123/2021", [("B-9-2021-0123", "B9-0123/2021")]),
        ("RC-B9-0065/2022", [("RC-9-2022-0065", "RC-B9-0065/2022")]),
        # the Legislative Observatory numbers a text adopted like a report
        ("T9-0035/2022", [("TA-9-2022-0035", "T9-0035/2022")]),
        # a page header glues the report to the text adopted before it
        (
            "P9_TA(2021)0014A9-0259/2020",
            [("TA-9-2021-0014", "P9_TA(2021)0014"), ("A-9-2020-0259", "A9-0259/2020")],
        ),
    ],
)
def test_ep_document_numbers_become_candidates(text: str, citations: list[tuple[str, str]]) -> None:
    assert found(text) == citations


@pytest.mark.parametrize(
    "text",
    [
        "A8-0203/2015/err01",  # a corrigendum is a document of its own, with no key
        "A8-0203/2015/ADD1",  # so is an addendum
        "RC-T9-0035/2022",  # a joint motion joins motions, never texts adopted
        "XA9-0259/2020",  # inside another identifier
        "Rule A9-02/2020",  # too few digits
        "P9_TA(2021)00561",  # too many
    ],
)
def test_no_ep_document(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "key", ["TA-9-2021-0056", "A-9-2022-0001", "B-9-2021-0123", "RC-9-2022-0065"]
)
def test_keys_round_trip(key: str) -> None:
    parts = parse_key(key)
    assert parts.type == "ep_doc" and format_key(parts) == key


@pytest.mark.parametrize(
    ("key", "lang", "label"),
    [
        ("TA-9-2021-0056", "en", "Texts adopted P9_TA(2021)0056"),
        ("TA-9-2021-0056", "nl", "Aangenomen teksten P9_TA(2021)0056"),
        ("A-9-2022-0001", "en", "A9-0001/2022"),
        ("RC-9-2022-0065", "fr", "RC-B9-0065/2022"),
    ],
)
def test_resolves_to_doceo_with_a_label_in_the_language(key: str, lang: str, label: str) -> None:
    found = citeresolve.resolve(key, lang=lang)
    assert found.status == "ok" and found.label == label
    assert found.url == f"{DOCEO}/{key}_{lang.upper()}.html"
    assert [a.url for a in found.alternatives] == [f"{DOCEO}/{key}_{lang.upper()}.pdf"]


@pytest.mark.parametrize(
    ("key", "status", "reason"),
    [
        ("TA-9-2018-0001", "invalid", "EP term 9 ran 2019–2024"),
        ("TA-11-2030-0001", "invalid", "there is no EP term 11"),
        ("A-9-2022-0000", "invalid", "number 0000 does not exist"),
        # terms 1-4: doceo is not known to hold them, so no URL is made up
        ("TA-4-1995-0001", "unknown", "doceo is not known to hold documents of EP term 4"),
    ],
)
def test_what_no_term_numbered_is_not_linked(key: str, status: str, reason: str) -> None:
    found = citeresolve.resolve(key)
    assert found.status == status and found.url is None
    assert reason in str(found.reason)

"""Commission documents and procedure numbers of the last century, as EUR-Lex's old
proposal headers and legislative histories write them: a two-digit year ("COM(97) 49
def.", "/* COM/98/0123 final - CNS 98/0075 */", "96/0114(SYN)") and the word "final" of
each language inside the span (identifiers.toml short_year_first, com_document_finals)."""

from __future__ import annotations

import pytest

import citeresolve


def found(text: str, lang: str, *types: str) -> list[tuple[str, str]]:
    return [
        (c.key, text[c.start : c.end])
        for c in citeresolve.extract(text, lang=lang)
        if c.type in (types or ("com_doc", "procedure"))
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the header under an old proposal's title: COM number, "final" word, procedure
        (
            "fr",
            "Proposition de directive du Conseil relative aux emballages /* COM/96/0281 "
            "final - SYN 96/0114 */",
            [("COM(1996)281", "COM/96/0281 final"), ("PROC:1996/0114(SYN)", "SYN 96/0114")],
        ),
        (
            "de",
            "Vorschlag für eine Verordnung des Rates\n/* KOM/98/0123 endg. - CNS 98/0075 */",
            [("COM(1998)123", "KOM/98/0123 endg."), ("PROC:1998/0075(CNS)", "CNS 98/0075")],
        ),
        (
            "fi",
            "Ehdotus neuvoston direktiiviksi /* KOM/99/0612 lopull. - AVC 99/0244 */",
            [("COM(1999)612", "KOM/99/0612 lopull."), ("PROC:1999/0244(AVC)", "AVC 99/0244")],
        ),
        # an amended proposal of 2000 keeps its procedure's old number
        (
            "it",
            "/* COM/2000/0316 def. - COD 98/0191 */",
            [("COM(2000)316", "COM/2000/0316 def."), ("PROC:1998/0191(COD)", "COD 98/0191")],
        ),
        # a list of proposals with two-digit years, each with its "final" word
        (
            "nl",
            "het gewijzigde voorstel, COM(96) 281 def., COM(97) 12 def. en COM(98) 7 def., "
            "houdende",
            [
                ("COM(1996)281", "COM(96) 281 def."),
                ("COM(1997)12", "COM(97) 12 def."),
                ("COM(1998)7", "COM(98) 7 def."),
            ],
        ),
        (
            "es",
            "sobre la propuesta de la Comisión (COM(96)0281 - C4-0410/96 - 96/0114(SYN))",
            [("COM(1996)281", "COM(96)0281"), ("PROC:1996/0114(SYN)", "96/0114(SYN)")],
        ),
        # the word "final" in capitals
        (
            "en",
            "/* COM/95/0567 FINAL - CNS 95/0290 */",
            [("COM(1995)567", "COM/95/0567 FINAL"), ("PROC:1995/0290(CNS)", "CNS 95/0290")],
        ),
    ],
)
def test_old_headers_and_histories(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an act's number is no procedure, whatever its type's letters
        ("en", "Directive 96/61/EC and Regulation (EEC) No 95/93"),
        # a short year needs a known type and a four-digit number
        ("fr", "le dossier 97/067(SYN) et la note 97/0067(ABC)"),
        # nor a year before short_year_first, nor a digit or slash before the year
        ("de", "KOM(49) 12 und 2/97/0067 (SYN), 197/0067(COD)"),
        # a Council register number with a two-digit year is no COM document
        ("nl", "document 7531/97 van de Raad"),
    ],
)
def test_what_is_no_old_document(lang: str, text: str) -> None:
    assert found(text, lang) == []

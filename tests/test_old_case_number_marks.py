"""A case of the Court of Justice before 1989 has no court letter, so it is read only next
to a case word. Hungarian writes the case word after the number, its number mark ("sz.",
"számú") and perhaps the parties' name: "a 26/62. sz. Van Gend en Loos ügyben", "a 6/64.
sz. Costa-ügyben" ([cases] marks_after). Other languages put the word first ("predmet
26/62", "vec 26/62", "il-Kawża 26/62"), which keeps working."""

from __future__ import annotations

import pytest

import citeresolve

OLD = ["CJEU:C-26/62", "CJEU:C-6/64"]
CASES = [
    (
        "hu",
        "A közvetlen hatály elvét a 26/62. sz. Van Gend en Loos ügyben, az elsőbbségét a 6/64. "
        "sz. Costa-ügyben mondta ki a Bíróság.",
        ["CJEU:C-26/62", "CJEU:C-6/64"],
    ),
    (
        "hu",
        "A 120/78. sz. ügyben (Cassis de Dijon) és a 8/74. számú Dassonville-ügyben hozott "
        "ítéletek, valamint a C-6/90. és C-9/90. sz. egyesített ügyek.",
        ["CJEU:C-120/78", "CJEU:C-8/74", "CJEU:C-6/90", "CJEU:C-9/90"],
    ),
    ("hr", "presuda u predmetu 26/62, Van Gend en Loos, i u predmetu 6/64, Costa", OLD),
    ("sk", "rozsudok vo veci 26/62, Van Gend en Loos, a vo veci 6/64, Costa", OLD),
    ("mt", "is-sentenza fil-Kawża 26/62, Van Gend en Loos, u fil-Kawża 6/64, Costa", OLD),
]


@pytest.mark.parametrize(("lang", "text", "keys"), CASES)
def test_old_case_before_or_after_its_case_word(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys


@pytest.mark.parametrize(
    "text",
    [
        # national decisions numbered the same way, with no case word after them
        "a 12/95. sz. határozat és a 37/06. sz. végzés szerint",
        # a case word too far after the number, past another number
        "a 26/62. sz. melléklet 3. pontja szerinti ügyben",
        # a year after 1988 with no court letter is no case of the Court
        "a 123/95. sz. ügyben a munkaügyi bíróság döntött",
    ],
)
def test_no_case_without_its_word_or_year(text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="hu") if c.type == "case"] == []

"""A number a comma sets after a list an "and" word closed, followed by a full stop and a
capital, is the next item of the text's own enumeration, no article: a Greek authority's
decision "λαμβάνοντας υπόψη: 1. … του Κανονισμού (ΕΕ) 2016/679, ιδίως τα άρθρα 5, 6 και 58
παρ. 2, 2. Τις διατάξεις του ν. 4624/2019" read an Article 2 of the GDPR. Where numbers
take an ordinal dot (hr "članak 3.") the dot is no full stop and the rule is not asked."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"
EPRIVACY = "CELEX:32002L0058"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "el",
            "Η Αρχή, λαμβάνοντας υπόψη: 1. Τις διατάξεις του Κανονισμού (ΕΕ) 2016/679, ιδίως τα "
            "άρθρα 5, 6 και 58 παρ. 2, 2. Τις διατάξεις του ν. 4624/2019, 3. Την Οδηγία "
            "2002/58/ΕΚ.",
            [GDPR, f"{GDPR}:5", f"{GDPR}:6", f"{GDPR}:58(2)", EPRIVACY],
        ),
        (
            "en",
            "Having regard to: 1. Regulation (EU) 2016/679, in particular Articles 5(1)(a), 6(1) "
            "and 58(2), 2. Law 4624/2019, 3. Directive 2002/58/EC.",
            [GDPR, f"{GDPR}:5(1)(a)", f"{GDPR}:6(1)", f"{GDPR}:58(2)", EPRIVACY],
        ),
        (
            "cs",
            "Vzhledem k: 1. nařízení (EU) 2016/679, zejména článkům 5, 6 a 58 odst. 2, 2. Zákonu "
            "č. 110/2019 Sb., 3. směrnici 2002/58/ES.",
            [GDPR, f"{GDPR}:5", f"{GDPR}:6", f"{GDPR}:58(2)", EPRIVACY],
        ),
        (
            "es",
            "Vistos: 1. El Reglamento (UE) 2016/679, en particular sus artículos 5, 6 y 58, "
            "apartado 2, 2. La Ley Orgánica 3/2018, 3. La Directiva 2002/58/CE.",
            [GDPR, f"{GDPR}:5", f"{GDPR}:6", f"{GDPR}:58(2)", EPRIVACY],
        ),
    ],
)
def test_enumeration_number_after_a_closed_list(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # no "and" closed the list: the number is a member
        (
            "en",
            "Articles 5, 6, 7 of Regulation (EU) 2016/679 apply.",
            [f"{GDPR}:5", f"{GDPR}:6", f"{GDPR}:7"],
        ),
        # the last member after "and" before a full stop stays
        (
            "en",
            "Regulation (EU) 2016/679 applies, in particular Articles 5, 6 and 7. The Member "
            "States shall comply.",
            [GDPR, f"{GDPR}:5", f"{GDPR}:6", f"{GDPR}:7"],
        ),
    ],
)
def test_list_members_stay(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected

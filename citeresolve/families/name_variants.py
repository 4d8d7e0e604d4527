"""The forms of an instrument's name that a language writes besides those its file
lists: the Union's name shortened ("Tratado da UE", "Vertrag über die Arbeitsweise
der EU"), a word of an older Treaty's name slipped into a newer one's
(``name_slips``), and in Irish the initial mutations of the name's first word ("sa Chonradh",
"i gCairt"). Both come from the language file (``union_short``,
``name_slips``, ``initial_mutations``); a language without them keeps its names as listed."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from ..knowledge.lang import Language, all_languages, kept_union


def name_variants(language: Language, names: list[str]) -> list[str]:
    """``names`` and the forms of them the language also writes, each once, in order."""
    data = language.data
    out = list(names)
    short: Mapping[str, str] = data.get("union_short", {})
    # fr "traité sur le fonctionnement de l'Union européenne" -> "… de l'UE"
    out += [
        name.replace(full, abbr) for name in names for full, abbr in short.items() if full in name
    ]
    # sv "fördraget om upprättandet av Europeiska unionens funktionssätt": the TFEU's
    # name with a word of an older Treaty's name slipped in (the EC Treaty's)
    slips: Mapping[str, str] = data.get("name_slips", {})
    out += [
        name.replace(right, slipped)
        for name in list(out)
        for right, slipped in slips.items()
        if right in name
    ]
    mutations: Mapping[str, Any] = data.get("initial_mutations", {})
    if mutations:
        out += [form for name in list(out) for form in _mutated(name, mutations)]
    return list(dict.fromkeys(out))


@functools.cache
def every_language_names(section: str) -> list[str]:
    """The ``names`` of ``section`` in every language file, each also in the forms its
    language writes (the Official Journal: sl "Uradni list EU", the Union abbreviated)."""
    return kept_union(f"names\0{section}", lambda: _every_language_names(section), __file__)


def _every_language_names(section: str) -> list[str]:
    names: list[str] = []
    for language in all_languages():
        names += name_variants(language, language.section(section)["names"])
    return names


def dotted_abbreviations(abbreviations: list[str]) -> list[str]:
    """``abbreviations`` and each written with a dot after every capital: ro "din
    T.F.U.E.", "T.U.E." (only abbreviations of capitals alone, three or more)."""
    dotted = [
        ".".join(a) + "." for a in abbreviations if len(a) >= 3 and a.isalpha() and a.isupper()
    ]
    return [*abbreviations, *dotted]


def _mutated(name: str, mutations: Mapping[str, Any]) -> list[str]:
    """The lenited and eclipsed forms of ``name``: ga "Cairt" -> "Chairt", "gCairt";
    "Conradh" -> "Chonradh", "gConradh"; "Aontas" -> "nAontas"."""
    first = name[:1]
    key = first.lower()
    forms = []
    if key in mutations.get("lenition", []):
        # lenition writes an h after the first consonant, in its case ("Chairt")
        forms.append(first + ("H" if name[1:2].isupper() else "h") + name[1:])
    prefix = mutations.get("eclipsis", {}).get(key)
    if prefix is not None:
        # eclipsis writes a lower-case consonant before it ("gCairt", "bhFeidhmiú",
        # "nAontas"), whatever the case of the word
        forms.append(prefix + name)
    return forms

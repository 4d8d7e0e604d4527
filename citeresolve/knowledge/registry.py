"""The instrument registry (``data/instruments.toml``): codes, article counts, URLs."""

from __future__ import annotations

import functools
from typing import Any

from .data import table


def instruments() -> dict[str, dict[str, Any]]:
    return table("instruments.toml")


@functools.cache
def latin_suffixes() -> tuple[str, ...]:
    """The Latin suffixes of inserted articles in order, "bis", "ter" …: the n-th
    stands for the n-th letter ("8bis" is "8a"); ``data/identifiers.toml``."""
    return tuple(table("identifiers.toml")["latin_suffixes"])


def keeps_latin_suffixes(code: str) -> bool:
    return bool(instruments().get(code, {}).get("latin_suffixes", False))


def _english_act_names(entry: dict[str, Any], lang: str) -> list[str]:
    """The English names ending in "Act" of an act whose own title gives its short title
    ("Digital Services Act", "AI Act"): texts in every language cite it so (de "Art. 34
    des Digital Services Act", nl "artikel 34 van de Data Act", fr "l'article 5 du Chips
    Act"); none for English, whose list has them."""
    if lang == "en" or not entry.get("official"):
        return []
    english = entry.get("names", {}).get("en", [])
    return [n for n in english if n.removeprefix("=").endswith(" Act")]


@functools.cache
def popular_names(lang: str) -> dict[str, list[str]]:
    """Names and abbreviations of acts cited by a popular name (``data/popular_names.toml``)
    in one language: CELEX number -> phrases ("GDPR", "Datenschutz-Grundverordnung")."""
    data = table("popular_names.toml")
    # Languages that inflect an abbreviation by a case ending after a mark (fi "GDPR:n",
    # "GDPR:ssä"): every abbreviation of the language is also found with those endings.
    endings = data.get("abbreviation_endings", {}).get(lang, [])
    # Languages whose names take a genitive ending (da/sv "habitatdirektivets"): every
    # name written whole (no "*") is also found with it.
    genitives = data.get("name_endings", {}).get(lang, [])
    # Languages that write the Union's abbreviation before an act's (de "EU-DSGVO", en
    # "EU GDPR"): every abbreviation of the language is also found after it.
    prefixes = data.get("abbreviation_prefixes", {}).get(lang, [])
    out: dict[str, list[str]] = {}
    for entry in data["acts"].values():
        if entry.get("annexed"):
            continue  # annexed_names
        names = entry.get("names", {}).get(lang, [])
        names = names + [n for n in _english_act_names(entry, lang) if n not in names]
        if names:
            inflected = [n + e for n in names if n.startswith("=") for e in endings]
            inflected += [f"={p}{n[1:]}" for n in names if n.startswith("=") for p in prefixes]
            inflected += [
                n + e
                for n in names
                if not n.startswith("=") and not n.endswith("*")
                for e in genitives
                if n + e not in names
            ]
            inflected += _as_words(names, data.get("abbreviation_words", {}).get(lang, {}))
            inflected += _dotted(names)
            out.setdefault(str(entry["celex"]), []).extend(names + inflected)
    return out


def _dotted(names: list[str]) -> list[str]:
    """Each abbreviation of capitals alone (three or more) also written with a dot after
    every capital, as some writers of the Latin languages do: pt "art. 83.º do R.G.P.D.",
    es "artículo 6 del R.G.P.D." (the treaties' abbreviations: name_variants)."""
    return [
        "=" + ".".join(n[1:]) + "."
        for n in names
        if n.startswith("=") and len(n) >= 4 and n[1:].isalpha() and n[1:].isupper()
    ]


@functools.cache
def annexed_names(lang: str) -> list[str]:
    """The popular names in ``lang`` of an act's annex whose articles are not the act's
    (``annexed`` in ``data/popular_names.toml``: "Article 90 of the Staff Regulations"):
    no key covers them, so an article chain they take is no citation."""
    acts = table("popular_names.toml")["acts"].values()
    return [n for entry in acts if entry.get("annexed") for n in entry["names"].get(lang, [])]


def _as_words(names: list[str], endings: dict[str, list[str]]) -> list[str]:
    """The abbreviations of ``names`` read as words and declined (hr "DORA" -> "=Dora",
    "=Dore", "=Dori" …; data ``abbreviation_words``): four or more capitals, the last a
    vowel with endings listed."""
    out = []
    for name in names:
        abbreviation = name.removeprefix("=")
        last = abbreviation[-1:].lower()
        shape = len(abbreviation) >= 4 and abbreviation.isalpha() and abbreviation.isupper()
        if name.startswith("=") and shape and last in endings:
            stem = abbreviation[0] + abbreviation[1:-1].lower()
            out += [f"={stem}{ending}" for ending in endings[last]]
    return out

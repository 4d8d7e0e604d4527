"""The registry of popular names (data/popular_names.toml) is well formed and unambiguous.

Each name is compiled with the same phrase syntax as the language files and run
against text, so a name that would match another act's name, or swallow the
start of another act's abbreviation, fails here rather than in a user's text.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from collections import defaultdict
from importlib import resources
from typing import Any

import pytest
import regex

import citeresolve
from citeresolve.knowledge import lang

CELEX_ACT = re.compile(r"3(?P<year>\d{4})(?P<type>[RLDF])(?P<number>\d{4})")
EURLEX_CELEX_URL = re.compile(
    r"https://eur-lex\.europa\.eu/legal-content/[A-Z]{2}/TXT/\?uri=CELEX:(\S+)"
)


def registry() -> dict[str, Any]:
    path = resources.files("citeresolve") / "data" / "popular_names.toml"
    with path.open("rb") as fh:
        return tomllib.load(fh)


ACTS: dict[str, dict[str, Any]] = registry()["acts"]


def literal(name: str) -> str:
    """The text a phrase stands for at its shortest: no `=` marker, wildcards empty."""
    return name.removeprefix("=").replace("*", "")


def names_by_language() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for act, entry in ACTS.items():
        for code, names in entry["names"].items():
            out[code] += [(act, name) for name in names]
    return out


def test_the_registry_has_at_least_150_acts() -> None:
    assert len(ACTS) >= 150


@pytest.mark.parametrize("act", sorted(ACTS))
def test_entry_is_complete(act: str) -> None:
    entry = ACTS[act]
    assert set(entry) - {"annexed"} == {"celex", "title", "official", "source", "names"}, act
    assert isinstance(entry.get("annexed", False), bool)
    assert isinstance(entry["official"], bool)
    assert entry["title"].strip() == entry["title"] and entry["title"]
    assert entry["source"].startswith("https://")
    assert entry["names"], f"{act} has no names"


@pytest.mark.parametrize("act", sorted(ACTS))
def test_celex_is_well_formed(act: str) -> None:
    celex = ACTS[act]["celex"]
    m = CELEX_ACT.fullmatch(celex)
    assert m, f"{act}: {celex!r} is not sector 3 + year + R/L/D/F + 4 digits"
    assert 1952 <= int(m["year"]) <= datetime.date.today().year
    assert int(m["number"]) > 0
    # A framework decision (F) exists only between Amsterdam and Lisbon.
    if m["type"] == "F":
        assert 1999 <= int(m["year"]) <= 2009, celex


def test_no_act_is_listed_twice() -> None:
    seen: dict[str, str] = {}
    for act, entry in ACTS.items():
        celex = entry["celex"]
        assert celex not in seen, f"{act} and {seen[celex]} share {celex}"
        seen[celex] = act


@pytest.mark.parametrize("act", sorted(ACTS))
def test_a_eurlex_source_names_the_act_itself(act: str) -> None:
    m = EURLEX_CELEX_URL.fullmatch(ACTS[act]["source"])
    if m:
        assert m[1] == ACTS[act]["celex"]


@pytest.mark.parametrize("act", sorted(ACTS))
def test_languages_are_the_24_and_names_are_clean(act: str) -> None:
    for code, names in ACTS[act]["names"].items():
        assert code in lang.EU_LANGUAGES, f"{act}: {code!r} is not an EU language"
        assert names, f"{act}.{code} is an empty list"
        assert len(set(names)) == len(names), f"{act}.{code} repeats a name"
        for name in names:
            assert name == name.strip() and "  " not in name, f"{act}.{code}: {name!r}"
            # Abbreviations say that they are exact, rather than relying on the
            # "no lower-case letter" rule of the phrase syntax.
            if not any(ch.islower() for ch in name):
                assert name.startswith("="), f"{act}.{code}: write {name!r} as '={name}'"


@pytest.mark.parametrize("act", sorted(ACTS))
def test_every_name_finds_itself_after_an_article(act: str) -> None:
    for code, names in ACTS[act]["names"].items():
        for name in names:
            text = f"Art. 6 {literal(name)}, "
            assert regex.search(lang.phrase_pattern(name), text), f"{act}.{code}: {name!r}"


def test_exact_names_do_not_match_other_capitalisations() -> None:
    assert not regex.search(lang.phrase_pattern("=DSA"), "the dsa")
    assert not regex.search(lang.phrase_pattern("=eIDAS"), "EIDAS")
    name = "General Data Protection Regulation"
    assert regex.search(lang.phrase_pattern(name), name.lower())


@pytest.mark.parametrize("code", sorted(names_by_language()))
def test_no_name_belongs_to_two_acts_in_a_language(code: str) -> None:
    owner: dict[str, str] = {}
    for act, name in names_by_language()[code]:
        key = name.removeprefix("=").casefold()
        assert owner.setdefault(key, act) == act, f"{code}: {name!r} is {owner[key]} and {act}"


@pytest.mark.parametrize("code", sorted(names_by_language()))
def test_no_name_matches_the_name_of_another_act(code: str) -> None:
    """Wildcards and inflections must not reach another act's name, and an
    abbreviation must not be the start of another one glued to a number
    ("PSD" would read "PSD2" as "PSD" + 2: the phrase syntax lets a digit follow)."""
    entries = names_by_language()[code]
    compiled = [(act, name, regex.compile(lang.phrase_pattern(name))) for act, name in entries]
    for act, name in entries:
        sample = literal(name)
        for other, other_name, pattern in compiled:
            if other == act:
                continue
            m = pattern.match(sample)
            if m is None:
                continue
            rest = sample[m.end() :]
            clash = f"{code}: {other_name!r} ({other}) reads {name!r} ({act})"
            assert rest and not rest.isdigit(), clash


def test_a_name_before_the_act_number_is_part_of_its_citation() -> None:
    """ "the Machinery Directive 2006/42/EC": one reference, spanned from the name; a
    heading with the name above a paragraph that opens with the act is not."""
    text = "This guide covers the Machinery Directive 2006/42/EC and its annexes."
    (cite,) = citeresolve.extract(text, lang="en")
    assert (cite.key, cite.text) == ("CELEX:32006L0042", "Machinery Directive 2006/42/EC")
    text = "Machinery Directive\n\nDirective 2006/42/EC applies to machinery."
    (cite,) = citeresolve.extract(text, lang="en")
    assert cite.text == "Directive 2006/42/EC"


def test_an_act_qualifier_before_the_act_word_is_part_of_its_citation() -> None:
    """sk "vykonávacieho nariadenia": in a language without an "of" word the qualifier
    is spanned with the act; an English qualifier keeps the span as before."""
    text = "podľa vykonávacieho nariadenia Komisie (EÚ) 2016/522 zo 17. decembra 2015"
    (cite,) = citeresolve.extract(text, lang="sk")
    assert cite.text == "vykonávacieho nariadenia Komisie (EÚ) 2016/522"
    (cite,) = citeresolve.extract("under Implementing Regulation (EU) 2016/522", lang="en")
    assert cite.text == "Regulation (EU) 2016/522"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # hr reads an abbreviation ending in a vowel as a word and declines it
        (
            "hr",
            "ključne ugovorne odredbe propisane člankom 30. Dore koje čine dio upravljanja",
            ["CELEX:32022R2554:30"],
        ),
        ("hr", "u skladu s člankom 28. stavkom 4. Dore", ["CELEX:32022R2554:28(4)"]),
        # the same letters as a first name, no article: nothing
        ("hr", "Dora je otišla kući, a članak 5. Zakona o radu se ne primjenjuje", []),
        # the Non-Financial Reporting Directive by its name
        (
            "hr",
            "u skladu s člankom 19.a Direktive o nefinancijskom izvještavanju",
            ["CELEX:32014L0095:19a"],
        ),
        (
            "fr",
            "l'article 19 bis de la directive sur le reporting extra-financier",
            ["CELEX:32014L0095:19a"],
        ),
        # Dublin III in languages that write its name with the city's own spelling
        (
            "pt",
            "cfr. art. 18.º, n.º 1, alínea d), do Regulamento de Dublin III -, é inquestionável",
            ["CELEX:32013R0604:18(1)(d)"],
        ),
        ("sl", "Osebni razgovor na podlagi 5. člena Dublinske uredbe III", ["CELEX:32013R0604:5"]),
        (
            "ro",
            "în temeiul articolului 3 alineatul (2) din Regulamentul Dublin III",
            ["CELEX:32013R0604:3(2)"],
        ),
        # "II-bis" with a hyphen, the name after or before the article
        ("en", "Art. 8 of Brussels II-Bis decides jurisdiction.", ["CELEX:32003R2201:8"]),
        ("en", "The court applied Brussels II-bis art. 12 there.", ["CELEX:32003R2201:12"]),
        ("fr", "l'article 15 du règlement Bruxelles II-bis", ["CELEX:32003R2201:15"]),
        (
            "it",
            "ai sensi dell'articolo 20 del regolamento Bruxelles II-bis",
            ["CELEX:32003R2201:20"],
        ),
    ],
)
def test_names_in_the_forms_a_language_writes_them(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A popular name with its distinguishing words in the language's quotes, or the
        # whole name quoted after the "of" word.
        (
            "ro",
            "Articolul 6(3) din Directiva „Habitate” impune o evaluare.",
            [("CELEX:31992L0043:6(3)", "Articolul 6(3)")],
        ),
        (
            "fr",
            "L'article 6, paragraphe 3, de la directive « Habitats » impose une évaluation.",
            [("CELEX:31992L0043:6(3)", "article 6, paragraphe 3")],
        ),
        (
            "en",
            "Article 6(3) of the ‘Habitats’ Directive requires an assessment.",
            [("CELEX:31992L0043:6(3)", "Article 6(3)")],
        ),
        (
            "de",
            "Art. 6 Abs. 3 der „FFH-Richtlinie“ verlangt eine Prüfung.",
            [("CELEX:31992L0043:6(3)", "Art. 6 Abs. 3")],
        ),
        ("en", "Article 6 of the ‘GDPR’ applies.", [("CELEX:32016R0679:6", "Article 6")]),
        # Negatives: a quoted word in lower case is a name the document defines for
        # itself ("the ‘services’ directive" of the contract), of no popular act.
        ("en", "Article 1(1) of the ‘services’ directive provides as follows.", []),
        ("fr", "l'article 6 de la directive « habitats » de la commune s'applique.", []),
    ],
)
def test_quoted_popular_names(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Short titles and usual names added for the AI Act (cs, sk "akt o AI"), the
        # European Media Freedom Act (its official short title in each language), the
        # Cosmetics and the Plant Protection Products Regulations.
        ("cs", "pokuty stanovené v článku 99 aktu o AI, které", ["CELEX:32024R1689:99"]),
        ("sk", "podľa článku 5 aktu o AI je zakázané", ["CELEX:32024R1689:5"]),
        (
            "da",
            "jf. artikel 5, stk. 4, og artikel 7 i den europæiske forordning om mediefrihed.",
            ["CELEX:32024R1083:5(4)", "CELEX:32024R1083:7"],
        ),
        ("pl", "art. 18 europejskiego aktu o wolności mediów stanowi", ["CELEX:32024R1083:18"]),
        ("fi", "EU:n kosmetiikka-asetuksen 2 artiklan mukaan", ["CELEX:32009R1223:2"]),
        ("sv", "enligt artikel 19 i kosmetikaförordningen får", ["CELEX:32009R1223:19"]),
        (
            "nl",
            "De rechtsgrondslag is artikel 53, lid 1, van de gewasbeschermingsverordening.",
            ["CELEX:32009R1107:53(1)"],
        ),
        ("sv", "Enligt artikel 4 i växtskyddsmedelsförordningen gäller", ["CELEX:32009R1107:4"]),
        # The Data Governance Act's official short title (da, cs, pl).
        (
            "da",
            "Styrelsen udpeges, jf. artikel 13, stk. 1, i forordning om datastyring til at udføre",
            ["CELEX:32022R0868:13(1)"],
        ),
        ("cs", "podle článku 10 aktu o správě dat musí", ["CELEX:32022R0868:10"]),
        ("pl", "zgodnie z art. 10 aktu w sprawie zarządzania danymi", ["CELEX:32022R0868:10"]),
        # The name alone is no citation.
        ("da", "Den europæiske forordning om mediefrihed trådte i kraft.", []),
        ("da", "Forordningen om datastyring gælder fra 2023.", []),
    ],
)
def test_added_popular_names(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected

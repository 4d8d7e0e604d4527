"""The context words (data/context_words.toml) cover the 24 languages and read real wording.

The file holds the words around short forms: definition markers ("hereinafter"),
anaphors ("that Regulation", "dudit règlement"), "of that paragraph" and the
self-references that are never citations ("this Regulation"). Each language's
phrases are matched here the way an engine should match them, all lists in one
alternation with the longest phrase first, and EUR-Lex style sentences must come
out in the right category.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

import pytest
import regex

from citeresolve.knowledge import lang

LISTS = ("definition_markers", "paragraph_anaphors", "self_references")
ACT_KINDS = ("regulation", "directive", "decision", "framework_decision")


def context_words() -> dict[str, Any]:
    path = resources.files("citeresolve") / "data" / "context_words.toml"
    with path.open("rb") as fh:
        return tomllib.load(fh)


DATA = context_words()


def categories(code: str) -> dict[str, list[str]]:
    """Every phrase list of a language, anaphors as ``anaphors.<kind>``."""
    table = DATA[code]
    out = {name: table[name] for name in LISTS}
    out.update({f"anaphors.{kind}": words for kind, words in table["anaphors"].items()})
    out.update({f"kind_words.{kind}": words for kind, words in table.get("kind_words", {}).items()})
    if "proposals" in table:
        out["proposals"] = table["proposals"]
    out.update(
        {f"subject_anaphors.{kind}": w for kind, w in table.get("subject_anaphors", {}).items()}
    )
    return out


def literal(phrase: str) -> str:
    return phrase.removeprefix("=").replace("*", "")


def classify(code: str, text: str) -> list[tuple[str, str]]:
    """(category, matched text) for every phrase found, longest phrase first across lists."""
    tagged = [(p, cat) for cat, phrases in categories(code).items() for p in phrases]
    tagged.sort(key=lambda pc: -len(pc[0]))
    pattern = "|".join(f"(?P<g{i}>{lang.phrase_pattern(p)})" for i, (p, _) in enumerate(tagged))
    found = []
    for m in regex.finditer(pattern, text):
        index = int(m.lastgroup[1:]) if m.lastgroup else -1
        found.append((tagged[index][1], m.group()))
    return found


def test_every_language_has_a_table() -> None:
    assert set(DATA) == set(lang.EU_LANGUAGES)


@pytest.mark.parametrize("code", lang.EU_LANGUAGES)
def test_table_is_complete(code: str) -> None:
    table = DATA[code]
    optional = {
        "defined_first",
        "defined_after",
        "article_fusions",
        "kind_words",
        "amended_by",
        "article_anaphors",
        "subject_anaphors",
        "latter_anaphors",
        "agreement_nouns",
        "title_amends",
        "dated_next",
        "see_words",
        "proposals",
        "unkeyed_instruments",
    }
    assert set(table) - optional == {*LISTS, "quotes", "anaphors"}, code
    # "act": a reference word of no kind (fi "säädöksen"), optional
    assert set(table["anaphors"]) - {"act"} == set(ACT_KINDS), code
    assert set(table.get("kind_words", {})) <= set(ACT_KINDS), code
    assert set(table.get("subject_anaphors", {})) <= set(ACT_KINDS), code
    assert set(table.get("latter_anaphors", {})) <= set(ACT_KINDS), code
    for name, phrases in categories(code).items():
        assert phrases, f"{code}: {name} is empty"
        assert len(set(phrases)) == len(phrases), f"{code}: {name} repeats a phrase"
    assert table["quotes"], code
    for pair in table["quotes"]:
        assert len(pair) == 2 and all(len(mark) == 1 for mark in pair), f"{code}: {pair!r}"


@pytest.mark.parametrize("code", lang.EU_LANGUAGES)
def test_every_phrase_finds_itself_in_a_sentence(code: str) -> None:
    for name, phrases in categories(code).items():
        for phrase in phrases:
            text = f"Art. 5 {literal(phrase)} 3, "
            assert regex.search(lang.phrase_pattern(phrase), text), f"{code}.{name}: {phrase!r}"


@pytest.mark.parametrize("code", lang.EU_LANGUAGES)
def test_no_phrase_reads_a_phrase_of_another_list(code: str) -> None:
    """An anaphor that also read as a self-reference (or a regulation anaphor as a
    directive one) would send an article to the wrong act."""
    cats = categories(code)
    for name, phrases in cats.items():
        for other, other_phrases in cats.items():
            if other == name:
                continue
            for other_phrase in other_phrases:
                pattern = regex.compile(lang.phrase_pattern(other_phrase))
                for phrase in phrases:
                    assert not pattern.fullmatch(literal(phrase)), (
                        f"{code}: {other}: {other_phrase!r} reads {name}: {phrase!r}"
                    )


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("en", "Article 5 of that Regulation", "anaphors.regulation"),
        ("en", "Article 2 of the said Framework Decision", "anaphors.framework_decision"),
        ("en", "points (a) and (b) of that paragraph", "paragraph_anaphors"),
        ("en", "for the purposes of this Regulation", "self_references"),
        ("de", "Artikel 5 der genannten Verordnung", "anaphors.regulation"),
        ("de", "Artikel 2 des genannten Rahmenbeschlusses", "anaphors.framework_decision"),
        ("de", "Buchstaben a und b dieses Absatzes", "paragraph_anaphors"),
        ("de", "im Sinne dieser Verordnung", "self_references"),
        ("fr", "l'article 5 dudit règlement", "anaphors.regulation"),
        ("fr", "l'article 2 de ladite décision-cadre", "anaphors.framework_decision"),
        ("fr", "les points a) et c) dudit paragraphe", "paragraph_anaphors"),
        ("fr", "aux fins du présent règlement", "self_references"),
        ("es", "el artículo 5 de dicha Directiva", "anaphors.directive"),
        ("es", "el artículo 2 de dicha Decisión Marco", "anaphors.framework_decision"),
        ("es", "las letras a) y c) de dicho apartado", "paragraph_anaphors"),
        ("es", "a efectos del presente Reglamento", "self_references"),
        ("it", "l'articolo 5 dello stesso regolamento", "anaphors.regulation"),
        ("it", "ai fini del presente regolamento", "self_references"),
        ("nl", "artikel 5 van die verordening", "anaphors.regulation"),
        ("nl", "de punten a) en b) van dat lid", "paragraph_anaphors"),
        ("nl", "voor de toepassing van deze verordening", "self_references"),
        ("pl", "art. 5 tego rozporządzenia", "anaphors.regulation"),
        ("pl", "art. 2 tej decyzji ramowej", "anaphors.framework_decision"),
        ("pl", "do celów niniejszego rozporządzenia", "self_references"),
        ("cs", "článku 5 uvedeného nařízení", "anaphors.regulation"),
        ("cs", "pro účely tohoto nařízení", "self_references"),
        ("hu", "az említett rendelet 5. cikke", "anaphors.regulation"),
        ("hu", "e rendelet alkalmazásában", "self_references"),
        ("ro", "articolul 5 din regulamentul menționat", "anaphors.regulation"),
        ("ro", "articolul 2 din decizia-cadru menționată", "anaphors.framework_decision"),
        ("ro", "în sensul prezentului regulament", "self_references"),
        ("sv", "artikel 5 i nämnda förordning", "anaphors.regulation"),
        ("sv", "i denna förordning", "self_references"),
        ("fi", "mainitun asetuksen 5 artiklassa", "anaphors.regulation"),
        ("fi", "tässä asetuksessa", "self_references"),
        ("el", "το άρθρο 5 του εν λόγω κανονισμού", "anaphors.regulation"),
        ("el", "για τους σκοπούς του παρόντος κανονισμού", "self_references"),
    ],
)
def test_wording_is_read_in_the_right_category(code: str, text: str, expected: str) -> None:
    found = classify(code, text)
    assert [cat for cat, _ in found] == [expected], found


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Directive 2002/24/EC (hereinafter ‘the Directive’)"),
        ("de", "Richtlinie 2002/24/EG (im Folgenden „Richtlinie“)"),
        ("fr", "la directive 2002/24/CE (ci-après la « directive »)"),
        ("nl", "Richtlijn 2002/24/EG (hierna „de richtlijn” genoemd)"),
        ("es", "la Directiva 2002/24/CE (en lo sucesivo, «la Directiva»)"),
        ("it", "la direttiva 2002/24/CE (in prosieguo: la «direttiva»)"),
        ("pl", "dyrektywa 2002/24/WE (zwana dalej „dyrektywą”)"),
        ("cs", "směrnice 2002/24/ES (dále jen „směrnice“)"),
    ],
)
def test_a_definition_has_its_marker_and_its_quotes(code: str, text: str) -> None:
    assert any(cat == "definition_markers" for cat, _ in classify(code, text)), text
    assert any(opening in text and closing in text for opening, closing in DATA[code]["quotes"])

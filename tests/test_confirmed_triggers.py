"""A grammar is built only where its trigger is confirmed: a trigger of whole phrases
checks a next word up to its first mark ("Council doc."), the Council-document
family builds its pattern only at a position where one of its words stands, and a
dispatched grammar with heads builds its whole pattern for a character only once a
phrase of that character matched. The matches stay those of the whole grammar."""

from __future__ import annotations

import regex

from citeresolve.families import council_documents
from citeresolve.knowledge.dispatched import Dispatched
from citeresolve.knowledge.lang import alternation
from citeresolve.text.scan import Trigger


def test_a_next_word_with_a_mark_is_checked_up_to_the_mark() -> None:
    phrases = ["Council doc.", "Tarybos dok.", "Padomes dok.", "nõukogu dok."]
    trigger = Trigger(phrases, whole_phrases=True)
    text = (
        "Council doc. 5/20; the Council of the EU; Tarybos dok. 1/21; Tarybos sprendimas;"
        " Padomes dok. 2/22; Padomes lēmums; nõukogu dok. 3/23; nõukogu otsus"
    )
    pattern = regex.compile(alternation(phrases))
    matched = [pos for pos in range(len(text)) if pattern.match(text, pos)]
    assert len(matched) == 4
    assert list(trigger.positions(text)) == matched


def test_a_next_word_that_starts_with_a_mark_is_any_word() -> None:
    # Nothing of "(EU)" is a letter: the first word fires before any word.
    trigger = Trigger(["Regulation (EU)", "Verordnung (EU)", "règlement (UE)"], whole_phrases=True)
    text = "Regulation No 1; Verordnung Nr. 2; règlement n° 3"
    assert len(list(trigger.positions(text))) == 3


def test_the_council_word_alone_builds_and_tries_nothing() -> None:
    texts = [
        "Calls on the Council to act; the Council of the European Union decided.",
        "Le document de travail du Conseil; le document joint.",
        "Das Dokument der Kommission; der Rat und das Dokument zum Parlament.",
    ]
    council_documents._pattern.cache_clear()
    try:
        for text in texts:
            assert list(council_documents._trigger().positions(text)) == []
            assert council_documents.find(text) == []
        assert council_documents._pattern.cache_info().currsize == 0
    finally:
        council_documents._pattern.cache_clear()


def test_council_words_still_find_their_documents() -> None:
    cases = [
        ("see Council doc. 9876/21 REV 1 and the Council", "ST-9876-2021-REV1"),
        ("voir le document du Conseil 12345/23 du Conseil", "ST-12345-2023"),
        ("siehe Dokument des Rates 7388/1/05 und den Rat", "ST-7388-2005-REV1"),
    ]
    for text, key in cases:
        found = council_documents.find(text)
        assert [council_documents.format_key(c.parts) for c in found] == [key]


def test_a_head_that_fails_builds_no_whole_pattern() -> None:
    groups = [("abbr", ["OJ", "ABl.", "JO"]), (None, ["Official Journal", "Amtsblatt"])]
    rest = r"\s(?P<series>[LC])\s(?P<issue>\d{1,4})"
    dispatched = Dispatched(groups, rest, heads=True, keep_names=True)
    whole = regex.compile(
        rf"(?:(?P<abbr>{alternation(groups[0][1])})|{alternation(groups[1][1])}){rest}"
    )
    text = "the official languages; ABl. L 72; Amtsblatt C 3; Oj, the JOINT text; OJ L 119"
    for pos in range(len(text)):
        lazy, full = dispatched.match(text, pos), whole.match(text, pos)
        assert (lazy and lazy.span()) == (full and full.span())
    # "official", "Oj", "the JOINT": heads of "o" and "J" failed there; "O" and "A" matched.
    built = {ch for ch, pattern in dispatched._by_char.items() if pattern is not None}
    assert built == {"A", "O"}

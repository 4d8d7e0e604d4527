"""The letters-only copy the triggers read: fast, and exactly its definition."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import regex

from citeresolve.knowledge.lang import alternation
from citeresolve.text import scan
from citeresolve.text.clean import clean
from citeresolve.text.phrase_groups import PhraseGroups, PhraseScan
from citeresolve.text.scan import Trigger
from citeresolve.text.trigger_keys import normalise as _normalise

from .conftest import ROOT


def _definition(text: str) -> str:
    # Lower-cased, every character that is not a letter or a mark a space.
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower()[:1] or ch for ch in text)
    return regex.sub(r"[^\p{L}\p{M}]", " ", low)


def test_the_copy_is_its_definition_on_every_corpus_document() -> None:
    for folder in ("fixtures/corpus", "fixtures/heldout"):
        for path in sorted((ROOT / folder).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    text = json.loads(line)["text"]
                    assert _normalise(text) == _definition(text), path.name


def test_the_copy_keeps_length_and_letters_on_awkward_characters() -> None:
    for text in (
        "İstanbul ǅ ß ΣΑΣ",  # lower() changes length or depends on position
        "a\u0301b c\u0308",  # combining marks are kept
        "\ud800Article 3\udfff TEU",  # lone surrogates
        "\x00\x01\u200b\ufeff\u00ad§ 5 – „Art.“ № 7 €",
        "P9_TA(2021)0056 2016/679 l’article",
    ):
        assert _normalise(text) == _definition(text)
        assert len(_normalise(text)) == len(text)


def test_the_copy_of_a_text_with_many_kinds_of_symbols_is_its_definition() -> None:
    # A handful of distinct symbols is replaced one by one, many in a single pass.
    symbols = "".join(chr(c) for c in range(0x2000, 0x2100))
    for text in (symbols, symbols[:20] + " Article 5 – „TEU“", "Straße " * 50 + symbols * 3):
        assert _normalise(text) == _definition(text)


# ------------------------------------------------- triggers and the phrase groups


def _corpus_texts() -> list[str]:
    return list(_read_corpus_texts())


@functools.cache
def _read_corpus_texts() -> tuple[str, ...]:
    # Read once for the module: eleven tests walk the same texts.
    texts = []
    for folder in ("fixtures/corpus", "fixtures/heldout"):
        for path in sorted((ROOT / folder).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    texts.append(json.loads(line)["text"])
    return tuple(texts)


def _word_starts(phrases: list[str], view: str) -> list[int]:
    """Where some phrase's pattern matches, tried at every position (the definition)."""
    pattern = regex.compile("|".join(f"(?:{alternation([p])})" for p in phrases))
    return [pos for pos in range(len(view)) if pattern.match(view, pos)]


_PHRASES = [
    "de Europese Unie",  # a short first word, checked with the next word
    "de verordening",
    "the Charter",
    "Verdrag betreffende de Europese Unie",
    "*verordnung",  # starts inside a word
    "=DO",  # exact capitalisation
    "l'article",
]


def test_a_trigger_fires_wherever_a_phrase_matches() -> None:
    trigger = Trigger(_PHRASES)
    for view in (
        "de Europese Unie, de  Europese Unie, de\nverordening, de eurozone, deze Europese",
        "De EUROPESE unie; the Charter; the\u00a0\u00a0Charter; the charters; theCharter",
        "Durchführungsverordnung; VERORDNUNG; DO L 1; do L 1; Do; l’article; l'article",
        "de",  # a short word at the end of the text
    ):
        starts = list(trigger.positions(view))
        # Every match is seen (a phrase that starts inside a word where its literal starts).
        word_phrases = [p for p in _PHRASES if not p.startswith("*")]
        assert set(_word_starts(word_phrases, view)) <= set(starts), view
        inside = [m.start() for m in regex.finditer("(?i)verordnung", view)]
        assert set(inside) <= set(starts), view
    # Short words followed by another word than the phrases' are not reported.
    assert list(trigger.positions("de eurozone, de la, the Council")) == []


def test_a_whole_words_trigger_fires_only_where_a_whole_first_word_ends() -> None:
    phrases = ["=DO", "VO", "Art", "Reg.", "Official Journal", "*verordnung", "Opć* deklaracij*"]
    whole, prefixes = Trigger(phrases, whole_words=True), Trigger(phrases)
    view = (
        "DO L 1; DOL; do L; VO 1/2; VO2016; VOM; Art 5, Artikel 6; Reg. 5; official journals;"
        " Official\u00a0Journal; Datenschutzverordnungen; Verordnung_; opća deklaracija; VO"
    )
    starts = set(whole.positions(view))
    word_phrases = [p for p in phrases if not p.startswith("*")]
    assert set(_word_starts(word_phrases, view)) <= starts  # at the text's end too
    inside = regex.finditer(r"(?i)verordnung(?![^\W\d])", view)
    assert {m.start() for m in inside} <= starts
    # Where a letter goes on from a whole first word, only a trigger of prefixes fires
    # (the chain lexer and the case words read inflected words from there).
    for word in ("DOL", "VOM", "Artikel", "verordnungen"):
        assert view.index(word) not in starts
        assert view.index(word) in set(prefixes.positions(view))
    assert view.index("opća") in starts  # an open first word ("Opć*") fires as before


def test_the_combined_pass_reports_what_each_trigger_finds_alone() -> None:
    triggers = [Trigger(_PHRASES), Trigger(["Article", "paragraph", "de", "a"]), Trigger(["OJ"])]
    combined = scan._Combined(triggers)
    for text in _corpus_texts()[:200]:
        both = combined.fired(text)
        for i, trigger in enumerate(triggers):
            alone = scan._scan(trigger._automaton, text, 1)[0]
            assert sorted(both[i]) == sorted(alone)


def test_a_combined_pass_grown_from_a_known_one_is_the_one_built_whole() -> None:
    # A batch adds the triggers a later text asks to its group's automaton: the keys
    # the new triggers share with the known ones ("de", "Article") are merged into
    # copies, so that the known automaton, still read by other threads, is unchanged.
    first = [Trigger(["Article", "paragraph", "de", "a"]), Trigger(["OJ"])]
    later = [Trigger(_PHRASES), Trigger(["de", "Article 5", "Artikel"])]
    known = scan._Combined(first)
    before = {key: list(entries) for key, entries in known.values.items()}
    grown = scan._Combined((*first, *later), known)
    whole = scan._Combined((*first, *later))
    assert grown.values == whole.values
    assert known.values == before
    for text in _corpus_texts()[:100]:
        assert grown.fired(text) == whole.fired(text)
        assert known.fired(text) == whole.fired(text)[: len(first)]


def test_hits_give_every_key_that_fired_at_each_position() -> None:
    trigger = Trigger([*_PHRASES, *_SECOND_WORDS, "Verordnung", "VO"])
    several = 0
    for text in [*_corpus_texts()[:200], _AWKWARD_WORDS, "Verordnung; Durchführungsverordnung"]:
        expected: dict[int, set[str]] = {}
        for start, key in trigger._fired(text):
            expected.setdefault(start, set()).add(key)
        hits = list(trigger.hits(text))
        assert hits == sorted((start, frozenset(keys)) for start, keys in expected.items())
        several += sum(len(keys) > 1 for _, keys in hits)
    assert several  # positions where more than one key fired were asked too


def test_each_trigger_group_combines_only_the_triggers_asked_in_it() -> None:
    dutch, english, shared = Trigger(["artikel", "de"]), Trigger(["Article"]), Trigger(["OJ"])
    # Same layout, distinct strings: the same positions fire, and no pass is reused.
    texts = [f"{n}: de artikel 5, Article 6 (OJ L 1) de" for n in range(4)]
    alone = {t: sorted(scan._scan(t._automaton, texts[0], 1)[0]) for t in (dutch, english, shared)}
    for text in texts:  # a trigger joins its group's automaton when the next text comes
        for group, asked in (("test-nl", (dutch, shared)), ("test-en", (english, shared))):
            with scan.trigger_group(group):
                for trigger in asked:
                    fired = trigger._fired(text)
                    assert sorted(fired) == sorted(alone[trigger])
    groups = (("test-nl", {dutch, shared}, english), ("test-en", {english, shared}, dutch))
    for group, asked, other in groups:
        with scan.trigger_group(group):
            combined = scan._COMBINED.current().current(shared, texts[-1])
            assert combined is not None
            assert set(combined.triggers) == asked
            assert other not in combined.index


# Phrases that share a first word and differ from the second on (each is kept only
# where its second word can start after the first word's white space), in every
# capitalisation rule, with apostrophes, open endings and one-word phrases among them.
_SECOND_WORDS = [
    "Regulation GDPR",
    "=REGULATION GDPR",
    "regulation (EU) No",
    "Regulation ’s-Hertogenbosch",
    "Regulation *DSA",
    "Regulation",
    "Directive Habitats",
    "Direct* effect",
    "Treaty of Lisbon",
    "treaty ON European Union",
    "Σύμβαση για την Ευρωπαϊκή Ένωση",
    "İstanbul Convention",
    "1951 Refugee Convention",  # no letter in its first word: the trigger cannot see it
]


_AWKWARD_WORDS = (
    "de  Europese Unie de verordening EU the Charter; Regulation\nGDPR, REGULATION GDPR,"
    " regulation (EU) No 1, Regulation 's-Hertogenbosch, Regulation\u2028XDSA, Regulation,"
    " Directive habitats, Directives effect, treaty on european union, TREATY OF LISBON,"
    " ΣΎΜΒΑΣΗ ΓΙΑ την, istanbul convention, İSTANBUL CONVENTION, Regulation \u00a0 gdpr,"
    " the 1951 Refugee Convention, Regulation\x1cGDPR, Regulation \x1fGDPR, Regulation \tGDPR,"
    " Regulation GDPR, Directives\n effect, DIRECTIVES\u00a0EFFECT, Direct_ives effect,"
    " Direct-effect, Direct1 effect, Directives"
)


def test_phrase_groups_match_as_the_whole_alternation_at_every_trigger_position() -> None:
    groups = PhraseGroups(
        [("short", ["de Europese Unie", "EU"]), ("long", _PHRASES), ("second", _SECOND_WORDS)]
    )
    whole = groups.pattern
    assert whole is not None
    for text in [*_corpus_texts()[:200], _AWKWARD_WORDS]:
        found = [(m.span(), m.lastgroup) for m in groups.matches(text)]
        expected = [
            (m.span(), m.lastgroup)
            for pos in groups.trigger.positions(text)
            if (m := whole.match(text, pos)) is not None
        ]
        assert found == expected


# Long first words whose phrases go on with a word of letters: a trigger of whole
# phrases checks the first letters of that word in its automaton, accents dropped
# or not, in capitals that drop them, across any white space.
_NEXT_WORDS = [
    *_SECOND_WORDS,
    "European Convention on Human Rights",
    "European Charter",
    "Evropská úmluva",
    "Ευρωπαϊκή Σύμβαση",
    "Európai Unióról szóló szerződés",
    "Convention européenne",
    "Charte des droits fondamentaux",
]


def test_a_trigger_of_whole_phrases_fires_wherever_one_of_them_matches() -> None:
    # ... wherever the trigger of their first words alone fires there.
    seen = [p for p in _NEXT_WORDS if Trigger([p]).key_of(p) is not None]
    trigger, first_words = Trigger(seen, whole_phrases=True), Trigger(seen)
    pattern = regex.compile(alternation(seen))
    awkward = (
        "European\n\nConvention, EUROPEAN  CHARTER, european\u00a0charter, Evropska umluva,"
        " EVROPSKÁ ÚMLUVA, ΕΥΡΩΠΑΪΚΗ ΣΥΜΒΑΣΗ, Ευρωπαϊκή  σύμβαση, Europai Uniorol, EURÓPAI"
        " UNIÓRÓL, Convention europeenne, CONVENTION EUROPÉENNE, Charte\tdes droits"
    )
    for text in [*_corpus_texts()[:60], _AWKWARD_WORDS, awkward]:
        matched = {pos for pos in range(len(text)) if pattern.match(text, pos)}
        assert matched & set(first_words.positions(text)) <= set(trigger.positions(text))
    # ... and nowhere their first word goes on with another word.
    assert list(trigger.positions("the European Commission; la Convention collective")) == []


# ------------------------------------------ whole-text patterns run from their starts

_AWKWARD = (
    "COM(2021) 206 final, KOM(2010)0573, SWD(2014) 271, JOIN(2020) 5, COMCOM(2020)1",
    "P9_TA(2021)0056, P10_TA-PROV(2024)0012, A9-0259/2020, RC-B9-0123/2021, XA9-0001/2020",
    "T9-0035/2022 T10-0012/2024, RC-T9-0001/2022, T-0035/2022, ΚοινοβουλίουC-650/18 aC-1/20",
    "2022/2505(RSP), 2017/0360R(NLE), COD 2007/0234, 19999/2020(COD), 2017/035 (COD)",
    "32016R0679, CELEX: 32016R0679, CELEX:32016R0679(01), 92001E000165, C2012/326",
    "32003 L 0095: Directive, E2009C0533, 3200 L 0095, 32003  L 0095, CELEX 32003 L 0095",
    "2019/ 1150, 95/46 / EK, 2006-123-CE, nr.1093/2010, 1.5/2010, Nr. 1829/20031, 2014-2020/21",
    "12345/2019 1/2 12/34 123/456 1234/5678 2016\t/679 x2016/679 -12/13 /1/2 ٢٠١٦/٦٧٩ 2019-1-2",
    "C-311/18, T - 452/20 P, F-1/05, C\n-5/19, (C611/22 P), ECLI:EU:C:2020:559, xEU:T:2019:1",
    "<sup>1</sup> a&amp;b \\* l’article\u00a03 \u2013 \u00ad\u200b\ufeff `x´ <p class='x'>",
    "/" * 50 + "-" * 50 + "1234567890/" * 10 + "2019/" * 20 + "(" * 20,
    # procedure numbers with their type first, a short year, look-alike capitals
    "/* KOM/2007/0680 endg. - COD 2007/0234 */ SYN 97/0067 97/0067(SYN) ΙΝΙ 2019/2012 "
    "АРР 2020/0001 xCOD 2019/0001 COD\t2019/0002 COD\u00a02019/0003 1997/2016/0001(COD) "
    "CO 2019/1 ÉCO 2018/0004 cod 2017/0005 98/97/2016 /97/2016/0002 Cod 2016/0003",
)


def _starts_of_whole_text_patterns() -> list[tuple[str, regex.Pattern[str], object]]:
    from citeresolve.families import (
        act_numbers,
        cases,
        celex_numbers,
        com_documents,
        ep_documents,
        procedures,
    )

    return [
        ("com_documents", com_documents._pattern(), com_documents._starts),
        ("ep_documents", ep_documents._PATTERN, ep_documents._starts),
        ("procedures", procedures._PATTERN, procedures._starts),
        ("bare CELEX", celex_numbers._BARE_CELEX, celex_numbers._celex_starts),
        ("case numbers", cases._NUMBERED, cases._number_starts),
        ("act numbers", act_numbers.NUMBER_CORE, act_numbers.number_starts),
    ]


def test_whole_text_patterns_match_from_their_starts_as_everywhere() -> None:
    # Each family names where its matches can start (a literal at a fixed offset); a
    # change of its pattern that breaks that must fail here, not lose citations.
    texts = [*_corpus_texts(), *_AWKWARD]
    for name, pattern, starts in _starts_of_whole_text_patterns():
        for text in texts:
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            found = [
                (m.span(), m.groupdict()) for m in scan.matches_from(pattern, text, starts(text))
            ]  # type: ignore[operator]
            assert found == expected, (name, text[:80])


def test_cleaning_edits_match_from_their_starts_as_the_whole_noise_pattern() -> None:
    # The characters that keep the view's length are replaced by str.replace, not
    # matched: every other match of the whole noise pattern must be found from its starts.
    from citeresolve.text import clean

    for text in [*_corpus_texts(), *_AWKWARD]:
        expected = [
            (m.span(), m.groupdict())
            for m in clean._NOISE.finditer(text)
            if m.group() not in clean._SAME_LENGTH
        ]
        edits = scan.matches_from(clean._NOISE, text, clean._edit_starts(text))
        assert [(m.span(), m.groupdict()) for m in edits] == expected, text[:80]


def test_sentence_ends_found_from_their_marks_as_by_the_whole_pattern() -> None:
    from citeresolve.pipeline import mention_index

    awkward = "ab. Cd ab! Ef 123? Gh 12. Ij (x). Kl a. Mn ab.\nOp ab.Qr ab.  St ab. ß ab. Éx;\n;"
    for text in [*_corpus_texts(), awkward]:
        whole = [m.start() for m in mention_index.SENTENCE_END.finditer(text)]
        assert mention_index.sentence_ends(text) == whole, text[:80]
        # A clause ends at a line end, a ";", a sentence end or an enacting formula's comma.
        formulas = mention_index._formula_ends(text)
        breaks = sorted([m.start() for m in regex.finditer("[\n;]", text)] + whole + formulas)
        assert mention_index._clause_breaks(text) == breaks, text[:80]


def test_item_starts_are_where_their_pattern_matches() -> None:
    from citeresolve.pipeline import bare_articles

    awkward = "1 ;  2\n3 - 4 -5 a) 6 B) 7 (8 [9 •10 x 11\t12 \u00a013 –14 —15" + " " * 9 + "16"
    for text in [*_corpus_texts()[:300], awkward]:
        for pos in range(len(text)):
            if text[pos].isdigit():
                window = max(0, pos - 8)
                expected = bare_articles._ITEM_START.search(text, window, pos) is not None
                assert bare_articles._starts_item(text, pos) == expected, (text[window:pos], pos)


def test_act_words_before_a_number_are_found_with_the_keys_that_fired_there() -> None:
    from citeresolve.families import act_bare, act_numbers, act_words

    every_key = frozenset(k for k in act_words.word_groups().trigger.phrase_keys if k is not None)
    whole = act_bare._bare_prefix_pattern(every_key)
    for text in _corpus_texts():
        view = clean(text).view
        words = act_words.ActWords(view)
        for core in scan.matches_from(
            act_numbers.NUMBER_CORE, view, act_numbers.number_starts(view)
        ):
            window = max(0, core.start() - act_bare._bare_prefix_window())
            fired = act_bare._bare_prefix_pattern(words.keys_in(window, core.start()))
            expected = whole.search(view, window, core.start())
            found = fired.search(view, window, core.start())
            assert (found and (found.span(), found.groupdict())) == (
                expected and (expected.span(), expected.groupdict())
            ), view[window : core.end()]


def test_phrase_scans_find_what_their_pattern_finds_in_the_whole_text() -> None:
    from citeresolve.pipeline import anaphors

    scans = [*anaphors._kind_nouns().values(), *anaphors._court_patterns().values()]
    scans.append(PhraseScan(["Convention", "il-konvenzjoni", "konvenzjoni", "1951 Act"]))
    awkward = "the il-konvenzjoni, KONVENZJONI; xConvention 5convention 1951 Act (1951 Act)"
    for text in [*_corpus_texts(), awkward]:
        for phrase_scan in scans:
            whole = [(m.span(), m.group()) for m in phrase_scan.pattern.finditer(text)]
            assert [(m.span(), m.group()) for m in phrase_scan.finditer(text)] == whole
            first = phrase_scan.pattern.search(text)
            found = phrase_scan.search(text)
            assert (found and found.span()) == (first and first.span())


def test_act_words_know_which_keys_fired_in_a_window() -> None:
    from citeresolve.families import act_words

    view = "See Regulation (EU) 2016/679 and the loi n° 78-17 of France."
    words = act_words.ActWords(view)
    groups = act_words.word_groups()
    regulation = groups.key_of("Regulation")
    assert regulation is not None
    start = view.index("Regulation")
    assert regulation in words.keys_in(start - 5, start + 1)
    assert regulation not in words.keys_in(start + 1, len(view))
    assert words.keys_in(0, start) == frozenset()


def test_no_definition_opens_a_bracket_before_a_digit() -> None:
    # Definitions are not tried at "(" followed by a digit ("5(1)") in languages whose
    # markers and quotes allow it: the definition pattern must match at none of them,
    # in the corpus texts and in the cleaned text of a definition written that way.
    from citeresolve.knowledge.lang import available_languages
    from citeresolve.pipeline.context import context_reader

    awkward = "Directive 2002/24/EC (1 ‘the Directive’) (2) (3GDPR) (4 hereinafter GDPR)"
    views = [clean(t).view for t in [*_corpus_texts(), awkward]]
    for code in available_languages():
        reader = context_reader(code)
        if not reader._no_digit_after:
            continue
        for view in views:
            for pos in scan.occurrences(view, "("):
                if view[pos + 1 : pos + 2].isdecimal():
                    assert reader._definition.match(view, pos) is None, (code, view[pos:][:60])


def test_the_first_number_read_alone_is_the_first_token_of_the_chain_read_there() -> None:
    # bare_articles skips reading a chain where the first number has no inserted
    # letter: exact only if number_at is the first token's value wherever one is read.
    from citeresolve.families.articles import reader
    from citeresolve.pipeline import bare_articles

    checked = lettered = 0
    for path in sorted([*(ROOT / "fixtures").glob("corpus/*.jsonl"), *_heldout_parts()]):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line) if line.strip() else None
            if not doc or not doc.get("lang"):
                continue
            view, lexer = clean(doc["text"]).view, reader(doc["lang"])
            bare = bare_articles.bare_articles(doc["lang"])
            for d in bare_articles._DIGIT_START.finditer(view):
                tokens = lexer.tokens(view, d.start())
                first = tokens[0] if tokens and tokens[0].start == d.start() else None
                expected = first.value if first is not None and first.kind == "NUM" else None
                assert lexer.number_at(view, d.start()) == expected, view[d.start() : d.end() + 9]
                chain = bare._read(view, d.start(), None)
                if chain is not None and all(
                    bare_articles._LETTERED.fullmatch(u.article) for u in chain.units
                ):
                    assert bare._may_be_lettered(view, d.start()), view[d.start() :][:20]
                    lettered += 1
                checked += 1
    assert checked > 10_000 and lettered > 0


def _heldout_parts() -> list[Path]:
    return sorted((ROOT / "fixtures/heldout").glob("round*/part-*.jsonl"))

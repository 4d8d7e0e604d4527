"""First-character dispatch of anchored alternations: the same matches as the whole
alternation, at every position, with fewer branches tried."""

from __future__ import annotations

import json

import regex

from citeresolve.families.articles import reader
from citeresolve.knowledge.lang import available_languages
from citeresolve.text.branches import FirstCharAlternation, phrase_pairs, phrase_starts

from .conftest import ROOT


def _corpus_texts_by_language() -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {}
    for path in sorted((ROOT / "fixtures" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                texts.setdefault(doc["lang"], []).append(doc["text"])
    return texts


def _same_at_every_position(dispatched: FirstCharAlternation, text: str) -> int:
    """Compare with the whole alternation at every position; the number of matches."""
    whole = dispatched.whole()
    found = 0
    for pos in range(len(text) + 1):
        expected = whole.match(text, pos)
        got = dispatched.match(text, pos)
        assert (got is None) == (expected is None), (text[pos : pos + 20], pos)
        if got is None or expected is None:
            continue
        found += 1
        assert (got.span(), got.lastgroup) == (expected.span(), expected.lastgroup), pos
        # The groups of the branch that matched hold the same text.
        assert {k: v for k, v in got.groupdict().items() if v is not None} == {
            k: v for k, v in expected.groupdict().items() if v is not None
        }, pos
    return found


def test_a_branch_is_tried_only_where_it_can_start() -> None:
    dispatched = FirstCharAlternation(
        [
            (r"(?P<NUM>\d+)", r"\d"),
            (r"(?P<WORD>(?i:article|art\.))", phrase_starts(["article", "Art."])),
            (r"(?P<BR>\((?P<inner>\w)\))", frozenset("(")),
            (r"(?P<ANY>(?<=\s)\S?)", None),  # may match the empty string: tried everywhere
        ]
    )
    text = "Article 12(a), ART. 3 and (b) 4 ß ARTICLE\t"
    assert _same_at_every_position(dispatched, text) >= 9
    # A letter that starts no word gets only the branch that may start with anything.
    assert dispatched.pattern_for("z").pattern == r"(?P<ANY>(?<=\s)\S?)"  # type: ignore[union-attr]
    assert dispatched.match("x12", 1)["NUM"] == "12"  # type: ignore[index]


def test_no_branch_no_pattern() -> None:
    dispatched = FirstCharAlternation([(r"(?P<NUM>\d+)", r"\d"), ("(?P<C>,)", frozenset(","))])
    assert dispatched.pattern_for("a") is None
    assert dispatched.match("a1,", 0) is None
    assert dispatched.match("a1,", 3) is None  # the end of the text
    assert dispatched.match("a1,", 2)["C"] == ","  # type: ignore[index]


def test_phrase_starts_follow_the_case_rules_of_phrases() -> None:
    assert phrase_starts(["article", "'t"]) == {"a", "A", "'", "’"}  # any case, either apostrophe
    assert phrase_starts(["=Abs.", "ARTICOLI"]) == {"A"}  # written so: this case only
    assert phrase_starts(["*bis"]) is None  # may start with anything


def test_phrase_pairs_follow_the_case_rules_of_phrases() -> None:
    assert phrase_pairs(["=Abs.", "ARTICOLI"]) == {"Ab", "AR"}  # written so
    assert phrase_pairs(["of"]) == {a + b for a in "oO" for b in "fF"}
    # a match that may be one character, or whose second is a mark: anything
    for phrases in (["a", "of"], ["l'"], ["d ", "of"], ["*bis"], ["a b"]):
        assert phrase_pairs(phrases) is None, phrases


def test_a_branch_of_words_is_tried_only_where_its_first_two_characters_are() -> None:
    dispatched = FirstCharAlternation(
        [
            (r"(?P<LETTER>[^\W\d_])(?![^\W_])", r"[^\W\d_]"),
            (r"(?P<OF>(?i:of|off))", phrase_starts(["of"]), phrase_pairs(["of", "off"])),
            (r"(?P<OR>(?i:or))", phrase_starts(["or"]), phrase_pairs(["or"])),
        ]
    )
    text = "of Of OR o o, or off orb O"
    assert _same_at_every_position(dispatched, text) >= 8
    assert dispatched.pattern_for("Or").pattern == r"(?P<LETTER>[^\W\d_])(?![^\W_])|(?P<OR>(?i:or))"  # type: ignore[union-attr]
    assert dispatched.pattern_for("o").pattern == r"(?P<LETTER>[^\W\d_])(?![^\W_])"  # type: ignore[union-attr]


def test_the_chain_lexer_matches_as_its_whole_pattern_in_every_language() -> None:
    # Every language's lexer, at every position of two corpus texts of its language
    # (and of the same texts in capitals and in small letters): a branch that
    # declares the wrong first characters fails here, not in a lost citation.
    texts = _corpus_texts_by_language()
    for code in available_languages():
        lexer = reader(code)._token
        for text in texts.get(code, [])[:2]:
            sample = text[:6000]
            for variant in (sample, sample.upper(), sample.lower()):
                _same_at_every_position(lexer, variant)


def test_the_whole_alternation_is_the_branches_in_order() -> None:
    dispatched = FirstCharAlternation([("(?P<A>a)", frozenset("a")), ("(?P<B>ab)", None)])
    assert dispatched.whole().pattern == "(?P<A>a)|(?P<B>ab)"
    assert dispatched.match("ab", 0).lastgroup == "A"  # type: ignore[union-attr]
    assert isinstance(dispatched.whole(), regex.Pattern)


def test_a_plain_number_is_read_as_the_lexer_reads_it_in_every_language() -> None:
    # plain_numbers.plain_number_end reads one to four ASCII digits before some marks
    # without the lexer's pattern: its token must be the pattern's own there, for every
    # digit run of the corpus texts of each language and for crafted ones.
    from citeresolve.families.plain_numbers import plain_number_end

    texts = _corpus_texts_by_language()
    ends = [*",;:/([-", " of", " bis", " b ", " a)", " B", " d'", " ter5", " terms", " é"]
    # a word of two letters or more that starts with no small ASCII letter, or a part
    # word before its letter (da "punkt A", de "Teil A", bg "част А")
    ends += [" EUV", " ΣΛΕΕ", " Член", " Éa", " Punkt A", " Teil A", " част А", " Bis"]
    crafted = " ".join(f"{n}{end}5 {n}{end}a" for n in ("7", "42", "123", "2016") for end in ends)
    read = 0
    for code in available_languages():
        chains = reader(code)
        assert chains._plain_ends, code  # every language reads them (no mark starts so)
        for text in [*texts.get(code, [])[:3], crafted, "Article 12"]:
            for number in regex.finditer(r"\d+", text):
                for pos in range(number.start(), number.end()):
                    end = plain_number_end(text, pos, chains._plain_ends)
                    if end and chains._part_follows(text, end):
                        end = 0  # the lexer's own shortcut asks its part letter after it
                    if not end:
                        continue
                    read += 1
                    m = chains._token.match(text, pos)
                    assert m is not None and m.lastgroup == "NUM" and m.span() == (pos, end)
                    tokens = chains._number_tokens(m)
                    assert len(tokens) == 1 and tokens[0].value == text[pos:end]
    assert read > 1000, read
    ends = reader("en")._plain_ends  # a space, before a word that is no part of the number
    got = [plain_number_end(f"5{t}", 0, ends) for t in (" of", ", 6", " bis", " b ", " B")]
    assert got == [1, 1, 0, 0, 0]
    got = [plain_number_end(f"5{t}", 0, ends) for t in (" EUV", " Член", " B,", " Σ ", " Bis")]
    assert got == [1, 1, 0, 0, 1]

"""The shortcuts of the EU act and COM document scans find exactly what the
patterns they stand for find."""

from __future__ import annotations

import bisect
import functools
import json

import pytest
import regex

from citeresolve.families import (
    act_lists,
    act_numbers,
    act_ranges,
    act_words,
    eu_acts,
    oj_abbreviations,
    yearless_acts,
)
from citeresolve.text.clean import clean

from .conftest import ROOT


def _corpus_views() -> list[str]:
    return [view for _, view in _corpus_texts()]


# Prefixes the corpus rarely holds: stray spaces, line breaks, brackets, cases, a
# domain glued to its number word, characters that end no prefix, \x1c (white space
# to str.isspace, none to the engine's \s).
_AWKWARD = (
    "(EU) No 1/2003 (EU, Euratom) 2019/1150 (UE) n° 2019/945 (EG)Nr.1/2003 EUNo 17/62",
    "Verordening EU 2019/1150 VO (EWG) Nr . 1408/71 n .º 1/2000 NO 2/2001 nO 3/2002",
    "règl. (CE) n°\n1049/2001 No\x1c 5/2000 (EC)\n\n7/2001 ( EC ) 8/2002 (ec) 9/2003",
    "ΕΚ 1/2000 (ΕΚ) αριθ. 2/2001 № 3/2002 č. 4/2003 št. 5/2004 Nru° 6/2005 ſ 7/2006",
    "EURATOM 1/2000 Euratom 2/2001 EURATOm 3/2002 x) 4/2003 ) 5/2004 )) 6/2005 ( 7/2006",
    "   1/2000\n2/2001 \t3/2002",
)


def test_the_prefix_before_a_number_is_what_the_whole_pattern_finds() -> None:
    whole = act_numbers._prefix_pattern()
    for view in [*_corpus_views(), *_AWKWARD]:
        # Every digit that opens a run: each number's start, and many more.
        for pos in range(len(view)):
            if not view[pos].isdecimal() or view[pos - 1 : pos].isdecimal():
                continue
            lo = max(0, pos - act_numbers.PREFIX_WINDOW)
            m = whole.search(view, lo, pos)
            expected = (m.span(), m.groupdict()) if m is not None and m.end() > m.start() else None
            found = act_numbers.prefix_before(view, lo, pos)
            assert (found and (found.span(), found.groupdict())) == expected, view[lo : pos + 9]


def test_the_point_word_before_a_range_is_what_a_forward_search_finds() -> None:
    # article_range asks the window before a hyphenated number from its end (REVERSE),
    # with only the words that can end with the character before the blanks there.
    reverse = act_ranges.point_word_before()
    assert reverse is not None
    forward = regex.compile(reverse.pattern, reverse.flags & ~regex.REVERSE)
    awkward = "pkt 2-3 ust.\n4-5 Punkt\t \n6-7 PKT. 8-9 odst.10-11 PONTJA 1-2 ſ 3-4 \n 5-6 9"
    for view in [*_corpus_views(), awkward]:
        for pos in range(1, len(view)):
            if not view[pos].isdecimal() or view[pos - 1].isdecimal():
                continue
            lo = max(0, pos - 24)
            expected = forward.search(view, lo, pos) is not None
            assert act_ranges._ends_with_point_word(view, lo, pos) == expected, view[lo : pos + 5]


def test_what_the_engine_calls_white_space_is_white_space_to_python() -> None:
    # prefix_before skips white space with str.isspace, the pattern with \s.
    space = regex.compile(r"\s")
    for code in range(0x110000):
        ch = chr(code)
        if space.match(ch):
            assert ch.isspace(), hex(code)


def test_document_words_that_may_overlap_are_searched_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from citeresolve.families import com_documents

    words = {"COM": "COM", "KOM": "COM", "OMX": "SWD"}  # "COMX": "COM" and "OMX" overlap
    monkeypatch.setattr(com_documents, "_doc_types", lambda: words)
    com_documents._word_scan.cache_clear()
    try:
        assert com_documents._word_scan() is None
        assert sorted(com_documents._starts("xCOMX KOM")) == [1, 2, 6]
        del words["OMX"]
        com_documents._word_scan.cache_clear()
        assert com_documents._word_scan() is not None
        assert sorted(com_documents._starts("xCOMX KOMCOM")) == [1, 6, 9]
    finally:
        com_documents._word_scan.cache_clear()


def _corpus_texts() -> list[tuple[str, str]]:
    """(language, cleaned view) of every fixture document, in file order."""
    return list(_read_corpus_texts())


@functools.cache
def _read_corpus_texts() -> tuple[tuple[str, str], ...]:
    # Read and cleaned once for the module: nine tests walk the same 5,000 views.
    texts = []
    for folder in ("fixtures/corpus", "fixtures/heldout"):
        for path in sorted((ROOT / folder).rglob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    doc = json.loads(line)
                    texts.append((doc["lang"], clean(doc["text"]).view))
    return tuple(texts)


def _every_case(stem: str) -> list[str]:
    """A stem as capitals, title case, lower case, with the letters whose cases lower-case
    apart (long s, Kelvin sign, a final sigma) and in a word's end."""
    odd = str.maketrans({"s": "ſ", "k": "\u212a", "σ": "ς", "i": "İ"})
    forms = [stem, stem.upper(), stem.title(), stem.translate(odd), stem.upper().translate(odd)]
    return [*forms, *(f"x{form}" for form in forms), *(f"{form[:-1]}Σ." for form in forms)]


def test_a_title_word_is_found_where_the_case_insensitive_search_finds_it() -> None:
    # The letters-only copy the triggers made rules out most texts by str.find; the
    # answer is always the search's.
    awkward = [" ".join(_every_case(s)) for s in ("language", "sprach", "γλώσσ", "keel ", "kiel")]
    awkward += ["LİNGUİSTİC", "diſcriminatiON", "ΓΛΏΣΣ ΓΛΏΣ ΓΛΏΣΣΑ", "\u212aEEL ", "kalb", ""]
    seen = 0
    for lang, view in _corpus_texts() + [(code, t) for t in awkward for code in ("en", "el")]:
        for act in yearless_acts._acts(lang).values():
            if act.mention is not None:
                expected = act.mention.search(view) is not None
                assert yearless_acts._mentioned(view, act) is expected, (lang, view[:60])
                seen += expected
    assert seen > 10  # the corpus and the awkward texts hold title words


def test_the_number_after_a_regulation_word_is_read_only_where_its_digits_may_be_one() -> None:
    # The first digits after the word are the number the pattern reads: where they are
    # none of the numbers wanted, the pattern (which fails slowly) is not tried.
    after = yearless_acts._number_after_word()
    awkward = "Regulation No 1 Regulation (EEC) No 11. Regulation No 12 Regulation  No\n1/2003"
    tried = skipped = 0
    for lang, view in [*_corpus_texts(), ("en", awkward)]:
        numbers = yearless_acts._acts(lang)
        for start, end, kind in act_words.ActWords(view, None, lang).hits:
            if kind != "regulation":
                continue
            for wanted in (numbers, {"1": numbers["1"]}, {"11": numbers["11"]}):
                m = after.match(view, end)
                if not yearless_acts._may_read(view, end, wanted):
                    assert m is None or m["n"] not in wanted, (lang, view[start : end + 30])
                    skipped += 1
                tried += m is not None and m["n"] in wanted
    assert tried and skipped


def test_act_words_read_again_are_the_words_read_afresh() -> None:
    # The act numbers' reader and the year-less acts read one text's act words in turn
    # (up to the last number, with glued titles; then all): the second takes the
    # words the first matched at the same places.
    differ = 0
    for lang, view in _corpus_texts():
        act_words._LAST_TEXT[0] = ("", {})
        fresh = act_words.ActWords(view, None, lang).hits
        act_words._LAST_TEXT[0] = ("", {})
        eu_acts._ActReader(view, lang)
        again = act_words.ActWords(view, None, lang).hits
        assert again == fresh, (lang, view[:60])
        differ += bool(fresh)
    assert differ > 100


def _wrapped_by_the_author_first(view: str, cut: int, start: int, hits: list) -> bool:
    """The line-wrap test as it was written before: the author searched first; and a
    break inside the author after the act word (pl "dyrektywy Parlamentu
    Europejskiego\ni Rady 2010/63/UE"), and the number in brackets opening the next line
    (en "Joint Action\n(2008/851/CFSP)")."""
    if view[cut] != "\n":
        return False
    i = bisect.bisect_left(hits, (cut, -1, "")) - 1
    if i < 0 or hits[i][1] != len(view[:cut].rstrip()):
        between = view[hits[i][1] if i >= 0 else start : start].replace("\n", " ")
        return i >= 0 and act_words.eu_author_end(between, 0, len(between.rstrip()))
    if view[cut + 1 : start].strip().lstrip("(["):
        author = act_words._author_after().match(view, cut, start)
        if author is None or view[author.end() : start].strip():
            return False
    word_end = len(view[:cut].rstrip())
    i = bisect.bisect_left(hits, (cut, -1, "")) - 1
    return i >= 0 and hits[i][1] == word_end


def test_a_line_ends_with_an_act_word_before_its_author_is_looked_for() -> None:
    # Every line break before a number of every corpus text, and wrapped act words with
    # and without their author on the next line.
    wrapped = [
        ("sk", "podľa smernice\nEurópskeho parlamentu a Rady (EÚ) 2021/2167 a"),
        ("sv", "enligt rådets förordning\n(EG) nr 1383/2003 och\nnr 2/2004"),
        ("en", "the Regulation\nof the Council 2019/1 and Directive \n  \n 2019/2"),
        ("pl", "dyrektywy Parlamentu Europejskiego\ni Rady 2010/63/UE z dnia"),
    ]
    found = 0
    for lang, view in [*_corpus_texts(), *wrapped]:
        hits = act_words.ActWords(view, None, lang).hits
        for number in regex.finditer(r"\d+/\d+", view):
            cut = view.rfind("\n", max(0, number.start() - 90), number.start())
            if cut >= 0:
                expected = _wrapped_by_the_author_first(view, cut, number.start(), hits)
                assert act_words._wrapped_after_word(view, cut, number.start(), hits) is expected
                found += expected
    assert found >= 2


def test_an_oj_abbreviation_before_a_number_is_what_the_search_finds() -> None:
    # Its last character before the number (or before one blank) is tested first.
    awkward = "OJ 2024/1 ABl.\t2024/2 ΕΕ 2019/947 (EE 3/2020) Ú 4/2021 OJ  5/2022 xOJ 6/2023"
    found = 0
    for _, view in [*_corpus_texts(), ("en", awkward)]:
        for number in regex.finditer(r"(?<!\d)\d", view):
            pos = number.start()
            window = max(0, pos - oj_abbreviations._REACH)
            expected = oj_abbreviations._before_number().search(view, window, pos) is not None
            assert oj_abbreviations.journal_before(view, pos) is expected, view[window:pos]
            found += expected
    assert found > 10


def test_a_national_word_between_list_items_is_what_the_search_finds() -> None:
    # National act words between two numbers of a list, glued to a letter at either end,
    # behind an aside, or cut by the end of what is searched.
    awkward = [
        ("ro", "Directiva 2019/1158 și prin Hotărârea Guvernului nr. 905/2017, 2018/7"),
        ("pt", "Regulamento (UE) 2016/679 e o Decreto-Lei n.º 41/2020, 2016/680 e DL 5/2021"),
        ("it", "direttive 93/36 e (si veda il decreto legislativo 12/2006) 93/37/CEE e 4/2011"),
        ("es", "Reglamento 1/2003 y el RD 5/2004, 2/2004yRD 7/2005 xRD 8/2005 RDx 9/2005"),
        ("cs", "nařízení 2016/679 a zákon č. 110/2019 Sb., vyhl. 3/2020 a 2016/680"),
    ]
    found = 0
    for lang, view in [*_corpus_texts(), *awkward]:
        words = act_words.ActWords(view, None, lang)
        ends: list[int] = []
        for number in regex.finditer(r"\d+/\d+", view):
            for end in ends[-3:]:
                expected = act_lists.same_list(view, end, number.start())
                assert act_lists.same_list(view, end, number.start(), words) is expected
                found += expected
            # also cut inside the number, or right after a letter before it
            for start in (number.start() + 1, number.start() - 1):
                for end in ends[-2:]:
                    expected = act_lists.same_list(view, end, start)
                    assert act_lists.same_list(view, end, start, words) is expected
            ends.append(number.end())
    assert found > 100


def test_the_national_word_search_starts_where_the_trigger_sees_one() -> None:
    # Windows between two numbers with their asides taken out, read on their own: a
    # national word at either edge, glued inside a compound (de "*gesetz"), or joined
    # across a removed aside (pt "Resolução do (…) Conselho de Ministros").
    awkward = [
        "e o Decreto-Lei n.º (ver nota) 41/2020, a Resolução do (RCM) Conselho de Ministros",
        "und das Bundes(siehe oben)gesetz, dem Datenschutzgesetz Nr. sowie BGBl. und Gesetz",
        "și prin Hotărârea (a se vedea) Guvernului nr., legea x, Legii, OUG, O.U.G. nr.",
        "y el (véase) RD, Ley y RDx ni xLey, el Real Decreto-ley",
        "a zákon č. (viz výše) Sb., vyhl. a zákona",
    ]
    pattern = act_lists._national_word()
    found = 0
    for view in [*_corpus_views(), *awkward]:
        kept = act_lists._ASIDE.sub("", view)
        for text in (view, kept):
            for lo in range(0, len(text), 40):
                between = text[lo : lo + act_lists._LIST_REACH]
                m = pattern.search(between)
                first = act_lists._national_start(between)
                if m is not None:
                    assert first is not None and first <= m.start(), between
                    again = pattern.search(between, first)
                    assert again is not None and again.span() == m.span(), between
                    found += 1
    assert found > 50

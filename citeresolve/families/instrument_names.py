"""The phrases of the mention matcher (:mod:`.instruments`): every instrument name of a
language, the abbreviations every language reads, the Rules of Procedure, the popular
names of acts (each with its kind word) and the words that point back to an
instrument, grouped by what they name.

A language's groups hold some two thousand phrases built in Python from its file and
the shared ones (popular names with kind words, name variants): a few milliseconds of
the first call of every fresh process. They are kept across processes
(:func:`~citeresolve.knowledge.kept_objects.kept_object`) under the stamps of every data file
and of the code that builds them, for the package's own languages only: a language
built from other data (a test's) is built afresh.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ..knowledge import data as data_module
from ..knowledge import lang as lang_module
from ..knowledge import registry as registry_module
from ..knowledge.cache import data_stamp, parsed
from ..knowledge.data import table as data_table
from ..knowledge.kept_objects import kept_object, source_stamp
from ..knowledge.lang import EU_LANGUAGES, Language, all_languages, alternation
from ..knowledge.lazy_patterns import deferred_pattern
from ..model import keys as keys_module
from ..model.keys import RULES_CODE, is_treaty
from ..text import phrase_groups as phrase_groups_module
from ..text import scan as scan_module
from ..text.phrase_groups import PhraseGroups, PhraseScan
from . import act_names as act_names_module
from . import mentions as mentions_module
from . import name_variants as name_variants_module
from .act_names import popular_name_phrases
from .mentions import ATTACH_ONLY, CITABLE, NAMED, OTHER_RULES, REFERENCE
from .name_variants import dotted_abbreviations, name_variants

# What each group names, by group name: (code, use).
Groups = dict[str, tuple[str, str]]
# The groups in the order they are tried: (group name, phrases).
Phrases = list[tuple[str, list[str]]]
# What puts the groups of reference words after those of names in the sort by length.
_AFTER_NAMES = 10_000

# The code that builds the groups: this module and those whose functions it calls.
_BUILDER = source_stamp(
    __file__,
    act_names_module.__file__,
    name_variants_module.__file__,
    mentions_module.__file__,
    registry_module.__file__,
    data_module.__file__,
    lang_module.__file__,
    keys_module.__file__,
)


# ... and the code that matches them (their trigger's tables are kept with them).
_MATCHER = source_stamp(phrase_groups_module.__file__, scan_module.__file__)


def phrase_groups(language: Language) -> tuple[Groups, PhraseGroups]:
    """The phrase groups of every instrument name and reference word of the language,
    longest phrases first, ready to match, and what each group names.

    Kept across processes as one file per language, with the tables of their
    trigger, under the stamps of the data files and of the code: the trigger's own
    key (its thousands of phrases, half a megabyte to hash) is not computed."""
    code = language.code
    if code not in EU_LANGUAGES or language.data is not parsed(f"lang/{code}.toml"):
        return _matched_groups(language)  # not the package's own file: nothing kept
    key = "\0".join((code, data_stamp(), _BUILDER, _MATCHER, scan_module._BUILDER))
    return kept_object("instrument-matcher", key, lambda: _matched_groups(language))


def _matched_groups(language: Language) -> tuple[Groups, PhraseGroups]:
    groups, found = _phrase_groups(language)
    return groups, PhraseGroups(found)


def _phrase_groups(language: Language) -> tuple[Groups, Phrases]:
    groups: Groups = {}
    # Equal (code, use) pairs are one object, which the kept matcher stores once (a
    # few hundred for some three thousand groups).
    pairs: dict[tuple[str, str], tuple[str, str]] = {}
    found: list[tuple[int, str, list[str]]] = []
    for phrases, code, use in [*_instrument_names(language), *_reference_words(language)]:
        # One group per phrase length, so that the order below is that of the phrases
        # themselves: en "SFDR Delegated Regulation" (another act) is tried before the
        # "=SFDR" of a group whose longest name is longer still.
        by_length: dict[int, list[str]] = {}
        for phrase in phrases:
            by_length.setdefault(len(phrase), []).append(phrase)
        for length, same in by_length.items():
            name = f"g{len(groups)}"
            groups[name] = pairs.setdefault((code, use), (code, use))
            found.append((length - (use == REFERENCE) * _AFTER_NAMES, name, same))
    # Longer phrases first, so that "Treaty establishing the European Community"
    # wins over "EC".  The pattern runs anchored at every trigger position, so
    # inside "het Verdrag betreffende de Europese Unie" both the reference "het
    # Verdrag" and the name are seen, and _drop_nested keeps the longer name.
    # Reference words come after every name: a name that begins with one is tried
    # first where both start (pt "Diretiva IVA", where "=Diretiva" is "the Directive"
    # and "referida diretiva" a longer phrase than the name).
    found.sort(key=lambda item: -item[0])
    return groups, [(name, phrases) for _, name, phrases in found]


def _instrument_names(language: Language) -> Iterator[tuple[list[str], str, str]]:
    """(phrases, code, use) of the names of instruments: the language's own, the
    abbreviations every language reads, the Rules of Procedure (the EP's and other
    bodies') and the popular names of acts."""
    own = {p for entry in language.instruments.values() for f in entry.values() for p in f}
    foreign: dict[str, list[str]] = {}
    for abbreviation, code in _foreign_abbreviations().items():
        if abbreviation not in own:
            foreign.setdefault(code, []).append(abbreviation)
    for code, entry in language.instruments.items():
        yield name_variants(language, entry["names"]), code, CITABLE
        yield dotted_abbreviations(entry["abbreviations"]), code, CITABLE
        yield name_variants(language, entry["attach_only"]), code, ATTACH_ONLY
    for code, phrases in sorted(foreign.items()):
        yield phrases, code, ATTACH_ONLY
    # The Rules named with the Parliament as their owner cite the whole Rules when no
    # article takes them; the other names only take articles ("Rule 54 of its Rules").
    yield language.section("rules").get("full_names", []), RULES_CODE, CITABLE
    yield language.section("rules")["names"], RULES_CODE, ATTACH_ONLY
    # The Rules of the Court, the Council, the EESC ...: a mention that takes an
    # article chain so that it is never read as the EP's.
    yield language.section("rules").get("other_rules", []), OTHER_RULES, ATTACH_ONLY
    # The Agreement on social policy: an instrument no key covers takes its articles.
    words = data_table("context_words.toml").get(language.code, {})
    yield name_variants(language, words.get("unkeyed_instruments", [])), OTHER_RULES, ATTACH_ONLY
    # The Staff Regulations: an act's annex named by a popular name takes its articles,
    # which no key covers.
    yield (
        name_variants(language, registry_module.annexed_names(language.code)),
        OTHER_RULES,
        ATTACH_ONLY,
    )
    for phrases, code in popular_name_phrases(language):
        yield phrases, code, NAMED


def _reference_words(language: Language) -> Iterator[tuple[list[str], str, str]]:
    """(phrases, kind, REFERENCE) of the words that point back to an instrument of a
    kind ("the Treaty", "that Regulation")."""
    for kind, phrases in language.section("references").items():
        yield phrases, kind, REFERENCE


@functools.cache
def _foreign_abbreviations() -> dict[str, str]:
    """Abbreviation -> code, for the abbreviations every language reads (see
    ``data/foreign_abbreviations.toml``): one meaning in every language file that
    has it, and not a word."""
    meanings: dict[str, set[str]] = {}
    for language in all_languages():
        for code, entry in language.instruments.items():
            for phrase in entry["abbreviations"]:
                meanings.setdefault(phrase, set()).add(code)
            for phrase in entry["attach_only"]:
                meanings.setdefault(phrase, set()).add(code)  # "EC" stays ambiguous abroad
    words = set(data_table("foreign_abbreviations.toml")["words"])
    others: set[str] = set()
    for language in all_languages():
        others.update(language.section("official_journal")["abbreviations"])
        others.update(language.section("acts")["domains"])
    abbreviations = {
        phrase
        for language in all_languages()
        for entry in language.instruments.values()
        for phrase in entry["abbreviations"]
    }
    return {
        phrase: next(iter(meanings[phrase]))
        for phrase in sorted(abbreviations)
        if len(meanings[phrase]) == 1
        and phrase not in words
        and phrase not in others
        and len(phrase) >= 3
        and phrase[:1].isupper()
    }


def _other_words(language: Language, field: str, treaty_word: str) -> dict[str, list[str]]:
    """By code, the instrument's ``field`` words; under ``treaty_word`` those of every
    treaty together."""
    words = {
        code: list(entry[field]) for code, entry in language.instruments.items() if entry.get(field)
    }
    treaties = [w for code, ws in words.items() if is_treaty(code) for w in ws]
    if treaties:
        words[treaty_word] = treaties
    return words


def other_heads(language: Language, treaty_word: str) -> dict[str, regex.Pattern[str]]:
    """By code, the words right before one of its names that make it another instrument
    no key covers ("Fourth Geneva Convention"); under ``treaty_word`` those of every
    treaty, which also make the bare treaty word another (fi "Euroopan hiili- ja
    teräsyhteisön perustamissopimuksen" is the ECSC Treaty, not "the Treaty")."""
    heads = _other_words(language, "other_instrument_heads", treaty_word)
    # a head ending in a hyphen or an apostrophe is written glued to the name (mt
    # "Memorandum tal-Ftehim ta' Pariġi", the Paris MOU)
    return {
        code: deferred_pattern(rf"(?<!\w)(?:{alternation(hs)})(?:[ \t]+|(?<=[-'’]))$")
        for code, hs in heads.items()
    }


def other_tails(language: Language, treaty_word: str) -> dict[str, regex.Pattern[str]]:
    """By code, the words right after one of its names that carry it on into another
    instrument no key covers ("traité instituant la Communauté européenne du charbon et
    de l'acier"); under ``treaty_word`` those of every treaty, which also make the bare
    treaty word another (fr "l'article 77 du traité CECA", no article of "the Treaty"
    named before it)."""
    tails = _other_words(language, "other_instrument_tails", treaty_word)
    # a tail may open with a comma: fr "CEDH, 4 déc. 2008" is the Court's judgment
    return {
        code: deferred_pattern(rf"(?:\s+|(?=,)){alternation(ts)}(?!\w)", anchored=True)
        for code, ts in tails.items()
    }


def plural_forms(language: Language) -> dict[str, regex.Pattern[str]]:
    """By code, the plurals that one of its names, read with its ``*``, would take for
    itself (hu "EU-szerződések", the EU Treaties, under "EU-Szerződés*"): matched where
    the name starts, they are no mention of the one instrument."""
    return {
        code: deferred_pattern(rf"(?:{alternation(forms)})(?!\w)", anchored=True)
        for code, entry in language.instruments.items()
        if (forms := entry.get("plural_forms"))
    }


def national_short_forms(
    language: Language,
) -> list[tuple[str, frozenset[str], PhraseScan]]:
    """Per instrument: its short forms that a national instrument shares, and the words
    that show a text cites that national instrument (es "CE", the EC Treaty's and the
    Spanish Constitution's, in a text that names "Constitución Española"). The words are
    searched only where one's first word starts (the engine tried their alternation at
    every position of the text, some 100 ms per MB)."""
    return [
        (code, frozenset(entry["national_short_forms"]), PhraseScan(contexts))
        for code, entry in language.instruments.items()
        if entry.get("national_short_forms") and (contexts := entry.get("national_contexts"))
    ]


def national_meanings(
    view: str,
    mentions: list[mentions_module.Mention],
    national: list[tuple[str, frozenset[str], PhraseScan]],
) -> list[mentions_module.Mention]:
    """The mentions, those of a short form a national instrument shares made that
    unkeyed instrument in a text that names it (es "artículo 24 CE" where the text
    names the "Constitución Española": no EC Treaty article)."""
    for code, forms, context in national:
        if context.search(view) is None:
            continue
        other = mentions_module.OTHER_RULES
        mentions = [
            mentions_module.Mention(
                m.start, m.end, other, mentions_module.ATTACH_ONLY, "other_rules"
            )
            if m.code == code and view[m.start : m.end] in forms
            else m
            for m in mentions
        ]
    return mentions

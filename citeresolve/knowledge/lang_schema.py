"""The language files' schema: which sections and fields a ``data/lang/*.toml`` file
has, of which types, and :func:`validate`, which names the first field that is
missing, mistyped or unknown (a misspelt field would otherwise read as absent)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import LanguageDataError

# The schema: section -> field -> expected Python type.  A test checks every file.
SCHEMA: dict[str, dict[str, type]] = {
    "": {"code": str, "name": str, "texts_adopted": list},
    "articles": {
        "article": list,
        "number_first": bool,
        "ordinal_dot": bool,
        "article_marks": list,
        "paragraph": list,
        "paragraphs": list,
        "position": list,
        "subparagraph": list,
        "point": list,
        "ordinals": dict,
        "and": list,
        "range": list,
        "determiners": list,
        "of": list,
        "thereof": list,
        "possessive": list,
        "in_particular": list,
    },
    "rules": {"words": list, "names": list},
    "references": {
        "treaty": list,
        "regulation": list,
        "directive": list,
        "decision": list,
        "convention": list,
    },
    "official_journal": {
        "abbreviations": list,
        "names": list,
        "number_words": list,
        "page": list,
        "date_connectors": list,
    },
    "acts": {
        "regulation": list,
        "directive": list,
        "decision": list,
        "recommendation": list,
        "framework_decision": list,
        "common_position": list,
        "joint_action": list,
        "guideline": list,
        "number_words": list,
        "domains": list,
        "national_acts": list,
        "authors": list,
    },
    "cases": {"words": list},
}
INSTRUMENT_FIELDS = ("names", "abbreviations", "attach_only")
# Optional: the names of the court that applies the instrument ("European Court of Human
# Rights", "ECtHR"): in a document that names it, a reference word of the instrument's
# kind ("the Convention") with none of that kind named before it stands for it.
# Optional: words that carry one of the instrument's names on into the name of another
# instrument no key covers (fr "du charbon et de l'acier": "traité instituant la
# Communauté européenne du charbon et de l'acier" is the ECSC Treaty, not the EC Treaty);
# and the words right before a name that make it another's ("Fourth Geneva Convention").
# Optional: short forms that a text naming one of the national_contexts uses for a
# national instrument (es "artículo 24 CE" beside "Constitución Española"). And the
# words after a short form that make it part of a common noun, no instrument at all (lt
# "EB tipo patvirtinimas": the EC type-approval of a vehicle). And the plurals a name
# with its "*" would match (hu "EU-szerződések", the EU Treaties): no mention.
INSTRUMENT_OPTIONAL = (
    "courts",
    "other_instrument_tails",
    "noun_tails",
    "other_instrument_heads",
    "national_short_forms",
    "national_contexts",
    "plural_forms",
)
# Optional fields: a language may leave them out.
OPTIONAL: dict[str, dict[str, type]] = {
    "": {
        "unaccented_capitals": dict,
        "unaccented_letters": dict,
        "union_short": dict,
        "name_slips": dict,
        "initial_mutations": dict,
    },
    "articles": {
        "article_plural": list,
        "point_plural": list,
        "paragraph_either": list,
        "treaty_subparagraph": list,
        "last": list,
        "paragraph_number_before": list,
        "dot_paragraph": bool,
        "slash_paragraph": bool,
        "comma_dot_paragraph": bool,
        "point_letters": dict,
        "pin_label": dict,
        "bare_point_letters": bool,
        "marks_articles": bool,
        "ordinal_first": bool,
        "relatives": list,
        "common_capitals": list,
        "article_parts": list,
        "first_article": list,
        "annex_numeral_first": bool,
        "pin_numerals": bool,
        "range_from": list,
        "range_from_before": list,
        "range_to_before": list,
        "act_title": list,
        "act_title_end": list,
        "act_title_close": list,
        "act_title_tail_endings": list,
        "act_title_owner_endings": list,
        "act_title_clause": list,
        "as_amended": list,
        "amendments_note": list,
        "promulgated": list,
        "former": list,
        "as_regards": list,
        "precited": list,
        "relative_possessive": list,
        "inserting": list,
        "clause_openers": list,
        "point_marks": list,
        "numeral_letters": list,
        "point_after": list,
        "abbreviation_endings": list,
        "ordinal_endings": list,
        "demonstratives": list,
        "both": list,
        "said": list,
        "said_after": list,
        # contract version 2 units and the filler that does not end a list
        "recital": list,
        "annex": list,
        "annex_participles": list,
        "annex_genitive": list,
        "annex_numbered": list,
        "article_locatives": list,
        "list_prepositions": list,
        "glued_prepositions": list,
        "glued_points": list,
        "letter_words": list,
        "letter_treaty": list,
        "act_authors": list,
        "paragraph_locatives": list,
        "flattened_paragraph": list,
        "transposed_into": list,
        "paragraph_after_treaty": list,
        "annex_to": list,
        "annex_single": list,
        "genitive_of": list,
        "noncitable": list,
        "following": list,
        "descriptors": list,
    },
    "references": {
        "regulation_or_rules": list,
        "protocol": list,
        "other_act": list,
        "framework_decision": list,
    },
    "rules": {
        "full_names": list,
        "other_owners": list,
        "other_authors": list,
        "other_author_headings": list,
        "other_rules": list,
        "parliament": list,
        "genitive_owner": bool,
        "national_chambers": list,
        "author_formulas": list,
        "court_texts": list,
        "co_authors": list,
    },
    "protocols": {
        "words": list,
        "number_marks": list,
        "number_first": bool,
        "ordinal_first": bool,
        "minutes": list,
        "owners": list,
        "annexed_thereto": list,
        "annexed_before": list,
        "to_the_treaty": list,
        "accession": list,
        "titles": dict,
        "lisbon": list,
        "title_openers": list,
    },
    # the Union or Community as national databases name it between an act word and the
    # act's date ("Regolamento Unione Europea 7 febbraio 2024, n. 590"): families/act_dated.py
    # name_endings: a popular name's ending and its short form (de "-Verordnung" -> "-VO")
    # marks_after: the number marks between an act number and its title before the act
    # word (hu "a 2000/43/EK sz. faji diszkrimináció elleni irányelvvel"): act_words.py
    # other_instruments: words of instruments that are no act (convention, agreement)
    # right before a number with its domain: the number takes no act's kind from the act
    # read before it (it "Convenzione 90/436/CEE"): act_kind_fallbacks.py
    # kind_after_number: the language names an act's kind after its number (hu "a 2004/38
    # irányelv"); elsewhere an act word right after a number is no EU act's: act_word_language.py
    # serial_first_words: act words that write every number serial then year, a directive's
    # too (juris's de "EWGRL 83/92" is Directive 92/83/EEC): act_years.py
    "acts": {
        "dated_domains": list,
        "name_endings": dict,
        "eu_authors_before": list,
        "marks_after": list,
        "domain_number_words": list,
        "other_instruments": list,
        "kind_after_number": bool,
        "serial_first_words": list,
    },
    # how the Court's reports are cited ("ECR", "Slg."): families/case_lists.py; the number
    # marks after a case number written before its case word (hu "26/62. sz. ügy"); the
    # Court's abbreviations before a case number (de "EuGH, 20.02.1979 - 120/78"):
    # families/case_courts.py; the word between two parties' names ("Costa v ENEL"):
    # families/case_parties.py; the judgment's word before its date, its name and an old
    # case number ("judgment of 6 October 1982, CILFIT, 283/81"): families/case_judgments.py
    "cases": {
        "reports": list,
        "marks_after": list,
        "courts": list,
        "versus": list,
        "bracket_words": list,
        "judgments": list,
    },
    "official_journal": {
        "page_after": list,
        "year_marks": list,
        "year_words": list,
        "series_words": list,
        "day_marks": list,
        "corrigendum": list,
    },
}


def validate(data: Mapping[str, Any], source: str) -> None:
    """Raise :class:`LanguageDataError` naming the first missing or mistyped field."""
    for section, fields in SCHEMA.items():
        table = data if section == "" else data.get(section)
        if not isinstance(table, Mapping):
            raise LanguageDataError(f"{source}: section [{section}] is missing")
        for field, typ in fields.items():
            if field not in table:
                raise LanguageDataError(f"{source}: [{section or 'top'}] lacks field {field!r}")
            if not isinstance(table[field], typ):
                raise LanguageDataError(
                    f"{source}: [{section or 'top'}] {field!r} must be a {typ.__name__}"
                )
    for section, fields in OPTIONAL.items():
        for field, typ in fields.items():
            value = (data if section == "" else data.get(section, {})).get(field)
            if value is not None and not isinstance(value, typ):
                raise LanguageDataError(f"{source}: [{section}] {field!r} must be a {typ.__name__}")
    instruments = data.get("instruments")
    if not isinstance(instruments, Mapping) or not instruments:
        raise LanguageDataError(f"{source}: no [instruments.*] tables")
    for code, entry in instruments.items():
        for field in INSTRUMENT_FIELDS:
            if not isinstance(entry.get(field), list):
                raise LanguageDataError(f"{source}: [instruments.{code}] lacks list {field!r}")
        known = {*INSTRUMENT_FIELDS, *INSTRUMENT_OPTIONAL}
        _check_fields(f"instruments.{code}", entry, known, source)
    _check_pairs(data.get("instrument_pairs", {}), set(instruments), source)
    for section in {*SCHEMA, *OPTIONAL}:
        known = {*SCHEMA.get(section, {}), *OPTIONAL.get(section, {})}
        table = data if section == "" else data.get(section, {})
        _check_fields(section, table, known | (_SECTIONS if section == "" else set()), source)
    for letter, capital in data.get("unaccented_capitals", {}).items():
        # One character for one: the trigger automaton reads a copy of the text of
        # the same length (see text/scan.py).
        if not (len(letter) == len(capital) == 1 and letter.islower() and capital.isupper()):
            raise LanguageDataError(
                f"{source}: [top] 'unaccented_capitals' maps {letter!r} to {capital!r}; "
                "write one lower-case letter = its capital"
            )
    for letter, bare in data.get("unaccented_letters", {}).items():
        if not (len(letter) == len(bare) == 1 and letter.islower() and bare.islower()):
            raise LanguageDataError(
                f"{source}: [top] 'unaccented_letters' maps {letter!r} to {bare!r}; "
                "write one lower-case letter = the same letter without its accent"
            )


# Sections and the item type of table fields: a misspelt field would otherwise be
# read as absent, and a number among words would fail only when a pattern is built.
_SECTIONS = {*SCHEMA, *OPTIONAL, "instruments", "instrument_pairs"} - {""}
_TABLE_VALUES: dict[str, type] = {
    "ordinals": int,
    "point_letters": str,
    "pin_label": str,
    "unaccented_capitals": str,
    "unaccented_letters": str,
}


def _check_pairs(pairs: Any, codes: set[str], source: str) -> None:
    """``[instrument_pairs]``: "CODE+CODE" of two of the file's instruments -> phrases
    written "first|second" (families/instrument_pairs.py)."""
    where = f"{source}: [instrument_pairs]"
    if not isinstance(pairs, Mapping):
        raise LanguageDataError(f"{where} must be a table")
    for key, phrases in pairs.items():
        named = key.split("+")
        if len(named) != 2 or not set(named) <= codes:
            raise LanguageDataError(f"{where} {key!r}: write two instrument codes, CODE+CODE")
        if not isinstance(phrases, list) or not all(
            isinstance(p, str) and p.count("|") == 1 and all(p.split("|")) for p in phrases
        ):
            raise LanguageDataError(f"{where} {key!r}: a list of phrases, each 'first|second'")


def _check_fields(section: str, table: Mapping[str, Any], known: set[str], source: str) -> None:
    """Reject fields ``known`` does not list, and list items or table values of the
    wrong type (words are strings; ordinals map a word to a number)."""
    where = f"{source}: [{section or 'top'}]"
    unknown = sorted(set(table) - known)
    if unknown:
        raise LanguageDataError(f"{where} has unknown field(s) {', '.join(unknown)}")
    for field, value in table.items():
        typ: type
        if isinstance(value, list):
            typ, items = str, list(value)
        elif isinstance(value, Mapping) and field in _TABLE_VALUES:
            typ, items = _TABLE_VALUES[field], list(value.values())
        else:
            continue
        wrong = [item for item in items if not isinstance(item, typ) or isinstance(item, bool)]
        if wrong:
            expected = "a number" if typ is int else "a string"
            raise LanguageDataError(f"{where} {field!r} holds {wrong[0]!r}, not {expected}")

"""The words and gaps that link an article chain to its instrument in one language
("of the", "thereof", "in particular", a footnote marker, an act's title …),
compiled once from the language file's [articles] table."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import regex

from ..families.chain_tokens import former_words
from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import Language, alternation
from ..text.branches import phrase_starts
from ..text.phrase_groups import PhraseGroups
from .genitive_gap import MARKER as _MARKER
from .genitive_gap import genitive_gap as _genitive_gap
from .genitive_gap import title_clause as _title_clause
from .national_titles import NationalTitles

_Optional = regex.Pattern[str] | None
# What follows a linking phrase: white space, or nothing when the phrase ends glued
# to the next word ("tat-", "l-", "dell'").
AFTER = r"(?:\s+|(?<=[-'’]))"
_BLANKS = frozenset(" \t")


# The act words of the language files, EU and national.
_ACT_FIELDS = ("regulation", "directive", "decision", "framework_decision", "national_acts")


class ChainLinks:
    """The compiled link patterns of one language; each attribute says what it matches."""

    def __init__(self, language: Language) -> None:
        art = language.articles
        of = alternation(art["of"])
        determiners = alternation(art["determiners"])
        linkers = alternation(art["in_particular"])
        # After the chain: "of the Treaty", "TFEU", "thereof".
        self.forward_gap = _forward_gap(of, determiners, _former_gloss(language))
        self.of_after = compile_pattern(rf"\s+(?:{of})(?:\s+|(?<=['’]))")
        self.thereof, self._thereof_starts = _thereof(language, of), phrase_starts(art["thereof"])
        self.linker_after = compile_pattern(rf"[\s,]*(?:{linkers})")
        # Before the chain: "in particular [its]", "as regards", a dash, a genitive.
        self.backward_link, self.relative_link = _backward_links(art, linkers, determiners)
        self.possessive_opening, self.act_word_after = _owner_words(language)
        self.as_regards, places = _as_regards(art, determiners), art.get("article_locatives")
        aside = rf"[ \t]*,[ \t]*(?:{alternation(places or [])})[ \t]*"
        self.locative_aside = compile_pattern(aside) if places else None
        self.annex_to = _annex_to(art)
        self.code, journals = language.code, language.section("official_journal")["abbreviations"]
        self.genitive_gap = _genitive_gap(art, journals)
        # In a language that links an article to its instrument with a word ("of",
        # "du", "der"), an act written right before a list of articles is a keyword
        # line's heading ("Directiva 2006/112/CE ART9 ART73"): cited itself, and
        # pinned; before a single article it only completes it ("77/388/EWG Art. 11").
        self.juxtaposed_heading = bool(art["of"])
        # A keyword chain: "Regulation (EC) No 539/2001 — Article 1(4)(f)", "44/2001— Член 1".
        self.dash_link = compile_pattern(r"(?:\s[—–-]|(?<=\d)[—–-](?=\s))\s*$")
        self.dash_determiner = _dash_determiner(art, determiners)
        self.comma_link, self.item_comma = _comma_link(language, of), _item_comma(art)
        # An "and" word right before a chain, and right after an instrument (_and_links).
        self.and_before, self.and_after = _and_links(language)
        self.paragraph_anaphor, self.article_anaphor = _unit_anaphors(language, of)
        self.paragraph_after_treaty = _paragraph_after_treaty(art)
        self.ordinal_values = {str(k).casefold(): v for k, v in art["ordinals"].items()}
        self.in_particular_gap = compile_pattern(
            rf"[\s,;]*(?:{linkers})[\s,]*(?:{determiners}\s+)?"
        )
        # A citation opener ("having regard to", "gestützt auf") starts a new clause even
        # inside a line: a PDF transcript runs the title and all the visas together.
        openers = art.get("clause_openers", [])
        self.openers = PhraseGroups([("opener", openers)]) if openers else None
        self.definition_end = _definition_end(language)
        self.self_reference = _self_reference(language)
        self.title_end, self.title_clause, self.unit_of = _titles(art, of, determiners)
        # A text that names a national chamber and the Parliament nowhere is that
        # chamber's: there a bare "del regolamento" is its own Rules, never the EP's.
        self.national_titles = NationalTitles(language)
        rules = language.section("rules")
        self.parliament = _any_of(rules.get("parliament", []))
        self.national_chamber = _any_of(rules.get("national_chambers", []))

    _gaps: tuple[str, dict[int, regex.Match[str] | None]] = ("", {})  # see gap_after

    @property
    def owner_after(self) -> bool:
        """Whether the language names an instrument after its articles (an "of" word
        links them): there a name right after a chain on its line owns it, not one that
        ends the line before (nl "Regelgeving VWEU" then "art. 21 en 23 Handvest")."""
        return self.juxtaposed_heading

    def gap_after(self, view: str, end: int) -> regex.Match[str] | None:
        """``forward_gap.match(view, end)``, kept for the last text: the distributed
        articles, then attach, ask it at the same chain ends (two calls in five)."""
        kept = self._gaps
        if kept[0] is not view or not view:  # (the class's own pair is never filled)
            kept = self._gaps = (view, {})  # one assignment: threads never share a dict
        gaps = kept[1]
        if end not in gaps:
            gap = self.forward_gap.match(view, end)
            if (gap is None or not gap["of"]) and _closes_own_bracket(view, end):
                # "(than Articles 1 and 3) of Directive …", nl "(dan artikel 1 en 3) in
                # de richtlijn": a bracket holding the chain closes before the "of" word
                after = self.forward_gap.match(view, end + 1)
                gap = after if after is not None and after["of"] else gap
            gaps[end] = gap
        return gaps[end]

    def thereof_after(self, view: str, pos: int) -> bool:
        """Whether ``thereof`` matches at ``pos``: not tried where the first character
        after its blanks, comma and white space starts none of its words (_thereof_starts;
        most chain ends, at two to three microseconds a try)."""
        starts = self._thereof_starts
        if starts is not None:
            i, size = pos, len(view)
            while i < size and view[i] in _BLANKS:
                i += 1
            i += view[i : i + 1] == ","
            while i < size and view[i].isspace():  # every regex \s is a str.isspace one
                i += 1
            if view[i : i + 1] not in starts:
                return False
        return self.thereof.match(view, pos) is not None


@functools.cache
def links_of(language: Language) -> ChainLinks:
    """One language's links, shared by attach and the distributed articles."""
    return ChainLinks(language)


def _dash_determiner(art: Mapping[str, Any], determiners: str) -> regex.Pattern[str] | None:
    """A keyword line's dash with a determiner before the chain: hu "értelmezése – A 21.
    cikk (1) bekezdése"."""
    if not art["determiners"]:
        return None
    return compile_pattern(rf"\s[—–-]\s*(?:{determiners})\s+$", regex.IGNORECASE)


# How far before a chain's end the bracket holding it may open.
_OWN_BRACKET_REACH = 60


def _closes_own_bracket(view: str, end: int) -> bool:
    """Whether a ")" right at ``end`` closes a bracket opened before the chain, by a
    word ("(than Articles 1 and 3)"), not a number's own bracket."""
    if view[end : end + 1] != ")":
        return False
    opened = view.rfind("(", max(0, end - _OWN_BRACKET_REACH), end)
    return (
        opened >= 0
        and ")" not in view[opened:end]
        and "\n" not in view[opened:end]
        and view[opened + 1 : opened + 2].isalpha()
    )


# A quotation in an aside: the words it quotes may hold brackets and numbers.
_QUOTED = r"(?:«[^«»\n]{1,300}»|“[^“”\n]{1,300}”|„[^„“”\n]{1,300}[“”])"
_PLAIN = r"[^()\d\n«»“”„]"  # the aside's own words around it: no bracket, no number


def _forward_gap(of: str, determiners: str, former: str) -> regex.Pattern[str]:
    """What may stand between a chain and the instrument after it. A phrase ending in a
    hyphen or apostrophe is glued to the next word (Maltese "tat-Trattat", "tar-Regoli";
    "dell'Unione"): no space after it. A footnote marker may stand right after the
    chain: "Article 108(2) (1) of", an editor's bracket ("artigo 83.º [do RGPD]"), the
    article's heading before an "of" word ("Article 8 (General principle) of"), and
    the article's former number with its own
    instrument: "l'article 108 (ex-article 88 TCE) du TFUE" (that one is a chain of
    its own)."""
    return compile_pattern(
        rf"[ \t]*(?:{_MARKER})?(?:(?P<gloss>{former})[ \t]*)?"
        # the article's heading in brackets, when an "of" word follows it: it "articoli 8
        # (Principio generale) e 9 (Norme applicabili …) del regolamento", "Article 6
        # (Lawfulness of processing) of the GDPR"
        # "(ossia, nella parte che include le parole: «… lettera b)»)": with a quotation
        rf"(?P<heading>\((?:{_PLAIN}{{0,80}}{_QUOTED}{_PLAIN}{{0,20}}|[^()\d\n]{{2,80}})"
        rf"\)[ \t]*(?=,?\s*(?:{of}){AFTER}))?"
        # an editor's insertion in square brackets: pt "artigo 83.º [do RGPD]"; one line
        # break at most (after a blank line, de "in Erwägung" begins a new paragraph)
        rf",?[ \t]*(?:\n[ \t]*)?(?:\[[ \t]?)?(?P<of>(?:{of}){AFTER}(?:(?:{determiners}){AFTER})?"
        # the year an instrument is known by, before its name: "of the 1951 Refugee
        # Convention", sv "i 1951 års flyktingkonvention", da "i 1951-flygtningekonventionen"
        r"(?:(?:1[89]|20)\d\d(?:[ \t]+|-(?=[^\W\d])))?"
        # up to three words, hyphenated ones too ("i Europa-Parlamentets og Rådets"); more
        # only before the abbreviation of a name the extractor does not know (nl "van het
        # Verdrag betreffende de Werking van de Unie (VWEU)"), tried first
        rf"(?:(?P<long>(?:[^\W\d][\w'’-]*\s+){{4,9}})(?=\(\p{{Lu}}[\w.-]{{0,14}}\))"
        rf"|(?:[^\W\d][\w-]*\s+){{0,3}}))?"
        # the instrument's name in quotes: "of the ‘GDPR’", de "der „FFH-Richtlinie“"
        r"(?:[„“”«»‘’‚'\"][ \t\u00a0]?)?"
        # the instrument's abbreviation alone in brackets: pt "artigos 107.º e 108.º do
        # (TFUE)"; not a gloss of words ("(EB sutarties ex 234 straipsnis)")
        r"(?:\((?=\p{Lu}[\w.-]{0,14}\))"
        # after an "of" word and a name the extractor does not know, the act in brackets,
        # perhaps after its authors: sv "Artiklarna 31-36 i kompletteringsförordningen
        # (Kommissionens delegerade förordning (EU) 2015/2446 …)"
        r"|(?(of)\((?:[^\W\d][\w'’-]*[ \t]+){0,4}|(?!)))?",
        anchored=True,  # matched right after a chain only
    )


def _annex_to(art: Mapping[str, Any]) -> _Optional:
    """After an annex: the word that joins it to its act (sl "Prilogi II in X k Uredbi")."""
    words = art.get("annex_to")
    return compile_pattern(rf"[ \t]*,?\s*(?:{alternation(words)})\s+") if words else None


def _thereof(language: Language, of: str) -> regex.Pattern[str]:
    """ "thereof", "of that Treaty", sv "i detta" (a pronoun: "in it"), but never the
    document naming itself after the same "of" word (sv "i detta direktiv")."""
    selves = table("context_words.toml").get(language.code, {}).get("self_references")
    not_self = rf"(?!(?:{of})\s+(?:{alternation(selves)})(?![^\W\d]))" if selves and of else ""
    thereof = alternation(language.articles["thereof"])
    return compile_pattern(rf"[ \t]*,?\s*{not_self}(?:{thereof})", anchored=True)


def _comma_link(language: Language, of: str) -> regex.Pattern[str]:
    """What ends the text between an act and the chain it heads in a keyword line or a
    list of provisions: a comma or a colon ("Directive 2006/112/EC: Article 9"), after
    another name of the act in brackets (sv "EG-fördraget (Romfördraget): artikel 190")
    or the act's date between commas, written with the date word of the language's
    Official Journal references (pt "Regulamento (UE) n.º 492/2011, de 5 de Abril,
    artigo 5.º", es "de 5 de abril de 2011,", fr "du 5 avril 2011,", de "vom 5.4.2011,").
    The month is one word of letters: the language files hold no month names, and the
    day before it and the commas around it keep the date from reading anything else."""
    connectors = language.section("official_journal").get("date_connectors", [])
    date = ""
    if connectors:
        glue = r"(?:[ \t]+|(?<=[-'’]))"
        month = rf"(?:(?:{of}){glue})?[^\W\d]{{3,12}}\.?"
        year = rf"(?:[ \t]+(?:(?:{of}){glue})?\d{{4}})?"
        numeric = r"\d{1,2}[./]\d{1,2}[./]\d{2,4}"
        date = (
            rf"(?:,[ \t]*(?:{alternation(connectors)}){glue}"
            rf"(?:{numeric}|\d{{1,2}}(?:\.?º|\.|°)?[ \t]+{month}{year}))?"
        )
    # A space may stand before the comma as before the colon: old typesetting (el "(
    # Συνθήκη ΕΟΚ , άρθρο 30 )").
    # its brackets may hold brackets ("the DSA (Regulation (EU) 2022/2065), Article 16")
    inner = r"(?:[^()\n]|\([^()\n]{1,12}\))"
    return compile_pattern(rf"(?:[ \t\u00a0]\({inner}{{1,60}}\))?{date}[ \t\u00a0]?[,:][ \t]*$")


def _item_comma(art: Mapping[str, Any]) -> regex.Pattern[str]:
    """The comma that ends an item's act and title before its chain (list_items.item_head),
    perhaps with a determiner after it (fr "Vu le règlement … agricoles, l'article 148;",
    nl "…, de artikelen 148 en 149;")."""
    if not art["determiners"]:
        return compile_pattern(",$")
    return compile_pattern(rf",\s*(?:{alternation(art['determiners'])})?$")


def _former_gloss(language: Language) -> str:
    """An article's former number in brackets, with its own instrument: "(ex Article 88
    EC)", "(ex-article 88 TCE)"; the words are those that mark an old number for the
    checker (data/check_codes.toml)."""
    words = former_words(language.code)
    if not words:
        return "(?!)"
    return rf"\([ \u00a0]?(?:{alternation(words)})[ \u00a0\-‑–]*[^()\n]{{1,40}}\)"


def _and_links(language: Language) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """An "and" word before a chain: fi "… 15 artiklan mukaista oikeutta … sekä 17
    artiklan mukaista oikeutta" coordinates it with the chain before, also across a few
    words in lower case where the chain's owner follows it (a verb left out: sv "artikel
    12.1 i förordning 883/2004 och för arbete i flera länder artikel 13"); and right after
    an instrument: a complement of its own ("Sin perjuicio del Reglamento … y a reserva de
    … los artículos 8 y 9"), never the chain's. The chain's owner follows it where the
    language has an "of" word or the genitive after it (pl, cs); where it goes before in
    the genitive (et "… ja kaitse lepingu artikkel 8": that agreement's), no words."""
    art = language.articles
    owner_after = bool(art["of"]) or bool(language.section("rules").get("genitive_owner"))
    both = alternation(art["and"])
    gap = rf"(?:[ \t]+\p{{Ll}}[\p{{L}}'’-]*){{0,{6 if owner_after else 0}}}"
    return (
        compile_pattern(rf"(?<![^\W\d])(?i:{both}){gap}[ \t]+$"),
        # an elided "and" runs into the next word (fr "ainsi qu'avec l'article 52")
        compile_pattern(rf"[ \t]*(?:{both})(?:(?<=['’])|(?![^\W\d_]))", regex.IGNORECASE),
    )


def _unit_anaphors(
    language: Language, of: str
) -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """ "of that paragraph" and "of that Article" (:func:`_paragraph_anaphor`)."""
    return _paragraph_anaphor(language, of), _paragraph_anaphor(language, of, "article_anaphors")


def _paragraph_anaphor(
    language: Language, of: str, field: str = "paragraph_anaphors"
) -> regex.Pattern[str] | None:
    """ "of that paragraph" (context_words.toml ``paragraph_anaphors``) after points with
    no article of their own: they are points of the paragraph cited just before; "of
    that Article" (``article_anaphors``) after paragraphs: of the article just before."""
    anaphors = table("context_words.toml").get(language.code, {}).get(field)
    if not anaphors:
        return None
    return compile_pattern(
        rf"[ \t,]*(?:(?:{of})(?:\s+|(?<=['’])))?(?:{alternation(anaphors)})", regex.IGNORECASE
    )


def _owner_words(language: Language) -> tuple[regex.Pattern[str] | None, regex.Pattern[str]]:
    """A possessive that opens a sentence right before its chain ("Its Article 10"; None
    for a language without one), and an act's word right after a chain (cs "článek 5
    zákona"): another's article."""
    art = language.articles
    owner = alternation(art["possessive"]) if art["possessive"] else None
    # after a word or two, a preposition mostly: lt "Pagal jo 4 straipsnio", cs "Podle
    # jeho čl. 4", es "Según su artículo 4", en "Under its Article 4"
    opening = compile_pattern(rf"\s*(?:[^\W\d]+[ \t]+){{0,2}}(?:{owner})[ \t]+") if owner else None
    acts = language.section("acts")
    kinds = [p for f in _ACT_FIELDS for p in acts.get(f, [])]
    return opening, compile_pattern(rf"[ \t]+(?:{alternation(kinds)})")


def _backward_links(
    art: Mapping[str, Any], linkers: str, determiners: str
) -> tuple[regex.Pattern[str], regex.Pattern[str] | None]:
    """The backward link (:func:`_backward_link`) and the relative "whose" before an
    article word ("…, whose Article 29", fr "dont l'article 29"), which points to the
    instrument named right before it (None for a language without one)."""
    relatives = art.get("relative_possessive", [])
    relative = (
        compile_pattern(rf"(?:{alternation(relatives)})\s*$", regex.REVERSE) if relatives else None
    )
    return _backward_link(art, linkers, determiners), relative


def _backward_link(art: Mapping[str, Any], linkers: str, determiners: str) -> regex.Pattern[str]:
    """ "in particular [its] Article 11", "its Article 3": the chain belongs to the
    instrument the clause is about. Only whether the text before a chain ends with
    one is asked: the pattern is searched from the end (REVERSE), where its matches
    end, and not tried at every position of the window as a forward search would."""
    possessive = alternation(art["possessive"])
    return compile_pattern(
        rf"(?:(?:{linkers})[\s,]*(?:(?:{possessive}|{determiners}){AFTER})*"
        rf"|(?:{possessive})\s+)$",
        regex.REVERSE,
    )


def _as_regards(art: Mapping[str, Any], determiners: str) -> regex.Pattern[str] | None:
    """ "amending Regulation (EC) No 1907/2006 as regards Annex XVII": the chain after
    "as regards" pins the act right before the phrase."""
    as_regards = art.get("as_regards")
    if not as_regards:
        return None
    return compile_pattern(
        rf"(?<![^\W\d_])(?:{alternation(as_regards)}){AFTER}(?:(?:{determiners}){AFTER})?$"
    )


def _paragraph_after_treaty(art: Mapping[str, Any]) -> _Optional:
    """es "artículo 4 TUE, apartado 3", "artículo 267 TFUE, párrafo tercero": the
    paragraph of a Treaty article written after the Treaty's abbreviation, by number
    or by position (its ordinal), and a point after it ("apartado 3, letra c)"); None
    where the language does not write it so."""
    words = art.get("paragraph_after_treaty")
    if not words:
        return None
    ordinals, points = alternation(list(art["ordinals"])), alternation(art["point"])
    return compile_pattern(
        rf"[ \t]*,[ \t]*(?:{alternation(words)})[ \t]+"
        rf"(?:(?P<number>\d{{1,3}})(?![\d/.,]\d)|(?P<ordinal>{ordinals}))(?![^\W\d_])"
        rf"(?:[ \t]*,[ \t]*(?:{points})[ \t]+(?P<point>\p{{Ll}})\))?",
        anchored=True,  # matched right after the Treaty only
    )


def _definition_end(language: Language) -> regex.Pattern[str] | None:
    """The end of a definition between an act and its article: "1215/2012/EU rendelete …
    (a továbbiakban: Brüsszel Ia. rendelet) 7. cikk", "asetuksen (EU) N:o 604/2013,
    jäljempänä ’Dublin III -asetus’, 8 artiklan", "(… edaspidi „…”) artikli 10"."""
    markers = table("context_words.toml").get(language.code, {}).get("definition_markers")
    if not markers:
        return None
    return compile_pattern(
        rf"""(?:(?<![^\W\d])(?:{alternation(markers)})[^()\n]{{0,120}}\)[ \t]*,?
                    | ,[ \t]*(?:{alternation(markers)})[^,;()\n]{{1,80}},)[ \t]*$""",
        regex.VERBOSE,
    )


def _self_reference(language: Language) -> regex.Pattern[str] | None:
    """The document naming itself ("this Regulation", mt "dan ir-Regolament", whose
    "ir-Regolament" alone is a reference word): never the act cited before it."""
    words = table("context_words.toml").get(language.code, {}).get("self_references")
    if not words:
        return None
    return compile_pattern(rf"(?<![^\W\d])(?:{alternation(words)})(?![^\W\d])")


def _title_end(art: Mapping[str, Any]) -> regex.Pattern[str] | None:
    """After an act named in another act's title, the word that closes that title
    before the other act's number, a few words on (languages that write the title
    first): hu "a 648/2012/EU rendelet módosításáról szóló, … 575/2013/EU rendelet",
    fi "asetuksen (EU) N:o 648/2012 muuttamisesta 26 päivänä kesäkuuta 2013 annettu
    … asetus (EU) N:o 575/2013"."""
    ends = art.get("act_title_end")
    if not ends:
        return None
    return compile_pattern(rf"(?:[ \t]+[\w.-]+,?){{0,6}}?[ \t]+(?:{alternation(ends)})(?![^\W\d])")


def _titles(art: Mapping[str, Any], of: str, determiners: str) -> tuple[_Optional, ...]:
    """The patterns of acts named in titles (_title_end, _title_clause) and of the units
    named before an instrument (_unit_of)."""
    return _title_end(art), _title_clause(art), _unit_of(art, of, determiners)


def _unit_of(art: Mapping[str, Any], of: str, determiners: str) -> regex.Pattern[str] | None:
    """A chapter, title or section of an instrument, right before its name: fr "chapitre
    VI du ", "Chapter VI of the ", de "Kapitel VI der " (a unit the contract does not
    cite, whose articles may follow in apposition)."""
    if not art["noncitable"] or not art["of"]:
        return None
    return compile_pattern(
        rf"(?<![^\W\d])(?:{alternation(art['noncitable'])})[ \t]+(?:[IVXLC]{{1,6}}|\d{{1,3}})"
        rf"[ \t]+(?:{of}){AFTER}(?:(?:{determiners}){AFTER})?$",
        regex.IGNORECASE,
    )


def _any_of(phrases: list[str]) -> regex.Pattern[str] | None:
    """Any of ``phrases`` as a word, in any case ("CAMERA DEI DEPUTATI")."""
    if not phrases:
        return None
    return compile_pattern(
        rf"(?<![^\W\d_])(?:{alternation(phrases)})(?![^\W\d_])", regex.IGNORECASE
    )

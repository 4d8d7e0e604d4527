"""What may stand between an article chain and the text before it, in one language:
"in particular [its]", "its", "whose", "as regards", a keyword line's dash, the
comma after an act and its date, an "and" word, a definition's end, an act named
in another act's title, a chapter of an instrument; compiled from the language
file's [articles] table for :mod:`.chain_links`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from ..knowledge.data import table
from ..knowledge.lang import Language, alternation
from ..knowledge.lazy_patterns import deferred_pattern
from .genitive_gap import title_clause as _title_clause
from .links_after_chain import AFTER

_Optional = regex.Pattern[str] | None
# The act words of the language files, EU and national.
_ACT_FIELDS = ("regulation", "directive", "decision", "framework_decision", "national_acts")


def dash_determiner(art: Mapping[str, Any], determiners: str) -> regex.Pattern[str] | None:
    """A keyword line's dash with a determiner before the chain: hu "értelmezése – A 21.
    cikk (1) bekezdése"."""
    if not art["determiners"]:
        return None
    return deferred_pattern(rf"\s[—–-]\s*(?:{determiners})\s+$", regex.IGNORECASE)


def comma_link(language: Language, of: str) -> regex.Pattern[str]:
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
    return deferred_pattern(rf"(?:[ \t\u00a0]\({inner}{{1,60}}\))?{date}[ \t\u00a0]?[,:][ \t]*$")


def item_comma(art: Mapping[str, Any]) -> regex.Pattern[str]:
    """The comma that ends an item's act and title before its chain (list_items.item_head),
    perhaps with a determiner after it (fr "Vu le règlement … agricoles, l'article 148;",
    nl "…, de artikelen 148 en 149;")."""
    if not art["determiners"]:
        return deferred_pattern(",$")
    return deferred_pattern(rf",\s*(?:{alternation(art['determiners'])})?$")


def and_links(language: Language) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
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
        deferred_pattern(rf"(?<![^\W\d])(?i:{both}){gap}[ \t]+$"),
        # an elided "and" runs into the next word (fr "ainsi qu'avec l'article 52")
        deferred_pattern(rf"[ \t]*(?:{both})(?:(?<=['’])|(?![^\W\d_]))", regex.IGNORECASE),
    )


def owner_words(language: Language) -> tuple[regex.Pattern[str] | None, regex.Pattern[str]]:
    """A possessive that opens a sentence right before its chain ("Its Article 10"; None
    for a language without one), and an act's word right after a chain (cs "článek 5
    zákona"): another's article."""
    art = language.articles
    owner = alternation(art["possessive"]) if art["possessive"] else None
    # after a word or two, a preposition mostly: lt "Pagal jo 4 straipsnio", cs "Podle
    # jeho čl. 4", es "Según su artículo 4", en "Under its Article 4"
    opening = deferred_pattern(rf"\s*(?:[^\W\d]+[ \t]+){{0,2}}(?:{owner})[ \t]+") if owner else None
    acts = language.section("acts")
    kinds = [p for f in _ACT_FIELDS for p in acts.get(f, [])]
    return opening, deferred_pattern(rf"[ \t]+(?:{alternation(kinds)})")


def backward_links(
    art: Mapping[str, Any], linkers: str, determiners: str
) -> tuple[regex.Pattern[str], regex.Pattern[str] | None]:
    """The backward link (:func:`_backward_link`) and the relative "whose" before an
    article word ("…, whose Article 29", fr "dont l'article 29"), which points to the
    instrument named right before it (None for a language without one)."""
    relatives = art.get("relative_possessive", [])
    relative = (
        deferred_pattern(rf"(?:{alternation(relatives)})\s*$", regex.REVERSE) if relatives else None
    )
    return _backward_link(art, linkers, determiners), relative


def _backward_link(art: Mapping[str, Any], linkers: str, determiners: str) -> regex.Pattern[str]:
    """ "in particular [its] Article 11", "its Article 3": the chain belongs to the
    instrument the clause is about. Only whether the text before a chain ends with
    one is asked: the pattern is searched from the end (REVERSE), where its matches
    end, and not tried at every position of the window as a forward search would."""
    possessive = alternation(art["possessive"])
    return deferred_pattern(
        rf"(?:(?:{linkers})[\s,]*(?:(?:{possessive}|{determiners}){AFTER})*"
        rf"|(?:{possessive})\s+)$",
        regex.REVERSE,
    )


def as_regards(art: Mapping[str, Any], determiners: str) -> regex.Pattern[str] | None:
    """ "amending Regulation (EC) No 1907/2006 as regards Annex XVII": the chain after
    "as regards" pins the act right before the phrase."""
    as_regards = art.get("as_regards")
    if not as_regards:
        return None
    return deferred_pattern(
        rf"(?<![^\W\d_])(?:{alternation(as_regards)}){AFTER}(?:(?:{determiners}){AFTER})?$"
    )


def definition_end(language: Language) -> regex.Pattern[str] | None:
    """The end of a definition between an act and its article: "1215/2012/EU rendelete …
    (a továbbiakban: Brüsszel Ia. rendelet) 7. cikk", "asetuksen (EU) N:o 604/2013,
    jäljempänä ’Dublin III -asetus’, 8 artiklan", "(… edaspidi „…”) artikli 10"; a
    footnote marker may follow its bracket (lt "(toliau – ECBS ir ECB statutas)(3), 14")."""
    markers = table("context_words.toml").get(language.code, {}).get("definition_markers")
    if not markers:
        return None
    return deferred_pattern(
        rf"""(?:(?<![^\W\d])(?:{alternation(markers)})[^()\n]{{0,120}}\)(?:\(\d{{1,3}}\))?[ \t]*,?
                    | ,[ \t]*(?:{alternation(markers)})[^,;()\n]{{1,80}},)[ \t]*$""",
        regex.VERBOSE,
    )


def _title_end(art: Mapping[str, Any]) -> regex.Pattern[str] | None:
    """After an act named in another act's title, the word that closes that title
    before the other act's number, a few words on (languages that write the title
    first): hu "a 648/2012/EU rendelet módosításáról szóló, … 575/2013/EU rendelet",
    fi "asetuksen (EU) N:o 648/2012 muuttamisesta 26 päivänä kesäkuuta 2013 annettu
    … asetus (EU) N:o 575/2013"."""
    ends = art.get("act_title_end")
    if not ends:
        return None
    return deferred_pattern(rf"(?:[ \t]+[\w.-]+,?){{0,6}}?[ \t]+(?:{alternation(ends)})(?![^\W\d])")


def titles(art: Mapping[str, Any], of: str, determiners: str) -> tuple[_Optional, ...]:
    """The patterns of acts named in titles (_title_end, _title_clause) and of the units
    named before an instrument (_unit_of)."""
    return _title_end(art), _title_clause(art), _unit_of(art, of, determiners)


def _unit_of(art: Mapping[str, Any], of: str, determiners: str) -> regex.Pattern[str] | None:
    """A chapter, title or section of an instrument, right before its name: fr "chapitre
    VI du ", "Chapter VI of the ", de "Kapitel VI der " (a unit the contract does not
    cite, whose articles may follow in apposition)."""
    if not art["noncitable"] or not art["of"]:
        return None
    return deferred_pattern(
        rf"(?<![^\W\d])(?:{alternation(art['noncitable'])})[ \t]+(?:[IVXLC]{{1,6}}|\d{{1,3}})"
        rf"[ \t]+(?:{of}){AFTER}(?:(?:{determiners}){AFTER})?$",
        regex.IGNORECASE,
    )

"""What may stand between an article chain and the instrument after it, in one
language: the "of" word and the name's first words ("of the", nl "van het", mt
"tat-"), a footnote marker, the article's heading or former number in brackets (a
heading also before a name on its line with no "of" word: nl "artikel 10
(strafrechtelijke persoonsgegevens) AVG"; only an instrument's name there takes it),
"thereof", "of that paragraph", and a Treaty paragraph written after the Treaty
(es "artículo 4 TUE, apartado 3"); compiled from the language file's [articles]
table for :mod:`.chain_links`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from ..families.chain_tokens import former_words
from ..knowledge.data import table
from ..knowledge.lang import Language, alternation
from ..knowledge.lazy_patterns import deferred_pattern
from .genitive_gap import MARKER as _MARKER

_Optional = regex.Pattern[str] | None
# What follows a linking phrase: white space, or nothing when the phrase ends glued
# to the next word ("tat-", "l-", "dell'").
AFTER = r"(?:\s+|(?<=[-'’]))"


# How far before a chain's end the bracket holding it may open.
_OWN_BRACKET_REACH = 60


def closes_own_bracket(view: str, end: int) -> bool:
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


# A date: its year, then up to four words or numbers (lv "2004. gada 29. aprīļa", lt
# "2004 m. balandžio 29 d.").
_ACT_DATE = r"(?:19|20)\d\d\.?(?:[ \t]+(?:\d{1,2}\.?|[^\W\d]{1,12}\.?)){1,4}"


def forward_gap(
    of: str,
    determiners: str,
    former: str,
    ordinal_words: Mapping[str, int],
    authors: list[str] | None = None,
) -> regex.Pattern[str]:
    """What may stand between a chain and the instrument after it. A phrase ending in a
    hyphen or apostrophe is glued to the next word (Maltese "tat-Trattat", "tar-Regoli";
    "dell'Unione"): no space after it. A footnote marker may stand right after the
    chain: "Article 108(2) (1) of", an editor's bracket ("artigo 83.º [do RGPD]"), the
    article's heading before an "of" word ("Article 8 (General principle) of"), and
    the article's former number with its own
    instrument: "l'article 108 (ex-article 88 TCE) du TFUE" (that one is a chain of
    its own). An ordinal may stand right before the instrument's name in languages
    with no "of" word: pl "art. 13 szóstej dyrektywy 77/388/EWG", cs "čl. 13 šesté
    směrnice" (the Sixth Directive), and so may the act's authors (``act_authors``: lv
    "5. pantu Padomes Regulā (EK) Nr. 4/2009")."""
    ordinals = alternation(list(ordinal_words)) if ordinal_words else "(?!)"
    owners = alternation(authors) if authors else "(?!)"
    dated = _dated(owners) if authors else ""
    return deferred_pattern(
        _before_of(of, former)
        # an editor's insertion in square brackets: pt "artigo 83.º [do RGPD]"; one line
        # break at most (after a blank line, de "in Erwägung" begins a new paragraph)
        + rf",?[ \t]*(?:\n[ \t]*)?(?:\[[ \t]?)?(?P<of>(?:{of}){AFTER}(?:(?:{determiners}){AFTER})?"
        # the year an instrument is known by, before its name: "of the 1951 Refugee
        # Convention", sv "i 1951 års flyktingkonvention", da "i 1951-flygtningekonventionen"
        r"(?:(?:1[89]|20)\d\d(?:[ \t]+|-(?=[^\W\d])))?"
        # up to three words, hyphenated ones too ("i Europa-Parlamentets og Rådets"); more
        # only before the abbreviation of a name the extractor does not know (nl "van het
        # Verdrag betreffende de Werking van de Unie (VWEU)"), tried first
        rf"(?:(?P<long>(?:[^\W\d][\w'’-]*\s+){{4,9}})(?=\(\p{{Lu}}[\w.-]{{0,14}}\))"
        # an abbreviated word among them: de "Art. 1 der Deleg. VO (EU) 2024/249"
        rf"|(?:[^\W\d][\w-]*\s+|\p{{Lu}}\p{{Ll}}{{3,6}}\.[ \t]+){{0,3}}))?"
        rf"(?:(?:{dated}(?:{ordinals}|{owners})[ \t]+)(?=\p{{L}}))?"
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


def _dated(owners: str) -> str:
    """The act's date after its authors, or alone, where the language names the authors
    between a chain and its act (an alternative ending in "|"): lv "72. panta a)
    punktu Eiropas Parlamenta un Padomes 2004. gada 29. aprīļa Regulā", lt "… 2004 m.
    balandžio 29 d. reglamente"."""
    return rf"(?:(?:{owners})[ \t]+)?(?:{_ACT_DATE}[ \t]+)(?:(?:{owners})[ \t]+)?|"


def _before_of(of: str, former: str) -> str:
    """What may stand between a chain and its "of" word (see :func:`forward_gap`)."""
    return (
        # a full stop the "of" word goes on from, after a one-letter point (da "litra a. i
        # forordning") or the number after its word (pt "artigo 234. do Tratado CE"); not
        # after a listed number (nl "artikel 11, 2. van de verordening" is 11(2))
        r"(?:(?<=(?<![^\W\d_])\p{Ll}|\p{L}[ \u00a0]\d{1,4})"
        rf"\.(?=[ \t]+\p{{Ll}})(?=[ \t]+(?:{of})[ \t]))?"
        rf"[ \t]*(?:{_MARKER})?{_bare_marker(of)}(?:(?P<gloss>{former})[ \t]*)?"
        # the article's heading in brackets, when an "of" word follows it: it "articoli 8
        # (Principio generale) e 9 (Norme applicabili …) del regolamento", "Article 6
        # (Lawfulness of processing) of the GDPR"
        # "(ossia, nella parte che include le parole: «… lettera b)»)": with a quotation
        rf"(?P<heading>\((?:{_PLAIN}{{0,80}}{_QUOTED}{_PLAIN}{{0,20}}|[^()\d\n]{{2,80}})"
        rf"\)[ \t]*(?=,?\s*(?:{of}){AFTER}|[ \t]*\p{{Lu}}))?"
        # a quotation closing after the chain: fr "saisir « ses homologues … au titre de
        # l'article 42, paragraphe 7 » du traité sur l'Union européenne", de "„… nach
        # Art. 42 Abs. 7“ des Vertrags"
        rf"(?:[ \t\u00a0]*[»”“\"’](?=[ \t\u00a0]*,?[ \t]*(?:{of}){AFTER}))?"
    )


def _bare_marker(of: str) -> str:
    """A footnote marker printed as a bare number, as text copied from a PDF sets it,
    between a chain and its "of" word: pt "artigo 4.º, n.º 3 3, do Tratado da União
    Europeia" (note 3, Article 4(3)), es "artículo 4, apartado 3 3, del Tratado", or
    glued to the paragraph's bracket (en "Article 4(3)3 of the Treaty"); or before a
    comma and the instrument's name or abbreviation (it "paragrafo 3 3, TUE"). A number
    set apart so, with the "of" word or a comma and a capital right after it, ends no
    list and is no unit: the chain is written before it."""
    return rf"(?:(?<=[ \t)])\d{{1,2}}(?=,?[ \t]+(?:{of}){AFTER}|,[ \t]+\p{{Lu}}))?"


def annex_to(art: Mapping[str, Any]) -> _Optional:
    """After an annex: the word that joins it to its act (sl "Prilogi II in X k Uredbi")."""
    words = art.get("annex_to")
    return deferred_pattern(rf"[ \t]*,?\s*(?:{alternation(words)})\s+") if words else None


def thereof(language: Language, of: str) -> Guarded:
    """ "thereof", "of that Treaty", sv "i detta" (a pronoun: "in it"), but never the
    document naming itself after the same "of" word (sv "i detta direktiv")."""
    selves = table("context_words.toml").get(language.code, {}).get("self_references")
    not_self = rf"(?!(?:{of})\s+(?:{alternation(selves)})(?![^\W\d]))" if selves and of else ""
    thereof = alternation(language.articles["thereof"])
    words = deferred_pattern(rf"[ \t]*,?\s*(?:{thereof})", anchored=True)
    if not not_self:
        return Guarded(words, None)
    return Guarded(words, deferred_pattern(rf"[ \t]*,?\s*{not_self}(?:{thereof})", anchored=True))


class Guarded:
    """A pattern tried only where a looser one (the same without a lookahead) matches:
    ``match`` is ``pattern.match``. The "thereof" words without their "not the document
    itself" lookahead (hundreds of self-reference phrases) cost a third of the whole
    pattern, and after most chains ("of the Treaty", "of Directive") they fail."""

    __slots__ = ("_guard", "_pattern")

    def __init__(self, guard: regex.Pattern[str], pattern: regex.Pattern[str] | None) -> None:
        self._guard = guard
        self._pattern = pattern

    def match(self, view: str, pos: int) -> regex.Match[str] | None:
        found = self._guard.match(view, pos)
        if found is None or self._pattern is None:
            return found
        return self._pattern.match(view, pos)


def former_gloss(language: Language) -> str:
    """An article's former number in brackets, with its own instrument: "(ex Article 88
    EC)", "(ex-article 88 TCE)"; the words are those that mark an old number for the
    checker (data/check_codes.toml)."""
    words = former_words(language.code)
    if not words:
        return "(?!)"
    return rf"\([ \u00a0]?(?:{alternation(words)})[ \u00a0\-‑–]*[^()\n]{{1,40}}\)"


def unit_anaphors(
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
    return deferred_pattern(
        rf"[ \t,]*(?:(?:{of})(?:\s+|(?<=['’])))?(?:{alternation(anaphors)})", regex.IGNORECASE
    )


def paragraph_after_treaty(art: Mapping[str, Any]) -> _Optional:
    """es "artículo 4 TUE, apartado 3", "artículo 267 TFUE, párrafo tercero": the
    paragraph of a Treaty article written after the Treaty's abbreviation, by number
    or by position (its ordinal), and a point after it ("apartado 3, letra c)"); None
    where the language does not write it so."""
    words = art.get("paragraph_after_treaty")
    if not words:
        return None
    ordinals, points = alternation(list(art["ordinals"])), alternation(art["point"])
    return deferred_pattern(
        # the number may be glued to the word, as judgments print it ("apartado3")
        rf"[ \t]*,[ \t]*(?:{alternation(words)})(?:[ \t]+|(?=\d))"
        rf"(?:(?P<number>\d{{1,3}})(?![\d/.,]\d)|(?P<ordinal>{ordinals}))(?![^\W\d_])"
        rf"(?:[ \t]*,[ \t]*(?:{points})[ \t]+(?P<point>\p{{Ll}})\))?",
        anchored=True,  # matched right after the Treaty only
    )

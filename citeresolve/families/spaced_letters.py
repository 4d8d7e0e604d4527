"""The letter of an inserted article set apart from its number, article word first:
de "Artikel 100 a EG-Vertrag", et "kodukorra artikli 80 a lõikele 3" (Rule 80a(3)),
"artikleid 80 a ja 51" (Rules 80a and 51)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..knowledge.lang import alternation
from .unit_words import unit_words

# The Treaties whose older texts set an inserted article's letter apart ("ex Articles
# 11 and 11 a TEC", "Articles 27 a to 27 e TEU").
_TREATIES = ("TEU", "TEC", "TFEU", "EAEC")


def treaty_abbreviations(instruments: Mapping[str, Mapping[str, list[str]]]) -> list[str]:
    """The capital abbreviations a language writes for the Treaties after an article
    number (en "TEC", "EC", de "EGV", "EG"): a spaced letter before one is an inserted
    article's, never an act's short name (de "Art. 6 Abs. 1 c DSGVO", point c)."""
    found: list[str] = []
    for code in _TREATIES:
        entry = instruments.get(code, {})
        for phrase in (*entry.get("abbreviations", []), *entry.get("attach_only", [])):
            if phrase.isupper() and " " not in phrase and len(phrase) >= 2:
                found.append(phrase)
    return found


def _no_word_before(art: Mapping[str, Any]) -> str:
    """Not right after one of the language's one-letter words (its "of", "and", "to",
    determiners and ``letter_words``)."""
    keys = ("of", "and", "range", "determiners", "letter_words")
    letters = sorted({w.lower() for k in keys for w in art.get(k, []) if len(w) == 1})
    return rf"(?<![ \u00a0][{''.join(letters)}])" if letters else ""


def article_first_spaced_letter(art: Mapping[str, Any], treaties: Sequence[str] = ()) -> str:
    """The branch of a letter written apart after the number, the article word first.

    Older texts set the letter apart at the end of the reference (mt "l-Artikolu 100
    a,"), before its paragraph word (et "artikli 80 a lõikele 3", de "Artikel 80 a
    Absatz 3") or before the list's next number (et "artikleid 80 a ja 51"). Only
    there: es "artículos 5 a 10" is a range, "Artikel 5 a)" a point, sv "artikel 5 i
    EUF-fördraget" "in"; and a letter that is the language's "and" is that word (cs
    "články 5 a 6", it "articoli 5 e 6"). Where a point letter follows its number bare
    (sv "artiklarna 1 c och 17", point c of Article 1) only the end of the reference
    says it is an article's letter. Before one of the ``treaties``' abbreviations the
    letter is an article's too ("ex Articles 11 and 11 a TEC"), and so are both ends of
    a range whose second end is spaced the same way ("Articles 27 a to 27 e , 40"),
    however the comma after it is spaced."""
    conjunction = alternation(art["and"])
    ends = r"[,;]|[ \t]*\n|[ \t]*\Z"
    if treaties:
        pars = unit_words([*art["paragraph"], *art["paragraphs"]])
        # the language's one-letter words are none (sv "artikel 177 i EG-fördraget": "in")
        own = _no_word_before(art)
        spaced_end = r"[ \u00a0][a-z](?:[ \u00a0]?[,;]|[ \u00a0]+(?:" + alternation(treaties) + "))"
        ends += (
            # a paragraph's number is no article's (cs "odst. 1 c ES": point c)
            rf"|{own}(?<!(?:{pars})[ \u00a0]+\d{{1,4}}[ \u00a0][a-z])"
            rf"[ \u00a0]+(?:{alternation(treaties)})(?![^\W\d_])"
            rf"|{own}[ \u00a0](?:{alternation(art['range'])})[ \u00a0]\d{{1,4}}{spaced_end}"
            # the range's second end: "27 e , 40"
            rf"|{own}(?<=[ \u00a0](?:{alternation(art['range'])})[ \u00a0]\d{{1,4}}[ \u00a0][a-z])"
            r"[ \u00a0][,;]"
        )
        # Before the Treaty's noun in the case an article takes (sl "člena 130 s Pogodbe",
        # de "Artikel 130 s des Vertrages") the letter is an article's even where it is
        # also one of the language's one-letter words (sl "s" governs the instrumental
        # "s Pogodbo"); a paragraph's number is still a point's.
        if art.get("letter_treaty"):
            ends += (
                rf"|(?<!(?:{pars})[ \u00a0]+\d{{1,4}}[ \u00a0][a-z])"
                rf"[ \u00a0]+(?:{alternation(art['letter_treaty'])})(?![^\W\d_])"
            )
    if not art.get("bare_point_letters"):
        paragraph = unit_words(list(art["paragraph"]) + list(art.get("paragraph_either", [])))
        ends += (
            rf"|\(\d{{1,3}}\)|[ \u00a0](?:{paragraph})(?!\w)|[ \u00a0](?:{conjunction})[ \u00a0]\d"
        )
    return rf"|[ \u00a0](?!(?:{conjunction})(?!\w))(?P<ssuffix>[a-z])(?={ends})"

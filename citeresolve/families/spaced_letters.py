"""The letter of an inserted article set apart from its number, article word first:
de "Artikel 100 a EG-Vertrag", et "kodukorra artikli 80 a lõikele 3" (Rule 80a(3)),
"artikleid 80 a ja 51" (Rules 80a and 51)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..knowledge.lang import alternation
from .unit_words import unit_words


def article_first_spaced_letter(art: Mapping[str, Any]) -> str:
    """The branch of a letter written apart after the number, the article word first.

    Older texts set the letter apart at the end of the reference (mt "l-Artikolu 100
    a,"), before its paragraph word (et "artikli 80 a lõikele 3", de "Artikel 80 a
    Absatz 3") or before the list's next number (et "artikleid 80 a ja 51"). Only
    there: es "artículos 5 a 10" is a range, "Artikel 5 a)" a point, sv "artikel 5 i
    EUF-fördraget" "in"; and a letter that is the language's "and" is that word (cs
    "články 5 a 6", it "articoli 5 e 6"). Where a point letter follows its number bare
    (sv "artiklarna 1 c och 17", point c of Article 1) only the end of the reference
    says it is an article's letter."""
    conjunction = alternation(art["and"])
    ends = r"[,;]|[ \t]*\n|[ \t]*\Z"
    if not art.get("bare_point_letters"):
        paragraph = unit_words(list(art["paragraph"]) + list(art.get("paragraph_either", [])))
        ends += (
            rf"|\(\d{{1,3}}\)|[ \u00a0](?:{paragraph})(?!\w)|[ \u00a0](?:{conjunction})[ \u00a0]\d"
        )
    return rf"|[ \u00a0](?!(?:{conjunction})(?!\w))(?P<ssuffix>[a-z])(?={ends})"

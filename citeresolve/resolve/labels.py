"""Labels: "Article 3(5) TEU", "artikel 3, lid 5 VEU", "Regulation (EU) 2016/679 …".

:func:`make_label` asks the family of a key for its label (its ``label`` in the
registry) and capitalises it; the phrases every family's label is made of — an
article with its paragraph and points in the language's own style, a name with
the article after it, an abbreviation before or after the article — are here.
Words come from the language files and ``data/labels.toml`` (see
:mod:`citeresolve.resolve.toolkit`).
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..model.family import family
from ..model.keys import KeyParts, Pin
from .toolkit import label_data, language_or_english, word


def make_label(parts: KeyParts, lang: str, date: dt.date | None = None) -> str:
    """A human-readable label such as "Article 3(5) TEU" in ``lang`` (English
    fallback); ``date`` picks the treaty's name of the time ("Article 177 EEC")."""
    labeler = family(parts.type).label
    if labeler is None:
        raise TypeError(f"citation family {parts.type!r} registers no label")
    label = labeler(parts, lang, date)
    return label[:1].upper() + label[1:]


def article_phrase(lang: str, pin: Pin, *, before_abbreviation: bool = False) -> str:
    """ "Article 3(5)", or in the language's own style when its file has a
    ``pin_label`` ("artikel 3, lid 5" in Dutch, "Artikel 3 Absatz 5" in German)."""
    if pin.recital is not None:
        return f"{word(lang, 'articles', 'recital')} {pin.recital}"
    if pin.annex is not None:
        annex = f"{word(lang, 'articles', 'annex')} {pin.annex}"
        if not pin.article:
            return annex
        inner = article_phrase(lang, attrs.evolve(pin, annex=None))
        return f"{annex}, {inner}"
    style = language_or_english(lang).articles.get("pin_label") or label_data(lang).get("pin_label")
    if not style or pin.article_end is not None:
        return f"{word(lang, 'articles', 'article')} {pin}"
    phrase = str(style["article"]).format(pin.article)
    if pin.paragraph is not None:
        phrase += str(style["paragraph"]).format(pin.paragraph)
    for point in pin.points:
        phrase += str(style["point"]).format(point)
    if before_abbreviation and (pin.paragraph is not None or pin.points):
        phrase += str(style.get("before_abbreviation", ""))
    return phrase


def strip_determiner(lang: str, name: str) -> str:
    """ "het Reglement van …" → "Reglement van …", so that "van het" is not doubled."""
    language = language_or_english(lang)
    for determiner in language.articles.get("determiners", []):
        if name.lower().startswith(determiner.lower() + " "):
            return name[len(determiner) + 1 :]
    return name


def with_abbreviation(lang: str, pin: Pin, abbreviation: str) -> str:
    """ "Article 3(5) TEU", or with the abbreviation first ("EUSZ 3. cikk")."""
    if label_data(lang).get("abbreviation_first"):
        return f"{abbreviation} {article_phrase(lang, pin)}"
    return f"{article_phrase(lang, pin, before_abbreviation=True)} {abbreviation}"


def name_then_article(lang: str, name: str, article: str) -> str:
    """ "Charter of Fundamental Rights …, Article 11".

    Joining "Article 11" + "of" + name needs the name's grammatical case and
    gender ("des"/"der" in German), which the language files do not record;
    the name-first form is correct in every language.
    """
    return f"{strip_determiner(lang, name)}, {article}"

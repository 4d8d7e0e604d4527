"""The instrument named right after an article chain: "Rule 144 of its Rules", "Article
16(2) of the Treaty on European Union", "Article 215 TFEU", "artikel 3 van Richtlijn
2011/83/EU"."""

from __future__ import annotations

import regex

from ..families.chain_grammar import Chain
from ..families.mentions import ATTACH_ONLY, NAMED, OTHER_RULES, REFERENCE, Mention
from ..knowledge.lazy_patterns import lazy_pattern
from .chain_links import ChainLinks
from .mention_index import MentionIndex
from .single_annex import act_qualifier
from .taken import Taken

# How far after a chain the instrument's name may start.
_FORWARD_REACH = 80
# A point letter written bare after its paragraph, before the instrument's name.
_BARE_POINT = lazy_pattern(r"[ \t]+(?P<letter>[a-z])[ \t]+")
_NAMED = frozenset({"eu_act", "treaty"})
# A bracket right after a popular name, and the words that may open it before the act
# named in it: its authors (sv "(Europaparlamentets och rådets förordning …"), no mark.
_BRACKET_OPENS = lazy_pattern(r"[ \t]*[(\[]")
_WORD = r"[^\W\d_](?:[^\W\d_]|['’-])*"
_AUTHORS = lazy_pattern(rf"{_WORD}(?:[ \t]+{_WORD}){{0,8}}[ \t]+")
# Or the rest of the act's title between the name and the bracket, on its line, with no
# full stop or semicolon: cs "šesté směrnice Rady o harmonizaci … jednotný základ daně
# (77/388/EHS)".
_TITLE_TO_BRACKET = lazy_pattern(r"[ \t]+[^\W\d_][^\n.;()\[\]]{0,300}?[ \t]*[(\[]")


def rules_instrument(links: ChainLinks, chain: Chain, index: MentionIndex, taken: Taken) -> Mention:
    """A chain of Rules ("Rule 144") cites the EP Rules of Procedure; their name after
    it ("of its Rules of Procedure") is taken, not cited again."""
    gap = links.gap_after(index.view, chain.end)
    # the gap's "of" words may hold the name's first words ("of the Rules of Procedure
    # of the European Parliament": the name starts inside the gap)
    following = (
        (index.by_start.get(gap.end()) or index.first_in(gap.start(), gap.end())) if gap else None
    )
    if following is not None and following.code == OTHER_RULES:
        return following  # "the Plenary Assembly … under Rule 20 of the Rules of Procedure"
    if following is not None and following.code == "EP-RULES":
        taken.consumed.add(following.start)
    return Mention(chain.start, chain.end, "EP-RULES", ATTACH_ONLY, "rules")


def named_after(
    links: ChainLinks, chain: Chain, index: MentionIndex, taken: Taken
) -> Mention | None:
    """The mention an "of" word (or nothing) links the chain to, in reach and on the same
    paragraph; None when there is none, and the search goes on before the chain."""
    view = index.view
    joined = _annex_joined_to(links, chain, index)
    if joined is not None:
        taken.consumed.add(joined.start)
        taken.closing.add(joined.start)
        return joined
    if (point := _bare_point(links, chain, index, taken)) is not None:
        return point
    gap = links.gap_after(view, chain.end)
    # the reach counts from after the article's heading ("Article 9 (Rules applicable to
    # cabotage) of that Regulation")
    if (
        gap is None
        or gap.end() - (gap.end("heading") if gap["heading"] else chain.end) > _FORWARD_REACH
    ):
        return None
    # the gap's optional words may have eaten the mention's first word (not in a gloss:
    # "Article 108 (ex Article 88 EC) of the Treaty …"), or a mention and an "and"
    words_start = gap.end("gloss") if gap["gloss"] else gap.start()
    following = _treaty_of(gap, index) or _gap_mention(links, index, words_start, gap.end())
    if gap["long"]:
        # a name the extractor knows among the words before the abbreviation is the one
        # (sv "i Fördraget om europeiska unionens funktionssätt (EUF-fördraget)")
        named = index.first_in(gap.start("long"), gap.end("long"))
        if named is not None and named.use != REFERENCE:
            following = named
    if following is None or _cut_off(links, view, chain, following):
        return None
    if (
        not gap["of"]
        and "\n" in view[chain.end : following.start]
        and (
            _item_of_list(links, view, chain)
            or _alone_on_line(view, chain)
            or _named_on_line(index, chain)
            or _abbreviation_heads_line(view, chain)
        )
    ):
        return None
    preceding = _genitive_first(links, chain, index, following)
    if preceding is not None:
        taken.consumed.add(preceding.start)
        return preceding
    _take(taken, index, following)
    return _paragraph_after_treaty(links, chain, index, following)


def _take(taken: Taken, index: MentionIndex, following: Mention) -> None:
    """``following`` is the chain's instrument, and so is the act number that only
    identifies it (:func:`_identifying`): neither is cited as a whole."""
    taken.consumed.add(following.start)
    taken.closing.add(following.start)
    if (identifying := _identifying(index, following)) is not None:
        taken.consumed.add(identifying.start)


def _identifying(index: MentionIndex, named: Mention) -> Mention | None:
    """The act number in brackets right after the popular name ``named`` an article is
    pinned to, when it is that name's act: it only says which act the name stands for,
    so the article is the one citation (fr "l'article 5 de la directive ePrivacy (dir.
    2002/58/CE)", sv "artikel 29.1 i Dublinförordningen (Europaparlamentets och rådets
    förordning (EU) nr 604/2013 …)", round 7 and 9 precedents; the contract's name that
    only completes an article reference), also at the end of the act's title that
    follows the name (cs "čl. 2 bodu 1 šesté směrnice Rady o harmonizaci … (77/388/EHS)").
    Another act in the brackets is cited."""
    if named.use != NAMED or named.type != "eu_act":
        return None
    view = index.view
    opened = _BRACKET_OPENS.match(view, named.end) or _TITLE_TO_BRACKET.match(view, named.end)
    inner = index.first_in(named.end, opened.end() + 100) if opened is not None else None
    if opened is None or inner is None or inner.start < opened.end():
        return None
    if inner.start > opened.end() and not _AUTHORS.fullmatch(view, opened.end(), inner.start):
        return None
    if inner.code != named.code or inner.use == REFERENCE or inner.type != "eu_act":
        return None
    return inner


def _genitive_first(
    links: ChainLinks, chain: Chain, index: MentionIndex, following: Mention
) -> Mention | None:
    """Genitive first ("perusoikeuskirjan 7 artiklan, Euroopan ihmisoikeussopimuksen
    ..."): a mention right before the chain beats one after it that no "of" word links,
    unless the language names an instrument after its articles and this one follows
    the chain on its line ("VWEU" ending the line before "art. 21 en 23 Handvest")."""
    between = index.view[chain.end : following.start]
    if between.strip(" \t\n,") or (links.owner_after and not between.strip(" \t")):
        return None
    return index.ending_at(chain.start, links.genitive_gap)


def _treaty_of(gap: regex.Match[str], index: MentionIndex) -> Mention | None:
    """A Treaty right after the "of" word, another mention at the end of the gap: "Article
    251 of the Treaty to Council Decision 1999/468/EC" (an act's title: "adapting …
    instruments subject to the procedure referred to in Article 251 of the Treaty to
    Council Decision 1999/468/EC") is the Treaty's article; the act is cited on its own."""
    if not gap["of"] or gap["long"]:
        return None
    inside = index.first_in(gap.start("of"), gap.end("of") + 1)
    if inside is None or inside.end >= gap.end() or index.by_start.get(gap.end()) is None:
        return None
    treaty = inside.type == "treaty" or (inside.use == REFERENCE and inside.code == "treaty")
    return inside if treaty else None


def _gap_mention(links: ChainLinks, index: MentionIndex, start: int, end: int) -> Mention | None:
    """The mention the gap from ``start`` to ``end`` links a chain to: the one at its
    end or among its words, unless a mention among those words has an "and" word after
    it: "Article 5(3) of the TEU and in Protocol No 2" is the TEU's article (the
    Protocol is another citation)."""
    inside = index.first_in(start, end)
    if (
        inside is not None
        and inside.end < end
        and links.and_after.match(index.view, inside.end) is not None
    ):
        return inside
    return index.by_start.get(end) or index.first_in(start, end + 1)


def _paragraph_after_treaty(
    links: ChainLinks, chain: Chain, index: MentionIndex, following: Mention
) -> Mention:
    """``following``, the chain's instrument; es "artículo 4 TUE, apartado 3",
    "artículo 267 TFUE, párrafo tercero": the paragraph written after the Treaty's
    abbreviation is the article's (TEU:4(3), one citation); only for a single article
    with no paragraph or point of its own."""
    last = chain.units[-1]
    pattern = links.paragraph_after_treaty
    if pattern is None or following.type != "treaty" or following.use == REFERENCE:
        return following
    if not last.article or last.article_end or last.paragraph is not None or last.points:
        return following
    found = pattern.match(index.view, following.end)
    if found is None:
        return following
    number = found["number"] or links.ordinal_values.get(found["ordinal"].casefold())
    if number is not None:
        last.paragraph = str(number)
        last.points.extend([found["point"]] if found["point"] else [])
    return following


def _annex_joined_to(links: ChainLinks, chain: Chain, index: MentionIndex) -> Mention | None:
    """The act a chain of annexes is joined to by the language's "to" word, which links
    an annex and no article (sl "Prilogi II in X k Uredbi 883/2004", cs "příloze II k
    nařízení", bg "приложение II към Регламент")."""
    if links.annex_to is None or chain.units[-1].annex is None:
        return None
    gap = links.annex_to.match(index.view, chain.end)
    if gap is None:
        return None
    joined = index.by_start.get(gap.end())
    # bg "приложение II към Делегиран регламент": the act is read from its act word
    qualifier = act_qualifier(links.code).match(index.view, gap.end()) if joined is None else None
    return joined if qualifier is None else index.by_start.get(qualifier.end())


def _bare_point(
    links: ChainLinks, chain: Chain, index: MentionIndex, taken: Taken
) -> Mention | None:
    """A point letter written bare after a paragraph, then the instrument: sl "člen 6
    (1) c GDPR", de "Art. 6 Abs. 1 c DSGVO", en "Article 6(1) c GDPR" (6(1)(c)). Only
    where an instrument's name follows the letter: "Article 6(1) a Member State …" is a
    sentence, and a one-letter "of" word is no point (sv "artikel 24.1 i direktivet")."""
    last = chain.units[-1]
    if last.paragraph is None or last.points or last.annex is not None:
        return None
    if links.of_after.match(index.view, chain.end):
        return None
    bare = _BARE_POINT.match(index.view, chain.end)
    if bare is None:
        return None
    following = index.by_start.get(bare.end())
    if following is None or following.use == REFERENCE or following.type not in _NAMED:
        return None
    last.points.append(bare["letter"])
    taken.consumed.add(following.start)
    taken.closing.add(following.start)
    return following


def _item_of_list(links: ChainLinks, view: str, chain: Chain) -> bool:
    """Whether the chain ends a line that names its instrument first, after a comma (a
    list of provisions: pt "Tratado sobre o Funcionamento da União Europeia, artigo
    45.º" then "Regulamento (UE) n.º 492/2011, …, artigo 5.º" on the next line): the
    name that opens the next line, linked by no "of" word, is not this chain's."""
    line_start = view.rfind("\n", 0, chain.start) + 1
    before = view[max(line_start, chain.start - _FORWARD_REACH) : chain.start]
    return bool(before.strip()) and links.comma_link.search(before) is not None


def _alone_on_line(view: str, chain: Chain) -> bool:
    """Whether the chain is all its line holds: an article's heading (bg "Член 26" over
    "Регламент (ЕИО) № 3821/85 се изменя, както следва:", an amending act's own article),
    whose next line names the act it amends, no "of" word linking them."""
    line_start = view.rfind("\n", 0, chain.start) + 1
    line_end = view.find("\n", chain.end)
    return not view[line_start : chain.start].strip() and not view[chain.end : line_end].strip()


def _named_on_line(index: MentionIndex, chain: Chain) -> bool:
    """Whether the chain's line names an instrument before it: a list of provisions, one
    a line, each with its act first (fi "Neuvoston direktiivi 2006/112/EY … 135 artiklan
    1 kohdan d alakohta" over "Euroopan unionin toiminnasta tehdyn sopimuksen 267
    artikla"): the name that opens the next line, linked by no "of" word, is not this
    chain's."""
    line_start = index.view.rfind("\n", 0, chain.start) + 1
    named = index.first_in(line_start, chain.start)
    return named is not None and named.use != REFERENCE


# A law's abbreviation alone before the chain on its line (two capitals at least): de
# "B-VG", "VStG", "DSGVO".
_LINE_ABBREVIATION = lazy_pattern(r"[ \t]*(?=[\w-]*\p{Lu}[\w-]*\p{Lu})\p{Lu}[\w-]{1,15}[ \t]+")


def _abbreviation_heads_line(view: str, chain: Chain) -> bool:
    """Whether the chain's line opens with a law's abbreviation and nothing else before
    the chain: a list of norms, one a line, each with its law first (Austrian decisions'
    "B-VG Art133 Abs4" over "DSGVO Art16"): the name that opens the next line, linked
    by no "of" word, is not this chain's, though the extractor does not know the law."""
    line_start = view.rfind("\n", 0, chain.start) + 1
    return _LINE_ABBREVIATION.fullmatch(view, line_start, chain.start) is not None


def _cut_off(links: ChainLinks, view: str, chain: Chain, following: Mention) -> bool:
    """Whether a new paragraph, or a national act's title ("Article 3 of the Act
    implementing Regulation (EU) 2016/679"), parts the chain from the mention after it;
    or a national act right before the chain owns it, in a language that writes the owner
    first in the genitive (lt "įstatymo 109 straipsniu, … reglamentu (ES) Nr. 952/2013")."""
    if _crosses_line(view, chain.end, following.start):
        return True
    if not links.owner_after and links.national_titles.right_before(view, chain.start):
        return True
    return following.start > chain.end and links.national_titles.before(view, following.start)


def _crosses_line(view: str, start: int, end: int) -> bool:
    """Whether a blank line (a new paragraph) stands between ``start`` and ``end``."""
    return "\n\n" in view[start:end]

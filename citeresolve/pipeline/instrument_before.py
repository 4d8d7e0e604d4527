"""The instrument of an article chain found before it, when none is named after it:
"thereof" and "in particular [its] Article 11" point to the instrument the clause is
about; a bracket, a definition, "as regards", a keyword line's dash or comma, or a
genitive right before the chain ("forretningsordenens artikel 59", "SEUT-sopimuksen
294 artiklan") name it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..families.chain_grammar import Chain
from ..families.mentions import REFERENCE, Mention
from ..knowledge.lazy_modules import lazy_modules
from ..knowledge.lazy_patterns import lazy_pattern
from ..text.scan import may_end_with as _may_end_with
from .chain_links import ChainLinks
from .dated_acts import amending_title_head
from .mention_index import SENTENCE_END, MentionIndex
from .taken import Taken

if TYPE_CHECKING:
    from . import (
        bracketed_statements,
        comma_acts,
        inserted_articles,
        keyword_lines,
        list_items,
        provision_lines,
        thereof_reach,
        title_owners,
    )
else:  # the same modules, each imported when first used
    lazy_modules(".bracketed_statements", ".comma_acts", ".inserted_articles", ".keyword_lines")
    lazy_modules(".list_items", ".provision_lines", ".thereof_reach", ".title_owners")

# How far before a chain its linking words ("in particular", a dash …) may stand.
_BACKWARD_REACH = 80
# How far before a chain a definition is looked for, and how far before the definition
# its act may end (the act's title comes in between).
_DEFINITION_WINDOW = 300
_DEFINITION_OWNER_REACH = 400
_BLANK_LINE = lazy_pattern(r"\n[ \t]*\n")
# A comma and a few words ("composé des", "which comprises") before a chain in apposition.
_APPOSITION = lazy_pattern(r",[ \t]*(?:[^\W\d][\w'’-]*[ \t]+){1,3}(?:[^\W\d]{1,2}['’])?$")
# Words with no mark between an instrument and the comma of its apposition: a description
# of the unit of it that is named ("Title VI of the Charter governing its interpretation").
_DESCRIPTION = lazy_pattern(r"[ \t]+(?:[^\W\d][\w'’-]*[ \t]+){0,7}[^\W\d][\w'’-]*")
_DESCRIPTION_REACH = 80
# Every character of str.isspace, which holds each one ``\s`` matches in regex
# (tests/test_attach.py checks): where a pattern ends with ``\s``, ``\s*`` or ``\s+``.
SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# What links_after_chain.AFTER (the end of "as regards") ends with: white space, or the
# mark of a phrase glued to the next word.
_AFTER_END = SPACES + "-'’"
# A footnote marker that opens a line, with the comma of the clause it ends: "1, and".
_LINE_FOOTNOTE = lazy_pattern(r"[ \t]*\d{1,2},[ \t]*")
# How far into its line the act a footnote marker's line goes on with may start.
_OPENING_REACH = 40
# A footnote marker in brackets glued to the bracket it follows: ")(3)".
_FOOTNOTE_MARK = lazy_pattern(r"\)\(\d{1,3}\)")
# What a definition's bracket may name as the instrument it defines.
_DEFINED_TYPES = frozenset({"eu_act", "treaty"})


def pinned_head(
    links: ChainLinks, chain: Chain, index: MentionIndex, taken: Taken
) -> Mention | None:
    """The instrument a chain linked by "thereof" or "in particular" pins (recorded as a
    pinpoint): the one its clause is about, or after another pinpoint the one named after
    it, of the kind the "thereof" names (:func:`.thereof_reach.head_of_kind`). A name that
    only completed an article cited before ("… Article 270 TFEU, applicable to the EAEC
    Treaty pursuant to Article 106a thereof"; fr "vu l'article 16 du TFUE et le règlement
    (UE) 2016/679, et notamment son article 5") is not the head when another is named."""
    after = taken.pinpoints[-1] if taken.pinpoints else None
    taken.pinpoints.append(chain.end)
    head = index.clause_head(chain.start, after) or _head_of_line_before(links, index, chain.start)
    head = thereof_reach.head_of_kind(links, chain, index, head)
    if head is not None and head.start in taken.consumed:
        head = index.named_between(head.end, chain.start, taken.consumed) or head
    if head is not None and thereof_reach.names_kind_of(links, chain, index, head):
        # de "… zur Aufhebung der Richtlinie 87/102/EWG …, dass … Art. 8 dieser Richtlinie"
        before = [m for m in index.mentions[: index.first_at(head.start)] if m.type == "eu_act"]
        head = amending_title_head(index.view, before, head, links.code)
    return title_owners.title_owner(links, head, index, chain.start)


def _head_of_line_before(links: ChainLinks, index: MentionIndex, pos: int) -> Mention | None:
    """A visa broken after its comma: pt "Tendo em conta o Tratado da União Europeia,"
    then "nomeadamente o artigo 37.º" on a line of its own: a line that only opens with
    the "in particular" word goes on with the instrument of the line before."""
    start = index.clause_start(pos)
    view = index.view
    if start < 2 or view[start - 1] != "\n":
        return None
    # ... or a line that opens with the footnote marker of the act before, the PDF's
    # line broken before it: en "… repealing Regulation (EU, Euratom) No 966/2012" then
    # "1, and in particular Article 110 thereof,"
    marker = _LINE_FOOTNOTE.match(view, start, pos)
    if marker is not None:
        start = marker.end()
    elif not view[max(0, start - 40) : start - 1].rstrip(" \t").endswith(","):
        # ... or a line broken inside the "in particular" phrase after the comma: fr
        # "vu le traité instituant la Communauté européenne, et" then "notamment son
        # article 100 A,", en "…, and" then "in particular Article 95 thereof,"
        comma = view.rfind(",", max(0, start - 40), start - 1)
        if comma < 0:
            return thereof_reach.wrapped_line_head(links, index, pos)
        start = comma + 1 + len(view[comma + 1 : start]) - len(view[comma + 1 : start].lstrip())
    if not links.backward_link.fullmatch(view, start, pos):
        return None
    line_end = index.clause_start(pos) - 1
    head = index.clause_head(line_end)
    # After a footnote marker, only an act that opens its line ("Having regard to
    # Regulation …"): "… to the Regulation … establishing the Creative Europe Programme
    # and repealing Regulation (EU) No 1295/2013" then "2, and in particular Article 15
    # thereof" is the act without a number's, not 1295/2013's.
    if (
        marker is not None
        and head is not None
        and head.start - index.clause_start(line_end) > _OPENING_REACH
    ):
        return None
    return head


def head_linked_by_thereof(
    links: ChainLinks, chain: Chain, index: MentionIndex, taken: Taken
) -> Mention | None:
    """ "and in particular Article 19(3) of that Directive" after an act and the acts
    named in its title: "that Directive" is the act the clause is about."""
    view = index.view
    if links.thereof_after(view, chain.end) and links.backward_link.search(
        view[max(0, chain.start - _BACKWARD_REACH) : chain.start]
    ):
        after = taken.pinpoints[-1] if taken.pinpoints else None
        head = index.clause_head(chain.start, after)
        if head is not None and head.start in taken.consumed:
            # a name that only completed an article cited before ("Article 2 of the
            # Convention on the Rights of the Child …, as is the Paris Agreement, and in
            # particular Article 2(1)(a) thereof") is not what the clause pins
            head = index.named_between(head.end, chain.start, taken.consumed) or head
        head = title_owners.title_owner(links, head, index, chain.start)
        if head is not None and head.use != REFERENCE:
            taken.pinpoints.append(chain.end)
            return head
    return None


def relative_owner(links: ChainLinks, chain: Chain, index: MentionIndex) -> Mention | None:
    """The instrument a relative "whose" right before the chain stands for: the one named
    last before it ("Regulation … amends Directive (EU) 2020/1828, whose Article 4"); or
    the act an inserting word says the article was added to (:mod:`.inserted_articles`)."""
    inserted = inserted_articles.inserted_owner(links.code, chain, index)
    if inserted is not None or links.relative_link is None:
        return inserted
    before = index.view[max(0, chain.start - _BACKWARD_REACH) : chain.start]
    if links.relative_link.search(before) is None:
        return None
    return index.nearest_before(chain.start, past_references=True)


def named_before(
    links: ChainLinks, chain: Chain, index: MentionIndex, taken: Taken
) -> Mention | None:
    """The instrument before the chain, by the first of these links that applies."""
    view = index.view
    named = _bracketed(chain, index) or _defined_before(links, chain, index)
    if named is not None:
        taken.consumed.add(named.start)
        return named
    window_start = max(0, chain.start - _BACKWARD_REACH)
    before = view[window_start : chain.start]
    # ... unless an "of" word names another, unknown instrument after the chain
    # ("notamment l'article 38-1 du décret n° 91-1266").
    if links.backward_link.search(before) and not _names_other(links, view, chain):
        return pinned_head(links, chain, index, taken)
    regarding = (
        links.as_regards.search(before)
        if links.as_regards is not None and _may_end_with(before, _AFTER_END, "")
        else None
    )
    if regarding is not None and not links.of_after.match(view, chain.end):
        act = index.nearest_before(window_start + regarding.start())
        if act is not None and act.type == "eu_act":
            return act
    # ... but not when an "of" word names another, unknown instrument after the
    # chain ("artikel 267 TEUF – artikel 94 i Domstolens procesreglement").
    if (
        _dash_linked(links, before) or keyword_lines.inside_segment(index, chain.start, links.code)
    ) and not links.of_after.match(view, chain.end):
        return _keyword_head(links, chain, index)
    act = _comma_owner(links, chain, index, taken, window_start)
    if act is not None:
        return act
    return (
        _genitive_before(links, chain, index, taken)
        or _unit_in_apposition(links, chain, index)
        or list_items.lead_in_head(chain, index)
        or list_items.item_head(chain, index, links.item_comma, links.national_titles)
        or bracketed_statements.bracketed_statement(links, chain, index, taken)
    )


def _keyword_head(links: ChainLinks, chain: Chain, index: MentionIndex) -> Mention | None:
    """The keyword line's act (:func:`.keyword_lines.keyword_line_head`), but not when an
    "and" word joins the chain to a chain whose instrument, another, its segment names
    (it "… TFUE – Compatibilità con gli articoli 7 e 8 nonché con l'articolo 52, paragrafo
    1, della Carta": the Charter's, coordinated_after.py), after that chain's number ("and
    Regulation No 561/2006" is no chain)."""
    head = keyword_lines.keyword_line_head(chain, index, links.code)
    view = index.view
    if head is None or not links.and_after.match(view, chain.end):
        return head
    named = keyword_lines.segment_name_after(index, chain.end)
    if (
        named is not None
        and named.code != head.code
        and any(ch.isdigit() for ch in view[chain.end : named.start])
    ):
        return None
    return head


def _comma_owner(
    links: ChainLinks, chain: Chain, index: MentionIndex, taken: Taken, window_start: int
) -> Mention | None:
    """The act a comma right before the chain links it to (:func:`.comma_acts.comma_linked`)."""
    view = index.view
    act = comma_acts.comma_linked(
        links, view[window_start : chain.start], window_start, index, chain.end
    )
    # ... unless an "of" word names another instrument after the chain ("Regulamento (UE)
    # n.º 492/2011, artigo 5.º do Código do Trabalho").
    # ... or a name of its own right after it (sl "…, 84. člen ZMZ-1").
    if (
        act is None
        or _names_other(links, view, chain)
        or (_named_after(view, chain.end) and not _line_label_after(view, chain))
        or title_owners.clause_object(links, chain, index, act)
    ):
        return None
    if provision_lines.provision_line(view, act.start, chain.end) or provision_lines.number_label(
        view, act.start, chain.start
    ):
        taken.consumed.add(act.start)
    # the comma may close the title clause that named the act (lv "… un ar ko groza …
    # regulu 2006/2004/EK, 3.pantā"): the titled act's article, in the genitive
    owner = title_owners.titling_act(links, act, index, chain.start)
    if owner is not None:
        taken.consumed.add(owner.start)
    return owner or act


def _dash_linked(links: ChainLinks, before: str) -> bool:
    """Whether a keyword line's dash stands right before the chain, perhaps with a
    determiner between (hu "– A 21. cikk (1) bekezdése szerinti")."""
    if _may_end_with(before, "—–-", SPACES) and links.dash_link.search(before):
        return True
    return (
        links.dash_determiner is not None
        and before[-1:] in SPACES
        and links.dash_determiner.search(before) is not None
    )


def _bracketed(chain: Chain, index: MentionIndex) -> Mention | None:
    """ "Zmluvy o fungovaní Európskej únie (článok 15)": the chain in brackets right
    after the instrument's name pins it."""
    bracketed = bracketed_statements.OPEN_BRACKET.search(
        index.view, max(0, chain.start - 4), chain.start
    )
    if bracketed is not None and bracketed_statements.CLOSE_BRACKET.match(index.view, chain.end):
        named = index.ending_at(bracketed.start())
        if named is not None and named.use != REFERENCE:
            return named
    return None


def _names_other(links: ChainLinks, view: str, chain: Chain) -> bool:
    """Whether an "of" word after a chain names another instrument ("l'article 38-1
    du décret …"), not a link to the next article ("Artikel 219 Absatz 1 in
    Verbindung mit Artikel 228"); also after the comma that closes a pinpoint written
    in words, set off by commas inside the chain, when a name on the same line follows
    (nl "gelezen in samenhang met artikel 14, derde lid, van de UAVG", fr "lu en
    combinaison avec l'article 14, alinéa 3, de la LIL"; not fr "son article 168, au
    regard des articles 47 et 52", de "Artikel 228, in Erwägung nachstehender Gründe")."""
    pos = chain.end
    if links.linker_after.match(view, pos):
        return False
    if view[pos : pos + 1] != ",":
        return bool(links.of_after.match(view, pos))
    of = links.of_after.match(view, pos + 1) if "," in view[chain.start : pos] else None
    return of is not None and "\n" not in of.group() and _named_after(view, of.end())


def _named_after(view: str, pos: int) -> bool:
    """Whether a capitalised word follows ``pos`` on its line: a name the extractor does
    not know (a national act's abbreviation "ZMZ-1", "GG") that the chain belongs to."""
    rest = view[pos : pos + 12].lstrip(" \t")
    return rest[:1].isupper()


def _line_label_after(view: str, chain: Chain) -> bool:
    """Whether a capitalised article word opens the chain and a plain capitalised word,
    no abbreviation, follows it: a data sheet's heading line goes on with the product's
    name (et "OHUTUSKAART vastavalt 1907/2006/EÜ, Artikkel 31 Thermal Pad"), no name of
    a national act ("ZMZ-1", "GG") the chain would belong to."""
    word = view[chain.end : chain.end + 12].lstrip(" \t").split(" ", 1)[0]
    return view[chain.start : chain.start + 1].isupper() and word[1:2].islower()


def _genitive_before(
    links: ChainLinks, chain: Chain, index: MentionIndex, taken: Taken
) -> Mention | None:
    """A mention right before the chain, perhaps across a marker or an act's title,
    unless it closed the chain before it."""
    preceding = index.ending_at(chain.start, links.genitive_gap)
    if preceding is None:
        preceding = index.act_in_brackets_before(chain.start)
    if preceding is None or preceding.start in taken.closing or index.new_section(preceding, chain):
        return None
    # "… 3922/91, su paskutiniais pakeitimais, padarytais …, 7 ir 8 straipsnius": the
    # titled act's, far before the chain and cited on its own (none of them is taken)
    if (head := title_owners.amended_head(links, preceding, index, chain.start)) is not None:
        return head
    preceding = title_owners.titling_act(links, preceding, index, chain.start) or preceding
    if not (links.juxtaposed_heading and preceding.type == "eu_act" and len(chain.units) > 1):
        taken.consumed.add(preceding.start)
        if (act := index.act_before_its_bracketed_name(preceding)) is not None:
            taken.consumed.add(act.start)
        # ... and the act's number in brackets after its name: lv "Digitālo pakalpojumu
        # akta (Regula (ES) 2022/2065) 16. pants" (one act, only completing the article)
        inner = index.first_in(preceding.end, chain.start)
        if (
            inner is not None
            and inner.code == preceding.code
            and index.view[preceding.end : inner.start].strip(" \t") == "("
        ):
            taken.consumed.add(inner.start)
    return preceding


def _unit_in_apposition(links: ChainLinks, chain: Chain, index: MentionIndex) -> Mention | None:
    """The articles a chapter (title, section) of an instrument is made of, in apposition
    after a comma: fr "chapitre VI du règlement, composé des articles 62 à 73", "Chapter
    III of Regulation (EU) 2016/679, which comprises Articles 12 to 23"."""
    view = index.view
    if links.unit_of is None:
        return None
    words = _APPOSITION.search(view, max(0, chain.start - 40), chain.start)
    named = (
        (index.ending_at(words.start()) or _described(index, words.start()))
        if words is not None
        else None
    )
    if named is None or named.type not in ("eu_act", "treaty", "reference"):
        return None
    if not links.unit_of.search(view, max(0, named.start - 40), named.start):
        return None
    return named


def _described(index: MentionIndex, pos: int) -> Mention | None:
    """The mention that ends a few words before ``pos``, words that describe what it
    names there ("Title VI of the Charter governing its interpretation and application,
    such as Article 52(3)")."""
    k = index.first_at(pos) - 1
    if k < 0:
        return None
    m = index.mentions[k]
    if m.end < pos <= m.end + _DESCRIPTION_REACH and _DESCRIPTION.fullmatch(index.view, m.end, pos):
        return m
    return None


def _defined_before(links: ChainLinks, chain: Chain, index: MentionIndex) -> Mention | None:
    """The act whose definition ("(hereinafter: X)", ", jäljempänä ’X’,") stands
    right before the chain: the act named in the definition, else the last
    instrument before the definition."""
    if links.definition_end is None:
        return None
    view = index.view
    window_start = max(0, chain.start - _DEFINITION_WINDOW)
    if not _may_end_with(view, "),", " \t", window_start, chain.start):
        return None  # a definition ends with its bracket or comma, then spaces
    found = links.definition_end.search(view, window_start, chain.start)
    if found is None:
        return None
    close = view.rfind(")", found.start(), chain.start)
    if close > found.start():
        start = _opening_bracket(view, close, window_start)
        if start is not None and _FOOTNOTE_MARK.fullmatch(view, start - 1, close + 1):
            # a footnote marker glued to the definition: lt "(toliau – ECBS ir ECB
            # statutas)(3), 14 straipsnio"
            close = start - 1
            start = _opening_bracket(view, close, window_start)
        if start is None:
            return None
        inside = [
            m
            for m in index.mentions[index.first_at(start) : index.first_at(close)]
            if m.type in _DEFINED_TYPES and m.use != REFERENCE
        ]
        if inside:
            # The name is the act ("(turpmāk – regula Nr. 702/2014), 39. pantu"), or a
            # Protocol's ("(toliau – ECBS ir ECB statutas)" after the Protocol's title
            # and "pridėto prie SESV"): the instrument it defines, named before with its
            # title, completes the article.
            named = inside[-1]
            owner = index.named_before(start, named.code, _DEFINITION_OWNER_REACH)
            return owner or named
    else:
        start = found.start()
    owner = index.ending_before(start, _DEFINITION_OWNER_REACH)
    # A convention too: hu "az Emberi Jogok Európai Egyezménye (kihirdette: …; a
    # továbbiakban: EJEE) 6. cikke".
    if owner is None or owner.type not in ("eu_act", "treaty", "instrument"):
        return None
    # The instrument of an earlier sentence or paragraph is not what this definition
    # defines (lt "… chartijos (toliau – Chartija) 47 straipsniuose? … remiantis
    # Baudžiamojo proceso kodekso (…, toliau – NPK) 29 straipsniu": a national code).
    if SENTENCE_END.search(view, owner.end, start) or _BLANK_LINE.search(view, owner.end, start):
        return None
    return owner


def _opening_bracket(view: str, close: int, limit: int) -> int | None:
    """Where the bracket closed at ``close`` opens (nested brackets counted)."""
    depth = 0
    for k in range(close, limit - 1, -1):
        if view[k] == ")":
            depth += 1
        elif view[k] == "(":
            depth -= 1
            if depth == 0:
                return k
    return None

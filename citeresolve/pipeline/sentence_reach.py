"""An article chain with no instrument of its own, in the sentence of the one named
before it: ro "Tratatul nu prevede alte competenţe decât cele menţionate la articolul
308", cs "směrnice Rady 91/477/EHS … (dále jen „směrnice o palných zbraních“), jak
vyžaduje článek 17". The contract's "in reach": the same sentence names the instrument
before the article, with no other instrument named between them.

Read only where nothing else could be meant: the chain is the first after the
instrument, a short run of lower-case words with no digit stands between them (no name
of another instrument the extractor does not know, no national law's number), and no
name, "of" word or national act follows the chain (pl "Dyrektywę 93/13 wdrożono w art.
385¹ kodeksu cywilnego": the article is the code's)."""

from __future__ import annotations

import functools

import regex

from ..families.act_numbers import ACT_KINDS
from ..families.act_words import eu_author_after
from ..families.chain_grammar import Chain
from ..families.mentions import (
    ATTACH_ONLY,
    CITABLE,
    OTHER_RULES,
    REFERENCE,
    Mention,
    instrument_type,
)
from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import lazy_pattern
from .anaphors import names_unregistered_kind
from .chain_links import ChainLinks
from .dated_acts import in_amending_title, own_date_end, title_amending_words
from .heading_reach import heading_instrument
from .mention_index import SENTENCE_END, MentionIndex
from .protocol_titles import protocol_title_end, title_subject
from .reach_gaps import common_capitals, relative_after, unwrapped, without_asides

# How far before the chain the instrument's name may end.
_REACH = 160
# What may stand between: words in lower case, spaces, commas, brackets and quotes of a
# definition ("(dále jen „směrnice o palných zbraních“)"), never a digit or a capital
# after the first word of the gap, nor a table's cell border: EUR-Lex's table of related
# acts ("Validity extended by | 32023D2409 | article 2 |") names the act in one cell and
# the provision concerned in the next, no citation of its own.
_GAP = lazy_pattern(r"[^\d\n;:.!?|]*")
# After a chain that cites the instrument, items of a list may stand between (it "(art.
# 5); l'esame … (art. 5)").
_CHAINED_GAP = lazy_pattern(r"[^\d\n:.!?|]*")
_CAPITAL_WORD = lazy_pattern(r"(?<![^\W\d_])\p{Lu}")
_TYPES = frozenset({"eu_act", "treaty", "instrument"})
# How far after a chain that cites it the next chain may take the instrument, and how
# far before the chain before the instrument's name may then stand (in the sentence).
_CHAINED_REACH = 160
_SENTENCE_REACH = 600
# A full stop and a capital: a sentence after a chain, also after its number ("5 to 7.
# Under"), which SENTENCE_END leaves open for ordinals.
_NEXT_SENTENCE = lazy_pattern(r"\.\s+\p{Lu}")
# A blank line: the next paragraph, or the next item of a list of legal bases.
_BLANK_LINE = lazy_pattern(r"\n[ \t]*\n")
# How far after the chain another mention still names the chain's own instrument.
_AFTER_REACH = 40
_BOOK_ARTICLE = lazy_pattern(r"\d|:\d")
# Between a chain and the instrument its "of" link names: a few words, no digit.
# The rest of a quoted name closed right before its bracket closes.
_QUOTED_TAIL = lazy_pattern(r"^[^\n„“”«»\"‘’‚()]{0,40}[”“»’\"'](?=[ \t]*\))")
_OF_LINK = lazy_pattern(r"[ \t,]*[^\W\d]{0,12}(?:[ \t'’-]{1,2}[^\W\d]{0,12}){0,3}[ \t,]*")


def sentence_instrument(
    links: ChainLinks,
    chain: Chain,
    index: MentionIndex,
    resolved: dict[int, str | None],
    previous_end: int,
    lang: str,
    previous_code: str | None = None,
) -> str | None:
    """The code of the instrument named before ``chain`` in its sentence (see
    :func:`_in_sentence`) or in the heading it closes (see :mod:`.heading_reach`)."""
    code = _in_sentence(links, chain, index, resolved, previous_end, lang, previous_code)
    return code if code is not None else heading_instrument(chain, index, resolved, lang)


def _in_sentence(
    links: ChainLinks,
    chain: Chain,
    index: MentionIndex,
    resolved: dict[int, str | None],
    previous_end: int,
    lang: str,
    previous_code: str | None = None,
) -> str | None:
    """The code of the instrument named before ``chain`` in its sentence, when the text
    between ties them (see the module docstring); None otherwise. ``previous_end`` is
    where the last chain cited ends (-1 for none), ``previous_code`` the instrument that
    chain cites (None when it cites none); ``lang`` the text's language.

    A chain after another one of the same sentence takes the instrument that one took
    from the name before both, when the text between the two chains ties them as the
    name's gap would (cs "čl. 4 odst. 4 nařízení vyžaduje, aby státy, které podle čl. 4
    odst. 3 požadují povolení pro zboží, jež není uvedeno v příloze I")."""
    view = index.view
    if chain.rules or chain.continued:
        return None
    if (nouns := _lower_treaty_nouns(lang)) is not None and nouns.match(view, chain.end):
        # hr "poput članka 8. ugovora o uzajamnom poticanju i zaštiti ulaganja": the
        # treaty noun in lower case after the chain names another treaty, its own
        return None
    named = _named_for(chain, index, previous_end, previous_code)
    if named is None:
        return None
    named = title_subject(lang, index, named)
    chained = previous_end > named.start  # another chain stands between
    if links.national_titles.before(view, named.start):
        return None  # hr "Zakon o provedbi Opće uredbe o zaštiti podataka u čl. 20."
    code = resolved.get(named.start) if named.use == REFERENCE else named.code
    if code is None or code == OTHER_RULES or instrument_type(code) not in _TYPES:
        return None
    if chained and code != previous_code and (own := _skipped_over(index, named, previous_code)):
        named, code = own, own.code  # the chain before passed over ``named``
    if chained and code != previous_code:
        return None
    if named.use == REFERENCE and not _only_of_its_kind(named, code, index, lang):
        return None
    previous = (previous_end, previous_code == code)
    if not _text_ties(links, chain, index, resolved, (named, code), previous, lang):
        return None
    # "Without prejudice to Regulation … and subject to Articles 8 and 9": an "and" right
    # after the instrument opens a complement of its own, the document's articles
    if links.and_after.match(view, named.end) is not None:
        return None
    return None if _another_after(links, chain, index, resolved, code) else code


def _text_ties(
    links: ChainLinks,
    chain: Chain,
    index: MentionIndex,
    resolved: dict[int, str | None],
    name: tuple[Mention, str],
    previous: tuple[int, bool],
    lang: str,
) -> bool:
    """Whether the text between the instrument's ``name`` (a mention and its code) or
    the chain before (where it ends, and whether it cites that code; it does when it
    stands between) and ``chain`` ties the two."""
    view = index.view
    named, code = name
    previous_end, same = previous
    chained = previous_end > named.start
    start = previous_end if chained else named.end
    # "Según el artículo 3 de dicha Directiva, una cláusula …, mientras que conforme al
    # artículo 4": the name completed the chain before; a comma after it ends that
    # chain's phrase, no relative clause of the name's own
    owned = not chained and same and _completes(view, previous_end, named)
    if (chained or owned) and not _chained_ties(view, lang, start, chain):
        return False
    # "For the achievement of the aims of the Treaty, Article 3(1)(g) gives", fr "…
    # du traité instituant la Communauté européenne, l'article 3, paragraphe 1, point
    # g), assigne": a comma and at most a determiner before the article word end the
    # phrase that names the instrument, no relative clause of its own
    apposed = start == named.end and _comma_determiner(lang).fullmatch(view, start, chain.start)
    return not _another_named(named, code, index, resolved) and _gap_ties(
        links, view, start, named, chain, owned or apposed is not None
    )


def _named_for(
    chain: Chain, index: MentionIndex, previous_end: int, previous_code: str | None
) -> Mention | None:
    """The mention named before ``chain`` in its clause, or before the chain before it
    (ending at ``previous_end``, citing ``previous_code``) in its sentence."""
    named = _named_before(chain, index, chain.start, _REACH)
    if named is None and previous_code is not None and 0 <= previous_end <= chain.start:
        # the name may stand before the chain before, which cites it, in the sentence (it
        # "la Direttiva prescrive …: l'analisi … (art. 5); l'esame … (art. 5); …")
        named = _named_before(chain, index, previous_end, _SENTENCE_REACH)
    # a short form only completes an article linked to it ("Article 7 of the Charter"):
    # at a distance it may be another's ("la Charte sociale européenne, article 24")
    if named is None or named.use == ATTACH_ONLY:
        return None
    if previous_end > named.start and (previous_code is None or previous_end > chain.start):
        return None  # another chain stands between, and cites nothing or overlaps
    return named


def _chained_ties(view: str, lang: str, start: int, chain: Chain) -> bool:
    """Whether the text from the chain before (ending at ``start``) may tie ``chain`` to
    the instrument that one cites: near, with no act word in it (et "(artikkel 5), samuti
    komiteemenetluse otsuse artiklis 5a": another act), nor the noun of a reference word
    (et "aluslepingute artiklis 5": the Treaties' article); a conjunction may stand
    before the chain (fi "…, kun taas 8 artiklan", lv "…, savukārt 8. pants")."""
    if chain.start - start > _CHAINED_REACH:
        return False
    return _act_words(lang).search(view, start, chain.start) is None


def _another_after(
    links: ChainLinks,
    chain: Chain,
    index: MentionIndex,
    resolved: dict[int, str | None],
    code: str,
) -> bool:
    """Whether an "of" word, a name, an act's word or a mention right after the chain
    makes it another instrument's article ("článku 2 ods. 1 bodu A smernice 66/401/EHS",
    sk "článku 5a rozhodnutia o komitológii"), or a national code's book and article
    ("art. 6:233")."""
    view = index.view
    after = links.forward_gap.match(view, chain.end)
    rest = view[chain.end : chain.end + 16].lstrip(" \t,")
    return bool(
        (
            after is not None
            and after["of"]
            and not relative_after(links.code).match(view, chain.end)
        )
        or rest[:1].isupper()
        or links.act_word_after.match(view, chain.end) is not None
        or _BOOK_ARTICLE.match(rest) is not None
        or _other_after(chain, index, resolved, code)
    )


def _another_named(
    named: Mention, code: str, index: MentionIndex, resolved: dict[int, str | None]
) -> bool:
    """Whether the sentence names another instrument before ``named``: after two
    ("Regulation (EU) 2017/1129, repealing Directive 2003/71/EC as amended, Article 22")
    the article may be either's."""
    view = index.view
    sentence = _sentence_start(view, index.clause_start(named.start), named.start)
    for m in index.mentions[index.first_at(sentence) : index.first_at(named.start)]:
        if (resolved.get(m.start) if m.use == REFERENCE else m.code) != code:
            return True
    return False


def _completes(view: str, previous_end: int, named: Mention) -> bool:
    """Whether ``named`` follows the chain before (ending at ``previous_end``) closely,
    as the instrument that chain's "of" link names ("artículo 3 de dicha Directiva")."""
    return (
        0 <= previous_end <= named.start
        and _OF_LINK.fullmatch(view, previous_end, named.start) is not None
    )


def _gap_ties(
    links: ChainLinks,
    view: str,
    start: int,
    named: Mention,
    chain: Chain,
    owned: bool = False,
) -> bool:
    """Whether only lower-case words (perhaps a definition in brackets) stand between
    the instrument's name (or the chain before, which cites it) ending at ``start`` and
    the chain, or an aside opened by "in" (it "la direttiva 2014/104, all'art. 10,
    disciplina"). ``owned``: the name completed the chain before, so that a comma after
    it ends that phrase as it would end the chain's."""
    at_name = start == named.end and not owned
    if at_name:
        # the act's own date and its author are no gap: "Council Directive 2006/112/EC
        # of 28 November 2006 on the common system of VAT governs … in Articles 167",
        # ro "Directiva 2006/112/CE a Consiliului reglementează … la art. 167"
        start = own_date_end(view, start, chain.start)
        start = eu_author_after(view, start) if start == named.end else start
        start = protocol_title_end(links.code, view, start, chain.start, named.code or "")
    gap = unwrapped(view[start : chain.start])
    if links.locative_aside is not None and links.locative_aside.fullmatch(gap):
        return True
    return not (
        # a relative clause of the instrument: its object is another's article ("Regulation
        # (EU) 2018/1725, which amends Articles 12 to 23"); after a chain of its own a
        # comma only ends that chain (da "direktivets artikel 2, første afsnit, har
        # enhver advokat ret til at udøve de i artikel 5 nævnte former")
        (gap.lstrip(" \t")[:1] == "," and at_name)
        or not (_GAP if at_name else _CHAINED_GAP).fullmatch(gap)
        or gap.count("(") > gap.count(")")  # an aside: "(subject to … in Article 79)"
        # the act in brackets closed before the chain is not the article's ("(forordning
        # (EU) 2019/452 og forordning (EU) 2021/821) artikel 2"), a name defined in them
        # may be ("(dále jen „směrnice o zbraních“), jak vyžaduje článek 17")
        or (gap.count(")") > gap.count("(") and named.use == CITABLE)
        or _CAPITAL_WORD.search(
            common_capitals(links.code).sub(
                "", _outside_quotes(gap if at_name else without_asides(gap))
            )
        )
        is not None
        or names_unregistered_kind(gap)
        # "… of the Directive are transposed by Article 2.2": the national law's article
        or (links.transposed_into is not None and links.transposed_into.search(gap) is not None)
    )


def _other_after(
    chain: Chain, index: MentionIndex, resolved: dict[int, str | None], code: str
) -> bool:
    """Whether a mention right after the chain names another instrument than ``code``
    (a reference word to the same one may follow: cs "článek 17 po poslední změně
    dotčené směrnice"); not one of the next sentence (hu "… a 33. és 34. cikkét. A
    bírságot a GDPR 83. cikke alapján …"), nor its own name again after a full stop the
    sentence end leaves open (cs "… v čl. 5 až 7. Komise může podle čl. 30 DMA"), nor
    one of the next paragraph (bg "… Митнически кодекс на Съюза - чл. 22; чл. 38-39" then
    a blank line and "Делегиран регламент … 2015/2446": the next legal basis)."""
    after = index.first_in(chain.end, chain.end + _AFTER_REACH)
    if after is None or SENTENCE_END.search(index.view, chain.end, after.start) is not None:
        return False
    if _BLANK_LINE.search(index.view, chain.end, after.start) is not None:
        return False
    if after.use != REFERENCE and after.code == code:
        # its name again is the next sentence's ("7. Komise"), not the chain's own clause
        return _NEXT_SENTENCE.search(index.view, chain.end, after.start) is None
    return (after.code if after.use != REFERENCE else resolved.get(after.start)) != code


@functools.cache
def _act_words(lang: str) -> regex.Pattern[str]:
    """The language's act words and national act words, in any case ("otsuse", "law"),
    and the nouns of its reference words, also declined (et "aluslepingute", the
    Treaties, from "aluslepingu"; five letters or more, a stem that reads no other word)."""
    language = load(lang)
    acts = language.section("acts")
    words = [w for field in (*ACT_KINDS, "national_acts") for w in acts.get(field, [])]
    nouns = {
        p.lstrip("=").split()[-1].rstrip("*").lower()
        for phrases in language.section("references").values()
        for p in phrases
        if p.strip()
    }
    stems = "|".join(sorted((regex.escape(n) for n in nouns if len(n) >= 5), key=len, reverse=True))
    return compile_pattern(
        rf"(?i:{alternation(w.lstrip('=') for w in words)}|(?<!\w)(?:{stems or '(?!)'}))"
    )


@functools.cache
def _comma_determiner(lang: str) -> regex.Pattern[str]:
    """A comma, then perhaps one of the language's determiners (fr "l'", es "el", it
    "l'"), as all that stands between an instrument's name and an article word."""
    words = load(lang).articles["determiners"]
    determiner = rf"(?:(?:{alternation(words)})[ \t]*)?" if words else ""
    return compile_pattern(rf"[ \t]*,[ \t]*{determiner}", regex.IGNORECASE)


@functools.cache
def _lower_treaty_nouns(lang: str) -> regex.Pattern[str] | None:
    """The nouns of the language's "the Treaty" words written in lower case, right after
    a chain: where the Treaty is written with a capital only (hr "=Ugovora", sl
    "=Pogodbe"), the common noun names another treaty or a contract."""
    phrases = load(lang).section("references").get("treaty", [])
    nouns = {p[1:].split()[-1].lower() for p in phrases if p.startswith("=") and p[1:].strip()}
    if not nouns:
        return None
    return compile_pattern(rf"[ \t]+(?:{alternation(sorted('=' + n for n in nouns))})")


def _named_before(chain: Chain, index: MentionIndex, pos: int, reach: int) -> Mention | None:
    """The last mention that ends before the chain in its sentence, at most ``reach``
    before ``pos``: the chain's start, and then in the chain's clause too; or the end of
    the chain before it, which ties the two clauses."""
    view = index.view
    k = index.first_at(chain.start) - 1
    if k < 0:
        return None
    named = index.mentions[k]
    # The clause's start last: most chains of prose have no mention in reach before
    # them, and the text's clauses are then never found (MentionIndex.breaks).
    if named.end > chain.start or named.start < pos - reach:
        return None
    if pos == chain.start and named.start < index.clause_start(pos):
        return None
    if SENTENCE_END.search(view, named.end, chain.start) is not None:
        return None
    return named


def _skipped_over(index: MentionIndex, named: Mention, code: str | None) -> Mention | None:
    """The mention of ``code`` (cited by the chain before, which passed over ``named``)
    named before ``named`` in its sentence, or None: et "direktiivi 1999/32/EÜ, …
    millega muudetakse direktiivi 93/12/EMÜ (…), artiklitele 4c ja 4e, piiramata
    artikli 3a" (1999/32's Article 3a, as its 4c and 4e, not that of the act its title
    amends)."""
    view = index.view
    for m in reversed(index.mentions[: index.first_at(named.start)]):
        if SENTENCE_END.search(view, m.end, named.start) is not None:
            return None
        if m.use != REFERENCE and m.code == code:
            return m
    return None


def _sentence_start(view: str, start: int, pos: int) -> int:
    """Where the sentence that holds ``pos`` begins, ``start`` at the earliest."""
    ends = list(SENTENCE_END.finditer(view, start, pos))
    return ends[-1].end() if ends else start


def _outside_quotes(gap: str) -> str:
    """``gap`` without what a quotation inside it says (a defined name may be
    capitalised: "(dále jen „Směrnice“)"); nor the rest of a quoted name that closes
    a bracket after the name's act word, the mention ("(„Directiva TVA”) reglementează")."""
    gap = _QUOTED_TAIL.sub("", gap, count=1)
    for opening, closing in ("„“", "„”", "“”", "«»", '""', "‘’", "‚‘", "''"):
        while (i := gap.find(opening)) >= 0 and (j := gap.find(closing, i + 1)) > i:
            gap = gap[:i] + gap[j + 1 :]
    return gap


def _only_of_its_kind(reference: Mention, code: str, index: MentionIndex, lang: str) -> bool:
    """Whether ``code`` is the only instrument of its kind named before the reference
    word ("the Directive" after one directive, "Tratatul" after one Treaty): a bare
    kind word is the subject of a sentence that cites by it only when nothing else of
    that kind could be meant (de "Die Richtlinie zielt nach Art. 1" after two
    directives is left alone). An act the title of a dated act amends or repeals is
    none (pl "… oraz uchylenia rozporządzenia (UE) nr 995/2010 …. Zgodnie z art. 38
    tego rozporządzenia przepisy art. 3–13": 2023/1115's)."""
    kind = _kind(code)
    before = index.mentions[: index.first_at(reference.start)]
    words = title_amending_words(lang)
    for k, m in enumerate(before):
        if (
            m.use != REFERENCE
            and m.code != code
            and _kind(m.code) == kind
            and not in_amending_title(index.view, before[:k], m, words)
        ):
            return False
    return True


def _kind(code: str) -> str:
    """An act's descriptor ("L" for a directive), else the instrument's type."""
    return code[11:12] if code.startswith("CELEX:") else instrument_type(code)

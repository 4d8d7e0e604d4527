"""The act a comma right before an article chain links it to: a summary's keyword line
or a footnote names the act, perhaps with its author or its date, then its articles
after a comma ("(Nõukogu direktiiv 77/388, artikkel 17 …)", fr "Dir. 95/46/CE du 24 oct.
1995, art. 25, § 6 ; JOCE …")."""

from __future__ import annotations

import functools

import regex

from ..families.act_words import eu_author_end
from ..families.mentions import Mention
from ..families.official_journal import parse as parse_journal
from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import lazy_pattern
from ..text.scan import may_end_with
from .chain_links import ChainLinks
from .definition_patterns import amended_by
from .mention_index import MentionIndex

# An act's date after its number: "of 27 April 2016", "du 24 oct. 1995", "dell'11 febbraio
# 2004", "van 24.10.1995" (a short "of" word, a day, a month's name or number, a year).
# Or after a comma, as a French footnote writes it: "Règl. (UE) n° 2019/452, 19 mars 2019".
_ACT_DATE = lazy_pattern(
    r"(?:[ \t]+\p{L}{1,4}(?:[ \t]+|['’])|[ \t]*,[ \t]*)"
    r"\d{1,2}(?:er|\.)?(?:[ \t]+\p{L}{3,12}\.?[ \t]+|\.\d{1,2}\.)(?:19|20)\d\d[ \t]*"
)
_JOURNAL_REACH = 80  # the longest OJ reference read between an act and its articles
# What closes the chain's clause: a mark, the line's end, or a keyword line's dash before
# its next segment ("Directive 2002/58/CE du 12 juillet 2002, art. 15 § 1 – Sécurité").
_CLAUSE_CLOSES = lazy_pattern(r"[ \t]*(?:[;.,()\n]|$|[—–-][ \t])")


def comma_linked(
    links: ChainLinks, before: str, window_start: int, index: MentionIndex, chain_end: int
) -> Mention | None:
    """A summary's keyword line names the act, then its articles after a comma:
    "(Nõukogu direktiiv 77/388, artikkel 17, artikli 18 lõige 4 …)", perhaps with the
    act's author before the comma (pt "(Directiva 94/45 do Conselho, artigo 4.°, …)")."""
    comma = links.comma_link.search(before) if may_end_with(before, ",:", " \t") else None
    if comma is None:
        return None
    # before the bracketed name, which may be a mention of its own ("(Romfördraget)")
    at = window_start + comma.start()
    act = index.nearest_before(at + 1)
    # also a treaty: hu "(EU-Szerződés, 2. cikk, (1) bekezdés)", lv "(EKL, 230. pants)",
    # or a convention: a footnote's fr "Conv. EDH, art. 8", de "EMRK, Art. 6 Abs. 1"
    if act is None or act.type not in ("eu_act", "treaty", "instrument"):
        return None
    if act.end == at or (act.type == "eu_act" and eu_author_end(index.view, act.end, at)):
        return _amended(links, index, act)
    if (precited := _precited(links.code)) is not None and precited.fullmatch(
        index.view, act.end, at
    ):
        return act  # a footnote's "Regulation 2016/679, supra note 2, art. 17"
    # or the act's date (a footnote's "Dir. 95/46/CE du 24 oct. 1995, art. 25, § 6 ; JOCE
    # …", "Regulation (EU) 2016/679 of 27 April 2016, Article 45; OJ …"), when the chain
    # closes its clause ("articolo 22 e seguenti disposizioni nazionali" goes on)
    if (
        act.type == "eu_act"
        and (
            _ACT_DATE.fullmatch(index.view, act.end, at) is not None
            or _journal_after(index.view, act.end, at)
        )
        and _CLAUSE_CLOSES.match(index.view, chain_end) is not None
    ):
        return act
    return None


def _journal_after(view: str, act_end: int, at: int) -> bool:
    """Whether the act's date (perhaps), then a comma and the OJ reference that publishes
    the act fill the gap before the comma: "(Règl. (UE) n° 2019/452, 19 mars 2019, JOUE
    21 mars 2019, n° LI 79/1, art. 4)", "Regulation 2016/679, OJ L 119, 4.5.2016, p. 1,
    Article 45"."""
    date = _ACT_DATE.match(view, act_end, at)
    gap = view[date.end() if date else act_end : at].strip()
    if not gap.startswith(",") or len(gap) > _JOURNAL_REACH:
        return False
    body = gap[1:].strip()
    found = parse_journal(body)
    return len(found) == 1 and found[0].start == 0 and found[0].end >= len(body.rstrip("."))


@functools.cache
def _precited(lang: str) -> regex.Pattern[str] | None:
    """A comma and the language's word for "cited above" (``precited`` of its articles),
    perhaps with the number of the note that cites the act in full ("supra note 2")."""
    words = load(lang).articles.get("precited", [])
    if not words:
        return None
    return compile_pattern(rf"[ \t]*,[ \t]*(?:{alternation(words)})(?:[ \t]*\d{{1,3}})?[ \t]*")


def _amended(links: ChainLinks, index: MentionIndex, act: Mention) -> Mention:
    """The act ``act`` amended, where "as amended by" joins them before the comma: the
    articles after "(Council Regulation No 1788/2003, as amended by Regulation No
    2217/2004, Article 5(j))" are the amended act's (``amended_by`` of
    data/context_words.toml), as the act reads after its amendment."""
    return amended_before(links.code, index, act)


def amended_before(code: str, index: MentionIndex, act: Mention) -> Mention:
    """The act ``act`` amended, where the words "as amended by" of ``code`` join them
    (perhaps with the amended act's author between), else ``act`` itself."""
    gap = amending_gap(code)
    amended = index.nearest_before(act.start) if gap is not None else None
    if gap is None or amended is None or amended.type != "eu_act" or act.type != "eu_act":
        return act
    # the amended act's author may stand before the words (fr "règlement n° 1788/2003
    # du Conseil, tel que modifié par le règlement n° 2217/2004")
    joined = gap.search(index.view, amended.end, act.start)
    if joined is None or gap.fullmatch(index.view, joined.start(), act.start) is None:
        return act
    if joined.start() == amended.end or eu_author_end(index.view, amended.end, joined.start()):
        return amended
    return act


@functools.cache
def amending_gap(code: str) -> regex.Pattern[str] | None:
    """What stands between an act and the act amending it in ``code``, or None."""
    return amended_by(table("context_words.toml").get(code, {}).get("amended_by", []))

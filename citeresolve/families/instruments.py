"""Mentions of instruments: treaties, the Charter, the EP Rules of Procedure, the
registered international instruments, and words that point back to one
("the Treaty", "that Regulation").

A mention becomes a whole-instrument citation (``TEU``, ``UDHR``) unless an
article reference consumes it as its instrument; see :mod:`citeresolve.pipeline.attach`. The
mention itself is :class:`.mentions.Mention`; numbered Protocols are found in
:mod:`.protocols`.
"""

from __future__ import annotations

import functools

import regex

from ..knowledge.data import table
from ..knowledge.lang import Language, alternation, load
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..model.keys import PROTOCOL_PREFIX, RULES_CODE
from . import instrument_names
from .act_words import eu_author_at
from .instrument_pairs import PairMatcher
from .letter_articles import completes_letter_article
from .mentions import (
    ATTACH_ONLY,
    CITABLE,
    NAMED,
    OTHER_RULES,
    REFERENCE,
    Mention,
    instrument_type,
    merge_repeats,
)
from .protocols import ProtocolMatcher, merge_protocol_titles
from .rules_owner import RulesOwner
from .short_names import (
    QUOTES,
    defined_abbreviations_alone,
    defined_short_name,
    names_defined_for_others,
    quoted_lower,
    restated_names,
    tail_of_defined_name,
)

# An abbreviation in capitals right after an article's number completes that article
# and heads no longer name: bg "член 234 ЕО от Arbetsdomstolen" ("by", not "of").
_NUMBER_ABBREVIATION = lazy_pattern(r"\d[^\w\s]{0,2}[ \t]\p{Lu}{2,6}$")
# A footnote marker between a name and its abbreviation in brackets: "lepingu *4 (ELTL)".
_FOOTNOTE_MARKER = lazy_pattern(r"[ \t]\*{0,2}\d{1,2}(?=[ \t]?\()")
# An abbreviation in capitals right after a reference word names the act it stands for
# (es "del Reglamento ESMA", pt "do Regulamento EIOPA", it "del regolamento SSM"): an act
# the popular names do not know is no reference to the last act of its kind, nor the EP
# Rules. Not a domain ("Reglamento UE n.º", read with the act) nor one before a number.
_NAMING_ABBREVIATION = lazy_pattern(
    r"[ \t]+(?P<abbr>\p{Lu}[\p{Lu}\d]{1,7})(?![\p{L}\d(/\-])(?![ \t]*[(\d])"
)
# The reference kind of the words that point back to a treaty ("the Treaty").
_TREATY_WORD = "treaty"
# The reference kind that means the EP Rules unless a regulation was cited before it.
_REGULATION_OR_RULES = "regulation_or_rules"
# How far an anchored match is first tried: before a match, the regex module looks for
# a literal the pattern needs ("of") in the whole rest of the text, so a text with no
# "of" after its names (a 1 MB line of mixed scripts) made every match cost the
# text's length. A partial match at the bound (one that may go on) is tried in full.
_MATCH_REACH = 64
# The kind of an act by the letter of its CELEX number, as the language files' [acts] name it.


class MentionMatcher:
    """Finds the mentions of one language in a view."""

    def __init__(self, language: Language) -> None:
        self._lang = language.code
        self._groups, self._phrases = instrument_names.phrase_groups(language)
        self._paren_abbreviation = deferred_pattern(r"\s?\(\s?(?P<abbr>[^\W\d_][\w.\-]{0,11})\s?\)")
        # A short form followed by a genitive and a capital names another instrument:
        # "the Charter of the United Nations", "la Carta de las Naciones Unidas".
        # Only a genitive does: "the Charter in the EU legal landscape" is the Charter.
        genitive = alternation(language.articles.get("genitive_of") or language.articles["of"])
        self._other_name = deferred_pattern(
            rf"\s+(?:{genitive})(?:\s+|(?<=[-'’]))\p{{Lu}}", anchored=True
        )
        of = alternation(language.articles["of"])
        # ... but any "of" word links a Protocol to its agreement ("Protocol No 1 to the")
        self._protocol_owner = deferred_pattern(
            rf"\s+(?:{of})(?:\s+|(?<=[-'’]))\p{{Lu}}", anchored=True
        )
        # The opening of a parenthesis right after a name, up to a repeat of that name:
        # "(a seguir, CEDH)", "(Convenção Europeia de Proteção dos Direitos do Homem – ECHR)".
        self._alias_open = deferred_pattern(r"\s?\([^()\n]{0,30}")
        # The article word after the comma of "(TUE, art. 2)": the bracket an abbreviation
        # opens for an article, where the name before it gives way (short_names).
        article = alternation(language.articles["article"])
        self._article_after = deferred_pattern(rf"[ \t]*(?:{article})(?!\w)", anchored=True)
        self._protocols = ProtocolMatcher(language)
        self._pairs = PairMatcher(language)  # "les traités UE et FUE"
        # A name carried on into another instrument's name that no key covers.
        self._other_tails = instrument_names.other_tails(language, _TREATY_WORD)
        # A short form carried on into a common noun, no instrument (lt "EB tipo
        # patvirtinimas", the EC type-approval of a vehicle): no mention at all.
        self._noun_tails = {
            code: deferred_pattern(rf"\s+{alternation(tails)}(?!\w)", anchored=True)
            for code, entry in language.instruments.items()
            if (tails := entry.get("noun_tails"))
        }
        # ... or preceded by a word that makes it another ("Fourth Geneva Convention").
        self._other_heads = instrument_names.other_heads(language, _TREATY_WORD)
        self._plurals = instrument_names.plural_forms(language)  # hu "EU-szerződések"
        self._national = instrument_names.national_short_forms(language)
        self._rules_owner = RulesOwner(language, of)
        # A national law named after the act it implements (nl "Uitvoeringswet Algemene
        # verordening gegevensbescherming"): the popular name right after a national-act
        # word is part of that law's title, and the articles cited of it are no citation.
        national = language.section("acts").get("national_acts", [])
        self._national_before = (
            deferred_pattern(rf"(?:{alternation(national)})\s+$") if national else None
        )

    def find(self, view: str) -> list[Mention]:
        mentions = [
            mention
            for m in self._phrases.matches(view)
            if (mention := self._mention(view, m)) is not None
        ]
        for protocol in self._protocols.find(view):
            if view[protocol.start - 1 : protocol.start] in QUOTES and (
                view[protocol.end : protocol.end + 1] in QUOTES
            ):
                # '(herefter kaldet "protokol nr. 2")': a defined short name
                protocol = protocol._replace(use=ATTACH_ONLY)
            mentions.append(protocol)
        # first, so that a pair's part wins over the same words read alone ("CE")
        mentions[:0] = self._pairs.find(view)
        found = self._mark_aliases(view, _with_defined_abbreviations(view, _drop_nested(mentions)))
        found = restated_names(view, defined_abbreviations_alone(view, found), self._article_after)
        found = names_defined_for_others(view, found, self._lang)
        found = self._drop_foreign_protocols(view, merge_protocol_titles(view, found))
        return instrument_names.national_meanings(view, found, self._national)

    def courts_own_text(self, view: str) -> bool:
        """Whether ``view`` is the Court's own text, whose bare Rules are the Court's."""
        return self._rules_owner.courts_own_text(view)

    def own_rule_words(self, view: str) -> bool:
        """Whether a Rule word in ``view`` is a Rule of the text's own Rules: the Court's
        own text, or the EP Rules themselves (a Rule's heading, ga "Riail 89 : …")."""
        return self._rules_owner.courts_own_text(view) or self._rules_owner.rules_own_text(view)

    def _mention(self, view: str, m: regex.Match[str]) -> Mention | None:
        """The mention a phrase match makes, or None when the phrase is part of another
        name (another instrument, an act's domain, another body's Rules)."""
        name = m.lastgroup
        assert name is not None
        code, use = self._groups[name]
        start, end = m.span()
        if (use != REFERENCE or code == _TREATY_WORD) and (
            other := self._other_instrument(view, code, start, end)
        ):
            return other
        if use == ATTACH_ONLY and (noun := self._noun_tails.get(code)) and noun.match(view, end):
            return None
        if (plural := self._plurals.get(code)) and plural.match(view, start):
            return None
        if quoted_lower(view[start:end]) or (
            use == NAMED and tail_of_defined_name(view, start, end)
        ):
            return None
        if use == CITABLE and completes_letter_article(view, code, start, self._lang):
            return None  # "art. K 3 din Tratatul privind Uniunea Europeană": no key
        if (
            use == CITABLE
            and defined_short_name(view, start, end, self._lang)
            and not _whole_rules_aside(view, code, start, end)
        ):
            # "(TFEU)" and "(hereinafter 'Charter of Fundamental Rights')" are
            # defined short names, not citations.
            use = ATTACH_ONLY
        end = self._with_abbreviation(view, use, end)
        if self._part_of_another_name(view, code, use, start, end):
            return None
        if code == RULES_CODE:
            owner = self._rules_owner.code(view, start, end)
            if owner is None:
                return None
            code = owner
        if (
            use == NAMED
            and self._national_before is not None
            and self._national_before.search(view, max(0, start - 40), start)
        ):
            code, use = OTHER_RULES, ATTACH_ONLY
        if use == NAMED:
            kind = "eu_act"
        else:
            kind = instrument_type(code) if use != REFERENCE else "reference"
        return Mention(start, end, code, use, kind)

    def _other_instrument(self, view: str, code: str, start: int, end: int) -> Mention | None:
        """The unkeyed mention of another instrument whose name holds this one: "traité
        instituant la Communauté européenne du charbon et de l'acier" (a tail), "the
        Fourth Geneva Convention" (a head); None when the name is its own."""
        tail = self._other_tails.get(code)
        head = self._other_heads.get(code)
        if tail is not None and (other := tail.match(view, end)) is not None:
            end = other.end()
        elif head is None or head.search(view, max(0, start - 24), start) is None:
            return None
        return Mention(start, end, OTHER_RULES, ATTACH_ONLY, instrument_type(OTHER_RULES))

    def _with_abbreviation(self, view: str, use: str, end: int) -> int:
        """Where a name ends with the abbreviation in brackets right after it: "Treaty on
        European Union (TEU)"."""
        if use == CITABLE and (marker := _FOOTNOTE_MARKER.match(view, end)) is not None:
            at = marker.end()  # et "lepingu *4 (ELTL)": a footnote marker before the bracket
        else:
            at = end
        if (use == CITABLE and view[at : at + 2] in (" (", "(")) or view[at : at + 1] == "(":
            tail = self._paren_abbreviation.match(view, at)
            if tail is not None and tail["abbr"].isupper():
                return tail.end()
        return end

    def _part_of_another_name(self, view: str, code: str, use: str, start: int, end: int) -> bool:
        """ "the Charter of the United Nations", "del Trattato di Amsterdam": another
        instrument, named by what follows; "2006/112/CE": the act's domain, not the EC
        Treaty."""
        if use == REFERENCE and code != _TREATY_WORD and _names_an_act(view, end):
            return True
        if (
            use in (ATTACH_ONLY, REFERENCE)
            and code not in (RULES_CODE, OTHER_RULES)
            and _matches_at(self._other_name, view, end)
            and not _NUMBER_ABBREVIATION.search(view[max(0, start - 5) : end])
        ):
            if code != _REGULATION_OR_RULES:
                return True
            # it "del regolamento del Garante": another body's regulation, unless the
            # body is the Parliament (its Rules) or an EU institution (an EU act).
            return not (self._rules_owner.parliament_after(view, end) or eu_author_at(view, end))
        # ... but a name after a slash that follows a word is the second of a pair (en "the
        # EC Treaty/Euratom Treaty", de "des EG-Vertrags/Euratom-Vertrags")
        return (
            view[start - 1 : start] == "/"
            and use != REFERENCE
            and not (use == CITABLE and view[start - 2 : start - 1].isalpha())
        )

    def _drop_foreign_protocols(self, view: str, mentions: list[Mention]) -> list[Mention]:
        """ "Protocol No 1 to the Convention": a Protocol of another agreement, which
        keys do not cover; one "to the Treaties" (or to a Treaty named) is kept."""
        out: list[Mention] = []
        before_name = self._protocols.before_name
        after_name = self._protocols.after_name
        owned_until = -1  # the agreement's own Protocol named after it ("ECHR Protocol No 1")
        for k, m in enumerate(mentions):
            if m.code.startswith(PROTOCOL_PREFIX) and m.start <= owned_until:
                continue
            if m.type == "instrument" and after_name is not None:
                owned = after_name.match(view, m.end)
                owned_until = owned.end() if owned is not None else owned_until
                if owned is not None:
                    continue
            if (
                before_name is not None
                and m.type == "instrument"
                and before_name.search(view, max(0, m.start - 60), m.start) is not None
            ):
                # The agreement named in another agreement's Protocol ("čl. 2 Protokolu
                # č. 7 k Dohovoru …"): part of the Protocol's name, which keys do not
                # cover, so neither that Protocol nor the agreement is cited.
                if out and out[-1].code.startswith(PROTOCOL_PREFIX):
                    out.pop()
                continue
            if m.code.startswith(PROTOCOL_PREFIX) and self._protocols.of_lisbon(view, m):
                out.append(m)  # "Protocol No 30 to the Treaty of Lisbon"
                continue
            if m.code.startswith(PROTOCOL_PREFIX) and (
                self._owned_by_another(view, m, out)
                or self._protocols.annexed_to_another(view, m, out)
                or self._protocols.possessed_by_another(view, m, out)
                or _annexed_to_ec_treaty(view, m, mentions[k + 1 : k + 2])
                or self._protocols.annexed_to_the_treaty(view, m, mentions[k + 1 : k + 2])
            ):
                continue
            if m.code.startswith(PROTOCOL_PREFIX) and m.use == CITABLE:
                linked = self._protocol_owner.match(view, m.end)
                nxt = mentions[k + 1] if k + 1 < len(mentions) else None
                # "to the TEU", and "to the Treaties" (a reference to the Treaties)
                treaty_next = (
                    nxt is not None
                    and (nxt.type == "treaty" or (nxt.use == REFERENCE and nxt.code == "treaty"))
                    and nxt.start - m.end <= _PROTOCOL_REACH
                )
                if linked is not None and not treaty_next:
                    continue
            out.append(m)
        return out

    def _owned_by_another(self, view: str, protocol: Mention, before: list[Mention]) -> bool:
        """Whether an agreement's noun right before the Protocol names another owner
        than a Treaty (et "EMP lepingu protokolli nr 31" is the EEA Agreement's;
        "Euroopa Liidu toimimise lepingu protokolli nr 2" is the TFEU's)."""
        pattern = self._protocols.owner_before
        if pattern is None:
            return False
        owner = pattern.search(view, max(0, protocol.start - 40), protocol.start)
        if owner is None:
            return False
        noun_end = owner.start() + len(owner.group().rstrip())
        prev = before[-1] if before else None
        return not (prev is not None and prev.type == "treaty" and prev.end == noun_end)

    def _mark_aliases(self, view: str, mentions: list[Mention]) -> list[Mention]:
        """A repeat of an instrument inside the parenthesis right after its name is a
        defined short name, not a second citation."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if (
                prev is not None
                and m.use == CITABLE
                and prev.code == m.code
                and prev.use != REFERENCE
            ):
                gap = self._alias_open.match(view, prev.end)
                # within reach only: a search to the text's end for every repeated name
                # made a long line without brackets quadratic
                close = view.find(")", m.end, m.end + _ALIAS_CLOSE_REACH + 1)
                if (
                    gap is not None
                    and gap.end() >= m.start
                    and view.find("(", prev.end, m.start) >= 0
                    and close >= 0
                    and "(" not in view[m.end : close]
                ):
                    m = m._replace(use=ATTACH_ONLY)
            out.append(m)
        return out


def _whole_rules_aside(view: str, code: str, start: int, end: int) -> bool:
    """Whether the Parliament's Rules, named whole, stand alone in a bracket: lv "formas
    prasības (Eiropas Parlamenta Reglaments)" cites the Rules (an aside naming the rule
    broken), no short name defined for a name before it."""
    return code == RULES_CODE and view[start - 1 : start] == "(" and view[end : end + 1] == ")"


# How far after a repeated name its bracket may close for it to be a short name.
_ALIAS_CLOSE_REACH = 30
# How far after "Protocol No 2" the Treaty it is annexed to may be named ("to the TEU").
_PROTOCOL_REACH = 40
# The pre-Lisbon EC Treaty's code: a Protocol annexed to it is not keyed.
_EC_TREATY = "TEC"


def _annexed_to_ec_treaty(view: str, protocol: Mention, following: list[Mention]) -> bool:
    """Whether the EC Treaty is named right after the Protocol, in its clause: "the
    Protocol on the excessive deficit procedure annexed to the Treaty establishing the
    European Community" (Regulation 479/2009's title) is a pre-Lisbon Protocol, which
    keys do not cover (contract: only the Protocols numbered since Lisbon)."""
    nxt = following[0] if following else None
    return (
        nxt is not None
        and nxt.code == _EC_TREATY
        and nxt.start - protocol.end <= _PROTOCOL_REACH
        and not any(ch in view[protocol.end : nxt.start] for ch in ".;\n")
    )


# Between a name and its own abbreviation set off inside a parenthesis: a comma or a
# dash ("fördraget om Europeiska unionens funktionssätt, EUF-fördraget)", es "Tratado
# de funcionamiento de la Unión Europea –TFUE–)"); after it, what closes the aside.
_ABBREVIATION_GAP = lazy_pattern(r"[ \t]*(?:,|[–—-])[ \t]*")
_ASIDE_CLOSE = lazy_pattern(r"[ \t]*(?:\)|[–—-](?!\w))")


def _with_defined_abbreviations(view: str, mentions: list[Mention]) -> list[Mention]:
    """A name followed by its own abbreviation set off as an aside is one mention, like
    "Treaty on European Union (TEU)": the abbreviation defines a short name and is no
    second citation of the instrument."""

    def aside(before: Mention, m: Mention) -> bool:
        return (
            m.use == CITABLE
            and _ABBREVIATION_GAP.fullmatch(view, before.end, m.start) is not None
            and _ASIDE_CLOSE.match(view, m.end) is not None
        )

    return merge_repeats(mentions, aside)


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions: the full name "Verdrag betreffende de
    Europese Unie" over the reference "het Verdrag" that overlaps it; and a name that
    ends where a reference word ends, or after it, over that word (en "the Protocol
    relating to Article 6(2)", pt "Protocolo relativo ao n.º 2 do artigo 6.º": the
    Protocol its title names, on the word that "the Protocol" also covers; mt
    "it-Trattat FUE": the name inside the reference "it-Trattat")."""
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, m.start - m.end, m.use == REFERENCE)):
        if chosen and mention.start < chosen[-1].end:
            last = chosen[-1]
            if mention.end - mention.start > last.end - last.start or (
                last.use == REFERENCE and mention.use != REFERENCE and mention.end >= last.end
            ):
                chosen[-1] = mention
            continue
        chosen.append(mention)
    return chosen


@functools.cache
def matcher(code: str) -> MentionMatcher:
    return MentionMatcher(load(code))


def _matches_at(pattern: regex.Pattern[str], view: str, pos: int) -> bool:
    """Whether ``pattern.match(view, pos)`` finds a match, searched within reach first
    (see _MATCH_REACH): None there means none in the whole text either."""
    m = pattern.match(view, pos, pos + _MATCH_REACH, partial=True)
    if m is None or not m.partial:
        return m is not None
    return pattern.match(view, pos) is not None


def _names_an_act(view: str, end: int) -> bool:
    """Whether an abbreviation in capitals that is no act domain follows ``end``."""
    named = _NAMING_ABBREVIATION.match(view, end)
    return named is not None and named["abbr"] not in _act_domains()


@functools.cache
def _act_domains() -> frozenset[str]:
    """The abbreviations that stand in act numbers (data/act_domains.toml)."""
    data = table("act_domains.toml")
    eras = [d for era in data["eras"] for d in era["domains"]]
    return frozenset([*data["union"], *data["cfsp"], *data["jha"], *eras])

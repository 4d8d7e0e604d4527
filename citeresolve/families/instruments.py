"""Mentions of instruments: treaties, the Charter, the EP Rules of Procedure, the
registered international instruments, and words that point back to one
("the Treaty", "that Regulation").

A mention becomes a whole-instrument citation (``TEU``, ``UDHR``) unless an
article reference consumes it as its instrument; see :mod:`citeresolve.attach`.
"""

from __future__ import annotations

import functools

import attrs
import regex
from attrs import frozen

from ..knowledge.lang import Language, alternation, load
from ..limits import CALL_TIMEOUT
from ..model.keys import RULES_CODE, TREATY_CODES
from ..text.scan import Trigger

# How a mention may be used.
CITABLE = "citable"  # a full name or a free-standing abbreviation: cited on its own
ATTACH_ONLY = "attach"  # completes an article reference only ("the Charter", "EC")
REFERENCE = "reference"  # points back to an earlier mention of a kind ("the Treaty")
_QUOTES = frozenset("'\"“”„«»‹›‚")
# An opening quote, perhaps with an article inside it: «ο Χάρτης …», «la Carta».
# "(hereinafter – ES sutartis)", "(a továbbiakban: EUSZ)": a name that closes a
# parenthesis after a dash or colon is the definition of a short name.
_DEFINED_AFTER = regex.compile(r"\([^()\n]{1,30}(?:\s[–—-]|:)\s?$")
_QUOTED_ARTICLE = regex.compile(
    r"(?:^|[\s(])[" + regex.escape("".join(_QUOTES)) + r"]\s?\p{Ll}{1,3}\s$"  # not "FN’s "
)


@frozen
class Mention:
    start: int
    end: int
    code: str  # TEU, EP-RULES, UDHR; "CELEX:..." for acts; the kind for references
    use: str
    type: str  # citation type of what it names: treaty, rules, instrument, eu_act
    group: int | None = None  # acts cited as one list share a group


def instrument_type(code: str) -> str:
    if code in TREATY_CODES:
        return "treaty"
    if code == RULES_CODE:
        return "rules"
    return "instrument"


class MentionMatcher:
    """Finds the mentions of one language in a view."""

    def __init__(self, language: Language) -> None:
        self._groups: dict[str, tuple[str, str]] = {}
        names: list[tuple[int, str]] = []
        references: list[tuple[int, str]] = []  # kept apart only for readability

        def add(into: list[tuple[int, str]], phrases: list[str], code: str, use: str) -> None:
            if not phrases:
                return
            name = f"g{len(self._groups)}"
            self._groups[name] = (code, use)
            longest = max(len(p) for p in phrases)
            into.append((longest, f"(?P<{name}>{alternation(phrases)})"))

        for code, entry in language.instruments.items():
            add(names, entry["names"], code, CITABLE)
            add(names, entry["abbreviations"], code, CITABLE)
            add(names, entry["attach_only"], code, ATTACH_ONLY)
        add(names, language.section("rules")["names"], RULES_CODE, ATTACH_ONLY)
        for kind, phrases in language.section("references").items():
            add(references, phrases, kind, REFERENCE)
        # Longer phrases first, so that "Treaty establishing the European Community"
        # wins over "EC".  The pattern runs anchored at every trigger position, so
        # inside "het Verdrag betreffende de Europese Unie" both the reference "het
        # Verdrag" and the name are seen, and _drop_nested keeps the longer name.
        groups = sorted(names + references, key=lambda item: -item[0])
        self._pattern = regex.compile("|".join(p for _, p in groups))
        phrases = [p for entry in language.instruments.values() for f in entry.values() for p in f]
        phrases += language.section("rules")["names"]
        phrases += [p for ps in language.section("references").values() for p in ps]
        self._trigger = Trigger(phrases)
        self._paren_abbreviation = regex.compile(r"\s?\(\s?(?P<abbr>[^\W\d_][\w.\-]{0,11})\s?\)")
        # A short form followed by a genitive and a capital names another instrument:
        # "the Charter of the United Nations", "la Carta de las Naciones Unidas".
        of = alternation(language.articles["of"])
        self._other_name = regex.compile(rf"\s+(?:{of})(?:\s+|(?<=[-'’]))\p{{Lu}}")
        # The opening of a parenthesis right after a name, up to a repeat of that name:
        # "(a seguir, CEDH)", "(Convenção Europeia de Proteção dos Direitos do Homem – ECHR)".
        self._alias_open = regex.compile(r"\s?\([^()\n]{0,30}")
        # Genitive first: another body right before the Rules name owns them
        # (lv "Vispārējās tiesas Reglamenta 44. pants": the General Court's Rules).
        owners = language.section("rules").get("other_owners", [])
        self._other_owner = regex.compile(rf"(?:{alternation(owners)})\s+$") if owners else None

    def find(self, view: str) -> list[Mention]:
        mentions: list[Mention] = []
        matches = (
            m
            for pos in self._trigger.positions(view)
            if (m := self._pattern.match(view, pos, timeout=CALL_TIMEOUT)) is not None
        )
        for m in matches:
            name = m.lastgroup
            assert name is not None
            code, use = self._groups[name]
            start, end = m.span()
            if use == CITABLE and (
                (view[start - 1 : start] == "(" and view[end : end + 1] == ")")
                or view[start - 1 : start] in _QUOTES
                or _QUOTED_ARTICLE.search(view, max(0, start - 7), start, timeout=CALL_TIMEOUT)
                is not None
                or (
                    view[end : end + 1] == ")"
                    and _DEFINED_AFTER.search(view, max(0, start - 40), start, timeout=CALL_TIMEOUT)
                    is not None
                )
            ):
                # "(TFEU)" and "(hereinafter 'Charter of Fundamental Rights')" are
                # defined short names, not citations.
                use = ATTACH_ONLY
            if (use == CITABLE and view[end : end + 2] in (" (", "(")) or view[
                end : end + 1
            ] == "(":
                tail = self._paren_abbreviation.match(view, end, timeout=CALL_TIMEOUT)
                if tail is not None and tail["abbr"].isupper():
                    end = tail.end()
            if (
                use == ATTACH_ONLY
                and code != RULES_CODE
                and self._other_name.match(view, end, timeout=CALL_TIMEOUT)
            ):
                continue
            if (
                code == RULES_CODE
                and self._other_owner is not None
                and self._other_owner.search(view, max(0, start - 60), start, timeout=CALL_TIMEOUT)
            ):
                continue
            kind = instrument_type(code) if use != REFERENCE else "reference"
            mentions.append(Mention(start, end, code, use, kind))
        return self._mark_aliases(view, _drop_nested(mentions))

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
                gap = self._alias_open.match(view, prev.end, timeout=CALL_TIMEOUT)
                close = view.find(")", m.end)
                if (
                    gap is not None
                    and gap.end() >= m.start
                    and view.find("(", prev.end, m.start) >= 0
                    and 0 <= close - m.end <= 30
                    and "(" not in view[m.end : close]
                ):
                    m = attrs.evolve(m, use=ATTACH_ONLY)
            out.append(m)
        return out


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions: the full name "Verdrag betreffende de
    Europese Unie" over the reference "het Verdrag" that overlaps it."""
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, m.start - m.end)):
        if chosen and mention.start < chosen[-1].end:
            if mention.end - mention.start > chosen[-1].end - chosen[-1].start:
                chosen[-1] = mention
            continue
        chosen.append(mention)
    return chosen


@functools.cache
def matcher(code: str) -> MentionMatcher:
    return MentionMatcher(load(code))

"""Whose Rules of Procedure a bare Rules name is (contract, "Whose Rules of
Procedure"): the European Parliament's (``EP-RULES``), or another body's, named after
or before the Rules, speaking of its own, or a court whose judgment, order or
Advocate General's opinion cites its own Rules by the bare name."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import regex

from ..knowledge.lang import Language, alternation
from ..knowledge.lazy_patterns import deferred_pattern
from ..model.keys import RULES_CODE
from ..text.phrase_groups import PhraseScan
from .mentions import OTHER_RULES

# How far before a Rules name another body may be named as the subject of its sentence,
# and the heading of that body's cover block ("Plenary Assembly decision", a date, "Legal
# basis") may stand.
_AUTHOR_REACH = 200
_HEADING_REACH = 100
# The longest tail of an act's co-authors after the Parliament's name ("e del Consiglio").
_CO_AUTHOR_REACH = 40


def _own_text_phrases(rules: Mapping[str, Any]) -> tuple[str, ...]:
    """The phrases of a text that cites its own Rules by the bare name where it never
    names the Parliament: a judgment of the Court, or another institution's act by its
    enacting formula, matched as written ("THE EUROPEAN COUNCIL,": "Article 7 of its
    Rules of Procedure" are the European Council's)."""
    formulas = [f"={f}" for f in rules.get("author_formulas", [])]
    return (*rules.get("court_texts", []), *formulas)


class RulesOwner:
    """Whose Rules of Procedure a Rules name is: the EP's, or another body's named
    after or before it."""

    # The last text asked whether it is the Rules themselves, and the answer.
    _rules_view: tuple[str, bool] = ("", False)

    def __init__(self, language: Language, of: str) -> None:
        # "the Rules of Procedure of the European Systemic Risk Board": a body named
        # after the Rules owns them, unless it is the Parliament.
        # Where the owner follows in the genitive with no preposition (pl "art. 151
        # regulaminu Sejmu": a national parliament's Rules), the link word is optional.
        rules = language.section("rules")
        parliament = rules.get("parliament", [])
        # The owner stands on the same line: a heading's Rules ("v souladu s čl. 123
        # odst. 2 jednacího řádu") are followed by the next line's names.
        link = rf"\s+(?:{of})(?:\s+|(?<=[-'’]))"
        if rules.get("genitive_owner", False):
            link = rf"(?:{link}|[^\S\n]+)"
        self._parliament_after = (
            deferred_pattern(rf"{link}(?:{alternation(parliament)})") if parliament else None
        )
        self._owner_after = deferred_pattern(rf"{link}\p{{Lu}}")
        # Genitive first: another body right before the Rules name owns them
        # (lv "Vispārējās tiesas Reglamenta 44. pants": the General Court's Rules).
        owners = rules.get("other_owners", [])
        self._other_owner = deferred_pattern(rf"(?:{alternation(owners)})\s+$") if owners else None
        # Another body speaking of its own Rules: its name as the subject earlier on the
        # same line (fi "Euroopan talous- ja sosiaalikomitea päätti … työjärjestyksensä
        # 29 artiklan"), or the heading of its opinion's cover block a few lines up (da
        # "Plenarforsamlingens beslutning … Retsgrundlag … Forretningsordenens artikel").
        authors = rules.get("other_authors", [])
        self._other_author = (
            deferred_pattern(rf"(?:{alternation(authors)})[^\n;]*$") if authors else None
        )
        headings = rules.get("other_author_headings", [])
        self._author_heading = deferred_pattern(alternation(headings)) if headings else None
        # A judgment or order of the Court that never names the Parliament cites its own
        # Rules of Procedure by the bare name (sl "Člen 104(3), drugi pododstavek,
        # Poslovnika" in an order's keyword line): searched once per text, only where a
        # phrase's first word starts (PhraseScan: the engine tried the alternation at
        # every position, some 75 ms per MB), and built on the first text that asks.
        self._court_phrases: tuple[str, ...] = _own_text_phrases(rules)
        self._parliament = deferred_pattern(alternation(parliament)) if parliament else None
        # The Parliament named only as an act's co-author ("Directive 2003/88/EC of the
        # European Parliament and of the Council" in a court order's keywords) does not
        # make the text the Parliament's: the [acts] authors that name it.
        # Genitive-first languages name the authors before the act word (hu "az Európai
        # Parlament és a Tanács 2003/88/EK irányelve"): rules.co_authors.
        co_authors = [
            a
            for a in language.section("acts").get("authors", [])
            if self._parliament is not None and self._parliament.search(a)
        ] + rules.get("co_authors", [])
        self._co_author = deferred_pattern(alternation(co_authors)) if co_authors else None
        self._court_view: tuple[str, bool] = ("", False)
        self._rule_words: tuple[str, ...] = tuple(rules["words"])  # see _rule_heading

    def parliament_after(self, view: str, end: int) -> bool:
        """Whether the Parliament is named as the owner right after ``end``."""
        return self._parliament_after is not None and bool(self._parliament_after.match(view, end))

    def code(self, view: str, start: int, end: int) -> str | None:
        """RULES_CODE for the EP's Rules, OTHER_RULES for another body's named after
        them, None when another body's name stands right before them (no mention) or
        when the name runs on into an act's co-authors (see _act_title)."""
        if self._act_title(view, start, end):
            return None
        if (
            self._parliament_after is not None
            and self._owner_after.match(view, end)
            and not self._parliament_after.match(view, end)
        ):
            return OTHER_RULES
        if self._other_owner is not None and self._other_owner.search(
            view, max(0, start - 60), start
        ):
            return None
        if self._other_author is not None and self._other_author.search(
            view, max(0, start - _AUTHOR_REACH), start
        ):
            return OTHER_RULES
        if self._author_heading is not None and self._author_heading.search(
            view, max(0, start - _HEADING_REACH), start
        ):
            return OTHER_RULES
        return None if self.courts_own_text(view) else RULES_CODE

    def _act_title(self, view: str, start: int, end: int) -> bool:
        """Whether the Rules name is the head of an act's title whose authors run on past
        it: it "regolamento del Parlamento europeo e del Consiglio", el "Κανονισμού του
        Ευρωπαϊκού Κοινοβουλίου και του Συμβουλίου" (a regulation of the Parliament and
        the Council, where the Rules word is also the regulation word), not the Rules."""
        if self._co_author is None:
            return False
        return any(
            m.start() < end < m.end()
            for m in self._co_author.finditer(view, start, end + _CO_AUTHOR_REACH)
        )

    def courts_own_text(self, view: str) -> bool:
        """Whether ``view`` is a judgment or order of the Court (``court_texts``) that
        never names the Parliament: its bare Rules are the Court's, no EP-RULES."""
        if not self._court_phrases:
            return False
        seen, own = self._court_view
        if seen is not view:
            own = self._court_text.search(view) is not None and not self._names_parliament(view)
            self._court_view = (view, own)
        return own

    def rules_own_text(self, view: str) -> bool:
        """Whether ``view`` is the Rules of Procedure themselves: a line opens with a Rule's
        heading ("Rule 89 : …"). Asked for each Rule chain: the text is searched once."""
        seen, own = self._rules_view
        if seen is not view:
            own = self._rule_heading is not None and self._rule_heading.search(view) is not None
            self._rules_view = (view, own)
        return own

    @functools.cached_property
    def _rule_heading(self) -> regex.Pattern[str] | None:
        """A Rule's own heading on a line ("Riail 89 : Ballstát do dhéanamh sárú …", "Rule
        89 : Breach by a Member State …"): the text is the Rules themselves, whose Rule
        words refer to their own Rules, no citation (the page of a Rule, or a chapter)."""
        if not self._rule_words:
            return None
        words = alternation(self._rule_words)
        return deferred_pattern(rf"(?m)^[ \t]*(?:{words})[ \t]+\d{{1,3}}[a-z]?[ \t]*:[ \t]")

    @functools.cached_property
    def _court_text(self) -> PhraseScan:
        return PhraseScan(self._court_phrases)

    def _names_parliament(self, view: str) -> bool:
        """Whether ``view`` names the Parliament other than as an act's co-author."""
        if self._parliament is None:
            return False
        authored = (
            [(m.start(), m.end()) for m in self._co_author.finditer(view)]
            if self._co_author is not None
            else []
        )
        return any(
            not any(s <= m.start() and m.end() <= e for s, e in authored)
            for m in self._parliament.finditer(view)
        )

"""A national act named after the EU act it implements: hr "Zakon o provedbi Opće uredbe o
zaštiti podataka", de "Gesetz zur Durchführung der Verordnung (EU) 2016/679", en "the Act
implementing the GDPR". The EU act is cited, but an article tied to the title is the
national act's. A capitalised word of the language's ``national_acts`` ([acts]) up to
three words before the act's mention marks the title: bg "законодателството на Съюза"
(Union legislation) starts with no capital and is none."""

from __future__ import annotations

import regex

from ..knowledge.lang import Language, alternation
from ..knowledge.lazy_patterns import deferred_pattern

# How far before a mention a national act's title word may start.
_REACH = 80


class NationalTitles:
    """The national act title words of one language."""

    def __init__(self, language: Language) -> None:
        words = language.section("acts").get("national_acts", [])
        title = rf"(?:{alternation(words)})(?:[ \t]+[^\W\d][\w'’-]*){{0,3}}[ \t]+$"
        self._pattern: regex.Pattern[str] | None = deferred_pattern(title) if words else None
        # The same matches read backwards (see before): the search tried the words at
        # each position of the window.
        self._any: regex.Pattern[str] | None = (
            deferred_pattern(title, regex.REVERSE) if words else None
        )
        self._word = deferred_pattern(alternation(words)) if words else None
        # ... right before a chain, in the genitive (read backwards, see right_before)
        self._right_before = (
            deferred_pattern(rf"(?<![^\W\d])(?:{alternation(words)})[ \t\u00a0]+$", regex.REVERSE)
            if words
            else None
        )
        # ... with its number or date right after it (es "Ley 2/2023", ro "Legea nr.
        # 227/2015", it "D.P.R. 26 ottobre 1972", sv "lagen (2023:200)")
        self._numbered = (
            deferred_pattern(
                rf"(?<!\w)(?:{alternation(words)})[ \t]*(?:\(|\p{{L}}{{1,3}}\.?º?)?[ \t]*\d"
            )
            if words
            else None
        )
        # a national article's superscript number may stand before it (pl "art. 385¹
        # k.c."); with a letter after it, it is a national one anyway ("art. 22¹b")
        sup = "[\u00b9\u00b2\u00b3\u2070-\u2079]"
        self._after: regex.Pattern[str] | None = (
            deferred_pattern(rf"{sup}+[^\W\d_]|{sup}*[ \t]+(?:{alternation(words)})")
            if words
            else None
        )

    def named_between(self, view: str, start: int, end: int) -> bool:
        """Whether a national act's word stands between ``start`` and ``end`` (fr "a été
        transposée par la loi du 30 juillet 2018 (articles 26 à 102)")."""
        return self._word is not None and self._word.search(view, start, end) is not None

    def right_before(self, view: str, pos: int) -> bool:
        """Whether a national act's word stands right before a chain starting at ``pos``,
        in a language that writes the owner first in the genitive (lt "muitinės
        įstatymo 109 straipsniu, … reglamentu (ES) Nr. 952/2013", lv "likuma 4. pantu,
        … Regulu (ES) 2016/679"): the chain is that act's, never the EU act after it."""
        if self._right_before is None:
            return False
        return self._right_before.search(view, max(0, pos - _REACH), pos) is not None

    def numbered_between(self, view: str, start: int, end: int) -> bool:
        """Whether a national act is named with its number between ``start`` and ``end``:
        an article chain after it is that act's (es "Directiva (UE) 2019/1937 se transpone
        por la Ley 2/2023, art. 3"), never the EU act's before it."""
        return self._numbered is not None and self._numbered.search(view, start, end) is not None

    def after(self, view: str, pos: int) -> bool:
        """Whether a national act stands right after an article chain ending at ``pos``, in
        the genitive with no "of" word and perhaps in lower case (pl "art. 86 ustawy o
        VAT", "art. 385 kodeksu cywilnego", cs "čl. 5 občanského zákoníku"): the chain is
        that act's, never the EU act named before it in the sentence."""
        return self._after is not None and self._after.match(view, pos) is not None

    def before(self, view: str, pos: int) -> bool:
        """Whether a capitalised national act's title word stands right before ``pos``
        (up to three words between): the mention at ``pos`` is part of that title."""
        if self._pattern is None or self._any is None:
            return False
        # Every match ends with a space or a tab, at the window's end or before a line
        # break that ends it ($): read backwards from there, one attempt finds one or
        # rules every one out.
        end = pos - 1 if view[pos - 1 : pos] == "\n" else pos
        if view[end - 1 : end] not in (" ", "\t") or end < 2:
            return False
        lo = max(0, pos - _REACH)
        if self._any.match(view, lo, end) is None:
            return False  # no match at all: the first one's capital is not asked
        found = self._pattern.search(view, lo, pos)
        return found is not None and found[0][:1].isupper()

"""Two instruments named as a pair that shares words: fr "les traités UE et FUE", de
"EU- und AEU-Vertrag", fi "EU- ja EUT-sopimuksen", sk "Zmluvami o EÚ a FEÚ", en "the
United Nations Covenants on Civil and Political Rights and on Economic, Social and
Cultural Rights". Neither half is a name on its own ("FUE", "EU-"), yet each names its
instrument, and each is cited.

The pairs are data: ``[instrument_pairs]`` of a language file maps two codes
("TEU+TFEU") to phrases written ``first|second``; one of the language's ``and`` words
(perhaps with a determiner after it: "az EU- és az EUM-Szerződés") stands between the
two parts in the text. Each part becomes a citable mention of its instrument on its own
span, so attach treats it like a name written in full.
"""

from __future__ import annotations

import regex

from ..knowledge.lang import Language, alternation, phrase_pattern
from ..knowledge.lazy_patterns import deferred_pattern
from ..limits import scan_timeout
from ..text.scan import Trigger, matches_from
from .mentions import CITABLE, Mention, instrument_type

# The mark between the two parts of a pair phrase in the data.
PAIR_MARK = "|"


class PairMatcher:
    """Finds the pairs of one language in a view."""

    def __init__(self, language: Language) -> None:
        pairs: dict[str, list[str]] = dict(language.data.get("instrument_pairs", {}))
        self._codes: list[tuple[str, str]] = []
        branches: list[str] = []
        firsts: list[str] = []
        joint = alternation(language.articles["and"])
        determiners = language.articles["determiners"]
        determiner = rf"(?:(?:{alternation(determiners)})\s+)?" if determiners else ""
        for codes, phrases in sorted(pairs.items()):
            first_code, second_code = codes.split("+")
            for phrase in phrases:
                first, second = phrase.split(PAIR_MARK)
                k = len(self._codes)
                self._codes.append((first_code, second_code))
                firsts.append(first)
                branches.append(
                    rf"(?P<a{k}>{phrase_pattern(first)})\s*(?:{joint})\s+{determiner}"
                    rf"(?P<b{k}>{phrase_pattern(second)})"
                )
        self._pattern = deferred_pattern("|".join(branches)) if branches else None
        # A pair starts where its first part does: the pattern is tried only where a first
        # part's first word starts (the regex engine tried every branch at every position
        # of the text, a tenth of the extractor's time), unless the trigger cannot see one.
        self._trigger = Trigger(firsts, whole_phrases=True)
        self._complete = all(self._trigger.key_of(p) is not None for p in firsts)

    def find(self, view: str) -> list[Mention]:
        """The two mentions of every pair in ``view``, in text order."""
        if self._pattern is None:
            return []
        out: list[Mention] = []
        if self._complete:
            found = matches_from(self._pattern, view, self._trigger.positions(view))
        else:
            found = self._pattern.finditer(view, timeout=scan_timeout(view))
        for m in found:
            k = _branch(m)
            for part, code in zip("ab", self._codes[k], strict=True):
                start, end = m.span(f"{part}{k}")
                out.append(Mention(start, end, code, CITABLE, instrument_type(code)))
        return out


def _branch(m: regex.Match[str]) -> int:
    """The number of the pair phrase that matched (its groups are ``a<k>``, ``b<k>``)."""
    name = m.lastgroup
    assert name is not None
    return int(name[1:])

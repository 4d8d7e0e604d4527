"""An acronym in brackets that spells the words right before it abbreviates those
words, not the act named before them: pl "… rozporządzenia (WE) nr 2533/98 Europejski
Bank Centralny (EBC) może …", en "… Regulation (EC) No 2533/98, the European Central
Bank (ECB) may …", fr "… la Banque centrale européenne (BCE) …" define the bank's
acronym; a later "EBC" is the bank, never the regulation. Words that name an act
themselves ("the Capital Requirements Regulation (CRR)", it "noto come Data Governance
Act (DGA)") still give the act its acronym."""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from ..knowledge.data import table

# How far before its bracket the words an acronym spells may start.
_REACH = 200
# Longest lower-case word skipped as a function word between the spelled words ("Court
# of Justice of the European Union (CJEU)", fr "Cour de justice").
_FUNCTION_WORD = 3


def spells_words_before(
    view: str, pos: int, acronym: str, says_instrument: Callable[[str], bool]
) -> bool:
    """Whether ``acronym``, in the bracket that opens at ``pos``, is the initials of the
    words right before the bracket on its line (function words skipped; the first with
    its capital), and those words are no act's name: no act word (``says_instrument``)
    and no last word of a popular act's title ("Act", "Code")."""
    if not acronym.isalpha():
        return False
    spelled = _words_before(view, pos, len(acronym), _is_function_word)
    if spelled is None:
        return False
    # the first spelled word has its capital: es "relativo a la gobernanza de datos
    # (RGD)" is the act's title, whose first word only happens to give the R
    if not spelled[0][0].isupper() or "".join(w[0] for w in spelled).lower() != acronym.lower():
        return False
    return not says_instrument(" ".join(spelled)) and spelled[-1] not in _title_endings()


@functools.cache
def _title_endings() -> frozenset[str]:
    """The capitalised last words of the popular acts' English titles ("Act", "Code",
    "Regulation"): a phrase that ends with one names an act."""
    acts = table("popular_names.toml").get("acts", {})
    lasts = (entry.get("title", "").split()[-1:] for entry in acts.values())
    return frozenset(w[0] for w in lasts if w and w[0].isalpha() and w[0][:1].isupper())


def spells_national_act(
    definition: regex.Match[str], name: str, national: regex.Pattern[str] | None
) -> bool:
    """Whether ``name``, defined in the bracket ``definition`` opens, is an acronym of
    the words right before it that open with a national act's word, in lower case too
    (pl "w ustawie o publicznym transporcie zbiorowym (dalej UPTZ)", it "la legge sul
    procedimento amministrativo (di seguito LPA)"): the national act's name, never the EU
    act named before (a later "art. 19 UPTZ" is that law's article)."""
    if national is None or not name.isalpha() or not name.isupper():
        return False
    # a function word is skipped, but fr "loi" is the national act's word
    spelled = _words_before(
        definition.string,
        definition.start(),
        len(name),
        lambda word: _is_function_word(word) and not national.fullmatch(word),
    )
    if spelled is None or "".join(w[0] for w in spelled).lower() != name.lower():
        return False
    return national.fullmatch(spelled[0]) is not None


def _is_function_word(word: str) -> bool:
    return word.islower() and len(word) <= _FUNCTION_WORD


def _words_before(
    view: str, pos: int, count: int, skipped: Callable[[str], bool]
) -> list[str] | None:
    """The ``count`` words right before ``pos`` on its line, in text order, leaving out
    the ``skipped`` ones; None when a word on the way is not all letters or the line has
    too few."""
    line_start = view.rfind("\n", 0, pos) + 1
    spelled: list[str] = []
    for word in reversed(view[max(line_start, pos - _REACH) : pos].split()):
        if len(spelled) == count:
            break
        if not word.isalpha():
            return None
        if not skipped(word):
            spelled.append(word)
    if len(spelled) != count:
        return None
    spelled.reverse()
    return spelled

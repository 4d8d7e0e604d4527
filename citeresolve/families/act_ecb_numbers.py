"""Before 2015 the title of a European Central Bank act gives the Bank's own number
right before the Official Journal number: "(ECB/2014/25) (2014/340/EU)", de
"(EZB/2012/27) (2013/47/EU)", cs "(ECB/2001/3) (2001/401/ES)". EUR-Lex numbers such
an act after the ECB number (32014O0025, 32012O0027, 32001O0003), so the act read
from the OJ number, and every other citation of it in the text, takes the CELEX number
of its year and serial in the ECB's numbering with its own descriptor (O guideline,
D decision). The abbreviations of the Bank's name are in ``data/ecb_numbers.toml``."""

from __future__ import annotations

import functools
import re

import attrs

from ..knowledge.data import table
from ..model.citation import Candidate

# An act of the institutions keyed as an ECB act may be: sector 3, guideline or decision.
_ECB_KIND = re.compile(r"3\d{4}[OD]\d{4}\Z")
_SUFFIX = re.compile(r"\(\d\d\)")


@functools.cache
def _ecb_number() -> re.Pattern[str]:
    """ "(ECB/2014/25)" followed by the whitespace before the act's bracket."""
    names = "|".join(re.escape(a) for a in table("ecb_numbers.toml")["abbreviations"])
    return re.compile(rf"\((?:{names})/(?P<year>\d{{4}})/(?P<serial>\d{{1,4}})\)\s*\(\Z")


def ecb_number_before(view: str, start: int) -> int | None:
    """Where the bracketed ECB number right before the act number at ``start`` (after
    its own opening bracket) opens, if one stands there: "(ECB/2001/3) (2001/401/EC)"."""
    found = _ecb_number().search(view, max(0, start - 40), start)
    return None if found is None else found.start()


def in_ecb_numbering(view: str, acts: list[Candidate], bare: list[Candidate]) -> list[Candidate]:
    """``acts`` with each act whose OJ number follows an ECB number keyed by the latter;
    the ``bare`` CELEX numbers are kept as written."""
    kept, renumbered = {id(b) for b in bare}, {}
    for act in acts:
        celex = act.parts.celex or ""
        if id(act) in kept or not _ECB_KIND.match(celex):
            continue
        before = _ecb_number().search(view, max(0, act.start - 40), act.start)
        if before is not None:
            year, serial = before["year"], int(before["serial"])
            renumbered[celex] = f"3{year}{celex[5]}{serial:04d}"
    if not renumbered:
        return acts
    # EUR-Lex tells two acts of one number apart by a suffix, "32010D0017(01)": the
    # page's own CELEX number, given bare, says which the ECB number means.
    suffixed = {(b.parts.celex or "")[:10]: b.parts.celex for b in bare}
    for old, new in renumbered.items():
        own = suffixed.get(new)
        if own and _SUFFIX.fullmatch(own, 10):
            renumbered[old] = own
    return [
        attrs.evolve(a, parts=attrs.evolve(a.parts, celex=renumbered[c]))
        if (c := a.parts.celex) in renumbered and id(a) not in kept
        else a
        for a in acts
    ]

"""The legal basis as the Legislative Observatory (OEIL) prints it: an instrument's
label, its code, and the article zero-padded to three digits, with a paragraph and a
point after "-p" ("Rules of Procedure EP 170", "Treaty on the Functioning of the EU
TFEU 091", "TFEU 043-p2", "TFEU 218-p6a").

Each such reference is one citation of the article (`EP-RULES:170`, `TFEU:91`,
`TFEU:43(2)`, `TFEU:218(6)(a)`): the label and the code before the number are the
instrument it belongs to, never citations of their own. Only a treaty whose mention
ends with its abbreviation, and the Rules followed by OEIL's code for the Parliament
(``data/identifiers.toml``, ``[oeil] rules_codes``), are read this way: a three-digit
number written right after them is an article nowhere else either.
"""

from __future__ import annotations

import functools

from ..families.mentions import Mention, instrument_type
from ..knowledge.data import table
from ..knowledge.lazy_patterns import lazy_pattern
from ..model.citation import Candidate
from ..model.keys import RULES_CODE, KeyParts, Pin

# The code and the number after the mention: "EP 170", " 091", " 043-p2", " 218-p6a",
# ending the item: the line, a table cell, a separator or the next label ("Treaty …")
# follows. A bracket, a dot, a word in lower case or in capitals after it continue a
# sentence in the languages that write the abbreviation first (fi "SEUT 107 (3)
# mukaiset", "EY 226 ARTIKLAN", hu "EUMSZ 287. cikk", lt "SESV 267 STR.").
_CODED = lazy_pattern(
    r"[ \t]+(?:(?P<owner>\p{Lu}{2,4})[ \t]+)?(?P<article>\d{1,3})"
    r"(?:-p(?P<paragraph>\d{1,2})(?P<point>[a-z])?)?"
    r"(?=[ \t]*(?:$|[\n|;,])|[ \t]+\p{Lu}\p{Ll})"
)


@functools.cache
def _rules_codes() -> frozenset[str]:
    return frozenset(table("identifiers.toml")["oeil"]["rules_codes"])


def coded_articles(view: str, mentions: list[Mention]) -> tuple[list[Candidate], list[Mention]]:
    """The coded legal-basis citations of ``view`` and the mentions left for attach:
    those a citation took (its instrument's label and code) are gone."""
    found: list[Candidate] = []
    kept: list[Mention] = []
    for m in mentions:
        candidate = _coded(view, m)
        if candidate is None:
            kept.append(m)
            continue
        # "Treaty on the Functioning of the EU TFEU 091": the name before the code too.
        if kept and kept[-1].code == m.code and view[kept[-1].end : m.start] == " ":
            kept.pop()
        found.append(candidate)
    return found, kept


def _coded(view: str, m: Mention) -> Candidate | None:
    """The citation a mention's code and number make, or None."""
    if m.type not in ("treaty", "rules"):
        return None
    n = _CODED.match(view, m.end)
    if n is None or int(n["article"]) == 0:
        return None
    owner = n["owner"]
    # Only the Rules' code vouches for a number not padded to three digits ("Rules of
    # Procedure EP 58" in a cell of an OEIL procedure file).
    if len(n["article"]) < 3 and (m.code != RULES_CODE or owner is None):
        return None
    if m.code == RULES_CODE:
        if owner not in _rules_codes():
            return None
    elif owner is not None or not _ends_with_abbreviation(view[m.start : m.end]):
        return None
    pin = Pin(
        str(int(n["article"])),
        paragraph=n["paragraph"],
        points=(n["point"],) if n["point"] else (),
    )
    parts = KeyParts(type=instrument_type(m.code), instrument=m.code, pin=pin)
    return Candidate(parts, m.start, n.end())


def _ends_with_abbreviation(surface: str) -> bool:
    """ "TFEU", "Treaty on the Functioning of the EU TFEU": the last word has two
    capitals or more (a name alone, "Treaty on European Union 091", is not OEIL's)."""
    words = surface.split()
    return bool(words) and sum(ch.isupper() for ch in words[-1]) >= 2

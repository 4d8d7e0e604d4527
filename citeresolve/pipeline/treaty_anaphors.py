"""What "the Treaty" stands for: the Treaty named last, read with the era of the act in
whose title it stands (an act adopted before the Treaty of Lisbon names the EC Treaty,
one adopted under it the TFEU)."""

from __future__ import annotations

import bisect

from ..families.mentions import Mention
from ..knowledge.lazy_patterns import lazy_pattern
from .mention_index import SENTENCE_END

# A line break that ends no line of its own: a lower-case word on both sides, as a text
# laid out in lines wraps a title (da "retsakter, der er omfattet af\nproceduren i
# traktatens artikel 251"); a heading or list item ends before a capital, a digit or a mark.
_WRAPPED_BREAK = lazy_pattern(r"(?<=\p{Ll})[ \t]*\n[ \t]*(?=\p{Ll})")

# How far into an act's title "the Treaty" may stand ("Regulation (EC) No 1/2003 of 16
# December 2002 on the implementation of the rules on competition laid down in Articles
# 81 and 82 of the Treaty").
TITLE_REACH = 250
# How far into a Lisbon act's title "the Treaty" may stand to be read as the TFEU: its
# opening clause ("Regulation (EU) No 651/2014 of 17 June 2014 declaring certain
# categories of aid compatible with the internal market in application of Articles 107
# and 108 of the Treaty"), not a clause after it that may name another Treaty ("… iz
# članka 5. Ugovora o pristupanju Republike Hrvatske", the Act of Accession).
_LISBON_TITLE_REACH = 160
# The first year of acts adopted under the Treaty of Lisbon, and the Treaty it created.
_LISBON_YEAR = 2010
_LISBON_TREATIES = frozenset({"TFEU"})
# What "the Treaty" in a Lisbon act's title is not: no Treaty named, or the EC Treaty.
_PRE_LISBON = frozenset({None, "TEC"})


class NamedTreaties:
    """The Treaties a document names up to where :func:`resolve_references` reads. A
    Treaty named in the title of an act adopted before the Treaty of Lisbon, after a
    Lisbon Treaty was named ("having regard to the Treaty on the Functioning of the
    European Union … Regulation (EC) No 994/98 … on the application of Articles 92 and 93
    of the Treaty establishing the European Community"), is that title's: "the Treaty"
    outside the title is still the Lisbon one."""

    def __init__(self, view: str, mentions: list[Mention] | None = None) -> None:
        self._view = view
        self._acts = [m for m in mentions or [] if m.type == "eu_act" and m.use != "reference"]
        self._starts = [m.start for m in self._acts]
        self.last: str | None = None  # the Treaty named last
        self._own: str | None = None  # the one named last outside such a title
        self._title_act: Mention | None = None  # the act in whose title ``last`` stands

    def name(self, treaty: Mention, act: Mention | None) -> None:
        """Read the name of a Treaty; ``act`` is the act mention read last."""
        if self._own in _LISBON_TREATIES and _in_pre_lisbon_title(self._view, act, treaty):
            self._title_act = act
        else:
            self._own, self._title_act = treaty.code, None
        self.last = treaty.code

    def referred(self, act: Mention | None, reference: Mention) -> str | None:
        """The Treaty the reference word ``reference`` ("the Treaty") stands for."""
        last = self.last
        if self._title_act is not None and not (
            act is self._title_act and _in_pre_lisbon_title(self._view, act, reference)
        ):
            last = self._own
        found = _treaty_referred(self._view, last, act, reference)
        lisbon = found in _PRE_LISBON and self._before_lisbon_number(reference)
        return "TFEU" if lisbon and not _in_pre_lisbon_title(self._view, act, reference) else found

    def _before_lisbon_number(self, reference: Mention) -> bool:
        """Whether ``reference`` stands in a title written before the number of an act
        adopted under the Treaty of Lisbon, in the languages that name an act after its
        title (fi "perussopimuksen 107 ja 108 artiklan mukaisesti annetun asetuksen (EU)
        N:o 651/2014"): in its sentence and line, with no act between."""
        k = bisect.bisect_left(self._starts, reference.end)
        if k == len(self._acts):
            return False
        act = self._acts[k]
        if act.start - reference.end > _LISBON_TITLE_REACH:
            return False
        between = self._view[reference.end : act.start]
        if "\n" in between or SENTENCE_END.search(self._view, reference.end, act.start):
            return False
        year = act.code[7:11]
        return (
            act.code.startswith("CELEX:3")
            and year.isdigit()
            and int(year) >= _LISBON_YEAR
            and "euratom" not in self._view[act.start : act.end].lower()
        )


def _treaty_referred(
    view: str, last_treaty: str | None, act: Mention | None, reference: Mention
) -> str | None:
    """The Treaty "the Treaty" stands for: the one named last; in the title of an act
    adopted before the Treaty of Lisbon, never a Lisbon one ("Regulation No 19/65/EEC
    of the Council of 2 March 1965 on the application of Article 85(3) of the Treaty"
    after a visa naming the TFEU: that Treaty is the EEC Treaty, which the text does not
    name, so no citation). The act's own date before the reference tells its title from
    a sentence the act is the subject of ("Regulation No 19/65/EEC empowers the
    Commission to apply Article 101(3) of the Treaty")."""
    if not _in_pre_lisbon_title(view, act, reference):
        if last_treaty in _PRE_LISBON and _in_lisbon_title(view, act, reference):
            return "TFEU"
        return last_treaty
    if last_treaty is None:
        return "TEC"
    if last_treaty in _LISBON_TREATIES and act is not None:
        # the act's date may fall in the year before its number's ("Regulation (EC) No
        # 1/2003 of 16 December 2002 on … Articles 81 and 82 of the Treaty")
        year = int(act.code[7:11])
        title = view[act.end : reference.start]
        return None if str(year) in title or str(year - 1) in title else last_treaty
    return last_treaty


def _in_pre_lisbon_title(view: str, act: Mention | None, reference: Mention) -> bool:
    """Whether ``reference`` stands in the title of an act adopted before the Treaty of
    Lisbon, right after its number: with no Treaty named before, "the Treaty" there is
    the EC Treaty (the EEC Treaty before 1993, same code)."""
    year = _title_year(view, act, reference, TITLE_REACH)
    return year is not None and year < _LISBON_YEAR


def _in_lisbon_title(view: str, act: Mention | None, reference: Mention) -> bool:
    """Whether ``reference`` stands in the title of an act adopted under the Treaty of
    Lisbon (not a Euratom one), right after its number: "the Treaty" there is the TFEU
    ("Regulation (EU) No 651/2014 … in application of Articles 107 and 108 of the
    Treaty"), whatever older Treaty the text named before (or none)."""
    year = _title_year(view, act, reference, _LISBON_TITLE_REACH)
    if act is None or year is None or year < _LISBON_YEAR:
        return False
    return "euratom" not in view[act.start : act.end].lower()


def _title_year(view: str, act: Mention | None, reference: Mention, reach: int) -> int | None:
    """The year of the act ``act`` when ``reference`` stands in its title, right after
    its number: at most ``reach`` characters after it, in its sentence and line."""
    if act is None or not act.code.startswith("CELEX:3") or not act.code[7:11].isdigit():
        return None
    if reference.start - act.end > reach:
        return None
    if SENTENCE_END.search(view, act.end, reference.start) or "\n" in _WRAPPED_BREAK.sub(
        " ", view[act.end : reference.start]
    ):
        return None
    return int(act.code[7:11])

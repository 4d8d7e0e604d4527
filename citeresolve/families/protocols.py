"""Numbered Protocols to the Treaties: "Protocol No 2", "protocole n° 2", "Protokoll
Nr. 2", hu "2. jegyzőkönyv", each a mention of ``PROTOCOL-n``, and a Protocol's
title that names it again."""

from __future__ import annotations

from typing import Any

import regex

from ..knowledge.lang import Language, alternation
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..model.keys import PROTOCOL_PREFIX
from ..text.scan import Trigger
from .mentions import CITABLE, REFERENCE, Mention, merge_repeats

# A date in figures right after the number, perhaps after a word or two ("of", bg "от",
# pl "z dnia", mt "tat-"): the minutes of a meeting held that day (bg "протокол № 12 от
# 15.03.2021 г.", cs "protokolu č. 3 ze dne 12. 3. 2020"); a Protocol to the Treaties
# has no date of its own. So is an item of the minutes numbered in levels right after
# the number (lv "protokols nr. 17, 1.2. punkts").
_DATED = lazy_pattern(
    r"[ \t]*,?[ \t]*(?:[^\W\d]{1,6}[.-]?[ \t]*){0,2}(?<![^\W\d])"
    r"\d{1,2}[./][ \t]?\d{1,2}[./][ \t]?(?:19|20)\d\d(?!\d)"
    r"|,[ \t]*\d{1,3}\.\d{1,3}\.(?!\d)"
)

# What ends the clause a possessive points back into: a blank line, a sentence, a
# semicolon or a visa's comma at the end of its line.
_CLAUSE_ENDS = ("\n\n", ". ", ";", ",\n")


def _to_the_treaty(words: list[str]) -> regex.Pattern[str] | None:
    """ "Protocol (No 5) to the Treaty" (searched after the Protocol): annexed to the one
    Treaty of its time, the EC Treaty, so numbered before Lisbon; since Lisbon a Protocol
    is annexed to the Treaties, or to a Treaty named in full."""
    return deferred_pattern(rf"[ \t]*(?:{alternation(words)})(?!\w)") if words else None


def _accession(words: list[str]) -> regex.Pattern[str] | None:
    """ "protocole n° 10 de l'acte d'adhésion de 2003", it "Protocollo n. 10 su Cipro"
    (searched after the Protocol): a Protocol of an Act of Accession, its name or its
    subject a few words on, which keys do not cover."""
    return (
        deferred_pattern(rf"\s+(?:[^\W\d]+[\s'’]+){{0,3}}?(?:{alternation(words)})")
        if words
        else None
    )


def _word_before(words: list[str]) -> regex.Pattern[str] | None:
    """One of ``words`` right before a position (searched up to it), or None."""
    return deferred_pattern(rf"(?<!\w)(?:{alternation(words)})[ \t]+$") if words else None


def _agreement_protocol(
    words: list[str], marks: str, joins: str
) -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """A Protocol word before the name of another agreement (searched up to the name):
    sk "Protokolu č. 7 k Dohovoru …", "Dodatkového protokolu k Dohovoru", "Protocol No 1
    to the ECHR", a word or two qualifying the Protocol before its number (fr "protocole
    additionnel n° 1 à la CEDH", it "Prot. add. n. 1 CEDU"); and one right after the
    agreement's name (matched at its end), genitive first: lt "Europos žmogaus teisių
    konvencijos Protokolo Nr. 1", hu "az EJEE-hez csatolt első kiegészítő jegyzőkönyv",
    en "the ECHR Protocol No 1" (no "and" word between them)."""
    if not words:
        return None, None
    before = deferred_pattern(
        rf"(?:{alternation(words)})(?:[ \t]+[^\W\d]{{1,14}}\.?){{0,2}}?"
        rf"(?:[ \t]*(?:\([^()\n]{{0,12}}\)|(?:{marks})[ \t]*\d{{1,2}}))?"
        rf"[ \t]+(?:[^\W\d]{{1,6}}[ \t]+){{0,2}}$"
    )
    after = deferred_pattern(
        rf"(?:-[^\W\d]{{1,5}})?(?:[ \t]+(?!(?:{joins})[ \t])[^\W\d]{{1,12}}){{0,3}}?"
        rf"[ \t]+(?:{alternation(words)})"
    )
    return before, after


def _bare_patterns(
    table: dict[str, Any], words: list[str], number: str
) -> tuple[regex.Pattern[str], dict[str, regex.Pattern[str]], regex.Pattern[str] | None]:
    """The patterns of a Protocol's number with no mark and of what must follow it."""
    # The number with no mark ("Protocol 30", el "Πρωτόκολλο 14"): a Protocol to the
    # Treaties only when the Treaty of Lisbon or that Protocol's own title follows.
    bare = deferred_pattern(rf"(?:{alternation(words)})[ \t]+{number}(?!\w)")
    own_titles = {
        str(n): deferred_pattern(rf"[ \t]+(?:{alternation(ts)})")
        for n, ts in table.get("titles", {}).items()
    }
    # "Protocol No 14 of the Treaty of Lisbon", pl "protokołem nr 30 do Traktatu
    # Lizbońskiego": a Protocol the Treaty of Lisbon annexed to the Treaties.
    lisbon = table.get("lisbon", [])
    lisbon_pattern = (
        deferred_pattern(rf"[ \t]+(?:[^\W\d]+[ \t]+){{0,4}}?(?:{alternation(lisbon)})")
        if lisbon
        else None
    )
    return bare, own_titles, lisbon_pattern


# The Treaty of Lisbon's own Protocols, not annexed to the Treaties: No 1 amending
# the Protocols annexed to the Treaties, No 2 amending the Euratom Treaty.
_LISBONS_OWN = frozenset({"1", "2"})


class ProtocolMatcher:
    """Numbered Protocols: "Protocol No 2", "Protocol (No 1)", "protocole n° 2",
    "Protokoll Nr. 2", hu "2. jegyzőkönyv": mentions of ``PROTOCOL-n``.  The
    words and number marks come from the [protocols] table of the language file."""

    def __init__(self, language: Language) -> None:
        table = language.data.get("protocols", {})
        words = table.get("words", [])
        marks = alternation(table.get("number_marks", []))
        self._trigger = Trigger(words) if words else None
        self._number_first = bool(table.get("number_first", False))
        self._ordinal_first = bool(table.get("ordinal_first", False))  # lv "2. protokolu"
        # no Protocol is numbered 0 (PROTOCOL-n counts from 1): "Protocol No 0" is no mention;
        # the whole number, or none: the minutes "protokol č. 20/2019", "протокол № 20/08.05.2019"
        # are no Protocol No 2
        number = r"(?P<number>(?!00?(?!\d))\d{1,2})(?!\d)(?![/.,]\d)"
        if self._number_first or self._ordinal_first:
            # The number stands before the noun: "a 2. jegyzőkönyv", "(2. sz.) jegyzőkönyv".
            self._before = deferred_pattern(rf"\(?{number}\.\s*(?:{marks}\s*)?\)?\s*$")
        self._after = deferred_pattern(
            rf"(?:{alternation(words)})[ \t]*(?:\([ \t]*(?:{marks})[ \t]*{number}[ \t]*\)"
            rf"|(?:{marks})[ \t]*{number})"
        )
        # The minutes of a meeting are a protocol too: the meeting named right before
        # the word (lv "sēdes protokols Nr. 28") or right after the number (pl "protokół
        # nr 28 z posiedzenia") makes it no Protocol to the Treaties.
        minutes = alternation(table.get("minutes", []))
        self._minutes_before = deferred_pattern(rf"(?:{minutes})\s+$")
        self._minutes_after = deferred_pattern(rf"[ \t]*,?\s*(?:{minutes})")
        # The next Protocol of a list: "Protocollo n. 1, n. 2, n. 3 e n. 27".
        joins = alternation(language.articles["and"])
        self._more = deferred_pattern(
            rf"[ \t]*(?:,|[ \t](?:{joins}))[ \t]*(?P<item>(?:(?:{marks})[ \t]*)?{number})(?!\w)"
        )
        # A Protocol word before or after the name of another agreement.
        self.before_name, self.after_name = _agreement_protocol(words, marks, joins)

        self._titled = _titles_pattern(table.get("titles", {}))
        self._bare, self._own_titles, self._lisbon = _bare_patterns(table, words, number)
        self._to_the_treaty = _to_the_treaty(table.get("to_the_treaty", []))
        self._accession = _accession(table.get("accession", []))
        # "Protocol No 4 …, annexed thereto": annexed to the instrument named before it.
        annexed = table.get("annexed_thereto", [])
        self._annexed = (
            deferred_pattern(rf"[^\n]{{0,80}}?(?:{alternation(annexed)})") if annexed else None
        )
        # ... or said so before its word: lt "prie jo pridėto Protokolo Nr. 4", nl "het
        # daaraan gehechte Protocol nr. 4", lv "tam pievienotā Protokola Nr. 4".
        self._annexed_before = _word_before(table.get("annexed_before", []))
        # Genitive first (et "EMP lepingu protokolli nr 31", hu "az EGT-megállapodás 31.
        # jegyzőkönyve"): an agreement's noun right before the Protocol names its owner,
        # which is not the Treaties unless a Treaty's name ends there.
        self.owner_before = _word_before(table.get("owners", []))
        # "its Protocol No 26", lv "tā 26. protokolu": the Protocol of what its line names
        self._possessive_before = _word_before(language.articles.get("possessive", []))

    def find(self, view: str) -> list[Mention]:
        if self._trigger is None:
            return []
        out: list[Mention] = []
        accession: set[str] = set()  # the numbers of an Act of Accession's Protocols
        for pos in self._trigger.positions(view):
            if self._number_first or self._ordinal_first:
                m = self._before.search(view, max(0, pos - 16), pos)
                if m is not None:
                    end = _word_end(view, pos)
                    out.append(self._mention(m.start(), end, m["number"]))
                    continue
                if self._number_first:
                    continue
            m = self._after.match(view, pos)
            if m is not None and self._minutes(view, pos, m.end()):
                continue
            if m is None and (titled := self._titled_at(view, pos)) is not None:
                out.append(titled)
                continue
            if m is None and (bare := self._bare_at(view, pos)) is not None:
                out.append(bare)
                continue
            if m is not None and (m["number"] in accession or self._of_accession(view, m.end())):
                accession.add(m["number"])  # lt "(toliau – Protokolas Nr. 4)": the same one
                continue
            if m is not None and (
                self._other_title(view, m.end(), m["number"])
                or self._lisbons_own(view, m.end(), m["number"])
            ):
                continue
            if m is not None:
                out.append(self._mention(m.start(), m.end(), m["number"]))
                more = self._more.match(view, m.end())
                while more is not None:
                    out.append(self._mention(more.start("item"), more.end(), more["number"]))
                    more = self._more.match(view, more.end())
        return out

    def _titled_at(self, view: str, pos: int) -> Mention | None:
        """The Protocol word at ``pos`` followed by the title of a Protocol the language
        file lists (``titles``): a mention of that Protocol on the word."""
        if self._titled is None:
            return None
        end = _word_end(view, pos)
        # endpos bounds the engine's search for the title's required literal, which
        # otherwise scans the rest of the text at every Protocol word (quadratic).
        m = self._titled.match(view, end, min(len(view), end + _TITLE_REACH))
        if m is None or m.lastgroup is None:
            return None
        # "20. Protocolo sobre la posición de Dinamarca": numbered in a list of another
        # time (the Protocols before Lisbon), not the title's Protocol No 22.
        listed = _LIST_NUMBER.search(view, max(0, pos - 8), pos)
        if listed is not None and int(listed[1]) != int(m.lastgroup[1:]):
            return None
        return self._mention(pos, end, m.lastgroup[1:])

    def _other_title(self, view: str, end: int, number: str) -> bool:
        """Whether the title after a numbered Protocol is another Protocol's: fr "protocole
        n° 3 sur la fixation des sièges des institutions … annexé au traité instituant la
        CEEA" is the Euratom Treaty's own Protocol, not Protocol No 3 to the Treaties."""
        if self._titled is None:
            return False
        m = self._titled.match(view, end, min(len(view), end + _TITLE_REACH))
        return m is not None and m.lastgroup is not None and m.lastgroup[1:] != str(int(number))

    def _of_accession(self, view: str, end: int) -> bool:
        """Whether an Act of Accession or the subject of one of its Protocols follows the
        numbered Protocol ending at ``end``: fr "protocole n° 10 de l'acte d'adhésion de
        2003", fi "Pöytäkirja N:o 2 Ahvenanmaasta" (the 1994 Act's), another agreement's."""
        return (
            self._accession is not None
            and self._accession.match(view, end, min(len(view), end + 60)) is not None
        )

    def _lisbons_own(self, view: str, end: int, number: str) -> bool:
        """Whether the Protocol No 1 or 2 ending at ``end`` is one of the Treaty of
        Lisbon's own two (amending the Protocols and the Euratom Treaty), the Treaty of
        Lisbon following it: es "el Protocolo n.º 1 anexo al Tratado de Lisboa"."""
        return (
            number.lstrip("0") in _LISBONS_OWN
            and self._lisbon is not None
            and self._lisbon.match(view, end, min(len(view), end + 60)) is not None
        )

    def _bare_at(self, view: str, pos: int) -> Mention | None:
        """The Protocol word at ``pos`` and a number with no mark, followed by the Treaty
        of Lisbon or by the title of the Protocol of that number: en "Protocol 30 on the
        application of the Charter …", el "Πρωτόκολλο 14 της Συνθήκης της Λισαβόνας"."""
        m = self._bare.match(view, pos)
        if m is None:
            return None
        mention = self._mention(m.start(), m.end(), m["number"])
        title = self._own_titles.get(str(int(m["number"])))
        if self.of_lisbon(view, mention) or (title is not None and title.match(view, m.end())):
            return mention
        return None

    def of_lisbon(self, view: str, protocol: Mention) -> bool:
        """Whether the Treaty of Lisbon follows the Protocol ("Protocol No 14 of the
        Treaty of Lisbon", de "Protokoll Nr. 30 zum Vertrag von Lissabon"): one of the
        Protocols it annexed to the Treaties, whatever the words before the name."""
        return (
            self._lisbon is not None
            and self._lisbon.match(view, protocol.end, min(len(view), protocol.end + 60))
            is not None
        )

    def annexed_to_another(self, view: str, protocol: Mention, before: list[Mention]) -> bool:
        """Whether a Protocol said to be annexed to what its line named before it is
        annexed to no Treaty: ro "Actul de aderare din 1979, în special punctul 6 din
        Protocolul nr. 4 privind bumbacul, anexat la acesta" is the Act of Accession's,
        en "the TFEU and Protocol No 1 annexed thereto" the Treaties'."""
        after = self._annexed is not None and self._annexed.match(view, protocol.end)
        said_before = self._annexed_before is not None and self._annexed_before.search(
            view, max(0, protocol.start - 40), protocol.start
        )
        if not after and not said_before:
            return False
        line = view.rfind("\n", 0, protocol.start) + 1
        return not any(
            m.start >= line
            and not m.code.startswith(PROTOCOL_PREFIX)
            and (m.type == "treaty" or m.code == "treaty")
            for m in before
        )

    def annexed_to_the_treaty(self, view: str, protocol: Mention, following: list[Mention]) -> bool:
        """Whether the Protocol is annexed to "the Treaty", one Treaty not named (en
        "Protocol (No 5) to the Treaty", nl "Protocol nr. 5 bij het Verdrag", pl "protokołu
        (nr 5) do Traktatu"): a pre-Lisbon Protocol, which keys do not cover; "to the
        Treaty on European Union" names the Treaty, which the next mention then covers."""
        nxt = following[0] if following else None
        if self._to_the_treaty is None or nxt is None or nxt.use != REFERENCE:
            return False
        m = self._to_the_treaty.match(view, protocol.end)
        return m is not None and nxt.start >= protocol.end and nxt.end == m.end()

    def possessed_by_another(self, view: str, protocol: Mention, before: list[Mention]) -> bool:
        """Whether a possessive before the Protocol makes it the Protocol of another
        agreement: lv "Eiropas Ekonomikas zonas līgumu … kā arī tā 26. protokolu" is the
        EEA Agreement's; "the TFEU and its Protocol No 2" the Treaty's (a Treaty named
        before it in its clause, which a hard-wrapped line does not end)."""
        if self._possessive_before is None:
            return False
        if (
            self._possessive_before.search(view, max(0, protocol.start - 16), protocol.start)
            is None
        ):
            return False
        clause = max(view.rfind(mark, 0, protocol.start) for mark in _CLAUSE_ENDS) + 1
        return not any(m.start >= clause and m.type == "treaty" for m in before)

    def _minutes(self, view: str, start: int, end: int) -> bool:
        """Whether the protocol at ``start``-``end`` is the minutes of a meeting."""
        return (
            self._minutes_before.search(view, max(0, start - 40), start) is not None
            or self._minutes_after.match(view, end) is not None
            or _DATED.match(view, end) is not None
        )

    @staticmethod
    def _mention(start: int, end: int, number: str) -> Mention:
        code = f"{PROTOCOL_PREFIX}{int(number)}"
        return Mention(start, end, code, CITABLE, "treaty")


# "Protocol No 3 on the Statute of the Court of Justice": the words between a
# numbered Protocol and its own name ("on the", "betreffende het", "sullo"), the title
# maybe in quotes (lv "4. protokola "Par Eiropas Centrālo banku sistēmas Statūtiem …"").
_TITLE_GAP = lazy_pattern(r"\s*[\"“„«]?(?:[^\W\d]+(?:[\s'’-]+[^\W\d]+){0,3}\s*)?")


def merge_protocol_titles(view: str, mentions: list[Mention]) -> list[Mention]:
    """A numbered Protocol followed by its title naming it again is one mention."""

    def title(before: Mention, m: Mention) -> bool:
        return (
            m.code.startswith(PROTOCOL_PREFIX)
            and m.start - before.end <= 30
            # a second numbered Protocol is a mention of its own (a repeated heading)
            and not any(ch.isdigit() for ch in view[m.start : m.end])
            and _TITLE_GAP.fullmatch(view, before.end, m.start) is not None
        )

    return merge_repeats(mentions, title)


# An item's number right before a Protocol's word: "20. Protocolo sobre …".
_LIST_NUMBER = lazy_pattern(r"(?<!\d)(\d{1,2})\.[ \t]*$")

# Far more than a title's words and the blanks before and inside them can take.
_TITLE_REACH = 1000


def _titles_pattern(titles: dict[str, list[str]]) -> regex.Pattern[str] | None:
    """A Protocol named by the title after its word, with no number: "the Protocol
    relating to Article 6(2) of the Treaty on European Union" is Protocol No 8. The
    group of each number is named ``t<number>``."""
    if not titles:
        return None
    groups = "|".join(f"(?P<t{n}>{alternation(ts)})" for n, ts in titles.items())
    return deferred_pattern(rf"[ \t]+(?:{groups})")


def _word_end(view: str, pos: int) -> int:
    end = pos
    while end < len(view) and (view[end].isalnum() or view[end] == "-"):
        end += 1
    return end

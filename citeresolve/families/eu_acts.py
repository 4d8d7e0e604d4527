"""EU acts to CELEX: "Regulation (EU) 2016/679", "Directive 2011/83/EU",
"Regulation (EC) No 1049/2001", "(EU) 2024/1246 határozata", and bare CELEX numbers.

The act number is found first (its shapes are the same in every language:
:mod:`.act_numbers`); the kind of act (regulation, directive ...) comes from the
nearest act word before it in the same clause, or right after it (Hungarian puts it
last: :mod:`.act_words`). This module reads the numbers in text order and keeps the
lists they form ("Directives 92/50, 93/36 and 93/37/EEC"), then registers the family.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import DEADLINE_EVERY, check_deadline
from ..model.citation import Candidate
from ..model.family import Family, register
from ..model.keys import CELEX_NUMBER, KeyParts, pattern_parser, with_pin
from ..model.parts import by_start
from ..resolve.eu_acts import act_citable_from, label_eu_act, resolve_eu_act
from ..text.scan import matches_from
from .act_celex import act_parts as _act_parts
from .act_celex import celex as _celex
from .act_dated import dated_acts
from .act_helpers import (  # imported where a text has an act number
    article_range,
    bare_act,
    bare_reading,
    corrigendum_label,
    elided_item,
    field_label,
    kind_before,
    kind_of_sentence,
    known_act,
    latest_act_year,
    period,
    read_for_kind,
    reading,
    reversed_two_digit_year,
    same_list,
    tight_list,
    year_marked,
    zero_serial,
)
from .act_markers import marker_in_evidence, markers_in_sequence
from .act_names import named_act
from .act_numbers import (
    ACT_KINDS,
    NUMBER_CORE,
    ActNumber,
    date_goes_on,
    number_starts,
    plausible_year,
    year_of,
)
from .act_page_numbers import page_numbers
from .act_sectors import in_own_sectors
from .act_words import ActWords, act_word, eu_author_at, glued_titles, is_national, word_after
from .celex_numbers import bare_celex_numbers
from .oj_abbreviations import journal_number_before
from .procedures import procedure_at
from .yearless_acts import yearless_acts


def parse(view: str, lang: str | None = None) -> list[Candidate]:
    """Acts with a known kind, and bare CELEX numbers, in a text of language ``lang``
    (None: unknown)."""
    bare = bare_celex_numbers(view)
    found = page_numbers(view, _ActReader(view, lang).read(), bare) + bare
    found += yearless_acts(view, lang) + dated_acts(view, lang, found)
    found = in_own_sectors(found, bare)
    found.sort(key=by_start)
    return found


class _LastAct(NamedTuple):
    """The act read last: a number without act word may continue its list."""

    kind: str
    domain: str
    end: int
    word_after: bool  # its act word followed its number (hu): the list names it last


class _ActReader:
    """Reads the act numbers of a view in text order, keeping the list they belong to."""

    def __init__(self, view: str, lang: str | None = None) -> None:
        self.view = view
        self.lang = lang
        # A list first: the timeout covers the matching, not the work done per number.
        self.cores = list(matches_from(NUMBER_CORE, view, number_starts(view)))
        self.found: list[Candidate] = []
        # (year, serial) -> the CELEX numbers read with them: a number read again
        # without its act word ("the scope of 2006/42/EC") is the act read before.
        self.by_number: dict[tuple[str, str], set[str]] = {}
        self.previous: _LastAct | None = None
        self.group = 0  # acts of one list share a group: an article before the list cites each
        # Numbers with no act word yet: hu "az 549/2004/EK, az 550/2004/EK és az
        # 552/2004/EK rendeletnek" names the kind once, after the last number of the list.
        # Each may carry the kind of the list it continues, used when no word comes.
        self.pending: list[_Pending] = []
        self.list_end = 0  # end of the last number of the current list, act or pending
        self.kindless: list[_Pending] = []  # numbers with a domain no kind came for

    @functools.cached_property
    def words(self) -> ActWords:
        """The view's act words, read at the first number: a text with none reads none
        (every language's act words, a kept table of half a megabyte)."""
        # Act words are read before a number (after one only where it ends: word_at).
        until = self.cores[-1].start() if self.cores else 0
        glued = glued_titles(self.view, [core.end() for core in self.cores])
        return ActWords(self.view, until, self.lang, glued)

    def read(self) -> list[Candidate]:
        view = self.view
        in_sequence = markers_in_sequence(self.cores)
        for i, core in enumerate(self.cores):
            if not i % DEADLINE_EVERY:
                check_deadline()  # anchored calls below carry no regex timeout
            if is_national(view, core.start(), self.words):
                continue  # lv "likuma Nr. 12/1999": a national law, also inside a list of acts
            if core["bglue"] and not marker_in_evidence(view, core, in_sequence):
                continue  # more digits than an act number has, and no marker in evidence
            if date_goes_on(view, core) or year_marked(view, core):
                continue  # ro "Regulamentul 1307/17-dec-2013": a number and a date
            if journal_number_before(view, core.start("a"), self.words.hits):
                continue  # pl "(Dz.Urz.UE 2024/1689)": the OJ's number without its series
            if procedure_at(view, core.start()):
                continue  # "2020/0127(COD)": the procedure family reads it
            number = ActNumber(view, core)
            if article_range(view, number) or period(number) or field_label(view, number):
                continue
            if zero_serial(number):
                continue  # et "OTSUS 2020-04": a board's own label
            if number.form == "paren" and corrigendum_label(view, number):
                continue  # "str. 70 ((EU) 2021/241)": a corrigendum line's label, no act word
            if core["spelt"] and not self._spelt_read(number):
                continue  # "legge n. 241 del 1990": a year after a word needs evidence
            if number.grouped and not number.numbered:
                continue  # a grouped number is an act's only after "No" ("nr. 1.301/2013")
            if number.form:
                self._read_dressed(number)
            else:
                self._read_bare(number)
        self._emit(self.pending)
        self._read_later()
        return self.found

    def _add(self, celex: str, start: int, end: int, group: int | None) -> None:
        if int(celex[1:5]) > latest_act_year():
            return  # nl "Richtlijn 200/35/EG" (a digit lost): no act is of a year to come
        self.found.append(Candidate(_act_parts(celex), start, end, group))
        self.by_number.setdefault((celex[1:5], celex[6:]), set()).add(celex)

    def _emit(self, items: list[_Pending]) -> None:
        """The waiting numbers that continue a list of a known kind."""
        for item in items:
            if item.kind is not None:
                celex = _celex(item.kind, item.domain, year_of(item.year), int(item.serial))
                self._add(celex, item.number.start, item.number.end, item.group)
            elif item.number.form == "paren" and not self._page_label(item.number):
                self.kindless.append(item)

    def _page_label(self, number: ActNumber) -> bool:
        """Whether a number with its domain in brackets is a page's label run into the
        title after it (cs "(EU) 2021/696Nařízení Evropského parlamentu a Rady (EU)
        2021/696"), which the held-out annotations key in some pages and not in others."""
        view = self.view
        return view[number.start] == "(" and view[number.end : number.end + 1].isalpha()

    def _read_later(self) -> None:
        """A number with its domain before it and no kind is the one act the document
        cites with the same number and its act word (nl "de EC1935/2004-wetgeving" before
        "Verordening (EG) nr. 1935/2004"), as industry texts shorten an act's name ("EC
        1907/2006", "EU 2017/745", lt "pagal (ES) 2015/830 reikalavimus")."""
        for item in self.kindless:
            celex = self._named_before(item.year, item.serial)
            if celex is not None:
                self.group += 1
                self._add(celex, item.number.start, item.number.end, self.group)
        self.found.sort(key=by_start)

    def _continues_list(self, number: ActNumber) -> bool:
        previous = self.previous
        return previous is not None and same_list(
            self.view, max(previous.end, self.list_end), number.start, self.words
        )

    def _read_bare(self, number: ActNumber) -> None:
        """A number with neither domain nor "No": an act only next to its act word
        ("Reglamento 3577/92") or as a tight member of a list of acts."""
        known = self._named_before(number.b, number.a) or self._named_before(number.a, number.b)
        found = bare_act(self.view, number, self.words, known is not None)
        previous = self.previous
        if (
            found is None
            and previous is not None
            and tight_list(self.view, max(previous.end, self.list_end), number.start, number.end)
        ):
            # "las Directivas 92/50, 93/36 y 93/37/CEE": a bare member of a list
            # of acts is an act of the list's kind.
            found = (previous.kind, number.start, number.end, False)
        if found is None and eu_author_at(self.view, number.end):
            found = self._authored(number)
        if found is not None:
            self._add_bare(number, *found)
        else:
            self._add_named(number)

    def _add_named(self, number: ActNumber) -> None:
        """A number beside a popular name of its act ("REACH 1907/2006"), or alone in
        brackets, year first, after the act was cited with its word: a consolidated
        text's corrigendum line "Corrigendum, OJ L 373, 21.10.2021, p. 94 (2020/2092)"."""
        celex = named_act(self.view, number, self.lang) or self._bracketed_again(number)
        if celex is not None:
            self.group += 1
            self._add(celex, number.start, number.end, self.group)

    def _authored(self, number: ActNumber) -> tuple[str, int, int, bool] | None:
        """A bare number its EU author follows is an act (el "Κανονισμών (ΕΚ): Α) 273/2009
        του Συμβουλίου … και Β) 312/2009 της Επιτροπής"): of the kind of the act word
        before it in its clause, else of the list of acts it continues."""
        kind, _ = act_word(self.view, number.start, number.end, self.words)
        own_word = kind is not None
        previous = self.previous
        if (
            kind is None
            and previous is not None
            and same_list(self.view, max(previous.end, self.list_end), number.start, self.words)
        ):
            kind = previous.kind
        if kind is None or ACT_KINDS[kind].needs_domain:
            return None
        return kind, number.start, number.end, own_word

    def _add_bare(self, number: ActNumber, kind: str, start: int, end: int, own_word: bool) -> None:
        year_and_serial = bare_reading(number, kind, self.view, start)
        if year_and_serial is None or reversed_two_digit_year(kind, number, year_and_serial[0]):
            return
        if own_word:
            self.group += 1
        celex = _celex(kind, "", year_of(year_and_serial[0]), int(year_and_serial[1]))
        self._add(celex, start, end, self.group)
        self.previous = _LastAct(kind, "", end, False)
        self.list_end = end

    def _kind_and_start(self, number: ActNumber) -> tuple[str | None, int]:
        """The act word of a number with a domain or "No", and where its surface starts."""
        view, previous = self.view, self.previous
        kind, start = act_word(view, number.start, number.end, self.words)
        if start != number.start and previous is not None and start < previous.end:
            after = word_after(view, number.end, self.words)
            if after is not None:
                # hu "az 1070/2009/EK rendelettel módosított 549/2004/EK rendelet": the
                # word before belongs to the act before; the number's own word follows it.
                return self.words.kind_of(after), number.start
            if previous.word_after:
                # hu "az 1612/68/EGK rendelet módosításáról, továbbá a 64/221/EGK, …
                # és a 93/96/EGK irányelv": the word before is the last act's own.
                return None, number.start
        return kind, start

    def _read_dressed(self, number: ActNumber) -> None:
        """A number with a domain ("2011/83/EU", "(EU) 2016/679") or "No"."""
        year_text, number_text, year_first = reading(number)
        numbered = number.form == "numbered"
        if not plausible_year(year_text) and not numbered:
            return
        kind, start = self._kind_and_start(number)
        if numbered and start == number.start and not plausible_year(year_text):
            return
        if numbered and start != number.start:
            self._read_numbered_with_word(number)
            return
        domain = number.domain
        in_list = self._continues_list(number)
        previous = self.previous
        if kind is None and previous is not None and in_list:
            if previous.word_after:
                # The list's act word follows its last number (hu): wait for it, and
                # fall back on the kind of the act the list continues.
                self._wait(number, year_text, number_text, previous.kind, domain or previous.domain)
                return
            kind, domain = previous.kind, domain or previous.domain
        again = domain or (numbered and year_first and not in_list)
        known = self._named_before(year_text, number_text) or known_act(number, year_first)
        if kind is None and again and (celex := known):
            # "Directive 2006/42/EC … the scope of 2006/42/EC": the act named with its word
            # (or a known regulation); outside a list, an act of its own (el "(άρθρο 1 …").
            if not in_list:
                self.group += 1
            self._add(celex, number.start, number.end, self.group)
            return
        if kind is None and domain and self.previous is not None:
            kind = self._kind_of_corrected(number)
        if kind is None:
            if not numbered:
                sentence = self._kind_around(number)
                self._wait(number, year_text, number_text, sentence, domain if sentence else "")
            elif not domain:
                self._add_named(number)  # et "(nr 910/2014, eIDAS määrus)"
            return
        if ACT_KINDS[kind].needs_domain and not domain:
            return
        year_text, number_text = read_for_kind(number, kind, (year_text, number_text), year_first)
        if reversed_two_digit_year(kind, number, year_text):
            return
        end, word_after = self._close_list(number, kind, start, in_list)
        celex = _celex(kind, domain, year_of(year_text), int(number_text))
        self._add(celex, start, end, self.group)
        self.previous = _LastAct(kind, domain, end, word_after)
        self.list_end = end

    def _kind_of_corrected(self, number: ActNumber) -> str | None:
        """The kind of a number with its domain alone in brackets after a consolidated
        text's corrigendum line: the act it corrects, of the kind of the text's act
        ("Oprava, Úř. věst. L 243, 16.9.2010, s. 68 (2010/45/EU)"); or of an item of a
        list that leaves out its act word (pt "… e (CEE) n.º 2409/92"): the list's."""
        previous, view = self.previous, self.view
        if previous and elided_item(view, max(previous.end, self.list_end), number.start):
            return previous.kind
        return previous.kind if previous and corrigendum_label(view, number) else None

    def _read_numbered_with_word(self, number: ActNumber) -> None:
        """ "Regulation No 17/62" has its own act word: read like a bare number; with
        its word out of reach, beside its popular name (et "(nr 910/2014, eIDAS määrus)")."""
        found = bare_act(self.view, number, self.words)
        if found is not None:
            self._add_bare(number, *found[:3], own_word=True)
        elif not number.domain:
            self._add_named(number)

    def _spelt_read(self, number: ActNumber) -> bool:
        """Whether a number with its year after a word (it "n. 465 del 2012") is an act's:
        after "No", with a domain ("Regolamento CE n. 465 del 2012") or as an act read
        before with a slash ("Reg. CE n°1177/2010" … "n°1177 del 2010"). National acts
        are numbered so too ("legge n. 241 del 1990", "circolare n. 83 del 2010")."""
        named = self._named_before(number.b, number.a) is not None
        return number.numbered and (bool(number.domain) or named)

    def _kind_around(self, number: ActNumber) -> str | None:
        """The kind of a number with its domain and no act word in reach."""
        previous = self.previous
        end, kind = (previous.end, previous.kind) if previous else (0, None)
        view = self.view
        return kind_of_sentence(view, number, self.words.hits, end) or kind_before(
            view, number, kind
        )

    def _bracketed_again(self, number: ActNumber) -> str | None:
        """A corrigendum line's act: alone in brackets right after an OJ reference's page,
        year first ("the rules on fees (2008/98)" is no act cited again)."""
        view, a = self.view, number.a
        alone = corrigendum_label(view, number)
        if not alone or len(a) != 4 or not plausible_year(a) or number.b == str(int(a) + 1):
            return None  # "(2020/2021)": a period of two years
        return self._named_before(a, number.b)

    def _named_before(self, year_text: str, number_text: str) -> str | None:
        """The CELEX number of the one act read before with this year and serial."""
        found = self.by_number.get((f"{year_of(year_text)}", f"{int(number_text):04d}"), set())
        return next(iter(found)) if len(found) == 1 else None

    def _wait(
        self, number: ActNumber, year: str, serial: str, kind: str | None, domain: str
    ) -> None:
        self.pending.append(_Pending(number, year, serial, kind, domain, self.group))
        self.list_end = number.end

    def _close_list(
        self, number: ActNumber, kind: str, start: int, in_list: bool
    ) -> tuple[int, bool]:
        """Starts a new list where the act has its own word, and hands an act word
        that follows the number to the waiting numbers before it; the act's end and
        whether its word came after it."""
        view, end = self.view, number.end
        after = word_after(view, end, self.words)
        own_after = after is not None and start == number.start
        if not in_list or start != number.start or own_after:
            self.group += 1  # an act with its own word starts a new list
        pending = self.pending
        if after is not None and own_after:
            end = after.end()
            # The act word after the last number of a list names the numbers before it.
            listed: list[_Pending] = []
            nxt = number.start
            for item in reversed(pending):
                if not same_list(view, item.number.end, nxt, self.words):
                    break
                listed.append(item)
                nxt = item.number.start
            pending = pending[: len(pending) - len(listed)]
            self._emit([item._replace(kind=kind, group=self.group) for item in listed])
        self._emit(pending)
        self.pending = []
        return end, own_after


class _Pending(NamedTuple):
    """An act number waiting for the act word after its list, with the kind of the
    list it continues (None when it continues none)."""

    number: ActNumber
    year: str
    serial: str
    kind: str | None
    domain: str
    group: int


# ------------------------------------------------------------------ the family

# Sector 9 numbers have six digits ("92001E000165").
_KEY = lazy_pattern(rf"CELEX:(?P<celex>{CELEX_NUMBER})(?::(?P<pin>.+))?")


def format_key(parts: KeyParts) -> str:
    return with_pin(f"CELEX:{parts.celex}", parts.pin)


# The extractor runs this family itself: acts also give year-less OJ citations
# their year and article chains their instrument.
FAMILY = register(
    Family(
        "eu_act",
        format_key,
        pattern_parser("eu_act", _KEY),
        resolve=resolve_eu_act,
        label=label_eu_act,
        citable_from=act_citable_from,
        invalid_code="CR001",  # an article 0 of an act
        online_check="celex_title",
        key_prefixes=("CELEX:",),
        title="CELEX",
        key_example="CELEX:32016R0679 or CELEX:32016R0679:17(1)",
    )
)

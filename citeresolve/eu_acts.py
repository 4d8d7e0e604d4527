"""EU acts to CELEX: "Regulation (EU) 2016/679", "Directive 2011/83/EU",
"Regulation (EC) No 1049/2001", "(EU) 2024/1246 határozata", and bare CELEX numbers.

The act number is found first (its shapes are the same in every language);
the kind of act (regulation, directive ...) comes from the nearest act word
before it in the same clause, or right after it (Hungarian puts it last).
"""

from __future__ import annotations

import functools

import regex

from .citation import Candidate
from .keys import KeyParts
from .lang import union_pattern

# Act word field of the language files -> CELEX descriptor (sector 3).
ACT_DESCRIPTORS = {
    "regulation": "R",
    "directive": "L",
    "decision": "D",
    "recommendation": "H",
    "framework_decision": "F",
    "common_position": "E",
    "joint_action": "E",
}
# How far before the number an act word may stand ("Council Implementing
# Regulation (EU) 2020/1999", "rozporządzenie Parlamentu Europejskiego i Rady (UE) ...").
_WORD_WINDOW = 90
# How far apart two items of one list of acts may be (dates and OJ references between).
_LIST_REACH = 120
_CFSP = {"CFSP", "PESC", "GASP", "GBVB", "ÜVJP", "KZBP", "SZBP", "UZSP", "KUSP", "WPZiB", "ΚΕΠΠΑ", "ОВППС",
         "PESC", "BUSP", "SZBP", "KÄJP", "UVJP", "UĠSP", "ZVZP", "BVSP"}

_BARE_CELEX = regex.compile(
    r"(?<![\w/])(?:CELEX\s?:?\s?)?(?P<celex>[1-9C]\d{4}(?:[A-Z]{1,2})\d{4}(?:\(\d{2}\))?)(?!\d)"
)


@functools.cache
def _number_pattern() -> regex.Pattern[str]:
    domains = union_pattern("acts", "domains")
    number_words = union_pattern("acts", "number_words")
    return regex.compile(
        rf"""
          \((?P<pdom>{domains}(?:\s?,\s?{domains})*)\)\s*
            (?P<pno>(?:{number_words}|n\s?[°º]|n\.\s?[°ºo]|nº|n\s?o|Nr\.?|No)\s*)?
            (?P<pa>\d{{1,4}})/(?P<pb>\d{{1,4}})(?![\d/])
        | (?<![\w/.])(?P<sno>(?:{number_words}|n\s?[°º]|n\.\s?[°ºo]|nº|Nr\.?|No)\s*)?
            (?P<sa>\d{{2,4}})/(?P<sb>\d{{1,4}})/(?P<sdom>{domains})(?![\w])
        | (?<![\w/.])(?:{number_words})\s*(?P<na>\d{{1,4}})/(?P<nb>\d{{2,4}})(?![\d/])
        """,
        regex.VERBOSE,
    )


@functools.cache
def _word_pattern() -> regex.Pattern[str]:
    groups = [
        f"(?P<{field}>{union_pattern('acts', field)})" for field in ACT_DESCRIPTORS
    ]
    # Framework decisions and common positions are longer phrases than their
    # heads ("decision"), so they are tried first.
    order = ["framework_decision", "common_position", "joint_action", "recommendation",
             "regulation", "directive", "decision"]
    groups.sort(key=lambda g: order.index(g[4:g.index(">")]))
    return regex.compile("|".join(groups))


@functools.cache
def _bare_number_pattern() -> regex.Pattern[str]:
    # "Reglamento 3577/92": an act word right before a number without domain.
    words = "|".join(f"(?:{union_pattern('acts', field)})" for field in ACT_DESCRIPTORS)
    number_words = union_pattern("acts", "number_words")
    return regex.compile(
        rf"(?:{words})\s+(?:(?:{number_words}|n\s?[°º]|nº)\s*)?"
        rf"(?P<a>\d{{1,4}})/(?P<b>\d{{2,4}})(?![\d/])"
    )


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        return 1900 + value if value >= 50 else 2000 + value
    return value


def _plausible_year(text: str) -> bool:
    return len(text) == 4 and 1950 <= int(text) <= 2099 or len(text) == 2


def _act_word(view: str, start: int, end: int) -> tuple[str | None, int]:
    """The act kind for a number at ``[start, end)`` and where its surface starts."""
    window_start = max(0, start - _WORD_WINDOW)
    before = view[window_start:start]
    cut = max(before.rfind(";"), before.rfind("\n"), before.rfind(". "))
    if cut >= 0:
        before = before[cut + 1 :]
        window_start = start - len(before)
    best: tuple[str | None, int] = (None, start)
    for m in _word_pattern().finditer(before):
        # Digits between the word and the number mean the word belongs elsewhere.
        if regex.search(r"\d", before[m.end() :]):
            continue
        best = (m.lastgroup, window_start + m.start())
    if best[0] is not None:
        return best
    after = _word_pattern().match(view, end + 1) if view[end : end + 1] == " " else None
    if after is not None:
        return after.lastgroup, start
    return None, start


def parse(view: str) -> list[Candidate]:
    """Acts with a known kind, and bare CELEX numbers."""
    found: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    previous: tuple[str, str, int] | None = None  # kind, domain, end of the last act
    for m in _number_pattern().finditer(view):
        if m["pa"]:
            a, b, numbered, domain = m["pa"], m["pb"], bool(m["pno"]), m["pdom"]
            year_first = not numbered and _plausible_year(a) and len(a) == 4 and int(a) >= 2015
        elif m["sa"]:
            a, b, numbered, domain = m["sa"], m["sb"], bool(m["sno"]), m["sdom"]
            year_first = not numbered
        else:
            # "No 2222/85" with no domain: only as the next item of a list of acts
            a, b, numbered, domain, year_first = m["na"], m["nb"], True, "", False
        year_text, number_text = (a, b) if year_first else (b, a)
        if not _plausible_year(year_text):
            continue
        kind, start = _act_word(view, m.start(), m.end())
        if m["na"] and start != m.start():
            kind = None  # has its own act word: left to the bare-number pattern
        end = m.end()
        if kind is None and previous is not None and _same_list(view, previous[2], m.start()):
            kind, domain = previous[0], domain or previous[1]
        if kind is None:
            continue
        after = _word_pattern().match(view, end + 1)
        if after is not None and view[end : end + 1] == " " and start == m.start():
            end = after.end()
        celex = _celex(kind, domain, _year(year_text), int(number_text))
        found.append(Candidate(KeyParts(type="eu_act", celex=celex), start, end))
        taken.append((m.start(), m.end()))
        previous = (kind, domain, end)
    for m in _bare_number_pattern().finditer(view):
        if any(s <= m.start("a") < e for s, e in taken):
            continue
        word = _word_pattern().match(view, m.start())
        if word is None or not _plausible_year(m["b"]):
            continue
        celex = _celex(word.lastgroup or "regulation", "", _year(m["b"]), int(m["a"]))
        found.append(Candidate(KeyParts(type="eu_act", celex=celex), m.start(), m.end()))
    for m in _BARE_CELEX.finditer(view):
        found.append(Candidate(KeyParts(type="eu_act", celex=m["celex"]), m.start(), m.end()))
    found.sort(key=lambda c: c.start)
    return found


def _same_list(view: str, previous_end: int, start: int) -> bool:
    """Whether an act number continues the list of acts that ended at ``previous_end``
    ("Regulations (EU) No 1296/2013, (EU) No 1301/2013 ... and No 2160/87")."""
    between = view[previous_end:start]
    return len(between) <= _LIST_REACH and not regex.search(r"[;\n]|[.!?]\s+\p{Lu}", between)


def _celex(kind: str, domain: str, year: int, number: int) -> str:
    domains = {d.strip() for d in domain.split(",")}
    if kind == "common_position" and not domains & _CFSP:
        # Council common positions in the co-decision procedure are preparatory acts.
        return f"5{year}AG{number:04d}"
    return f"3{year}{ACT_DESCRIPTORS[kind]}{number:04d}"

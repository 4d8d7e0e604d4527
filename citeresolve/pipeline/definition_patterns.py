"""The patterns of a definition of a short name, built from a language's quotes and
definition markers (``data/context_words.toml``): in brackets ("(hereinafter ‘GDPR’)"),
between commas (fi "…, jäljempänä tukiasetus, …") and before the instrument ("‘X’
means")."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import regex

from ..families.mentions import REFERENCE, Mention
from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from .anaphors import instrument_reference_kinds
from .mention_index import SENTENCE_END

# How far after an instrument its definition may stand: the act's title and an OJ
# footnote come in between ("Directive 2002/24/EC of ... relating to ... (‘the Directive’)").
DEFINITION_REACH = 400
# What a bracket may say before a definition's marker and a semicolon.
ASIDE = 60
# Words a defined name may have: "the Directive", "the ‘services’ directive", "GDPR".
_NAME = r"[^\W\d][\w'’.-]*(?:[ ][\w'’.-]+){0,5}"


# Where what a bracket says before a definition's marker ends: a semicolon or a dash.
_ASIDE_END = lazy_pattern(r";|\s[-–—]\s")


def digit_first(view: str, pos: int) -> bool:
    """Whether the bracket at ``pos`` opens with a digit and holds no definition: no
    marker or quote opens with one, but a year or an OJ reference may stand before a
    marker after a semicolon or a dash (sl "(1992; v nadaljevanju Direktiva o habitatih)",
    "(2016 – v nadaljevanju Splošna uredba)")."""
    if not view[pos + 1 : pos + 2].isdecimal():
        return False
    aside = _ASIDE_END.search(view, pos, pos + ASIDE + 3)
    if aside is None:
        return True
    return "(" in view[pos + 1 : aside.start()] or ")" in view[pos : aside.start()]


def definition(
    quotes: list[list[str]], markers: list[str], determiners: Iterable[str] = ()
) -> regex.Pattern[str]:
    """ "(‘the Directive’)", "(hereinafter ‘GDPR’)", "(hereinafter referred to as the
    ‘Regulation’)", "(en lo sucesivo, «Directiva»)", "(hereinafter GDPR)"."""
    opening = "".join(regex.escape(o) for o, _ in quotes) or "‘"
    closing = "".join(regex.escape(c) for _, c in quotes) or "’"
    marker = alternation(markers)
    # A compound may keep the language's article: nl "(de EOB-richtlijn)", de "(die
    # EEA-Richtlinie)"; only an article, so "(zur EEA-Richtlinie)" defines nothing.
    words = [d for d in determiners if d[-1:].isalpha()]
    article = rf"(?:(?:{alternation(words)})\s+)?" if words else ""
    return deferred_pattern(
        # a marker may follow what the bracket says first: sl "(1992; v nadaljevanju
        # Direktiva o habitatih)", the act's year or its OJ reference, also after a dash,
        # as Slovenian courts write it: "(UL L 50, 25. 2. 2003 – v nadaljevanju Dublinska
        # uredba)"
        rf"""\(\s*(?:[^();\n]{{1,{ASIDE}}}(?:;|\s[-–—])\s*(?=(?:{marker})))?
            (?:(?P<marker>{marker})\s*[:,–-]?\s*)?
            (?:(?P<before>[^\W\d]{{1,4}})\s+)?
            (?:[{opening}](?P<quoted>{_NAME})[{closing}](?P<after>\s[^\W\d]{{2,20}})?
              | (?<=(?:{marker})\s*[:,–-]?\s*)
                # unquoted, up to the bracket: "(a továbbiakban: Brüsszel Ia. rendelet)"
                (?P<bare>\p{{Lu}}[\w-]{{1,20}}(?:[ ][\w.-]{{1,20}}){{0,4}}?)
              | (?<=(?:\(|{marker})\s*[:,–-]?\s*{article})
                # one word, a compound of an act word: sv "(Eppoförordningen)",
                # fi "(jäljempänä tukiasetus)"
                (?P<lone>[^\W\d_][\w-]{{2,40}})
              | (?<=\(\s*{article})
                # unquoted and unmarked, of several words: en "(Common Provisions
                # Regulation)", hr "(Uredba o zajedničkim odredbama)"; the caller keeps
                # it only where an act word opens or closes it (see act_word_at_edge)
                (?P<titled>\p{{Lu}}[\w'’-]{{1,20}}(?:[ ][\w'’.-]{{1,20}}){{1,5}}))
            # a marker may also close the bracket: ga "(dá ngairtear ‘X’ anseo feasta)"
            (?:\s+(?:{marker}))?
            \s*\)""",
        regex.VERBOSE,
        anchored=True,  # matched at each "(" only (context.py)
    )


def after_comma(quotes: list[list[str]], markers: list[str]) -> regex.Pattern[str]:
    """A definition between commas, at its marker: fi "asetuksen (EU) N:o 1307/2013,
    jäljempänä tukiasetus, 21—35 artiklassa", en "…, hereinafter ‘the Regulation’, …".
    Unquoted, the name is one word (a compound of an act word, checked by the caller)."""
    opening = "".join(regex.escape(o) for o, _ in quotes) or "‘"
    closing = "".join(regex.escape(c) for _, c in quotes) or "’"
    # Compiled now, not deferred: the reader tells its matches by their pattern (m.re is it).
    return compile_pattern(
        rf"""(?:{alternation(markers)})\s*[:–-]?\s*
            (?:[{opening}](?P<quoted>{_NAME})[{closing}] | (?P<lone>[^\W\d_][\w-]{{2,40}}))
            (?=\s*[,;.)])""",
        regex.VERBOSE,
        anchored=True,  # matched at each marker after a comma only (context.py)
    )


def defined_first(quotes: list[list[str]], words: Mapping[str, Any]) -> regex.Pattern[str] | None:
    """A name defined before its instrument: the quoted name, at most two words
    ("nedan"), the defining verb (``defined_first`` of the language's context words:
    "avses", "means"), then the instrument; or, where the verb opens the clause
    (``defined_after``: ga "ciallaíonn ‘an Treoir’ Treoir (AE) 2022/2561"), the verb,
    the quoted name, then the instrument. Each match starts at the name's opening
    quote and ends where the instrument may start."""
    verbs: list[str] = words.get("defined_first", [])
    verbs_before: list[str] = words.get("defined_after", [])
    if not verbs and not verbs_before:
        return None
    opening = "".join(regex.escape(o) for o, _ in quotes) or "‘"
    closing = "".join(regex.escape(c) for _, c in quotes) or "’"
    branches = []
    if verbs:
        branches.append(
            rf"""[{opening}](?P<quoted>{_NAME})[{closing}]
            (?:\s+\p{{Ll}}+){{0,2}}?\s+(?:{alternation(verbs)})\s*:?\s"""
        )
    if verbs_before:
        # the regex module takes a group name twice: the name is "quoted" either way
        branches.append(
            rf"""(?<=(?<![\w-])(?:{alternation(verbs_before)})[ \t]{{1,3}})
            [{opening}](?P<quoted>{_NAME})[{closing}][ \t]{{1,3}}"""
        )
    return deferred_pattern("|".join(f"(?:{b})" for b in branches), regex.VERBOSE)


# A name's leading article: a short word in lower case ("an", "la", "the").
_ARTICLE = lazy_pattern(r"\p{Ll}{1,3}")


def name_body(raw: list[str], words: list[str], quote: str, fusions: list[str]) -> str:
    """The pattern of a defined name's later use, from its words as written (``raw``)
    and as matched (``words``, declined where the act word declines). The leading
    article of a name of several words may fuse with a preposition before it: ga "an
    Treoir maidir le CBL" … "Airteagal 193 den Treoir …". Of a name of two words, the
    article then fuses only with one of the language's ``article_fusions`` (ga "den",
    "don", "sa"), and no bracket or number follows (the act word of another act)."""
    words = _agreeing(raw, words)
    body = rf"{quote}\s+{quote}".join(words)
    if len(raw) > 2 and _ARTICLE.fullmatch(raw[0]):
        body = rf"(?:{words[0]}\s+)?" + rf"{quote}\s+{quote}".join(words[1:])
    elif len(raw) == 2 and fusions and _ARTICLE.fullmatch(raw[0]):
        # "^": the use alone, as as_written reads it (no use starts the text: it follows
        # its definition)
        fused = rf"(?<=(?<![\w-])(?:{alternation(fusions)})[ \t])|^"
        body = rf"(?:{words[0]}\s+|{fused}){words[1]}(?![ \t]*[(\d])"
    return body


def _agreeing(raw: list[str], words: list[str]) -> list[str]:
    """``words`` with the word right before a declining act word declining with it: the
    adjective agrees with its noun (sl "(v nadaljevanju Splošna uredba)" … "15. člen
    Splošne uredbe", hr "Opća uredba" … "Opće uredbe", el "Γενικός Κανονισμός" … "του
    Γενικού Κανονισμού"); all but its last two letters stay, all but the last one of a
    word of four letters (sk "nová smernica o OEEZ" … "novej smernice o OEEZ")."""
    out = list(words)
    for k in range(len(raw) - 1):
        word = raw[k]
        if (
            out[k + 1].endswith(r"\w*")
            and out[k] == regex.escape(word)
            and word.isalpha()
            and len(word) >= 4
        ):
            stem = word[:-2] if len(word) >= 5 else word[:-1]
            out[k] = regex.escape(stem) + r"\w{0,4}"
    return out


def national_act(words: list[str]) -> regex.Pattern[str] | None:
    """A national act's word, from the language's ``national_acts`` ("Ley", "zákona",
    "ν.", "Bundesdatenschutzgesetz")."""
    return deferred_pattern(alternation(words)) if words else None


# How far after a national act's word in lower case its number may stand: es "Ley
# Orgánica 3/2018", it "decreto legislativo 30 giugno 2003, n. 196".
_NATIONAL_NUMBER_REACH = 40
_DIGIT = lazy_pattern(r"\d")


def definition_owner(
    view: str,
    national: regex.Pattern[str] | None,
    instruments: list[Mention],
    ends: list[int],
    pos: int,
) -> Mention | None:
    """The instrument a definition at ``pos`` names: the last one before it, within
    reach; none when a national act is named between them (national_act_between)."""
    k = bisect.bisect_right(ends, pos)
    if not k:
        return None
    owner = instruments[k - 1]
    if pos - owner.end > DEFINITION_REACH or owner.use == REFERENCE:
        return None
    if national_act_between(view, national, owner.end, pos):
        return None
    return owner


def national_act_between(
    view: str, national: regex.Pattern[str] | None, start: int, end: int
) -> bool:
    """Whether a national act is named between an act (ending at ``start``) and a
    definition (at ``end``): the definition then names the national act (es "Reglamento
    (UE) 2016/679 … y la Ley Orgánica 3/2018, de 5 de diciembre (LOPDGDD)", bg "Регламент
    (ЕС) 2016/679 и Закона за защита на личните данни (ЗЗЛД)"). The national act's word
    has a capital or a number after it: bg "сближаването на законодателствата" in an EU
    act's title names no law; and it stands outside brackets: "(Digital Services Act)"
    is the EU act's own short title."""
    if national is None:
        return False
    # An alternation of words over a window within DEFINITION_REACH: bounded work, and no
    # per-call timeout (its clock read cost more than the search; see limits).
    for m in national.finditer(view, start, end):
        if view.count("(", start, m.start()) > view.count(")", start, m.start()):
            continue
        after = min(end, m.end() + _NATIONAL_NUMBER_REACH)
        if m[0][:1].isupper() or _DIGIT.search(view, m.end(), after) is not None:
            return True
    return False


def act_word_forms(acts: Mapping[str, Any], fields: Iterable[str]) -> dict[str, str]:
    """Each act word a language lists in all its forms, and a pattern of those forms: a
    defined name declines with its act word (lv "(“IIS regula”)" … "IIS regulas 66.
    panta"), where the file gives the forms whole rather than as a stem ("direktīv*").
    A name written with a capital declines in capitals (el "ως «Οδηγία» νοείται η
    Οδηγία (ΕΕ) 2019/1937" … "το άρθρο 5 της Οδηγίας")."""
    out: dict[str, str] = {}
    for field in fields:
        forms = [w for w in acts[field] if w.isalpha() and w.islower()]
        if len(forms) > 1:
            for written in (forms, [f[:1].upper() + f[1:] for f in forms]):
                longest_first = sorted(map(regex.escape, written), key=len, reverse=True)
                pattern = "(?:" + "|".join(longest_first) + ")"
                out.update((form, pattern) for form in written)
    return out


class DeclinedForms:
    """The forms a defined name of one word declines in: those of the act word it is
    (act_word_forms), or, for a registered instrument's name, those of the reference
    word of the instrument's kind ([references] of the language file, the ``reference``
    of data/instruments.toml): sk "(ďalej len „dohovor“)" … "čl. 14 dohovoru", sl "(v
    nadaljevanju: konvencija)" … "13. člena konvencije". The files list the reference
    words capitalised and case-bound ("=Dohovoru": the convention named last, any
    "dohovoru" is not); a defined name stands for its own instrument in either case. An
    act's name never takes them: hr "(„Ugovor“)" after a regulation's name is no
    regulation in "članka 45. Ugovora"."""

    def __init__(
        self, acts: Mapping[str, Any], fields: Iterable[str], references: Mapping[str, Any]
    ) -> None:
        self._acts = act_word_forms(acts, fields)
        self._references = {
            kind: act_word_forms({kind: [w.lstrip("=").lower() for w in words]}, [kind])
            for kind, words in references.items()
        }

    def of(self, word: str, owner: str) -> str | None:
        """The pattern of the forms of ``word``, a name defined for ``owner`` (a key
        code), or None when it does not decline."""
        if word in self._acts:
            return self._acts[word]
        kind = instrument_reference_kinds().get(owner)
        forms = None if kind is None else self._references.get(kind, {}).get(word)
        # In the case defined only: "Dohovoru" opens another convention's name (sk "čl. 5
        # Dohovoru o právach osôb so zdravotným postihnutím") or is the convention named
        # last, which the reference words read.
        return None if forms is None else f"(?-i:{forms})"


def amended_by(words: list[str]) -> regex.Pattern[str] | None:
    """What stands between an act and the act that amended it: "as amended by", perhaps
    with the amending act's author ("as amended by Commission Delegated")."""
    if not words:
        return None
    return deferred_pattern(rf"[\s,]*(?:{alternation(words)})\s+(?:\p{{L}}[\w.-]*\s+){{0,3}}?")


def amended_act(
    view: str,
    owner: Mention,
    instruments: list[Mention],
    ends: list[int],
    gap: regex.Pattern[str] | None,
) -> Mention:
    """The act a definition right after "A as amended by B" names: A, the act as amended
    ("Regulation (EU) No 531/2012 as amended by Regulation (EU) 2015/2120 (hereafter
    ‘Roaming Regulation’)" defines 531/2012), not B, the last act before it."""
    k = bisect.bisect_left(ends, owner.end)
    if gap is None or k < 1 or not owner.code.startswith("CELEX:"):
        return owner
    amended = instruments[k - 1]
    if (
        amended.use == REFERENCE
        or not amended.code.startswith("CELEX:")
        or amended.end > owner.start
        or gap.fullmatch(view, amended.end, owner.start) is None
    ):
        return owner
    return amended


def other_owner(art: Mapping[str, Any]) -> regex.Pattern[str]:
    """What makes a defined name's use another instrument, right after it: a genitive
    and a capital (it "(di seguito “Regolamento”)" … "art. 15 del Regolamento del Garante
    n. 1/2019", fr "l'article 12 du Règlement de la Commission nationale", en "Article
    12 of the Regulation of the Data Protection Commission"), as after an instrument's
    short form ("the Charter of the United Nations"), or a number of its own (it
    "Regolamento n. 1/2019")."""
    genitive = alternation(art.get("genitive_of") or art["of"])
    return deferred_pattern(
        rf"\s+(?:(?:{genitive})(?:\s+|(?<=[-'’]))\p{{Lu}}|(?:\p{{L}}{{1,3}}\.?º?\s*)?\d{{1,4}}/\d)",
        anchored=True,
    )


def as_written(name: regex.Pattern[str], use: str) -> bool:
    """Whether ``use`` is a defined name (``name``, its pattern as defined) as written,
    perhaps with a capital first letter or all in capitals: "gigabittiasetus" is used
    as "Gigabittiasetus" to open a sentence, cs „nařízení“ as "NAŘÍZENÍ" in a heading;
    "Directive" is never "directive", nor "tukiasetus" "TukiAsetus"."""
    if name.fullmatch(use) is not None or use.isupper():
        return True
    k = next((k for k, ch in enumerate(use) if ch.isalpha()), 0)
    lowered = use[:k] + use[k : k + 1].lower() + use[k + 1 :]
    return use[k : k + 1].isupper() and name.fullmatch(lowered) is not None


def title_head(
    view: str, acts: list[Mention], pos: int, of_kind: Callable[[Mention], bool]
) -> Mention | None:
    """The first act of a kind in the sentence before ``pos`` (``acts`` end before it),
    within reach: the act whose title names the others, which a name defined after
    the title stands for (fi "asetus (EU) 2024/1309 …, asetuksen (EU) 2015/2120
    muuttamisesta ja direktiivin 2014/61/EU kumoamisesta, jäljempänä gigabittiasetus",
    en "Regulation (EU) 2024/1309 …, amending Regulation (EU) 2015/2120 and repealing
    Directive 2014/61/EU (‘the Gigabit Regulation’)")."""
    head = None
    for m in reversed(acts):
        if pos - m.end > DEFINITION_REACH or SENTENCE_END.search(view, m.end, pos):
            break
        if of_kind(m):
            head = m
    return head


def act_word_at_edge(name: str, act_word: regex.Pattern[str]) -> bool:
    """Whether the unquoted, unmarked name ``name`` (several words) opens with an act
    word (hr "Uredba o zajedničkim odredbama", ro "Regulamentul privind …", ga "Treoir
    NIS 2") or ends with one written with a capital (en "Common Provisions Regulation"):
    hr "(Zakon o provedbi Opće uredbe)" names a national law, "(Text with EEA
    relevance)" nothing."""
    words = name.split()
    last = words[-1]
    return act_word.fullmatch(words[0]) is not None or (
        last[:1].isupper() and act_word.fullmatch(last) is not None
    )

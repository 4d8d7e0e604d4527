"""What may stand between an instrument and the article chain right after it, in the
languages that write the instrument first, in the genitive (lv "Regulas (EK) Nr.
2157/2001 … 12. panta", lt "reglamento … 50 straipsnio", fi "direktiivin … 27
artiklan"): compiled once per language from its [articles] table by chain_links."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from ..families.mentions import Mention
from ..families.oj_words import journal_aside
from ..knowledge.lang import alternation
from ..knowledge.lazy_patterns import deferred_pattern

# A footnote marker; EUR-Lex HTML writes it with inner spaces:
# "direktiivin 92/83/ETY ( 2 ) 27 artiklan".
# An asterisk or two marks a footnote too: sv "artikel 6.1 b * i GDPR".
MARKER = r"(?:\( ?\d{1,3} ?\)|\[\d{1,3}\]|\*{1,2}(?=[ \t]))[ \t]*"
# A footnote marker printed as a bare number, as text copied from a PDF sets it, right
# before the number of the chain: fi "päätöksen 94/415/EY 7 2 artiklan 1 kohdan" (note 7,
# Article 2(1)); two numbers with no separator between them are no list. (The gap is
# matched up to the chain's start: what follows it is out of sight.)
_BARE_MARKER = r"\d{1,2}[ \t]+"
# The possessive ending glued to an act's number, which makes it the chain's owner: da
# "direktiv 95/46/EF's artikel 12", en "Directive 95/46/EC's Article 12", sv
# "direktiv 95/46/EG:s artikel 12".
_POSSESSIVE = r"(?:(?<=\w)(?:['’]|:)s(?!\w))?"
# A word or a day of a date ("8.", "oktobris", lt "m.", "d."), and its year; or the date
# in figures (fi "8.10.2001").
_DATE_WORD = r"(?:\d{1,2}\.?|[^\W\d]{1,12}\.?)"
_DATE_CORE = (
    rf"(?:(?:{_DATE_WORD}[ \t]+){{0,3}}(?:19|20)\d\d\.?(?:[ \t]+{_DATE_WORD}){{0,4}}"
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)"
)
# The act's own date right after its number, in brackets or before its title's comma:
# lv "Regulas (EK) Nr. 2157/2001 (2001. gada 8. oktobris) par …", "Direktīvas 2001/86/EK
# 2001. gada 8. oktobra, ar ko papildina …". A year is required: the date is told from
# the chain after it, which holds none.
_ACT_DATE = rf"(?:\([ \t]?{_DATE_CORE}[ \t]?\)|{_DATE_CORE}(?=[ \t]*,))[ \t]*"
# A title may hold an abbreviation in brackets: lv "par Eiropas uzņēmējsabiedrības (SE)
# statūtiem". It ends with its sentence: lt "direktyva 93/13/EEB dėl … vartotojais.
# Pagal šios direktyvos 3 straipsnio" pins the anaphor's act, not the title's.
_TITLE_CHAR = (
    r"(?:[^\d;:,.()\[\]\n]|\.(?![ \t]+\p{Lu})|\(\p{Lu}[\w.-]{0,14}\)"
    # a comma inside the title, before a word in lower case, lists its subjects: lt "dėl
    # viešojo darbų, prekių ir paslaugų pirkimo sutarčių … derinimo 45 straipsnio", lv
    # "par … ievešanu, kas kaitīgi augiem …, un pret to izplatību Kopienā I … pielikumos"
    r"|,(?=[ \t]\p{Ll}))"
)
# A note in brackets that ends a title, in lower case: lt "… vykdymo (nauja redakcija) 7
# straipsnio" (recast), lv "(pārstrādāta versija)".
_TITLE_NOTE = r"(?:\(\p{Ll}[^\d()\n]{1,40}\)[ \t]*)?"


# A name's act number in brackets after it, with no act word: hu "a GDPR (2016/679/EU)
# 6. cikke", "a héairányelv (2006/112/EK) 58. cikke", et "IKÜM-i ((EL) 2016/679)".
_NUMBER_ASIDE = (
    r"\((?:\(\p{Lu}{2,4}(?:,[ \t]?\p{Lu}{2,8})?\)[ \t]?)?(?:19|20)?\d\d/\d{1,4}"
    r"(?:/\p{Lu}{2,4})?\)"
)


def genitive_gap(art: Mapping[str, Any], journals: list[str]) -> regex.Pattern[str]:
    """What may stand between an instrument and the chain right after it (genitive
    first): a footnote marker "(1)", a parenthesis "(jäljempänä ’perusoikeuskirja’)",
    and after an act its date and its title opened by an [articles] act_title word (lt.
    "reglamento (ES) Nr. 1151/2012 dėl ... sistemų 50 straipsnio")."""
    title = alternation(art.get("act_title", []))
    closed = closed_title(art)  # et "direktiivi 2005/36/EÜ … tunnustamise kohta (…) artiklite 21"
    # the national act that promulgated an international instrument, digits and all: hu
    # "Egyezségokmánya (kihirdette: 1976. évi 8. törvényerejű rendelet) 14. cikke"
    promulgated = art.get("promulgated")
    note = rf"|\((?:{alternation(promulgated)})[^()\n]{{1,160}}\)" if promulgated else ""
    return deferred_pattern(
        rf"{_POSSESSIVE}[ \t]*(?:{MARKER}|{_BARE_MARKER})?"
        rf"(?:(?:\([^\d()\n]{{1,200}}\){note}|{_NUMBER_ASIDE})[ \t]*"
        # a name in brackets, then the act's Official Journal reference: lv "… ar ko atceļ
        # Direktīvu 95/46/EK (Vispārīgā datu aizsardzības regula) (OV L 119, …) 32. panta"
        rf"(?:{journal_aside(journals)}[ \t]*)?"
        rf"|(?P<title>(?P<date>{_ACT_DATE})?"
        # a title with commas inside, closed by its footnote marker (and a comma): lv
        # "Direktīvas 76/207/EEK par …, kas paredz … apstākļiem [4], 1. panta 2. punktā"
        rf"(?:(?:{title})[ \t][^\d;:()\[\]\n]{{1,240}}?{MARKER},?[ \t]*"
        rf"|(?:{title})[ \t]{_TITLE_CHAR}{{1,200}}?[ \t]*{closed}{_TITLE_NOTE})?"
        # the act's Official Journal reference after its title, perhaps with the national
        # special edition (oj_words.journal_aside): lv "Direktīvas 2005/36/EK par …
        # atzīšanu (OV 2005, L 255, 22. lpp.) 21. panta"
        rf"(?P<oj>{journal_aside(journals)}[ \t]*)?"
        rf"{_clause(art, journals)}"
        # the act's own date in a database's keyword line: pt "DIR … 2006/112/CE DE
        # 2006/11/28 ART9 ART73"
        rf"|(?:[^\W\d]{{1,3}}[ \t]+)?"
        rf"(?:\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})[ \t]+"
        rf"))?{_amendments_note(art)}(?:{MARKER})?{_unit_gap(art)}{_former_gap(art)}"
    )


def _amendments_note(art: Mapping[str, Any]) -> str:
    """The note that the act is cited with all its amendments, between the act (or its
    title) and the chain: lt "reglamento (ES) Nr. 952/2013, kuriuo nustatomas Sąjungos
    muitinės kodeksas, su visais pakeitimais 177 straipsniu" (the act's article)."""
    notes = art.get("amendments_note")
    if not notes:
        return ""
    # no comma before it: the act's popular name may end its title ("…, kuriuo nustatomas
    # Sąjungos muitinės kodeksas, su visais pakeitimais"), and the chain is the act's
    return rf"(?:[ \t]*(?:{alternation(notes)}),?[ \t]+)?"


def _unit_gap(art: Mapping[str, Any]) -> str:
    """A chapter, title or section of the act, numbered, between the act and the chain:
    fi "tietosuoja-asetuksen II luvun 5 artikla", lv "Regulas … II nodaļas 5. panta"
    (a unit the contract does not cite; the article is the act's)."""
    units = art.get("noncitable")
    if not units:
        return ""
    return rf"(?:(?:[IVXLC]{{1,6}}|\d{{1,3}})\.?[ \t]+(?:{alternation(units)})[ \t]+)?"


def _clause(art: Mapping[str, Any], journals: list[str]) -> str:
    """A relative clause between commas, which may name the act it repeals or amends:
    lt. "Reglamento (ES) 2017/1939, kuriuo įgyvendinamas … srityje, 14 straipsnio",
    "reglamento (ES) Nr. 910/2014 dėl … rinkoje, kuriuo panaikinama Direktyva
    1999/93/EB, 19 straipsnyje" (the Regulation's article, not the Directive's), lv
    "Direktīvas 2001/86/EK …, ar ko papildina … jomā ( 3 ), 3.–7. pantu"; or the act's
    amendments: fi "direktiivin 2006/112/EY, sellaisena kuin se on muutettuna
    direktiivillä 2008/8/EY, 2 artiklan" (the amended act's article). The act the clause
    names may close it with its Official Journal reference: lt "…, kuria pakeičiamas Tarybos
    pamatinis sprendimas 2005/222/TVR (OL 2013 L 218, p. 8), 14 straipsnį"."""
    openers = alternation(
        [*art.get("act_title", []), *art.get("as_amended", []), *art.get("act_title_clause", [])]
    )
    # A note in lower case may close the clause's title as it closes a title (lv
    # "(pārstrādātā versija)", the recast): _TITLE_NOTE.
    body = r"(?:[^;:,()\[\]\n]|\([^()\n]{1,8}\)|\(\p{Ll}[^\d()\n]{1,40}\))"
    journal = journal_aside(journals)
    return (
        rf"(?P<clause>,[ \t]*(?:{openers})[ \t]"
        rf"(?:{body}{{1,200}}?(?:[ \t]*{journal})?"
        # commas inside only where the act's Official Journal reference closes the title:
        # et "direktiivi 2008/9/EÜ, millega sätestatakse … maksukohustuslastele, kelle
        # asukoht ei ole tagastamisliikmesriigis (ELT 2008, L 44, lk 23), artikli 20 lõiget 2";
        # that reference anchors it, so it may run over a long list of the acts the title
        # amends or repeals (et "…, millega … muudetakse määruseid (EMÜ) nr 2019/93, … ja
        # (EÜ) 2529/2001 (ELT L 270, …), artiklite 143b": title_owners._clause_head)
        rf"|(?:{body}|,){{1,600}}?[ \t]*{journal}),[ \t]*)?"
    )


def _former_gap(art: Mapping[str, Any]) -> str:
    """ "former" before the old number the instrument's article had: lt "EB sutarties ex
    234 straipsnis" (the key is that number, TEC:234); "in" before the article of the
    instrument just named: el "στη Συνθήκη περί ιδρύσεως της Ευρωπαϊκής Κοινότητας στο
    άρθρο 174 παρ. 2"."""
    former = alternation(art.get("former", []))
    gap = rf"(?:(?:{former})[ \t]+)?" if art.get("former") else ""
    locatives = art.get("article_locatives")
    if locatives:
        gap += rf"(?:(?:{alternation(locatives)})(?:[ \t]+|(?<=['’])))?"
    return gap


def closed_title(art: Mapping[str, Any]) -> str:
    """The alternative of the genitive gap for a title that follows the act's number and
    ends with its postposition, et "direktiivi 2005/36/EÜ kutsekvalifikatsioonide
    tunnustamise kohta (…) artiklite 21", and a few words after that postposition in the
    case the language's endings say ("ebaõiglaste tingimuste kohta tarbijalepingutes",
    "teenuste kohta siseturul", "… kohta tsiviil- ja kaubandusasjades"); "" where the
    language has no such postposition."""
    closes = art.get("act_title_close")
    if not closes:
        return ""
    endings = "|".join(regex.escape(e) for e in art.get("act_title_tail_endings", []))
    word = rf"[ \t]+(?:(?:{alternation(art['and'])})|[^\W\d][^\s\d;:,()\[\]]*(?:{endings}))"
    tail = rf"(?:{word}(?![^\W\d])){{0,4}}" if endings else ""
    # Where the owner is marked by its case, the title follows only that form: hu "a
    # 987/2009/EK rendeletnek a … szóló 5. cikke" (dative), never "a … rendelet … szóló";
    # an abbreviation takes the ending after a hyphen ("az EUSZ-nek a … szóló 36. cikke").
    case = "|".join(map(regex.escape, art.get("act_title_owner_endings", [])))
    owner = rf"(?:(?<=(?:{case})[ \t]*)|-(?:{case})[ \t])" if case else ""
    # The title may be empty: a Protocol's name closes with the postposition right after
    # the instrument it names, "protokolli Euroopa Liidu Kohtu põhikirja kohta artikli 23".
    # A comma after a hyphen lists the first parts of compounds (hu "közös kül-, biztonság-
    # és védelempolitikában", et "kaupade-, teenuste- ja kapitali"): no end of the title.
    return (
        rf"|{owner}(?:[^\d;:,()\[\]\n]|(?<=\w-),){{0,200}}?"
        rf"[ \t](?:{alternation(closes)}){tail}[ \t]*"
    )


def title_clause(art: Mapping[str, Any]) -> regex.Pattern[str] | None:
    """The words before an act a title names in a relative clause, perhaps with the
    act's date and its authors after them: lv "… un ar ko atceļ Padomes Regulu", lt "…,
    su paskutiniais pakeitimais, padarytais 2021 m. balandžio 7 d. Komisijos deleguotuoju
    reglamentu" (as last amended by)."""
    clauses = art.get("act_title_clause")
    if not clauses:
        return None
    return deferred_pattern(
        rf"(?<![^\W\d])(?:{alternation(clauses)})(?:[ \t]+{_DATE_CORE})?"
        rf"(?:[ \t]+[^\W\d][\w-]*){{0,4}}?[ \t]+$"
    )


def number_bracketed(view: str, m: Mention) -> bool:
    """Whether an act's number is in the brackets its mention opened after its word and
    the bracket closes right after it: fi "Direktiivin (2006/112/EY) 58 artiklan", et
    "käibemaksudirektiivi (2006/112/EÜ) artikli 58" (the act the chain after it pins)."""
    return m.type == "eu_act" and view.count("(", m.start, m.end) > view.count(")", m.start, m.end)

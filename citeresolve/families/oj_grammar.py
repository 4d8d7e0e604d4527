"""The Official Journal grammar (:mod:`.official_journal` reads its matches): the
abbreviations and titles of every language, then the national journals' forms of the
OJ or the OJ's own (a date or year, the series, an act-by-act number or a classic issue
with its date and page), tried only where an OJ word starts."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ..knowledge.dispatched import Dispatched
from ..text.scan import Trigger
from .name_variants import every_language_names
from .oj_abbreviations import abbreviations
from .oj_words import Words


def _glued_digit(alternation: str) -> str:
    # A digit may stand right before an abbreviation or a title: a footnote marker
    # glued to it ("2OJ L 88"), or the CELEX number printed before the title on old
    # EUR-Lex pages ("32001R2580Official Journal L 344"); only a letter forbids it.
    # The series letter may be glued after it too ("JOL 185", "JOC 230", pl "DUUEL. z
    # 2024 r."): a letter after the abbreviation ends it only when it is no series
    # before an issue or a dot and a space.
    # A conversion may also run the word before into a capitalised title (sv
    # "tjänsternaEuropeiska gemenskapernas officiella tidning nr L 015"): the trigger
    # fires inside a word for titles only (_trigger). An abbreviation in capitals may
    # follow an act number's domain, its footnote marker lost ("88/166/CEEJO L 74").
    # Glued, the series may be followed by its number word: es "DOUEL núm. 198".
    alternation = alternation.replace(
        r"(?![^\W\d])", r"(?!(?![LC](?:\s?\d|\.\s|\s\p{Ll}{1,4}\.\s?\d))[^\W\d])"
    )
    return alternation.replace(
        r"(?<!\w)", r"(?:(?<![^\W\d])|(?<=\p{Ll})(?=\p{Lu})|(?<=\d/\p{Lu}{2,6})(?=\p{Lu}))"
    )


@functools.cache
def _pattern() -> Dispatched:
    # The abbreviation or title, then the rest: compiled per first character of the
    # abbreviation or title, on first need (the union of 24 languages is large).
    words = Words.of_every_language()
    rest = rf"""
        (?:
            {_national_forms(words)}
          |
            {_journal_form(words)}
        )
        """
    return Dispatched(
        [
            ("abbr", abbreviations()),
            (None, every_language_names("official_journal")),
        ],
        rest,
        regex.VERBOSE,
        keep_names=True,
        transform=_glued_digit,
        heads=True,
    )


def _national_forms(w: Words) -> str:
    """How national journals cite the OJ: series, year, issue and page in a row."""
    return rf"""
            # compact national form: pl "Dz.U.UE.L.2016.119.1", "Dz.U.UE.C.2010.212E.99"
            \.?(?P<c_series>[LC])\.(?P<c_year>(?:19|20)\d{{2}})\.(?P<c_issue>\d{{1,4}})
            (?P<c_sub>[{w.subseries}])?\.(?P<c_page>\d{{1,5}})(?!\d)
          |
            # the Bluebook's form in American papers, the year before the abbreviation:
            # "2003 O.J. (L 1) 1", "2012 O.J. (C 326) 391"
            (?<=(?<![\d/.])(?P<c_year>(?:19|20)\d{{2}})\s\S{{2,6}})\s\((?P<c_series>[LC])\s
            (?P<c_issue>\d{{1,4}})(?:\s?(?P<c_sub>[{w.subseries}]))?\)\s(?P<c_page>\d{{1,5}})(?!\d)
          |
            # the same act by act (since 2023): pl "Dz.U.UE.L.2024.1385"
            \.?(?P<c_series>[LC])\.(?P<c_year>20\d{{2}})\.(?P<c_number>\d{{1,5}})(?![\d.,/]\d|\d)
          |
            # the same with spaces and words: pl "Dz.U.UE.L 1977 nr 145 poz 1"
            \.(?P<c_series>[LC])\s(?P<c_year>(?:19|20)\d{{2}})\s(?:{w.number_words}\s?)?
            (?P<c_issue>\d{{1,4}})\s(?:{w.pages}\s?)?(?P<c_page>\d{{1,5}})(?!\d)
          |
            # the year before the issue, as Polish cites its national journal: pl "Dz. U.
            # UE. L. z 2014 r. poz. 352 str. 1", "Dz.U. UE L z 2016 r. Nr 119, s. 1"; a
            # publisher's line: "Dziennik Urzędowy Unii Europejskiej, L rok 2021 nr 378 str. 15"
            # The series may be glued to the abbreviation: "DUUEL. z 2020 r., Nr 177, poz. 1".
            # Translated from Polish, the abbreviation with its dot and the connector left
            # out: en "OJ EU. L. 2023 No. 150, p. 1", "OJ. EU. L. of 2024, item 1624"
            (?:(?<=[A-Z])\.)?(?:\s(?:{w.domains}))?\.?,?(?:\s|(?<=\p{{Lu}}))(?P<c_series>[LC])\.?\s
            (?:(?:{w.connectors}|{w.year_words})\s|(?<=[LC]\.\s))
            (?P<c_year>(?:19|20)\d{{2}})\s?(?:{w.year_marks})?,?\s(?:{w.number_words}|{w.pages})\s?
            (?:
                # the page after a slash: pl "Dz. Urz. UE L z 2022 r. nr 322/79"
                (?P<c_issue>\d{{1,4}})(?:,?\s(?:{w.pages})\s?|/)(?P<c_page>\d{{1,5}})(?!\d)
              |
                # one number alone after the year: act by act, "DUUEL. z 2024 r., poz. 1785"
                (?P<c_number>\d{{1,5}})(?![\d/])
            )
    """


def _journal_form(w: Words) -> str:
    """The OJ's own form: a date or year may come first, then the series, then an
    act-by-act number or a classic issue."""
    return rf"""
        # the series glued to the abbreviation by a conversion: ro "JOL 185", "JOC 230";
        # joined by a hyphen on a publisher's metadata page: "OJ-L 081 vom 31.03.2016";
        # a title in quotes, the series after them: pt "(«Jornal Oficial da União
        # Europeia» L 139 de 30 de Abril de 2004)", fr "« Journal officiel … » L 139", en
        # "‘Official Journal of the European Union’ L 139"
        # "« Journal officiel de l’Union européenne » L, 2023/2772": a comma after the series
        (?:[ ]?[»"”“'’](?=\s[LC][\s,]))?
        # the series before the abbreviation, as a Bulgarian publisher's line has it:
        # "Обн. C ОВ. бр.115 от 9 Май 2008г." (official_journal reads it when none follows)
        (?:(?<=(?<![\w.])(?P<pre_series>[LC])\s\S{{2,6}}))?
        # or with its dot: el "Ε.Ε.L. 398/33/30.12.1989"
        (?:(?:\s?,)?\s+|(?=[LC](?:\.?\s?\d|\s\p{{Ll}}{{1,4}}\.\s?\d))|-(?=[LC]\s\d))
        (?:(?:{w.domains}),?\s+)?   # cs "Úředním věstníku EU, řada L, č. 22"
        # the issue and its page in a bracket after the date: en "published in the
        # Official Journal of 21 November 2018 (L 235/39)"
        (?:(?:(?:{w.connectors})\s+)?{w.date_first}   # ABl. vom 12.03.2014, L 72/4
            (?:,?\s+|\s\((?=[LC]\s?\d{{1,4}}\s?/\s?\d{{1,5}}\)))
        )?
        # the page word before the series, its page after the issue's slash: es "DOUE del
        # 27.12.2022 (pág. L 333/1 y ss.)"
        (?:\(\s?(?:{w.pages})\s?(?=[LC]\s?\d{{1,4}}\s?/\s?\d))?
        # OJ 1990 L 192, pl "Dz.Urz. UE z 2004 r. L 166"
        # the year's ordinal dot before the comma: hr "SL 1998., L 225, str. 16."; or
        # before the series: hu "HL 2009. L 195., 1. o." (the Court's Hungarian form)
        (?:(?:(?:{w.connectors})\s+)?(?P<year_first>(?:19|20)\d{{2}})
            (?:\s?(?:{w.year_marks})|\.(?=,|\s[LC]\s?\d))?,?\s+)?
        (?:{w.number_words}\s*)?
        # the P series: the OJ before 1968 as EUR-Lex writes it, ro "JO P 017, 6.10.1958"
        # the series after its word, as national texts write it: it "serie L n. 119", de
        # "Reihe L, Nr. 119", ro "seria L nr. 119"; its issue on the same line (a page
        # header "Serie L" then "2024/903" on a line of its own is no citation)
        (?:(?:{w.series_words})[ \t](?=[LC](?![^\W\d_])[^\n\d]{{0,12}}\d))?
        # a subseries glued to its series before an issue and its page or date: fr "n° LI
        # 79/1", de "ABl. LI 85 vom 27.03.2019"; the series with a dot: fr "n° L. 100 du"
        # the L series in lower case before its issue, as national texts copy it: es
        # "D.O.U.E. l 94 de 08/04/2011"
        (?:(?P<series>[LCP]|l(?=[ ]\d{{1,4}}[ ]))
            (?:(?P<sub>[{w.subseries}])(?=[ ]\d{{1,4}}(?:/\d|[ ](?:{w.connectors})[ ])))?
            (?![^\W\d_])(?:\.(?=[ ]\d{{1,4}}(?!\d)))?
            (?:,?\s?{w.number_words})?)?   # sl "UL L št. 166"
        {_numbers(w)}
    """


def _numbers(w: Words) -> str:
    """What follows the series: an act-by-act number, a year-first issue, or a classic
    issue."""
    return rf"""
        (?:
            # act by act, also after a number word: sl "UL L št. 2024/1159"; its year
            # written before it too: nl "PbEU L 2024, 2024/1747"; only in act-by-act years
            (?:\s?,\s*|\s+)(?:(?P<aba_again>(?:19|20)\d{{2}}),\s?)?
            (?:C/)?(?P<aba_year>{w.act_by_act_years})/(?P<aba_number>\d{{1,5}})(?!\d)
            (?:\s?,\s*{w.date})?
          |
            # the year before the issue, the page after a comma, as Austrian texts cite
            # the OJ: de "ABl L 1994/1, 3", "ABl L 2002/114, 6" (years of classic issues
            # only: an act-by-act year is read above)
            \s(?P<year_slash>19[5-9]\d|20[01]\d|202[0-2])/(?P<issue>\d{{1,4}}),[ ]
            (?P<page>\d{{1,5}})(?![\d/.,]\d|\d)
          |
            {_classic_issue(w)}
        )
    """


def _classic_issue(w: Words) -> str:
    """An issue (and its subseries), then its date or year, then the page."""
    return rf"""
        (?:
            # the issue's date before its number word and number: it "G.U.C.E. L del 27
            # maggio 2019, n. 139", "serie L del 24 maggio 2017 n. 137"
            \s(?:(?:{w.connectors})\s+)?{w.date_first},?\s(?:{w.number_words})\s?
            (?P<issue>\d{{1,4}})(?![\d/])
          |
            # a doubled space after the series as a PDF leaves it: nl "(PbEU 2019, L  305)"
            -?(?:[ ]{{2}}|\s)?(?P<issue>\d{{1,4}})(?!\d)
        )
        # the page after the issue with a space only, the date's connector after it: it
        # "GU L 342 48 del 27.9.2021", de "ABl. L 342 48 vom 27.9.2021"
        (?:[ ](?P<bare_page>\d{{1,5}})(?=[ ](?:{w.connectors})[ ]?\d))?
        # "ABl. L 72/4"; after a title, a page header
        # (not a day: el "O.J. C 392/19.12.2012" joins the issue and its date by a slash)
        (?:\s?/\s?(?P<slash_page>\d{{1,5}})(?!\d|\.\d{{1,2}}\.(?:19|20)\d\d))?
        # a subseries letter (C …E, L …I); any other capital is a page word ("S. 36");
        # the page after its slash: "OJEU 29.12.2006 C 321 E/318"
        (?:\s?(?P<sub>[{w.subseries}])(?![^\W\d_])(?:/(?P<slash_page>\d{{1,5}})(?!\d))?)?\.?
        # the year after the issue, before its date: bg "ОВ L 202 2021, 8.6.2021, стр. 32"
        (?:\s(?P<year_issue>(?:19|20)\d{{2}})(?=,))?
        # the date after the page's slash too: el "L. 398/33/30.12.1989"; glued to its
        # connector: "tad-29.12.1992"
        (?:(?:\s?,?\s*|(?<=\d)/(?=\d))(?:{w.connectors}(?:\s+|(?<=[-'’])))?{w.date}
          # the year alone between issue and page: sv "EGT nr L 299, 1972, s. 32", with
          # its year mark as the Court writes it in Bulgarian: "ОВ L 82, 2001 г., стр. 16"
          | \s?,\s*(?P<year_after>(?:19|20)\d{{2}})(?:\s?(?:{w.year_marks}))?
            (?=\s?,?\s*(?:{w.pages})\s?\d)
        )?
        (?:
            # a doubled space after the page word (es "p.  24"); an empty date field
            # before it (sv "EUT L 331, , s. 120", de "ABl. L 111 vom , S. 13"): see
            # _empty_date_read
            # the page after the bracket that closes on the date: hr "(SL L 358, 31. 12.
            # 2002.), str. 28", en "(OJ L 358, 31.12.2002), p. 28"
            (?:(?<=\([^()\n]{{8,60}}\d\.?)\)(?=,\s?(?:{w.pages})\s?\d))?
            # a semicolon between the date and the page word: hr "(SL L 1, 4. 1. 2003.;
            # str. 1.– 25.)", en "(OJ L 1, 4.1.2003; p. 1)"
            \s?[,;]?\s*(?P<empty>(?:(?:{w.connectors})\s?)?,\s*)?(?:{w.pages})\s{{0,2}}(?P<page>\d{{1,5}})
            # the page number first: hu "1. o.", lv "1. lpp.", "12./19. lpp."
          | \s?,\s*(?P<empty>,\s*)?
            (?P<page_after>\d{{1,5}})\.?(?:\s?[-–—/]\s?\d{{1,5}}\.?)?\s?(?:{w.pages_after})
        )?
    """


@functools.cache
def _trigger() -> Trigger:
    # Only these phrases are matched where it fires (_pattern), each ending as a word.
    # An abbreviation with its series glued to it ("JOL 185") is another word: those
    # words are phrases of their own.
    glued = [a + s for a in abbreviations() if a.isalpha() and a.isupper() for s in "LC"]
    names = every_language_names("official_journal")
    # A title's first word of six letters or more also where a conversion glued it to the
    # word before ("tjänsternaEuropeiska"; the grammar asks for that capital, _glued_digit).
    inside = [f"*{n}" for n in names if len(n.split(" ", 1)[0]) >= 6 and n[:1].isupper()]
    # An abbreviation in capitals run into the word before (fr "européenJO C 140 du
    # 21.4.2023, p. 46"): read only with its date and page (official_journal._glued_in_full).
    inside += [f"*{a}" for a in abbreviations() if a.isalpha() and a.isupper()]
    phrases = [*abbreviations(), *glued, *names, *inside]
    return Trigger(phrases, whole_words=True)


def matches(view: str) -> Iterator[regex.Match[str]]:
    """Non-overlapping grammar matches, tried only where an OJ word starts."""
    pattern = _pattern()
    end = 0
    for pos in _trigger().positions(view):
        if pos < end:
            continue
        m = pattern.match(view, pos)
        if m is not None:
            end = m.end()
            yield m

"""Defined names of held-out round 13's kinds: a name after a "hereinafter called"
marker between commas that is a compound with a short first part (sv "i denna lag
kallad EU-förordningen"), the title's act when the title names lists of acts it
amends, a marker after what a bracket says first (sl "(1992; v nadaljevanju …)"), a
name that declines with its act word where the language file lists the word's forms
(lv "(“IIS regula”)" … "IIS regulas"), and names in single curly quotes where the
cleaned text writes them as apostrophes (fi "(jäljempänä ’Dublin III asetus’)")."""

from __future__ import annotations

import pytest

import citeresolve

_MICA_SV = (
    "1 §   Denna lag kompletterar Europaparlamentets och rådets förordning (EU) 2023/1114 av "
    "den 31 maj 2023 om marknader för kryptotillgångar och om ändring av förordningarna (EU) "
    "nr 1093/2010 och (EU) nr 1095/2010 samt direktiven 2013/36/EU och (EU) 2019/1937, i denna "
    "lag kallad EU-förordningen.\n\n3 §   Uppgifter enligt artikel 30 eller 78.3 i "
    "EU-förordningen ska lämnas."
)
_MICA_DA = (
    "Denne lov supplerer Europa-Parlamentets og Rådets forordning (EU) 2023/1114 af 31. maj "
    "2023 om markeder for kryptoaktiver og om ændring af forordning (EU) nr. 1093/2010 og (EU) "
    "nr. 1095/2010 samt direktiv 2013/36/EU og (EU) 2019/1937, herefter kaldet "
    "EU-forordningen.\n§ 3. Oplysninger efter artikel 30 i EU-forordningen skal gives."
)
_MICA_EN = (
    "This Act supplements Regulation (EU) 2023/1114 of 31 May 2023 on markets in "
    "crypto-assets, and amending Regulations (EU) No 1093/2010 and (EU) No 1095/2010 and "
    "Directives 2013/36/EU and (EU) 2019/1937 (hereinafter ‘MiCA’). Article 30 of MiCA applies."
)


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("sv", _MICA_SV, ["CELEX:32023R1114:30", "CELEX:32023R1114:78(3)"]),
        ("da", _MICA_DA, ["CELEX:32023R1114:30"]),
        ("en", _MICA_EN, ["CELEX:32023R1114:30"]),
    ],
)
def test_a_name_closing_a_title_with_lists_of_acts_is_the_titles_act(
    lang: str, text: str, expected: list[str]
) -> None:
    pinned = [k for k in _keys(text, lang) if k.count(":") == 2]
    assert pinned == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sl",
            "kot ga opredeljuje Direktiva Sveta 92/43/EGS z dne 21. maja 1992 o ohranjanju "
            "naravnih habitatov (1992; v nadaljevanju Direktiva o varstvu narave). Po členu 6(3) "
            "Direktive o varstvu narave mora biti presoja izvedena.",
            "CELEX:31992L0043:6(3)",
        ),
        (
            "hr",
            "Direktiva Vijeća 92/43/EEZ od 21. svibnja 1992. o očuvanju prirodnih staništa (SL L "
            "206, 22.7.1992.; u daljnjem tekstu: Direktiva o zaštiti prirode). Prema članku 6. "
            "stavku 3. Direktive o zaštiti prirode provodi se ocjena.",
            "CELEX:31992L0043:6(3)",
        ),
        (
            "en",
            "Council Directive 92/43/EEC of 21 May 1992 on the conservation of natural habitats "
            "(OJ L 206, 22.7.1992, p. 7; hereinafter ‘the Nature Directive’). Article 6(3) of the "
            "Nature Directive requires an assessment.",
            "CELEX:31992L0043:6(3)",
        ),
    ],
)
def test_a_marker_after_what_the_bracket_says_first(lang: str, text: str, expected: str) -> None:
    assert expected in _keys(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lv",
            "Sistēma ir noteikta Regulā 2017/2226 1 (“IIS regula”). Komisija nav saņēmusi "
            "paziņojumus saskaņā ar IIS regulas 66. panta 1. punkta c) apakšpunktu.",
            "CELEX:32017R2226:66(1)(c)",
        ),
        (
            "fi",
            "Vastuussa oleva jäsenvaltio määritetään asetuksen (EU) N:o 604/2013 (jäljempänä "
            "’Dublin III asetus’) mukaisesti. Dublin III asetuksen 8 artiklan 1 kohdassa "
            "säädetään.",
            "CELEX:32013R0604:8(1)",
        ),
        (
            "sv",
            "Rådets förordning (EG) nr 1/2003 (’tillämpningsförordningen’) gäller. Enligt "
            "artikel 7 i tillämpningsförordningen får kommissionen fatta beslut.",
            "CELEX:32003R0001:7",
        ),
    ],
)
def test_a_defined_name_declines_with_its_act_word(lang: str, text: str, expected: str) -> None:
    assert expected in _keys(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the act named after the lists, alone: the name is that act's
        (
            "sv",
            "Lagen gäller förordningarna (EU) nr 1093/2010 och (EU) nr 1095/2010 samt förordning "
            "(EU) 2024/1624, i denna lag kallad EU-förordningen. Enligt artikel 5 i "
            "EU-förordningen gäller.",
            "CELEX:32024R1624:5",
        ),
        # a name whose kind no single act before the lists has: the last act of its kind
        (
            "en",
            "Directive (EU) 2019/1937 amending Regulations (EU) No 1093/2010 and (EU) No "
            "1095/2010 (hereinafter ‘the ESA Regulation’). Article 5 of the ESA Regulation.",
            "CELEX:32010R1095:5",
        ),
        # a bracket that says something else first, then no marker: no definition
        (
            "en",
            "Council Directive 92/43/EEC (1992; the Nature Text) was adopted. Article 6(3) of "
            "the Nature Text requires an assessment.",
            "CELEX:31992L0043",
        ),
    ],
)
def test_the_act_a_name_stands_for_otherwise(lang: str, text: str, expected: str) -> None:
    pinned = [k for k in _keys(text, lang) if k.count(":") == 2]
    assert pinned == ([expected] if expected.count(":") == 2 else [])

"""Articles in reach of the instrument their heading or sentence names:

* a chain that closes a heading takes the one instrument the heading names before it,
  across the act's title ("Regulation (EU) 2021/821 … setting up …: Information on
  measures adopted in conformity with Articles 4, 5 and 23");
* a chain after another chain of the same sentence takes the instrument that one took
  from the name before both (cs "čl. 4 odst. 4 nařízení vyžaduje, aby státy, které podle
  čl. 4 odst. 3 …, jež není uvedeno v příloze I").
"""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "NOTICE\n\nDirective 2009/43/EC of the European Parliament and of the Council "
            "simplifying terms and conditions of transfers: Measures notified by Member "
            "States under Articles 4 and 9\n\nThe Member States notified the following.",
            ["CELEX:32009L0043", "CELEX:32009L0043:4", "CELEX:32009L0043:9"],
        ),
        (
            "cs",
            "OZNÁMENÍ\n\nSměrnice Evropského parlamentu a Rady 2009/43/ES, kterou se "
            "zjednodušují podmínky transferů (1) : opatření oznámená členskými státy podle "
            "článků 4 a 9\n\nČlenské státy oznámily tato opatření.",
            ["CELEX:32009L0043", "CELEX:32009L0043:4", "CELEX:32009L0043:9"],
        ),
        (
            "it",
            "Regolamento (UE) 2024/1787 Disposizioni previste dall'articolo 12\n\n"
            "Le disposizioni si applicano.",
            ["CELEX:32024R1787", "CELEX:32024R1787:12"],
        ),
        (
            "en",
            "2. MEASURES UNDER ARTICLE 4(2) OF DIRECTIVE 2009/43/EC (ITEMS NOT LISTED IN "
            "ANNEX I)\n\nText.",
            ["CELEX:32009L0043:4(2)", "CELEX:32009L0043:annex-I"],
        ),
    ],
)
def test_chain_closing_a_heading_takes_its_instrument(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a sentence wrapped at the end of a line goes on in lower case
        (
            "en",
            "The Commission applies Directive 2009/43/EC and the measures under Articles 4\n"
            "and 9 of the national act on transfers.",
        ),
        # a heading that names two instruments before the chain
        (
            "de",
            "Richtlinie 2009/43/EG und Verordnung (EU) 2021/821: Maßnahmen nach Artikel 4\n\nText.",
        ),
        # an act the extractor does not know between them
        (
            "fr",
            "Directive 2009/43/CE et la décision du ministre relative aux transferts en "
            "application de l'article 4\n\nTexte.",
        ),
        # a heading that is a sentence
        ("en", "Directive 2009/43/EC applies. Measures were taken under Article 4\n\nText."),
    ],
)
def test_chain_of_a_heading_with_no_single_instrument(lang: str, text: str) -> None:
    found = keys(text, lang)
    assert not any(k.endswith(":4") for k in found), found


@pytest.mark.parametrize(
    ("lang", "text", "pin"),
    [
        (
            "cs",
            "Ustanovení čl. 4 odst. 4 nařízení (EU) 2021/821 vyžaduje, aby členské státy, "
            "které podle čl. 4 odst. 3 požadují povolení pro zboží, jež není uvedeno v "
            "příloze I, informovaly Komisi.",
            "CELEX:32021R0821:annex-I",
        ),
        (
            "da",
            "I henhold til direktiv 98/5/EF's artikel 2 har enhver advokat ret til at udøve "
            "de i artikel 5 nævnte former for virksomhed.",
            "CELEX:31998L0005:5",
        ),
        (
            "en",
            "Under Article 4(4) of Regulation (EU) 2021/821, Member States which require an "
            "authorisation under Article 4(3), for items not listed in Annex I, shall inform "
            "the Commission.",
            "CELEX:32021R0821:annex-I",
        ),
    ],
)
def test_chain_after_a_chain_of_the_same_instrument(lang: str, text: str, pin: str) -> None:
    assert pin in keys(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "et",
            "Komiteed tegutsesid määruses (EL) nr 182/2011 sätestatud menetluste, s.t "
            "nõuandemenetluse (artikkel 4) ja kontrollimenetluse (artikkel 5), samuti "
            "komiteemenetluse otsuse artiklis 5a sätestatud menetluse kohaselt.",
        ),
        (
            "en",
            "Under Article 4(4) of Regulation (EU) 2021/821, Member States which apply the "
            "rules of the decision of their ministry under Article 5a shall inform the "
            "Commission.",
        ),
        (
            "de",
            "Nach Artikel 4 Absatz 4 der Verordnung (EU) 2021/821 teilen Staaten, die nach "
            "Artikel 4 Absatz 3 und dem Beschluss ihres Ministeriums nach Artikel 5a "
            "handeln, dies mit.",
        ),
    ],
)
def test_chain_after_another_acts_word_is_not_chained(lang: str, text: str) -> None:
    assert not any(k.endswith(":5a") for k in keys(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "La direttiva 2000/60/CE prescrive le seguenti operazioni: l'analisi del "
            "distretto (art. 5); l'esame dell'impatto delle attività umane (art. 5); "
            "l'istituzione del registro delle zone protette (art. 6).",
            ["CELEX:32000L0060", "CELEX:32000L0060:5", "CELEX:32000L0060:5", "CELEX:32000L0060:6"],
        ),
        (
            "en",
            "Directive 2000/60/EC requires the following steps: an analysis of the district "
            "(Article 5); a review of the impact of human activity (Article 5); a register of "
            "protected areas (Article 6).",
            ["CELEX:32000L0060", "CELEX:32000L0060:5", "CELEX:32000L0060:5", "CELEX:32000L0060:6"],
        ),
        (
            "hu",
            "A cikk az (EU) 2016/679 rendelet 6. és 9. cikke közötti eltéréseket részletezi; "
            "emellett bemutatja azokat a rendelkezéseket, amelyek a 6. és 9. cikkben "
            "rögzített jogcímeket pontosítják.",
            [
                "CELEX:32016R0679:6",
                "CELEX:32016R0679:9",
                "CELEX:32016R0679:6",
                "CELEX:32016R0679:9",
            ],
        ),
    ],
)
def test_chain_after_a_chain_across_a_semicolon(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an act word right after the chain: another act's article
        (
            "sk",
            "Výbory pracovali podľa nariadenia (EÚ) č. 182/2011, t. j. podľa konzultačného "
            "postupu (článok 4) a postupu preskúmania (článok 5), ako aj podľa postupu "
            "stanoveného v článku 5a rozhodnutia o komitológii.",
        ),
        # too far after the chain before
        (
            "en",
            "Regulation (EU) No 182/2011 governs the examination procedure (Article 5) and the "
            "Court found that the duty arose when the procedures named in it had ended, even "
            "where the debt had been incurred under some other rule of Article 5a.",
        ),
    ],
)
def test_chain_after_a_chain_not_tied(lang: str, text: str) -> None:
    assert not any(k.endswith(":5a") for k in keys(text, lang))

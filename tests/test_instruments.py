"""Instrument mentions: other languages' treaty abbreviations, aliases per language."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

import citeresolve
from citeresolve.families import instrument_names
from citeresolve.knowledge.lang import Language, load
from citeresolve.text.phrase_groups import PhraseGroups


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The applicants relied on Articles 263 and 267 TFUE.", ["TFEU:263", "TFEU:267"]),
        ("nl", "overeenkomstig artikel 6 EUV en artikel 263 TFUE", ["TEU:6", "TFEU:263"]),
        ("fr", "l'article 263 AEUV et l'article 4 VEU", ["TFEU:263", "TEU:4"]),
        ("de", "nach Art. 263 TFUE und Art. 6 Abs. 3 TUE", ["TFEU:263", "TEU:6(3)"]),
    ],
)
def test_other_languages_treaty_abbreviations_complete_articles(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a foreign abbreviation alone is no citation
        ("en", "the TFUE and the AEUV were compared"),
        # "LES" is lv TEU but a French word in upper-case titles
        ("fr", "ARTICLE 4 LES ÉTATS MEMBRES"),
    ],
)
def test_foreign_abbreviations_alone_or_as_words(lang: str, text: str) -> None:
    assert keys(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "gezien het VN-overeenkomst inzake de rechten van personen met een handicap en het "
            "Kinderrechtenverdrag,",
            ["CRPD", "CRC"],
        ),
        ("nl", "artikel 3 van het Kinderrechtenverdrag", ["CRC:3"]),
        (
            "fr",
            "vu la convention internationale des droits de l'enfant, et notamment son article 3,",
            ["CRC", "CRC:3"],
        ),
        ("en", "Article 3 of the European Convention of Human Rights", ["ECHR:3"]),
        ("es", "la Convención Internacional sobre los Derechos del Niño", ["CRC"]),
    ],
)
def test_instrument_aliases(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


def test_irish_names_are_read_in_their_mutated_forms() -> None:
    """Lenition and eclipsis of a name's first word come from ga.toml's table, so the
    file lists a name once, in its radical form."""
    from citeresolve.families.name_variants import name_variants
    from citeresolve.knowledge.lang import load

    forms = name_variants(load("ga"), ["Cairt an Aontais", "Aontas"])
    assert forms == [
        "Cairt an Aontais",
        "Aontas",
        "Chairt an Aontais",
        "gCairt an Aontais",
        "nAontas",
    ]
    # a language without the tables keeps its names as listed
    assert name_variants(load("pl"), ["Karta praw podstawowych"]) == ["Karta praw podstawowych"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # "sa Chonradh" (lenition), "i gCairt" (eclipsis) of a name ga.toml lists once
        (
            "Leagtar amach go soiléir do chearta mar shaoránach den Aontas sa Chonradh ar"
            " Fheidhmiú an Aontais Eorpaigh (Airteagal 18) agus i gCairt an Aontais um"
            " Chearta Bunúsacha (Caibidil V).",
            ["TFEU:18", "CFR"],
        ),
        ("faoi Airteagal 6 den Chairt an Aontais um Chearta Bunúsacha", ["CFR:6"]),
    ],
)
def test_irish_mutated_names_are_cited(text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="ga")] == keys


def test_a_name_followed_by_another_is_found_within_reach_as_in_the_whole_text() -> None:
    # The genitive after a name is matched within reach first (the regex module scans
    # the whole rest of the text for a needed literal before an anchored match); the
    # answer must be that of the unbounded match, also where the match runs past the
    # reach (long white space) or the text ends inside it.
    from citeresolve.families import instruments

    pattern = instruments.matcher("en")._other_name
    texts = [
        "the Charter of the United Nations",
        "the Charter of the",
        "the Charter of" + " " * 100 + "the United Nations",
        "the Charter" + " " * 70 + "of Rome, the Charter in the EU, the Charter-of-X",
        "Член 5 ΣΛΕΕ Artikel 3 EUV članak 7. " * 50,
    ]
    found = 0
    for view in texts:
        for pos in range(len(view)):
            whole = pattern.match(view, pos) is not None
            assert instruments._matches_at(pattern, view, pos) == whole, (view[pos:][:40], pos)
            found += whole
    assert found >= 3


def test_kept_phrase_groups_are_those_built_afresh_and_never_serve_other_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The groups of a package language are kept across processes, one file per
    language with their trigger's tables, and match as those built afresh; a language
    built from other data with the same code is built from that data, never read kept."""
    monkeypatch.setenv("CITERESOLVE_CACHE_DIR", str(tmp_path))
    texts = {
        "en": "Article 6 of the Treaty on European Union and the Charter; that Regulation.",
        "ga": "Airteagal 6 den Chonradh ar an Aontas Eorpach agus an Chairt.",
        "fi": "Euroopan unionista tehdyn sopimuksen 6 artikla ja perusoikeuskirja.",
    }
    for code, text in texts.items():
        groups, phrases = instrument_names._phrase_groups(load(code))
        fresh = [(m.lastgroup, m.span()) for m in PhraseGroups(phrases).matches(text)]
        assert fresh  # the text names an instrument
        for _ in ("built, then kept", "read from the file"):
            kept_groups, kept = instrument_names.phrase_groups(load(code))
            assert kept_groups == groups
            assert [(m.lastgroup, m.span()) for m in kept.matches(text)] == fresh
    assert len(list(tmp_path.rglob("instrument-matcher-*.pickle"))) == 3

    data = copy.deepcopy(dict(load("en").data))
    data["instruments"]["TEU"]["names"] = ["Treaty of Testing"]
    groups, matched = instrument_names.phrase_groups(Language(data, "own.toml"))
    named = {name for name, (code, _) in groups.items() if code == "TEU"}
    hits = [m.lastgroup for m in matched.matches("the Treaty of Testing and the Treaty on EU")]
    assert any(name in named for name in hits)
    assert not [m for m in matched.matches("the Treaty on European Union") if m.lastgroup in named]

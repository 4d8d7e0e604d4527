"""Names the texts of tax authorities, courts and law reviews use for two much-cited
instruments: the VAT Directive by its tax-practice name (lv "PVN direktīva", lt "PVM
direktyva", hu "héairányelv", ro "Directiva TVA", bg "Директивата за ДДС", el "οδηγία
ΦΠΑ"), the ECHR by its abbreviation (sl "EKČP", sv "EKMR"); and an
Estonian abbreviation read as a word with its case ending glued on ("IKÜMi artiklist 13")."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


VAT = "CELEX:32006L0112"
GDPR = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lv",
            "Atbrīvojums izriet no PVN direktīvas 135. panta 1. punkta a) apakšpunkta.",
            [f"{VAT}:135(1)(a)"],
        ),
        (
            "lt",
            "Neapmokestinimas nustatytas PVM direktyvos 135 straipsnio 1 dalies a punkte.",
            [f"{VAT}:135(1)(a)"],
        ),
        (
            "hu",
            "A levonási jogot a héairányelv 168. cikkének a) pontja szabályozza.",
            [f"{VAT}:168(a)"],
        ),
        (
            "ro",
            "Dreptul de deducere este prevăzut la articolul 168 litera (a) din Directiva TVA.",
            [f"{VAT}:168(a)"],
        ),
        (
            "bg",
            "Правото на приспадане е уредено в член 168, буква а) от Директивата за ДДС.",
            [f"{VAT}:168(a)"],
        ),
        (
            "el",
            "Το δικαίωμα έκπτωσης προβλέπεται στο άρθρο 168 στοιχείο α) της οδηγίας ΦΠΑ.",
            [f"{VAT}:168(a)"],
        ),
    ],
)
def test_vat_directive_by_its_practice_name(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("sl", "Sodišče je ugotovilo kršitev 6. člena EKČP.", ["ECHR:6"]),
        ("sv", "Domstolen prövade saken enligt artikel 8 i EKMR.", ["ECHR:8"]),
    ],
)
def test_echr_by_its_abbreviation(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teavitamiskohustus tuleneb IKÜMi artiklist 13.", [f"{GDPR}:13"]),
        ("IKÜMis sätestatud nõuetest on olulisim IKÜMi artikkel 5.", [f"{GDPR}:5"]),
        ("Vt IKÜM-i artikkel 7.", [f"{GDPR}:7"]),
        # a word that merely starts with the abbreviation's letters is no name
        ("IKÜMIT artikkel 7.", []),
    ],
)
def test_estonian_glued_case_ending(text: str, expected: list[str]) -> None:
    assert keys(text, "et") == expected

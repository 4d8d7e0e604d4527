"""et: real sentences from EU/EP texts (EUR-Lex, europarl doceo, corpus), exact keys."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    (
        "treaty paragraph",
        "võttes arvesse Euroopa Liidu toimimise lepingu artikli 78 lõiget 3,",
        ["TFEU:78(3)"],
    ),
    (
        "treaty lists",
        "võttes arvesse Euroopa Liidu toimimise lepingu artikleid 225, 295, 310, 311, 312, 323 ja 324 ning Euroopa Liidu lepingu artikleid 2, 3 ja 15,",
        [
            "TFEU:225",
            "TFEU:295",
            "TFEU:310",
            "TFEU:311",
            "TFEU:312",
            "TFEU:323",
            "TFEU:324",
            "TEU:2",
            "TEU:3",
            "TEU:15",
        ],
    ),
    (
        "in particular",
        "võttes arvesse Euroopa Liidu toimimise lepingut, eriti selle artiklit 249,",
        ["TFEU", "TFEU:249"],
    ),
    ("rules", "võttes arvesse kodukorra artikleid 59 ja 154,", ["EP-RULES:59", "EP-RULES:154"]),
    ("rules paragraph", "vastavalt kodukorra artikli 132 lõikele 2", ["EP-RULES:132(2)"]),
    ("oj footnote", "(ELT L 311, 29.11.2007, lk 5)", ["OJ:L:2007:311:5"]),
    ("old oj footnote", "(1)  EÜT L 308, 8.12.2000, lk 26.", ["OJ:L:2000:308:26"]),
    ("texts adopted", "(2) Vastuvõetud tekstid, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
    ("negative", "karistusseadustiku artikli 405 lõike 2 alusel 27. detsember 2001", []),
    (
        "second audit: summary keyword line, act then its articles after a comma",
        # CJEU C-368/06 (Cedilac), summary: the act is cited whole plus one key per article.
        "(Nõukogu direktiiv 77/388, artikkel 17, artikli 18 lõige 4 ja artikli 28 lõike 3 punkt d)",
        [
            "CELEX:31977L0388",
            "CELEX:31977L0388:17",
            "CELEX:31977L0388:18(4)",
            "CELEX:31977L0388:28(3)(d)",
        ],
    ),
    (
        "second audit: the Sixth Directive named by its short name",
        # CJEU C-368/06 (Cedilac), summary: "kuuenda direktiivi" points back to 77/388.
        "(Nõukogu direktiiv 77/388, artikkel 17) Esiteks kujutab kuuenda direktiivi artikli 28 lõike 3 punkt d endast just ühte selle direktiiviga ettenähtud eranditest.",
        ["CELEX:31977L0388", "CELEX:31977L0388:17", "CELEX:31977L0388:28(3)(d)"],
    ),
]


@pytest.mark.parametrize(("name", "text", "keys"), CASES, ids=[c[0] for c in CASES])
def test_keys(name: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="et")] == keys

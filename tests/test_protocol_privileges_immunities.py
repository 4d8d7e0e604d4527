"""Protocol No 7 on the privileges and immunities of the European Union by its name alone
(a heading "Protocol on privileges and immunities", de "Protokoll über die Vorrechte und
Befreiungen", et "Privileegide ja immuniteetide protokoll"), with the article numbers
after its long name (lv "7. protokola par privilēģijām un imunitāti Eiropas Savienībā 8.
un 9. pantu"); "the Protocol" pointing back to the Protocol named last (cs "Článek 9
protokolu", et "Protokolli artiklis 9"). The pre-Lisbon Protocol of the European
Communities is none of the Protocols keyed; "the Protocol" with no Treaty Protocol named
before it, or after another agreement's Protocol, names nothing."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Legal framework\n\nProtocol on privileges and immunities\n\nIts Article 9 reads:",
            ["PROTOCOL-7"],
        ),
        (
            "en",
            "Article 8 of Protocol No 7 is clear. Article 9 of the Protocol adds a rule.",
            ["PROTOCOL-7:8", "PROTOCOL-7:9"],
        ),
        ("en", "Article 2 of the Protocol was invoked.", []),
        (
            "en",
            "Article 1 of Protocol No 1 to the ECHR applies. Article 2 of the Protocol too.",
            [],
        ),
        (
            "en",
            "Article 9 of the Protocol on the Privileges and Immunities of the European "
            "Communities",
            [],
        ),
        (
            "de",
            "Rechtsrahmen\n\nProtokoll über die Vorrechte und Befreiungen\n\n"
            "Art. 8 des Protokolls Nr. 7 gilt. Art. 9 des Protokolls sieht vor:",
            ["PROTOCOL-7", "PROTOCOL-7:8", "PROTOCOL-7:9"],
        ),
        (
            "cs",
            "Protokol o výsadách a imunitách\n\nČlánek 9 protokolu stanoví:",
            ["PROTOCOL-7", "PROTOCOL-7:9"],
        ),
        (
            "et",
            "Privileegide ja immuniteetide protokoll\n\nProtokolli artiklis 9 on sätestatud:",
            ["PROTOCOL-7", "PROTOCOL-7:9"],
        ),
        (
            "lv",
            "ņemot vērā 7. protokola par privilēģijām un imunitāti Eiropas Savienībā 8. un 9. "
            "pantu",
            ["PROTOCOL-7:8", "PROTOCOL-7:9"],
        ),
        (
            "mt",
            "skont l-Artikolu 8 tal-Protokoll dwar il-Privileġġi u l-Immunitajiet tal-Unjoni "
            "Ewropea",
            ["PROTOCOL-7:8"],
        ),
    ],
)
def test_protocol_on_privileges(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected

"""A bracketed act number that closes an OJ act's title run into one line, after the
title's own asides ("(notified under document number C(2007) 4607)", "(Text with EEA
relevance)"), is the number of the act the heading names, also when the subject line
cites other acts by number: a transcript of a Commission Recommendation or Decision
whose subject names a Directive."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Heading in capitals, subject citing a directive, asides, then the number.
        (
            "en",
            "COMMISSION RECOMMENDATION of 11 October 2007 on the electronic network of"
            " officially appointed mechanisms for the central storage of regulated information"
            " referred to in Directive 2004/109/EC of the European Parliament and of the"
            " Council (notified under document number C(2007) 4607) (Text with EEA relevance)"
            " (2007/657/EC) THE COMMISSION OF THE EUROPEAN COMMUNITIES,",
            ["CELEX:32004L0109", "CELEX:32007H0657"],
        ),
        (
            "el",
            "ΣΥΣΤΑΣΗ ΤΗΣ ΕΠΙΤΡΟΠΗΣ της 11ης Οκτωβρίου 2007 σχετικά με το ηλεκτρονικό δίκτυο"
            " των μηχανισμών κεντρικής αποθήκευσης που αναφέρονται στην οδηγία 2004/109/ΕΚ"
            " του Ευρωπαϊκού Κοινοβουλίου και του Συμβουλίου [κοινοποιηθείσα υπό τον αριθμό"
            " Ε(2007) 4607] (Κείμενο που παρουσιάζει ενδιαφέρον για τον ΕΟΧ) (2007/657/ΕΚ)"
            " Η ΕΠΙΤΡΟΠΗ ΤΩΝ ΕΥΡΩΠΑΪΚΩΝ ΚΟΙΝΟΤΗΤΩΝ,",
            ["CELEX:32004L0109", "CELEX:32007H0657"],
        ),
        (
            "de",
            "ENTSCHEIDUNG DER KOMMISSION vom 5. März 2008 zur Änderung der Richtlinie"
            " 2006/771/EG über die Harmonisierung der Frequenznutzung (Bekannt gegeben unter"
            " Aktenzeichen K(2008) 800) (Text von Bedeutung für den EWR) (2008/294/EG) DIE"
            " KOMMISSION DER EUROPÄISCHEN GEMEINSCHAFTEN,",
            ["CELEX:32006L0771", "CELEX:32008D0294"],
        ),
        # A title in title case on its own line, closed by its number.
        (
            "it",
            "Decisione della Commissione del 5 marzo 2008 che modifica la direttiva"
            " 2006/771/CE (notificata con il numero C(2008) 800) (2008/294/CE)",
            ["CELEX:32006L0771", "CELEX:32008D0294"],
        ),
        (
            "fr",
            "RECOMMANDATION DE LA COMMISSION du 11 octobre 2007 relative au réseau des"
            " mécanismes visés dans la directive 2004/109/CE (Texte présentant de l'intérêt"
            " pour l'EEE) (2007/657/CE) LA COMMISSION,",
            ["CELEX:32004L0109", "CELEX:32007H0657"],
        ),
        # Negatives: no aside before the number (the number may be the cited act's
        # label); the bracket before holds an act number; no act word in capitals.
        (
            "en",
            "COUNCIL DECISION of 1 June 1990 on the follow-up to Decision 89/45/EEC of the"
            " Council (90/123) of the Member States",
            ["CELEX:31989D0045"],
        ),
    ],
)
def test_a_number_closing_a_title_after_its_asides(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The bracket before the number holds another act's number: not a title's aside.
        (
            "en",
            "COMMISSION RECOMMENDATION of 11 October 2007 referred to in Directive 2004/109/EC"
            " (amending Directive 2001/34/EC) (2007/657/EC)",
        ),
        # No heading in capitals and no title line: running text.
        (
            "en",
            "The network referred to in Directive 2004/109/EC of the Parliament (Text with EEA"
            " relevance) (2007/657/EC) was set up in 2008.",
        ),
    ],
)
def test_no_heading_kind_without_a_title_aside(lang: str, text: str) -> None:
    found = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert "CELEX:32004L0109" in found
    assert "CELEX:32007H0657" not in found

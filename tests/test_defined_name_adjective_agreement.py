"""A defined name of several words declines as a whole: the adjective before the act
word agrees with it (sl "(v nadaljevanju Splošna uredba)" … "kršil 12. in 15. člen
Splošne uredbe", bg "(наричан по-нататък „Платформеният регламент“)" … "член 6 от
Платформения регламент"), as the act word alone already did."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An information commissioner's decision.
        (
            "sl",
            "izdaja na podlagi 77. člena Uredbe (EU) 2016/679 Evropskega parlamenta in Sveta "
            "z dne 27. aprila 2016 o varstvu posameznikov pri obdelavi osebnih podatkov in o "
            "prostem pretoku takih podatkov ter o razveljavitvi Direktive 95/46/ES (v "
            "nadaljevanju Splošna uredba) ter 34. člena Zakona o varstvu osebnih podatkov "
            "(Uradni list RS, št. 163/22; v nadaljevanju ZVOP-2) naslednjo odločbo.\n"
            "I. Ugotovi se, da je upravljavec kršil 12. in 15. člen Splošne uredbe ter 24. "
            "člen ZVOPOKD.",
            [
                ("CELEX:32016R0679:77", "77. člena"),
                ("CELEX:31995L0046", "Direktive 95/46/ES"),
                ("CELEX:32016R0679:12", "12."),
                ("CELEX:32016R0679:15", "15. člen"),
            ],
        ),
        (
            "sl",
            "Direktive (EU) 2019/1152 (v nadaljevanju: Delovna direktiva). Po 6. členu "
            "Delovne direktive delodajalec obvesti delavca.",
            [
                ("CELEX:32019L1152", "Direktive (EU) 2019/1152"),
                ("CELEX:32019L1152:6", "6. členu"),
            ],
        ),
        (
            "bg",
            "Регламент (ЕС) 2019/1150 (наричан по-нататък „Платформеният регламент“). "
            "Съгласно член 6 от Платформения регламент доставчиците",
            [
                ("CELEX:32019R1150", "Регламент (ЕС) 2019/1150"),
                ("CELEX:32019R1150:6", "член 6"),
            ],
        ),
        # Declined already through the act word: unchanged.
        (
            "el",
            "του Κανονισμού (ΕΕ) 2019/1150 (εφεξής «Ευρωπαϊκός Κανονισμός»). Κατά το άρθρο 6 "
            "του Ευρωπαϊκού Κανονισμού η επεξεργασία",
            [
                ("CELEX:32019R1150", "Κανονισμού (ΕΕ) 2019/1150"),
                ("CELEX:32019R1150:6", "άρθρο 6"),
            ],
        ),
        # Another adjective before the act word names no defined act; nor does national law.
        (
            "sl",
            "Direktive (EU) 2019/1152 (v nadaljevanju: Delovna direktiva). Po 6. členu "
            "Okoljske direktive in 5. členu Zakona o delovnih razmerjih.",
            [("CELEX:32019L1152", "Direktive (EU) 2019/1152")],
        ),
    ],
)
def test_the_adjective_of_a_defined_name_agrees(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected

"""Roman numerals, as annexes, EP Rules annexes and German paragraphs ("Art. 28 II
AEUV") number their units."""

from __future__ import annotations

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral ("XIV" → 14); None for anything else."""
    if not numeral or any(ch not in _ROMAN for ch in numeral):
        return None
    values = [_ROMAN[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))

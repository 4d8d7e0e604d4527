"""Lettered parts of an article cited as points: nl "artikel 25, onder A) en C), van
Verordening (EG) nr. 987/2009", cs "čl. 25 písm. A) a C) nařízení (ES) č. 987/2009".
Their capitals number no point (the key's points are small letters): like titles and
parts, they are not cited and do not end the chain, whose article is cited alone
(`…:25`)."""

from __future__ import annotations

from .chain_state import Token


def part_letters(tokens: list[Token]) -> list[Token]:
    """``tokens`` with a point word and the capitals closed by a bracket after it (an
    "and" or a comma between them) read as words of a subdivision that is not cited
    ("SUB"): the chain goes on over them to its instrument."""
    if not any(tok.kind == "PARTL" for tok in tokens):
        return tokens
    out = list(tokens)
    for i, tok in enumerate(out):
        if tok.kind != "PT" or i + 1 >= len(out) or out[i + 1].kind != "PARTL":
            continue
        j = i + 1
        while j < len(out) and (
            out[j].kind == "PARTL"
            or (out[j].kind in ("AND", "COMMA") and j + 1 < len(out) and out[j + 1].kind == "PARTL")
        ):
            j += 1
        for k in range(i, j):
            out[k] = Token("SUB", out[k].start, out[k].end)
    return out

"""Passes over the chain lexer's tokens of one chain, after it has read them: Roman
numerals of a German-style pin ("Art. 28 II AEUV") and compound ordinals (pt "vigésimo
quarto": 24)."""

from __future__ import annotations

from .chain_state import Token
from .chain_tokens import pin_numerals


def compound_ordinals(view: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` with two ordinals in a row, tens then units, read as one number: pt
    "vigésimo quarto", es "vigésimo cuarto", el "εικοστή τέταρτη" (24th), pt "décimo
    primeiro" (11th)."""
    out: list[Token] = []
    for tok in tokens:
        before = out[-1] if out else None
        if (
            before is not None
            and before.kind == tok.kind == "ORD"
            and not view[before.end : tok.start].strip()
            and int(before.value) >= 10
            and int(before.value) % 10 == 0
            and 0 < int(tok.value) < 10
        ):
            out[-1] = Token("ORD", before.start, tok.end, str(int(before.value) + int(tok.value)))
        else:
            out.append(tok)
    return out


def after_lexing(view: str, tokens: list[Token], *, pins: bool) -> list[Token]:
    """The passes a language asks for, in order; compound ordinals in every language."""
    tokens = pin_numerals(view, tokens) if pins else tokens
    return compound_ordinals(view, tokens)

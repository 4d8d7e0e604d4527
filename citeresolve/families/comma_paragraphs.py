"""Belgian Dutch pins: "artikel 11, 2. van de verordening", "artikel 108, 3. VWEU".
After a singular article word, its number and a comma, a number with a full stop that
ends no sentence (a comma, a word in lower case or an abbreviation in capitals follows
it) is the article's paragraph, as "(2)" would be: 11(2), 108(3), not a second article.
(The lexer stops at the full stop: a point after it, "Artikel 9, 1., b)", is not read.)"""

from __future__ import annotations

from ..knowledge.lazy_patterns import lazy_pattern
from .chain_state import Token

# The full stop after the number, and what shows that it ends no sentence.
_DOT_IN_PIN = lazy_pattern(r"\.(?=,|[ \t]+(?:[^\W\d\p{Lu}]|\p{Lu}{2,}(?![^\W\d_])))")


def comma_dot_paragraphs(view: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` with each such number read as a bracketed paragraph number right after
    its article's ("artikel 11(2)"), the comma before it dropped."""
    out: list[Token] = []
    for tok in tokens:
        if (
            tok.kind == "NUM"
            and tok.value.isdigit()
            and len(tok.value) <= 2
            and len(out) >= 3
            and out[-1].kind == "COMMA"
            and out[-2].kind == "NUM"
            and out[-3].kind == "ART"
            and out[-3].value != "plural"
            and _DOT_IN_PIN.match(view, tok.end) is not None
        ):
            out[-1] = Token("BNUM", tok.start, tok.end + 1, tok.value)
        else:
            out.append(tok)
    return out

"""Hyphens that conversions leave in a text: a word hyphenated at a line end whose line
break became a space ("the European Com- munity"), a dash typed as two hyphens. The
view of :mod:`.clean` reads through both."""

from __future__ import annotations

import regex

from ..knowledge.data import table


def spaced_wrap() -> str:
    """The pattern of the space after a line end's hyphen when a conversion turned the
    line break into a space ("Com- munity", "under- takings"): a space before a word
    that is no connector of ``data/line_wraps.toml``, after which the hyphen is a
    suspended compound's ("pre- and post-war", de "Ein- und Ausfuhr")."""
    words = sorted(table("line_wraps.toml")["connectors"], key=lambda w: (-len(w), w))
    connectors = "|".join(regex.escape(w) for w in words)
    return rf"\x20(?!(?:{connectors})(?![^\W\d_]))"


def two_hyphen_dashes(view: str) -> str:
    """A dash typed as two hyphens between spaces (" -- ", how a conversion to ASCII
    writes "–" in a judgment's keyword line: "Nariadenie (ES) c. 1/2003 -- Clánok 3")
    reads as the dash it stands for; a hyphen and a space keep the view's length."""
    return view.replace(" -- ", " -  ") if " -- " in view else view

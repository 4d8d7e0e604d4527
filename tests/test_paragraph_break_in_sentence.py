"""A blank line between two lower-case letters is a conversion's break inside a word or
a sentence, not a new paragraph: the title of an act that lists the acts it amends or
repeals runs on over it, and the article after the list is the titled act's (sv
"… europeisk kemikalie⏎⏎myndighet, ändring av direktiv 1999/45/EG … (1), särskilt
artikel 68.1" is 1907/2006's Article 68(1), not 1999/45's)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "pin"),
    [
        (
            "sv",
            "med beaktande av Europaparlamentets och rådets förordning (EG) nr 1907/2006 av den "
            "18 december 2006 om registrering, utvärdering, godkännande och begränsning av "
            "kemikalier (Reach), inrättande av en europeisk kemikalie\n\nmyndighet, ändring av "
            "direktiv 1999/45/EG och upphävande av rådets förordning (EEG) nr 793/93 och "
            "kommissionens direktiv 91/155/EEG, 93/67/EEG, 93/105/EG och 2000/21/EG (1), "
            "särskilt artikel 68.1, och",
            "CELEX:32006R1907:68(1)",
        ),
        (
            "da",
            "under henvisning til Europa-Parlamentets og Rådets forordning (EF) nr. 1907/2006 "
            "af 18. december 2006 om registrering, vurdering og godkendelse af samt "
            "begrænsninger for kemikalier (REACH), om oprettelse af et europæisk kemikalie\n\n"
            "agentur, om ændring af direktiv 1999/45/EF og ophævelse af Rådets forordning "
            "(EØF) nr. 793/93 og Kommissionens direktiv 91/155/EØF, 93/67/EØF, 93/105/EF og "
            "2000/21/EF (1), særlig artikel 68, stk. 1, og",
            "CELEX:32006R1907:68(1)",
        ),
        (
            "de",
            "gestützt auf die Verordnung (EG) Nr. 1907/2006 des Europäischen Parlaments und "
            "des Rates vom 18. Dezember 2006 zur Registrierung, Bewertung, Zulassung und "
            "Beschränkung chemischer Stoffe (REACH), zur Schaffung einer Europäischen "
            "Chemikalien\n\nagentur, zur Änderung der Richtlinie 1999/45/EG und zur Aufhebung "
            "der Verordnung (EWG) Nr. 793/93 des Rates sowie der Richtlinien 91/155/EWG, "
            "93/67/EWG, 93/105/EG und 2000/21/EG der Kommission (1), insbesondere auf "
            "Artikel 68 Absatz 1,",
            "CELEX:32006R1907:68(1)",
        ),
    ],
)
def test_title_runs_on_over_a_blank_line_inside_a_word(lang: str, text: str, pin: str) -> None:
    found = keys(text, lang)
    assert pin in found
    assert not any(k.startswith("CELEX:31999L0045:") for k in found)


def test_blank_line_after_punctuation_still_ends_the_sentence() -> None:
    # Each legal basis is its own paragraph: the article of the second is its act's.
    text = (
        "med beaktande av rådets direktiv 1999/45/EG,\n\nmed beaktande av kommissionens "
        "förordning (EU) 2020/2081, särskilt artikel 2, och"
    )
    assert "CELEX:32020R2081:2" in keys(text, "sv")

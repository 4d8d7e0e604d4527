"""A COM document's word in lower case is read as in a parliament's label ("kom (2019)
0087") and in a site's lower-cased title, with a space after the bracketed year (bg
"брюксел, 19. 12. 2007 com(2007) 823 окончателен"); never glued into an address ("kom
(2020)0270/" after a slash, a domain name's "site.com (2007)")."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "bg",
            "комисия на европейските общности брюксел, 19. 12. 2007 com(2007) 823 "
            "окончателен съобщение на комисията",
            ["COM(2007)823"],
        ),
        (
            "en",
            "commission of the european communities brussels, 12.4.2011 com(2011) 206 "
            "final communication from the commission",
            ["COM(2011)206"],
        ),
        (
            "sl",
            "evropska komisija bruselj, 13.4.2011 com(2011) 206 konč. sporočilo komisije",
            ["COM(2011)206"],
        ),
        (
            "da",
            "europa-kommissionen bruxelles, den 13.4.2011 kom(2011) 206 endelig meddelelse",
            ["COM(2011)206"],
        ),
    ],
)
def test_lower_case_title(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "read it at https://eur-lex.europa.eu/com(2007)823/ today"),
        ("da", "se www.ft.dk/samling/kom(2020)0270/ for sagen"),
        ("en", "write to info@example.com (2007) 823 visitors last year"),
        ("en", "the commission's com(2007)823 file name"),
    ],
)
def test_addresses_stay_out(lang: str, text: str) -> None:
    assert _keys(text, lang) == []

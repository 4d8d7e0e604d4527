"""A quotation that closes right after an article chain, before the "of" word of its
instrument: fr "saisir « ses homologues européens au titre de l'article 42, paragraphe
7 » du traité sur l'Union européenne", de "„Beistand nach Art. 42 Abs. 7“ des
Vertrags". The instrument after the quote still takes the chain; with no instrument
after it, nothing."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "fr",
            "Il a saisi « ses homologues européens au titre de l’article 42, paragraphe 7 » du "
            "traité sur l’Union européenne.",
            ["TEU:42(7)"],
        ),
        (
            "fr",
            "au titre de l’article 42, paragraphe 7\u00a0» du traité sur l’Union européenne",
            ["TEU:42(7)"],
        ),
        (
            "de",
            "Frankreich berief sich auf die „Beistandspflicht nach Art. 42 Abs. 7“ des Vertrags "
            "über die Europäische Union.",
            ["TEU:42(7)"],
        ),
        (
            "it",
            "la «clausola di cui all’articolo 42, paragrafo 7» del trattato sull’Unione europea",
            ["TEU:42(7)"],
        ),
        (
            "en",
            'France invoked the "assistance under Article 42(7)" of the Treaty on European Union.',
            ["TEU:42(7)"],
        ),
        # no instrument after the quote: no citation
        ("en", 'the heading "Article 5" of the draft', []),
        ("fr", "« article 5 » de M. Dupont", []),
    ],
)
def test_quote_closing_after_chain(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys

"""A reference word for "the Treaty" points back to the Treaty named before it."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "et",
            "võttes arvesse Euroopa Liidu toimimise lepingut, eriti selle artiklit 81,\n\n"
            "(3) Koostöö jääb aluslepingu artiklis 81 sätestatu piiresse.",
        ),
        (
            "da",
            "under henvisning til traktaten om Den Europæiske Unions funktionsmåde, særlig "
            "artikel 81,\n\n(3) Samarbejdet falder ind under traktatens artikel 81.",
        ),
        (
            "sv",
            "med beaktande av fördraget om Europeiska unionens funktionssätt, särskilt "
            "artikel 81,\n\n(3) Samarbetet omfattas av artikel 81 i fördraget.",
        ),
    ],
)
def test_the_treaty_is_the_one_named_before(lang: str, text: str) -> None:
    assert [c.key for c in extract(text, lang=lang)].count("TFEU:81") == 2


def test_et_the_treaties_plural_is_no_single_treaty() -> None:
    text = "Euroopa Liidu lepingu artikli 6 kohaselt ja aluslepingute artiklis 5"
    assert [c.key for c in extract(text, lang="et")] == ["TEU:6"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Õigusliku alusena viitab komisjon EL toimimise lepingu artiklile 26.", "TFEU:26"),
        ("Õigusliku alusena viitab komisjon ELi toimimise lepingu artiklile 114.", "TFEU:114"),
    ],
)
def test_et_treaty_short_names(text: str, key: str) -> None:
    assert [c.key for c in extract(text, lang="et")] == [key]

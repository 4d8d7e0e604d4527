"""An article's heading or gloss in brackets between the chain and the instrument's
name written right after it, with no "of" word: nl "zoals bedoeld in artikel 9 lid 1
(bijzondere persoonsgegevens) of artikel 10 (strafrechtelijke persoonsgegevens) AVG", en
"Article 10 (criminal convictions) GDPR", de "Art. 10 (Straftaten) DSGVO". The bracket
was read only before an "of" word ("Article 6 (Lawfulness of processing) of the GDPR"),
so these chains took nothing. A capital on the same line must follow the bracket; the
name must then be the instrument's (a national act, a sentence that begins, a name the
extractor does not know give nothing)."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Een DPIA is verplicht bij grootschalige verwerking van gegevens als bedoeld in "
            "artikel 9 lid 1 (gezondheidsgegevens) of artikel 10 (strafrechtelijke gegevens) "
            "AVG.",
            [(f"{GDPR}:9(1)", "artikel 9 lid 1"), (f"{GDPR}:10", "artikel 10")],
        ),
        (
            "en",
            "A DPIA is required for large-scale processing of data referred to in Article "
            "9(1) (special categories) or Article 10 (criminal convictions) GDPR.",
            [(f"{GDPR}:9(1)", "Article 9(1)"), (f"{GDPR}:10", "Article 10")],
        ),
        (
            "de",
            "Erforderlich ist dies bei umfangreicher Verarbeitung nach Art. 9 Abs. 1 "
            "(besondere Kategorien) oder Art. 10 (Straftaten) DSGVO.",
            [(f"{GDPR}:9(1)", "Art. 9 Abs. 1"), (f"{GDPR}:10", "Art. 10")],
        ),
        (
            "fr",
            "L'article 10 (données relatives aux condamnations) RGPD encadre ce traitement.",
            [(f"{GDPR}:10", "article 10")],
        ),
        (
            "en",
            "Article 8 (Right to respect for private life) ECHR protects correspondence.",
            [("ECHR:8", "Article 8")],
        ),
        # the bracket before an "of" word, as before
        (
            "en",
            "Article 6 (Lawfulness of processing) of the GDPR applies.",
            [(f"{GDPR}:6", "Article 6")],
        ),
        # negatives: a national act, a name the extractor does not know, a sentence
        ("de", "Nach Art. 10 (Straftaten) BDSG ist dies zulässig.", []),
        (
            "nl",
            "Volgens artikel 10 (strafbare feiten) Wetboek van Strafrecht is dit strafbaar.",
            [],
        ),
        (
            "en",
            "Under Article 10 (criminal convictions) Member States shall provide safeguards.",
            [],
        ),
        ("en", "Under Article 5 (Principles) The controller remains responsible.", []),
    ],
)
def test_bracketed_gloss_before_name(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert keys(text, lang) == expected

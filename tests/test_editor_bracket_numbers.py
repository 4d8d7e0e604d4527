"""An article's number in an editor's square brackets with the instrument it has now, as
judgments print a quoted text of older numbering: de "die Anwendung von Artikel [45 EG]",
fr "l'application de l'article [45 CE]", en "Article [45 EC]"; a bracket with a number
alone, or words, is no such edit."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Die Regelung lässt die Anwendung von Artikel [39 EG] unberührt.", ["TEC:39"]),
        ("fr", "sans préjudice de l'article [39 CE], la directive s'applique.", ["TEC:39"]),
        ("en", "without prejudice to Article [39 EC], the Directive applies.", ["TEC:39"]),
        ("it", "fatto salvo l'articolo [101 TFUE], il regolamento si applica.", ["TFEU:101"]),
        # a number alone in the brackets, or a placeholder: no edit of a reference
        ("en", "see Article [5] of the draft agreement", []),
        ("en", "under Article [X] of the draft", []),
    ],
)
def test_number_in_an_editor_bracket(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected

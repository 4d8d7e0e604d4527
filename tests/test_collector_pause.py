"""The cyclic collector is paused while a text is read (pipeline/collector.py): the
pipeline makes no reference cycles, so that the pause frees nothing later than it
would have been freed, and the collector is back as the caller had it."""

from __future__ import annotations

import gc
import threading

import pytest

import citeresolve
from citeresolve.pipeline import collector

_TEXTS = {
    "en": "Article 3 of the Treaty on European Union and Article 5(2) thereof; "
    "Regulation (EU) 2016/679, Article 6(1)(a); Case C-311/18 Schrems. " * 20,
    "fr": "L'article 3 du traité sur l'Union européenne et le règlement (UE) 2016/679, "
    "article 6, paragraphe 1, sous a); arrêt du 16 juillet 2020, C-311/18. " * 20,
    "de": "Artikel 3 EUV und Art. 6 Abs. 1 Buchst. a der Verordnung (EU) 2016/679; "
    "Urteil vom 16. Juli 2020, C-311/18, Rn. 12. " * 20,
}


def test_reading_texts_leaves_nothing_for_the_collector() -> None:
    for lang, text in _TEXTS.items():
        citeresolve.extract(text, lang=lang)  # the languages' grammars are built
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        for lang, text in _TEXTS.items():
            citeresolve.extract(text, lang=lang)
            citeresolve.extract(text, lang=None)
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


def test_the_collector_is_back_as_the_caller_had_it() -> None:
    was = gc.isenabled()
    try:
        gc.enable()
        citeresolve.extract(_TEXTS["fr"], lang="fr")
        assert gc.isenabled()
        gc.disable()
        citeresolve.extract(_TEXTS["de"], lang="de")
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_off_while_a_text_is_read_and_after_an_error() -> None:
    seen: list[bool] = []
    gc.enable()
    with collector.paused():
        seen.append(gc.isenabled())
        with collector.paused():  # a text read inside another's reading
            seen.append(gc.isenabled())
        seen.append(gc.isenabled())
    seen.append(gc.isenabled())
    with pytest.raises(citeresolve.UnknownLanguageError):
        citeresolve.extract("Artikel 3 EUV", lang="xx")
    seen.append(gc.isenabled())
    assert seen == [False, False, False, True, True]


def test_threads_reading_at_once_leave_it_on() -> None:
    gc.enable()
    errors: list[BaseException] = []

    def read(lang: str) -> None:
        try:
            for _ in range(3):
                citeresolve.extract(_TEXTS[lang], lang=lang)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=read, args=(lang,)) for lang in _TEXTS]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert gc.isenabled()

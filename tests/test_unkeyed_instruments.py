"""An instrument no key covers takes the article chain of its visa (``unkeyed_instruments``
of data/context_words.toml): the Agreement on social policy, "annexed to the Protocol
(No 14) on social policy, annexed to the Treaty establishing the European Community, and
in particular Article 4(2) thereof", owns its Article 4(2); the EC Treaty named in its
description stays cited as a whole, and gets no article (held-out round 26, hr)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Having regard to the Agreement on social policy annexed to the Protocol (No 14)"
            " on social policy, annexed to the Treaty establishing the European Community,"
            " and in particular Article 4 (2) thereof,",
        ),
        (
            "fr",
            "vu l'accord sur la politique sociale annexé au protocole (n° 14) sur la politique"
            " sociale, annexé au traité instituant la Communauté européenne, et notamment son"
            " article 4 paragraphe 2,",
        ),
        (
            "it",
            "visto l'accordo sulla politica sociale allegato al protocollo (n. 14) sulla"
            " politica sociale, allegato al trattato che istituisce la Comunità europea, in"
            " particolare l'articolo 4, paragrafo 2,",
        ),
        (
            "es",
            "Visto el Acuerdo sobre la política social anexo al Protocolo (no 14) sobre la"
            " política social, anexo al Tratado constitutivo de la Comunidad Europea, y, en"
            " particular, el apartado 2 de su artículo 4,",
        ),
        (
            "pt",
            "Tendo em conta o Acordo relativo à política social anexo ao Protocolo (nº 14)"
            " relativo à política social, anexo ao Tratado que institui a Comunidade Europeia,"
            " e, nomeadamente, o nº 2 do seu artigo 4º,",
        ),
        (
            "sv",
            "med beaktande av avtalet om socialpolitik som är fogat till protokoll (nr 14) om"
            " socialpolitik, vilket är fogat till fördraget om upprättandet av Europeiska"
            " gemenskapen, särskilt artikel 4.2 i detta,",
        ),
        (
            "hr",
            "uzimajući u obzir Sporazum o socijalnoj politici priložen Protokolu (br. 14) o"
            " socijalnoj politici, u Prilogu Ugovoru o osnivanju Europske zajednice, a posebno"
            " njegov članak 4. stavak 2.,",
        ),
    ],
)
def test_agreement_on_social_policy_owns_its_article(lang: str, text: str) -> None:
    assert keys(text, lang) == ["TEC"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # negatives: the Treaty's own visa, and the Treaty articles the Agreement became
        (
            "en",
            "Having regard to the Treaty establishing the European Community, and in"
            " particular Article 139(2) thereof,",
            ["TEC", "TEC:139(2)"],
        ),
        (
            "en",
            "The Agreement on social policy was incorporated into Articles 136 to 143 of the"
            " EC Treaty.",
            ["TEC:136-143"],
        ),
        (
            "fr",
            "l'accord sur la politique sociale a été intégré aux articles 136 à 143 du traité CE",
            ["TEC:136-143"],
        ),
    ],
)
def test_treaty_articles_stay_cited(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected

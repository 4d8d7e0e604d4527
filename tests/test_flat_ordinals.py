"""The ordinal mark after an article number flattened to a plain "o" by a conversion
(pt "artigos 100o e 101o do Tratado", "artigo 5o, n.o 1", es "artículo 5o del
Reglamento"): the "o" closes the number as "º" does and is no inserted article's letter
(the key is `TFEU:101`, never `TFEU:101o`)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Às autoridades nacionais foi conferido o poder de aplicação da lei da União quando"
            " a violação dos artigos 100o\ne 101o do Tratado sobre o Funcionamento da União"
            " Europeia\n(TFUE) afeta o comércio entre Estados-Membros.",
            ["TFEU:100", "TFEU:101"],
        ),
        (
            "pt",
            "A autoridade pode decidir nos termos do artigo 5o do Regulamento (CE) n.o 1/2003"
            " do Conselho.",
            ["CELEX:32003R0001:5"],
        ),
        (
            "pt",
            "O tratamento é lícito ao abrigo do artigo 6o, n.o 1, do RGPD.",
            ["CELEX:32016R0679:6(1)"],
        ),
        (
            "pt",
            "como resulta dos considerandos 2o e 3o do Regulamento (UE) 2016/679",
            ["CELEX:32016R0679:recital-2", "CELEX:32016R0679:recital-3"],
        ),
        (
            "es",
            "La autoridad actúa con arreglo al artículo 5o del Reglamento (CE) no 1/2003.",
            ["CELEX:32003R0001:5"],
        ),
        ("es", "Se trata de un abuso prohibido por el artículo 102o del TFUE.", ["TFEU:102"]),
        # The older EUR-Lex spacing of the marks: "artigo 101. °, n. ° 3".
        (
            "pt",
            "relativo à aplicação do artigo 101. °, n. ° 3, do Tratado sobre o Funcionamento"
            " da União Europeia a certas categorias de acordos verticais",
            ["TFEU:101(3)"],
        ),
        # Inserted articles keep their letter: a capital after the mark, a letter other
        # than the mark.
        ("pt", "nos termos do artigo 130oS do Tratado CE", ["TEC:130s"]),
        ("pt", "nos termos do artigo 59.º-A do TFUE", ["TFEU:59a"]),
        ("es", "conforme al artículo 5a del Reglamento (CE) n.º 1/2003", ["CELEX:32003R0001:5a"]),
        # Negative: a national law's article.
        ("pt", "nos termos do artigo 5o da Lei n.o 19/2012, de 8 de maio", []),
    ],
)
def test_a_flattened_ordinal_mark_closes_the_article_number(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected

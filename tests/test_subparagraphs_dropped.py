"""Two pin decisions checked in every language that writes them: a subparagraph under a
numbered paragraph is dropped from the pin (contract: sub-paragraphs are dropped), and an
act number with a two-digit year and no domain after the act word is the act ("richtlijn
90/435" is Directive 90/435/EEC)."""

from __future__ import annotations

import pytest

import citeresolve

D98 = "CELEX:31998L0005"
D90 = "CELEX:31990L0435"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("bg", "член 3, параграф 2, първа алинея от Директива 98/5/ЕО"),
        ("cs", "čl. 3 odst. 2 první pododstavec směrnice 98/5/ES"),
        ("da", "artikel 3, stk. 2, første afsnit, i direktiv 98/5/EF"),
        ("de", "Artikel 3 Absatz 2 Unterabsatz 1 der Richtlinie 98/5/EG"),
        ("el", "άρθρο 3 παράγραφος 2 πρώτο εδάφιο της οδηγίας 98/5/ΕΚ"),
        ("en", "the first subparagraph of Article 3(2) of Directive 98/5/EC"),
        ("es", "artículo 3, apartado 2, párrafo primero, de la Directiva 98/5/CE"),
        ("et", "direktiivi 98/5/EÜ artikli 3 lõike 2 esimene lõik"),
        ("fi", "direktiivin 98/5/EY 3 artiklan 2 kohdan ensimmäinen alakohta"),
        ("fr", "l'article 3, paragraphe 2, premier alinéa, de la directive 98/5/CE"),
        ("ga", "an chéad fhomhír d'Airteagal 3(2) de Threoir 98/5/CE"),
        ("hr", "članak 3. stavak 2. prvi podstavak Direktive 98/5/EZ"),
        ("hu", "a 98/5/EK irányelv 3. cikke (2) bekezdésének első albekezdése"),
        ("it", "articolo 3, paragrafo 2, primo comma, della direttiva 98/5/CE"),
        ("lt", "Direktyvos 98/5/EB 3 straipsnio 2 dalies pirmoji pastraipa"),
        ("lv", "Direktīvas 98/5/EK 3. panta 2. punkta pirmā daļa"),
        ("mt", "l-ewwel subparagrafu tal-Artikolu 3(2) tad-Direttiva 98/5/KE"),
        ("nl", "artikel 3, lid 2, eerste alinea, van richtlijn 98/5/EG"),
        ("pl", "art. 3 ust. 2 akapit pierwszy dyrektywy 98/5/WE"),
        ("pt", "artigo 3.º, n.º 2, primeiro parágrafo, da Diretiva 98/5/CE"),
        ("ro", "articolul 3 alineatul (2) primul paragraf din Directiva 98/5/CE"),
        ("sk", "článok 3 ods. 2 prvý pododsek smernice 98/5/ES"),
        ("sl", "prvi pododstavek člena 3(2) Direktive 98/5/ES"),
        ("sv", "artikel 3.2 första stycket i direktiv 98/5/EG"),
    ],
)
def test_first_subparagraph_of_a_numbered_paragraph_is_dropped(lang: str, text: str) -> None:
    assert keys(text, lang) == [f"{D98}:3(2)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "het in artikel 5 van richtlijn 90/435 opgelegde verbod"),
        ("de", "das Verbot nach Artikel 5 der Richtlinie 90/435"),
        ("fr", "l'interdiction prévue à l'article 5 de la directive 90/435"),
        ("it", "il divieto di cui all'articolo 5 della direttiva 90/435"),
        ("es", "la prohibición del artículo 5 de la Directiva 90/435"),
        ("da", "forbuddet i artikel 5 i direktiv 90/435"),
    ],
)
def test_two_digit_year_without_domain(lang: str, text: str) -> None:
    assert keys(text, lang) == [f"{D90}:5"]

"""A "thereof" that names an act's kind ("dieser Verordnung", "of that Regulation",
"dudit règlement", "de dicho Reglamento") pins the act of that kind its clause names
last before the chain, when the clause opens with an instrument of another kind (a
Treaty article): de "Wurde … entgegen Art 108 Abs 3 AEUV gewährt, …, wenn die Frist des
Art 17 Abs 1 VO (EU) 2015/1589 abgelaufen ist, sodass … Art 17 Abs 3 dieser Verordnung"
is the regulation's Article 17(3), not the Treaty's."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Wurde eine Beihilfe entgegen Art 108 Abs 3 AEUV gewährt, kann das Gericht die "
            "Rückforderung anordnen, auch wenn die Frist des Art 17 Abs 1 VO (EU) 2015/1589 "
            "abgelaufen ist, sodass sie nach Art 17 Abs 3 dieser Verordnung als bestehende "
            "Beihilfe gilt.",
            [
                "TFEU:108(3)",
                "CELEX:32015R1589:17(1)",
                "CELEX:32015R1589:17(3)",
            ],
        ),
        (
            "en",
            "Where aid was granted in breach of Article 108(3) TFEU, the court may order its "
            "recovery even after the period in Article 17(1) of Regulation (EU) 2015/1589 has "
            "expired, so that under Article 17(3) of that Regulation the aid is existing aid.",
            [
                "TFEU:108(3)",
                "CELEX:32015R1589:17(1)",
                "CELEX:32015R1589:17(3)",
            ],
        ),
        (
            "fr",
            "Lorsqu'une aide a été octroyée en violation de l'article 108, paragraphe 3, TFUE, "
            "le juge peut en ordonner la récupération même après l'expiration du délai de "
            "l'article 17, paragraphe 1, du règlement (UE) 2015/1589, de sorte qu'en vertu de "
            "l'article 17, paragraphe 3, dudit règlement l'aide est une aide existante.",
            [
                "TFEU:108(3)",
                "CELEX:32015R1589:17(1)",
                "CELEX:32015R1589:17(3)",
            ],
        ),
        (
            "es",
            "Cuando una ayuda se concede en contra del artículo 108, apartado 3, TFUE, el juez "
            "puede ordenar su recuperación aunque haya expirado el plazo del artículo 17, "
            "apartado 1, del Reglamento (UE) 2015/1589, de modo que con arreglo al artículo "
            "17, apartado 3, de dicho Reglamento la ayuda es existente.",
            [
                "TFEU:108(3)",
                "CELEX:32015R1589:17(1)",
                "CELEX:32015R1589:17(3)",
            ],
        ),
    ],
)
def test_thereof_of_a_kind_skips_a_treaty_head(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # no regulation in the clause: the Treaty stays the head of "dieses Vertrags"
        (
            "de",
            "Nach Art 108 Abs 3 AEUV und Art 107 Abs 1 dieses Vertrags ist die Beihilfe "
            "anzumelden.",
            ["TFEU:108(3)", "TFEU:107(1)"],
        ),
        # a date and "of that Treaty": the Treaty the clause opens with
        (
            "en",
            "Under Article 108(3) TFEU, as applied since 1 January 2020, Article 107(1) of "
            "that Treaty requires notification.",
            ["TFEU:108(3)", "TFEU:107(1)"],
        ),
    ],
)
def test_thereof_without_an_act_of_its_kind(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected

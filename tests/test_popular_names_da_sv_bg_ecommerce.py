"""Popular names found in privacy notices, parliamentary answers and regulators' news:
da "persondataforordningen" for the GDPR ("artikel 6, stk. 1 i persondataforordningen"),
bg "Общия регламент относно защита на данните" without the article of "защитата" and
"Общият регламент за защита на данните", the E-Commerce Directive's own short title
and its compound (da/sv "e-handelsdirektivets artikel 3", bg "Директивата за
електронната търговия", el, sl, mt), and the Taxonomy Regulation after the Union's
genitive (sv "artikel 8 i EU:s taxonomiförordning")."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "da",
            "Hvis du har givet dit samtykke til, at dine personoplysninger bliver behandlet til "
            "et bestemt formål, er behandlingen afsluttet på grundlag af artikel 6, stk. 1 i "
            "persondataforordningen.",
            [("CELEX:32016R0679:6(1)", "artikel 6, stk. 1")],
        ),
        (
            "da",
            "Oplysningerne behandles på baggrund af en legitim interesse, jf. "
            "persondataforordningens art. 6, stk. 1, litra f.",
            [("CELEX:32016R0679:6(1)(f)", "art. 6, stk. 1, litra f")],
        ),
        (
            "bg",
            "Насоки 2/2019 относно обработката на лични данни съгласно член 6, параграф 1, "
            "буква б) от Общия регламент относно защита на данните при предоставянето на "
            "онлайн услуги",
            [("CELEX:32016R0679:6(1)(b)", "член 6, параграф 1, буква б)")],
        ),
        (
            "da",
            "om lovforslaget i øvrigt opfylder de særlige betingelser i e-handelsdirektivets "
            "art. 3, stk. 4, som fortolket af EU-Domstolen i bl.a. sagen C-390/18",
            [
                ("CELEX:32000L0031:3(4)", "art. 3, stk. 4"),
                ("CJEU:C-390/18", "C-390/18"),
            ],
        ),
        (
            "sv",
            "Enligt artikel 14 i e-handelsdirektivet ansvarar inte en värdtjänst för den "
            "information som lagras.",
            [("CELEX:32000L0031:14", "artikel 14")],
        ),
        (
            "bg",
            "съгласно член 14 от Директивата за електронната търговия доставчикът на хостинг "
            "услуги не носи отговорност",
            [("CELEX:32000L0031:14", "член 14")],
        ),
        (
            "el",
            "σύμφωνα με το άρθρο 15 της οδηγίας για το ηλεκτρονικό εμπόριο δεν επιβάλλεται "
            "γενική υποχρέωση παρακολούθησης",
            [("CELEX:32000L0031:15", "άρθρο 15")],
        ),
        (
            "sl",
            "v skladu s 14. členom Direktive o elektronskem poslovanju ponudnik gostovanja ni "
            "odgovoren",
            [("CELEX:32000L0031:14", "14. členom")],
        ),
        (
            "sv",
            "Kommissionens tillkännagivande om tolkning av den delegerade rättsakten om "
            "upplysningar inom ramen för artikel 8 i EU:s taxonomiförordning om rapportering om "
            "ekonomiska verksamheter",
            [("CELEX:32020R0852:8", "artikel 8")],
        ),
        # The name standing alone is no citation; national law is none either.
        (
            "da",
            "Persondataforordningen stiller blandt andet krav om gennemsigtighed, og den "
            "danske databeskyttelseslov (L 2018-05-23 nr. 502) supplerer den.",
            [],
        ),
        ("sv", "e-handelsdirektivet genomfördes i svensk rätt genom e-handelslagen.", []),
        ("sv", "artikel 8 i lagen om elektronisk handel", []),
    ],
)
def test_popular_names_of_notices_and_answers(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected

"""Anaphors to an act named before: "that directive" after an act whose title names
others (the act cited with its own date, not the last one its title names), et "selle
direktiivi" and nl "deze beschikking" (an old decision with addressees), and the items
of a list under a lead-in that names its act by a reference word ("Als Kern der
Richtlinie sind zu betrachten:")."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "en",
            "Ireland did not comply with Directive 2008/98/EC of 19 November 2008 on waste and"
            " repealing certain Directives 75/439/EEC and 91/689/EEC, and so failed to fulfil"
            " its obligations under Article 40(1) of that directive.",
            [
                "CELEX:32008L0098",
                "CELEX:31975L0439",
                "CELEX:31991L0689",
                "CELEX:32008L0098:40(1)",
            ],
        ),
        (
            "fr",
            "L'Irlande n'a pas transposé la directive 2008/98/CE du 19 novembre 2008 relative aux"
            " déchets et abrogeant certaines directives 75/439/CEE et 91/689/CEE, en violation"
            " de l'article 40, paragraphe 1, de ladite directive.",
            [
                "CELEX:32008L0098",
                "CELEX:31975L0439",
                "CELEX:31991L0689",
                "CELEX:32008L0098:40(1)",
            ],
        ),
        (
            "cs",
            "Irsko neprovedlo směrnici 2008/98/ES ze dne 19. listopadu 2008 o odpadech a o"
            " zrušení některých směrnic 75/439/EHS a 91/689/EHS, a nesplnilo tak povinnosti"
            " podle čl. 40 odst. 1 uvedené směrnice.",
            [
                "CELEX:32008L0098",
                "CELEX:31975L0439",
                "CELEX:31991L0689",
                "CELEX:32008L0098:40(1)",
            ],
        ),
        (
            "et",
            "Iirimaa ei ole võtnud üle direktiivi 2008/98/EÜ ning on rikkunud kohustusi,"
            " mis tulenevad selle direktiivi artikli 40 lõikest 1.",
            ["CELEX:32008L0098", "CELEX:32008L0098:40(1)"],
        ),
        (
            "nl",
            "Spanje heeft beschikking 90/215/EEG niet uitgevoerd en heeft de krachtens de"
            " artikelen 1 en 2 van deze beschikking op hem rustende verplichtingen geschonden.",
            ["CELEX:31990D0215", "CELEX:31990D0215:1", "CELEX:31990D0215:2"],
        ),
    ],
)
def test_anaphor_names_the_act_before(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


def test_a_sentence_end_leaves_the_last_act() -> None:
    # the title's head act is dated in another sentence: "that directive" is the last one
    text = (
        "Directive 2008/98/EC of 19 November 2008 repealed Directive 75/439/EEC. Article 3"
        " of that directive defined waste oils."
    )
    assert _keys(text, "en")[-1] == "CELEX:31975L0439:3"


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "de",
            "Die Richtlinie 2003/88/EG regelt die Arbeitszeit.\n\n"
            "Als Kern der Richtlinie gelten:\n\n"
            "  • Art. 3: Tägliche Ruhezeit\n"
            "  • Art. 5: Wöchentliche Ruhezeit\n",
            ["CELEX:32003L0088", "CELEX:32003L0088:3", "CELEX:32003L0088:5"],
        ),
        (
            "en",
            "Directive 2003/88/EC lays down minimum requirements.\n\n"
            "The core of the Directive is:\n\n"
            "  • Article 3: daily rest\n"
            "  • Article 5: weekly rest period\n",
            ["CELEX:32003L0088", "CELEX:32003L0088:3", "CELEX:32003L0088:5"],
        ),
        (
            "fr",
            "La directive 2003/88/CE fixe des prescriptions minimales.\n\n"
            "Les dispositions essentielles de la directive sont :\n\n"
            "  • Article 3 : repos journalier\n"
            "  • Article 5 : repos hebdomadaire\n",
            ["CELEX:32003L0088", "CELEX:32003L0088:3", "CELEX:32003L0088:5"],
        ),
    ],
)
def test_list_items_under_a_lead_in_reference(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


def test_a_lead_in_naming_no_instrument_gives_none() -> None:
    text = "The core obligations are:\n\n  • Article 3: daily rest\n  • Article 5: weekly rest\n"
    assert _keys(text, "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "en",
            "On 19 March 2024 Regulation (EU) 2024/886 “amending Regulations (EU) No 260/2012 and"
            " (EU) 2021/1230” was published. Article 1 of that Regulation inserts Articles 5a"
            " to 5d.",
            [
                "CELEX:32024R0886",
                "CELEX:32012R0260",
                "CELEX:32021R1230",
                "CELEX:32024R0886:1",
            ],
        ),
        (
            "fr",
            "Le règlement (UE) 2024/886 « modifiant les règlements (UE) no 260/2012 et (UE)"
            " 2021/1230 » a été publié. L'article 1er de ce règlement insère de nouveaux"
            " articles.",
            [
                "CELEX:32024R0886",
                "CELEX:32012R0260",
                "CELEX:32021R1230",
                "CELEX:32024R0886:1",
            ],
        ),
        (
            "de",
            "Die Verordnung (EU) 2024/886 „zur Änderung der Verordnungen (EU) Nr. 260/2012 und"
            " (EU) 2021/1230“ wurde veröffentlicht. Art. 1 der genannten Verordnung fügt neue"
            " Artikel ein.",
            [
                "CELEX:32024R0886",
                "CELEX:32012R0260",
                "CELEX:32021R1230",
                "CELEX:32024R0886:1",
            ],
        ),
    ],
)
def test_acts_a_quoted_title_names_are_not_referred_to(
    lang: str, text: str, keys: list[str]
) -> None:
    assert _keys(text, lang) == keys


def test_an_act_cited_after_the_quoted_title_is_referred_to() -> None:
    text = (
        "Regulation (EU) 2024/886 “amending Regulation (EU) No 260/2012” was published."
        " Regulation (EU) 2021/1230 was amended too; Article 1 of that Regulation applies."
    )
    assert _keys(text, "en")[-1] == "CELEX:32021R1230:1"

"""Attach on its own (pipeline/attach.py): article chains from the lexer and instrument
mentions, given directly, become citations, whole-instrument citations, names that
only complete an article, and orphans."""

from __future__ import annotations

from citeresolve.families.articles import reader
from citeresolve.families.instruments import matcher
from citeresolve.families.mentions import ATTACH_ONLY, CITABLE, Mention
from citeresolve.model.keys import format_key
from citeresolve.pipeline.attach import attacher


def attach(
    lang: str, view: str, mentions: list[Mention] | None = None
) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """(citations as key and surface, in text order; completing names; orphan surfaces)."""
    found = matcher(lang).find(view) if mentions is None else mentions
    result = attacher(lang).attach(view, reader(lang).chains(view), found)
    cited = sorted(result.candidates, key=lambda c: c.start)
    return (
        [(format_key(c.parts), view[c.start : c.end]) for c in cited],
        [format_key(c.parts) for c in result.named_instruments],
        [view[o.start : o.end] for o in result.orphans],
    )


def test_an_instrument_after_the_chain_is_its_instrument() -> None:
    assert attach("en", "Article 16(2) of the Treaty on European Union") == (
        [("TEU:16(2)", "Article 16(2)")],
        ["TEU"],  # the name only completed the article: linked, not cited
        [],
    )
    cited, named, _ = attach("en", "having regard to Articles 2 and 3 TFEU")
    assert cited == [("TFEU:2", "Articles 2"), ("TFEU:3", "3")] and named == ["TFEU"]


def test_thereof_points_back_and_the_instrument_is_cited_whole() -> None:
    view = "having regard to the Treaty on European Union, and in particular Article 11 thereof,"
    assert attach("en", view) == (
        [("TEU", "Treaty on European Union"), ("TEU:11", "Article 11")],
        [],
        [],
    )


def test_a_rules_word_needs_no_instrument() -> None:
    assert attach("en", "Rule 144 of its Rules") == ([("EP-RULES:144", "Rule 144")], [], [])
    cited, named, _ = attach("nl", "gezien artikel 144, lid 5, van zijn Reglement,")
    assert cited == [("EP-RULES:144(5)", "artikel 144, lid 5")] and named == ["EP-RULES"]


def test_a_chain_without_an_instrument_is_an_orphan_not_a_citation() -> None:
    assert attach("en", "Article 14 of the NGO statutes") == ([], [], ["Article 14"])


def test_an_act_mention_given_to_attach_takes_the_chain() -> None:
    # The act is found by the eu_acts family; attach sees only its mention.
    view = "Article 6(1) of Regulation (EU) 2016/679"
    act = Mention(17, len(view), "CELEX:32016R0679", CITABLE, "eu_act")
    assert attach("en", view, [act]) == (
        [("CELEX:32016R0679:6(1)", "Article 6(1)")],
        ["CELEX:32016R0679"],
        [],
    )
    assert attach("en", view, []) == ([], [], ["Article 6(1)"])


def test_an_attach_only_name_completes_an_article_but_is_never_cited_alone() -> None:
    view = "Article 8 of the Charter"
    charter = next(m for m in matcher("en").find(view) if m.code == "CFR")
    assert charter.use == ATTACH_ONLY
    assert attach("en", view) == ([("CFR:8", "Article 8")], ["CFR"], [])
    assert attach("en", "the Charter guarantees") == ([], [], [])

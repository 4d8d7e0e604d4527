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


def _cleaned_views_by_language() -> dict[str, list[str]]:
    # The cleaned view of every fixture text, by language: what attach reads.
    import json

    from citeresolve.knowledge.lang import available_languages
    from citeresolve.text.clean import clean

    from .conftest import ROOT

    views: dict[str, list[str]] = {}
    for path in sorted((ROOT / "fixtures").glob("**/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line) if line.strip() else None
            if doc is not None and "text" in doc and doc.get("lang") in available_languages():
                views.setdefault(doc["lang"], []).append(clean(doc["text"]).view)
    return views


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


def test_the_cheap_end_tests_never_spare_a_search_that_would_match() -> None:
    # named_before searches windows before a chain with patterns anchored at the end
    # ("$"); _may_end_with skips a search only when no match can end there. Checked at
    # every chain of the corpus (where attach asks) and on windows built to match.
    import sys

    import regex

    from citeresolve.knowledge.lang import available_languages
    from citeresolve.pipeline import instrument_before as ib

    assert set(ib.SPACES) == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert all(ch in ib.SPACES for ch in map(chr, range(0x3001)) if regex.match(r"\s", ch))
    matched = {"definition": 0, "comma": 0, "dash": 0, "as regards": 0}
    views = _cleaned_views_by_language()
    crafted = [
        "(hereinafter X) \n",
        "Y, hereinafter 'X', ",
        "Directive 1/2, \n",
        "Regulation 2 — \n",
        "as regards the ",
    ]
    for code in available_languages():
        links = attacher(code)._links
        for view in [*views.get(code, []), *crafted]:
            ends = [c.start for c in reader(code).chains(view)] + [len(view)]
            for end in ends:
                start = max(0, end - 300)
                before = view[max(0, end - 80) : end]
                cases = [
                    ("definition", links.definition_end, view, "),", " \t", start),
                    ("comma", links.comma_link, before, ",:", " \t", None),
                    ("dash", links.dash_link, before, "—–-", ib.SPACES, None),
                    ("as regards", links.as_regards, before, ib._AFTER_END, "", None),
                ]
                for name, pattern, text, marks, blanks, lo in cases:
                    if pattern is None:
                        continue
                    found = (
                        pattern.search(text, lo, end) if lo is not None else pattern.search(text)
                    )
                    if found is not None:
                        matched[name] += 1
                        if lo is not None:
                            assert ib._may_end_with(text, marks, blanks, lo, end), (code, name)
                        else:
                            assert ib._may_end_with(text, marks, blanks), (code, name, text)
    assert all(matched.values()), matched  # every pattern matched somewhere: the test can fail


def test_the_cheap_link_tests_answer_as_their_patterns() -> None:
    # "in particular [its] Article 11": whether the text before a chain ends with the
    # link is asked of a REVERSE pattern; a forward search of the same pattern is the
    # definition. "thereof" after a chain is tried only where its words can start.
    # Checked at every chain of the corpus.

    import regex

    from citeresolve.knowledge.lang import available_languages

    views = _cleaned_views_by_language()
    found = thereof = 0
    for code in available_languages():
        links = attacher(code)._links
        backward = links.backward_link
        assert backward.flags & regex.REVERSE
        forward = regex.compile(backward.pattern, backward.flags & ~regex.REVERSE)
        for view in [*views.get(code, []), "in particular its ", "Article 5 ,\n thereof"]:
            chains = reader(code).chains(view)
            for end in [c.start for c in chains] + [len(view)]:
                before = view[max(0, end - 80) : end]
                linked = forward.search(before) is not None
                assert (backward.search(before) is not None) == linked, (code, before)
                found += linked
            # "thereof" after a chain: tried only where one of its words can start
            for end in [c.end for c in chains] + [len(view)]:
                after = links.thereof.match(view, end) is not None
                assert links.thereof_after(view, end) == after, (code, view[end : end + 20])
                thereof += after
    assert found > 100 and thereof > 20, (found, thereof)  # both are there: the test can fail


def test_the_gap_after_a_chain_is_kept_per_text_and_is_the_pattern_s_match() -> None:
    # Attach and the distributed articles share one language's links, and so the gap
    # after each chain end that both ask; a text's gaps are never another text's.
    from citeresolve.knowledge.lang import load
    from citeresolve.pipeline.chain_links import links_of
    from citeresolve.pipeline.distributed_articles import distributed_articles

    for code, views in _cleaned_views_by_language().items():
        links = links_of(load(code))
        assert attacher(code)._links is links is distributed_articles(code)._links
        for view in views[:3]:
            for chain in reader(code).chains(view):
                for _ in range(2):
                    got = links.gap_after(view, chain.end)
                    expected = links.forward_gap.match(view, chain.end)
                    assert (got and (got.span(), got.groupdict())) == (
                        expected and (expected.span(), expected.groupdict())
                    ), (code, chain.end)
    en = links_of(load("en"))
    first, second = "Article 5 of the Treaty", "Article 5 and 6 TEU"
    assert en.gap_after(first, 9)["of"]  # type: ignore[index]
    assert en.gap_after(second, 9)["of"] is None  # type: ignore[index]
    assert en.gap_after(first, 9)["of"]  # type: ignore[index]

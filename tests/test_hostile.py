"""Hostile input: nothing crashes, and what is found is still right.

Speed on these inputs is measured by benchmarks/run.py, not asserted here.
"""

from __future__ import annotations

import pytest

import citeresolve

SIZE = 50_000


def numbers(n: int) -> str:
    return ", ".join(str(i) for i in range(1, n + 1))


HOSTILE = {
    "one long line": "Article 3 of the Treaty on European Union " * (SIZE // 44),
    "huge list": f"Articles {numbers(10_000)} TEU",
    "nested parentheses": "(" * (SIZE // 2) + ")" * (SIZE // 2),
    "digit runs": "1234567890/" * (SIZE // 11),
    "slashes": "/" * SIZE,
    "article article": "Article " * (SIZE // 8),
    "artikel artikel": "artikel " * (SIZE // 8),
    "mixed scripts": "Член 5 ΣΛΕΕ Artikel 3 EUV članak 7. " * (SIZE // 36),
    "control characters": "\x00\x01\u200b\ufeff\u00ad(" * (SIZE // 6),
    "lone surrogates": "\ud800Article 3\udfff TEU " * (SIZE // 18),
    "entities": "&nbsp;&amp;&#160;&#x2011;" * (SIZE // 25),
    "markdown escapes": "\\_\\*\\(" * (SIZE // 6),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_survived(name: str) -> None:
    text = HOSTILE[name]
    for c in citeresolve.extract(text, lang="en"):
        assert text[c.start : c.end] == c.text


def test_a_long_list_gives_every_unit() -> None:
    found = citeresolve.extract(f"Articles {numbers(150)} TEU", lang="en")
    assert [c.key for c in found] == [f"TEU:{n}" for n in range(1, 151)]


@pytest.mark.parametrize("lang", ["fi", "hu", "lv", "lt"])
def test_number_runs_in_number_first_languages(lang: str) -> None:
    text = numbers(20_000)
    assert citeresolve.extract(text, lang=lang) == []


def test_repeated_article_words_cite_nothing() -> None:
    assert citeresolve.extract(HOSTILE["article article"], lang="en") == []


def test_a_grammar_that_runs_out_of_time_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import citeresolve.families.procedures

    monkeypatch.setattr(citeresolve.families.procedures, "scan_timeout", lambda text: 1e-9)
    with pytest.raises(citeresolve.ExtractionTimeoutError, match="pathological"):
        citeresolve.extract("x " * 100_000 + "(2022/2505(RSP))", lang="en")


def test_the_cli_skips_a_document_that_times_out(
    monkeypatch: pytest.MonkeyPatch, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    import citeresolve.families.procedures
    from citeresolve.cli import main

    slow = tmp_path / "slow.txt"
    slow.write_text("x " * 100_000 + "(2022/2505(RSP))", "utf-8")
    fine = tmp_path / "fine.txt"
    fine.write_text("(2021/2208(INI))", "utf-8")
    real = citeresolve.families.procedures.scan_timeout
    monkeypatch.setattr(
        citeresolve.families.procedures,
        "scan_timeout",
        lambda text: 1e-9 if len(text) > 1000 else real(text),
    )
    assert main(["extract", "--lang", "en", str(slow), str(fine)]) == 1
    captured = capsys.readouterr()
    assert "slow.txt: skipped" in captured.err
    assert '"key":"PROC:2021/2208(INI)"' in captured.out


def test_a_document_past_its_deadline_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # Anchored grammar calls carry no regex timeout; the loops that drive them check
    # the document's deadline instead. A deadline already past must stop the run.
    import citeresolve.limits

    monkeypatch.setattr(citeresolve.limits, "deadline_seconds", lambda text: -1.0)
    with pytest.raises(citeresolve.ExtractionTimeoutError, match="time budget"):
        citeresolve.extract("Article 3 of the Treaty on European Union", lang="en")


def test_the_deadline_is_the_document_s_own() -> None:
    # One document's deadline does not leak into the next call or outlive it.
    from citeresolve.limits import check_deadline, document_deadline

    with document_deadline("x" * 10):
        check_deadline()
    check_deadline()  # no document: no deadline
    assert citeresolve.extract("Article 2 TEU", lang="en")[0].key == "TEU:2"


def test_time_spent_waiting_does_not_use_up_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    # The budget stops a hang, not slowness: on a loaded machine the thread waits
    # for the CPU, and that wait (here a sleep four times the budget) is not counted.
    import time

    import citeresolve.limits
    from citeresolve.limits import check_deadline, document_deadline

    monkeypatch.setattr(citeresolve.limits, "_DEADLINE_FLOOR", 0.05)
    with document_deadline("x" * 10):
        time.sleep(0.2)
        check_deadline()


def test_a_busy_loop_past_the_budget_still_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    import citeresolve.limits
    from citeresolve.limits import check_deadline, document_deadline

    monkeypatch.setattr(citeresolve.limits, "_DEADLINE_FLOOR", 0.02)
    with document_deadline("x" * 10), pytest.raises(TimeoutError, match="time budget"):
        start = time.thread_time()
        while time.thread_time() - start < 0.1:  # CPU time, however busy the machine
            sum(range(1000))
        check_deadline()


def test_a_check_rule_that_runs_out_of_time_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The checker's own passes over the text (here: identifiers that look like
    # CELEX numbers) run under the same time limit as the extractor's.
    import citeresolve.outputs.check_forms

    monkeypatch.setattr(citeresolve.outputs.check_forms, "scan_timeout", lambda text: 1e-9)
    text = "CELEX:3201 " * 20_000 + "Article 3 TEU"
    with pytest.raises(citeresolve.ExtractionTimeoutError, match="not checked"):
        citeresolve.check(text, lang="en")


def test_every_regex_call_of_the_checker_has_a_time_limit() -> None:
    # limits.py promises a time limit on every grammar call over untrusted text;
    # the checker matches the document's text with patterns built from data.
    import ast
    from pathlib import Path

    import citeresolve.outputs.check

    folder = Path(citeresolve.outputs.check.__file__).parent
    sources = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("check*.py"))]
    calls = [
        node
        for source in sources
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"search", "match", "fullmatch", "finditer", "findall"}
    ]
    unlimited = [c.lineno for c in calls if not any(k.arg == "timeout" for k in c.keywords)]
    assert len(calls) >= 12 and unlimited == []

"""Output formats are registered, not listed: one registry class (model/writers.py)
serves linked documents, tables of authorities and the reports of the commands."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import citeresolve
from citeresolve.cli.commands import check as check_command
from citeresolve.cli.commands import extract as extract_command
from citeresolve.cli.commands import resolve as resolve_command
from citeresolve.errors import ConfigError
from citeresolve.model.writers import Writers
from citeresolve.outputs import authority_table, link


def test_a_writer_is_found_by_name_and_an_unknown_name_lists_the_known() -> None:
    writers: Writers[Callable[[str], str]] = Writers("shout")

    @writers.register("upper")
    def upper(text: str) -> str:
        return text.upper()

    writers.register("lower")(str.lower)
    assert writers.names() == ("upper", "lower") and "upper" in writers
    assert writers["upper"]("Article 3 TEU") == "ARTICLE 3 TEU"
    with pytest.raises(ConfigError, match=r"unknown format 'title'; use one of: upper, lower"):
        writers["title"]
    with pytest.raises(ValueError, match="shout format 'upper' is registered twice"):
        writers.register("upper")(str.upper)


def test_the_formats_of_each_output_are_its_registered_writers() -> None:
    assert link.FORMATS == ("text", "markdown", "html")
    assert [link.outputs_of(f) for f in link.FORMATS] == [
        ("markdown", "html"),
        ("markdown", "html"),
        ("html",),
    ]
    assert authority_table.FORMATS == ("md", "csv", "json", "html")
    assert check_command.REPORTS.names() == ("text", "json")
    assert extract_command.RECORDS.names() == ("jsonl", "text")
    assert resolve_command.RESOLUTIONS.names() == ("jsonl", "text")


def test_a_registered_link_writer_is_a_new_output(monkeypatch: pytest.MonkeyPatch) -> None:
    # Adding an output is one function and its registration: here plain text written
    # as a list of the keys it cites, with no other change to link().
    writers = Writers[link.LinkWriter]("link")
    for name in link.WRITERS:
        writers.register(name)(link.WRITERS[name])

    @writers.register("text>keys")
    def keys(text: str, targets: object, css_class: str | None) -> str:
        return " ".join(c.key for c in citeresolve.extract(text, lang="en"))

    monkeypatch.setattr(link, "WRITERS", writers)
    assert link.outputs_of("text") == ("markdown", "html", "keys")
    assert citeresolve.link("Article 3 TEU", to="keys", lang="en") == "TEU:3"
    with pytest.raises(ConfigError, match=r"html can be written as: html$"):
        citeresolve.link("<p>Article 3 TEU</p>", format="html", to="keys")

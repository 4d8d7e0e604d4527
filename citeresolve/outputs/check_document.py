"""What every rule of ``check`` reads (:class:`Doc`: the text, its cleaned view, the
analysis and the resolutions) and writes (:class:`Raw`: a finding before its message,
line and column), and the facts of ``data/check_codes.toml`` the rules rely on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from attrs import frozen

from ..knowledge.data import table
from ..knowledge.lang import Language
from ..model.citation import Citation
from ..pipeline.extract import Analysis
from ..resolve.offline import Resolution
from ..text.clean import CleanText


@frozen
class Raw:
    """A finding of code ``code`` at ``start``–``end`` of the text; ``fields`` fill its
    message template."""

    code: str
    start: int
    end: int
    fields: Mapping[str, object]


@frozen
class Doc:
    """The document a rule checks."""

    text: str
    view: CleanText
    analysis: Analysis
    lang: Language
    date: dt.date | None
    resolutions: tuple[tuple[Citation, Resolution], ...]


Rule = Callable[[Doc], Iterator[Raw]]


def facts(section: str) -> Mapping[str, Any]:
    """A section of ``data/check_codes.toml``."""
    return table("check_codes.toml")[section]  # type: ignore[no-any-return]

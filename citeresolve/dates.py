"""Dates given by users (``--date``, ``[tool.citeresolve] date``, ``date=``): one parser,
one wording of its error in every command."""

from __future__ import annotations

import datetime as dt

from .errors import InvalidDateError


def parse_date(value: object, source: str | None = None) -> dt.date | None:
    """A ``date``, a ``datetime`` (its day) or an ISO ``YYYY-MM-DD`` string; ``None``
    stays ``None``.  Anything else is an :class:`InvalidDateError` that says
    ``not a date: '2022-13-01' (expected YYYY-MM-DD)``, after ``source`` when given
    (where the value came from, e.g. a configuration file)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    where = f"{source}: " if source else ""
    raise InvalidDateError(f"{where}not a date: {value!r} (expected YYYY-MM-DD)")

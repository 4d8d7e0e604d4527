"""Time limits for the grammars on untrusted text.

Every grammar is written with bounded backtracking, so normal text costs a
fraction of a second per MB.  Two guards make sure no input can hang
:func:`citeresolve.extract` all the same:

* a pass of a pattern over a whole text carries a ``regex`` timeout,
  :func:`scan_timeout` of the text's length (one such call per pattern and
  document, so the clock the ``regex`` module reads on every call costs nothing);
* anchored matches (tens per KB, at trigger positions) carry none: a timeout
  there made the ``regex`` module read a CPU clock on each call, about a quarter
  of the extractor's time.  Instead the document has a deadline
  (:func:`document_deadline`), which the loops that drive those matches check
  at their first position and every :data:`DEADLINE_EVERY` positions after it
  (:func:`check_deadline`, a monotonic clock read: a tenth of a microsecond, which
  tens of thousands of trigger positions per MB made a percent of the time).

Running out of either raises ``TimeoutError``, which :func:`citeresolve.extract`
reports as :class:`citeresolve.errors.ExtractionTimeoutError`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# Seconds for a call on a short text; whole-text budgets add time per MB.
CALL_TIMEOUT = 2.0
_SCAN_SECONDS_PER_MB = 10.0
# A document's deadline is wall-clock time (a monotonic clock is cheap to read; a
# CPU clock costs a system call): generous, because it also covers the first
# call's pattern compilation and a busy machine. It stops a hang, not slowness.
_DEADLINE_FLOOR = 20.0
# How many anchored matches a driving loop tries between two deadline checks: each
# is bounded (every grammar's backtracking is), so a hang still stops soon after it.
DEADLINE_EVERY = 16
# The deadline of the document being extracted in this thread or task.
_DEADLINE: ContextVar[float] = ContextVar("citeresolve_deadline", default=math.inf)


def scan_timeout(text: str) -> float:
    """Seconds allowed for one pass of a pattern over all of ``text``."""
    return CALL_TIMEOUT + _SCAN_SECONDS_PER_MB * len(text) / 1_000_000


def deadline_seconds(text: str) -> float:
    """Wall-clock seconds the extraction of ``text`` may take."""
    return _DEADLINE_FLOOR + _SCAN_SECONDS_PER_MB * len(text) / 1_000_000


@contextmanager
def document_deadline(text: str) -> Iterator[None]:
    """Give the extraction of ``text`` a deadline :func:`deadline_seconds` from now."""
    token = _DEADLINE.set(time.monotonic() + deadline_seconds(text))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_deadline() -> None:
    """Raise ``TimeoutError`` when the current document is past its deadline."""
    if time.monotonic() > _DEADLINE.get():
        raise TimeoutError("the document ran out of its time budget")

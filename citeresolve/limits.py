"""Time limits for the grammars on untrusted text.

Every grammar is written with bounded backtracking, so normal text costs a
fraction of a second per MB.  Two guards make sure no input can hang
:func:`citeresolve.extract` all the same:

* a pass of a pattern over a whole text carries a ``regex`` timeout,
  :func:`scan_timeout` of the text's length (one such call per pattern and
  document, so the clock the ``regex`` module reads on every call costs nothing;
  that clock is C ``clock()``, the CPU time of the process, so a busy machine
  does not use it up);
* anchored matches (tens per KB, at trigger positions) carry none: a timeout
  there made the ``regex`` module read a CPU clock on each call, about a quarter
  of the extractor's time.  Instead the document has a CPU-time budget
  (:func:`document_deadline`), which the loops that drive those matches check
  at their first position and every :data:`DEADLINE_EVERY` positions after it
  (:func:`check_deadline`).

The budget counts the CPU time of the extracting thread (``time.thread_time``),
not wall-clock time: it is there to stop a hang, not slowness, and on a loaded
machine wall-clock time ran out while other processes had the CPU (a 2 MB
document of mixed scripts, about 4 CPU seconds per MB, failed on a 2-core host
at a load of 12).  Time the thread spends waiting for the CPU, for I/O or for
the GIL is not counted.  Reading that clock is a system call (about 1.8 µs
against 0.25 µs for a monotonic clock), paid once per :data:`DEADLINE_EVERY`
positions.

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
# A document's budget is CPU time of the extracting thread (a system call to read,
# so it is read once per DEADLINE_EVERY positions): generous, because it also
# covers the first call's pattern compilation. It stops a hang, not slowness.
_DEADLINE_FLOOR = 20.0
# How many anchored matches a driving loop tries between two deadline checks: each
# is bounded (every grammar's backtracking is), so a hang still stops soon after it.
# 128, not 16 as with the monotonic clock: the realistic benchmark has about 2,500
# such positions per MB, so the CPU clock costs what the monotonic one did.
DEADLINE_EVERY = 128
# The deadline, on the thread_time() clock, of the document being extracted in
# this thread or task (a context variable, so each thread has its own, as its clock).
_DEADLINE: ContextVar[float] = ContextVar("citeresolve_deadline", default=math.inf)


def scan_timeout(text: str) -> float:
    """Seconds allowed for one pass of a pattern over all of ``text``."""
    return CALL_TIMEOUT + _SCAN_SECONDS_PER_MB * len(text) / 1_000_000


def deadline_seconds(text: str) -> float:
    """CPU seconds (of the extracting thread) the extraction of ``text`` may take."""
    return _DEADLINE_FLOOR + _SCAN_SECONDS_PER_MB * len(text) / 1_000_000


@contextmanager
def document_deadline(text: str) -> Iterator[None]:
    """Give the extraction of ``text`` :func:`deadline_seconds` of thread CPU time from now."""
    token = _DEADLINE.set(time.thread_time() + deadline_seconds(text))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_deadline() -> None:
    """Raise ``TimeoutError`` when the current document has used up its CPU budget."""
    if time.thread_time() > _DEADLINE.get():
        raise TimeoutError("the document ran out of its time budget")

"""Time limits for grammar calls on untrusted text.

Every pattern citeresolve runs over a document carries a ``regex`` timeout, so
that no input can hang it: an anchored call gets :data:`CALL_TIMEOUT`, a scan
of the whole text gets :func:`scan_timeout` of its length.  Normal text needs a
small fraction of these (about a second per MB for the whole pipeline); a call
that runs out raises ``TimeoutError``, which :func:`citeresolve.extract`
reports as :class:`citeresolve.errors.ExtractionTimeoutError`.
"""

from __future__ import annotations

CALL_TIMEOUT = 2.0  # seconds for one anchored match or search
_SCAN_SECONDS_PER_MB = 10.0


def scan_timeout(text: str) -> float:
    """Seconds allowed for one pass of a pattern over all of ``text``."""
    return CALL_TIMEOUT + _SCAN_SECONDS_PER_MB * len(text) / 1_000_000

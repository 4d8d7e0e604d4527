"""The cyclic garbage collector, paused while a text is read.

Reading a long text keeps its tokens, mentions, chains and candidates alive until
the end, and the collector, counting them as they are made, scanned them again and
again (young collections every few hundred objects, full ones as they pile up): a
tenth of reading 1 MB of citations. The pipeline makes no reference cycles
(tests/test_collector_pause.py), so there is nothing for it to free meanwhile:
:func:`paused` switches it off for the call and back on as the caller had it. While
several threads read texts, it stays off until the last one is done.

The first text of a language builds that language's grammar, tables and triggers:
thousands of long-lived objects, which the collector would scan again and again in
the calls after. When the last reader is done, every object is moved to the oldest
generation unscanned (``gc.freeze()`` then ``gc.unfreeze()``: nothing stays frozen,
garbage among them is freed by the next full collection), as when the stage's modules
load (``citeresolve.__getattr__``); not when the caller froze objects of its own.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator


class _Pause:
    __slots__ = ("built", "depth", "lock", "resume")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0  # the calls reading a text now
        self.resume = False  # whether the collector ran before the first of them
        self.built = False  # whether one of them built a language's grammar


_PAUSE = _Pause()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off while the block runs, then as the caller had it."""
    pause = _PAUSE
    with pause.lock:
        if pause.depth == 0:
            pause.resume = gc.isenabled()
            gc.disable()
        pause.depth += 1
    try:
        yield
    finally:
        with pause.lock:
            pause.depth -= 1
            if pause.depth == 0:
                if pause.built and pause.resume and not gc.get_freeze_count():
                    gc.freeze()
                    gc.unfreeze()
                pause.built = False
                if pause.resume:
                    gc.enable()


def built() -> None:
    """Notes that the text being read built a language's grammar (see the module)."""
    _PAUSE.built = True

"""Running ``citeresolve link`` over many documents: in order, in a process pool
(one process per core, with a progress bar) or on Dask, and stopping cleanly on
Ctrl-C or TERM (no worker, semaphore or traceback outlives the command)."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import CancelledError, InvalidStateError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from .link_document import Job, Outcome, link_one


def run_on_dask(jobs: list[Job], workers: int | None, scheduler: str | None) -> Iterator[Outcome]:
    """Outcomes in input order, each document linked (and written) by a Dask worker."""
    from ...scale.dask import dask_client

    with dask_client(workers=workers, scheduler=scheduler) as client:
        for future in client.map(link_one, jobs, pure=False):
            yield future.result()


def run_all(jobs: list[Job], workers: int | None) -> Iterator[Outcome]:
    """Outcomes in input order, with a progress bar when stderr is a terminal."""
    count = workers or os.cpu_count() or 1
    bar = _progress(len(jobs))
    try:
        if len(jobs) == 1 or count == 1:
            for job in jobs:
                yield link_one(job)
                bar.update(1)
            return
        # Workers ignore Ctrl-C: the parent alone stops the batch, so that one
        # message is printed instead of a traceback per worker.
        pool = ProcessPoolExecutor(
            max_workers=min(count, len(jobs)), initializer=_ignore_interrupts
        )
        signals = _Interruption(pool)
        try:
            # chunksize: per-document pickling is small next to linking, but not free.
            chunk = max(1, min(16, len(jobs) // (count * 4)))
            for outcome in pool.map(link_one, jobs, chunksize=chunk):
                yield outcome
                bar.update(1)
        except BaseException:
            _stop(pool)
            signals.raise_if_seen()
            raise
        finally:
            signals.restore()
        pool.shutdown()
        signals.raise_if_seen()
    finally:
        bar.close()


class _Interruption:
    """Ctrl-C or TERM during a parallel batch stops the workers at once and ends the
    command, even when Python raised the interruption inside a finaliser (the regex
    module frees compiler state in ``__del__``), where it is printed as "Exception
    ignored" and swallowed: the signal is remembered and raised again at a safe point."""

    def __init__(self, pool: ProcessPoolExecutor) -> None:
        self._pool = pool
        self._seen: tuple[int, Any] | None = None
        self._previous: dict[int, Any] = {}
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self._previous[signum] = signal.signal(signum, self._on_signal)

    def _on_signal(self, signum: int, frame: Any) -> None:
        if self._seen is None:
            self._seen = (signum, self._previous.get(signum))
            for process in list((getattr(self._pool, "_processes", None) or {}).values()):
                process.terminate()
        self._raise(signum, self._previous.get(signum), frame)

    @staticmethod
    def _raise(signum: int, handler: Any, frame: Any) -> None:
        # The command's own handlers raise KeyboardInterrupt or Terminated (cli.main).
        if callable(handler):
            handler(signum, frame)
        raise KeyboardInterrupt

    def raise_if_seen(self) -> None:
        if self._seen is not None:
            self._raise(self._seen[0], self._seen[1], None)

    def restore(self) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous = {}


def _ignore_interrupts() -> None:
    """In each worker: Ctrl-C is the parent's to handle; TERM ends the worker
    at once and quietly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_quietly)


def _exit_quietly(signum: int, frame: object) -> None:
    # Not SystemExit: raised inside a finaliser (the regex module frees compiler
    # state in __del__) it is printed as "Exception ignored … Traceback" and the
    # worker carries on.  Nothing needs unwinding: writes defer TERM until their
    # temporary file is renamed or removed (write_bytes_atomically).
    os._exit(128 + signum)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now (interrupted): drop queued documents, end the workers and
    wait for them, so that no worker and no semaphore outlives the command.
    A document being written is safe: writes go through a temporary file."""
    # The executor has no public way to end running workers; its process table does
    # (read before shutdown, which lets go of it).
    processes = list((getattr(pool, "_processes", None) or {}).values())
    # The executor's manager thread may still hand a result to a future just
    # cancelled, or find a terminated worker's pipe closed: expected while the
    # batch is torn down, and no traceback for the user.
    threading.excepthook = _quiet_teardown
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)
    pool.shutdown(wait=True)


def _quiet_teardown(args: threading.ExceptHookArgs) -> None:
    if not issubclass(args.exc_type, _TEARDOWN_ERRORS):
        threading.__excepthook__(args)


_TEARDOWN_ERRORS = (InvalidStateError, BrokenProcessPool, CancelledError, EOFError, OSError)


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int) -> Any:
    """A tqdm bar on stderr when it is a terminal and tqdm (extra ``progress``) is installed."""
    if total < 2 or not sys.stderr.isatty():
        return _NoBar()
    try:
        from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return _NoBar()
    return tqdm(total=total, file=sys.stderr, unit="doc", desc="linking", disable=None)

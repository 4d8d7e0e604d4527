#!/usr/bin/env python3
"""Throughput of batch extraction on Dask: one local worker against two (and serial).

    python benchmarks/dask_scaling.py [--mb 8] [--workers 1 2] [--detect] [--repeat 3]

Builds a corpus of documents from the gold passages in ``fixtures/corpus``
(each passage plus neighbouring pairs, replicated to about ``--mb`` MB; every
record carries its language unless ``--detect``), then reports MB/s for:

* serial: ``citeresolve.scale.dask.extract_document`` in this process;
* a LocalCluster of N single-threaded worker processes for each N in
  ``--workers``, through ``run_batch`` writing JSON Lines partitions to a
  temporary directory (the ``extract --workers N --output DIR`` path).

Each cluster first runs a small warm-up batch so that pattern compilation in
the new worker processes (a one-off per process) is not counted; cluster
start-up time is reported separately.  The best of ``--repeat`` runs counts.
Besides wall-clock MB/s it prints MB per CPU second of the extracting
processes, which is the per-core rate and barely moves with machine load.
Needs ``citeresolve[dask]``.  Numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from citeresolve.scale import dask as batch  # noqa: E402

CORPUS = ROOT / "fixtures" / "corpus"


def base_documents(detect: bool) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            passages = [p for p in doc["text"].split("\n") if len(p.strip()) > 40]
            pieces = passages + ["\n".join(passages[i : i + 2]) for i in range(len(passages) - 1)]
            for piece in pieces:
                record = {"text": piece} if detect else {"text": piece, "lang": doc["lang"]}
                docs.append(record)
    return docs


def corpus(mb: float, detect: bool) -> list[dict[str, Any]]:
    base = base_documents(detect)
    size = sum(len(d["text"].encode("utf-8")) for d in base)
    copies = max(1, round(mb * 1e6 / size))
    return [{**d, "id": f"{n}/{i}"} for n in range(copies) for i, d in enumerate(base)]


def serial(docs: list[dict[str, Any]], warm: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of extracting ``docs`` to JSON Lines in this process
    (the same work as one partition task, without Dask)."""
    for d in docs[:warm]:
        batch.extract_document(d)  # compile this process's patterns first
    started, cpu = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory() as out:
        batch.process_partition(docs, 0, out, {})
    return time.perf_counter() - started, time.process_time() - cpu


def _worker_cpu(client: Any) -> float:
    """CPU seconds used so far by all worker processes together."""
    return sum(client.run(time.process_time).values())


def on_cluster(
    docs: list[dict[str, Any]], workers: int, repeat: int, warm: int
) -> tuple[float, float, float]:
    """(start-up seconds, best wall seconds, worker CPU seconds of that run) on a fresh
    LocalCluster of ``workers``."""
    started = time.perf_counter()
    with batch.dask_client(workers=workers) as client:
        startup = time.perf_counter() - started
        # Every language on every worker: several small partitions of one corpus copy.
        warm_bag = batch.documents_bag(docs[:warm] * workers, threads=4 * workers)
        with tempfile.TemporaryDirectory() as out:
            batch.run_batch(warm_bag, output=out, client=client)
        bag = batch.documents_bag(docs, threads=workers)
        best, best_cpu = float("inf"), 0.0
        for _ in range(repeat):
            cpu = _worker_cpu(client)
            with tempfile.TemporaryDirectory() as out:
                seconds = batch.run_batch(bag, output=out, client=client).seconds
            if seconds < best:
                best, best_cpu = seconds, _worker_cpu(client) - cpu
    return startup, best, best_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=8.0, help="corpus size (default 8 MB)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--detect", action="store_true", help="leave the language to detection")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    docs = corpus(args.mb, args.detect)
    size = sum(len(d["text"].encode("utf-8")) for d in docs) / 1e6
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{platform.python_implementation()} {platform.python_version()} on "
        f"{os.cpu_count()} cores, load average {load:.1f}; {len(docs)} documents, "
        f"{size:.1f} MB, language {'detected' if args.detect else 'given'}"
    )
    # Wall-clock MB/s depends on what else the machine runs; MB per CPU second of
    # the extracting processes (per core) hardly does.
    warm = len(base_documents(args.detect))  # one copy of the corpus holds every language
    seconds, cpu = serial(docs, warm)
    print(
        f"serial      {seconds:6.2f} s  {size / seconds:6.2f} MB/s wall"
        f"  {size / cpu:6.2f} MB per CPU s"
    )
    for workers in args.workers:
        startup, seconds, cpu = on_cluster(docs, workers, args.repeat, warm)
        rate = size / seconds
        label = f"{workers} worker{'s' if workers > 1 else ' '}"
        print(
            f"{label}   {seconds:6.2f} s  {rate:6.2f} MB/s wall"
            f"  {size / cpu:6.2f} MB per CPU s  ({rate / workers:.2f} MB/s wall per worker;"
            f" cluster start {startup:.1f} s)"
        )


if __name__ == "__main__":
    main()

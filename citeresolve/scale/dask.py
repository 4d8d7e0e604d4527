"""Corpus-size batch runs on Dask: the same extraction, spread over processes or a cluster.

Documents are plain dicts, so they pickle cheaply and any engine can carry
them:

* a text record ``{"id": "doc-1", "text": "…", "lang": "nl"}`` (``lang`` optional);
* a path record ``{"path": "a.md"}`` (``id`` defaults to the path) or just the
  path as a string.

:func:`extract_document` and :func:`link_document` are the pure per-document
functions (usable from any engine, Spark's ``mapInPandas`` included);
:func:`extract_bag` and :func:`link_bag` map them over a Dask bag;
:func:`run_batch` runs an extraction to JSON Lines partitions or to a stream
and returns a :class:`BatchSummary`.  A document that fails (unreadable
file, unknown language, a regex timeout …) becomes one ``{"id", "error"}``
record instead of failing the whole job.

Dask is the optional extra ``citeresolve[dask]`` and is imported only when a
function here needs it.
"""

from __future__ import annotations

import contextlib
import importlib
import math
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import IO, Any

from attrs import frozen

from ..errors import CiteresolveError
from ..model.writers import json_line
from ..outputs.records import Record, citation_records
from ..text.formats import VisibleText, read_visible

Document = Mapping[str, Any] | str

PARTITION_NAME = "part-{index:05d}.jsonl"
# Enough partitions per worker thread to balance uneven documents, few enough
# that task overhead (a few ms each) stays small against the work.
PARTITIONS_PER_THREAD = 4
MAX_DOCUMENTS_PER_PARTITION = 1000


class DaskDependencyError(CiteresolveError, ImportError):
    """A batch run on Dask was asked for without the optional ``dask`` dependencies."""


def _import_dask(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise DaskDependencyError(
            f"batch runs on Dask need the optional dependency {name.split('.')[0]}; "
            "install it with: pip install 'citeresolve[dask]'"
        ) from exc


def require_dask_extra() -> None:
    """Raise :class:`DaskDependencyError` unless ``dask[bag]`` and ``distributed`` import."""
    for name in ("dask.bag", "distributed"):
        _import_dask(name)


# ------------------------------------------------------------------ per document


@frozen
class Loaded:
    """A document read into memory: what to call it in records, and its text."""

    id: str
    text: str
    lang: str | None
    path: str | None
    # How a path record was read (its format by suffix, as every command reads it).
    visible: VisibleText | None = None


def load_document(document: Document, *, lang: str | None = None) -> Loaded:
    """Read a text or path record; ``lang`` is the default when the record has none."""
    if isinstance(document, str):
        document = {"path": document}
    if "text" in document:
        return Loaded(
            str(document.get("id", "")), str(document["text"]), document.get("lang") or lang, None
        )
    if "path" in document:
        path = str(document["path"])
        visible = read_visible(path)
        doc_lang = document.get("lang") or lang
        return Loaded(str(document.get("id", path)), visible.text, doc_lang, path, visible)
    raise CiteresolveError(f"a document record needs 'text' or 'path', got keys {sorted(document)}")


def _document_id(document: Document) -> str:
    if isinstance(document, str):
        return document
    return str(document.get("id", document.get("path", "")))


def _error_record(document: Document, exc: BaseException) -> Record:
    message = str(exc) if isinstance(exc, CiteresolveError) else f"{type(exc).__name__}: {exc}"
    return {"v": 1, "id": _document_id(document), "error": message}


def extract_document(
    document: Document, *, lang: str | None = None, with_urls: bool = False
) -> list[Record]:
    """The citation records of one document, or one error record; never raises.

    A citation record is ``{"v": 1, "id", ["file"], "type", "key", "start",
    "end", "line", "col", "text"}`` (plus ``url`` and ``status`` with
    ``with_urls``): the fields of ``citeresolve extract``'s JSON Lines, with
    the document's ``id``; ``file`` is there for path records.
    """
    try:
        loaded = load_document(document, lang=lang)
        return _citation_records(loaded, with_urls=with_urls)
    except Exception as exc:  # one bad document must not sink a million-document job
        return [_error_record(document, exc)]


def _citation_records(doc: Loaded, *, with_urls: bool) -> list[Record]:
    head: Record = {"id": doc.id}
    if doc.path is not None:
        head["file"] = doc.path
    records = citation_records(
        doc.text, lang=doc.lang, head=head, with_urls=with_urls, visible=doc.visible
    )
    return list(records)


# Formats of path records by suffix, as ``citeresolve link`` guesses them.
_FORMAT_BY_SUFFIX = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def link_document(
    document: Document,
    *,
    format: str | None = None,
    to: str | None = None,
    lang: str | None = None,
    date: str | None = None,
    css_class: str | None = "citeresolve",
) -> Record:
    """One document with links inserted (:func:`citeresolve.link.link`), as a record
    ``{"v": 1, "id", ["file"], "format", "text"}``, or an error record; never raises.

    ``format`` is the input's (``text``, ``markdown``, ``html``); ``None``
    takes a record's ``format``, else guesses from a path's suffix, else text.
    """
    from ..outputs.link import link, outputs_of

    try:
        loaded = load_document(document, lang=lang)
        given = document.get("format") if isinstance(document, Mapping) else None
        suffix = Path(loaded.path).suffix.lower() if loaded.path else ""
        kind = format or given or _FORMAT_BY_SUFFIX.get(suffix, "text")
        linked = link(
            loaded.text,
            format=kind,
            to=to,
            lang=loaded.lang,
            date=date,
            css_class=css_class,
        )
    except Exception as exc:  # recorded per document, see extract_document
        return _error_record(document, exc)
    record: Record = {"v": 1, "id": loaded.id}
    if loaded.path is not None:
        record["file"] = loaded.path
    record.update(format=to or outputs_of(kind)[0], text=linked)
    return record


# ------------------------------------------------------------------------- bags


def extract_bag(bag: Any, *, lang: str | None = None, with_urls: bool = False) -> Any:
    """A bag of citation and error records (see :func:`extract_document`), in document order."""
    _import_dask("dask.bag")
    return bag.map(extract_document, lang=lang, with_urls=with_urls).flatten()


def link_bag(
    bag: Any,
    *,
    format: str | None = None,
    to: str | None = None,
    lang: str | None = None,
    date: str | None = None,
    css_class: str | None = "citeresolve",
) -> Any:
    """A bag of linked documents and error records (see :func:`link_document`)."""
    _import_dask("dask.bag")
    return bag.map(link_document, format=format, to=to, lang=lang, date=date, css_class=css_class)


def documents_bag(documents: Sequence[Document], *, threads: int = 1) -> Any:
    """A bag over ``documents`` cut into partitions sized for ``threads`` worker threads."""
    db = _import_dask("dask.bag")
    return db.from_sequence(documents, npartitions=partition_count(len(documents), threads))


def partition_count(documents: int, threads: int) -> int:
    """How many partitions to cut ``documents`` into for ``threads`` worker threads."""
    wanted = max(
        PARTITIONS_PER_THREAD * max(threads, 1), math.ceil(documents / MAX_DOCUMENTS_PER_PARTITION)
    )
    return max(1, min(documents, wanted))


# --------------------------------------------------------------------- running


@frozen
class BatchSummary:
    """What a batch run did; ``bytes`` counts the UTF-8 size of the texts read."""

    documents: int
    citations: int
    failures: int
    bytes: int
    seconds: float

    @property
    def mb_per_second(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "citations": self.citations,
            "failures": self.failures,
            "mb": round(self.bytes / 1e6, 3),
            "seconds": round(self.seconds, 3),
            "mb_per_s": round(self.mb_per_second, 3),
        }

    def __str__(self) -> str:
        return (
            f"{self.documents} documents, {self.citations} citations, "
            f"{self.failures} failures; {self.bytes / 1e6:.2f} MB in "
            f"{self.seconds:.2f} s ({self.mb_per_second:.2f} MB/s)"
        )


@frozen
class PartitionResult:
    """One partition's counts, and its lines unless they were written to a file."""

    documents: int
    citations: int
    failures: int
    bytes: int
    lines: tuple[str, ...] = ()


def process_partition(
    documents: Sequence[Document],
    index: int,
    output: str | None,
    options: Mapping[str, Any],
) -> PartitionResult:
    """Extract every document of one partition; write ``part-NNNNN.jsonl`` into ``output``
    (atomically, so a retried task never leaves half a file) or keep the lines."""
    lines: list[str] = []
    citations = failures = size = 0
    for document in documents:
        try:
            loaded = load_document(document, lang=options.get("lang"))
            size += len(loaded.text.encode("utf-8"))
            records = _citation_records(loaded, with_urls=bool(options.get("with_urls")))
        except Exception as exc:  # recorded per document, see extract_document
            records = [_error_record(document, exc)]
            failures += 1
        else:
            citations += len(records)
        lines += map(json_line, records)
    if output is None:
        return PartitionResult(len(documents), citations, failures, size, tuple(lines))
    target = Path(output) / PARTITION_NAME.format(index=index)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    tmp.replace(target)
    return PartitionResult(len(documents), citations, failures, size)


def run_batch(
    bag: Any,
    *,
    output: str | Path | None = None,
    sink: IO[str] | None = None,
    lang: str | None = None,
    with_urls: bool = False,
    client: Any = None,
) -> BatchSummary:
    """Extract citations from every document of ``bag``.

    With ``output``, each partition becomes ``output/part-NNNNN.jsonl``; in
    partition order their concatenation is the whole result.  Otherwise the
    lines go to ``sink`` in document order, partition by partition as they
    finish (with a distributed ``client``, memory holds only the partitions
    not yet written).  Runs on ``client`` if given, else on Dask's current
    scheduler.
    """
    dask = _import_dask("dask")
    options = {"lang": lang, "with_urls": with_urls}
    target = None
    if output is not None:
        Path(output).mkdir(parents=True, exist_ok=True)
        target = str(output)
    process = dask.delayed(process_partition, pure=False)
    tasks = [process(part, index, target, options) for index, part in enumerate(bag.to_delayed())]
    started = time.perf_counter()
    results = []
    for result in _in_order(dask, tasks, client):
        if sink is not None:
            sink.writelines(result.lines)
        results.append(result)
    if sink is not None:
        sink.flush()
    seconds = time.perf_counter() - started
    return BatchSummary(
        documents=sum(r.documents for r in results),
        citations=sum(r.citations for r in results),
        failures=sum(r.failures for r in results),
        bytes=sum(r.bytes for r in results),
        seconds=seconds,
    )


def _in_order(dask: ModuleType, tasks: list[Any], client: Any) -> Iterator[PartitionResult]:
    if client is None:
        yield from dask.compute(*tasks)
        return
    for future in client.compute(tasks):
        yield future.result()
        future.release()  # let the cluster drop the partition once it is written


# --------------------------------------------------------------------- clusters


@contextlib.contextmanager
def dask_client(*, workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: on an existing cluster at ``scheduler``, or on a
    local cluster of ``workers`` single-threaded processes (the extractor is
    pure Python, so threads would share one GIL)."""
    distributed = _import_dask("distributed")
    if scheduler is not None:
        with distributed.Client(scheduler) as client:
            yield client
        return
    with (
        distributed.LocalCluster(
            n_workers=workers or 1, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def worker_threads(client: Any) -> int:
    """How many tasks the cluster behind ``client`` runs at once."""
    return sum(int(n) for n in client.nthreads().values()) or 1


def run_files(
    files: Sequence[str],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    output: str | Path | None = None,
    sink: IO[str] | None = None,
    lang: str | None = None,
    with_urls: bool = False,
) -> BatchSummary:
    """The ``citeresolve extract --workers/--scheduler`` run: one path record per file."""
    require_dask_extra()
    with dask_client(workers=workers, scheduler=scheduler) as client:
        bag = documents_bag(list(files), threads=worker_threads(client))
        return run_batch(
            bag, output=output, sink=sink, lang=lang, with_urls=with_urls, client=client
        )

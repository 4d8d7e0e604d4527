"""Batch runs on Dask (citeresolve.scale.dask, extract --workers/--scheduler/--output), and two
worker processes sharing one Redis cache and one rate limit.

One two-process LocalCluster serves the module (starting one costs ~1-2 s).
"""

from __future__ import annotations

import io
import itertools
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from distributed import Client, LocalCluster
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import citeresolve
from citeresolve.cli import main
from citeresolve.resolve.online import cache_info
from citeresolve.scale import dask as batch

from . import redis_support
from .conftest import CORPUS
from .redis_support import LOCAL

# The scheduler and workers talk over loopback TCP.
pytestmark = LOCAL


def corpus_documents() -> list[dict[str, Any]]:
    """More than 1,000 text records cut from the gold corpus: every passage and every
    pair of neighbouring passages, with their language except for every tenth pair
    (left to detection, which costs ~5 ms a document)."""
    documents: list[dict[str, Any]] = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            passages = [p for p in doc["text"].split("\n") if len(p.strip()) > 40]
            for i, passage in enumerate(passages):
                documents.append({"id": f"{doc['id']}/{i}", "text": passage, "lang": doc["lang"]})
            for i in range(len(passages) - 1):
                pair = "\n".join(passages[i : i + 2])
                record = {"id": f"{doc['id']}/{i}+1", "text": pair, "lang": doc["lang"]}
                if i % 10 == 0:
                    del record["lang"]
                documents.append(record)
    return documents


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.fixture(scope="module")
def documents() -> list[dict[str, Any]]:
    docs = corpus_documents()
    assert len(docs) >= 1000
    return docs


@pytest.fixture(scope="module")
def serial(documents: list[dict[str, Any]]) -> list[tuple[str, str, str, int, int, str]]:
    """The plain, one-process result: citeresolve.extract on each document in turn."""
    return [
        (d["id"], c.type, c.key, c.start, c.end, c.text)
        for d in documents
        for c in citeresolve.extract(d["text"], lang=d.get("lang"))
    ]


def project(records: list[dict[str, Any]]) -> list[tuple[str, str, str, int, int, str]]:
    return [(r["id"], r["type"], r["key"], r["start"], r["end"], r["text"]) for r in records]


def read_parts(directory: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for part in sorted(directory.glob("part-*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]


# --- extraction on the cluster


def test_cluster_finds_exactly_the_serial_citations(
    client: Client, documents: list[dict[str, Any]], serial: list[Any]
) -> None:
    bag = batch.documents_bag(documents, threads=batch.worker_threads(client))
    assert bag.npartitions >= 2
    records = batch.extract_bag(bag).compute()
    assert len(serial) > 1000
    assert project(records) == serial  # same citations, same order, nothing lost or doubled
    # Both worker processes took part.
    assert len(client.nthreads()) == 2


def test_partitions_concatenate_to_the_whole_result(
    client: Client, documents: list[dict[str, Any]], serial: list[Any], tmp_path: Path
) -> None:
    bag = batch.documents_bag(documents, threads=2)
    summary = batch.run_batch(bag, output=tmp_path, client=client)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [f"part-{i:05d}.jsonl" for i in range(bag.npartitions)]
    assert project(read_parts(tmp_path)) == serial
    size = sum(len(d["text"].encode("utf-8")) for d in documents)
    assert (summary.documents, summary.citations, summary.failures, summary.bytes) == (
        len(documents),
        len(serial),
        0,
        size,
    )
    assert summary.seconds > 0 and summary.mb_per_second > 0


def test_failures_are_recorded_per_document(client: Client, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("having regard to Article 2 of the Treaty on European Union,", encoding="utf-8")
    broken = tmp_path / "latin1.txt"
    broken.write_bytes("Artículo 2 del Tratado".encode("latin-1"))
    documents: list[Any] = [
        {"id": "ok", "text": "having regard to Article 215 TFEU,", "lang": "en"},
        {"id": "klingon", "text": "Article 2 TEU", "lang": "tlh"},
        {"id": "missing", "path": str(tmp_path / "nowhere.txt")},
        str(broken),
        {"id": "shapeless"},
        str(good),
    ]
    sink = io.StringIO()
    bag = batch.documents_bag(documents, threads=2)
    summary = batch.run_batch(bag, sink=sink, client=client)
    records = [json.loads(line) for line in sink.getvalue().splitlines()]
    errors = {r["id"]: r["error"] for r in records if "error" in r}
    assert set(errors) == {"klingon", "missing", str(broken), "shapeless"}
    assert "tlh" in errors["klingon"]
    assert "no such file" in errors["missing"]
    assert "not UTF-8" in errors[str(broken)]
    assert "needs 'text' or 'path'" in errors["shapeless"]
    found = [(r["id"], r["key"]) for r in records if "key" in r]
    assert found == [("ok", "TFEU:215"), (str(good), "TEU:2")]
    assert [r.get("file") for r in records if r["id"] == str(good)] == [str(good)]
    assert (summary.documents, summary.citations, summary.failures) == (6, 2, 4)


def test_link_bag_links_like_link(client: Client, documents: list[dict[str, Any]]) -> None:
    from citeresolve.outputs.link import link

    sample = documents[::50]
    records = batch.link_bag(batch.documents_bag(sample, threads=2)).compute()
    assert [r["text"] for r in records] == [link(d["text"], lang=d.get("lang")) for d in sample]
    assert {r["format"] for r in records} == {"markdown"}
    assert sum(r["text"].count("](https://") for r in records) > 20


def test_link_bag_records_failures(client: Client, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>Article 2 TEU</p>", encoding="utf-8")
    documents = [str(page), {"id": "bad", "text": "Article 2 TEU", "format": "pdf"}]
    linked, failed = batch.link_bag(batch.documents_bag(documents), lang="en").compute()
    assert (linked["id"], linked["file"], linked["format"]) == (str(page), str(page), "html")
    assert 'data-citeresolve-key="TEU:2"' in linked["text"]
    assert failed["id"] == "bad" and "unknown format 'pdf'" in failed["error"]


def test_extract_document_never_raises() -> None:
    [record] = batch.extract_document({"id": "x", "text": "Article 2 TEU", "lang": "xx"})
    assert set(record) == {"v", "id", "error"} and "xx" in record["error"]
    assert batch.extract_document({"id": "y", "text": "no citations here"}) == []


def test_extract_document_with_urls() -> None:
    [record] = batch.extract_document(
        {"id": "z", "text": "artikel 215 VWEU", "lang": "nl"}, with_urls=True
    )
    assert (record["key"], record["status"]) == ("TFEU:215", "ok")
    assert record["url"] == "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:12016E215"


def test_partition_count() -> None:
    assert batch.partition_count(3, threads=2) == 3  # never an empty partition
    assert batch.partition_count(1500, threads=2) == 8
    assert batch.partition_count(100_000, threads=2) == 100  # at most 1,000 documents each
    assert batch.partition_count(0, threads=2) == 1


def test_missing_dask_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(batch.DaskDependencyError, match=r"pip install 'citeresolve\[dask\]'"):
        batch.require_dask_extra()
    assert issubclass(batch.DaskDependencyError, citeresolve.CiteresolveError)


# --- the command line


@pytest.fixture(scope="module")
def corpus_files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    directory = tmp_path_factory.mktemp("corpus")
    paths = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                target = directory / f"{path.stem}-{n:03d}.md"
                target.write_text(json.loads(line)["text"], encoding="utf-8")
                paths.append(str(target))
    return paths


def serial_cli(files: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    assert main(["extract", *files]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_cli_scheduler_output_matches_serial_run(
    client: Client,
    corpus_files: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    files = corpus_files[::3]  # whole documents, most languages; the cost is the serial run
    expected = serial_cli(files, capsys)
    address = client.scheduler_info()["address"]
    status = main(["extract", "--scheduler", address, "--output", str(tmp_path), *files])
    err = capsys.readouterr().err
    assert status == 0
    got = read_parts(tmp_path)
    # The serial record plus the document id (= the path): nothing else differs.
    assert all(r.pop("id") == r["file"] for r in got)
    assert got == expected
    assert err.startswith(
        f"citeresolve: {len(files)} documents, {len(expected)} citations, 0 failures;"
    )
    assert err.rstrip().endswith("MB/s)")


def test_cli_workers_streams_jsonl_and_exits_1_on_failures(
    corpus_files: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = corpus_files[:3]
    expected = serial_cli(files, capsys)
    missing = str(tmp_path / "missing.md")
    assert main(["extract", "--workers", "2", *files, missing]) == 1
    captured = capsys.readouterr()
    got = [json.loads(line) for line in captured.out.splitlines()]
    assert got[-1] == {"v": 1, "id": missing, "error": f"{missing}: no such file"}
    assert [{k: v for k, v in r.items() if k != "id"} for r in got[:-1]] == expected
    assert "4 documents" in captured.err and "1 failures" in captured.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--workers", "2", "-"], "not standard input"),
        (["--workers", "2", "--format", "text", "a.md"], "JSON Lines only"),
    ],
)
def test_cli_batch_usage_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", *argv]) == 2
    assert message in capsys.readouterr().err


def test_cli_workers_and_scheduler_exclude_each_other(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--workers", "2", "--scheduler", "tcp://127.0.0.1:1", "a.md"])
    assert exit_info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


# --- two worker processes, one Redis


@pytest.fixture
def shared() -> Iterator[tuple[str, str]]:
    yield from redis_support.fresh_namespace()


def workers_of(client: Client) -> list[str]:
    workers = sorted(client.nthreads())
    assert len(workers) == 2
    return workers


def test_second_worker_is_served_from_the_shared_cache(
    client: Client, shared: tuple[str, str], httpserver: HTTPServer
) -> None:
    url, namespace = shared
    paths = [f"/sparql/{n}" for n in range(3)]
    for path in paths:
        httpserver.expect_request(path).respond_with_data(
            '{"results": {"bindings": []}}', content_type="application/json"
        )
    urls = [httpserver.url_for(p) for p in paths]
    first_worker, second_worker = workers_of(client)
    first = client.submit(
        redis_support.fetch, url, namespace, urls, workers=[first_worker], pure=False
    ).result()
    second = client.submit(
        redis_support.fetch, url, namespace, urls, workers=[second_worker], pure=False
    ).result()
    assert first["pid"] != second["pid"]
    assert first["from_cache"] == [False, False, False]
    assert second["from_cache"] == [True, True, True]
    assert len(httpserver.log) == 3  # the origin saw each URL once
    assert cache_info(url, namespace=namespace)["responses"] == 3


def test_rate_limit_is_shared_by_two_worker_processes(
    client: Client, shared: tuple[str, str], httpserver: HTTPServer
) -> None:
    url, namespace = shared
    arrivals: list[float] = []

    def record(request: Request) -> Response:
        arrivals.append(time.monotonic())
        return Response("ok")

    for n in range(4):
        httpserver.expect_request(f"/doc/{n}").respond_with_handler(record)
    urls = [httpserver.url_for(f"/doc/{n}") for n in range(4)]
    start_at = time.time() + 1.0  # both processes start their requests together
    futures = [
        client.submit(
            redis_support.fetch, url, namespace, chunk, start_at, workers=[worker], pure=False
        )
        for worker, chunk in zip(workers_of(client), (urls[:2], urls[2:]), strict=True)
    ]
    results = client.gather(futures)
    assert len({r["pid"] for r in results}) == 2
    assert all(r["status"] == [200, 200] for r in results)
    # Alone, each process would send its two requests one second apart, and the two
    # processes would send theirs at the same moments.  Sharing one bucket, the four
    # requests are let through one per second by Redis's own clock, exactly ...
    admitted = sorted(stamp for r in results for stamp in r["admitted_at"])
    assert len(admitted) == 4
    assert min(b - a for a, b in itertools.pairwise(admitted)) >= 1000, admitted
    # ... and reach the host one per second.
    # (0.75 s, not 1 s: a process may send, or the server thread note, one late under load.)
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert len(arrivals) == 4
    assert min(gaps) >= 0.75 and arrivals[-1] - arrivals[0] >= 2.7, gaps


def test_link_cli_on_a_local_dask_cluster(tmp_path: Path) -> None:
    from citeresolve.cli import main

    sources = []
    for n in range(6):
        doc = tmp_path / f"draft{n}.md"
        doc.write_text(f"Having regard to Article {n + 2} TEU and (2022/2505(RSP)).\n", "utf-8")
        sources.append(doc)
    out = tmp_path / "out"
    status = main(["link", "--workers", "2", "--lang", "en", "-o", str(out), *map(str, sources)])
    assert status == 0
    for n, doc in enumerate(sources):
        linked = (out / doc.name).read_text("utf-8")
        assert linked == citeresolve.link(doc.read_text("utf-8"), format="markdown", lang="en")
        assert f"12016M{n + 2:03d}" in linked

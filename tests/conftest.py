from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from citeresolve import Citation

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = FIXTURES / "corpus"

# The cache of parsed data files (citeresolve/knowledge/cache.py) of the tests and of
# the processes they start: apart from the user's own, and one per pytest-xdist worker
# (PYTEST_XDIST_WORKER, set before this file is imported), so that no two processes of
# a parallel run write one cache folder.
os.environ.setdefault(
    "CITERESOLVE_CACHE_DIR",
    str(
        Path(tempfile.gettempdir())
        / "-".join(filter(None, ("citeresolve-test-cache", os.environ.get("PYTEST_XDIST_WORKER"))))
    ),
)

# Test files whose assertions read clocks (rate limits, back-off, a local Dask cluster,
# a batch interrupted mid-run): with `-n 2 --dist loadgroup` they share one worker and
# so run one after another, never two at once.
_TIMED = frozenset({"test_dask.py", "test_online.py", "test_online_redis.py", "test_cli_link.py"})
# Files that extract the same corpus documents (conftest.extracted): one group, so one
# process extracts each document once.
_CORPUS = frozenset({"test_corpus.py", "test_recorded_output.py"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each test file is one xdist group (a file runs whole in one worker, as it does
    alone: its module-scoped fixtures, the pre-commit hook environment and the Dask
    cluster, are built once), the clock-reading files one group together, and so are the
    files that extract the whole corpus."""
    for item in items:
        name = item.path.name
        group = "timed" if name in _TIMED else "corpus" if name in _CORPUS else name
        item.add_marker(pytest.mark.xdist_group(group))


@functools.cache
def extracted(text: str, *, lang: str | None) -> tuple[Citation, ...]:
    """``citeresolve.extract(text, lang=lang)``, computed once per test process: the
    corpus bars (tests/test_corpus.py: every language's bar and "all", the spans, the
    held-out rounds) and the behaviour lock (tests/test_recorded_output.py) read the
    same documents. Citations are frozen; a tuple, so no caller can change the list."""
    import citeresolve

    return tuple(citeresolve.extract(text, lang=lang))


def eu_act_spans(text: str, lang: str) -> list[tuple[str, str]]:
    """The EU acts ``citeresolve.extract(text, lang=lang)`` finds: each key with its
    text, in order (the act tests' common reading)."""
    import citeresolve

    return [
        (c.key, text[c.start : c.end])
        for c in citeresolve.extract(text, lang=lang)
        if c.type == "eu_act"
    ]


def load_cases(name: str) -> list[dict[str, Any]]:
    """The ``[[case]]`` entries of ``tests/cases/<name>``."""
    text = (Path(__file__).parent / "cases" / name).read_text(encoding="utf-8")
    return tomllib.loads(text)["case"]  # type: ignore[no-any-return]


def read_by(parse: Callable[[str], list[Any]], text: str) -> list[tuple[str, str]]:
    """What a family's finder (``official_journal.parse`` …) reads in ``text``: the key
    and the surface of each candidate, in the cleaned view finders read."""
    from citeresolve.model.keys import format_key
    from citeresolve.text.clean import clean

    view = clean(text).view
    return [(format_key(c.parts), view[c.start : c.end]) for c in parse(view)]


def fresh_python(
    script: str,
    *args: str,
    cwd: Path = ROOT,
    env: dict[str, str] | None = None,
) -> Any:
    """What a fresh interpreter running ``script`` (with ``args``) prints as JSON on
    its last line: cold-start and cache tests need a process of their own."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=cwd,
        env=env,
    )
    return json.loads(result.stdout.splitlines()[-1])


def load_corpus(*names: str) -> list[dict]:
    docs = []
    for name in names:
        with (CORPUS / name).open(encoding="utf-8") as fh:
            docs += [json.loads(line) for line in fh if line.strip()]
    return docs


@pytest.fixture(scope="session")
def gold_docs() -> list[dict]:
    return load_corpus("seed.jsonl", "dev.jsonl", "dev-acts.jsonl", "dev-mixed.jsonl")

#!/usr/bin/env python3
"""Speed and memory benchmark of citeresolve.

    python benchmarks/run.py [--mb 20] [--repeat 3] [--quick]

Builds a realistic corpus from every fixture corpus (``fixtures/corpus`` and
``fixtures/heldout``): the 24 languages and the four kinds of document there
(European Parliament texts, acts, judgments, national documents), each
document a gold passage followed by citation-free prose of its own language
whose sentences are shuffled per document, so that no two documents are the
same string (no per-text cache can hit) and there is about one citation per
KB.  A dense variant holds citation-bearing lines only, shuffled
per document.  It prints, single core, medians of ``--repeat`` runs:

* MB/s of ``extract`` on realistic and dense text, with ``lang=None``, with
  offline ``resolve`` of every citation, and of ``link`` on plain text,
  Markdown and HTML;
* cold start, each in a fresh interpreter: ``import citeresolve``, the first
  ``extract`` call after it (``lang="en"`` and ``lang=None``), and a whole
  ``citeresolve check`` of a one-page draft against ``python -c "import
  requests"``; with the user cache of parsed data and compiled patterns that an
  earlier run left (the usual case), and with that cache switched off (what the
  very first run after installing pays);
* peak Python memory while extracting 1x and 10x of a document;
* seconds per MB for one document at 1x, 10x and 100x a base size, to show
  that cost grows linearly, and seconds per MB on hostile inputs;
* eyecite side by side, on US text of the same citations per KB (only when
  eyecite is installed; it is not a dependency of citeresolve).

The speed goals are printed next to the figures and checked by reading them,
never asserted by the tests.  Times are CPU seconds (user + system) of the
process, or of the child process for cold-start figures, so that other work on
a busy machine does not count; every language is warmed up before throughput
is timed (the first call is its own figure).  Numbers depend on the machine;
the README records them with the machine.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import citeresolve  # noqa: E402

SOURCES = (ROOT / "fixtures" / "corpus", ROOT / "fixtures" / "heldout")
DRAFT = ROOT / "fixtures" / "drafts" / "en-resolution.md"
MB = 1_000_000
# Realistic density: a gold passage is followed by this much prose per citation.
_BYTES_PER_CITATION = 650
_SENTENCE = re.compile(r"(?<=[.;:])\s+")

# Goals of issue 14, printed next to the figures they concern.
GOALS = {
    "dense": "goal >= 3 MB/s",
    "link_html": "goal >= 0.8x extract",
    "first_call": "goal <= 50 ms",
    "cold_check": "goal <= 1.5x import requests",
    "eyecite": "goal >= 10x",
    "hostile": "goal <= 5x normal",
}


def kind_of(doc: dict[str, str]) -> str:
    """The kind of document a passage comes from, by its source address."""
    source = doc.get("source", "")
    ident = doc.get("id", "")
    if "europarl" in source or source.startswith("seed"):
        return "EP text"
    if any(s in source for s in ("curia", "juricaf")) or "ECLI" in ident or "CJ" in ident:
        return "judgment"
    if "eur-lex" in source:
        return "act"
    return "national"


def load_passages() -> list[dict[str, str]]:
    """Every fixture document in a known language, with its kind."""
    known = set(citeresolve.available_languages())
    out = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.jsonl")):
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        doc = json.loads(line)
                        if doc["lang"] in known:
                            doc["kind"] = kind_of(doc)
                            out.append(doc)
    return out


def prose_sentences(passages: list[dict[str, str]]) -> dict[str, list[str]]:
    """Citation-free sentences of real prose, by language."""
    out: dict[str, list[str]] = {}
    for doc in passages:
        for line in doc["text"].split("\n"):
            if len(line) > 120 and not citeresolve.extract(line, lang=doc["lang"]):
                sentences = [s for s in _SENTENCE.split(line.strip()) if len(s) > 20]
                out.setdefault(doc["lang"], []).extend(sentences)
    return out


def realistic_documents(target_bytes: int, only: str | None = None) -> list[tuple[str, str, str]]:
    """(lang, kind, text): passages of every language and kind (or of language
    ``only``), each with prose of its language around it, shuffled per document;
    distinct strings throughout."""
    passages = load_passages()
    prose = prose_sentences(passages)
    if only is not None:
        passages = [p for p in passages if p["lang"] == only]
    rng = random.Random(14)
    docs: list[tuple[str, str, str]] = []
    size = 0
    while size < target_bytes:
        order = list(passages)
        rng.shuffle(order)
        for doc in order:
            lang = doc["lang"]
            text = doc["text"]
            sentences = prose.get(lang) or prose["en"]
            want = max(1, len(doc["citations"])) * _BYTES_PER_CITATION
            paragraphs: list[str] = []
            grown = 0
            while grown < want:
                picked = rng.sample(sentences, min(len(sentences), rng.randint(3, 6)))
                paragraph = " ".join(picked)
                paragraphs.append(paragraph)
                grown += len(paragraph.encode("utf-8"))
            # Prose before and after the passage, as in a real document.
            cut = rng.randint(0, len(paragraphs))
            full = "\n\n".join([*paragraphs[:cut], text, *paragraphs[cut:]]) + "\n"
            docs.append((lang, doc["kind"], full))
            size += len(full.encode("utf-8"))
            if size >= target_bytes:
                break
    return docs


def dense_documents(target_bytes: int) -> list[tuple[str, str, str]]:
    """Citation-bearing lines only, shuffled per document."""
    lines_by_lang: dict[str, list[str]] = {}
    for doc in load_passages():
        for line in doc["text"].splitlines():
            if len(line) > 40 and citeresolve.extract(line, lang=doc["lang"]):
                lines_by_lang.setdefault(doc["lang"], []).append(line)
    rng = random.Random(41)
    docs: list[tuple[str, str, str]] = []
    size = 0
    langs = sorted(lines_by_lang)
    i = 0
    while size < target_bytes:
        lang = langs[i % len(langs)]
        lines = list(lines_by_lang[lang])
        rng.shuffle(lines)
        doc = "\n".join(lines) + "\n"
        docs.append((lang, "dense", doc))
        size += len(doc.encode("utf-8"))
        i += 1
    return docs


def throughput(
    docs: list[tuple[str, str, str]], work: Callable[[str, str], object], repeat: int
) -> float:
    """Median MB/s over ``repeat`` passes (MB of the UTF-8 input)."""
    size = sum(len(text.encode("utf-8")) for _, _, text in docs)
    rates = []
    for _ in range(repeat):
        start = time.process_time()
        for lang, _, text in docs:
            work(lang, text)
        rates.append(size / MB / (time.process_time() - start))
    return statistics.median(rates)


def seconds_per_mb(text: str, lang: str) -> float:
    start = time.process_time()
    citeresolve.extract(text, lang=lang)
    return (time.process_time() - start) / (len(text.encode("utf-8", "surrogatepass")) / MB)


def peak_memory(text: str, lang: str) -> tuple[int, int]:
    """(peak bytes while extracting, number of citations)."""
    tracemalloc.start()
    found = citeresolve.extract(text, lang=lang)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak, len(found)


def hostile_inputs(size: int, normal: str) -> dict[str, str]:
    """Inputs built to hurt: pathological shapes, and normal English text bent into
    them (one line, sprinkled with surrogates or control characters), so that a
    row measures the shape and not a higher density of real citations."""
    numbers = ", ".join(str(n) for n in range(1, size // 6))
    prose = (normal * (size // max(len(normal), 1) + 1))[:size]

    def sprinkle(noise: str, every: int) -> str:
        return "".join(prose[i : i + every] + noise for i in range(0, len(prose), every))

    return {
        "one long line": prose.replace("\n", " "),
        "10^5-number list": f"Articles {numbers} TEU",
        "nested parentheses": ("(" * (size // 2) + ")" * (size // 2)),
        "digit runs": ("1234567890/" * (size // 11)),
        "slashes": ("/" * size),
        "article article": ("Article " * (size // 8)),
        "mixed scripts": ("Член 5 ΣΛΕΕ Artikel 3 EUV članak 7. " * (size // 36)),
        "control characters": sprinkle("\x00\x01\u200b\ufeff\u00ad", 40),
        "lone surrogates": sprinkle("\ud800", 40),
        "dense citations": ("Article 3 of the Treaty on European Union " * (size // 44))[:size],
    }


def citations_per_kb(text: str) -> float:
    return len(citeresolve.extract(text, lang="en")) / (len(text) / 1000)


# ---------------------------------------------------------------- cold start

_FIRST_CALL = """
import sys, time
text = open(sys.argv[1], encoding="utf-8").read()
lang = None if sys.argv[2] == "None" else sys.argv[2]
t0 = time.process_time()
import citeresolve
t1 = time.process_time()
citeresolve.extract(text, lang=lang)
t2 = time.process_time()
print(f"{(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f}")
"""


def _child_env(cached: bool = True) -> dict[str, str]:
    """The environment of cold-start runs: this checkout's package first, bytecode
    caches allowed, as in an installed package (PYTHONDONTWRITEBYTECODE would make
    every run compile the sources); the user cache of parsed data and compiled
    patterns as a run finds it, or switched off (CITERESOLVE_CACHE_DIR empty: nothing
    read, nothing written)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # The checkout measured, not whatever citeresolve the interpreter has installed: the
    # console script would import the installed package (an editable install of another
    # checkout measures that checkout).
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    if not cached:
        env["CITERESOLVE_CACHE_DIR"] = ""
    return env


def first_call(runs: int, lang: str | None, cached: bool = True) -> tuple[float, float]:
    """Median ms of ``import citeresolve`` and of the first ``extract(lang=lang)``
    of a one-page draft after it, each in a fresh interpreter (after one run that
    fills the user cache)."""
    imports, calls = [], []
    command = [sys.executable, "-c", _FIRST_CALL, str(DRAFT), str(lang)]
    subprocess.run(command, capture_output=True, check=True, cwd=ROOT, env=_child_env())
    for _ in range(runs):
        out = subprocess.run(
            command, capture_output=True, text=True, check=True, cwd=ROOT, env=_child_env(cached)
        ).stdout.split()
        imports.append(float(out[0]))
        calls.append(float(out[1]))
    return statistics.median(imports), statistics.median(calls)


def _cpu(command: list[str], cached: bool = True) -> float:
    """CPU seconds (user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, capture_output=True, check=False, cwd=ROOT, env=_child_env(cached))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def cold_check(
    runs: int, lang: str | None, cached: bool = True, draft: Path = DRAFT
) -> tuple[float, float, float]:
    """Median CPU seconds of a whole ``citeresolve check`` of a one-page draft, of
    ``python -c "import requests"``, and the median of their ratio run by run
    (taken in turn, so that drift of the machine cancels)."""
    script = Path(sys.executable).with_name("citeresolve")
    check = ([str(script)] if script.exists() else [sys.executable, "-m", "citeresolve"]) + [
        "check",
        "--no-config",
        str(draft),
    ]
    if lang is not None:
        check += ["--lang", lang]
    yardstick = [sys.executable, "-c", "import requests"]
    _cpu(check)
    _cpu(yardstick)
    checks, yards = [], []
    for _ in range(runs):
        checks.append(_cpu(check, cached))
        yards.append(_cpu(yardstick))
    ratios = [c / y for c, y in zip(checks, yards, strict=True)]
    return statistics.median(checks), statistics.median(yards), statistics.median(ratios)


# ---------------------------------------------------------------- eyecite

# US citation forms of the kinds eyecite finds (full and short case citations,
# Id., supra, statutes, regulations), for text of a chosen citation density.
_US_FORMS = (
    "See Bush v. Gore, 531 U.S. 98, 104 (2000).",
    "Roe v. Wade, 410 U.S. 113, 153 (1973) (discussing the right).",
    "Id. at 155.",
    "Lissner, supra, at 16.",
    "42 U.S.C. § 1983.",
    "See 29 C.F.R. § 1630.2(g).",
    "Marbury v. Madison, 5 U.S. 137, 177 (1803).",
    "Brown v. Board of Education, 347 U.S. 483, 495 (1954).",
    "531 U.S., at 110.",
    "Mass. Gen. Laws ch. 93A, § 2.",
    "United States v. Lopez, 514 U.S. 549 (1995).",
    "Id.",
)


def us_text(target_bytes: int, per_kb: float, prose: list[str]) -> tuple[str, int]:
    """English prose with a US citation every so many bytes: (text, citations)."""
    rng = random.Random(7)
    every = 1000 / per_kb
    parts: list[str] = []
    size = 0.0
    count = 0
    since = 0.0
    while size < target_bytes:
        sentence = rng.choice(prose)
        parts.append(sentence)
        size += len(sentence) + 1
        since += len(sentence) + 1
        while since >= every:
            parts.append(rng.choice(_US_FORMS))
            size += len(parts[-1]) + 1
            since -= every
            count += 1
    return " ".join(parts), count


def eyecite_rate(per_kb: float, target_bytes: int, prose: list[str]) -> tuple[float, float] | None:
    """eyecite MB/s on US text of ``per_kb`` citations per KB, in 50 KB documents,
    and the citations per KB it found; ``None`` without eyecite."""
    try:
        from eyecite import get_citations
    except ImportError:
        return None
    text, _ = us_text(target_bytes, per_kb, prose)
    chunks = [text[i : i + 50_000] for i in range(0, len(text), 50_000)]
    get_citations(chunks[0][:5000])  # warm-up: eyecite compiles its patterns lazily
    start = time.process_time()
    found = sum(len(get_citations(chunk)) for chunk in chunks)
    seconds = time.process_time() - start
    size = len(text.encode("utf-8"))
    return size / MB / seconds, found / (size / 1000)


# ---------------------------------------------------------------- the report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="size of each corpus (default 20)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median; default 3)")
    parser.add_argument("--quick", action="store_true", help="a small run for CI smoke tests")
    args = parser.parse_args(argv)
    target = int((0.3 if args.quick else args.mb) * MB)
    repeat = 1 if args.quick else args.repeat
    runs = 2 if args.quick else 7

    print(
        f"citeresolve {citeresolve.__version__} on {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores"
    )
    realistic = realistic_documents(target)
    dense = dense_documents(target)
    n_real = sum(len(citeresolve.extract(t, lang=lg)) for lg, _, t in realistic)
    kb_real = sum(len(t.encode("utf-8")) for _, _, t in realistic) / 1000
    per_kb = n_real / kb_real
    langs = Counter(lg for lg, _, _ in realistic)
    kinds = Counter(k for _, k, _ in realistic)
    print(
        f"corpus: {len(realistic)} realistic documents in {len(langs)} languages "
        f"({per_kb:.2f} citations/KB; "
        + ", ".join(f"{k} {n}" for k, n in kinds.most_common())
        + f"), {len(dense)} dense documents, {target / MB:.1f} MB each, "
        f"{len({t for _, _, t in realistic})} distinct"
    )

    def extract(lang: str, text: str) -> object:
        return citeresolve.extract(text, lang=lang)

    # Warm up every language and format: the first call is its own figure below.
    for lang in citeresolve.available_languages():
        citeresolve.extract("Article 2 TEU", lang=lang)
    for fmt in ("text", "markdown", "html"):
        citeresolve.link(realistic[0][2], format=fmt)

    def extract_resolve(lang: str, text: str) -> object:
        return [citeresolve.resolve(c, lang=lang) for c in citeresolve.extract(text, lang=lang)]

    rate = throughput(realistic, extract, repeat)
    print(f"extract, realistic:      {rate:6.2f} MB/s")
    dense_rate = throughput(dense, extract, repeat)
    print(f"extract, dense:          {dense_rate:6.2f} MB/s  ({GOALS['dense']})")
    print(
        f"extract, lang=None:      "
        f"{throughput(realistic, lambda lang, t: citeresolve.extract(t), repeat):6.2f} MB/s"
    )
    print(f"extract + resolve:       {throughput(realistic, extract_resolve, repeat):6.2f} MB/s")

    markdown_docs = [(lg, k, f"# Document\n\n{t}") for lg, k, t in realistic]
    html_docs = [
        (lg, k, "<p>" + html.escape(t, quote=False).replace("\n\n", "</p>\n<p>") + "</p>")
        for lg, k, t in realistic
    ]
    for label, docs, fmt in (
        ("text", realistic, "text"),
        ("Markdown", markdown_docs, "markdown"),
        ("HTML", html_docs, "html"),
    ):
        link_rate = throughput(
            docs, lambda lang, t, fmt=fmt: citeresolve.link(t, format=fmt, lang=lang), repeat
        )
        goal = f"  ({link_rate / rate:.2f}x extract; {GOALS['link_html']})" if fmt == "html" else ""
        print(f"link, {label + ':':<19}{link_rate:6.2f} MB/s{goal}")

    imported, first = first_call(runs, "en")
    print(f"import citeresolve:      {imported:6.0f} ms (fresh interpreter, median of {runs})")
    print(f"first extract, lang=en:  {first:6.0f} ms after import ({GOALS['first_call']})")
    print(f"first extract, lang=None:{first_call(runs, None)[1]:6.0f} ms after import")
    print(f"  with no user cache:    {first_call(runs, 'en', cached=False)[1]:6.0f} ms (lang=en)")
    with tempfile.TemporaryDirectory() as folder:
        # The same draft as plain text: a check that needs no Markdown parser.
        plain = Path(folder) / "draft.txt"
        plain.write_bytes(DRAFT.read_bytes())
        for lang, cached, draft in (
            (None, True, DRAFT),
            ("en", True, DRAFT),
            (None, True, plain),
            (None, False, DRAFT),
        ):
            check_s, requests_s, ratio = cold_check(runs, lang, cached, draft)
            flag = ("" if lang is None else f" --lang {lang}") + ("" if cached else ", no cache")
            flag += ", .txt" if draft is plain else ""
            print(
                f"cold check{flag + ':':<14}{check_s * 1000:6.0f} ms, import requests "
                f"{requests_s * 1000:.0f} ms: {ratio:.2f}x ({GOALS['cold_check']})"
            )

    size = max(10_000, target // 100)
    base = "\n\n".join(t for _, _, t in realistic_documents(size, only="en"))[:size]
    for factor in (1, 10, 100):
        text = (base + "\n\n") * factor
        print(
            f"one document x{factor:<4} ({len(text) / MB:7.2f} MB): "
            f"{seconds_per_mb(text, 'en'):.3f} s/MB"
        )
    for factor in (1, 10):
        peak, count = peak_memory((base + "\n\n") * factor, "en")
        print(
            f"peak memory x{factor:<3}: {peak / MB:7.1f} MB for {count} citations "
            f"({peak / max(count, 1):.0f} B/citation)"
        )

    normal = statistics.median(seconds_per_mb(base, "en") for _ in range(3))
    hostile_size = 20_000 if args.quick else 1_000_000
    print(
        f"hostile inputs ({hostile_size / MB:.2f} MB each; normal text {normal:.3f} s/MB; "
        f"{GOALS['hostile']}):"
    )
    base_density = citations_per_kb(base)
    for name, text in hostile_inputs(hostile_size, base).items():
        spm = seconds_per_mb(text, "en")
        density = citations_per_kb(text)
        # Time per citation, too: on text denser in real citations than the normal
        # sample, time per MB grows with the citations, not with the shape.
        per_citation = spm / normal / (density / base_density) if density else 0.0
        note = (
            f"; {density:.0f} citations/KB, {per_citation:.1f}x per citation"
            if density > 2 * base_density
            else ""
        )
        print(f"  {name:<20} {spm:7.3f} s/MB ({spm / normal:5.1f}x normal{note})")

    english = prose_sentences([d for d in load_passages() if d["lang"] == "en"]).get("en", [])
    eyecite = eyecite_rate(per_kb, 50_000 if args.quick else min(target, 1 * MB), english)
    if eyecite is None:
        print("eyecite: not installed, comparison skipped (pip install eyecite)")
    else:
        eye_rate, eye_per_kb = eyecite
        print(
            f"eyecite side by side:    {eye_rate:6.2f} MB/s at {eye_per_kb:.2f} citations/KB "
            f"found; citeresolve {rate:.2f} MB/s at {per_kb:.2f}: {rate / eye_rate:.1f}x "
            f"({GOALS['eyecite']})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Speed and memory benchmark of citeresolve.

    python benchmarks/run.py [--mb 20] [--quick]

Builds a corpus of realistic EU text in several languages from the gold
passages in ``fixtures/corpus`` and the prose of the bundled resolution
(about one citation per KB), plus a dense variant made of citation-bearing
visa lines only, and prints:

* MB/s of ``extract`` on realistic and on dense text, single core;
* MB/s of ``extract`` followed by offline ``resolve`` of every citation;
* MB/s of ``link`` on HTML (when the link feature is installed);
* peak Python memory while extracting 1x and 10x of a document;
* seconds per MB for one document at 1x, 10x and 100x a base size, to show
  that cost grows linearly;
* seconds per MB on hostile inputs, against normal text.

Numbers depend on the machine; the README records them with the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import citeresolve  # noqa: E402

CORPUS = ROOT / "fixtures" / "corpus"
MB = 1_000_000
_PROSE_PER_PASSAGE = 10


def load_passages() -> list[tuple[str, str]]:
    """(lang, text) of every gold passage."""
    out = []
    known = set(citeresolve.available_languages())
    for name in ("dev.jsonl", "dev-acts.jsonl"):
        with (CORPUS / name).open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    doc = json.loads(line)
                    if doc["lang"] in known:
                        out.append((doc["lang"], doc["text"]))
    return out


def prose_paragraphs() -> list[str]:
    """Citation-free paragraphs of real EP prose (the seed resolution's recitals)."""
    text = (ROOT / "fixtures" / "kazakhstan-nl.md").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.split("\n") if len(p.strip()) > 200]
    return [p for p in paragraphs if not citeresolve.extract(p, lang="nl")]


def realistic_documents(target_bytes: int) -> list[tuple[str, str]]:
    """Documents of about one citation per KB: a passage followed by prose."""
    passages = load_passages()
    prose = prose_paragraphs()
    docs: list[tuple[str, str]] = []
    size = 0
    i = 0
    while size < target_bytes:
        lang, text = passages[i % len(passages)]
        # enough prose after each passage for about one citation per KB
        filler = "\n\n".join(prose[(i + k) % len(prose)] for k in range(_PROSE_PER_PASSAGE))
        doc = f"{text}\n\n{filler}\n"
        docs.append((lang, doc))
        size += len(doc.encode("utf-8"))
        i += 1
    return docs


def dense_documents(target_bytes: int) -> list[tuple[str, str]]:
    """Visa lines only: every line cites something."""
    lines_by_lang: dict[str, list[str]] = {}
    for lang, text in load_passages():
        for line in text.splitlines():
            if len(line) > 40 and citeresolve.extract(line, lang=lang):
                lines_by_lang.setdefault(lang, []).append(line)
    docs: list[tuple[str, str]] = []
    size = 0
    langs = sorted(lines_by_lang)
    i = 0
    while size < target_bytes:
        lang = langs[i % len(langs)]
        doc = "\n".join(lines_by_lang[lang]) + "\n"
        docs.append((lang, doc))
        size += len(doc.encode("utf-8"))
        i += 1
    return docs


def throughput(docs: list[tuple[str, str]], work: Callable[[str, str], object]) -> float:
    size = sum(len(text.encode("utf-8")) for _, text in docs)
    start = time.perf_counter()
    for lang, text in docs:
        work(lang, text)
    return size / MB / (time.perf_counter() - start)


def seconds_per_mb(text: str, lang: str) -> float:
    start = time.perf_counter()
    citeresolve.extract(text, lang=lang)
    return (time.perf_counter() - start) / (len(text.encode("utf-8", "surrogatepass")) / MB)


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="size of each corpus (default 20)")
    parser.add_argument("--quick", action="store_true", help="a small run for CI smoke tests")
    args = parser.parse_args(argv)
    target = int((0.3 if args.quick else args.mb) * MB)

    print(
        f"citeresolve {citeresolve.__version__} on {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores"
    )
    realistic = realistic_documents(target)
    dense = dense_documents(target)
    n_real = sum(len(citeresolve.extract(t, lang=lg)) for lg, t in realistic[:50])
    kb_real = sum(len(t.encode("utf-8")) for _, t in realistic[:50]) / 1000
    print(
        f"corpus: {len(realistic)} realistic documents "
        f"({n_real / kb_real:.2f} citations/KB), {len(dense)} dense documents, "
        f"{target / MB:.1f} MB each"
    )

    def extract(lang: str, text: str) -> object:
        return citeresolve.extract(text, lang=lang)

    print(f"extract, realistic:      {throughput(realistic, extract):6.2f} MB/s")
    print(f"extract, dense:          {throughput(dense, extract):6.2f} MB/s")
    print(
        f"extract, lang=None:      "
        f"{throughput(realistic, lambda lang, t: citeresolve.extract(t)):6.2f} MB/s"
    )

    resolve = getattr(citeresolve, "resolve", None)
    if resolve is not None:

        def extract_resolve(lang: str, text: str) -> object:
            return [resolve(c, lang=lang) for c in citeresolve.extract(text, lang=lang)]

        print(f"extract + resolve:       {throughput(realistic, extract_resolve):6.2f} MB/s")
    link = getattr(citeresolve, "link", None)
    if link is not None:
        html_docs = [(lg, "<p>" + t.replace("\n\n", "</p>\n<p>") + "</p>") for lg, t in realistic]

        def link_html(lang: str, text: str) -> object:
            return link(text, format="html", lang=lang)

        print(f"link, HTML:              {throughput(html_docs, link_html):6.2f} MB/s")

    one_doc = "\n\n".join(t for lg, t in realistic if lg == "en")
    base = one_doc[: max(10_000, target // 100)]
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

    normal = seconds_per_mb(base, "en")
    hostile_size = 20_000 if args.quick else 1_000_000
    print(f"hostile inputs ({hostile_size / MB:.2f} MB each; normal text {normal:.3f} s/MB):")
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
    return 0


if __name__ == "__main__":
    sys.exit(main())

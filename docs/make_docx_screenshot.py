#!/usr/bin/env python3
"""Render the Word fixture, linked, to docs/draft-nl-docx-linked.png.

    python docs/make_docx_screenshot.py

Links fixtures/docx/draft-nl.docx with ``citeresolve.link_docx``, renders the
first page with LibreOffice (headless, to PDF) and rasterises it with
pdftoppm.  ``link_docx`` keeps every run's own formatting, so Word shows the
links only on hover; for the picture, a copy of the linked document gets the
runs inside each hyperlink underlined in blue.  Needs ``soffice``
(Debian: libreoffice-writer-nogui) and ``pdftoppm`` (poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import citeresolve  # noqa: E402
from citeresolve.text.docx import read_docx, w  # noqa: E402

EXAMPLE = ROOT / "fixtures" / "docx" / "draft-nl.docx"
OUTPUT = ROOT / "docs" / "draft-nl-docx-linked.png"
LINK_COLOUR = "0B5CAD"


def show_links(data: bytes) -> bytes:
    """``data`` with the runs of every hyperlink coloured and underlined."""
    from lxml import etree

    doc = read_docx(data)
    for part in doc.parts():
        for hyperlink in part.element.iter(w("hyperlink")):  # type: ignore[attr-defined]
            for run in hyperlink.iter(w("r")):
                rpr = run.find(w("rPr"))
                if rpr is None:
                    rpr = etree.Element(w("rPr"))
                    run.insert(0, rpr)
                for tag, value in (("color", LINK_COLOUR), ("u", "single")):
                    for old in rpr.findall(w(tag)):
                        rpr.remove(old)
                    etree.SubElement(rpr, w(tag)).set(w("val"), value)
    return doc.save()


def main() -> int:
    soffice = shutil.which("soffice")
    pdftoppm = shutil.which("pdftoppm")
    if soffice is None or pdftoppm is None:
        print("needs soffice and pdftoppm: apt-get install libreoffice-writer-nogui poppler-utils")
        return 2
    linked = citeresolve.link_docx(EXAMPLE, lang="nl", date="2022-01-20")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "linked.docx"
        source.write_bytes(show_links(linked.data))
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={(Path(tmp) / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        # Page 1 at 110 dpi, without the empty lower half of the page.
        subprocess.run(
            [pdftoppm, "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile",
             "-x", "0", "-y", "0", "-W", "910", "-H", "700",
             str(Path(tmp) / "linked.pdf"), str(OUTPUT.with_suffix(""))],
            check=True,
            timeout=120,
        )  # fmt: skip
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({linked.changed} links)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

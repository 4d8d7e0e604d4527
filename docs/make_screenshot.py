#!/usr/bin/env python3
"""Render the bundled example, linked, to docs/kazakhstan-nl-linked.png.

    python docs/make_screenshot.py [--chromium PATH]

Links fixtures/kazakhstan-nl.md (Markdown rendered to HTML, then linked),
wraps it in a page that shows links in colour, and screenshots the opening
(the visas, where the Treaty articles are cited) with headless Chromium.
Install it with ``apt-get install -y chromium`` if it is missing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import citeresolve  # noqa: E402

EXAMPLE = ROOT / "fixtures" / "kazakhstan-nl.md"
OUTPUT = ROOT / "docs" / "kazakhstan-nl-linked.png"
STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 980px; margin: 24px auto; color: #222; }
h2, h3, h4 { margin: .4em 0; }
a.citeresolve { color: #0b5cad; background: #e8f1fb; border-radius: 3px; padding: 0 2px;
                text-decoration: none; border-bottom: 1px solid #0b5cad; }
sup { color: #888; }
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default=None, help="browser binary (default: from PATH)")
    parser.add_argument("--size", default="1100,1300", help="window size, WIDTH,HEIGHT")
    args = parser.parse_args()
    browser = args.chromium or next(
        (b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None
    )
    if browser is None:
        print("no Chromium found; apt-get install -y chromium", file=sys.stderr)
        return 2
    text = EXAMPLE.read_text(encoding="utf-8")
    body = citeresolve.link(text, format="markdown", to="html", lang="nl", date="2022-01-20")
    page = (
        f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><style>{STYLE}</style>'
        f"</head><body>{body}</body></html>"
    )
    with tempfile.TemporaryDirectory() as tmp:
        html_file = Path(tmp) / "page.html"
        html_file.write_text(page, encoding="utf-8")
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--hide-scrollbars",
                f"--screenshot={OUTPUT}",
                f"--window-size={args.size}",
                html_file.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

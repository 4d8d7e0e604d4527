"""The benchmark script runs end to end on a CI-sized corpus and reports every figure.

Speed goals are checked by reading its output, not asserted here.
"""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_benchmark_quick_run_reports_every_measurement() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for label in (
        "extract, realistic:",
        "extract, dense:",
        "extract, lang=None:",
        "extract + resolve:",
        "link, text:",
        "link, Markdown:",
        "link, HTML:",
        "import citeresolve:",
        "first extract, lang=en:",
        "cold check:",
        "cold check, .txt:",
        "one document x100",
        "peak memory x10",
        "article article",
        "lone surrogates",
    ):
        assert label in out, f"{label!r} missing from:\n{out}"
    assert "MB/s" in out and "s/MB" in out
    # eyecite is not a dependency: the comparison runs when it is installed, else says so.
    assert "eyecite" in out

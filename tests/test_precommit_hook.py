"""The hooks of .pre-commit-hooks.yaml, run by ``pre-commit run`` in a scratch git
repository from a ``.pre-commit-config.yaml`` naming a committed copy of this
checkout and its commit, as a drafter's configuration names this repository. Slow
(pre-commit builds a venv and pip-installs the checkout from PyPI dependencies,
~10-60 s), but part of the default run.

The hook environment is built once for the module: the tests share one
PRE_COMMIT_HOME, and both hooks have the same repository, commit and additional
dependencies, so pre-commit installs one environment and reuses it (``try-repo``
builds a fresh one in a throwaway store on every call, four times for the module)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow

CLEAN = "- having regard to Article 21 TEU and Article 215 TFEU,\n"
FAULTY = "- having regard to Article 56 TEU and Article 215 VWEU,\n"
# Everything pre-commit needs to install the package; caches and the git
# directory are left out.
_SKIP = shutil.ignore_patterns(
    ".git", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".benchmarks", "__pycache__", "*.pyc"
)


def _git(cwd: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A committed copy of this checkout (try-repo on the checkout itself would
    leave out untracked files and write objects into its .git)."""
    if shutil.which("git") is None or importlib.util.find_spec("pre_commit") is None:
        pytest.skip("needs git and pre-commit (pip install -e '.[test]')")
    repo = tmp_path_factory.mktemp("hook-repo") / "citeresolve"
    shutil.copytree(ROOT, repo, ignore=_SKIP)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "snapshot")
    return repo


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _try_repo(
    hook_repo: Path, home: Path, project: Path, hook: str, *files: str
) -> subprocess.CompletedProcess[str]:
    """``pre-commit run`` of ``hook`` on ``files`` in ``project``, the hook taken from
    ``hook_repo`` at its commit (what ``try-repo`` does, with the store kept in
    ``home``)."""
    rev = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=hook_repo, check=True, capture_output=True, text=True
    ).stdout.strip()
    config = hook_repo.parent / f"{hook}.pre-commit-config.yaml"
    config.write_text(
        f"repos:\n- repo: {json.dumps(str(hook_repo))}\n  rev: {rev}\n  hooks:\n  - id: {hook}\n",
        "utf-8",
    )
    env = {**os.environ, "PRE_COMMIT_HOME": str(home)}
    env.pop("PRE_COMMIT", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "-c", str(config), hook, "--files", *files],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "clean.md").write_text(CLEAN, "utf-8")
    (tmp_path / "faulty.md").write_text(FAULTY, "utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.citeresolve]\nlang = "en"\n', "utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    return tmp_path


def test_manifest_is_valid() -> None:
    if importlib.util.find_spec("pre_commit") is None:
        pytest.skip("needs pre-commit")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "validate-manifest",
            str(ROOT / ".pre-commit-hooks.yaml"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_hook_is_green_on_a_clean_draft(
    hook_repo: Path, pre_commit_home: Path, project: Path
) -> None:
    result = _try_repo(hook_repo, pre_commit_home, project, "citeresolve-check", "clean.md")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_check_hook_is_red_on_a_faulty_draft(
    hook_repo: Path, pre_commit_home: Path, project: Path
) -> None:
    result = _try_repo(
        hook_repo, pre_commit_home, project, "citeresolve-check", "clean.md", "faulty.md"
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "faulty.md:1:20: CR001" in result.stdout
    assert "faulty.md:1:51: CR007" in result.stdout
    assert "clean.md" not in result.stdout.split("Failed", 1)[1]


def test_link_hook_edits_the_draft(hook_repo: Path, pre_commit_home: Path, project: Path) -> None:
    if not (hook_repo / "citeresolve" / "cli" / "commands" / "link.py").exists():
        pytest.skip("citeresolve link is not written yet")
    before = (project / "clean.md").read_text("utf-8")
    result = _try_repo(hook_repo, pre_commit_home, project, "citeresolve-link", "clean.md")
    assert result.returncode == 1, result.stdout + result.stderr  # files were modified
    after = (project / "clean.md").read_text("utf-8")
    assert after != before and "eur-lex.europa.eu" in after


def test_check_hook_reads_word_documents(
    hook_repo: Path, pre_commit_home: Path, project: Path
) -> None:
    shutil.copy(ROOT / "fixtures" / "docx" / "draft-nl.docx", project / "draft.docx")
    shutil.copy(ROOT / "fixtures" / "docx" / "clean-nl.docx", project / "clean.docx")
    (project / "pyproject.toml").write_text('[tool.citeresolve]\nlang = "nl"\n', "utf-8")
    _git(project, "add", "-A")
    result = _try_repo(
        hook_repo, pre_commit_home, project, "citeresolve-check", "clean.docx", "draft.docx"
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "draft.docx: paragraph 8: CR001 artikel 174" in result.stdout
    assert "clean.docx" not in result.stdout.split("Failed", 1)[1]

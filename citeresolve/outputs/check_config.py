"""Configuration of ``citeresolve check``: ``[tool.citeresolve]`` in ``pyproject.toml``.

    [tool.citeresolve]
    lang = "nl"                 # language of the drafts (default: guessed per file)
    date = 2022-01-20           # date of the drafts: picks the EP Rules version
    enable = ["CR001", "CR003"] # only these codes (default: all)
    disable = ["CR009"]         # never these codes
    include = ["drafts/*.md"]   # only files matching one of these globs
    exclude = ["drafts/old/*"]  # never files matching one of these globs

The file is found by walking up from the current directory to the first
``pyproject.toml`` that has a ``[tool.citeresolve]`` table. Globs are
:mod:`fnmatch` patterns matched against the path relative to that file's
directory, with ``/`` separators; ``*`` also matches ``/``.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from attrs import field, frozen

from ..dates import parse_date
from ..errors import ConfigError, InvalidDateError

KEYS = ("lang", "date", "enable", "disable", "include", "exclude")


def _codes(value: Iterable[str] | None) -> frozenset[str] | None:
    return None if value is None else frozenset(c.strip().upper() for c in value)


def _codes_or_none_at_all(value: Iterable[str] | None) -> frozenset[str]:
    return _codes(value) or frozenset()


def _globs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@frozen
class CheckConfig:
    """What to check and how; every field has a default that checks everything."""

    lang: str | None = None
    date: dt.date | None = None
    enable: frozenset[str] | None = field(default=None, converter=_codes)
    disable: frozenset[str] = field(default=frozenset(), converter=_codes_or_none_at_all)
    include: tuple[str, ...] = field(default=(), converter=_globs)
    exclude: tuple[str, ...] = field(default=(), converter=_globs)
    # The directory globs are relative to (the pyproject.toml's directory).
    root: Path | None = None
    source: str | None = None

    def enabled(self, code: str) -> bool:
        return (self.enable is None or code in self.enable) and code not in self.disable

    def wants(self, path: str) -> bool:
        """Whether ``path`` passes ``include`` and ``exclude`` ('-' always does)."""
        if path == "-" or not (self.include or self.exclude):
            return True
        name = _relative(Path(path), self.root)
        if self.include and not any(fnmatch.fnmatchcase(name, g) for g in self.include):
            return False
        return not any(fnmatch.fnmatchcase(name, g) for g in self.exclude)


def _relative(path: Path, root: Path | None) -> str:
    absolute = path.resolve()
    if root is not None:
        try:
            return absolute.relative_to(root.resolve()).as_posix()
        except ValueError:
            pass  # outside the project: match the path as given
    return path.as_posix().removeprefix("./")


def find_pyproject(start: Path | None = None) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start`` with a ``[tool.citeresolve]``."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and "citeresolve" in _read(candidate).get("tool", {}):
            return candidate
    return None


def _read(path: Path) -> dict[str, Any]:
    import tomllib  # here: a check with --no-config (or no pyproject.toml) parses no TOML

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None


def load_config(path: Path | None = None, *, known_codes: Iterable[str] = ()) -> CheckConfig:
    """The configuration in ``path`` (a pyproject.toml), or the one found from the
    current directory, or the defaults when there is none."""
    if path is None:
        path = find_pyproject()
        if path is None:
            return CheckConfig()
    table = _read(path).get("tool", {}).get("citeresolve", {})
    return config_from_table(table, source=str(path), root=path.parent, known_codes=known_codes)


def config_from_table(
    table: Mapping[str, Any],
    *,
    source: str = "[tool.citeresolve]",
    root: Path | None = None,
    known_codes: Iterable[str] = (),
) -> CheckConfig:
    """Validate a ``[tool.citeresolve]`` table; raises :class:`ConfigError` naming the key."""
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(
            f"{source}: unknown key(s) {', '.join(unknown)} in [tool.citeresolve]; "
            f"known: {', '.join(KEYS)}"
        )
    lang = table.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise ConfigError(f'{source}: [tool.citeresolve] lang must be a string such as "nl"')
    lists = {key: _string_list(table, key, source) for key in _LISTS}
    known = set(known_codes)
    for key in ("enable", "disable"):
        _check_codes(lists[key] or [], known, key, source)
    return CheckConfig(
        lang=lang,
        date=_config_date(table.get("date"), source),
        enable=lists["enable"],
        disable=lists["disable"] or (),
        include=lists["include"] or (),
        exclude=lists["exclude"] or (),
        root=root,
        source=source,
    )


_LISTS = ("enable", "disable", "include", "exclude")


def _string_list(table: Mapping[str, Any], key: str, source: str) -> list[str] | None:
    value = table.get(key)
    if value is not None and not (
        isinstance(value, list) and all(isinstance(v, str) for v in value)
    ):
        raise ConfigError(f"{source}: [tool.citeresolve] {key} must be a list of strings")
    return value


def _check_codes(listed: list[str], known: set[str], key: str, source: str) -> None:
    """Every code ``key`` lists is a known one (when the codes are known)."""
    bad = sorted(c for c in listed if known and c.strip().upper() not in known)
    if bad:
        raise ConfigError(
            f"{source}: [tool.citeresolve] {key}: unknown code(s) {', '.join(bad)}; "
            "see citeresolve check --list-codes"
        )


def _config_date(value: object, source: str) -> dt.date | None:
    """A date of the configuration table: a bad one is a configuration error, worded
    like every other bad date."""
    try:
        return parse_date(value, source)
    except InvalidDateError as exc:
        raise ConfigError(str(exc)) from None

"""citeresolve: find references in EU legal and parliamentary text, normalise them
to canonical keys, and resolve them to EUR-Lex and European Parliament URLs."""

from __future__ import annotations

import gc


def _collector_paused() -> bool:
    """Pause the cyclic collector while modules load; returns whether it ran (for
    :func:`_collector_restored`)."""
    collecting = gc.isenabled()
    gc.disable()
    return collecting


def _collector_restored(collecting: bool) -> None:
    """Run the collector again as the caller had it, the objects the modules built
    moved to the oldest generation unscanned (freeze, then unfreeze: nothing stays
    frozen, and garbage among them is freed by the next full collection); not when
    the caller froze objects of its own."""
    if collecting:
        if not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        gc.enable()


# The package's own import builds tens of thousands of long-lived objects too (the
# resolver's classes and tables, the attrs and regex modules): some thirty young
# collections scanned them as they were made, a tenth of importing the package.
_collecting = _collector_paused()
try:
    import importlib
    from typing import TYPE_CHECKING, Any

    # In a module of its own: the user cache reads it while the package is being imported.
    from ._version import __version__
    from .errors import (
        CiteresolveError,
        ConfigError,
        DocxDependencyError,
        ExtractionTimeoutError,
        InputError,
        InvalidDateError,
        InvalidKeyError,
        LanguageDataError,
        OnlineDependencyError,
        UnknownLanguageError,
    )

    # Eager: importing the subpackage citeresolve.resolve binds the name ``resolve`` in
    # this package to it; the function must be bound after that, here, not lazily.
    from .resolve.offline import Resolution, resolve
    from .resolve.toolkit import Link
finally:
    _collector_restored(_collecting)
    del _collecting

if TYPE_CHECKING:
    from .knowledge.lang import EU_LANGUAGES, available_languages
    from .model.citation import Citation
    from .model.keys import KeyParts, Pin, format_key, parse_key
    from .outputs.authorities import TableOfAuthorities, authorities, authorities_of_files
    from .outputs.check import CodeInfo, Finding, check, codes
    from .outputs.check_config import CheckConfig
    from .outputs.check_docx import DocxFinding, check_docx
    from .outputs.docx import link_docx, unlink_docx
    from .outputs.link import link, unlink
    from .pipeline.extract import extract
    from .pipeline.language_guess import detect_language

# The public API is imported on first use (PEP 562), so that a command or a
# caller pays only for the stages it runs: ``extract`` never loads the Markdown
# parser or the checker.
_LAZY = {
    "EU_LANGUAGES": ".knowledge.lang",
    "available_languages": ".knowledge.lang",
    "Citation": ".model.citation",
    "KeyParts": ".model.keys",
    "Pin": ".model.keys",
    "format_key": ".model.keys",
    "parse_key": ".model.keys",
    "TableOfAuthorities": ".outputs.authorities",
    "authorities": ".outputs.authorities",
    "authorities_of_files": ".outputs.authorities",
    "CodeInfo": ".outputs.check",
    "Finding": ".outputs.check",
    "check": ".outputs.check",
    "codes": ".outputs.check",
    "CheckConfig": ".outputs.check_config",
    "DocxFinding": ".outputs.check_docx",
    "check_docx": ".outputs.check_docx",
    "link_docx": ".outputs.docx",
    "unlink_docx": ".outputs.docx",
    "link": ".outputs.link",
    "unlink": ".outputs.link",
    "detect_language": ".pipeline.language_guess",
    "extract": ".pipeline.extract",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # The stage's modules build thousands of long-lived objects (classes, grammar,
    # tables): the cyclic collector is paused while they load instead of scanning
    # them again and again (a tenth of loading the extractor), then runs as before.
    # They would still be scanned by the first young collections of the first call
    # (a tenth of it), so every object is moved to the oldest generation unscanned.
    collecting = _collector_paused()
    try:
        value = getattr(importlib.import_module(module, __name__), name)
    finally:
        _collector_restored(collecting)
    globals()[name] = value  # later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "EU_LANGUAGES",
    "CheckConfig",
    "Citation",
    "CiteresolveError",
    "CodeInfo",
    "ConfigError",
    "DocxDependencyError",
    "DocxFinding",
    "ExtractionTimeoutError",
    "Finding",
    "InputError",
    "InvalidDateError",
    "InvalidKeyError",
    "KeyParts",
    "LanguageDataError",
    "Link",
    "OnlineDependencyError",
    "Pin",
    "Resolution",
    "TableOfAuthorities",
    "UnknownLanguageError",
    "__version__",
    "authorities",
    "authorities_of_files",
    "available_languages",
    "check",
    "check_docx",
    "codes",
    "detect_language",
    "extract",
    "format_key",
    "link",
    "link_docx",
    "parse_key",
    "resolve",
    "unlink",
    "unlink_docx",
]

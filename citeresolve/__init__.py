"""citeresolve: find references in EU legal and parliamentary text, normalise them
to canonical keys, and resolve them to EUR-Lex and European Parliament URLs."""

from __future__ import annotations

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
from .knowledge.lang import EU_LANGUAGES, available_languages
from .model.citation import Citation
from .model.keys import KeyParts, Pin, format_key, parse_key
from .outputs.authorities import TableOfAuthorities, authorities, authorities_of_files
from .outputs.check import CodeInfo, Finding, check, codes
from .outputs.check_config import CheckConfig
from .outputs.docx import DocxFinding, check_docx, link_docx, unlink_docx
from .outputs.link import link, unlink
from .pipeline.extract import detect_language, extract
from .resolve.offline import Resolution, resolve
from .resolve.toolkit import Link

__version__ = "0.1.0"

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

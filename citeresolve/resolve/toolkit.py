"""What a family's own resolver works with (:attr:`citeresolve.model.family.Family.resolve`).

A resolver receives a :class:`Request` (``key``, ``parts``, ``lang``, ``date``,
and ``LANG``/``LANG3`` for URL templates) and returns a :class:`Built` (``url``,
``alternatives``, ``celex``, ``eli``, ``warnings``), or raises :class:`Invalid`
(the key cannot name a real document) or :class:`Unknown` (no URL scheme is
known). URL templates come from ``data/urls.toml`` through :func:`url`.
"""

from __future__ import annotations

from .offline import Link, url_template
from .offline import _Built as Built
from .offline import _Invalid as Invalid
from .offline import _Request as Request
from .offline import _Unknown as Unknown

__all__ = ["Built", "Invalid", "Link", "Request", "Unknown", "url", "url_template"]


def url(name: str, **fields: object) -> str:
    """The URL template ``name`` of ``data/urls.toml`` filled with ``fields``."""
    return url_template(name).format(**fields)

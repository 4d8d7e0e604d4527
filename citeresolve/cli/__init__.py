"""The ``citeresolve`` command line (``main``) and its subcommands (``commands/``)."""

from __future__ import annotations

from .main import main

__all__ = ["main"]

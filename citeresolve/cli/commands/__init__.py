"""Subcommands of the ``citeresolve`` CLI (see :mod:`citeresolve.cli`)."""

"""The package's version, in a module of its own: the user cache names files with it
(:mod:`citeresolve.knowledge.kept_strings`), and that code is loaded while the package
itself is still being imported."""

__version__ = "0.1.0"

"""Knowledge kept as data: loaders for the language files and the instrument registry
under ``citeresolve/data``."""

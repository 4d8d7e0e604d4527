"""Outputs: links spliced into text, Markdown and HTML; JSON Lines records; checks for
drafters."""

"""Outputs: links spliced into text, Markdown and HTML, hyperlinks in Word documents;
JSON Lines records; checks for drafters; tables of authorities."""

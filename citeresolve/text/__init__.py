"""Text in: reading documents (inputs), the normalised view with its offset map (clean),
and the cheap single-pass trigger scan (scan)."""

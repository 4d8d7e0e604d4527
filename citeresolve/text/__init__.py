"""Text in: reading documents (inputs, Word documents in docx), the normalised view with
its offset map (clean), and the cheap single-pass trigger scan (scan)."""

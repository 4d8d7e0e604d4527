"""One document of ``citeresolve link``: read it, link (or unlink) it and write it.

Every error becomes an ``Outcome``, so that a bad file never stops a batch; this
runs in worker processes (a process pool or Dask), so it holds no state.
"""

from __future__ import annotations

from attrs import frozen

from ...errors import CiteresolveError, InputError
from ...outputs.link import link, link_targets, unlink
from ...text.formats import read_visible
from ...text.inputs import (
    line_col,
    line_starts,
    read_document,
    write_atomically,
    write_bytes_atomically,
)

_BOM = b"\xef\xbb\xbf"


@frozen
class Job:
    """One document to link: where it comes from and where it goes (None: stdout)."""

    source: str
    destination: str | None
    format: str
    to: str | None
    lang: str | None
    date: str | None
    css_class: str | None
    unlink: bool = False
    # Standard output is a terminal: a person reads it, so show what would be
    # linked instead of pouring out the whole document (pipes still get it).
    summary: bool = False


@frozen
class Outcome:
    source: str
    error: str | None = None
    output: str | None = None  # the linked text, when it goes to stdout
    warnings: tuple[str, ...] = ()


def link_one(job: Job) -> Outcome:
    """Read, link and write one document; every error becomes an outcome, so a
    bad file never stops the batch (this runs in a worker process)."""
    try:
        return _link_document(job)
    except InputError as exc:
        return Outcome(job.source, error=str(exc))  # it names the file already
    except CiteresolveError as exc:
        return Outcome(job.source, error=f"{job.source}: {exc}")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return Outcome(job.source, error=f"{job.source}: cannot write {job.destination}: {reason}")
    except Exception as exc:  # an internal error on one document must not lose the others
        error = f"{job.source}: internal error ({type(exc).__name__}: {exc})"
        return Outcome(job.source, error=error)


def _link_document(job: Job) -> Outcome:
    if job.format == "docx":
        return _link_docx(job)
    warnings: list[str] = []
    if job.summary:
        return Outcome(job.source, output=_summary(job, warnings), warnings=tuple(warnings))
    text = read_document(job.source)
    bom = job.source != "-" and _has_bom(job.source)
    # Keep a byte order mark where there was one: byte-faithful means the whole
    # file, and standard output gets the same bytes as -o would.
    linked = ("\ufeff" if bom else "") + _linked(job, text, warnings)
    if job.destination is None:
        return Outcome(job.source, output=linked, warnings=tuple(warnings))
    write_atomically(job.destination, linked)
    return Outcome(job.source, warnings=tuple(warnings))


def _linked(job: Job, text: str, warnings: list[str]) -> str:
    """The text of a document linked (or unlinked) as the job asks."""
    if job.unlink:
        if job.format != "html":
            raise CiteresolveError(
                "--unlink works on Word (.docx) and HTML documents, where the links "
                "citeresolve inserts can be told from others"
            )
        return unlink(text)
    return link(
        text,
        format=job.format,
        to=job.to,
        lang=job.lang,
        date=job.date,
        css_class=job.css_class,
        warn=warnings.append,
    )


def _summary(job: Job, warnings: list[str]) -> str:
    """What ``link`` would link in a document, as a table a person can read: where,
    what the text says, the key and the URL; then how to get the linked document."""
    visible = read_visible(job.source, job.format)
    targets = link_targets(visible.text, lang=job.lang, date=job.date, warn=warnings.append)
    starts = line_starts(visible.source)
    rows = []
    for target in targets:
        start, end = visible.to_source(target.start, target.end)
        line, col = line_col(visible.source, start, starts)
        surface = " ".join(visible.source[start:end].split())
        rows.append((f"{line}:{col}", surface, target.key, target.url))
    out = [f"{job.source}: {len(rows)} citations to link\n"]
    if rows:
        widths = [min(40, max(len(r[i]) for r in rows)) for i in range(3)]
        for row in rows:
            cells = [row[i][: widths[i]].ljust(widths[i]) for i in range(3)]
            out.append(f"  {'  '.join(cells)}  {row[3]}\n")
    out.append(
        f"To write the linked document: citeresolve link {job.source} -o LINKED "
        "(or -i to rewrite it, or > LINKED)\n"
    )
    return "".join(out)


def _link_docx(job: Job) -> Outcome:
    """Link (or unlink) a Word document into a file: the package is binary, so
    it never goes to standard output."""
    from ...outputs.docx import link_docx, unlink_docx

    if job.destination is None:
        raise CiteresolveError(
            "a Word document is written to a file: give -o OUT.docx or --in-place"
        )
    if job.to is not None:
        raise CiteresolveError("--to does not apply to Word documents; they stay .docx")
    action = unlink_docx if job.unlink else link_docx
    try:
        result = action(job.source, lang=job.lang, date=job.date)
    except InputError as exc:  # the Word reader leaves naming the file to its caller
        raise InputError(f"{job.source}: {exc}") from None
    write_bytes_atomically(job.destination, result.data)
    return Outcome(job.source)


def _has_bom(name: str) -> bool:
    with open(name, "rb") as fh:
        return fh.read(3) == _BOM

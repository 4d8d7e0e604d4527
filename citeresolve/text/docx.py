"""Word documents (.docx): the visible text of every paragraph, with a map back into the XML.

A Word paragraph (``w:p``) holds runs (``w:r``), and a run holds text (``w:t``),
tabs, breaks, field codes, note references …  Word starts a new run at every
change of formatting or revision, so one citation is often spread over several
runs.  :func:`read_docx` turns a package into a :class:`DocxText`: one string
for the whole document (the paragraphs joined by blank lines, as in Markdown)
and, for every paragraph, the :class:`Piece` s of text that make it up, each
pointing at the run and child element it comes from.

What counts as visible is what Word shows with tracked changes accepted:
inserted text (``w:ins``) is there, deleted text (``w:del``) and field codes
(``w:instrText``) are not.  Pieces that must never be rewritten carry a
``lock``: tracked insertions, text of existing hyperlinks and field results.

Parts are read in this order: the body (with its tables), footnotes,
endnotes, headers, footers.  Separator "notes" are not text.

python-docx opens and saves the package; lxml edits the XML.  Both come with
the optional extra ``citeresolve[docx]``; :func:`require_docx_extra` says how
to install it when they are missing.
"""

from __future__ import annotations

import bisect
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import define, field, frozen

from ..errors import DocxDependencyError, InputError
from .formats import VisibleText

if TYPE_CHECKING:
    from docx.document import Document
    from docx.opc.part import Part
    from lxml.etree import _Element

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
HYPERLINK_RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"

# What joins two paragraphs in the document's text: a blank line, as between
# Markdown paragraphs, so a paragraph is a "line" for suppression comments.
PARAGRAPH_SEPARATOR = "\n\n"


def w(tag: str) -> str:
    """The Clark name of a WordprocessingML element or attribute (``w:tag``)."""
    return f"{{{W_NS}}}{tag}"


P, R, T, RPR = w("p"), w("r"), w("t"), w("rPr")
HYPERLINK = w("hyperlink")
FLDCHAR, INSTRTEXT = w("fldChar"), w("instrText")
R_ID = f"{{{R_NS}}}id"

# Run children that show as one character.
CHARACTER_OF = {
    w("tab"): "\t",
    w("ptab"): "\t",
    w("br"): "\n",
    w("cr"): "\n",
    w("noBreakHyphen"): "\u2011",
    w("softHyphen"): "\u00ad",
}
# Containers whose runs Word does not show (tracked deletions, moved-away text,
# the fallback copy of alternate content).
_HIDDEN = frozenset({w("del"), w("moveFrom"), f"{{{MC_NS}}}Fallback"})
# Containers whose runs are shown but must never be rewritten, and why.
_LOCKS = {
    w("ins"): "tracked change",
    w("moveTo"): "tracked change",
    HYPERLINK: "link",
    w("fldSimple"): "field",
}
# Notes that are layout, not text.
_SPECIAL_NOTES = frozenset({"separator", "continuationSeparator", "continuationNotice"})

# Parts with paragraphs, in reading order: (name in reports, relationship type).
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PART_KINDS = (
    ("footnotes", _RT + "footnotes"),
    ("endnotes", _RT + "endnotes"),
    ("header", _RT + "header"),
    ("footer", _RT + "footer"),
)
_NOTE_TAG = {"footnotes": w("footnote"), "endnotes": w("endnote")}


def require_docx_extra() -> None:
    """Raise :class:`DocxDependencyError` with the install command when python-docx or
    lxml is missing."""
    try:
        import docx  # noqa: F401
        import lxml.etree  # noqa: F401
    except ImportError:
        raise DocxDependencyError(
            "Word documents need the optional docx dependencies: pip install 'citeresolve[docx]'"
        ) from None


@frozen
class Piece:
    """Characters ``start:end`` of a paragraph's text: the text of ``child`` (a
    ``w:t``, or one character for a tab, break or special hyphen) in ``run``."""

    start: int
    end: int
    run: _Element
    child: _Element
    lock: str | None  # why it must not be rewritten ("tracked change", "link", "field")
    container: _Element | None  # the w:hyperlink / w:ins … that holds the run, if any


@define
class Paragraph:
    """One paragraph's visible text and where each character comes from."""

    part: str  # "body", "footnotes", "endnotes", "header", "footer"
    xml_part: Part
    index: int  # 0-based among the paragraphs of its part
    number: int | None  # 1-based number of its footnote, endnote, header or footer
    element: _Element
    fields_in: tuple[str, ...]  # open complex fields where it starts
    text: str = ""
    pieces: list[Piece] = field(factory=list)
    fields_out: tuple[str, ...] = ()

    def rescan(self) -> None:
        """Read the paragraph again (after its runs were split or wrapped)."""
        self.text, self.pieces, self.fields_out = scan_paragraph(self.element, self.fields_in)

    def location(self) -> str:
        """Where a person finds the paragraph in Word: "paragraph 12", "footnote 3",
        "header 1" (headers and footers are numbered in package order)."""
        if self.part == "body":
            return f"paragraph {self.index + 1}"
        return f"{self.part.removesuffix('s')} {self.number}"


@define
class DocxText:
    """The visible text of a Word document: ``text`` is every paragraph's text
    joined by a blank line; ``paragraphs[i]`` starts at ``starts[i]``."""

    document: Document
    paragraphs: list[Paragraph]
    starts: list[int]
    text: str

    def index_of(self, offset: int) -> int:
        """The index of the paragraph holding ``offset`` of :attr:`text`."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def locate(self, offset: int) -> tuple[Paragraph, int]:
        """The paragraph holding ``offset`` of :attr:`text`, and the offset in it."""
        i = self.index_of(offset)
        return self.paragraphs[i], offset - self.starts[i]

    def parts(self) -> Iterator[Part]:
        """Every part that holds paragraphs, once each."""
        seen: set[int] = set()
        for paragraph in self.paragraphs:
            if id(paragraph.xml_part) not in seen:
                seen.add(id(paragraph.xml_part))
                yield paragraph.xml_part

    def save(self) -> bytes:
        """The package as bytes, with every edit made to the XML."""
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()


def read_docx(source: str | Path | bytes) -> DocxText:
    """Open a .docx (a path or its bytes) and read its visible text.

    Raises :class:`InputError` when it is not a Word document and
    :class:`DocxDependencyError` without the ``docx`` extra.
    """
    require_docx_extra()
    document = _open(source)
    paragraphs = list(_paragraphs(document))
    starts: list[int] = []
    chunks: list[str] = []
    offset = 0
    for paragraph in paragraphs:
        starts.append(offset)
        chunks.append(paragraph.text)
        offset += len(paragraph.text) + len(PARAGRAPH_SEPARATOR)
    return DocxText(document, paragraphs, starts, PARAGRAPH_SEPARATOR.join(chunks))


def _open(source: str | Path | bytes) -> Document:
    """The package; errors say what is wrong without the file name (callers add it)."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    _register_note_parts()
    try:
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})") from None
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise InputError(
            f"not a Word document (.docx): {exc}; save it from Word as .docx"
        ) from None
    except etree.XMLSyntaxError as exc:
        raise InputError(f"damaged Word document (bad XML: {exc})") from None


def _register_note_parts() -> None:
    """Load footnotes and endnotes as XML parts, so python-docx parses them and
    writes our edits back when it saves (it has no classes of its own for them)."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.part import PartFactory, XmlPart

    for content_type in (CT.WML_FOOTNOTES, CT.WML_ENDNOTES):
        PartFactory.part_type_for.setdefault(content_type, XmlPart)


def _xml_parts(document: Document) -> Iterator[tuple[str, Part]]:
    main = document.part
    yield "body", main
    by_type = {reltype: kind for kind, reltype in PART_KINDS}
    related: dict[str, list[Part]] = {kind: [] for kind, _ in PART_KINDS}
    for rel in main.rels.values():
        kind = by_type.get(rel.reltype)
        if kind is not None and not rel.is_external:
            related[kind].append(rel.target_part)
    for kind, _ in PART_KINDS:
        for part in sorted(related[kind], key=lambda p: _natural(str(p.partname))):
            yield kind, part


def _natural(name: str) -> tuple[str, int]:
    """``/word/header10.xml`` after ``/word/header9.xml``."""
    base = name.removesuffix(".xml")
    stem = base.rstrip("0123456789")
    digits = base[len(stem) :]
    return stem, int(digits) if digits else 0


def _paragraphs(document: Document) -> Iterator[Paragraph]:
    ordinal: dict[str, int] = {}
    for kind, part in _xml_parts(document):
        root = getattr(part, "element", None)
        if root is None:
            continue
        ordinal[kind] = ordinal.get(kind, 0) + 1
        notes = _note_numbers(root, kind)
        fields: tuple[str, ...] = ()
        index = 0
        for p in root.iter(P):
            if _hidden_paragraph(p):
                continue
            number: int | None = None if kind == "body" else ordinal[kind]
            if notes is not None:
                number = _note_of(p, notes)
                if number is None:
                    continue  # a separator "note"
            paragraph = Paragraph(kind, part, index, number, p, fields)
            paragraph.rescan()
            fields = paragraph.fields_out
            index += 1
            yield paragraph


def _note_numbers(root: _Element, kind: str) -> dict[_Element, int] | None:
    tag = _NOTE_TAG.get(kind)
    if tag is None:
        return None
    numbers: dict[_Element, int] = {}
    for note in root.iter(tag):
        if note.get(w("type")) not in _SPECIAL_NOTES:
            numbers[note] = len(numbers) + 1
    return numbers


def _note_of(p: _Element, notes: dict[_Element, int]) -> int | None:
    for ancestor in p.iterancestors():
        if ancestor in notes:
            return notes[ancestor]
    return None


def _hidden_paragraph(p: _Element) -> bool:
    return any(a.tag in _HIDDEN for a in p.iterancestors())


def scan_paragraph(
    p: _Element, fields_in: tuple[str, ...] = ()
) -> tuple[str, list[Piece], tuple[str, ...]]:
    """The visible text of paragraph ``p``, its pieces, and the complex fields
    still open at its end (``fields_in`` are those open at its start: a field
    such as a table of contents may span paragraphs).

    A complex field is ``fldChar begin`` … instruction … ``fldChar separate``
    … result … ``fldChar end``; the instruction is not shown, the result is
    shown but locked.
    """
    fields = list(fields_in)
    pieces: list[Piece] = []
    chunks: list[str] = []
    offset = 0
    for run in p.iter(R):
        hidden, lock, container = _context(run, p)
        if hidden is None:
            continue  # a run of a nested paragraph (text box): read with that one
        for child in run:
            tag = child.tag
            if tag == FLDCHAR:
                _follow_field(fields, child.get(w("fldCharType")))
                continue
            if hidden or (fields and fields[-1] == "code"):
                continue
            if tag == T:
                text = child.text or ""
            else:
                text = CHARACTER_OF.get(str(tag), "")
            if not text:
                continue
            piece_lock = lock or ("field" if fields else None) or _run_lock(run)
            pieces.append(Piece(offset, offset + len(text), run, child, piece_lock, container))
            chunks.append(text)
            offset += len(text)
    return "".join(chunks), pieces, tuple(fields)


def _follow_field(fields: list[str], kind: str | None) -> None:
    """The fields open after a field character: ``begin`` opens a field at its
    instruction, ``separate`` moves the innermost to its result, ``end`` closes it."""
    if kind == "begin":
        fields.append("code")
    elif kind == "separate" and fields:
        fields[-1] = "result"
    elif kind == "end" and fields:
        fields.pop()


def _context(run: _Element, p: _Element) -> tuple[bool | None, str | None, _Element | None]:
    """Whether ``run`` is hidden, why it is locked, and its locking container;
    hidden is None when the run belongs to another (nested) paragraph."""
    hidden = False
    lock: str | None = None
    container: _Element | None = None
    for ancestor in run.iterancestors():
        if ancestor is p:
            return hidden, lock, container
        tag = ancestor.tag
        if tag == P:
            return None, None, None
        if tag in _HIDDEN:
            hidden = True
        elif tag in _LOCKS and container is None:
            lock, container = _LOCKS[str(tag)], ancestor
    return None, None, None


def _run_lock(run: _Element) -> str | None:
    """A run with a tracked formatting change is a revision too: leave it whole."""
    rpr = run.find(RPR)
    if rpr is not None and rpr.find(w("rPrChange")) is not None:
        return "tracked change"
    return None


def read_docx_visible(data: bytes, name: str) -> VisibleText:
    """The Word reader behind the common input-format interface: the document's
    text (paragraphs joined by blank lines) is both what is read and what
    offsets refer to; ``check`` and ``link`` locate and edit through
    :class:`DocxText` itself."""
    require_docx_extra()
    try:
        return VisibleText.whole(read_docx(data).text)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None

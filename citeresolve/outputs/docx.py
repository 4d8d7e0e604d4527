"""Links in Word documents (.docx) and their removal (``check`` in Word terms is
:mod:`citeresolve.outputs.check_docx`).

:func:`link_docx` wraps each citation that :func:`citeresolve.link` would link
in a real Word hyperlink: a ``w:hyperlink`` whose ``r:id`` names an external
relationship of the part it is in (body, footnotes, endnotes, header, footer).
The runs of the citation move into the hyperlink as they are, so their
formatting, character styles, comment ranges, bookmarks and note references
stay; a run is split (into two runs with the same properties) only where a
citation starts or ends inside it.  Text inside tracked changes, existing
hyperlinks and fields is never rewritten: a citation that touches any of
them is left unlinked.  A second run adds nothing, because text inside a
hyperlink is locked.

:func:`unlink_docx` removes the hyperlinks that :func:`link_docx` would make
(the same span, the same URL) and joins the runs it split, so the document's
text, and normally its XML, is what it was.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import frozen

from ..text.docx import (
    CHARACTER_OF,
    HYPERLINK,
    HYPERLINK_RELTYPE,
    R_ID,
    R_NS,
    RPR,
    XML_SPACE,
    DocxText,
    Paragraph,
    R,
    T,
    read_docx,
    w,
)
from .check import Resolver
from .link import link_targets
from .link_splice import Target, strip_span

if TYPE_CHECKING:
    from docx.opc.part import Part
    from lxml.etree import _Element

# Elements that may sit between the runs of one citation and move into its
# hyperlink with them: range marks (comments, bookmarks, permissions) and
# proofing marks.  Anything else (a tracked change, a field, a content
# control) between them leaves the citation unlinked.
_MOVABLE = frozenset(
    w(tag)
    for tag in (
        "r",
        "bookmarkStart",
        "bookmarkEnd",
        "commentRangeStart",
        "commentRangeEnd",
        "proofErr",
        "permStart",
        "permEnd",
    )
)
# Run children that tie a run to a field or revision: such a run never moves.
_FIXED_RUN_CHILDREN = frozenset(w(tag) for tag in ("fldChar", "instrText", "delText"))
# Word shows a tooltip of at most 255 characters.
_TOOLTIP_MAX = 255


@frozen
class DocxResult:
    """What :func:`link_docx` or :func:`unlink_docx` did: the new package bytes and
    how many hyperlinks it added or removed."""

    data: bytes
    changed: int
    skipped: int = 0  # citations left unlinked (in a tracked change, a field, a link …)


def link_docx(
    source: str | Path | bytes,
    *,
    lang: str | None = None,
    date: dt.date | str | None = None,
    resolver: Resolver | None = None,
) -> DocxResult:
    """Link every citation of a .docx (a path or its bytes) that resolves to a URL.

    ``lang``, ``date`` and ``resolver`` mean what they mean for
    :func:`citeresolve.link`.  Returns the linked package; nothing is written.
    """
    doc = read_docx(source)
    added = skipped = 0
    for paragraph, targets in _targets_by_paragraph(doc, lang, date, resolver):
        linked = _hyperlinks(paragraph)
        # Right to left: a split or wrap never moves the text of earlier targets.
        for target in reversed(targets):
            if (target.start, target.end) in linked:
                continue  # linked before: nothing to do
            if _link(paragraph, target):
                added += 1
            else:
                skipped += 1
    return DocxResult(doc.save(), added, skipped)


def unlink_docx(
    source: str | Path | bytes,
    *,
    lang: str | None = None,
    date: dt.date | str | None = None,
    resolver: Resolver | None = None,
) -> DocxResult:
    """Remove the hyperlinks :func:`link_docx` made (given the same ``lang`` and
    ``date``): every hyperlink whose text is a linkable citation, whose address
    is that citation's URL and whose tooltip its label.  Other hyperlinks stay,
    also a hand-made link to the same address."""
    doc = read_docx(source)
    removed = 0
    for paragraph, targets in _targets_by_paragraph(doc, lang, date, resolver):
        wanted = {(t.start, t.end): (t.url, _tooltip(t)) for t in targets}
        for (start, end), element in _hyperlinks(paragraph).items():
            url = _external_target(paragraph.xml_part, element)
            made = (url, element.get(w("tooltip")))
            if url is not None and wanted.get((start, end)) == made:
                _unwrap(paragraph.xml_part, element)
                removed += 1
        paragraph.rescan()
    return DocxResult(doc.save(), removed)


def _targets_by_paragraph(
    doc: DocxText,
    lang: str | None,
    date: dt.date | str | None,
    resolver: Resolver | None,
) -> list[tuple[Paragraph, list[Target]]]:
    """The link targets of the whole document, trimmed and grouped by paragraph,
    with offsets into the paragraph's text."""
    grouped: dict[int, list[Target]] = {}
    for target in link_targets(doc.text, lang=lang, date=date, resolver=resolver):
        start, end = strip_span(doc.text, target.start, target.end)
        if start == end:
            continue
        paragraph, offset = doc.locate(start)
        if offset + (end - start) > len(paragraph.text):
            continue  # runs over a paragraph break: no single hyperlink can hold it
        grouped.setdefault(doc.index_of(start), []).append(
            Target(offset, offset + end - start, target.key, target.url, target.label)
        )
    return [(doc.paragraphs[i], grouped[i]) for i in sorted(grouped)]


def _hyperlinks(paragraph: Paragraph) -> dict[tuple[int, int], _Element]:
    """Each hyperlink of the paragraph by the span of its text."""
    spans: dict[int, tuple[int, int, _Element]] = {}
    for piece in paragraph.pieces:
        if piece.container is None or piece.container.tag != HYPERLINK:
            continue
        key = id(piece.container)
        start, end, element = spans.get(key, (piece.start, piece.end, piece.container))
        spans[key] = (min(start, piece.start), max(end, piece.end), element)
    return {(start, end): element for start, end, element in spans.values()}


def _external_target(part: Part, hyperlink: _Element) -> str | None:
    rid = hyperlink.get(R_ID)
    rel = part.rels.get(rid) if rid else None
    if rel is None or not rel.is_external or rel.reltype != HYPERLINK_RELTYPE:
        return None
    return str(rel.target_ref)


# ------------------------------------------------------------------ linking


def _link(paragraph: Paragraph, target: Target) -> bool:
    """Wrap ``paragraph.text[target.start:target.end]`` in a hyperlink; False when
    the text cannot be linked without rewriting something that must stay."""
    pieces = [p for p in paragraph.pieces if p.end > target.start and p.start < target.end]
    if not pieces or any(p.lock is not None for p in pieces):
        return False
    first, last = pieces[0], pieces[-1]
    parent = first.run.getparent()
    if parent is None or last.run.getparent() is not parent:
        return False
    siblings = _between(first.run, last.run)
    if siblings is None:
        return False
    run_start = {id(p.run): p.start for p in reversed(paragraph.pieces)}
    run_end = {id(p.run): p.end for p in paragraph.pieces}
    # Split the last run first: splitting the first one would shift its offsets.
    if target.end < run_end[id(last.run)]:
        _split_run(last.run, target.end - run_start[id(last.run)], zero_width_left=False)
    first_run = first.run
    if target.start > run_start[id(first.run)]:
        first_run = _split_run(first.run, target.start - run_start[id(first.run)], True)
        if first.run is last.run:
            siblings = [first_run]
        else:
            siblings[0] = first_run
    _wrap(paragraph.xml_part, siblings, target)
    paragraph.rescan()
    return True


def _between(first: _Element, last: _Element) -> list[_Element] | None:
    """``first`` … ``last`` (siblings), or None when something that must not move
    lies between them."""
    out = [first]
    node: _Element | None = first
    while node is not last:
        node = node.getnext() if node is not None else None
        if node is None or node.tag not in _MOVABLE:
            return None
        out.append(node)
    for element in out:
        if element.tag == R and any(c.tag in _FIXED_RUN_CHILDREN for c in element):
            return None
    return out


def _split_run(run: _Element, at: int, zero_width_left: bool) -> _Element:
    """Split ``run`` after ``at`` visible characters into two runs with the same
    properties; ``run`` keeps the first part, the new run (returned) the rest.
    Children without text (a note reference, a rendered page break) at the cut go
    left when ``zero_width_left``, else right: never into the link."""
    right = copy.deepcopy(run)
    run.addnext(right)
    left_children = [c for c in run if c.tag != RPR]
    right_children = [c for c in right if c.tag != RPR]
    pos = 0
    for mine, theirs in zip(left_children, right_children, strict=True):
        length = _length_of(mine)
        if length == 0:
            goes_left = pos < at or (pos == at and zero_width_left)
            if goes_left:
                right.remove(theirs)
            else:
                run.remove(mine)
        elif pos + length <= at:
            right.remove(theirs)
        elif pos >= at:
            run.remove(mine)
        else:  # the cut is inside this w:t
            text = mine.text or ""
            _set_text(mine, text[: at - pos])
            _set_text(theirs, text[at - pos :])
        pos += length
    return right


def _length_of(child: _Element) -> int:
    if child.tag == T:
        return len(child.text or "")
    return 1 if child.tag in CHARACTER_OF else 0


def _set_text(t: _Element, text: str) -> None:
    t.text = text
    if text != text.strip():
        t.set(XML_SPACE, "preserve")


def _wrap(part: Part, elements: Sequence[_Element], target: Target) -> None:
    from lxml import etree

    rid = part.relate_to(target.url, HYPERLINK_RELTYPE, is_external=True)
    hyperlink = etree.Element(HYPERLINK)
    hyperlink.set(R_ID, rid)
    hyperlink.set(w("tooltip"), _tooltip(target))
    hyperlink.set(w("history"), "1")
    elements[0].addprevious(hyperlink)
    for element in elements:
        hyperlink.append(element)


def _tooltip(target: Target) -> str:
    return target.label[:_TOOLTIP_MAX]


# ---------------------------------------------------------------- unlinking


def _unwrap(part: Part, hyperlink: _Element) -> None:
    """Put the hyperlink's children back in its place, join the runs that linking
    split, and drop the relationship when nothing else uses it."""
    rid = hyperlink.get(R_ID)
    children = list(hyperlink)
    for child in children:
        hyperlink.addprevious(child)
    parent = hyperlink.getparent()
    if parent is not None:
        parent.remove(hyperlink)
    if children:
        first = _join(children[0].getprevious(), children[0])
        last = first if len(children) == 1 and first is not None else children[-1]
        _join(last, last.getnext())
    if rid and rid not in _relationship_uses(part):
        del part.rels[rid]


def _relationship_uses(part: Part) -> set[str]:
    """Every relationship id the part's XML refers to (r:id, r:embed …; hyperlinks
    share one relationship per address)."""
    root: _Element = part.element  # type: ignore[attr-defined]
    prefix = f"{{{R_NS}}}"
    return {
        str(value)
        for element in root.iter()
        for name, value in element.attrib.items()
        if str(name).startswith(prefix)
    }


def _join(left: _Element | None, right: _Element | None) -> _Element | None:
    """Merge two adjacent runs that differ in nothing but their text, as a split
    leaves them (same attributes, same properties, text meeting text); the run
    that holds ``right``'s text afterwards."""
    if left is None or right is None or left.tag != R or right.tag != R:
        return right
    if _attributes(left) != _attributes(right) or _props(left) != _props(right):
        return right
    left_content = [c for c in left if c.tag != RPR]
    right_content = [c for c in right if c.tag != RPR]
    if not left_content or not right_content:
        return right
    left_t, right_t = left_content[-1], right_content[0]
    if left_t.tag != T or right_t.tag != T:
        return right
    # Both halves of a split are copies of one w:t: xml:space="preserve" was on the
    # original if both still carry it, or if the joined text needs it.
    both = left_t.get(XML_SPACE) == right_t.get(XML_SPACE) == "preserve"
    joined = (left_t.text or "") + (right_t.text or "")
    left_t.text = joined
    if both or joined != joined.strip():
        left_t.set(XML_SPACE, "preserve")
    elif XML_SPACE in left_t.attrib:
        del left_t.attrib[XML_SPACE]
    for child in right_content[1:]:
        left.append(child)
    parent = right.getparent()
    if parent is not None:
        parent.remove(right)
    return left


def _attributes(run: _Element) -> dict[str, str]:
    return {str(k): str(v) for k, v in run.attrib.items()}


def _props(run: _Element) -> bytes:
    from lxml import etree

    rpr = run.find(RPR)
    return b"" if rpr is None else etree.tostring(rpr, method="c14n")

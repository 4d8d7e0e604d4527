"""Plain slotted records: the value classes the extractor makes per token, unit and
chain, written without attrs.

attrs writes and compiles each class's methods when its module loads, about 3.4
million instructions a class, paid by the first ``extract()`` of every process. A
:class:`Record` subclass declares its ``__slots__``, its ``_FIELDS`` (in the order of
its ``__init__``) and its ``__init__``; the base class gives it equality by value over
those fields (so it is unhashable, as a mutable value must be) and the repr attrs
gives, as the tests and error messages read them.
"""

from __future__ import annotations

from typing import ClassVar


class Record:
    """A mutable record: equality by value over ``_FIELDS``, attrs' repr."""

    __slots__ = ()
    _FIELDS: ClassVar[tuple[str, ...]] = ()

    def _fields(self) -> tuple[object, ...]:
        return tuple([getattr(self, name) for name in self._FIELDS])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._FIELDS)
        return f"{type(self).__name__}({fields})"

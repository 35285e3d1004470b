"""Undo commands. Each changes the model through OpenWorkshop.apply (one commit) and nothing else."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from codesign.app.open_workshop import OpenWorkshop


class SetField(QUndoCommand):
    """Sets one field of one model object; undo puts the old value back.

    `target` is looked up on every redo/undo because a reload replaces the model objects.
    A step that cannot be committed marks itself obsolete, so the stack drops it.
    """

    def __init__(self, workshop: OpenWorkshop, target: Callable[[], object], field: str,
                 old: object, new: object, text: str) -> None:
        super().__init__(text)
        self._workshop = workshop
        self._target = target
        self._field = field
        self._old = old
        self._new = new

    def redo(self) -> None:
        self._set(self._new)

    def undo(self) -> None:
        self._set(self._old)

    def _set(self, value: object) -> None:
        if not self._workshop.apply(lambda: setattr(self._target(), self._field, value)):
            self.setObsolete(True)

"""The one undo command of the board: run a model edit once, then undo and redo it by
restoring before/after pictures of the rows it touched (codesign.model.memento).

Commands change the model only; scenes follow the workshop's `changed` signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand

from codesign.model import ModelError, Workshop, memento

if TYPE_CHECKING:
    from codesign.app.open_workshop import OpenWorkshop

Scope = Callable[[Workshop], memento.State]
Action = Callable[[Workshop], object]

NUDGE_ID = 0xC0DE  # consecutive arrow-key nudges of the same cards merge into one step


def _only_timestamps(before: memento.State, after: memento.State) -> bool:
    for key, row in after.items():
        old = before.get(key)
        if row is None or old is None or {**old, "modified": None} != {**row, "modified": None}:
            return False
    return True


class BoardCommand(QUndoCommand):
    """`scope` captures the rows `action` may change (looked up by id: a reload replaces objects)."""

    def __init__(self, workshop: OpenWorkshop, text: str, action: Action, scope: Scope,
                 merge_key: object = None) -> None:
        super().__init__(text)
        self._workshop = workshop
        self._action: Action | None = action
        self._scope = scope
        self._merge_key = merge_key
        self.before: memento.State = {}
        self.after: memento.State = {}
        self.result: object = None

    def id(self) -> int:
        return NUDGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, BoardCommand) or other._merge_key != self._merge_key:
            return False
        self.before = {**other.before, **self.before}  # the earliest picture of each row wins
        self.after = {**self.after, **other.after}
        self.before, self.after = memento.difference(self.before, self.after)
        if not self.after or _only_timestamps(self.before, self.after):
            # e.g. Right then Left: nothing a person could see changed. Put the timestamps back
            # too, so dropping the step leaves the file exactly as before it.
            self._restore(self.before)
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        try:
            self._redo()
        except ModelError as exc:  # e.g. the item is gone: refused, like any other bad edit
            self.setObsolete(True)
            self._workshop.edit_failed.emit(exc.with_traceback(None))
        except Exception as exc:  # noqa: BLE001 - never let an error escape into QUndoStack.push
            self._fail(exc)

    def undo(self) -> None:
        try:
            self._restore(self.before)
        except Exception as exc:  # noqa: BLE001 - never let an error escape into QUndoStack
            self._fail(exc)

    def _fail(self, exc: Exception) -> None:
        """Drops this step and raises the error from the event loop, where the crash handler
        logs it and tells the user, rather than inside Qt's undo stack."""
        self.setObsolete(True)

        def reraise() -> None:
            raise exc

        QTimer.singleShot(0, reraise)

    def _redo(self) -> None:
        if self._action is None:
            self._restore(self.after)
            return
        action, self._action = self._action, None
        before = self._scope(self._workshop.workshop)

        def run() -> None:
            self.result = action(self._workshop.workshop)

        if not self._workshop.apply(run):
            self.setObsolete(True)
            return
        self.before, self.after = memento.difference(before, self._scope(self._workshop.workshop))
        if not self.after:
            self.setObsolete(True)  # nothing changed: no empty step on the stack

    def _restore(self, state: memento.State) -> None:
        if not self._workshop.apply(lambda: memento.restore(self._workshop.workshop, state)):
            self.setObsolete(True)

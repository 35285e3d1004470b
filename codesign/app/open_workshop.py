"""One open workshop: its Document, its undo stack, and a Qt signal for every commit.

Imported only when a workshop is opened (it pulls in storage and SQLAlchemy).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from codesign.app.commands import SetField
from codesign.app.safety_copies import SafetyCopies
from codesign.model import ModelError, Workshop
from codesign.storage import Changes, Document, StorageError


class OpenWorkshop(QObject):
    """Views read the model and follow `changed`; they change it only through undo commands."""

    changed = Signal(object)  # storage.Changes, after each commit
    edit_failed = Signal(object)  # the StorageError or ModelError that stopped an edit

    def __init__(self, document: Document, *, is_demo: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.is_demo = is_demo
        self.undo_stack = QUndoStack(self)
        document.subscribe(self._relay)
        self._subscribed = True
        # A demo copy is thrown away anyway; it needs no safety copies.
        self.safety: SafetyCopies | None = None if is_demo else SafetyCopies(self, parent=self)

    @property
    def path(self) -> Path:
        return self.document.path

    @property
    def workshop(self) -> Workshop:
        return self.document.workshop  # a new object after a reload, so never cache it

    def _relay(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def apply(self, change: Callable[[], None]) -> bool:
        """Runs `change` as one committed edit. On failure the user is told and the file is untouched."""
        try:
            with self.document.edit():
                change()
        except (StorageError, ModelError) as exc:
            # Without its traceback: a listener keeping the error must not keep the workshop alive.
            self.edit_failed.emit(exc.with_traceback(None))
            return False
        return True

    def set_field(self, target: Callable[[], object], field: str, value: object, text: str) -> bool:
        """Pushes an undoable change of one field; does nothing if the value is unchanged."""
        old = getattr(target(), field)
        if old == value:
            return False
        self.undo_stack.push(SetField(self, target, field, old, value, text))
        return True

    def set_workshop_field(self, field: str, value: object, text: str) -> bool:
        return self.set_field(lambda: self.document.workshop, field, value, text)

    def close(self) -> None:
        if self.safety is not None:
            self.safety.write_if_changed()  # the state it was left in, should the file go missing
            self.safety.stop()
        self.undo_stack.clear()
        if self._subscribed:
            self.document.unsubscribe(self._relay)
            self._subscribed = False
        self.document.close()

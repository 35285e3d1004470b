"""The editable details of a workshop. Each committed field edit is one undoable step.

Fields commit when editing is finished (Enter, leaving the field, picking a date), not
per keystroke. The form shows what the model holds and follows it, so undo shows up here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPlainTextEdit,
    QToolButton, QWidget,
)

from codesign.app.open_workshop import OpenWorkshop
from codesign.app.vocabulary import LANGUAGES, word
from codesign.storage import Changes

NO_DATE = QDate(1900, 1, 1)  # shown as "No date"; never stored


def leaves_undo_to_workshop(event: QEvent, can_undo: bool, can_redo: bool) -> bool:
    """Text fields normally keep Ctrl+Z for themselves. When they have nothing of their own
    to undo (e.g. just after a commit), the key should undo the workshop's last step."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    return ((event.matches(QKeySequence.StandardKey.Undo) and not can_undo)
            or (event.matches(QKeySequence.StandardKey.Redo) and not can_redo))


class FieldLineEdit(QLineEdit):
    def event(self, event: QEvent) -> bool:
        if leaves_undo_to_workshop(event, self.isUndoAvailable(), self.isRedoAvailable()):
            event.ignore()
            return True
        return super().event(event)


class FieldTextEdit(QPlainTextEdit):
    """Multi-line text that reports when the user leaves it, like QLineEdit.editingFinished."""

    editing_finished = Signal()

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def event(self, event: QEvent) -> bool:
        document = self.document()
        if leaves_undo_to_workshop(event, document.isUndoAvailable(), document.isRedoAvailable()):
            event.ignore()
            return True
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.editing_finished.emit()


class _Calendar(QCalendarWidget):
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.selectedDate() == NO_DATE:  # open on this month, not on the placeholder year
            today = QDate.currentDate()
            self.setCurrentPage(today.year(), today.month())


class _DateEdit(QDateEdit):
    def event(self, event: QEvent) -> bool:
        if leaves_undo_to_workshop(event, False, False):
            event.ignore()
            return True
        return super().event(event)


class DateField(QWidget):
    """A date or "No date". Emits `editing_finished` when the user has picked or typed one."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = _DateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setCalendarWidget(_Calendar(self.date_edit))
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("No date"))
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Workshop date"))
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("No date"))
        self.clear_button.setToolTip(self.tr("Remove the date"))
        self.clear_button.setAccessibleName(self.tr("Remove the workshop date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.clear_button)
        self.date_edit.editingFinished.connect(self.editing_finished)
        self.date_edit.calendarWidget().clicked.connect(self._picked)
        self.date_edit.calendarWidget().activated.connect(self._picked)
        self.date_edit.dateChanged.connect(self._update_button)
        self.clear_button.clicked.connect(self._clear)

    def value(self) -> str | None:
        date = self.date_edit.date()
        return None if date == NO_DATE else date.toString(Qt.DateFormat.ISODate)

    def set_value(self, value: str | None) -> None:
        self.date_edit.setDate(NO_DATE if value is None else QDate.fromString(value, Qt.DateFormat.ISODate))
        self._update_button()

    def _picked(self) -> None:
        QTimer.singleShot(0, self, self.editing_finished.emit)  # once the popup has set the date

    def _clear(self) -> None:
        self.date_edit.setDate(NO_DATE)
        self.editing_finished.emit()

    def _update_button(self) -> None:
        self.clear_button.setEnabled(self.date_edit.date() != NO_DATE)


def _show_text(edit: QLineEdit, value: object) -> None:
    edit.setText(str(value))
    edit.setCursorPosition(0)  # show the start of a long value, not its end


class WorkshopForm(QGroupBox):
    """Title, goal, date, location, language, facilitator and notes of the workshop."""

    notice = Signal(str)  # a short message for the status bar

    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Workshop"))
        self.setObjectName("workshop_form")
        self._open = workshop

        self.title_edit = FieldLineEdit()
        self.goal_edit = FieldTextEdit(4)
        self.date_field = DateField()
        self.location_edit = FieldLineEdit()
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(word(LANGUAGES, code), code)
        self.facilitator_edit = FieldLineEdit()
        self.notes_edit = FieldTextEdit(5)

        self.title_edit.setPlaceholderText(self.tr("What the workshop is called"))
        self.goal_edit.setPlaceholderText(self.tr("What should the group find out or decide?"))
        self.location_edit.setPlaceholderText(self.tr("Where it takes place"))
        self.facilitator_edit.setPlaceholderText(self.tr("Who runs it"))
        self.notes_edit.setPlaceholderText(self.tr("Anything else worth remembering"))

        # field -> (label, accessible name, undo text, widget, read, write)
        self._fields: dict[str, tuple[str, str, str, QWidget, Callable[[], object], Callable[[object], None]]] = {
            "title": (self.tr("&Title:"), self.tr("Workshop title"), self.tr("Change title"), self.title_edit,
                      lambda: self.title_edit.text().strip(), lambda v: _show_text(self.title_edit, v)),
            "goal": (self.tr("&Goal:"), self.tr("Workshop goal"), self.tr("Change goal"), self.goal_edit,
                     lambda: self.goal_edit.toPlainText().strip(), lambda v: self.goal_edit.setPlainText(str(v))),
            "date": (self.tr("&Date:"), self.tr("Workshop date"), self.tr("Change date"), self.date_field,
                     self.date_field.value, lambda v: self.date_field.set_value(v)),  # type: ignore[arg-type]
            "location": (self.tr("L&ocation:"), self.tr("Workshop location"), self.tr("Change location"),
                         self.location_edit, lambda: self.location_edit.text().strip(),
                         lambda v: _show_text(self.location_edit, v)),
            "language": (self.tr("La&nguage:"), self.tr("Workshop language"), self.tr("Change language"),
                         self.language_combo, self.language_combo.currentData,
                         lambda v: self.language_combo.setCurrentIndex(self.language_combo.findData(v))),
            "facilitator": (self.tr("&Facilitator:"), self.tr("Facilitator"), self.tr("Change facilitator"),
                            self.facilitator_edit, lambda: self.facilitator_edit.text().strip(),
                            lambda v: _show_text(self.facilitator_edit, v)),
            "notes": (self.tr("N&otes:"), self.tr("Workshop notes"), self.tr("Change notes"), self.notes_edit,
                      lambda: self.notes_edit.toPlainText().rstrip(), lambda v: self.notes_edit.setPlainText(str(v))),
        }
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, (label, accessible, _text, widget, _read, _write) in self._fields.items():
            if field != "date":  # the date field names its own parts
                widget.setAccessibleName(accessible)
            form.addRow(label, widget)
            form.labelForField(widget).setBuddy(self.date_field.date_edit if field == "date" else widget)

        for edit, field in ((self.title_edit, "title"), (self.location_edit, "location"),
                            (self.facilitator_edit, "facilitator")):
            edit.editingFinished.connect(lambda f=field: self.commit(f))
        self.goal_edit.editing_finished.connect(lambda: self.commit("goal"))
        self.notes_edit.editing_finished.connect(lambda: self.commit("notes"))
        self.date_field.editing_finished.connect(lambda: self.commit("date"))
        self.language_combo.activated.connect(lambda _index: self.commit("language"))
        self.refresh()

    def commit(self, field: str) -> None:
        """Makes the field's current value one undoable step, if it differs from the model."""
        _label, _accessible, text, _widget, read, write = self._fields[field]
        value = read()
        if field == "title" and not value:
            write(self._open.workshop.title)
            self.notice.emit(self.tr("A workshop needs a title; the old one was kept."))
            return
        if not self._open.set_workshop_field(field, value, text):
            write(getattr(self._open.workshop, field))  # unchanged, or refused: show what is stored

    def commit_pending(self) -> None:
        """Commits every field that differs from the model, e.g. before the window closes."""
        for field in self._fields:
            if self._fields[field][4]() != getattr(self._open.workshop, field):
                self.commit(field)

    def refresh(self, fields: set[str] | None = None) -> None:
        workshop = self._open.workshop
        for field, (_label, _accessible, _text, widget, read, write) in self._fields.items():
            if fields is not None and field not in fields:
                continue
            value = getattr(workshop, field)
            blocked = widget.blockSignals(True)
            write(value)  # also clears the field's own typing history, so Ctrl+Z reaches the workshop
            widget.blockSignals(blocked)

    def follow(self, changes: Changes) -> None:
        if changes.reset:
            self.refresh()
            return
        workshop = self._open.workshop
        if workshop in changes.updated:
            self.refresh(changes.updated[workshop])

    def field_widget(self, field: str) -> QWidget:
        return self._fields[field][3]



"""One hypothesis in full: its Test card, its Learning card, where it stands and how it got there.

Like the workshop form, each field commits as one undo step when the user leaves it, and the
fields follow the model (so undo shows up here) without overwriting one that is being typed in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication, QBoxLayout, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea, QStackedLayout, QVBoxLayout, QWidget,
)

from codesign.app.open_workshop import OpenWorkshop
from codesign.app.vocabulary import DECISIONS, HYPOTHESIS_STATUSES, word
from codesign.app.workshop_form import FieldLineEdit, FieldTextEdit
from codesign.app.theme import follow_theme
from codesign.hypotheses.fields import OptionalDateField, card_title, criticality_combo, owner_completer
from codesign.hypotheses.editor import HypothesisEditor
from codesign.model import Hypothesis
from codesign.model import hypothesis_rules as rules
from codesign.storage import Changes

SIDE_BY_SIDE = 820  # px: narrower than this, the two cards stack
LEARNED = ("validated", "invalidated", "let_go")  # after these moves the learning card wants filling in


def local_time(at: str) -> str:
    moment = QDateTime.fromString(at, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return at
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class HypothesisDetail(QWidget):
    card_requested = Signal(str)  # a linked card's id, to show it on the board
    notice = Signal(str)  # a short message for the status bar

    def __init__(self, open_workshop: OpenWorkshop, editor: HypothesisEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hypothesis_detail")
        self._open = open_workshop
        self._editor = editor
        self._id: str | None = None
        self._stored: dict[str, Any] = {}  # the model's value each field last showed
        self._shown: dict[str, Any] = {}  # what the widget held right after showing it
        self._link_rows: list[tuple[str, str, str]] = []

        self.statement_edit = FieldTextEdit(3)
        self.segment_edit = FieldLineEdit()
        self.experiment_edit = FieldTextEdit(3)
        self.metric_edit = FieldTextEdit(3)
        self.success_edit = FieldTextEdit(3)
        self.owner_edit = FieldLineEdit()
        self.start_field = OptionalDateField(self.tr("No start date"), self.tr("Set a start date"),
                                             self.tr("Start date"))
        self.deadline_field = OptionalDateField(self.tr("No deadline"), self.tr("Set a deadline"),
                                                self.tr("Deadline"), default_days=14)
        self.effort_edit = FieldLineEdit()
        self.effort_edit.setPlaceholderText(self.tr("e.g. 3 person-days"))
        self.criticality_combo = criticality_combo(self)
        self.observation_edit = FieldTextEdit(4)
        self.learning_edit = FieldTextEdit(4)
        self.decision_combo = QComboBox()
        self.decision_combo.addItem(self.tr("Not decided yet"), None)
        for value in DECISIONS:
            self.decision_combo.addItem(word(DECISIONS, value), value)
        self.next_steps_edit = FieldTextEdit(3)

        # field -> (label, accessible name, widget)
        test_card = {
            "statement": (self.tr("We &believe that…"), self.tr("We believe that"), self.statement_edit),
            "segment": (self.tr("For who&m…"), self.tr("For whom"), self.segment_edit),
            "experiment": (self.tr("To verif&y it, we will…"), self.tr("To verify it, we will"),
                           self.experiment_edit),
            "metric": (self.tr("And meas&ure…"), self.tr("And measure"), self.metric_edit),
            "success_criterion": (self.tr("We are &right if…"), self.tr("We are right if"), self.success_edit),
            "owner": (self.tr("O&wner:"), self.tr("Owner"), self.owner_edit),
            "start_date": (self.tr("St&art:"), "", self.start_field),
            "deadline": (self.tr("&Deadline:"), "", self.deadline_field),
            "effort": (self.tr("Effor&t:"), self.tr("Effort"), self.effort_edit),
            "criticality": (self.tr("&Criticality:"), self.tr("Criticality"), self.criticality_combo),
        }
        learning_card = {
            "observation": (self.tr("We ob&served…"), self.tr("We observed"), self.observation_edit),
            "learning": (self.tr("We &learned…"), self.tr("We learned"), self.learning_edit),
            "decision": (self.tr("Decisio&n:"), self.tr("Decision"), self.decision_combo),
            "next_steps": (self.tr("Therefore we w&ill…"), self.tr("Therefore we will"), self.next_steps_edit),
        }
        self.test_box = self._card(self.tr("Test card"), self.tr("What we will test, and how we will know"), test_card)
        self.learning_box = self._card(self.tr("Learning card"),
                                       self.tr("What the test showed, and what we do about it"), learning_card)
        self._widgets: dict[str, QWidget] = {f: w for f, (_l, _a, w) in {**test_card, **learning_card}.items()}
        for field, widget in self._widgets.items():
            if isinstance(widget, FieldLineEdit):
                widget.editingFinished.connect(lambda f=field: self.commit(f))
            elif isinstance(widget, (FieldTextEdit, OptionalDateField)):
                widget.editing_finished.connect(lambda f=field: self.commit(f))
            else:
                widget.activated.connect(lambda _i, f=field: self.commit(f))

        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.status_label.font()
        bold.setBold(True)
        self.status_label.setFont(bold)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Why? (kept in the history)"))
        self.note_edit.setAccessibleName(self.tr("Note for the next status change"))
        self.move_buttons: dict[str, QPushButton] = {}
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addSpacing(12)
        status_row.addWidget(self.note_edit, 1)
        status_row.addWidget(QLabel(self.tr("Move to:")))
        for status in HYPOTHESIS_STATUSES:
            button = QPushButton(word(HYPOTHESIS_STATUSES, status))
            button.setAccessibleName(self.tr("Move to “%1”").replace("%1", word(HYPOTHESIS_STATUSES, status)))
            button.clicked.connect(lambda _c=False, s=status: self.move(s))
            status_row.addWidget(button)
            self.move_buttons[status] = button
        self.move_buttons["let_go"].setToolTip(self.tr("Let it go: what you learned stays with it"))

        self.links_list = QListWidget()
        self.links_list.setAccessibleName(self.tr("Linked cards and moments"))
        self.links_list.itemActivated.connect(self._activated)
        self.history_list = QListWidget()
        self.history_list.setAccessibleName(self.tr("Status history, oldest first"))
        self.history_list.setWordWrap(True)
        for widget in (self.links_list, self.history_list):
            widget.setAlternatingRowColors(True)  # tells one entry from the next when notes wrap
            widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 8)
        self.links_box = self._listed(self.tr("Lin&ked to"), self.links_list)
        self.history_box = self._listed(self.tr("History"), self.history_list)

        self.cards_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.cards_row.addWidget(self.test_box, 1)
        self.cards_row.addWidget(self.learning_box, 1)
        self.lists_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.lists_row.addWidget(self.links_box, 1)
        self.lists_row.addWidget(self.history_box, 1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(status_row)
        column.addLayout(self.cards_row)
        column.addLayout(self.lists_row)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)

        self.empty_label = QLabel(self.tr("Choose a hypothesis to see its test card and learning card."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        follow_theme(self.empty_label, lambda t, label=self.empty_label: label.setStyleSheet(f"color: {t.muted};"))
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty_label)
        self._stack.addWidget(scroll)
        open_workshop.changed.connect(self._follow)
        self.show_hypothesis(None)

    def _card(self, title: str, purpose: str, fields: dict[str, tuple[str, str, QWidget]]) -> QFrame:
        """A titled panel, like the printed practice card it stands for."""
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        subtitle = QLabel(purpose)
        subtitle.setWordWrap(True)
        follow_theme(subtitle, lambda t, label=subtitle: label.setStyleSheet(f"color: {t.muted};"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, accessible, widget in fields.values():
            if accessible:  # date fields name their own parts
                widget.setAccessibleName(accessible)
            form.addRow(label, widget)
            buddy = widget.check if isinstance(widget, OptionalDateField) else widget
            form.labelForField(widget).setBuddy(buddy)
        column = QVBoxLayout(box)
        column.addWidget(heading)
        column.addWidget(subtitle)
        column.addSpacing(4)
        column.addLayout(form)
        column.addStretch(1)  # rows stay together at the top when the other card is taller
        return box

    @staticmethod
    def _listed(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        label.setBuddy(widget)
        layout.addWidget(label)
        layout.addWidget(widget)
        return box

    @property
    def hypothesis_id(self) -> str | None:
        return self._id

    def hypothesis(self) -> Hypothesis | None:
        """Looked up each time: a reload or undo replaces the model's objects."""
        if self._id is None:
            return None
        return next((h for h in self._open.workshop.hypotheses if h.id == self._id), None)

    def show_hypothesis(self, hypothesis_id: str | None) -> None:
        self.commit_pending()
        self._id = hypothesis_id
        self._stored.clear()
        self._shown.clear()
        previous = self.owner_edit.completer()
        self.owner_edit.setCompleter(owner_completer(self._open.workshop, self))  # owners named since
        if previous is not None:
            previous.deleteLater()
        self._refresh()

    # --- reading and writing the widgets -------------------------------------------------

    def _read(self, field: str) -> Any:
        widget = self._widgets[field]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, OptionalDateField):
            return widget.value()
        return widget.currentData()  # type: ignore[attr-defined]

    def _write(self, field: str, value: Any) -> None:
        widget = self._widgets[field]
        blocked = widget.blockSignals(True)
        if isinstance(widget, QLineEdit):
            widget.setText(value)
            widget.setCursorPosition(0)  # show the start of a long value, not its end
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)  # also clears its own typing history: Ctrl+Z reaches the workshop
        elif isinstance(widget, OptionalDateField):
            widget.set_value(value)
        else:
            widget.setCurrentIndex(max(widget.findData(value), 0))  # type: ignore[attr-defined]
        widget.blockSignals(blocked)
        self._stored[field] = value
        self._shown[field] = self._read(field)

    def _being_edited(self, field: str) -> bool:
        widget = self._widgets[field]
        focus = QApplication.focusWidget()
        has_focus = focus is not None and (focus is widget or widget.isAncestorOf(focus))
        return has_focus and self._read(field) != self._shown.get(field)

    # --- committing ------------------------------------------------------------------------

    def commit(self, field: str) -> None:
        """Makes the field's value one undo step, if the user changed it."""
        hypothesis = self.hypothesis()
        if hypothesis is None or field not in self._shown or self._read(field) == self._shown[field]:
            return
        value = self._read(field)
        if isinstance(value, str):
            value = value.strip()
        if field == "statement" and not value:
            self._write(field, hypothesis.statement)
            self.notice.emit(self.tr("A hypothesis needs a statement; the old one was kept."))
            return
        self._editor.set_fields(hypothesis.id, **{field: value})
        hypothesis = self.hypothesis()
        if hypothesis is not None:
            self._write(field, getattr(hypothesis, field))  # stored, or refused: shows what the file holds

    def commit_pending(self) -> None:
        """Commits every field the user changed, e.g. before another hypothesis is shown."""
        for field in list(self._shown):
            self.commit(field)

    def move(self, status: str) -> bool:
        """Moves the hypothesis on; the note (if any) goes into its history."""
        if self._id is None:
            return False
        self.commit_pending()
        moved = self._editor.set_status(self._id, status, self.note_edit.text().strip())
        if moved:
            self.note_edit.clear()
            hypothesis = self.hypothesis()
            if status in LEARNED and hypothesis is not None and not hypothesis.learning.strip():
                self.learning_edit.setFocus()  # what was learned is the point of the test
        return moved

    # --- following the model -----------------------------------------------------------------

    def _follow(self, changes: Changes) -> None:
        if changes:
            self._refresh()

    def _refresh(self) -> None:
        hypothesis = self.hypothesis()
        if hypothesis is None:
            self._id = None
            self._stack.setCurrentWidget(self.empty_label)
            return
        self._stack.setCurrentIndex(1)
        for field in self._widgets:
            value = getattr(hypothesis, field)
            if field in self._stored and (value == self._stored[field] or self._being_edited(field)):
                continue  # unchanged in the file, or the user is typing: theirs commits when they leave
            self._write(field, value)
        self._show_status(hypothesis)
        self._show_links(hypothesis)
        self._show_history(hypothesis)

    def _show_status(self, hypothesis: Hypothesis) -> None:
        self.status_label.setText(self.tr("Status: %1").replace("%1", word(HYPOTHESIS_STATUSES, hypothesis.status)))
        allowed = rules.NEXT.get(hypothesis.status, frozenset())
        for status, button in self.move_buttons.items():
            button.setVisible(status in allowed)

    def _show_links(self, hypothesis: Hypothesis) -> None:
        rows = [(card_title(c), "card", c.id) for c in hypothesis.cards] + [
            (m.title.strip() or self.tr("Untitled moment"), "moment", m.id) for m in hypothesis.moments]
        if rows == self._link_rows and self.links_list.count():
            return  # unchanged: keep the selection and scroll position
        self._link_rows = rows
        self.links_list.clear()
        for title, kind, link_id in rows:
            text = (self.tr("Card “%1”") if kind == "card" else self.tr("Moment “%1”")).replace("%1", title)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, link_id if kind == "card" else None)
            if kind == "card":
                item.setToolTip(self.tr("Double-click or press Enter to show it on the board"))
            self.links_list.addItem(item)
        if not rows:
            self.links_list.addItem(self.tr("Not linked to any card or moment"))

    def _show_history(self, hypothesis: Hypothesis) -> None:
        self.history_list.clear()
        for step in hypothesis.history:
            text = f"{local_time(step.at)} · {word(HYPOTHESIS_STATUSES, step.status)}"
            self.history_list.addItem(f"{text}\n{step.note}" if step.note.strip() else text)
        self.history_list.scrollToBottom()

    def _activated(self, item: QListWidgetItem) -> None:
        card_id = item.data(Qt.ItemDataRole.UserRole)
        if card_id:
            self.card_requested.emit(card_id)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= SIDE_BY_SIDE
                     else QBoxLayout.Direction.TopToBottom)
        for row in (self.cards_row, self.lists_row):
            if row.direction() != direction:
                row.setDirection(direction)


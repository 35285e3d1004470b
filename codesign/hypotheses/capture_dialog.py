"""Quick capture of a hypothesis during the session: the Test card's sentences, typed fast.

Everything is keyboard-reachable: Tab moves down the form, Ctrl+Return saves from any field,
Escape cancels. Saving is one undo step; details can be filled in later in the detail editor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QToolButton, QVBoxLayout, QWidget,
)

from codesign.app.open_workshop import OpenWorkshop
from codesign.hypotheses.editor import HypothesisEditor
from codesign.app.theme import follow_theme
from codesign.hypotheses.fields import (
    OptionalDateField, card_title, criticality_combo, elided, owner_completer,
)
from codesign.model import hypothesis_rules as rules

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # Enter: the keypad's key
CTRL = Qt.KeyboardModifier.ControlModifier


class CaptureDialog(QDialog):
    """A new hypothesis, linked to the cards and moments it came from."""

    hypothesis_saved = Signal(str)  # the new hypothesis's id

    def __init__(self, open_workshop: OpenWorkshop, editor: HypothesisEditor, card_ids: list[str],
                 moment_ids: list[str], prefill: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture_dialog")
        self.setWindowTitle(self.tr("New Hypothesis"))
        self.setMinimumWidth(640)
        self._open = open_workshop
        self._editor = editor
        self.card_ids = list(dict.fromkeys(card_ids))
        self.moment_ids = list(dict.fromkeys(moment_ids))
        prefill = dict(prefill or {})
        unknown = set(prefill) - set(rules.EDITABLE)
        if unknown:
            raise ValueError(f"A hypothesis has no field {', '.join(sorted(unknown))}")

        self.statement_edit = QPlainTextEdit()
        self.statement_edit.setTabChangesFocus(True)  # Tab moves on; a tab character means nothing here
        self.statement_edit.setPlaceholderText(self.tr("…e.g. a text message after each step will cut calls to the hotline"))
        self.statement_edit.setFixedHeight(self.statement_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.segment_edit = QLineEdit()
        self.segment_edit.setPlaceholderText(self.tr("Who it is for: a group of customers or staff"))
        self.experiment_edit = QLineEdit()
        self.experiment_edit.setPlaceholderText(self.tr("A small, cheap test: a prototype, a trial at one branch…"))
        self.metric_edit = QLineEdit()
        self.metric_edit.setPlaceholderText(self.tr("What we count or watch"))
        self.success_edit = QLineEdit()
        self.success_edit.setPlaceholderText(self.tr("The number or sign that would prove us right"))
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("Who takes care of the test"))
        self.owner_edit.setCompleter(owner_completer(open_workshop.workshop, self))
        self.deadline_field = OptionalDateField(self.tr("No deadline"), self.tr("Set a deadline"),
                                                self.tr("Deadline"), default_days=14)
        self.criticality_combo = criticality_combo(self)

        # field -> (label, accessible name, widget)
        self._texts: dict[str, tuple[str, str, QLineEdit | QPlainTextEdit]] = {
            "statement": (self.tr("We &believe that…"), self.tr("We believe that"), self.statement_edit),
            "segment": (self.tr("For who&m…"), self.tr("For whom"), self.segment_edit),
            "experiment": (self.tr("To verif&y it, we will…"), self.tr("To verify it, we will"),
                           self.experiment_edit),
            "metric": (self.tr("And meas&ure…"), self.tr("And measure"), self.metric_edit),
            "success_criterion": (self.tr("We are &right if…"), self.tr("We are right if"), self.success_edit),
            "owner": (self.tr("O&wner:"), self.tr("Owner"), self.owner_edit),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, accessible, widget in self._texts.values():
            widget.setAccessibleName(accessible)
            form.addRow(label, widget)
            form.labelForField(widget).setBuddy(widget)
        self.criticality_combo.setAccessibleName(self.tr("Criticality"))
        form.addRow(self.tr("&Deadline:"), self.deadline_field)
        form.labelForField(self.deadline_field).setBuddy(self.deadline_field.check)
        form.addRow(self.tr("&Criticality:"), self.criticality_combo)
        form.labelForField(self.criticality_combo).setBuddy(self.criticality_combo)

        self.chips = QWidget()
        self.chips.setAccessibleName(self.tr("Links of the new hypothesis"))
        self._chip_rows = QVBoxLayout(self.chips)
        self._chip_rows.setContentsMargins(0, 0, 0, 0)
        self._chip_rows.setSpacing(4)
        form.addRow(self.tr("Linked to:"), self.chips)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save Hypothesis"))
        self.save_button.setAccessibleName(self.tr("Save hypothesis"))
        keys = QKeySequence(SAVE_KEYS[0]).toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(self.tr("Save it as a new idea (%1)").replace("%1", keys))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("%1 saves · Esc cancels").replace("%1", keys))
        follow_theme(hint, lambda t, label=hint: label.setStyleSheet(f"color: {t.muted};"))
        bottom = QHBoxLayout()
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addStretch(1)
        layout.addLayout(bottom)

        for sequence in SAVE_KEYS:
            QShortcut(QKeySequence(sequence), self, self.save)
        self.statement_edit.textChanged.connect(self._update)
        self._fill(prefill)
        self._show_links()
        self._update()
        self.statement_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Return moves to the next field, as on paper: saving half a hypothesis by habit would lose
        the rest. It still presses a focused button; Ctrl+Return saves."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & CTRL:
            focus = self.focusWidget()
            if isinstance(focus, (QPushButton, QToolButton)):
                focus.click()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        for button in self.buttons.buttons():  # the box made Save the default on show; Return does not save
            button.setDefault(False)

    def _fill(self, prefill: dict[str, Any]) -> None:
        for field, (_label, _name, widget) in self._texts.items():
            if field in prefill:
                value = str(prefill.pop(field) or "")
                widget.setPlainText(value) if isinstance(widget, QPlainTextEdit) else widget.setText(value)
        self.deadline_field.set_value(prefill.pop("deadline", None))
        level = self.criticality_combo.findData(prefill.pop("criticality", None))
        self.criticality_combo.setCurrentIndex(max(level, 0))
        self._hidden = prefill  # fields not on this form (e.g. effort) are saved as given

    def _links(self) -> list[tuple[str, str, str]]:
        """(kind, id, title) of each link that still exists, cards first."""
        workshop = self._open.workshop
        cards = {c.id: c for j in workshop.journeys for c in j.cards}
        moments = {m.id: m for j in workshop.journeys for m in j.moments}
        return ([("card", i, card_title(cards[i])) for i in self.card_ids if i in cards]
                + [("moment", i, moments[i].title.strip() or self.tr("Untitled moment"))
                   for i in self.moment_ids if i in moments])

    def _show_links(self, focus_index: int | None = None) -> None:
        old = []
        while self._chip_rows.count():
            row = self._chip_rows.takeAt(0).layout()
            while row is not None and row.count():
                old.append(row.takeAt(0).widget())
        links = self._links()
        chips = [self._chip(kind, link_id, title) for kind, link_id, title in links]
        if not chips:
            chips = [(QLabel(self.tr("nothing yet (you can link it on the board later)")), None)]
        # Fill rows greedily up to the width the form gives its fields; a grid would cut long titles.
        room = self.chips.width() if self.chips.isVisible() else self.minimumWidth() - 150
        row, used = None, room
        for chip, _remove in chips:
            width = chip.sizeHint().width() + 6
            if row is None or used + width > room:
                row, used = QHBoxLayout(), 0
                row.setSpacing(6)
                row.addStretch(1)
                self._chip_rows.addLayout(row)
            row.insertWidget(row.count() - 1, chip)
            chip.show()  # now, not later: the focus may move to it below
            used += width
        removers = [remove for _chip, remove in chips if remove is not None]
        order = [w for _l, _n, w in self._texts.values()] + [
            self.deadline_field.check, self.deadline_field.date_edit, self.criticality_combo, *removers,
            self.save_button]
        for first, second in zip(order, order[1:]):  # top to bottom, whatever was made first
            QWidget.setTabOrder(first, second)
        if focus_index is not None:
            (removers[min(focus_index, len(removers) - 1)] if removers else self.statement_edit).setFocus()
        for widget in old:  # only now, or hiding the focused × would send the focus off elsewhere
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _chip(self, kind: str, link_id: str, title: str) -> tuple[QFrame, QToolButton]:
        text = (self.tr("“%1”") if kind == "card" else self.tr("Moment “%1”")).replace("%1", elided(title))
        chip = QFrame()
        chip.setObjectName("link_chip")
        chip.setStyleSheet("#link_chip { border: 1px solid palette(mid); border-radius: 9px;"
                           " background: palette(alternate-base); }")
        label = QLabel(text)
        label.setToolTip(title)
        remove = QToolButton()
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        full = (self.tr("card “%1”") if kind == "card" else self.tr("moment “%1”")).replace("%1", title)
        remove.setAccessibleName(self.tr("Remove the link to %1").replace("%1", full))
        remove.setToolTip(self.tr("Do not link it to this"))
        remove.clicked.connect(lambda: self._unlink(kind, link_id))
        row = QHBoxLayout(chip)
        row.setContentsMargins(8, 1, 2, 1)
        row.setSpacing(2)
        row.addWidget(label)
        row.addWidget(remove)
        return chip, remove

    def _unlink(self, kind: str, link_id: str) -> None:
        ids = self.card_ids if kind == "card" else self.moment_ids
        index = [i for _k, i, _t in self._links()].index(link_id)
        ids.remove(link_id)
        self._show_links(focus_index=index)  # focus the next chip, so × × × clears a row by keyboard

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.statement_edit.toPlainText().strip()))

    def fields(self) -> dict[str, Any]:
        """What save would store besides the statement: only fields with a value."""
        fields: dict[str, Any] = dict(self._hidden)
        for field, (_label, _name, widget) in self._texts.items():
            text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            if field != "statement" and text.strip():
                fields[field] = text.strip()
        if self.deadline_field.value() is not None:
            fields["deadline"] = self.deadline_field.value()
        if self.criticality_combo.currentData() is not None:
            fields["criticality"] = self.criticality_combo.currentData()
        return fields

    def save(self) -> None:
        """One undo step; a refusal (already shown through edit_failed) keeps the dialog open."""
        statement = self.statement_edit.toPlainText().strip()
        if not statement:
            return
        hypothesis_id = self._editor.add(statement, self.card_ids, self.moment_ids, **self.fields())
        if hypothesis_id is None:
            return
        self.hypothesis_saved.emit(hypothesis_id)
        self.accept()

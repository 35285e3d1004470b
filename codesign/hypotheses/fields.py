"""Field widgets and helpers shared by the capture form and the detail editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QDateEdit, QHBoxLayout, QWidget

from codesign.app.theme import current_theme
from codesign.app.vocabulary import card_type_name
from codesign.model import Workshop


def muted() -> str:
    """Quiet secondary text of the current theme, still above 4.5:1 on the window."""
    return current_theme().muted


def __getattr__(name: str) -> str:
    """MUTED: the theme's muted colour when asked for (a style sheet made with it keeps it)."""
    if name == "MUTED":
        return muted()
    raise AttributeError(name)


CHIP_TEXT = 32  # characters of a linked title shown on its chip; the tooltip has it all
QUOTES = "\"'“”„‘’«»"
NO_DATE = QDate(1900, 1, 1)  # what the date box shows as "no date"; never stored


def elided(text: str, limit: int = CHIP_TEXT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def card_title(card: Any) -> str:
    """A card's title, else its first line, else its type: a chip is never blank."""
    title = card.title.strip()
    if len(title) > 2 and title[0] in QUOTES and title[-1] in QUOTES:
        title = title[1:-1].strip()  # a quote card's own quotes; the chip adds its own
    if title:
        return title
    first = next((line.strip() for line in card.body.splitlines() if line.strip()), "")
    return first or card_type_name(card.type)


def owner_names(workshop: Workshop) -> list[str]:
    """Owners already named in the workshop, and its participants: likely owners."""
    names = {h.owner.strip() for h in workshop.hypotheses} | {p.name.strip() for p in workshop.participants}
    return sorted((n for n in names if n), key=str.casefold)


def owner_completer(workshop: Workshop, parent: QWidget) -> QCompleter:
    completer = QCompleter(owner_names(workshop), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


def criticality_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox()  # unparented: a child made now would come first in the Tab order
    combo.addItem(QCoreApplication.translate("HypothesisFields", "Not rated"), None)
    for level, text in ((1, QCoreApplication.translate("HypothesisFields", "1 · low")),
                        (2, QCoreApplication.translate("HypothesisFields", "2 · medium")),
                        (3, QCoreApplication.translate("HypothesisFields", "3 · high"))):
        combo.addItem(text, level)
    return combo


class _DateEdit(QDateEdit):
    """Tab leaves the date, as in every other field; the arrow keys still move between its parts."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        return QWidget.focusNextPrevChild(self, forward)


class OptionalDateField(QWidget):
    """A tick box for "has a date", then the date. Emits `editing_finished` when the user has
    ticked, unticked, typed or picked one. Without a tick there is no date, never a made-up one."""

    editing_finished = Signal()

    def __init__(self, none_text: str, check_name: str, date_name: str, default_days: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default_days = default_days
        self.check = QCheckBox()
        self.check.setAccessibleName(check_name)
        self.check.setToolTip(check_name)  # the box has no text of its own
        self.date_edit = _DateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText(none_text)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setAccessibleName(date_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit, 1)
        self.check.clicked.connect(self._ticked)
        self.date_edit.editingFinished.connect(self._finished)
        self.date_edit.calendarWidget().clicked.connect(self._finished)
        self.date_edit.calendarWidget().activated.connect(self._finished)
        self.set_value(None)

    def value(self) -> str | None:
        date = self.date_edit.date()
        return date.toString(Qt.DateFormat.ISODate) if self.check.isChecked() and date != NO_DATE else None

    def set_value(self, value: str | None) -> None:
        date = QDate.fromString(value, Qt.DateFormat.ISODate) if value else NO_DATE
        with QSignalBlocker(self.check), QSignalBlocker(self.date_edit):
            self.check.setChecked(date.isValid() and date != NO_DATE)
            self.date_edit.setDate(date if self.check.isChecked() else NO_DATE)
        self.date_edit.setEnabled(self.check.isChecked())

    def _ticked(self, checked: bool) -> None:
        with QSignalBlocker(self.date_edit):
            self.date_edit.setDate(QDate.currentDate().addDays(self._default_days) if checked else NO_DATE)
        self.date_edit.setEnabled(checked)
        self.editing_finished.emit()

    def _finished(self) -> None:
        if self.date_edit.date() == NO_DATE and self.check.isChecked():  # stepped down to "no date"
            self.set_value(None)
        self.editing_finished.emit()

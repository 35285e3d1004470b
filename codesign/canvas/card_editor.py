"""Editing a card's title and body in place, over the card. Enter commits, Esc cancels,
Shift+Enter starts a new line in the body."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from codesign.app.theme import Theme, follow_theme

MIN_WIDTH, MIN_HEIGHT = 300, 170


def style_sheet(theme: Theme) -> str:
    return (f"#card_editor {{ background: {theme.base}; border: 3px solid {theme.selection}; border-radius: 6px; }}"
            "QLineEdit, QPlainTextEdit { font-size: 16px; }")


class CardEditor(QFrame):
    committed = Signal(str, str, str)  # card id, title, body
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("card_editor")
        self.setFrameShape(QFrame.Shape.Box)
        follow_theme(self, lambda theme: self.setStyleSheet(style_sheet(theme)))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Card title"))
        self.title.setPlaceholderText(self.tr("Title"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Card text"))
        self.body.setPlaceholderText(self.tr("More detail (Shift+Enter for a new line)"))
        self.body.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        for field in (self.title, self.body):
            field.installEventFilter(self)
        self.card_id = ""
        self.hide()

    def open(self, card_id: str, title: str, body: str, where: QRect) -> None:
        self.card_id = card_id
        self.title.setText(title)
        self.body.setPlainText(body)
        self.setGeometry(QRect(where.topLeft(), where.size().expandedTo(self.minimumSizeHint()))
                         .adjusted(0, 0, max(0, MIN_WIDTH - where.width()), max(0, MIN_HEIGHT - where.height())))
        self.show()
        self.raise_()
        self.title.setFocus()
        self.title.selectAll()

    @property
    def is_open(self) -> bool:
        return self.isVisible()

    def commit(self) -> None:
        if self.is_open:
            card_id, self.card_id = self.card_id, ""
            self.hide()
            self.committed.emit(card_id, self.title.text(), self.body.toPlainText())

    def cancel(self) -> None:
        if self.is_open:
            self.card_id = ""
            self.hide()
            self.cancelled.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.cancel()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                    watched is self.body and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
                self.commit()
                return True
        elif event.type() == QEvent.Type.FocusOut and self.is_open:
            QTimer.singleShot(0, self, self._commit_if_focus_left)
        return False

    def _commit_if_focus_left(self) -> None:
        focus = QApplication.focusWidget()
        if self.is_open and focus is not None and focus is not self and not self.isAncestorOf(focus):
            self.commit()  # clicking elsewhere keeps what was typed, like any text field

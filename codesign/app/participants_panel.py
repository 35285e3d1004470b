"""Who is in the room: colour, marker, name and group of each participant."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget,
)

from codesign.app.card_style import readable_text_on
from codesign.app.theme import follow_theme
from codesign.app.vocabulary import GROUPS, word
from codesign.model import Workshop

SWATCH = 26


def swatch(colour: str, marker: str, size: int = SWATCH, ratio: float = 1.0) -> QPixmap:
    """A filled circle in the participant's colour with their marker, so colour is not the only cue."""
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    small = QFont()
    small.setBold(True)
    small.setPixelSize(max(10, round(size * (0.38 if len(marker) > 2 else 0.42))))
    painter.setFont(small)
    painter.setPen(QColor(readable_text_on(colour)))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, marker)
    painter.end()
    return pixmap


class _PersonLabel(QLabel):
    """A person's name that takes keyboard focus: Enter, Space, the Menu key or Shift+F10 open
    the same menu a right-click does."""

    menu_requested = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("person_name")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        shift_f10 = key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Menu) or shift_f10:
            self.menu_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ParticipantsPanel(QGroupBox):
    """Lists the people; asks for changes through signals (the view turns them into undo steps)."""

    add_requested = Signal(list, str)  # names, group
    change_requested = Signal(str, str, str)  # person id, field, value
    remove_requested = Signal(list)  # person ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participants_panel")
        # Names take focus from the keyboard (_PersonLabel): show which one has it.
        self.setStyleSheet("QLabel#person_name:focus { background: palette(highlight); "
                           "color: palette(highlighted-text); }")
        self._layout = QVBoxLayout(self)
        self.group_choice = QComboBox()
        self.group_choice.setAccessibleName(self.tr("Group of the people to add"))
        for value, text in GROUPS.items():
            self.group_choice.addItem(word(GROUPS, value), value)
        self.add_button = QPushButton(self.tr("Add people…"))
        self.add_button.setAccessibleName(self.tr("Add people"))
        self.add_button.setToolTip(self.tr("Type or paste names, one per line"))
        self.add_button.clicked.connect(self.ask_names)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.group_choice, 1)
        self._layout.addLayout(buttons)
        self._rows: QWidget | None = None
        self.names: list[str] = []
        self.ids: list[str] = []
        self._groups: dict[str, str] = {}

    def ask_names(self) -> None:
        from codesign.voting.people import names_from_text

        group = self.group_choice.currentData()
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Add people"),
            self.tr("Names or aliases, one per line (pasting a list works too). They join as {group}.").format(
                group=self.group_choice.currentText()))
        names = names_from_text(text) if ok else []
        if names:
            self.add_requested.emit(names, group)

    def row_menu(self, person_id: str, at: QPoint) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self._rename(person_id))
        groups = menu.addMenu(self.tr("Group"))
        for value in GROUPS:
            action = groups.addAction(word(GROUPS, value),
                                      lambda v=value: self.change_requested.emit(person_id, "group", v))
            action.setCheckable(True)
            action.setChecked(self._groups.get(person_id) == value)
        menu.addSeparator()
        menu.addAction(self.tr("Remove"), lambda: self.remove_requested.emit([person_id]))
        menu.popup(at)
        return menu

    def _rename(self, person_id: str) -> None:
        current = self.names[self.ids.index(person_id)] if person_id in self.ids else ""
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("Name or alias:"), text=current)
        name = " ".join(name.split())
        if ok and name and name != current:
            self.change_requested.emit(person_id, "name", name)

    def show_workshop(self, workshop: Workshop) -> None:
        if self._rows is not None:
            self._layout.removeWidget(self._rows)
            self._rows.deleteLater()
        people = workshop.participants
        self.setTitle(self.tr("People in the room ({count})").format(count=len(people)))
        self._rows = QWidget()
        grid = QGridLayout(self._rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        ratio = self.devicePixelRatioF()
        for row, person in enumerate(people):
            icon = QLabel()
            icon.setPixmap(swatch(person.colour, person.marker, ratio=ratio))
            icon.setFixedSize(SWATCH, SWATCH)
            icon.setAccessibleName(self.tr("Colour and marker {marker}").format(marker=person.marker))
            name = _PersonLabel(person.name, self)
            name.setAccessibleName(person.name)
            name.setAccessibleDescription(self.tr("Enter or the Menu key: rename, change group, remove"))
            name.menu_requested.connect(lambda who=person.id, w=name: self.row_menu(
                who, w.mapToGlobal(w.rect().bottomLeft())))
            for label in (icon, name):
                label.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                label.customContextMenuRequested.connect(
                    lambda pos, who=person.id, w=label: self.row_menu(who, w.mapToGlobal(pos)))
            group = QLabel(word(GROUPS, person.group))
            follow_theme(group, lambda t, label=group: label.setStyleSheet(f"color: {t.muted};"))
            grid.addWidget(icon, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(group, row, 2)
        grid.setColumnStretch(1, 1)
        if not people:
            grid.addWidget(QLabel(self.tr("Nobody added yet.")), 0, 0)
        self.names = [p.name for p in people]
        self.ids = [p.id for p in people]
        self._groups = {p.id: p.group for p in people}
        self._layout.addWidget(self._rows)

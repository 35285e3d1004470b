"""Who is in the room: colour, marker, name and group of each participant."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from codesign.app.card_style import readable_text_on
from codesign.app.vocabulary import GROUPS, word
from codesign.model import Workshop

SWATCH = 26


def swatch(colour: str, marker: str, font: QFont, ratio: float = 1.0) -> QPixmap:
    """A filled circle in the participant's colour with their marker, so colour is not the only cue."""
    pixmap = QPixmap(int(SWATCH * ratio), int(SWATCH * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(1, 1, SWATCH - 2, SWATCH - 2))
    small = QFont(font)
    small.setBold(True)
    small.setPixelSize(10 if len(marker) > 2 else 11)
    painter.setFont(small)
    painter.setPen(QColor(readable_text_on(colour)))
    painter.drawText(QRectF(0, 0, SWATCH, SWATCH), Qt.AlignmentFlag.AlignCenter, marker)
    painter.end()
    return pixmap


class ParticipantsPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participants_panel")
        self._layout = QVBoxLayout(self)
        self._rows: QWidget | None = None
        self.names: list[str] = []

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
            icon.setPixmap(swatch(person.colour, person.marker, self.font(), ratio))
            icon.setFixedSize(SWATCH, SWATCH)
            icon.setAccessibleName(self.tr("Colour and marker {marker}").format(marker=person.marker))
            name = QLabel(person.name)
            name.setTextFormat(Qt.TextFormat.PlainText)
            group = QLabel(word(GROUPS, person.group))
            group.setStyleSheet("color: #4A5A68;")
            grid.addWidget(icon, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(group, row, 2)
        grid.setColumnStretch(1, 1)
        if not people:
            grid.addWidget(QLabel(self.tr("Nobody added yet.")), 0, 0)
        self.names = [p.name for p in people]
        self._layout.addWidget(self._rows)

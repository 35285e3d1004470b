"""How a hypothesis looks on the status board: a card as wide as its column, as tall as its text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from codesign.app.theme import current_theme

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FACE_ROLE = Qt.ItemDataRole.UserRole + 2  # a Face: the texts a card shows
# The theme's colours by the names the board uses. Text colours are at least 4.5:1 on the card,
# the selected card and the column in either theme; a stripe of the status accent tops each
# column, whose title says the same, so colour is never the only cue.
ROLES = {"TEXT": "text", "MUTED": "muted", "ALERT": "alert", "CARD": "hypothesis_card",
         "SELECTED": "hypothesis_selected", "BORDER": "hypothesis_border", "FOCUS": "focus",
         "COLUMN": "hypothesis_column"}


def __getattr__(name: str) -> object:
    """board_card.MUTED, board_card.ACCENTS and the like: the current theme's colours."""
    if name in ROLES:
        return getattr(current_theme(), ROLES[name])
    if name == "ACCENTS":
        return current_theme().accents
    raise AttributeError(name)

PAD, GAP, MARGIN = 10, 4, 5
STATEMENT_LINES, LINE_LINES, LEARNING_LINES = 5, 2, 7
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Face:
    statement: str
    lines: list[tuple[str, str]]  # (text, colour) below the statement
    learning: tuple[str, str] | None  # only in the let-go column
    spoken: str


def wrap(text: str, font: QFont, width: int, most: int) -> list[str]:
    """Lines as drawn in `width`; past `most`, the last one ends in an ellipsis."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long German compounds too
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            lines.append(paragraph[line.textStart():line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
    if len(lines) > most:
        rest = " ".join(lines[most - 1:])
        lines = [*lines[:most - 1], QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return lines


class CardDelegate(QStyledItemDelegate):
    """Draws a hypothesis as a card as wide as its column, as tall as its wrapped text."""

    def _blocks(self, option: QStyleOptionViewItem, index: Index, width: int) -> list[tuple[list[str], QFont, str]]:
        face: Face = index.data(FACE_ROLE)
        bold, plain, italic = QFont(option.font), QFont(option.font), QFont(option.font)
        bold.setBold(True)
        italic.setItalic(True)
        blocks = [(wrap(face.statement, bold, width, STATEMENT_LINES), bold, current_theme().text)]
        blocks += [(wrap(text, plain, width, LINE_LINES), plain, colour) for text, colour in face.lines]
        if face.learning is not None:
            blocks.append((wrap(face.learning[0], italic, width, LEARNING_LINES), italic, face.learning[1]))
        return blocks

    @staticmethod
    def _text_width(card_width: int) -> int:
        return max(60, card_width - 2 * (MARGIN + PAD))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt override
        width = self.parent().viewport().width()  # a card spans its column
        blocks = self._blocks(option, index, self._text_width(width))
        height = sum(len(lines) * QFontMetrics(font).lineSpacing() for lines, font, _ in blocks)
        return QSize(width, height + GAP * (len(blocks) - 1) + 2 * (PAD + MARGIN))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        card = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        theme = current_theme()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(theme.hypothesis_selected if selected else theme.hypothesis_card))
        painter.setPen(QPen(QColor(theme.focus if selected else theme.hypothesis_border), 2 if selected else 1))
        painter.drawRoundedRect(card, 6, 6)
        width, y = self._text_width(option.rect.width()), card.top() + PAD
        blocks = self._blocks(option, index, width)
        for number, (lines, font, colour) in enumerate(blocks):
            if number and number == len(blocks) - 1 and index.data(FACE_ROLE).learning is not None:
                painter.setPen(QPen(QColor(theme.hypothesis_border), 1))  # what was learned, set apart
                painter.drawLine(card.left() + PAD, y - GAP // 2, card.right() - PAD, y - GAP // 2)
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(QColor(colour))
            for line in lines:
                painter.drawText(QRect(card.left() + PAD, y, width, metrics.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, line)
                y += metrics.lineSpacing()
            y += GAP
        painter.restore()

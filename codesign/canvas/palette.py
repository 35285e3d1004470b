"""The card palette: a dock of touchpoint channels and note types to drag onto the board.

Each entry also works without a mouse: Enter, Space or a double-click emits card_requested,
and the canvas places the card in the selected or visible cell.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QMimeData, QModelIndex, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QFrame, QLabel, QListWidget, QListWidgetItem,
                               QScrollArea, QSizePolicy, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout,
                               QWidget)

from codesign.app.card_style import CARD_COLOURS, TEXT
from codesign.app.icons import card_type_svg_path
from codesign.app.vocabulary import CHANNELS, NOTE_TYPES, card_type_name
from codesign.canvas.mime import CARD_TYPE_MIME, card_type_payload

SWATCH = 28
ROW_HEIGHT = 38  # a comfortable target for a mouse, a pen or a finger on a workshop screen
MIN_POINT_SIZE = 10.0
TYPE_ROLE = Qt.ItemDataRole.UserRole


def card_kind(card_type: str) -> str:
    if card_type in CHANNELS:
        return "touchpoint"
    if card_type in NOTE_TYPES:
        return "note"
    raise ValueError(f"unknown card type {card_type!r}")


def card_mime_data(card_type: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(CARD_TYPE_MIME, card_type_payload(card_kind(card_type), card_type))
    mime.setText(card_type_name(card_type))
    return mime


def _paint_icon(painter: QPainter, card_type: str, rect: QRectF) -> None:
    QSvgRenderer(str(card_type_svg_path(card_type))).render(painter, rect)


def _canvas(size: QSize, dpr: float) -> QPixmap:
    pixmap = QPixmap(size * dpr)
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def swatch_pixmap(card_type: str, size: int = SWATCH, dpr: float = 1.0) -> QPixmap:
    """The type's icon on its fill colour, outlined in its accent."""
    fill, accent = CARD_COLOURS[card_type]
    pixmap = _canvas(QSize(size, size), dpr)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(accent), 1.5))
    painter.setBrush(QColor(fill))
    painter.drawRoundedRect(QRectF(0.75, 0.75, size - 1.5, size - 1.5), 5, 5)
    inset = size * 0.18
    _paint_icon(painter, card_type, QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    painter.end()
    return pixmap


def swatch_icon(card_type: str) -> QIcon:
    icon = QIcon()
    for dpr in (1.0, 2.0):  # Qt picks the sharper one on high-density screens
        pixmap = swatch_pixmap(card_type, SWATCH, dpr)
        icon.addPixmap(pixmap)
        icon.addPixmap(pixmap, QIcon.Mode.Selected)  # keep the type's colour on a highlighted row
    return icon


def card_pixmap(card_type: str, font: QFont, dpr: float = 1.0) -> QPixmap:
    """What the pointer carries while dragging: a small card of that type."""
    fill, accent = CARD_COLOURS[card_type]
    name = card_type_name(card_type)
    width = max(120, QFontMetrics(font).horizontalAdvance(name) + 54)
    pixmap = _canvas(QSize(width, 44), dpr)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(accent), 1.5))
    painter.setBrush(QColor(fill))
    painter.drawRoundedRect(QRectF(0.75, 0.75, width - 1.5, 42.5), 4, 4)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(accent))
    painter.drawRoundedRect(QRectF(0, 0, 6, 44), 3, 3)
    _paint_icon(painter, card_type, QRectF(14, 11, 22, 22))
    painter.setPen(QColor(TEXT))
    painter.setFont(font)
    painter.drawText(QRectF(44, 0, width - 50, 44), Qt.AlignmentFlag.AlignVCenter, name)
    painter.end()
    return pixmap


class _RowDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 12, max(hint.height(), ROW_HEIGHT))


class PaletteList(QListWidget):
    """One group of entries. Drags carry the card type; Enter, Space or double-click request a card."""

    requested = Signal(str, str)  # kind, card type

    def __init__(self, kind: str, card_types: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.above: PaletteList | None = None
        self.below: PaletteList | None = None
        font = self.font()
        if 0 < font.pointSizeF() < MIN_POINT_SIZE:
            font.setPointSizeF(MIN_POINT_SIZE)
            self.setFont(font)
        self.setItemDelegate(_RowDelegate(self))
        self.setIconSize(QSize(SWATCH, SWATCH))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        # Show every entry: the dock scrolls as a whole, so no list has a scroll bar of its own.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        for card_type in card_types:
            name = card_type_name(card_type)
            item = QListWidgetItem(swatch_icon(card_type), name, self)
            item.setData(TYPE_ROLE, card_type)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            tip = self.tr("{name}: drag onto the board, or press Enter to add one.").format(name=name)
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)
        self.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.itemDoubleClicked.connect(self._request)

    def card_types(self) -> list[str]:
        return [self.item(row).data(TYPE_ROLE) for row in range(self.count())]

    def _request(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.requested.emit(self.kind, item.data(TYPE_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._request(self.currentItem())
            event.accept()
        elif key == Qt.Key.Key_Down and self.below and self.currentRow() == self.count() - 1:
            self._hand_focus(self.below, 0)
        elif key == Qt.Key.Key_Up and self.above and self.currentRow() == 0:
            self._hand_focus(self.above, self.above.count() - 1)
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _hand_focus(target: PaletteList, row: int) -> None:
        # Arrow keys run on from one group into the next, as if the palette were one list.
        target.setCurrentRow(row)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusInEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().focusInEvent(event)
        if self.currentItem() is not None:
            self.currentItem().setSelected(True)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        # Only the focused group shows a highlighted entry, so there is one obvious "this one".
        super().focusOutEvent(event)
        self.clearSelection()

    def startDrag(self, supported_actions: Qt.DropAction) -> None:  # noqa: N802 - Qt override
        item = self.currentItem()
        if item is None:
            return
        card_type = item.data(TYPE_ROLE)
        drag = QDrag(self)
        drag.setMimeData(card_mime_data(card_type))
        pixmap = card_pixmap(card_type, self.font(), self.devicePixelRatioF())
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(24, 22))
        drag.exec(Qt.DropAction.CopyAction, Qt.DropAction.CopyAction)


class CardPalette(QDockWidget):
    """The dock of card types: touchpoint channels and note kinds, each with icon and colour."""

    card_requested = Signal(str, str)  # kind ("touchpoint" or "note"), card type

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_palette")
        self.setWindowTitle(self.tr("Cards"))
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        self.lists: dict[str, PaletteList] = {}
        for kind, title, types in (("touchpoint", self.tr("Touchpoints"), CHANNELS),
                                   ("note", self.tr("Notes"), NOTE_TYPES)):
            entries = PaletteList(kind, list(types), body)
            entries.setAccessibleName(title)
            entries.requested.connect(self.card_requested)
            label = QLabel(title, body)
            font = entries.font()
            font.setBold(True)
            label.setFont(font)
            label.setBuddy(entries)
            layout.addWidget(label)
            layout.addWidget(entries)
            self.lists[kind] = entries
        layout.addStretch(1)
        self.lists["touchpoint"].below = self.lists["note"]
        self.lists["note"].above = self.lists["touchpoint"]
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        # Wide enough for the longest name; the scroll area alone would squeeze it.
        scroll.setMinimumWidth(body.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        self.setWidget(scroll)

    def card_types(self) -> list[str]:
        return [t for entries in self.lists.values() for t in entries.card_types()]

    def entry(self, card_type: str) -> tuple[PaletteList, QListWidgetItem]:
        entries = self.lists[card_kind(card_type)]
        return entries, entries.item(entries.card_types().index(card_type))

    def mime_data_for(self, card_type: str) -> QMimeData:
        return card_mime_data(card_type)

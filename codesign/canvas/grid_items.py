"""The board's grid: shaded lane rows and column lines, moment headers across the top and
lane headers down the left. Headers are dragged to reorder and double-clicked to rename."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget,
)

from codesign.canvas import style
from codesign.canvas.card_item import wrapped_lines

if TYPE_CHECKING:
    from codesign.canvas.scene import JourneyScene


class GridItem(QGraphicsItem):
    """One item for the whole grid: cheap to draw, never in the way of a click."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-100)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.columns: list[float] = []  # x of each moment's left edge, and the right edge last
        self.rows: list[tuple[float, float, bool]] = []  # (top, height, is emotion lane)
        self._rect = QRectF()

    def set_layout(self, columns: list[float], rows: list[tuple[float, float, bool]], rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.columns, self.rows, self._rect = columns, rows, rect
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect, colours = self._rect, style.colours()
        painter.fillRect(rect, colours.board_fill)
        for index, (top, height, _emotion) in enumerate(self.rows):
            if index % 2:
                painter.fillRect(QRectF(rect.left(), top, rect.width(), height), colours.lane_shade)
        painter.setPen(QPen(colours.grid_line, 0))
        for x in self.columns:
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        for top, height, _emotion in self.rows:
            painter.drawLine(QPointF(rect.left(), top + height), QPointF(rect.right(), top + height))


class HeaderItem(QGraphicsItem):
    """A moment's header (dragged sideways) or a lane's header (dragged up and down)."""

    def __init__(self, kind: str, item_id: str) -> None:
        super().__init__()
        self.kind, self.item_id = kind, item_id
        self.setZValue(50)
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self._rect = QRectF()
        self._title: list = []
        self._subtitle: list = []
        self.locked = False
        self._press: QPointF | None = None
        self._home = QPointF()
        self.dragging = False

    def refresh(self, rect: QRectF, title: str, subtitle: str, locked: bool) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(0, 0, rect.width(), rect.height())
        self.setPos(rect.topLeft())
        self._home = rect.topLeft()
        self.locked = locked
        width = rect.width() - 24
        self._title = wrapped_lines(title, 18, True, width, 2 if self.kind == "moment" else 4)
        self._subtitle = wrapped_lines(subtitle, 13, False, width, 3 if self.kind == "moment" else 4)
        self.setToolTip(subtitle or title)
        self.setCursor(Qt.CursorShape.ArrowCursor if locked else
                       Qt.CursorShape.SizeHorCursor if self.kind == "moment" else Qt.CursorShape.SizeVerCursor)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        colours = style.colours()
        painter.fillRect(self._rect, colours.header_fill)
        painter.setPen(QPen(colours.grid_line, 0))
        painter.setBrush(Qt.BrushStyle.NoBrush)  # the view does not reset painter state between items
        painter.drawRect(self._rect)
        if self.dragging:
            painter.setPen(QPen(colours.selection, 3))
            painter.drawRect(self._rect.adjusted(1.5, 1.5, -1.5, -1.5))
        painter.setPen(colours.header_text)
        painter.setFont(style.font(18, True))
        y = 12.0
        for line in self._title:
            painter.drawStaticText(QPointF(12, y), line)
            y += 23
        painter.setFont(style.font(13))
        y += 4
        for line in self._subtitle:
            painter.drawStaticText(QPointF(12, y), line)
            y += 17
        if self.locked:
            painter.setFont(style.font(12, True))
            painter.drawText(self._rect.adjusted(0, 0, -8, -6), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             QCoreApplication.translate("JourneyScene", "locked"))

    def board_scene(self) -> JourneyScene:
        return self.scene()  # type: ignore[return-value]

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton or self.locked:
            event.ignore() if event.button() != Qt.MouseButton.LeftButton else event.accept()
            return
        self._press = event.scenePos()
        self.dragging = True
        self.setZValue(60)
        self.update()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None:
            return
        delta = event.scenePos() - self._press
        if self.kind == "moment":
            delta.setY(0)
        else:
            delta.setX(0)
        self.setPos(self._home + delta)
        self.board_scene().header_dragged(self, delta)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None:
            return
        self._press = None
        self.dragging = False
        self.setZValue(50)
        centre = self.sceneBoundingRect().center()
        self.board_scene().header_dropped(self, centre)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        self.board_scene().rename_requested.emit(self.kind, self.item_id)

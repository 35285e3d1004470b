"""An arrow between two cards, drawn by Qt's own path item; its label sits at the middle."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSceneMouseEvent, QGraphicsSimpleTextItem

from codesign.canvas import style

HEAD = 14.0
LABEL_Z = 500_000.0
LABEL_SPOTS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9)  # fractions along the arrow, best first


class LabelItem(QGraphicsSimpleTextItem):
    """An arrow's label on a box of the board's colour, readable wherever the arrow runs."""

    def paint(self, painter, option, widget=None) -> None:  # noqa: ANN001 - Qt override
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.colours().board_fill)
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)  # in its brush, board_text: the scene sets it anew for a theme

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return super().boundingRect().adjusted(-3, -1, 3, 1)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        self.scene().label_arrow_requested.emit(self.connector_id)  # type: ignore[union-attr]


def edge_point(rect: QRectF, towards: QPointF) -> QPointF:
    """Where the line from the rect's centre to `towards` leaves the rect."""
    centre = rect.center()
    dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    scale = min(rect.width() / 2 / abs(dx) if dx else math.inf, rect.height() / 2 / abs(dy) if dy else math.inf)
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


def arrow_path(start: QPointF, end: QPointF) -> QPainterPath:
    path = QPainterPath(start)
    path.lineTo(end)
    line = QLineF(end, start)
    if line.length() > 1:
        angle = math.radians(line.angle())
        left = end + QPointF(math.cos(angle + 0.45) * HEAD, -math.sin(angle + 0.45) * HEAD)
        right = end + QPointF(math.cos(angle - 0.45) * HEAD, -math.sin(angle - 0.45) * HEAD)
        path.addPolygon(QPolygonF([end, left, right, end]))
    return path


class ConnectorItem(QGraphicsPathItem):
    def __init__(self, connector_id: str, source_id: str, target_id: str) -> None:
        super().__init__()
        self.connector_id, self.source_id, self.target_id = connector_id, source_id, target_id
        self.setZValue(-10)  # under the cards (their handles stay clickable), above the grid
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setPen(style.colours().arrow_pen)  # its width sets the bounding rect; paint() takes the theme's
        self.label = LabelItem()  # a separate item above the cards; the scene adds and removes it
        self.label.connector_id = connector_id
        self.label.setZValue(LABEL_Z)
        self.label.setFont(style.font(14))
        self.label.setBrush(style.colours().board_text)
        self._label_back = QPainterPath()

    def set_label(self, text: str) -> None:
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self.setToolTip(text)

    def follow(self, source: QRectF, target: QRectF, is_free: Callable[[QRectF], bool] | None = None) -> None:
        """Runs the arrow between the two cards' edges; the label goes at the middle, or at the
        nearest point along the arrow where it covers no card."""
        start = edge_point(source, target.center())
        end = edge_point(target, source.center())
        self.setPath(arrow_path(start, end))
        box = self.label.boundingRect()
        place = None
        for t in LABEL_SPOTS:
            point = start + (end - start) * t
            spot = QRectF(point - QPointF(box.width() / 2, box.height() / 2), box.size())
            if place is None:
                place = spot  # the middle, if nowhere is free
            if is_free is None or not self.label.text() or is_free(spot):
                place = spot
                break
        self.label.setPos(place.topLeft())

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(14)  # easy to hit with a mouse on a projector
        return stroker.createStroke(self.path())

    def paint(self, painter, option, widget=None) -> None:  # noqa: ANN001 - Qt override
        colours = style.colours()
        if self.isSelected():
            painter.setPen(QPen(colours.selection, 6))
            painter.drawPath(self.path())
        painter.setPen(colours.arrow_pen)
        painter.setBrush(colours.arrow)
        painter.drawPath(self.path())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        self.scene().label_arrow_requested.emit(self.connector_id)  # type: ignore[union-attr]

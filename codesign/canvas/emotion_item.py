"""The emotion curve across the moments, drawn in the emotion lane; each point is a handle
dragged up (+2, delighted) or down (−2, frustrated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget

from codesign.app.vocabulary import mood, signed
from codesign.canvas import style
from codesign.model.journey import MAX_EMOTION, MIN_EMOTION

if TYPE_CHECKING:
    from codesign.canvas.scene import JourneyScene

MARGIN = 28.0  # room above +2 and below −2 inside the lane
RADIUS = 11.0
STEP = 0.5  # scores snap to halves: precise enough for a room's gut feeling


def score_to_y(score: float, top: float, height: float) -> float:
    usable = max(1.0, height - 2 * MARGIN)
    return top + MARGIN + (MAX_EMOTION - score) / (MAX_EMOTION - MIN_EMOTION) * usable


def y_to_score(y: float, top: float, height: float) -> float:
    usable = max(1.0, height - 2 * MARGIN)
    score = MAX_EMOTION - (y - top - MARGIN) / usable * (MAX_EMOTION - MIN_EMOTION)
    return max(MIN_EMOTION, min(MAX_EMOTION, round(score / STEP) * STEP))


class EmotionCurveItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-50)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self._points: list[QPointF] = []

    def set_points(self, rect: QRectF, points: list[QPointF]) -> None:
        self.prepareGeometryChange()
        self._rect, self._points = rect, points
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self._points:
            return
        middle = score_to_y(0, self._rect.top(), self._rect.height())
        colours = style.colours()
        painter.setPen(QPen(colours.neutral, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(self._rect.left(), middle), QPointF(self._rect.right(), middle))
        path = QPainterPath(self._points[0])
        for point in self._points[1:]:
            path.lineTo(point)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)  # the view does not reset painter state between items
        painter.setPen(QPen(colours.header_text, 3))
        painter.drawPath(path)


class EmotionHandle(QGraphicsEllipseItem):
    def __init__(self, moment_id: str) -> None:
        super().__init__(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS)
        self.moment_id = moment_id
        self.setZValue(40)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setPen(QPen(style.colours().board_fill, 3))  # its width sets the bounding rect
        self.score = 0.0
        self.locked = False
        self._lane = (0.0, 0.0)
        self._press: float | None = None

    def refresh(self, x: float, score: float, lane_top: float, lane_height: float, locked: bool) -> None:
        self.score, self._lane, self.locked = score, (lane_top, lane_height), locked
        self.setPos(x, score_to_y(score, lane_top, lane_height))
        self.update()  # its colour says the score's sign
        self.setToolTip(f"{signed(score)}  {mood(score)}")
        self.setCursor(Qt.CursorShape.ArrowCursor if locked else Qt.CursorShape.SizeVerCursor)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        colours = style.colours()  # read when painting: the handle follows the theme
        painter.setPen(QPen(colours.board_fill, 3))
        painter.setBrush(colours.positive if self.score > 0 else colours.negative if self.score < 0
                         else colours.neutral)
        painter.drawEllipse(self.rect())

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and not self.locked:
            self._press = event.scenePos().y() - self.y()
            event.accept()
        else:
            event.ignore()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None:
            return
        top, height = self._lane
        y = max(score_to_y(MAX_EMOTION, top, height),
                min(score_to_y(MIN_EMOTION, top, height), event.scenePos().y() - self._press))
        self.setY(y)
        self.setToolTip(signed(y_to_score(y, top, height)))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None:
            return
        self._press = None
        score = y_to_score(self.y(), *self._lane)
        scene: JourneyScene = self.scene()  # type: ignore[assignment]
        scene.emotion_dropped(self, score)

"""A card on the board: drawn in Python with cached text, moved by Qt, resized and joined by
its own handles. It keeps plain copies of the card's fields; the scene refreshes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen, QStaticText, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QGraphicsItem, QGraphicsSceneHoverEvent, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget,
)

from codesign.canvas import style
from codesign.model import Card
from codesign.model.layout import MIN_CARD_SIZE

if TYPE_CHECKING:
    from codesign.canvas.scene import JourneyScene

PAD = 8
STRIPE = 6
ICON = 18
TITLE_PX, BODY_PX = 15, 13
TITLE_SIZES = (TITLE_PX, 14, 13, 12)
GRIP = 16  # the resize corner
HYPOTHESIS_BADGE, HYPOTHESIS_ICON = 20, 14
HANDLE_R = 8  # the arrow handle on the right edge
BADGE_R = 12  # the dot-count badge, centred on the top-right corner


def wrapped_lines(text: str, pixel_size: int, bold: bool, width: float, max_lines: int,
                  first_width: float | None = None) -> list[QStaticText]:
    """Lays text out once into lines that fit (the first may be shorter, beside an icon); the
    last shown line ends in … when text is cut."""
    if max_lines <= 0 or not text.strip():
        return []
    font = style.font(pixel_size, bold)
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(10.0, width if spans or first_width is None else first_width))
        spans.append(text[line.textStart():line.textStart() + line.textLength()].replace("\n", " ").strip())
        if len(spans) > max_lines:
            break
    layout.endLayout()
    if len(spans) > max_lines:
        spans = spans[:max_lines]
        spans[-1] = QFontMetricsF(font).elidedText(spans[-1] + " …", Qt.TextElideMode.ElideRight, width)
    result = []
    for span in spans:
        static = QStaticText(span)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=font)
        result.append(static)
    return result


def title_size(text: str, width: float) -> int:
    """The largest title size (down to a floor) at which every word fits on a line, so long
    compound words ("Ersatzteilsystem") shrink a little rather than break in the middle."""
    longest = max(text.split(), key=len, default="")
    for size in TITLE_SIZES:
        if QFontMetricsF(style.font(size, True)).horizontalAdvance(longest) <= width:
            return size
    return TITLE_SIZES[-1]


class CardItem(QGraphicsItem):
    def __init__(self, card: Card, position: tuple[float, float]) -> None:
        super().__init__()
        self.card_id = card.id
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(True)
        self._hover = False
        self._mode = ""  # "resize" or "connect" while a handle is dragged
        self._grab = QPointF()  # from the pointer to the bottom-right corner, while resizing
        self._size = QSizeF(card.width, card.height)
        self._title_px = TITLE_PX
        self._title_top = PAD - 1.0
        self.heat = 0  # dots on the card while the scene shows heat; 0 draws nothing extra
        self.heat_step = 0
        self.hypotheses = 0  # how many hypotheses test this card: a badge that opens them
        self.refresh(card, position)

    # -- following the model ---------------------------------------------------------------

    def refresh(self, card: Card, position: tuple[float, float]) -> None:
        self.card_type = card.type
        self.title, self.body, self.locked = card.title, card.body, card.locked
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, not card.locked)
        self.setZValue(card.z)
        if self._size != QSizeF(card.width, card.height):
            self.prepareGeometryChange()
            self._size = QSizeF(card.width, card.height)
        self.setPos(*position)
        self._lines: tuple[list[QStaticText], list[QStaticText]] | None = None  # laid out when first painted
        self.update()

    def _layout_text(self) -> None:
        self._lines = None

    def _text_lines(self) -> tuple[list[QStaticText], list[QStaticText]]:
        if self._lines is None:
            self._lines = self._lay_out()
        return self._lines

    def _lay_out(self) -> tuple[list[QStaticText], list[QStaticText]]:
        w, h = self._size.width(), self._size.height()
        text_width = w - STRIPE - 2 * PAD
        first_width = text_width - ICON - 4  # the first line shares its room with the icon
        self._title_px = title_size(self.title, text_width)
        words = self.title.split()
        self._title_top = PAD - 1.0
        if words and QFontMetricsF(style.font(self._title_px, True)).horizontalAdvance(words[0]) > first_width:
            self._title_top, first_width = PAD + ICON + 2.0, text_width  # start below the icon instead
        # The hypothesis badge sits at the bottom left: text stops above it rather than run under it.
        bottom = HYPOTHESIS_BADGE + 5 if self.hypotheses else PAD
        title_lines = max(1, int((h - self._title_top - bottom) // (self._title_px * 1.25)))
        title = wrapped_lines(self.title, self._title_px, True, text_width, title_lines, first_width)
        used = self._title_top - PAD + len(title) * self._title_px * 1.25
        body_lines = int((h - PAD - bottom - used - 4) // (BODY_PX * 1.3))
        return title, wrapped_lines(self.body, BODY_PX, False, w - STRIPE - 2 * PAD, body_lines)

    def set_heat(self, count: int, step: int) -> bool:
        """Shows `count` dots at tint `step`; True if that changed (and a repaint is due)."""
        if count == self.heat and step == self.heat_step:
            return False
        if bool(count) != bool(self.heat):
            self.prepareGeometryChange()  # the badge reaches past the corner
        self.heat, self.heat_step = count, step
        self.update()
        return True

    @property
    def size(self) -> QSizeF:
        return self._size

    def rect(self) -> QRectF:
        return QRectF(QPointF(0, 0), self._size)

    def scene_rect(self) -> QRectF:
        return QRectF(self.pos(), self._size)

    # -- drawing ---------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        if self.heat:
            return self.rect().adjusted(-4, -BADGE_R - 2, HANDLE_R + 6, 4)
        return self.rect().adjusted(-4, -4, HANDLE_R + 4, 4)

    def shape(self) -> QPainterPath:
        # Always includes the arrow handle's strip: no itemChange override (costly from Python)
        # is needed to grow the shape on selection.
        path = QPainterPath()
        path.addRect(self.rect().adjusted(0, 0, HANDLE_R, 0))
        return path

    def _handles_shown(self) -> bool:
        return (self._hover or self.isSelected()) and not self.locked

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.rect()
        scale = painter.worldTransform().m11()  # the view only scales, never rotates
        # Square corners and plain fills: the cheapest way to draw, and a sticky note is square anyway.
        painter.fillRect(rect, style.heat_fill(self.card_type, self.heat_step) if self.heat
                         else style.fill(self.card_type))
        painter.fillRect(QRectF(0, 0, STRIPE, rect.height()), style.accent(self.card_type))
        if scale >= 0.25:
            self._paint_text(painter, scale)
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(style.colours().selection, 3 / max(scale, 0.2)))
            painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
        if self._handles_shown():
            self._paint_handles(painter)
        if self.locked:
            self._paint_lock(painter, rect)
        if self.heat:
            self._paint_badge(painter)
        if self.hypotheses and scale >= 0.25:
            self._paint_hypothesis_badge(painter, scale)

    def hypothesis_badge(self) -> QRectF:
        """Where the badge of a card tested by hypotheses sits: bottom left, clear of the grips."""
        return QRectF(STRIPE + 3, self._size.height() - HYPOTHESIS_BADGE - 3, HYPOTHESIS_BADGE, HYPOTHESIS_BADGE)

    def set_hypotheses(self, count: int) -> bool:
        if count == self.hypotheses:
            return False
        if bool(count) != bool(self.hypotheses):
            self._lines = None  # the text makes room for the badge, or takes it back
        self.hypotheses = count
        self.update()
        return True

    def _paint_hypothesis_badge(self, painter: QPainter, scale: float) -> None:
        badge = self.hypothesis_badge()
        antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.HYPOTHESIS_BADGE, 1.5))
        painter.setBrush(style.BADGE_FILL)
        painter.drawEllipse(badge)
        icon = style.type_icon("hypothesis", HYPOTHESIS_ICON, max(8, round(HYPOTHESIS_ICON * scale)))
        if not icon.isNull():
            inset = (HYPOTHESIS_BADGE - HYPOTHESIS_ICON) / 2
            painter.drawPixmap(badge.topLeft() + QPointF(inset, inset), icon)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)

    def _paint_text(self, painter: QPainter, scale: float) -> None:
        icon = style.type_icon(self.card_type, ICON, max(8, round(ICON * scale)))
        left = STRIPE + PAD
        if not icon.isNull():  # drawn 1:1 on the device: no scaling on every paint
            painter.drawPixmap(QPointF(self._size.width() - PAD - ICON, PAD), icon)
        title, body = self._text_lines()  # first: it picks the title size
        painter.setPen(style.TEXT_COLOUR)
        painter.setFont(style.font(self._title_px, True))
        y = self._title_top
        for line in title:
            painter.drawStaticText(QPointF(left, y), line)
            y += self._title_px * 1.25
        if body:
            painter.setFont(style.font(BODY_PX))
            y += 4
            for line in body:
                painter.drawStaticText(QPointF(left, y), line)
                y += BODY_PX * 1.3

    def _paint_handles(self, painter: QPainter) -> None:
        w, h = self._size.width(), self._size.height()
        painter.setPen(QPen(style.colours().board_fill, 2))
        painter.setBrush(style.accent(self.card_type))
        painter.drawEllipse(QPointF(w, h / 2), HANDLE_R, HANDLE_R)
        grip = QPainterPath()
        grip.moveTo(w, h - GRIP)
        grip.lineTo(w, h)
        grip.lineTo(w - GRIP, h)
        grip.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPath(grip)

    def _paint_badge(self, painter: QPainter) -> None:
        """The dot count in a round badge on the top-right corner (a pill for three digits)."""
        text = str(self.heat)
        font = style.font(13 if len(text) < 3 else 12, True)
        width = max(2 * BADGE_R, QFontMetricsF(font).horizontalAdvance(text) + 10)
        badge = QRectF(self._size.width() + BADGE_R - width, -BADGE_R, width, 2 * BADGE_R)
        antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.colours().board_fill, 2))  # a ring of the board's colour keeps it apart from any fill
        painter.setBrush(style.HEAT_BADGE)
        painter.drawRoundedRect(badge, BADGE_R, BADGE_R)
        painter.setPen(style.HEAT_BADGE_TEXT)
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)

    def _paint_lock(self, painter: QPainter, rect: QRectF) -> None:
        x, y = rect.width() - 20, rect.height() - 20
        painter.setPen(QPen(style.TEXT_COLOUR, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(x + 3, y, 8, 10), 0, 180 * 16)
        painter.setBrush(style.TEXT_COLOUR)
        painter.drawRect(QRectF(x + 1, y + 5, 12, 9))

    # -- handles ---------------------------------------------------------------------------

    def handle_at(self, pos: QPointF) -> str:
        """"resize", "connect" or "" for a point in item coordinates."""
        if not self._handles_shown():
            return ""
        w, h = self._size.width(), self._size.height()
        if QPointF(pos - QPointF(w, h / 2)).manhattanLength() <= HANDLE_R * 1.6:
            return "connect"
        if pos.x() >= w - GRIP and pos.y() >= h - GRIP:
            return "resize"
        return ""

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt override
        self.setToolTip(f"{self.title}\n\n{self.body}".strip())  # set on hover: cheaper than for every card
        self._set_hover(True)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt override
        self._set_hover(False)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt override
        handle = self.handle_at(event.pos())
        cursors = {"resize": Qt.CursorShape.SizeFDiagCursor, "connect": Qt.CursorShape.CrossCursor}
        self.setCursor(cursors.get(handle, Qt.CursorShape.ArrowCursor if self.locked
                                   else Qt.CursorShape.OpenHandCursor))

    def _set_hover(self, hover: bool) -> None:
        if hover != self._hover:
            self.prepareGeometryChange()  # the shape grows by the arrow handle
            self._hover = hover
            self.update()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.hypotheses and event.button() == Qt.MouseButton.LeftButton and \
                self.hypothesis_badge().contains(event.pos()):
            self.board_scene().hypothesis_requested.emit(self.card_id)
            event.accept()
            return
        self._mode = self.handle_at(event.pos()) if event.button() == Qt.MouseButton.LeftButton else ""
        if self._mode:
            self._grab = QPointF(self._size.width(), self._size.height()) - event.pos()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._mode == "resize":
            self.prepareGeometryChange()
            corner = event.pos() + self._grab  # the corner follows the pointer, wherever the grip was taken
            self._size = QSizeF(max(MIN_CARD_SIZE, corner.x()), max(MIN_CARD_SIZE, corner.y()))
            self._layout_text()
            self.board_scene().card_item_moved(self)
        elif self._mode == "connect":
            self.board_scene().drag_arrow(self, event.scenePos())
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        mode, self._mode = self._mode, ""
        if mode == "resize":
            self.board_scene().editor.resize_card(self.card_id, self._size.width(), self._size.height())
            self.board_scene().refresh_cards([self.card_id])
        elif mode == "connect":
            self.board_scene().drop_arrow(self, event.scenePos())
        else:
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        self.board_scene().edit_card_requested.emit(self.card_id)

    def board_scene(self) -> JourneyScene:
        return self.scene()  # type: ignore[return-value]

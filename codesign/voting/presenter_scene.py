"""The cards of a voting round, large, in one column per moment, for the shared screen.

Drawn at scale 1 (the view scrolls rather than shrinks), so a title is always TITLE_PX pixels
high on the screen. Items hold plain copies of what they show; a vote repaints only the cards
whose dots changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from codesign.app.card_style import readable_text_on
from codesign.canvas import style
from codesign.canvas.card_item import wrapped_lines
from codesign.model import Journey, VotingRound
from codesign.model.vote_rules import target_card_ids

TITLE_PX = 26  # at least 24 px on a 1920×1080 projector, the acceptance floor
HEADER_PX = 22
MARKER_PX = 12
DOT = 30
GAP = 16
PAD = 14
STRIPE = 8
MIN_COLUMN = 260.0
MAX_COLUMN = 420.0
TITLE_LINES = 4
HEADER_HEIGHT = 48
PAPER = "#7A8794"  # paper-tally and anonymous dots: no person behind them
FOCUS = QColor("#1A56DB")
BADGE_FILL, BADGE_TEXT = "#1F3B4D", "#FFFFFF"


@dataclass(frozen=True)
class Dot:
    colour: str
    marker: str
    count: int
    own: bool = False


class PresenterCard(QGraphicsItem):
    def __init__(self, card_id: str, title: str, card_type: str, width: float) -> None:
        super().__init__()
        self.card_id = card_id
        self.title = title
        self.card_type = card_type
        self._width = width
        self.title_px = TITLE_PX
        self._lines = wrapped_lines(title, TITLE_PX, True, width - 2 * PAD - STRIPE, TITLE_LINES)
        self._height = PAD * 2 + max(1, len(self._lines)) * TITLE_PX * 1.25 + GAP + DOT
        self.dots: tuple[Dot, ...] = ()
        self.total: int | None = None
        self.focused = False
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view turns clicks into votes
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def height(self) -> float:
        return self._height

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(-4, -4, self._width + 8, self._height + 8)

    def show_dots(self, dots: tuple[Dot, ...], total: int | None) -> bool:
        if dots == self.dots and total == self.total:
            return False
        self.dots, self.total = dots, total
        self.update()
        return True

    def set_focused(self, focused: bool) -> None:
        if focused != self.focused:
            self.focused = focused
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = QRectF(0, 0, self._width, self._height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(FOCUS, 4) if self.focused else QPen(style.accent(self.card_type), 1))
        painter.setBrush(style.fill(self.card_type))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.accent(self.card_type))
        painter.drawRoundedRect(QRectF(0, 0, STRIPE, self._height), 4, 4)
        painter.setPen(style.TEXT_COLOUR)
        painter.setFont(style.font(TITLE_PX, True))
        y = PAD
        for line in self._lines:
            painter.drawStaticText(QPointF(STRIPE + PAD, y), line)
            y += TITLE_PX * 1.25
        self._paint_dots(painter, QRectF(STRIPE + PAD, self._height - PAD - DOT, self._width - STRIPE - 2 * PAD, DOT))

    def _paint_dots(self, painter: QPainter, row: QRectF) -> None:
        badge = 0.0
        if self.total is not None:
            text = str(self.total)
            badge = max(DOT + 8, 14 * len(text) + 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BADGE_FILL))
            painter.drawRoundedRect(QRectF(row.right() - badge, row.top(), badge, DOT), DOT / 2, DOT / 2)
            painter.setPen(QColor(BADGE_TEXT))
            painter.setFont(style.font(20, True))
            painter.drawText(QRectF(row.right() - badge, row.top(), badge, DOT), Qt.AlignmentFlag.AlignCenter, text)
        room = int((row.width() - badge - 8) // (DOT + 4))
        flat = [d for d in self.dots for _ in range(d.count)]
        shown, rest = flat[:max(0, room - 1)] if len(flat) > room else flat, len(flat) - room + 1
        x = row.left()
        painter.setFont(style.font(MARKER_PX, True))
        for dot in shown:
            circle = QRectF(x, row.top(), DOT, DOT)
            painter.setPen(QPen(FOCUS, 3) if dot.own else QPen(QColor("#FFFFFF"), 1.5))
            painter.setBrush(QColor(dot.colour))
            painter.drawEllipse(circle.adjusted(1, 1, -1, -1))
            if dot.marker:
                painter.setPen(QColor(readable_text_on(dot.colour)))
                painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, dot.marker)
            x += DOT + 4
        if len(flat) > room:
            painter.setPen(style.TEXT_COLOUR)
            painter.setFont(style.font(18, True))
            painter.drawText(QRectF(x, row.top(), DOT * 2, DOT), Qt.AlignmentFlag.AlignVCenter, f"+{rest}")


class MomentHeader(QGraphicsItem):
    def __init__(self, title: str, width: float) -> None:
        super().__init__()
        self._title = title
        self._width = width

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(0, 0, self._width, HEADER_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.HEADER_FILL)
        painter.drawRoundedRect(self.boundingRect(), 6, 6)
        painter.setPen(style.HEADER_TEXT)
        painter.setFont(style.font(HEADER_PX, True))
        painter.drawText(self.boundingRect().adjusted(12, 0, -12, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                         painter.fontMetrics().elidedText(self._title, Qt.TextElideMode.ElideRight,
                                                          int(self._width - 24)))


class PresenterScene(QGraphicsScene):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.cards: dict[str, PresenterCard] = {}
        self.order: list[list[str]] = []  # card ids per column, for the arrow keys
        self.setBackgroundBrush(QColor("#FFFFFF"))

    def build(self, voting_round: VotingRound | None, width: float, other_title: str) -> None:
        self.clear()
        self.cards.clear()
        self.order = []
        if voting_round is None:
            return
        targets = target_card_ids(voting_round)
        journeys: list[Journey] = ([voting_round.journey] if voting_round.journey is not None
                                   else list(voting_round.workshop.journeys))
        columns: list[tuple[str, list]] = []
        for journey in journeys:
            lanes = {lane.id: i for i, lane in enumerate(journey.lanes)}
            by_moment: dict[str | None, list] = {}
            for card in journey.cards:
                if card.id in targets:
                    by_moment.setdefault(card.moment_id, []).append(card)
            for moment in journey.moments:
                if moment.id in by_moment:
                    columns.append((moment.title, by_moment.pop(moment.id)))
            loose = [c for cards in by_moment.values() for c in cards]
            if loose:
                columns.append((other_title, loose))
            for _title, cards in columns:
                cards.sort(key=lambda c: (lanes.get(c.lane_id, len(lanes)), c.y, c.x))
        if not columns:
            return
        column = min(MAX_COLUMN, max(MIN_COLUMN, (width - GAP * (len(columns) + 1)) / len(columns)))
        x = GAP
        for title, cards in columns:
            header = MomentHeader(title, column)
            header.setPos(x, GAP)
            self.addItem(header)
            y = GAP + HEADER_HEIGHT + GAP
            ids = []
            for card in cards:
                item = PresenterCard(card.id, card.title, card.type, column)
                item.setPos(x, y)
                self.addItem(item)
                self.cards[card.id] = item
                ids.append(card.id)
                y += item.height + GAP
            self.order.append(ids)
            x += column + GAP
        bottom = self.itemsBoundingRect().bottom() + GAP
        self.setSceneRect(QRectF(0, 0, max(x, width), bottom))

    def card_at(self, point: QPointF) -> PresenterCard | None:
        for item in self.items(point):
            if isinstance(item, PresenterCard):
                return item
        return None

    def neighbour(self, card_id: str | None, key: int) -> str | None:
        """The card the arrow `key` leads to from `card_id` (the first card when none)."""
        if not self.order:
            return None
        where = next(((c, r) for c, ids in enumerate(self.order) for r, i in enumerate(ids) if i == card_id), None)
        if where is None:
            return self.order[0][0]
        col, row = where
        if key == Qt.Key.Key_Up:
            row = max(0, row - 1)
        elif key == Qt.Key.Key_Down:
            row = min(len(self.order[col]) - 1, row + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            col = max(0, min(len(self.order) - 1, col + (1 if key == Qt.Key.Key_Right else -1)))
            row = min(row, len(self.order[col]) - 1)
        return self.order[col][row]

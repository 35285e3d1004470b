"""Zoomed far out, every card is a coloured block: this one item draws them all in a few
batched calls, while the cards themselves skip painting (ItemHasNoContents). With the dot-vote
heat on, voted cards' blocks warm up and the others fade, in the same batches."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.card_item import CardItem


class OverviewItem(QGraphicsItem):
    def __init__(self, cards: Callable[[], Iterable[CardItem]]) -> None:
        super().__init__()
        self._cards = cards
        self.setZValue(-5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self.heat_on = False  # voted cards warm up and the rest fade
        self._batches: dict[tuple[str, int], list[QRectF]] | None = None  # by (type, heat step)

    def set_area(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = rect

    def invalidate(self) -> None:
        if self._batches is not None:
            self._batches = None
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._batches is None:
            batches: dict[tuple[str, int], list[QRectF]] = defaultdict(list)
            for item in self._cards():
                batches[(item.card_type, item.heat_step)].append(item.scene_rect())
            self._batches = dict(batches)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # blocks a few pixels wide: no need
        for (card_type, heat), rects in self._batches.items():
            painter.setBrush(style.heat_block(card_type, heat) if self.heat_on else style.accent(card_type))
            painter.drawRects(rects)
        selected = [item.scene_rect() for item in self._cards() if item.isSelected()] if \
            self.scene() and self.scene().selectedItems() else []
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(style.colours().selection, 0))
            painter.drawRects(selected)

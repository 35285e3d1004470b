"""One journey as a graphics scene. It follows the model: each committed change updates only
the items it touched. User gestures end in one call to the BoardEditor, never in a write."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsSceneMouseEvent

from codesign.app.theme import Theme, follow_theme
from codesign.canvas import style
from codesign.canvas.card_item import CardItem
from codesign.canvas.connector_item import ConnectorItem
from codesign.canvas.editor import BoardEditor, ItemGone
from codesign.canvas.emotion_item import EmotionCurveItem, EmotionHandle
from codesign.canvas.grid_items import GridItem, HeaderItem
from codesign.canvas.overview_item import OverviewItem
from codesign.model import Card, Connector, Hypothesis, Journey, Lane, LaneKind, Moment, board, layout
from codesign.storage import Changes

MARGIN = 200.0  # empty room around the board, so cards can be parked outside the grid
STRUCTURE = (Journey, Moment, Lane)


class JourneyScene(QGraphicsScene):
    edit_card_requested = Signal(str)
    rename_requested = Signal(str, str)  # kind ("moment", "lane"), id
    label_arrow_requested = Signal(str)
    journey_removed = Signal()
    hypothesis_requested = Signal(str)  # card id: its hypothesis badge was clicked

    def __init__(self, editor: BoardEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.cards: dict[str, CardItem] = {}
        self.arrows: dict[str, ConnectorItem] = {}
        self.headers: dict[tuple[str, str], HeaderItem] = {}
        self.handles: dict[str, EmotionHandle] = {}
        self._arrows_of: dict[str, set[str]] = {}
        self._pressed: dict[str, QPointF] = {}
        self._arrow_preview: QGraphicsLineItem | None = None
        self.detail = True
        self.heat: dict[str, int] | None = None  # dots per card id while the heat overlay is on
        self._heat_most = 0
        self.grid = GridItem()
        self.curve = EmotionCurveItem()
        self.overview = OverviewItem(lambda: self.cards.values())
        self.overview.setVisible(False)
        for item in (self.grid, self.curve, self.overview):
            self.addItem(item)
        self.rebuild()
        editor.open_workshop.changed.connect(self.follow)
        follow_theme(self, self._follow_theme)

    def _follow_theme(self, _theme: Theme) -> None:
        """Items read the theme's colours when they paint; labels keep theirs in a brush. The margin
        round the board is the view's palette base (no scene brush: one fill less per frame)."""
        colours = style.colours()
        for arrow in self.arrows.values():
            arrow.label.setBrush(colours.board_text)
        self.update()

    # -- building and following the model ---------------------------------------------------

    @property
    def journey(self) -> Journey:
        return self.editor.journey

    def rebuild(self) -> None:
        labels = [a.label for a in self.arrows.values()]
        for item in [*self.cards.values(), *self.arrows.values(), *labels, *self.headers.values(),
                     *self.handles.values()]:
            self.removeItem(item)
        self.cards.clear()
        self.arrows.clear()
        self.headers.clear()
        self.handles.clear()
        self._arrows_of.clear()
        journey = self.journey
        self.layout_structure(journey)
        for card in journey.cards:
            self._add_card(journey, card)
        for connector in journey.connectors:
            self._add_arrow(connector)
        self.show_hypotheses()
        self.overview.invalidate()

    def layout_structure(self, journey: Journey) -> None:
        """Grid, headers and the emotion curve; cards are placed relative to these."""
        width, height = board.board_size(journey)
        columns, left = [], layout.LANE_LABEL_WIDTH
        wanted: set[tuple[str, str]] = set()
        for moment in journey.moments:
            columns.append(left)
            header = self._header("moment", moment.id)
            header.refresh(QRectF(left, 0, moment.width, layout.HEADER_HEIGHT), moment.title, moment.description,
                           moment.locked)
            wanted.add(("moment", moment.id))
            left += moment.width
        columns.append(left)
        rows, top = [], layout.HEADER_HEIGHT
        emotion_lane: tuple[float, float, bool] | None = None
        for lane in journey.lanes:
            is_emotion = lane.kind == LaneKind.EMOTION
            rows.append((top, lane.height, is_emotion))
            if is_emotion and emotion_lane is None:
                emotion_lane = (top, lane.height, lane.locked)
            header = self._header("lane", lane.id)
            header.refresh(QRectF(0, top, layout.LANE_LABEL_WIDTH, lane.height), lane.title, "", lane.locked)
            wanted.add(("lane", lane.id))
            top += lane.height
        for key in [k for k in self.headers if k not in wanted]:
            self.removeItem(self.headers.pop(key))
        board_rect = QRectF(0, 0, width, height)
        self.grid.set_layout(columns, rows, board_rect)
        self._layout_emotion(journey, emotion_lane)
        area = board_rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        for item in self.cards.values():
            area = area.united(item.scene_rect())
        self.overview.set_area(area)
        self.setSceneRect(area)

    def _layout_emotion(self, journey: Journey, lane: tuple[float, float, bool] | None) -> None:
        points = []
        wanted = set()
        if lane is not None:
            top, height, locked = lane
            left = layout.LANE_LABEL_WIDTH
            for moment in journey.moments:
                handle = self.handles.get(moment.id)
                if handle is None:
                    handle = self.handles[moment.id] = EmotionHandle(moment.id)
                    self.addItem(handle)
                handle.refresh(left + moment.width / 2, moment.emotion, top, height, locked or moment.locked)
                points.append(handle.pos())
                wanted.add(moment.id)
                left += moment.width
            rect = QRectF(layout.LANE_LABEL_WIDTH, top, left - layout.LANE_LABEL_WIDTH, height)
        else:
            rect = QRectF()
        for moment_id in [m for m in self.handles if m not in wanted]:
            self.removeItem(self.handles.pop(moment_id))
        self.curve.set_points(rect, points)

    def _header(self, kind: str, item_id: str) -> HeaderItem:
        header = self.headers.get((kind, item_id))
        if header is None:
            header = self.headers[(kind, item_id)] = HeaderItem(kind, item_id)
            self.addItem(header)
        return header

    def _add_card(self, journey: Journey, card: Card) -> None:
        item = CardItem(card, journey.card_scene_pos(card))
        item.setFlag(item.GraphicsItemFlag.ItemHasNoContents, not self.detail)
        if self.heat:
            count = self.heat.get(card.id, 0)
            item.set_heat(count, style.heat_step(count, self._heat_most))
        self.cards[card.id] = item
        self.addItem(item)

    def _add_arrow(self, connector: Connector) -> None:
        item = ConnectorItem(connector.id, connector.from_card_id, connector.to_card_id)
        self._set_label(item, connector.label)
        self.arrows[connector.id] = item
        for card_id in (connector.from_card_id, connector.to_card_id):
            self._arrows_of.setdefault(card_id, set()).add(connector.id)
        self.addItem(item)
        self.addItem(item.label)
        self._route(item)

    def _set_label(self, arrow: ConnectorItem, text: str) -> None:
        arrow.set_label(text)
        arrow.label.setVisible(self.detail and bool(text))  # zoomed far out, arrows go without labels

    def _route(self, arrow: ConnectorItem) -> None:
        source, target = self.cards.get(arrow.source_id), self.cards.get(arrow.target_id)
        if source is not None and target is not None:
            arrow.follow(source.scene_rect(), target.scene_rect(), self._free_of_cards)

    def _free_of_cards(self, rect: QRectF) -> bool:
        return not any(isinstance(i, CardItem) for i in self.items(rect))

    def follow(self, changes: Changes) -> None:
        try:
            journey = self.journey
        except ItemGone:
            self.journey_removed.emit()
            return
        if changes.reset:
            self.rebuild()
            return
        added, updated, removed = changes.added, changes.updated, changes.removed
        structural = any(isinstance(o, STRUCTURE) and getattr(o, "journey_id", journey.id) == journey.id
                         for o in (*added, *updated, *removed))
        for obj in removed:
            if isinstance(obj, Card) and obj.id in self.cards:
                self.removeItem(self.cards.pop(obj.id))
            elif isinstance(obj, Connector) and obj.id in self.arrows:
                self._remove_arrow(obj.id)
        mine = [o for o in added if getattr(o, "journey_id", None) == journey.id]
        for obj in mine:
            if isinstance(obj, Card) and obj.id not in self.cards:
                self._add_card(journey, obj)
        for obj in mine:
            if isinstance(obj, Connector) and obj.id not in self.arrows:
                self._add_arrow(obj)
        if structural:
            self.layout_structure(journey)
            self.refresh_cards(list(self.cards))
        else:
            self.refresh_cards([o.id for o in updated if isinstance(o, Card) and o.id in self.cards])
        for obj in updated:
            if isinstance(obj, Connector) and obj.id in self.arrows:
                self._set_label(self.arrows[obj.id], obj.label)
        if any(isinstance(o, Hypothesis) for o in (*added, *updated, *removed)) or any(
                isinstance(o, Card) for o in mine):
            self.show_hypotheses()
        self.overview.invalidate()

    def _remove_arrow(self, connector_id: str) -> None:
        item = self.arrows.pop(connector_id)
        for card_id in (item.source_id, item.target_id):
            self._arrows_of.get(card_id, set()).discard(connector_id)
        self.removeItem(item.label)
        self.removeItem(item)

    def refresh_cards(self, card_ids: list[str]) -> None:
        """Puts items back where the model says: after a change, or after a refused gesture."""
        if not card_ids:
            return
        journey = self.journey
        wanted = set(card_ids)
        for card in journey.cards:
            if card.id in wanted:
                item = self.cards[card.id]
                item.refresh(card, journey.card_scene_pos(card))
                for connector_id in self._arrows_of.get(card.id, ()):
                    self._route(self.arrows[connector_id])
        self.overview.invalidate()

    def card_item_moved(self, item: CardItem) -> None:
        for connector_id in self._arrows_of.get(item.card_id, ()):
            self._route(self.arrows[connector_id])
        if not self.detail:
            self.overview.invalidate()

    # -- hypotheses -----------------------------------------------------------------------------

    def show_hypotheses(self) -> None:
        """Badges the cards that hypotheses test; repaints only those whose count changed."""
        counts: dict[str, int] = {}
        for hypothesis in self.journey.workshop.hypotheses:
            for card in hypothesis.cards:
                counts[card.id] = counts.get(card.id, 0) + 1
        for card_id, item in self.cards.items():
            item.set_hypotheses(counts.get(card_id, 0))

    # -- dot-vote heat ------------------------------------------------------------------------

    def set_heat(self, counts: dict[str, int] | None) -> set[str]:
        """Tints cards by their dots (card id → dots) and badges them with the count; None hides
        it. Returns the ids of the cards that changed, the only ones repainted."""
        self.heat = None if counts is None else {k: v for k, v in counts.items() if v > 0}
        self._heat_most = max(self.heat.values(), default=0) if self.heat else 0
        changed = set()
        for card_id, item in self.cards.items():
            count = self.heat.get(card_id, 0) if self.heat else 0
            if item.set_heat(count, style.heat_step(count, self._heat_most)):
                changed.add(card_id)
        if changed or self.overview.heat_on != (self.heat is not None):
            self.overview.heat_on = self.heat is not None
            self.overview.invalidate()
        return changed

    # -- level of detail --------------------------------------------------------------------

    def set_detail(self, detail: bool) -> None:
        if detail == self.detail:
            return
        self.detail = detail
        for item in self.cards.values():
            item.setFlag(item.GraphicsItemFlag.ItemHasNoContents, not detail)
        for arrow in self.arrows.values():
            arrow.label.setVisible(detail and bool(arrow.label.text()))
        self.overview.invalidate()
        self.overview.setVisible(not detail)

    # -- gestures ---------------------------------------------------------------------------

    def selected_card_ids(self) -> list[str]:
        return [i.card_id for i in self.selectedItems() if isinstance(i, CardItem)]

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mousePressEvent(event)
        # Qt drags the selected cards and the pressed one, which Ctrl+press leaves unselected.
        items = [i for i in (*self.selectedItems(), self.mouseGrabberItem()) if isinstance(i, CardItem)]
        self._pressed = {i.card_id: i.pos() for i in items}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseMoveEvent(event)
        for card_id in self._pressed:  # arrows follow the cards being dragged
            item = self.cards.get(card_id)
            if item is not None:
                self.card_item_moved(item)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, {}
        moved = {card_id: (self.cards[card_id].x(), self.cards[card_id].y()) for card_id, pos in pressed.items()
                 if card_id in self.cards and self.cards[card_id].pos() != pos}
        if moved:
            self.editor.move_cards(moved)  # one drag of many cards: one undo step
            self.refresh_cards(list(moved))

    def header_dragged(self, header: HeaderItem, delta: QPointF) -> None:
        """Cards ride along with the moment or lane being dragged."""
        journey = self.journey
        for card in journey.cards:
            column = card.moment_id if header.kind == "moment" else card.lane_id
            if column == header.item_id and card.id in self.cards:
                x, y = journey.card_scene_pos(card)
                self.cards[card.id].setPos(x + delta.x(), y + delta.y())
                self.card_item_moved(self.cards[card.id])

    def header_dropped(self, header: HeaderItem, centre: QPointF) -> None:
        journey = self.journey
        if header.kind == "moment":
            items: list[Moment] | list[Lane] = journey.moments
            edges = [journey.moment_left(m) + m.width / 2 for m in journey.moments]
            probe = centre.x()
        else:
            items = journey.lanes
            edges = [journey.lane_top(lane) + lane.height / 2 for lane in journey.lanes]
            probe = centre.y()
        current = next(i for i, item in enumerate(items) if item.id == header.item_id)
        others = [e for i, e in enumerate(edges) if i != current]
        index = sum(1 for e in others if e < probe)
        if index != current:
            self.editor.reorder(header.kind, header.item_id, index)
        self.layout_structure(self.journey)
        self.refresh_cards(list(self.cards))

    def emotion_dropped(self, handle: EmotionHandle, score: float) -> None:
        if score != handle.score:
            self.editor.set_field("moment", handle.moment_id, "emotion", score, self.tr("Change emotion"))
        self.layout_structure(self.journey)

    def drag_arrow(self, source: CardItem, to: QPointF) -> None:
        if self._arrow_preview is None:
            self._arrow_preview = QGraphicsLineItem()
            self._arrow_preview.setPen(QPen(style.colours().selection, 3))
            self._arrow_preview.setZValue(1_000_000)
            self.addItem(self._arrow_preview)
        start = source.scene_rect().center()
        self._arrow_preview.setLine(start.x(), start.y(), to.x(), to.y())

    def drop_arrow(self, source: CardItem, at: QPointF) -> None:
        if self._arrow_preview is not None:
            self.removeItem(self._arrow_preview)
            self._arrow_preview = None
        target = self.card_at(at, exclude=source)
        if target is not None:
            self.editor.connect(source.card_id, target.card_id)

    def cell_rect(self, moment_index: int, lane_index: int) -> QRectF:
        journey = self.journey
        moment, lane = journey.moments[moment_index], journey.lanes[lane_index]
        return QRectF(journey.moment_left(moment), journey.lane_top(lane), moment.width, lane.height)

    def titles_in_cell(self, moment_index: int, lane_index: int) -> list[str]:
        """Titles of the cards drawn in a cell, top to bottom and left to right, as a person reads them."""
        rect = self.cell_rect(moment_index, lane_index)
        items = [i for i in self.cards.values() if rect.contains(i.scene_rect().center())]
        return [i.title for i in sorted(items, key=lambda i: (round(i.y()), i.x()))]

    def card_at(self, point: QPointF, exclude: CardItem | None = None) -> CardItem | None:
        for item in self.items(point):
            if isinstance(item, CardItem) and item is not exclude:
                return item
        return None

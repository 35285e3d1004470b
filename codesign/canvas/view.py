"""The view onto one journey: zoom and pan, keyboard editing, drops from the palette, inline
card editing, the clipboard and context menus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent, QCursor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication, QKeyEvent,
    QMouseEvent, QNativeGestureEvent, QPainter, QTransform, QWheelEvent,
)
from PySide6.QtWidgets import QGesture, QGestureEvent, QGraphicsView, QInputDialog, QMenu, QMessageBox, QPinchGesture, QWidget

from codesign.app.errors import error_text
from codesign.app.vocabulary import CHANNELS, NOTE_TYPES, card_type_name
from codesign.canvas.card_editor import CardEditor
from codesign.canvas.card_item import CardItem
from codesign.canvas.connector_item import ConnectorItem
from codesign.canvas.editor import BoardEditor
from codesign.canvas.grid_items import HeaderItem
from codesign.canvas.mime import CARD_TYPE_MIME, CARDS_MIME, parse_card_type_payload
from codesign.canvas.scene import JourneyScene
from codesign.canvas.style import DETAIL_THRESHOLD
from codesign.model import LaneKind, ModelError

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
ZOOM_STEP = 1.25
NUDGE, BIG_NUDGE = 10.0, 50.0
PASTE_OFFSET = 30.0


class JourneyView(QGraphicsView):
    zoom_changed = Signal(float)
    message = Signal(str)
    hypothesis_capture_requested = Signal(list, list)  # card ids, moment ids to link

    def __init__(self, editor: BoardEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journey_view")
        self.setAccessibleName(self.tr("Journey board"))
        self.editor = editor
        self.chosen_moment: str | None = None
        self.board = JourneyScene(editor)
        self.setScene(self.board)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # Every item sets the pen, brush and hints it needs, so Qt need not save and restore
        # the painter around each of thousands of cards.
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState
                                  | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._space_held = False
        self._pan_from: QPoint | None = None
        self.card_editor = CardEditor(self.viewport())
        self.card_editor.committed.connect(self._commit_card_text)
        self.card_editor.cancelled.connect(lambda: self.setFocus())
        self.board.edit_card_requested.connect(self.edit_card)
        self.board.rename_requested.connect(self.rename)
        self.board.label_arrow_requested.connect(self.label_arrow)
        self._paste_count = 0
        self._auto_fit = True  # keep the whole journey in view until the user zooms

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_to_content()
            self._auto_fit = True

    # -- zoom --------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zooms keeping the scene point under `anchor` (viewport coordinates) in place."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        before = self.viewportTransform().inverted()[0].map(anchor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setTransform(QTransform.fromScale(zoom, zoom))
        # Scroll (whole pixels) rather than translate: a fractional translation blurs the board at 100%.
        moved = self.viewportTransform().map(before) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(moved.x()))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(moved.y()))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._zoom_applied()

    def _zoom_applied(self) -> None:
        self.card_editor.commit()  # it sits over the card in viewport pixels: keep the text, not a stale box
        self._auto_fit = False
        self.board.set_detail(self.zoom >= DETAIL_THRESHOLD)
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP, self._cursor_anchor())

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP, self._cursor_anchor())

    def _cursor_anchor(self) -> QPointF | None:
        pos = self.viewport().mapFromGlobal(QCursor.pos())
        return QPointF(pos) if self.viewport().rect().contains(pos) else None

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit_to_content(self) -> None:
        rect = self.content_rect()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom > 1.0:
            self.set_zoom(1.0)
            self.centerOn(rect.center())
        self._zoom_applied()

    def content_rect(self) -> QRectF:
        rect = self.board.grid.boundingRect()
        for item in self.board.cards.values():
            rect = rect.united(item.scene_rect())
        return rect.adjusted(-20, -20, 20, 20)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom * ZOOM_STEP ** steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.NativeGesture:
            assert isinstance(event, QNativeGestureEvent)
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.set_zoom(self.zoom * (1 + event.value()), event.position())
                return True
        if event.type() == QEvent.Type.Gesture:
            assert isinstance(event, QGestureEvent)
            pinch: QGesture | None = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.set_zoom(self.zoom * pinch.scaleFactor(), QPointF(centre))
                return True
        return super().viewportEvent(event)

    # -- panning -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space_held and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        self.card_editor.commit()
        if event.button() == Qt.MouseButton.LeftButton:
            # A moment is "chosen" by clicking its header: Ctrl+H then links the new hypothesis to it.
            item = self.itemAt(event.position().toPoint())
            self.chosen_moment = item.item_id if isinstance(item, HeaderItem) and item.kind == "moment" else None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space_held else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._empty_at(event.position().toPoint()) and event.button() == Qt.MouseButton.LeftButton:
            point = self.mapToScene(event.position().toPoint())
            card_id = self.editor.add_card("note", "idea", (point.x(), point.y()))
            if card_id:
                self.select_cards([card_id])
                self.edit_card(card_id)
            return
        super().mouseDoubleClickEvent(event)

    def _empty_at(self, pos: QPoint) -> bool:
        """Only the grid, the emotion curve or nothing under `pos`: none of them takes clicks."""
        return all(item.acceptedMouseButtons() == Qt.MouseButton.NoButton for item in self.items(pos))

    # -- keyboard ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat() and self._pan_from is None:
            self._space_held = True
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and self.board.selected_card_ids():
            step = BIG_NUDGE if mods & Qt.KeyboardModifier.ShiftModifier else NUDGE
            dx, dy = arrows[key]
            self.nudge(dx * step, dy * step)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
            return
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            self.edit_selected()
            return
        if key == Qt.Key.Key_Escape:
            self.board.clearSelection()
            return
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier):
            # Handled here, so it works the same on every platform (accepted, Qt sends no second one).
            self.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(), QPoint()))
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        # Space may be let go elsewhere: the board must not stay in panning mode.
        if self._space_held and self._pan_from is None:
            self._space_held = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        """Tab and Shift+Tab choose the next or previous card in reading order (moment by moment,
        lane by lane); past the last card focus leaves the board as usual. Caught here because
        Qt moves focus on Tab before keyPressEvent sees it (focusNextPrevChild would also run when
        the card editor closes, and must not change the selection then)."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if self.step_card(1 if forward else -1):
                return True
        return super().event(event)

    def reading_order(self) -> list[str]:
        journey = self.editor.journey
        moments = {m.id: i for i, m in enumerate(journey.moments)}
        lanes = {lane.id: i for i, lane in enumerate(journey.lanes)}
        cards = [c for c in journey.cards if c.id in self.board.cards]
        cards.sort(key=lambda c: (moments.get(c.moment_id, len(moments)), lanes.get(c.lane_id, len(lanes)), c.y, c.x))
        return [c.id for c in cards]

    def step_card(self, step: int) -> bool:
        """Selects the card `step` places on from the selected one; False past either end."""
        order = self.reading_order()
        selected = self.board.selected_card_ids()
        if not order:
            return False
        if len(selected) == 1 and selected[0] in order:
            index = order.index(selected[0]) + step
        else:
            index = 0 if step > 0 else len(order) - 1
        if not 0 <= index < len(order):
            self.board.clearSelection()
            return False
        self.select_cards([order[index]])
        self.ensureVisible(self.board.cards[order[index]].sceneBoundingRect(), 40, 40)
        return True

    def nudge(self, dx: float, dy: float) -> None:
        items = [self.board.cards[i] for i in self.board.selected_card_ids()]
        moves = {i.card_id: (i.x() + dx, i.y() + dy) for i in items if not i.locked}
        if moves:
            self.editor.move_cards(moves, nudge=True)
            self.board.refresh_cards(list(moves))

    # -- selection and editing ---------------------------------------------------------------

    def select_cards(self, card_ids: list[str]) -> None:
        self.board.clearSelection()
        for card_id in card_ids:
            item = self.board.cards.get(card_id)
            if item is not None:
                item.setSelected(True)

    def select_all(self) -> None:
        for item in self.board.cards.values():
            item.setSelected(True)

    def edit_selected(self) -> None:
        ids = self.board.selected_card_ids()
        if ids:
            self.edit_card(ids[0])

    def edit_card(self, card_id: str) -> None:
        self.card_editor.commit()  # F2 again, or another card: keep what was typed
        item = self.board.cards.get(card_id)
        if item is None or item.locked:
            return
        self.ensureVisible(item.sceneBoundingRect(), 40, 40)
        where = self.mapFromScene(item.scene_rect()).boundingRect()
        self.card_editor.open(card_id, item.title, item.body, where)

    def _commit_card_text(self, card_id: str, title: str, body: str) -> None:
        item = self.board.cards.get(card_id)
        if item is not None and (item.title, item.body) != (title, body):
            self.editor.set_card_text(card_id, title, body)
        self.setFocus()

    def delete_selection(self) -> None:
        cards = [i for i in self.board.selectedItems() if isinstance(i, CardItem) and not i.locked]
        arrows = [i.connector_id for i in self.board.selectedItems() if isinstance(i, ConnectorItem)]
        if not (arrows or cards):
            return
        stack = self.editor.open_workshop.undo_stack
        stack.beginMacro(self.tr("Delete"))  # one key press, one undo step
        if arrows:
            self.editor.remove_connectors(arrows)
        if cards:
            self.editor.remove_cards([i.card_id for i in cards])
        stack.endMacro()

    def duplicate(self) -> None:
        self.card_editor.commit()  # Ctrl+D while typing duplicates the card as typed
        self._paste_text(self._copied_text(), PASTE_OFFSET, self.tr("Duplicate %n card(s)", "",
                                                                    len(self.board.selected_card_ids())))

    def toggle_lock(self) -> None:
        items = [self.board.cards[i] for i in self.board.selected_card_ids()]
        if items:
            self.set_selection_locked(not all(i.locked for i in items))

    def add_moment_at_end(self) -> None:
        self.add_column("moment", len(self.editor.journey.moments))

    def add_lane_at_end(self) -> None:
        self.add_column("lane", len(self.editor.journey.lanes))

    @property
    def journey(self):  # noqa: ANN201 - the model's Journey
        return self.editor.journey

    def set_selection_locked(self, locked: bool) -> None:
        self.card_editor.commit()  # text typed before Ctrl+L is kept, then the card locks
        ids = self.board.selected_card_ids()
        if ids:
            self.editor.set_locked("card", ids, locked)

    # -- clipboard ---------------------------------------------------------------------------

    def _copied_text(self) -> str:
        from codesign.storage.fragment import cards_fragment, dumps_fragment

        ids = set(self.board.selected_card_ids())
        journey = self.editor.journey
        return dumps_fragment(cards_fragment(journey, [c for c in journey.cards if c.id in ids])) if ids else ""

    def copy(self) -> bool:
        text = self._copied_text()
        if not text:
            return False
        data = QMimeData()
        data.setData(CARDS_MIME, text.encode("utf-8"))
        data.setText(text)
        QGuiApplication.clipboard().setMimeData(data)
        return True

    def cut(self) -> None:
        if self.copy():
            self.delete_selection()

    def paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        if data is None:
            return
        text = bytes(data.data(CARDS_MIME)).decode("utf-8", "replace") if data.hasFormat(CARDS_MIME) else data.text()
        self._paste_count += 1
        self._paste_text(text, PASTE_OFFSET * self._paste_count, self.tr("Paste"))

    def _paste_text(self, text: str, offset: float, undo_text: str) -> None:
        from codesign.storage.fragment import parse_fragment, paste_fragment

        if not text:
            return
        try:
            fragment = parse_fragment(text)
        except ModelError as exc:
            self.message.emit(error_text(exc))
            return
        ids = self.editor.insert_cards(lambda j: paste_fragment(j, fragment, offset), undo_text)
        self.select_cards(ids)

    # -- drops from the palette --------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(CARD_TYPE_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(CARD_TYPE_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        parsed = parse_card_type_payload(bytes(event.mimeData().data(CARD_TYPE_MIME)))
        if parsed is None:
            super().dropEvent(event)
            return
        point = self.mapToScene(event.position().toPoint())
        self.add_card_at(*parsed, point)
        event.acceptProposedAction()

    def add_card_at(self, kind: str, card_type: str, point: QPointF | None = None) -> str | None:
        """Adds a card at a scene point, or in the middle of what is visible."""
        if point is None:
            point = self.mapToScene(self.viewport().rect().center())
        card_id = self.editor.add_card(kind, card_type, (point.x(), point.y()))
        if card_id:
            self.select_cards([card_id])
            self.setFocus()
        return card_id

    # -- renaming ----------------------------------------------------------------------------

    def rename(self, kind: str, item_id: str) -> None:
        journey = self.editor.journey
        items = journey.moments if kind == "moment" else journey.lanes
        item = next((i for i in items if i.id == item_id), None)
        if item is None:
            return
        label = self.tr("Moment name:") if kind == "moment" else self.tr("Lane name:")
        title, ok = QInputDialog.getText(self, self.tr("Rename"), label, text=item.title)
        if ok and title != item.title:
            self.editor.set_field(kind, item_id, "title", title, self.tr("Rename"))

    def label_arrow(self, connector_id: str) -> None:
        arrow = self.board.arrows.get(connector_id)
        if arrow is None:
            return
        label, ok = QInputDialog.getText(self, self.tr("Arrow label"), self.tr("Label:"), text=arrow.label.text())
        if ok:
            self.editor.set_connector_label(connector_id, label)

    # -- context menus -----------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        pos = event.pos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            # The Menu key or Shift+F10: the menu of the chosen card, not of wherever the pointer is.
            selected = self.board.selected_card_ids()
            centre = (self.board.cards[selected[0]].sceneBoundingRect().center() if selected
                      else self.mapToScene(self.viewport().rect().center()))
            pos = self.mapFromScene(centre)
        point = self.mapToScene(pos)
        item = self.itemAt(pos)
        menu = QMenu(self)
        if isinstance(item, CardItem):
            if not item.isSelected():
                self.select_cards([item.card_id])
            self._card_menu(menu, item)
        elif isinstance(item, HeaderItem):
            self._header_menu(menu, item)
        else:
            journey = self.editor.journey
            add = menu.addMenu(self.tr("Add card here"))
            for kind, table in (("touchpoint", CHANNELS), ("note", NOTE_TYPES)):
                for card_type in table:
                    add.addAction(card_type_name(card_type),
                                  lambda k=kind, t=card_type: self.add_card_at(k, t, point))
                add.addSeparator()
            menu.addAction(self.tr("Paste"), self.paste)
            menu.addSeparator()
            menu.addAction(self.tr("Add moment"), lambda: self.add_column("moment", len(journey.moments)))
            menu.addAction(self.tr("Add lane"), lambda: self.add_column("lane", len(journey.lanes)))
            if not any(lane.kind == LaneKind.EMOTION for lane in journey.lanes):
                menu.addAction(self.tr("Add emotion lane"), self.add_emotion_lane)
        menu.exec(self.viewport().mapToGlobal(pos))

    def add_emotion_lane(self) -> None:
        """The row where the emotion curve is drawn, at the bottom, as in a customer journey map."""
        self.editor.add_lane(len(self.editor.journey.lanes), self.tr("Emotion"), LaneKind.EMOTION.value)

    def _card_menu(self, menu: QMenu, item: CardItem) -> None:
        menu.addAction(self.tr("Edit text"), lambda: self.edit_card(item.card_id)).setShortcut("F2")
        menu.addAction(self.tr("Duplicate"), self.duplicate)
        menu.addAction(self.tr("Copy"), self.copy)
        menu.addAction(self.tr("Cut"), self.cut)
        menu.addAction(self.tr("Bring to front"), lambda: self.editor.bring_to_front(self.board.selected_card_ids()))
        menu.addAction(self.tr("Capture hypothesis…"), lambda: self.hypothesis_capture_requested.emit(
            self.board.selected_card_ids(), [])).setShortcut("Ctrl+H")
        change = menu.addMenu(self.tr("Change type"))
        for kind, table in (("touchpoint", CHANNELS), ("note", NOTE_TYPES)):
            for card_type in table:
                change.addAction(card_type_name(card_type), lambda k=kind, t=card_type:
                                 self.editor.set_card_type(self.board.selected_card_ids(), k, t))
            change.addSeparator()
        menu.addAction(self.tr("Unlock") if item.locked else self.tr("Lock"),
                       lambda: self.set_selection_locked(not item.locked))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self.delete_selection)

    def hypothesis_links(self) -> tuple[list[str], list[str]]:
        """What a hypothesis captured now is about: the chosen cards, or else the chosen moment."""
        cards = self.board.selected_card_ids()
        if cards:
            return cards, []
        moments = {m.id for m in self.editor.journey.moments}
        return [], [self.chosen_moment] if self.chosen_moment in moments else []

    def _header_menu(self, menu: QMenu, header: HeaderItem) -> None:
        journey = self.editor.journey
        items = journey.moments if header.kind == "moment" else journey.lanes
        index = next((i for i, item in enumerate(items) if item.id == header.item_id), len(items))
        moment = header.kind == "moment"
        menu.addAction(self.tr("Rename…"), lambda: self.rename(header.kind, header.item_id))
        menu.addAction(self.tr("Add moment before") if moment else self.tr("Add lane above"),
                       lambda: self.add_column(header.kind, index))
        menu.addAction(self.tr("Add moment after") if moment else self.tr("Add lane below"),
                       lambda: self.add_column(header.kind, index + 1))
        menu.addAction(self.tr("Unlock") if header.locked else self.tr("Lock"),
                       lambda: self.editor.set_locked(header.kind, [header.item_id], not header.locked))
        if moment:
            menu.addAction(self.tr("Capture hypothesis for this moment…"),
                           lambda: self.hypothesis_capture_requested.emit([], [header.item_id])).setShortcut("Ctrl+H")
        menu.addSeparator()
        menu.addAction(self.tr("Delete moment…") if moment else self.tr("Delete lane…"),
                       lambda: self.delete_column(header.kind, header.item_id))

    def add_column(self, kind: str, index: int) -> None:
        label = self.tr("Name of the new moment:") if kind == "moment" else self.tr("Name of the new lane:")
        title, ok = QInputDialog.getText(self, self.tr("Add moment") if kind == "moment" else self.tr("Add lane"),
                                         label)
        if ok:
            if kind == "moment":
                self.editor.add_moment(index, title)
            else:
                self.editor.add_lane(index, title)

    def delete_column(self, kind: str, item_id: str) -> None:
        journey = self.editor.journey
        count = sum(1 for c in journey.cards if (c.moment_id if kind == "moment" else c.lane_id) == item_id)
        if count:
            text = (self.tr("Delete this moment and the %n card(s) in it?", "", count) if kind == "moment"
                    else self.tr("Delete this lane and the %n card(s) in it?", "", count))
            answer = QMessageBox.question(self, self.tr("Delete"), text + "\n" + self.tr("You can undo this."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.editor.remove_column(kind, item_id)

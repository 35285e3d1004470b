"""The status board: a column per step of a hypothesis's life, a card per hypothesis.

Cards are dragged by hand (press, move, release, all on the pressed list) rather than with
QDrag: a card only ever moves within this board, a refused drop needs no undo, and tests can
drive it with real mouse events.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGraphicsOpacityEffect, QHBoxLayout,
                               QLabel, QListWidget, QListWidgetItem, QMenu, QScrollArea, QVBoxLayout, QWidget)

from codesign.app.vocabulary import HYPOTHESIS_STATUSES, word
from codesign.app.theme import Theme, current_theme, follow_theme
from codesign.hypotheses.board_card import FACE_ROLE, ID_ROLE, CardDelegate, Face
from codesign.hypotheses.table_model import STATUSES, criticality_text, deadline_text, is_overdue, relevant
from codesign.model.hypothesis_rules import NEXT

# Narrower and statements wrap into towers: the board scrolls sideways instead. The let-go
# column is wider, for what was learned.
MIN_COLUMN, MIN_LET_GO = 150, 200


def message_style(kind: str, t: Theme) -> str:
    """The line above the columns: a quiet hint, a refusal, or news ("empty" looks like "info")."""
    if kind == "hint":
        return f"color: {t.muted}; padding: 6px 2px;"
    background, edge = (t.refused_background, t.refused_edge) if kind == "refused" else (t.info_background, t.focus)
    return f"color: {t.text}; background: {background}; border-left: 4px solid {edge}; padding: 6px 10px;"


class _CardList(QListWidget):
    """One column's cards; hands drags, Ctrl+arrows, Enter and the menu to the board."""

    def __init__(self, board: HypothesisBoard, status: str) -> None:
        super().__init__()
        self._board, self.status = board, status
        self._press: tuple[QPoint, str] | None = None
        self.dragging = False
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoScroll(False)

    def set_colours(self, theme: Theme) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(theme.hypothesis_column))
        self.setPalette(palette)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mousePressEvent(event)
        item = self.itemAt(event.position().toPoint())
        left = event.button() == Qt.MouseButton.LeftButton
        self._press = (event.position().toPoint(), item.data(ID_ROLE)) if item and left else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        start, hypothesis_id = self._press
        moved = (event.position().toPoint() - start).manhattanLength()
        if not self.dragging and moved >= QApplication.startDragDistance():
            self.dragging = True
            self._board.drag_started(self, hypothesis_id, start)
        if self.dragging:
            self._board.drag_moved(event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press = None
        if not self.dragging:
            super().mouseReleaseEvent(event)
            return
        self.dragging = False
        self.setState(QAbstractItemView.State.NoState)
        self._board.drag_ended(event.globalPosition().toPoint())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        item, key = self.currentItem(), event.key()
        if self.dragging and key == Qt.Key.Key_Escape:
            self.dragging, self._press = False, None
            self._board.drag_ended(None)
        elif item and event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self._board.step(item.data(ID_ROLE), 1 if key == Qt.Key.Key_Right else -1)
        elif item and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._board.open_requested.emit(item.data(ID_ROLE))
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        by_mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        item = self.itemAt(event.pos()) if by_mouse else self.currentItem()
        if item is not None:
            at = event.globalPos() if by_mouse else self.viewport().mapToGlobal(self.visualItemRect(item).center())
            self._board.show_move_menu(item.data(ID_ROLE), at)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.count() == 0:  # say what belongs here rather than show a blank
            painter = QPainter(self.viewport())
            painter.setPen(QColor(current_theme().muted))
            painter.drawText(self.viewport().rect().adjusted(12, 16, -12, -12),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self._board.empty_column_text(self.status))


class _Column(QFrame):
    def __init__(self, board: HypothesisBoard, status: str, title: str) -> None:
        super().__init__()
        self.status = status
        self.setObjectName("board_column")
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.cards = _CardList(board, status)
        self.drop_state: str | None = "unset"
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.cards, 1)
        follow_theme(self, self._restyle)

    def _restyle(self, theme: Theme) -> None:
        self.title.setStyleSheet(f"color: {theme.text}; font-weight: bold; font-size: 15px;")
        self.count.setStyleSheet(f"color: {theme.text}; font-size: 15px;")
        state, self.drop_state = self.drop_state, "unset"
        self.set_drop_state(None if state == "unset" else state)

    def set_drop_state(self, state: str | None) -> None:
        """None, "ok" or "refused": the frame says where a dragged card would land."""
        if state == self.drop_state:
            return
        self.drop_state = state
        t = current_theme()
        edge = {None: f"2px solid {t.hypothesis_column}", "ok": f"2px dashed {t.focus}",
                "refused": f"2px dashed {t.alert}"}[state]
        self.setStyleSheet(f"QFrame#board_column {{ background: {t.hypothesis_column}; border: {edge}; "
                           f"border-top: 5px solid {t.accents[self.status]}; border-radius: 4px; }}")
        self.cards.set_colours(t)  # after the style sheet, which puts back the palette it first found


class HypothesisBoard(QWidget):
    """Follows `changed`; moves go through `editor.set_status`, one undo step each."""

    open_requested = Signal(str)  # a hypothesis id

    def __init__(self, open_workshop, editor, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.open_workshop, self.editor = open_workshop, editor
        self._selected: str | None = None
        self._drag: tuple[str, QPoint] | None = None  # id, where the card was grabbed
        self.setAccessibleName(self.tr("Hypothesis board"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Board message"))
        self.columns = {s: _Column(self, s, self._title(s)) for s in STATUSES}
        strip = QWidget()
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        for status, column in self.columns.items():
            row.addWidget(column, 3 if status == "let_go" else 2)
            column.setMinimumWidth(MIN_LET_GO if status == "let_go" else MIN_COLUMN)
            column.cards.itemSelectionChanged.connect(partial(self._selection_changed, column.cards))
            column.cards.itemDoubleClicked.connect(lambda item: self.open_requested.emit(item.data(ID_ROLE)))
        scroll = QScrollArea()
        scroll.setWidget(strip)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self._ghost = QLabel(self)  # the card under the mouse while dragging
        self._ghost.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._ghost.setGraphicsEffect(QGraphicsOpacityEffect(self._ghost, opacity=0.85))
        self._ghost.hide()
        open_workshop.changed.connect(self._follow)
        self.refresh()
        follow_theme(self, self._restyle, now=False)  # refresh() just used the current theme

    def _restyle(self, _theme: Theme) -> None:
        """Faces hold their text colours and the message its style sheet: make them anew."""
        self.refresh()
        kind = self.message.property("kind")
        if kind is not None:
            self.message.setStyleSheet(message_style(kind, current_theme()))

    # Reading the board ------------------------------------------------------------------------

    def ids_in(self, status: str) -> list[str]:
        cards = self.columns[status].cards
        return [cards.item(i).data(ID_ROLE) for i in range(cards.count())]

    def item(self, hypothesis_id: str) -> QListWidgetItem | None:
        for column in self.columns.values():
            for i in range(column.cards.count()):
                if column.cards.item(i).data(ID_ROLE) == hypothesis_id:
                    return column.cards.item(i)
        return None

    def selected_id(self) -> str | None:
        return self._selected

    def select(self, hypothesis_id: str | None, focus: bool = False) -> None:
        self._selected = hypothesis_id
        item = self.item(hypothesis_id) if hypothesis_id else None
        for column in self.columns.values():
            if item is None or item.listWidget() is not column.cards:
                column.cards.clearSelection()
        if item is not None:
            cards = item.listWidget()
            cards.setCurrentItem(item)
            cards.scrollToItem(item)
            if focus:
                cards.setFocus()

    # Following the workshop ----------------------------------------------------------------------

    def _follow(self, changes: object) -> None:
        if relevant(changes):
            self.refresh()

    def refresh(self) -> None:
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        hypotheses = list(self.open_workshop.workshop.hypotheses)
        for status, column in self.columns.items():
            here = [h for h in hypotheses if h.status == status]
            column.cards.blockSignals(True)
            column.cards.clear()
            for h in here:
                item = QListWidgetItem(h.statement)
                face = self._face(h)
                item.setData(ID_ROLE, h.id)
                item.setData(FACE_ROLE, face)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, face.spoken)
                item.setToolTip(h.statement)
                column.cards.addItem(item)
            column.cards.blockSignals(False)
            column.count.setText(str(len(here)))
            spoken = self.tr("%n hypothesis(es)", "", len(here))
            column.count.setAccessibleName(spoken)
            column.cards.setAccessibleName(f"{self._title(status)}: {spoken}")
        self.select(self._selected if self.item(self._selected or "") else None, focus=had_focus)
        if self.message.property("kind") in (None, "hint", "empty") or not hypotheses:
            self._say("")

    def _face(self, h) -> Face:  # noqa: ANN001 - a Hypothesis, read now and not kept
        due, overdue = deadline_text(h.deadline), is_overdue(h.deadline, h.status)
        when = (self.tr("overdue since {date}") if overdue else self.tr("due {date}")).format(date=due) if due else ""
        first = " · ".join(t for t in (criticality_text(h.criticality), when) if t)
        owner = h.owner or self.tr("No owner yet")
        links = self.tr("%n linked card(s)", "", len(h.cards)) if h.cards else self.tr("no linked cards")
        t = current_theme()
        lines = [(first, t.alert if overdue else t.text)] if first else []
        lines.append((f"{owner} · {links}", t.text if h.owner else t.muted))
        learning = None
        if h.status == "let_go":
            learning = (h.learning, t.text) if h.learning.strip() else (self.tr("No learning written yet"), t.muted)
        spoken = ". ".join(t for t in (h.statement, first, self.tr("Owner: {owner}").format(owner=owner), links,
                                       learning[0] if learning else "") if t)
        return Face(h.statement, lines, learning, spoken)

    # Moving cards ---------------------------------------------------------------------------------

    def _find(self, hypothesis_id: str):  # noqa: ANN202 - a Hypothesis, looked up fresh
        return next((h for h in self.open_workshop.workshop.hypotheses if h.id == hypothesis_id), None)

    def move(self, hypothesis_id: str, status: str) -> bool:
        """Moves a card if its life cycle allows it; otherwise says why, in the board."""
        hypothesis = self._find(hypothesis_id)
        if hypothesis is None or hypothesis.status == status:
            return False
        if status not in NEXT.get(hypothesis.status, frozenset()):
            self._say(self.why_not(hypothesis.status, status), "refused")
            return False
        self._selected = hypothesis_id
        self._say("")
        moved = self.editor.set_status(hypothesis_id, status)
        if moved and status == "let_go" and not hypothesis.learning.strip():
            self._say(self.tr("Let go. Press Enter to open it and write down what you learned: that is "
                              "the result of this idea."), "info")
        return moved

    def step(self, hypothesis_id: str, direction: int) -> bool:
        """To the nearest column that way the card may go (Ctrl+Right from Validated is Adopted)."""
        hypothesis = self._find(hypothesis_id)
        if hypothesis is None:
            return False
        at = STATUSES.index(hypothesis.status)
        ahead = STATUSES[at + 1:] if direction > 0 else STATUSES[:at][::-1]
        allowed = next((s for s in ahead if s in NEXT[hypothesis.status]), None)
        if allowed is not None:
            return self.move(hypothesis_id, allowed)
        self._say(self.why_not(hypothesis.status, ahead[0]) if ahead else
                  self.tr("This is already the last column.") if direction > 0 else
                  self.tr("This is already the first column."), "refused")
        return False

    def why_not(self, old: str, new: str) -> str:
        if old == "let_go":
            return self.tr("Pick it up again as a new idea first: a hypothesis that was let go goes back to Idea.")
        if old == "adopted":
            return self.tr("An adopted hypothesis stays adopted until it is let go.")
        if new in ("validated", "invalidated") and old in ("validated", "invalidated"):
            return self.tr("Test it again first: move it back to Testing, then record the new result.")
        if new == "validated":
            return self.tr("Test it first: only a hypothesis in Testing can be validated.")
        if new == "invalidated":
            return self.tr("Test it first: only a hypothesis in Testing can be invalidated.")
        if new == "adopted":
            return self.tr("Only a validated hypothesis can be adopted.")
        steps = ", ".join(word(HYPOTHESIS_STATUSES, s) for s in STATUSES if s in NEXT.get(old, ()))
        return self.tr("One step at a time: from {old} it can go to {steps}.").format(
            old=word(HYPOTHESIS_STATUSES, old), steps=steps)

    def show_move_menu(self, hypothesis_id: str, at: QPoint) -> None:
        """Every column, the ones it may not go to greyed out: the keyboard way to any step."""
        hypothesis = self._find(hypothesis_id)
        if hypothesis is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setToolTipsVisible(True)
        for status in STATUSES:
            if status != hypothesis.status:
                action = menu.addAction(self.tr("Move to {status}").format(status=word(HYPOTHESIS_STATUSES, status)))
                allowed = status in NEXT[hypothesis.status]
                action.setEnabled(allowed)
                action.setToolTip("" if allowed else self.why_not(hypothesis.status, status))
                action.triggered.connect(partial(self.move, hypothesis_id, status))
        menu.addSeparator()
        menu.addAction(self.tr("Open")).triggered.connect(lambda: self.open_requested.emit(hypothesis_id))
        menu.popup(at)

    # Dragging (driven by _CardList) -------------------------------------------------------------

    def drag_started(self, source: _CardList, hypothesis_id: str, start: QPoint) -> None:
        item = self.item(hypothesis_id)
        if item is None:
            return
        rect = source.visualItemRect(item)
        self._ghost.setPixmap(source.viewport().grab(rect))
        self._ghost.adjustSize()
        self._drag = (hypothesis_id, start - rect.topLeft())
        self._ghost.show()
        self._ghost.raise_()
        QApplication.setOverrideCursor(Qt.CursorShape.ClosedHandCursor)
        self._say("")

    def drag_moved(self, at: QPoint) -> None:
        if self._drag is None:
            return
        hypothesis_id, grip = self._drag
        self._ghost.move(self.mapFromGlobal(at) - grip)
        hypothesis, target = self._find(hypothesis_id), self._column_at(at)
        old = hypothesis.status if hypothesis else ""
        refused = target is not None and target != old and target not in NEXT.get(old, ())
        for status, column in self.columns.items():
            column.set_drop_state(None if status != target or status == old else "refused" if refused else "ok")
        self._say(self.why_not(old, target) if refused else "", "refused")  # why, before the drop

    def drag_ended(self, at: QPoint | None) -> None:
        """Dropped at `at` (global), or cancelled with None; a refused card simply stays put."""
        if self._drag is None:
            return
        hypothesis_id = self._drag[0]
        self._drag = None
        self._ghost.hide()
        QApplication.restoreOverrideCursor()
        for column in self.columns.values():
            column.set_drop_state(None)
        target = self._column_at(at) if at is not None else None
        if target is not None:
            self.move(hypothesis_id, target)

    def _column_at(self, at: QPoint) -> str | None:
        for status, column in self.columns.items():
            if column.isVisible() and column.rect().contains(column.mapFromGlobal(at)):
                return status
        return None

    # Small helpers ------------------------------------------------------------------------------

    def _selection_changed(self, source: _CardList) -> None:
        items = source.selectedItems()
        if items:
            self._selected = items[0].data(ID_ROLE)
            for column in self.columns.values():
                if column.cards is not source:
                    column.cards.clearSelection()
        elif not any(c.cards.selectedItems() for c in self.columns.values()):
            self._selected = None

    def _title(self, status: str) -> str:
        return self.tr("Let go, and what we learned") if status == "let_go" else word(HYPOTHESIS_STATUSES, status)

    def empty_column_text(self, status: str) -> str:
        if status == "let_go":
            return self.tr("Ideas let go, and what they taught us, gather here.")
        return self.tr("Nothing here yet.")

    def _say(self, text: str, kind: str = "hint") -> None:
        """One line above the columns, always there so the columns never jump under a dragged card."""
        if not text and self.open_workshop.workshop.hypotheses:
            kind, text = "hint", self.tr("Drag a card to its next step, or select it and press Ctrl+Right or "
                                         "Ctrl+Left. Enter opens it.")
        elif not text:
            kind, text = "empty", self.tr("No hypotheses yet. Turn the cards with the most dots into ideas to "
                                          "test: each one starts here, in Idea.")
        if (text, kind) == (self.message.text(), self.message.property("kind")):
            return
        self.message.setText(text)
        self.message.setProperty("kind", kind)
        self.message.setStyleSheet(message_style(kind, current_theme()))

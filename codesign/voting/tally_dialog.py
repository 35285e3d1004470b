"""Paper tally: the facilitator types the sticker dots counted on a paper wall, per card and group.

Each committed cell is one undo step (VotingEditor.set_tally). The cells always show the file:
the dialog follows `changed`, so an undo anywhere puts the old numbers back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QAbstractSpinBox, QDialog, QDialogButtonBox, QHeaderView, QLabel,
    QLineEdit, QSpinBox, QStyledItemDelegate, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from codesign.app.theme import Theme, current_theme, follow_theme
from codesign.app.vocabulary import GROUPS, word
from codesign.model import vote_rules
from codesign.model.voting import MAX_DOTS, VotingRound
from codesign.voting.editor import VotingEditor

if TYPE_CHECKING:
    from codesign.app.open_workshop import OpenWorkshop

MAX_TALLY = MAX_DOTS * 100  # what vote_rules.set_tally accepts
MOMENT, CARD, FIRST_GROUP = 0, 1, 2
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVES = (*_ENTER, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_LAST = 1 << 30  # cards outside any moment or lane come after the placed ones


def muted() -> QColor:
    """Zero counts and repeated moment titles: quiet, still 4.5:1 in either theme."""
    return QColor(current_theme().muted)


def ordered_cards(voting_round: VotingRound) -> list:
    """The round's cards in journey order: moment, then lane, then top to bottom, left to right."""
    targets = vote_rules.target_card_ids(voting_round)
    journeys = [voting_round.journey] if voting_round.journey is not None else voting_round.workshop.journeys
    cards = []
    for j, journey in enumerate(journeys):
        moments = {m.id: i for i, m in enumerate(journey.moments)}
        lanes = {lane.id: i for i, lane in enumerate(journey.lanes)}
        cards += [((j, moments.get(c.moment_id, _LAST), lanes.get(c.lane_id, _LAST), c.y, c.x, c.z), c)
                  for c in journey.cards if c.id in targets]
    return [c for _key, c in sorted(cards, key=lambda pair: pair[0])]


class _CountDelegate(QStyledItemDelegate):
    """A digits-only editor; Enter and Tab commit and move on, like a spreadsheet."""

    typed = Signal(int, int, int)  # row, column, count: once the edit is committed
    move = Signal(object, bool)  # key, shift

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.editing: QPersistentModelIndex | None = None
        self.editor: QSpinBox | None = None

    def createEditor(self, parent: QWidget, _option: object, index: QModelIndex) -> QWidget:  # noqa: N802
        box = QSpinBox(parent)
        box.setRange(0, MAX_TALLY)  # its validator refuses letters, signs and bigger numbers
        box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        box.setFrame(False)
        box.setAccessibleName(index.data(Qt.ItemDataRole.AccessibleDescriptionRole) or "")
        self.editing, self.editor = QPersistentModelIndex(index), box
        return box

    def setEditorData(self, editor: QSpinBox, index: QModelIndex) -> None:  # noqa: N802
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
        editor.selectAll()  # the first digit typed replaces the old count

    def setModelData(self, editor: QSpinBox, _model: object, index: QModelIndex) -> None:  # noqa: N802
        editor.interpretText()
        self.editing = None  # so the refresh this commit causes may show the file's value here
        self.typed.emit(index.row(), index.column(), editor.value())

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        self.editing = self.editor = None
        super().destroyEditor(editor, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in _MOVES:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move.emit(event.key(), shift)
            return True
        return super().eventFilter(editor, event)


class TallyDialog(QDialog):
    """Not modal: show() it beside the board and keep it open while the wall is read out."""

    def __init__(self, open_workshop: OpenWorkshop, editor: VotingEditor, round_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tally_dialog")
        self.open_workshop = open_workshop
        self.editor = editor
        self.round_id = round_id
        self._shape: object = None
        self._groups: list[str] = []
        self.card_ids: list[str] = []  # the card of each row
        self._moment_ids: list[str | None] = []

        intro = QLabel(self.tr("Type the dots counted on the paper wall. "
                               "They count as votes of unnamed people of that group."))
        intro.setWordWrap(True)
        self.hint = QLabel(self.tr("Enter moves down, Tab moves right."))
        follow_theme(self.hint, lambda t: self.hint.setStyleSheet(f"color: {t.muted};"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a card…"))
        self.filter.setAccessibleName(self.tr("Find a card by its title"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._enter_table)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Paper dots per card and group"))
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setWordWrap(False)
        self.table.installEventFilter(self)
        self._delegate = _CountDelegate(self.table)
        self.table.setItemDelegate(self._delegate)  # only the count cells are editable
        self._delegate.typed.connect(self._commit)
        self._delegate.move.connect(self._move)
        self.no_match = QLabel(self.tr("No card title contains this text."))
        self.no_match.setVisible(False)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setAutoDefault(False)  # Enter belongs to the table, never closes the dialog
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (intro, self.hint, self.filter, self.no_match, self.table, self.empty, self.buttons):
            layout.addWidget(widget, 1 if widget in (self.table, self.empty) else 0)
        # A separate window, so Ctrl+Z here must reach the workshop's undo stack itself.
        for action, keys in ((open_workshop.undo_stack.createUndoAction(self), QKeySequence.StandardKey.Undo),
                             (open_workshop.undo_stack.createRedoAction(self), QKeySequence.StandardKey.Redo)):
            action.setShortcuts(keys)
            self.addAction(action)
        open_workshop.changed.connect(self.refresh)
        self.refresh()
        follow_theme(self, self._recolour)
        header = self.table.horizontalHeader()
        counts = sum(header.sectionSize(c) for c in range(FIRST_GROUP, self.table.columnCount()))
        self.resize(max(720, header.sectionSize(MOMENT) + counts + 420), 600)  # card titles unclipped
        self.table.setFocus()  # digits typed straight away go into the first cell

    def _round(self) -> VotingRound | None:
        return next((r for r in self.open_workshop.workshop.voting_rounds if r.id == self.round_id), None)

    def refresh(self, _changes: object = None) -> None:
        """Shows the file's counts; the cell being typed into keeps what is typed."""
        voting_round = self._round()
        cards = ordered_cards(voting_round) if voting_round is not None else []
        groups = voting_round.groups if voting_round is not None else []
        shape = ([(c.id, c.title, c.moment.title if c.moment else "") for c in cards], groups)
        if shape != self._shape:
            self._build(cards, groups)
            self._shape = shape
        if voting_round is None:
            self.setWindowTitle(self.tr("Paper tally"))
            self.empty.setText(self.tr("This voting round is no longer in the workshop."))
        else:
            self.setWindowTitle(voting_round.question or self.tr("Paper tally"))
            self.empty.setText(self.tr("This round has no cards to vote on, so there is nothing to count."))
        for widget in (self.hint, self.filter, self.table):
            widget.setVisible(bool(cards))
        self.empty.setVisible(not cards)
        if voting_round is None:
            return
        paper, totals = self._paper(voting_round), vote_rules.totals(voting_round)
        editing = self._delegate.editing
        for row, card_id in enumerate(self.card_ids):
            for offset, group in enumerate(self._groups):
                item = self.table.item(row, FIRST_GROUP + offset)
                count = paper.get((card_id, group), 0)
                if item.data(Qt.ItemDataRole.EditRole) != count and not (
                        editing is not None and editing.row() == row and editing.column() == item.column()):
                    item.setData(Qt.ItemDataRole.EditRole, count)
                    item.setForeground(muted() if count == 0 else self.palette().text())
            total = totals.get(card_id, {}).get("all", 0)
            item = self.table.item(row, FIRST_GROUP + len(self._groups))
            item.setData(Qt.ItemDataRole.DisplayRole, total)
            item.setForeground(muted() if total == 0 else self.palette().text())

    def _recolour(self, theme: Theme) -> None:
        """Counts keep their colour in the items: a new theme paints them all again."""
        quiet, text = QColor(theme.muted), QColor(theme.text)
        for row in range(self.table.rowCount()):
            for column in range(FIRST_GROUP, self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setForeground(quiet if not item.data(Qt.ItemDataRole.DisplayRole) else text)
        self._apply_filter()

    @staticmethod
    def _paper(voting_round: VotingRound) -> dict[tuple[str, str], int]:
        return {(v.card_id, v.group): v.dots for v in voting_round.votes if v.participant_id is None}

    def _build(self, cards: list, groups: list[str]) -> None:
        if self._delegate.editing is not None:  # the cell under the editor may be gone
            self._delegate.closeEditor.emit(self._delegate.editor,
                                            QAbstractItemDelegate.EndEditHint.RevertModelCache)
        self.table.clear()
        self._groups, self.card_ids = list(groups), [c.id for c in cards]
        self._moment_ids = [c.moment_id for c in cards]
        self.table.setColumnCount(FIRST_GROUP + len(groups) + 1)
        self.table.setRowCount(len(cards))
        names = [word(GROUPS, g) for g in groups]
        self.table.setHorizontalHeaderLabels([self.tr("Moment"), self.tr("Card"), *names, self.tr("All dots")])
        total_header = self.table.horizontalHeaderItem(FIRST_GROUP + len(groups))
        total_header.setToolTip(self.tr("Paper and on-screen dots together"))
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, card in enumerate(cards):
            title = card.title or self.tr("Untitled card")
            moment = card.moment.title if card.moment else "—"
            for column, text in ((MOMENT, moment), (CARD, title)):
                item = QTableWidgetItem(text)
                item.setFlags(fixed)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            for offset, name in enumerate(names):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.EditRole, 0)
                item.setForeground(muted())
                item.setTextAlignment(right)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                             self.tr("Paper dots of {group} on “{card}”").format(group=name, card=title))
                self.table.setItem(row, FIRST_GROUP + offset, item)
            total = QTableWidgetItem()
            total.setFlags(fixed)
            total.setTextAlignment(right)
            self.table.setItem(row, FIRST_GROUP + len(groups), total)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CARD, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(MOMENT)  # once: filtering must not make columns jump
        wide = self.fontMetrics().horizontalAdvance(" 9900 ") + 24  # room for the largest count
        for column in range(FIRST_GROUP, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(wide, header.sectionSizeHint(column)))
        if cards:
            self.table.setCurrentCell(0, FIRST_GROUP)
        self._apply_filter()

    def _commit(self, row: int, column: int, count: int) -> None:
        voting_round = self._round()
        group = self._groups[column - FIRST_GROUP]
        card_id = self.card_ids[row]
        if voting_round is not None and self._paper(voting_round).get((card_id, group), 0) != count:
            self.editor.set_tally(self.round_id, card_id, group, count)
        self.refresh()  # a refused edit changes nothing in the file: show its value again

    def _visible_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def _move(self, key: Qt.Key, shift: bool) -> None:
        rows = self._visible_rows()
        if not rows:
            return
        current = self.table.currentIndex()
        at = rows.index(current.row()) if current.row() in rows else 0
        first, last = FIRST_GROUP, FIRST_GROUP + len(self._groups) - 1
        column = min(max(current.column(), first), last)
        if key in _ENTER:
            at = max(0, at - 1) if shift else min(len(rows) - 1, at + 1)
        elif key == Qt.Key.Key_Backtab or shift:
            column, at = (column - 1, at) if column > first else (last, max(0, at - 1))
        else:
            column, at = (column + 1, at) if column < last else (first, min(len(rows) - 1, at + 1))
        self.table.setCurrentCell(rows[at], column)

    def _enter_table(self) -> None:
        rows = self._visible_rows()
        if rows:
            self.table.setCurrentCell(rows[0], FIRST_GROUP)
            self.table.setFocus()

    def _apply_filter(self) -> None:
        needle = self.filter.text().strip().casefold()
        previous: object = self  # no moment
        for row in range(self.table.rowCount()):
            hidden = needle not in self.table.item(row, CARD).text().casefold()
            self.table.setRowHidden(row, hidden)
            if not hidden:  # the wall reads by moment: a repeated moment title stays quiet
                repeat = self._moment_ids[row] == previous
                self.table.item(row, MOMENT).setForeground(muted() if repeat else self.palette().text())
                previous = self._moment_ids[row]
        rows = self._visible_rows()
        self.no_match.setVisible(bool(self.card_ids) and not rows)
        if rows and self.table.currentRow() not in rows:
            self.table.setCurrentCell(rows[0], max(self.table.currentColumn(), FIRST_GROUP))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress and self._groups \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Enter and Tab on the table (not typing) move like they do while typing.
            if event.key() in _MOVES:
                self._move(event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
                return True
            # A digit typed on a card's title goes into the row's first count.
            if event.text().isdigit() and 0 <= self.table.currentColumn() < FIRST_GROUP:
                self.table.setCurrentCell(self.table.currentRow(), FIRST_GROUP)
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        editor = self._delegate.editor
        if editor is not None:  # closing with a number still being typed keeps it
            self._delegate.commitData.emit(editor)
            self._delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        super().done(result)

"""The two tables of the results view: cards ranked by dots, and where customers and staff
disagree. Read-only, large type, numbers right-aligned; ties and who cares more said in words."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from codesign.model.results import CUSTOMER, STAFF, RoundResults

BASE_PX = 16
RANK, TITLE, MOMENT, ALL, CUSTOMERS, STAFF_COL, OTHERS = range(7)
NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MOMENT_MAX = 240  # a long moment title wraps rather than squeezing the card titles


def font(pixels: int, bold: bool = False) -> QFont:
    result = QFont()
    result.setPixelSize(pixels)
    result.setBold(bold)
    return result


class _ResultTable(QTableWidget):
    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        # Set, not inherited: a header made before its table has a parent keeps the app's font.
        self.setFont(font(BASE_PX))
        self.horizontalHeader().setFont(font(BASE_PX - 1, True))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setMinimumSectionSize(BASE_PX * 2 + 4)  # room to read from afar
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _put(self, row: int, cells: list[QTableWidgetItem], numbers: tuple[int, ...],
             item_font: QFont | None = None) -> None:
        for column, item in enumerate(cells):
            if column in numbers:
                item.setTextAlignment(NUMBER)
            if item_font is not None:
                item.setFont(item_font)
            self.setItem(row, column, item)


class RankedTable(_ResultTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Rank"), self.tr("Card"), self.tr("Moment"), self.tr("All dots"),
                          self.tr("Customers"), self.tr("Staff"), self.tr("Others")], parent)
        self.setAccessibleName(self.tr("Cards ranked by dots"))
        self.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(MOMENT, QHeaderView.ResizeMode.Interactive)

    def show_results(self, results: RoundResults) -> int:
        """Lists the cards with dots; returns how many were left out for having none."""
        voted = [c for c in results.cards if c.total]
        moments = {m[0]: m[1] for m in results.moments}
        ties: dict[int, int] = {}
        for card in voted:
            ties[card.rank] = ties.get(card.rank, 0) + 1
        others = [c.total - c.by_group.get(CUSTOMER, 0) - c.by_group.get(STAFF, 0) for c in voted]
        self.setColumnHidden(OTHERS, not any(others))  # facilitators' and observers' dots, if any
        self.setRowCount(len(voted))
        bold = font(BASE_PX, True)
        for row, (card, other) in enumerate(zip(voted, others)):
            rank = QTableWidgetItem(str(card.rank))
            if ties[card.rank] > 1:  # "2=" as sports tables write it; the tooltip says it in words
                words = self.tr("Tied for place {rank} with %n other card(s)", "", ties[card.rank] - 1)
                rank.setText(self.tr("{rank}=").format(rank=card.rank))
                rank.setToolTip(words.format(rank=card.rank))
                rank.setData(Qt.ItemDataRole.AccessibleTextRole, words.format(rank=card.rank))
            title = QTableWidgetItem(card.title)
            title.setData(Qt.ItemDataRole.UserRole, card.card_id)
            cells = [rank, title, QTableWidgetItem(moments.get(card.moment_id, "—")),
                     *(QTableWidgetItem(str(n)) for n in (card.total, card.by_group.get(CUSTOMER, 0),
                                                           card.by_group.get(STAFF, 0), other))]
            # The top of the list in bold, to read from the back of the room.
            self._put(row, cells, (RANK, ALL, CUSTOMERS, STAFF_COL, OTHERS), bold if card.rank <= 3 else None)
        self.resizeColumnToContents(MOMENT)
        self.setColumnWidth(MOMENT, min(self.columnWidth(MOMENT), MOMENT_MAX))
        return len(results.cards) - len(voted)


class DisagreementTable(_ResultTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Card"), self.tr("Customers"), self.tr("Staff"), self.tr("Who cares more")],
                         parent)
        self.setAccessibleName(self.tr("Where customers and staff disagree"))
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # As tall as its (at most five) rows: no scroll bar, no empty space below.
        self.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def show_results(self, results: RoundResults) -> None:
        rows = results.disagreements
        self.setRowCount(len(rows))
        locale = QLocale()
        for row, (card_id, customer_share, staff_share, _gap) in enumerate(rows):
            card = results.card(card_id)
            who = self.tr("Customers care more") if customer_share > staff_share else self.tr("Staff care more")
            shares = (self.tr("{percent}%").format(percent=locale.toString(round(share * 100)))
                      for share in (customer_share, staff_share))
            self._put(row, [QTableWidgetItem(card.title if card else ""), *map(QTableWidgetItem, shares),
                            QTableWidgetItem(who)], (1, 2))

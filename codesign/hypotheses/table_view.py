"""All hypotheses in a sortable table, with filters above it for a long list after a workshop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from codesign.app.vocabulary import HYPOTHESIS_STATUSES, word
from codesign.hypotheses.table_model import (ID_ROLE, STATEMENT, STATUS, STATUSES, HypothesisFilter,
                                             HypothesisTableModel, criticality_text, relevant)

ALL = None  # a combo entry that filters nothing
NO_OWNER = ""


class HypothesisTable(QWidget):
    open_requested = Signal(str)  # a hypothesis id

    def __init__(self, open_workshop, parent: QWidget | None = None) -> None:  # noqa: ANN001 - OpenWorkshop
        super().__init__(parent)
        self.open_workshop = open_workshop
        self.setAccessibleName(self.tr("Hypotheses table"))
        self.model = HypothesisTableModel(open_workshop, self)
        self.proxy = HypothesisFilter(self)
        self.proxy.setSourceModel(self.model)
        self.status = self._combo(self.tr("Status"))
        self.status.addItem(self.tr("All statuses"), ALL)
        for status in STATUSES:
            self.status.addItem(word(HYPOTHESIS_STATUSES, status), status)
        self.owner = self._combo(self.tr("Owner"))
        self.moment = self._combo(self.tr("Moment"))
        self.criticality = self._combo(self.tr("Criticality"))
        self.criticality.addItem(self.tr("Any criticality"), ALL)
        self.criticality.addItem(self.tr("{marks} or higher").format(marks=criticality_text(2)), 2)
        self.criticality.addItem(self.tr("{marks} only").format(marks=criticality_text(3)), 3)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search statements"))
        self.search.setAccessibleName(self.tr("Search statements"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.owner.currentIndexChanged.connect(lambda: self.proxy.set_owner(self.owner.currentData()))
        self.moment.currentIndexChanged.connect(lambda: self.proxy.set_moment(self.moment.currentData()))
        self.criticality.currentIndexChanged.connect(
            lambda: self.proxy.set_min_criticality(self.criticality.currentData()))
        self.clear = QPushButton(self.tr("Show all"))
        self.clear.setToolTip(self.tr("Clear every filter"))
        self.clear.clicked.connect(self.clear_filters)
        self.table = self._table()
        self.shown = QLabel()
        self.shown.setAccessibleName(self.tr("How many hypotheses are shown"))
        filters = QGridLayout()
        for column, (label, widget) in enumerate(((self.tr("&Status"), self.status), (self.tr("&Owner"), self.owner),
                                                  (self.tr("&Moment"), self.moment),
                                                  (self.tr("C&riticality"), self.criticality),
                                                  (self.tr("S&earch"), self.search))):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption, 0, column)
            filters.addWidget(widget, 1, column)
        filters.addWidget(self.clear, 1, 5)
        filters.setColumnStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.shown)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._count)
        for combo in (self.status, self.owner, self.moment, self.criticality):
            combo.currentIndexChanged.connect(self._count)  # after the filter itself has changed
        self.search.textChanged.connect(self._count)
        open_workshop.changed.connect(self._follow)
        self._fill_choices()
        self._count()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Hypotheses"))
        table.setSortingEnabled(True)
        table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setMinimumSectionSize(table.fontMetrics().height() + 12)  # air between rows
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATEMENT, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicatorShown(True)
        table.doubleClicked.connect(self._open)
        table.installEventFilter(self)
        return table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentIndex().isValid():
            self._open(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _open(self, index: QModelIndex) -> None:
        hypothesis_id = index.siblingAtColumn(STATEMENT).data(ID_ROLE)
        if hypothesis_id:
            self.open_requested.emit(hypothesis_id)

    def _status_chosen(self) -> None:
        status = self.status.currentData()
        self.proxy.set_statuses(None if status is ALL else {status})

    def _follow(self, changes: object) -> None:
        if relevant(changes):
            self._fill_choices()

    def _fill_choices(self) -> None:
        """Owners present and every moment, keeping what was chosen if it is still there."""
        workshop = self.open_workshop.workshop
        owners: dict[str, str] = {}
        for h in workshop.hypotheses:
            owners.setdefault(h.owner.strip().casefold(), h.owner.strip())
        choices = [(self.tr("All owners"), ALL)]
        choices += [(name, name) for key, name in sorted(owners.items()) if key]
        if NO_OWNER in owners:
            choices.append((self.tr("No owner yet"), NO_OWNER))
        self._refill(self.owner, choices)
        several = len(workshop.journeys) > 1
        moments = [(self.tr("{journey}: {moment}").format(journey=j.title, moment=m.title) if several else m.title,
                    m.id) for j in workshop.journeys for m in j.moments]
        self._refill(self.moment, [(self.tr("All moments"), ALL), *moments])

    @staticmethod
    def _refill(combo: QComboBox, choices: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in choices:
            combo.addItem(text, data)
        at = combo.findData(chosen) if chosen is not ALL else 0
        combo.setCurrentIndex(max(at, 0))
        combo.blockSignals(False)
        if at < 0:  # the chosen owner or moment is gone: stop filtering on it
            combo.currentIndexChanged.emit(0)

    def clear_filters(self) -> None:
        for combo in (self.status, self.owner, self.moment, self.criticality):
            combo.setCurrentIndex(0)
        self.search.clear()

    def _count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            text = self.tr("No hypotheses yet. Capture one from a card on the board with the most dots.")
        elif shown == total:
            text = self.tr("%n hypothesis(es)", "", total)
        else:
            text = self.tr("{shown} of %n hypothesis(es) shown. “Show all” clears the filters.", "", total).format(
                shown=shown)
        self.shown.setText(text)
        filtered = bool(self.search.text()) or any(
            c.currentIndex() > 0 for c in (self.status, self.owner, self.moment, self.criticality))
        self.clear.setEnabled(filtered)

    def id_at(self, row: int) -> str:
        """The hypothesis on a visible row (after filtering and sorting)."""
        return self.proxy.index(row, STATEMENT).data(ID_ROLE)


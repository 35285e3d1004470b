"""The hypotheses as a table, and the filter in front of it.

Rows hold plain values copied from the model on each change (a workshop has tens of
hypotheses, so rebuilding is cheap), never model objects: a reload replaces those.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex,
                            QPersistentModelIndex, QSortFilterProxyModel, Qt)
from PySide6.QtGui import QColor

from codesign.app.theme import current_theme
from codesign.app.vocabulary import DECISIONS, HYPOTHESIS_STATUSES, word
from codesign.model import Card, Hypothesis, Moment, StatusChange, Workshop
from codesign.storage import Changes

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUSES = tuple(HYPOTHESIS_STATUSES)  # life-cycle order
STATEMENT, STATUS, OWNER, DEADLINE, CRITICALITY, MOMENTS, CARDS, DECISION = range(8)
OPEN_STATUSES = frozenset({"idea", "planned", "testing"})  # a deadline past these is overdue
NO_DEADLINE = "9999-12-31"  # sorts after every real date
Index = QModelIndex | QPersistentModelIndex



def criticality_text(value: int | None) -> str:
    """"!!! High": marks to scan, a word to read (and to hear from a screen reader)."""
    words = {1: QCoreApplication.translate("Hypotheses", "! Low"), 2: QCoreApplication.translate("Hypotheses", "!! Medium"), 3: QCoreApplication.translate("Hypotheses", "!!! High")}
    return words.get(value or 0, "")


def deadline_text(iso: str | None) -> str:
    if not iso:
        return ""
    # Month as a word, as in the capture form: "3 Apr" cannot be misread the way 3/4 can.
    return QLocale().toString(QDate.fromString(iso, Qt.DateFormat.ISODate), "d MMM yyyy")


def is_overdue(iso: str | None, status: str) -> bool:
    return bool(iso) and status in OPEN_STATUSES and iso < date.today().isoformat()


def relevant(changes: Changes) -> bool:
    """Whether a commit touched what hypothesis views show (links go when a card or moment goes)."""
    if changes.reset:
        return True
    things = (*changes.added, *changes.updated, *changes.removed)
    return any(isinstance(o, (Hypothesis, StatusChange)) for o in things) \
        or any(isinstance(o, (Card, Moment)) for o in (*changes.added, *changes.removed)) \
        or any(isinstance(o, Moment) and "title" in names for o, names in changes.updated.items())


def linked_moments(hypothesis: Hypothesis) -> list:
    """Moments linked directly and those of linked cards, each once, in journey order."""
    found = {m.id: m for m in hypothesis.moments}
    found.update({c.moment.id: c.moment for c in hypothesis.cards if c.moment is not None})
    return sorted(found.values(), key=lambda m: (m.journey.position, m.position))


@dataclass(frozen=True)
class Row:
    id: str
    statement: str
    status: str
    owner: str
    deadline: str | None
    criticality: int | None
    moment_ids: frozenset[str]
    moments: str
    cards: int
    decision: str | None

    @classmethod
    def of(cls, h: Hypothesis) -> Row:
        moments = linked_moments(h)
        return cls(h.id, h.statement, h.status, h.owner, h.deadline, h.criticality,
                   frozenset(m.id for m in moments), ", ".join(m.title for m in moments),
                   len(h.cards), h.decision)


def rows_of(workshop: Workshop) -> list[Row]:
    return [Row.of(h) for h in workshop.hypotheses]


class HypothesisTableModel(QAbstractTableModel):
    """Read-only: edits go through HypothesisEditor; this follows `changed`."""

    def __init__(self, open_workshop, parent=None) -> None:  # noqa: ANN001 - OpenWorkshop, QObject
        super().__init__(parent)
        self.open_workshop = open_workshop
        self._rows: list[Row] = rows_of(open_workshop.workshop)
        open_workshop.changed.connect(self._follow)

    def _follow(self, changes: Changes) -> None:
        if relevant(changes):
            self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = rows_of(self.open_workshop.workshop)
        self.endResetModel()

    def row(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section == CARDS:  # over its numbers
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Statement"), self.tr("Status"), self.tr("Owner"), self.tr("Deadline"),
                self.tr("Criticality"), self.tr("Moments"), self.tr("Cards"), self.tr("Decision"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == STATEMENT:
            return row.statement
        if role == Qt.ItemDataRole.ForegroundRole and column == DEADLINE and is_overdue(row.deadline, row.status):
            return QColor(current_theme().alert)  # 4.5:1 or more on base and alternate rows
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CARDS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _display(self, row: Row, column: int) -> str:
        if column == DEADLINE and is_overdue(row.deadline, row.status):
            return self.tr("{date} (overdue)").format(date=deadline_text(row.deadline))
        return (row.statement, word(HYPOTHESIS_STATUSES, row.status), row.owner, deadline_text(row.deadline),
                criticality_text(row.criticality), row.moments, str(row.cards),
                word(DECISIONS, row.decision))[column]

    @staticmethod
    def _sort_key(row: Row, column: int) -> object:
        if column == STATUS:
            return STATUSES.index(row.status) if row.status in STATUSES else len(STATUSES)
        if column == DEADLINE:
            return row.deadline or NO_DEADLINE  # ISO dates sort as dates
        if column == CRITICALITY:
            return row.criticality or 0
        if column == CARDS:
            return row.cards
        text = (row.statement, "", row.owner, "", "", row.moments, "", word(DECISIONS, row.decision))[column]
        return text.casefold()


class HypothesisFilter(QSortFilterProxyModel):
    """All set filters must match. None (or "") means no filter on that field."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001 - QObject
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._statuses: frozenset[str] | None = None
        self._owner: str | None = None
        self._moment: str | None = None
        self._min_criticality: int | None = None
        self._text = ""

    def _change(self, name: str, value: object) -> None:
        if getattr(self, name) == value:
            return
        if hasattr(self, "endFilterChange"):  # Qt 6.10 on; invalidateFilter is deprecated there
            self.beginFilterChange()
            setattr(self, name, value)
            self.endFilterChange()
        else:
            setattr(self, name, value)
            self.invalidateFilter()

    def set_statuses(self, statuses: set[str] | frozenset[str] | None) -> None:
        self._change("_statuses", None if statuses is None else frozenset(statuses))

    def set_owner(self, owner: str | None) -> None:
        """Exact owner, ignoring case (the owner combo offers whole names); "" is "no owner"."""
        self._change("_owner", None if owner is None else owner.strip().casefold())

    def set_moment(self, moment_id: str | None) -> None:
        """Linked to the moment directly or through a card placed in it."""
        self._change("_moment", moment_id)

    def set_min_criticality(self, value: int | None) -> None:
        self._change("_min_criticality", value)

    def set_text(self, text: str) -> None:
        """Statements that contain `text`, ignoring case."""
        self._change("_text", text.strip().casefold())

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt override
        row = self.sourceModel().row(source_row)
        return ((self._statuses is None or row.status in self._statuses)
                and (self._owner is None or row.owner.strip().casefold() == self._owner)
                and (self._moment is None or self._moment in row.moment_ids)
                and (self._min_criticality is None or (row.criticality or 0) >= self._min_criticality)
                and self._text in row.statement.casefold())

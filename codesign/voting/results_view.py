"""The results of dot voting, readable on a projector: cards ranked by dots with customers and
staff side by side, where the two groups disagree, and which moment hurts most.

It keeps only round ids, never model objects (they are replaced after a reload), and counts
again after each commit that touches votes, rounds, cards or moments.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout, QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QStackedWidget,
    QVBoxLayout, QWidget,
)

from codesign.app.open_workshop import OpenWorkshop
from codesign.app.theme import follow_theme
from codesign.model import Card, Moment, Vote, VotingRound, vote_rules
from codesign.model.enums import RoundStatus
from codesign.model.results import CUSTOMER, STAFF, RoundResults, combined_results, round_results
from codesign.storage import Changes
from codesign.voting.moment_bars import MomentBars
from codesign.voting.results_tables import BASE_PX, TITLE, DisagreementTable, RankedTable, font

HEADING_PX, NOTICE_PX = 20, 22
WIDE = 1300  # from this width the sections sit side by side, below it the ranked list spans the top
WATCHED = (Vote, VotingRound, Card, Moment)
EMPTY, HIDDEN, RESULTS = range(3)  # pages of the stack


def muted(label: QLabel) -> QLabel:
    """Quiet secondary text, at 4.5:1 or more on the window in either theme; follows the theme."""
    follow_theme(label, lambda t: label.setStyleSheet(f"color: {t.muted}; font-size: {BASE_PX - 1}px;"))
    return label


def counts_hidden(voting_round: VotingRound) -> bool:
    """Counts stay off screen while a hide-until-reveal round is open and not yet revealed."""
    return not vote_rules.counts_visible(voting_round)


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(font(HEADING_PX, True))
    return label


class ResultsView(QWidget):
    reveal_requested = Signal(str)  # round id
    hypothesis_requested = Signal(str)  # card id: turn this result into a hypothesis

    def __init__(self, open_workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results_view")
        self.setFont(font(BASE_PX))
        self.open_workshop = open_workshop
        self._round_id: str | None = None
        self._chosen = False  # until someone picks a round, follow the open (or newest) one
        self._dirty = True
        self._laid_out = False
        self.results: RoundResults | None = None  # what is shown; None on the empty and hidden pages

        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Voting round to show"))
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.activated.connect(self._picked)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Dots placed"))
        self.choice_label = QLabel(self.tr("Results of"))
        self.choice_label.setBuddy(self.choice)
        top = QHBoxLayout()
        top.addWidget(self.choice_label)
        top.addWidget(self.choice)
        top.addStretch(1)
        top.addWidget(self.summary)

        self.empty = QLabel()
        self.empty.setObjectName("results_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setFont(font(NOTICE_PX))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._hidden_page())
        self.stack.addWidget(self._results_page())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        open_workshop.changed.connect(self._follow)

    # -- building --------------------------------------------------------------------------

    def _hidden_page(self) -> QWidget:
        page = QWidget()
        self.hidden_notice = QLabel(self.tr("Counts are hidden until you reveal them"))
        self.hidden_notice.setFont(font(NOTICE_PX, True))
        self.hidden_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_notice.setWordWrap(True)
        self.reveal_button = QPushButton(self.tr("Reveal the counts"))
        self.reveal_button.setFont(font(HEADING_PX))
        self.reveal_button.setMinimumHeight(HEADING_PX * 2 + 8)
        self.reveal_button.setAccessibleName(self.tr("Reveal the counts"))
        self.reveal_button.clicked.connect(lambda: self._round_id and self.reveal_requested.emit(self._round_id))
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.hidden_notice)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _results_page(self) -> QWidget:
        self.table = RankedTable()
        self.unlisted = QLabel()
        muted(self.unlisted)
        self.disagreements = DisagreementTable()
        self.no_disagreement = QLabel()
        self.no_disagreement.setWordWrap(True)
        self.hurts_most = QLabel()
        self.hurts_most.setWordWrap(True)
        self.hurts_most.setAccessibleName(self.tr("Moment that hurts most"))
        self.moments = MomentBars()

        ranked = QWidget()
        column = QVBoxLayout(ranked)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Cards by dots")))
        column.addWidget(self.table, 1)
        self.turn_button = QPushButton(self.tr("Turn into hypothesis…"))
        self.turn_button.setAccessibleName(self.tr("Turn the chosen card into a hypothesis"))
        self.turn_button.setToolTip(self.tr("Starts a hypothesis from the card chosen in the list (the top one "
                                            "if none is chosen), linked to it"))
        self.turn_button.clicked.connect(self.turn_into_hypothesis)
        self.table.itemActivated.connect(lambda _item: self.turn_into_hypothesis())
        row = QHBoxLayout()
        row.addWidget(self.unlisted, 1)
        row.addWidget(self.turn_button)
        column.addLayout(row)
        share = QLabel(self.tr("Share of each group’s dots that went to the card"))
        muted(share)
        share.setWordWrap(True)
        disagree = self._section(heading(self.tr("Where customers and staff disagree")), share,
                                 self.disagreements, self.no_disagreement)
        hurts = self._section(heading(self.tr("Which moment hurts most")), self.hurts_most, self.moments)
        sections = QWidget()
        self.sections = QBoxLayout(QBoxLayout.Direction.TopToBottom, sections)
        self.sections.setContentsMargins(0, 0, 0, 0)
        self.sections.setSpacing(24)
        self.sections.addWidget(disagree)
        self.sections.addWidget(hurts)
        self.sections.addStretch(1)
        scroll = QScrollArea()  # on a small window the sections scroll rather than clip
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(sections)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(ranked)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        return self.splitter

    def chosen_card_id(self) -> str | None:
        """The card chosen in the ranked list, or the top-ranked one."""
        row = self.table.currentRow() if self.table.currentRow() >= 0 else 0
        item = self.table.item(row, TITLE) if self.table.rowCount() else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def turn_into_hypothesis(self) -> None:
        card_id = self.chosen_card_id()
        if card_id is not None:
            self.hypothesis_requested.emit(card_id)

    @staticmethod
    def _section(*widgets: QWidget) -> QWidget:
        section = QWidget()
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            column.addWidget(widget)
        column.addStretch(1)
        return section

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE
        if wide != (self.splitter.orientation() == Qt.Orientation.Horizontal) or not self._laid_out:
            self._laid_out = True
            # Wide: ranked list left, the other two stacked right. Narrow: the list spans the
            # top (card titles need the width), the other two side by side below.
            self.splitter.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
            self.sections.setDirection(QBoxLayout.Direction.TopToBottom if wide
                                       else QBoxLayout.Direction.LeftToRight)
            length = event.size().width() if wide else event.size().height()
            self.splitter.setSizes([round(length * 0.58), round(length * 0.42)] if wide
                                   else [round(length * 0.5), round(length * 0.5)])

    # -- choosing a round ------------------------------------------------------------------

    @property
    def round_id(self) -> str | None:
        """The round shown; None for all rounds combined."""
        return self._round_id

    def show_round(self, round_id: str | None) -> None:
        self._chosen = True
        self._round_id = round_id
        self.refresh()

    def _picked(self, index: int) -> None:
        self.show_round(self.choice.itemData(index) or None)

    def _fill_choice(self, rounds: list[VotingRound]) -> None:
        untitled = self.tr("(no question)")
        wanted = [(self.tr("Round {number}: {question}").format(number=n, question=r.question or untitled), r.id)
                  for n, r in enumerate(rounds, start=1)]
        wanted.append((self.tr("All rounds combined"), ""))
        current = [(self.choice.itemText(i), self.choice.itemData(i)) for i in range(self.choice.count())]
        if current != wanted:
            self.choice.blockSignals(True)
            self.choice.clear()
            for text, data in wanted:
                self.choice.addItem(text, data)
            self.choice.blockSignals(False)
        self.choice.setCurrentIndex(self.choice.findData(self._round_id or ""))
        self.choice.setVisible(bool(rounds))  # nothing to choose from yet
        self.choice_label.setVisible(bool(rounds))

    # -- following the model ---------------------------------------------------------------

    def _follow(self, changes: Changes) -> None:
        if changes.reset or any(isinstance(o, WATCHED) for o in (*changes.added, *changes.updated,
                                                                 *changes.removed)):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Counts again and shows it; while hidden, only notes that it must."""
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        rounds = list(self.open_workshop.workshop.voting_rounds)
        ids = {r.id for r in rounds}
        if not self._chosen or (self._round_id is not None and self._round_id not in ids):
            self._chosen = False
            live = [r for r in rounds if r.status == RoundStatus.OPEN] or rounds[-1:]
            self._round_id = live[0].id if live else None
        self._fill_choice(rounds)
        if not rounds:
            self._show_empty(self.tr("No voting rounds yet. Start a round, and its results "
                                     "appear here as people place their dots."))
            return
        if self._round_id is None:
            shown = [r for r in rounds if not counts_hidden(r)]
            results = combined_results(shown)
            left_out = len(rounds) - len(shown)
        else:
            voting_round = next(r for r in rounds if r.id == self._round_id)
            if counts_hidden(voting_round):
                self.results = None
                self.summary.clear()
                self.stack.setCurrentIndex(HIDDEN)
                return
            results, left_out = round_results(voting_round), 0
        self._show_results(results, left_out)

    def _show_empty(self, text: str) -> None:
        self.results = None
        self.summary.clear()
        self.empty.setText(text)
        self.stack.setCurrentIndex(EMPTY)

    def _show_results(self, results: RoundResults, left_out: int) -> None:
        total = sum(c.total for c in results.cards)
        if not total:
            text = (self.tr("No dots placed in this round yet. The results fill in as people vote.")
                    if self._round_id else self.tr("No dots placed in any round yet."))
            if left_out:
                text += " " + self.tr("%n round(s) with hidden counts are left out.", "", left_out)
            self._show_empty(text)
            return
        self.results = results
        summary = self.tr("%n dot(s) placed", "", total)
        if left_out:
            summary += " · " + self.tr("%n round(s) with hidden counts left out", "", left_out)
        self.summary.setText(summary)
        unlisted = self.table.show_results(results)
        self.unlisted.setText(self.tr("%n card(s) without dots are not listed.", "", unlisted))
        self.unlisted.setVisible(bool(unlisted))
        self._fill_disagreements(results)
        self._fill_moments(results)
        self.stack.setCurrentIndex(RESULTS)

    # -- the three parts -------------------------------------------------------------------

    def _fill_disagreements(self, results: RoundResults) -> None:
        self.disagreements.show_results(results)
        rows = bool(results.disagreements)
        self.disagreements.setVisible(rows)
        groups = {g for c in results.cards for g, n in c.by_group.items() if n}
        self.no_disagreement.setText(
            "" if rows else self.tr("Customers and staff spread their dots the same way.")
            if {CUSTOMER, STAFF} <= groups else
            self.tr("Nothing to compare yet: both customers and staff need to place dots."))
        self.no_disagreement.setVisible(not rows)

    def _fill_moments(self, results: RoundResults) -> None:
        self.moments.set_rows(results.moments)
        largest = next((m for m in results.moments if m[0] == self.moments.largest), None)
        if largest is None:
            self.hurts_most.setText(self.tr("No dots on any moment yet."))
        elif self.moments.by_pain:
            self.hurts_most.setText(self.tr("“{moment}” hurts most: %n dot(s) on pain points.", "",
                                            largest[3]).format(moment=largest[1]))
        else:
            self.hurts_most.setText(self.tr("No dots on pain points yet. “{moment}” has the most dots: %n.", "",
                                            largest[2]).format(moment=largest[1]))

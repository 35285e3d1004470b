"""The facilitator's console, on the laptop: rounds, the timer, who has voted, and the ways to
the shared screen, the paper tally and the results. It asks; the session and editor act."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from codesign.app.vocabulary import GROUPS, word
from codesign.model import Participant, VotingRound
from codesign.model.enums import RoundStatus
from codesign.storage import Changes
from codesign.voting import presenter_style as look
from codesign.voting.round_dialog import RoundDialog
from codesign.voting.session import VotingSession
from codesign.voting.timer import clock_text

SelectionProvider = Callable[[], tuple[str | None, list[str]]]  # (journey id, selected card ids)


class VotingConsole(QWidget):
    present_requested = Signal()
    tally_requested = Signal(str)
    results_requested = Signal(object)  # round id, or None for every round together
    heat_toggled = Signal(bool)

    def __init__(self, session: VotingSession, selection: SelectionProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voting_console")
        self.session = session
        self._selection = selection
        self._listed: list[tuple[str, str, str]] = []

        self.rounds = QComboBox()
        self.rounds.setAccessibleName(self.tr("Voting round"))
        self.rounds.activated.connect(lambda i: session.choose_round(self.rounds.itemData(i)))
        self.new_button = self._button(self.tr("New round…"), self.new_round, self.tr("Start a new voting round"))
        self.status = QLabel()
        self.status.setObjectName("round_status")
        self.status.setWordWrap(True)
        self.settings_button = self._button(self.tr("Settings…"), self.edit_round,
                                            self.tr("Change the question, dots and rules of this round"))
        self.copy_button = self._button(self.tr("Copy as new"), self.copy_round,
                                        self.tr("A new round with the same settings and no dots"))
        self.open_button = self._button(self.tr("Open voting"), self.open_or_close)
        self.reveal_button = self._button(self.tr("Reveal dots"), session.reveal,
                                          self.tr("Show everyone's dots on the shared screen"))
        self.present_button = self._button(self.tr("Present on shared screen"), self.present_requested.emit,
                                           self.tr("Full screen for the room, on the second screen if there is one"))

        self.clock = QLabel()
        self.clock.setObjectName("console_clock")
        clock_font = QFont()
        clock_font.setPixelSize(30)
        clock_font.setBold(True)
        self.clock.setFont(clock_font)
        self.clock.setAccessibleName(self.tr("Time left"))
        self.start_button = self._button(self.tr("Start"), session.timer.toggle, self.tr("Start or pause the timer"))
        self.plus_one = self._button(self.tr("+1 min"), lambda: session.timer.add(60))
        self.plus_five = self._button(self.tr("+5 min"), lambda: session.timer.add(300))

        self.progress = QTableWidget(0, 3)
        self.progress.setObjectName("voting_progress")
        self.progress.setAccessibleName(self.tr("Who has voted"))
        self.progress.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Dots left"), self.tr("Status")])
        self.progress.verticalHeader().hide()
        self.progress.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.progress.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.progress.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setObjectName("voting_summary")

        self.tally_button = self._button(self.tr("Paper tally…"), lambda: self._with_round(self.tally_requested.emit),
                                         self.tr("Type in the dots counted on a paper wall"))
        self.results_button = self._button(self.tr("Results…"), lambda: self.results_requested.emit(session.round_id))
        self.heat = QCheckBox(self.tr("Show dots on the board"))
        self.heat.toggled.connect(self.heat_toggled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        row = QHBoxLayout()
        row.addWidget(self.rounds, 1)
        row.addWidget(self.new_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        grid = QGridLayout()
        grid.addWidget(self.settings_button, 0, 0)
        grid.addWidget(self.copy_button, 0, 1)
        grid.addWidget(self.open_button, 1, 0)
        grid.addWidget(self.reveal_button, 1, 1)
        grid.addWidget(self.present_button, 2, 0, 1, 2)
        layout.addLayout(grid)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.clock, 1)
        for button in (self.start_button, self.plus_one, self.plus_five):
            timer_row.addWidget(button)
        layout.addLayout(timer_row)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.summary)
        bottom = QGridLayout()
        bottom.addWidget(self.tally_button, 0, 0)
        bottom.addWidget(self.results_button, 0, 1)
        bottom.addWidget(self.heat, 1, 0, 1, 2)
        layout.addLayout(bottom)

        session.round_changed.connect(lambda _id: self.refresh())
        session.voter_changed.connect(lambda _id: self.refresh_progress())
        # After the shared screen: a dot is drawn for the room first, the console follows a moment later.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.refresh)
        session.progress_changed.connect(self._soon.start)
        session.open_workshop.changed.connect(self._follow)
        session.timer.ticked.connect(self._show_time)
        session.timer.running_changed.connect(self._show_running)
        session.time_up.connect(self._time_up)
        self._show_time(session.timer.seconds_left())
        self.refresh()

    def _follow(self, changes: Changes) -> None:
        """Rounds and people at once (the buttons must match them); dots alone can wait a moment."""
        touched = (*changes.added, *changes.removed,
                   *(o for o, names in changes.updated.items() if names != {"votes"}))  # a new dot is no new round
        if changes.reset or any(isinstance(o, (VotingRound, Participant)) for o in touched):
            self.refresh()

    def _button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _with_round(self, act: Callable[[str], object]) -> None:
        if self.session.round_id is not None:
            act(self.session.round_id)

    # -- rounds -------------------------------------------------------------------------------------

    def new_round(self) -> str | None:
        journey_id, selected = self._selection()
        dialog = RoundDialog(None, selected, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        round_id = self.session.editor.new_round(journey_id, **dialog.settings())
        if round_id is not None:
            self.session.choose_round(round_id)
        return round_id

    def edit_round(self) -> None:
        voting_round = self.session.voting_round()
        if voting_round is None:
            return
        dialog = RoundDialog(voting_round, self._selection()[1], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            settings = dialog.settings()
            current = {k: getattr(voting_round, k) for k in settings}
            changed = {k: v for k, v in settings.items() if current[k] != v}
            if changed:
                self.session.editor.configure(voting_round.id, **changed)

    def copy_round(self) -> None:
        if self.session.round_id is not None:
            new_id = self.session.editor.copy_round(self.session.round_id)
            if new_id is not None:
                self.session.choose_round(new_id)

    def open_or_close(self) -> None:
        voting_round = self.session.voting_round()
        if voting_round is None:
            return
        if voting_round.status == RoundStatus.OPEN:
            self.session.close_round()
        else:
            self.session.open_round()

    # -- showing --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        workshop = self.session.open_workshop.workshop
        listed = [(r.id, r.question, r.status) for r in workshop.voting_rounds]
        if listed != self._listed:  # a vote changes no round: keep the list as it is
            self._listed = listed
            self.rounds.blockSignals(True)
            self.rounds.clear()
            for number, (round_id, question, status) in enumerate(listed, start=1):
                state = {RoundStatus.OPEN: self.tr("open"), RoundStatus.CLOSED: self.tr("closed")}.get(
                    status, self.tr("not started"))
                self.rounds.addItem(f"{number}. {question or self.tr('Round {number}').format(number=number)}"
                                    f" ({state})", round_id)
            self.rounds.blockSignals(False)
        self.rounds.blockSignals(True)
        self.rounds.setCurrentIndex(self.rounds.findData(self.session.round_id))
        self.rounds.blockSignals(False)
        voting_round = self.session.voting_round()
        has_round = voting_round is not None
        for button in (self.settings_button, self.copy_button, self.open_button, self.present_button,
                       self.tally_button):
            button.setEnabled(has_round)
        self.results_button.setEnabled(bool(workshop.voting_rounds))
        if voting_round is None:
            self.status.setText(self.tr("No voting round yet. Start one with “New round…”."))
            self.reveal_button.setEnabled(False)
            self.open_button.setText(self.tr("Open voting"))
        else:
            self.status.setText(self._describe(voting_round))
            is_open = voting_round.status == RoundStatus.OPEN
            self.open_button.setText(self.tr("Close voting") if is_open else self.tr("Reopen voting")
                                     if voting_round.status == RoundStatus.CLOSED else self.tr("Open voting"))
            self.reveal_button.setEnabled(voting_round.hidden_until_reveal)
            self.reveal_button.setText(self.tr("Hide dots again") if voting_round.revealed else self.tr("Reveal dots"))
        self.refresh_progress()

    def _describe(self, voting_round: object) -> str:
        parts = [self.tr("%n dot(s) each", "", voting_round.dots_per_participant),
                 self.tr("at most %n per card", "", voting_round.per_card_max),
                 ", ".join(word(GROUPS, g) for g in voting_round.groups)]
        if voting_round.anonymous:
            parts.append(self.tr("anonymous"))
        if voting_round.hidden_until_reveal:
            parts.append(self.tr("revealed") if voting_round.revealed else self.tr("hidden until you reveal"))
        if voting_round.time_limit_seconds:
            parts.append(self.tr("closes after {time}").format(time=clock_text(voting_round.time_limit_seconds)))
        return " · ".join(parts)

    def refresh_progress(self) -> None:
        voting_round = self.session.voting_round()
        people = self.session.voters()
        spent: dict[str | None, int] = {}
        for vote in voting_round.votes if voting_round is not None else ():
            spent[vote.participant_id] = spent.get(vote.participant_id, 0) + vote.dots
        limit = voting_round.dots_per_participant if voting_round is not None else 0
        if self.progress.rowCount() != len(people):
            self.progress.setRowCount(len(people))
        for row, person in enumerate(people):
            used = spent.get(person.id, 0)
            if person.id == self.session.voter_id:
                state = self.tr("voting now")
            elif person.id in self.session.done:
                state = self.tr("done ✓")
            else:
                state = self.tr("started") if used else self.tr("not yet")
            self._cell(row, 0, person.name, person)
            self._cell(row, 1, str(max(0, limit - used)))
            self._cell(row, 2, state)
        if voting_round is None:
            self.summary.clear()
            return
        done = len(self.session.done & {p.id for p in people})
        placed = sum(min(limit, spent.get(p.id, 0)) for p in people)
        self.summary.setText(self.tr("{done} of {people} done · {spent} of {possible} dots placed").format(
            done=done, people=len(people), spent=placed, possible=limit * len(people)))

    def _cell(self, row: int, column: int, text: str, person: object = None) -> None:
        """Sets a cell's text, reusing its item: the table is refreshed after every dot."""
        item = self.progress.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            if column == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.progress.setItem(row, column, item)
        if item.text() != text:
            item.setText(text)
        if person is not None:
            key = (person.colour, person.marker)
            if item.data(Qt.ItemDataRole.UserRole) != key:
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setIcon(look.marker_icon(*key))
                item.setToolTip(word(GROUPS, person.group))

    def _show_time(self, seconds: int) -> None:
        self.clock.setText(clock_text(seconds))
        self.clock.setStyleSheet("")

    def _show_running(self, running: bool) -> None:
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start"))

    def _time_up(self) -> None:
        self.clock.setText(self.tr("Time is up"))
        self.clock.setStyleSheet(f"color: {look.TIME_UP_FILL};")

"""What the presenter window and the facilitator console share while a round runs: the round
in focus, who is at the screen, who is done, and the countdown.

Votes go through the VotingEditor (undo steps, one transaction each). A vote the rules would
refuse is checked here first, on the loaded model, so the room sees a calm line on the shared
screen instead of an error box on the laptop; the transaction checks again when it writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from codesign.app.errors import error_text
from codesign.model import Participant, Vote, VotingRound
from codesign.model import vote_rules as rules
from codesign.model.enums import RoundStatus
from codesign.storage import Changes
from codesign.voting.cue import play_chime
from codesign.voting.editor import VotingEditor
from codesign.voting.timer import RoundTimer

if TYPE_CHECKING:
    from codesign.app.open_workshop import OpenWorkshop



class VotingSession(QObject):
    round_changed = Signal(object)  # round id or None
    voter_changed = Signal(object)  # participant id or None
    progress_changed = Signal()  # votes, people or who is done changed
    refused = Signal(str)  # why a dot was not placed, for the shared screen
    time_up = Signal()

    def __init__(self, workshop: OpenWorkshop, editor: VotingEditor | None = None,
                 parent: QObject | None = None, *, sound: bool = True) -> None:
        super().__init__(parent)
        self.open_workshop = workshop
        self.editor = editor or VotingEditor(workshop, self)
        self.timer = RoundTimer(self)
        self.timer.finished.connect(self._time_is_up)
        self.sound = sound
        self.round_id: str | None = None
        self.voter_id: str | None = None
        self.done: set[str] = set()
        workshop.changed.connect(self._follow)
        current = next((r for r in workshop.workshop.voting_rounds if r.status == RoundStatus.OPEN), None)
        rounds = workshop.workshop.voting_rounds
        self.choose_round(current.id if current else rounds[-1].id if rounds else None)

    # -- what is in focus ----------------------------------------------------------------------

    def voting_round(self) -> VotingRound | None:
        return next((r for r in self.open_workshop.workshop.voting_rounds if r.id == self.round_id), None)

    def voter(self) -> Participant | None:
        return next((p for p in self.open_workshop.workshop.participants if p.id == self.voter_id), None)

    def voters(self) -> list[Participant]:
        """The people who may vote in the round, in the workshop's order."""
        voting_round = self.voting_round()
        if voting_round is None:
            return []
        groups = set(voting_round.groups)
        return [p for p in self.open_workshop.workshop.participants if p.group in groups]

    def choose_round(self, round_id: str | None) -> None:
        if round_id == self.round_id:
            return
        self.round_id = round_id
        self.done.clear()
        self.voter_id = None
        voting_round = self.voting_round()
        if voting_round is not None and voting_round.time_limit_seconds and not self.timer.running:
            self.timer.set_duration(voting_round.time_limit_seconds)
        self.round_changed.emit(round_id)
        self.voter_changed.emit(None)
        self.progress_changed.emit()

    def choose_voter(self, participant_id: str | None) -> None:
        if participant_id is not None and participant_id not in {p.id for p in self.voters()}:
            return
        if participant_id != self.voter_id:
            self.voter_id = participant_id
            self.voter_changed.emit(participant_id)

    def choose_number(self, number: int) -> bool:
        """Picks the voter shown with `number` (1-based) on the shared screen."""
        people = self.voters()
        if 1 <= number <= len(people):
            self.choose_voter(people[number - 1].id)
            return True
        return False

    def done_and_next(self) -> None:
        """The voter at the screen is done; the next one who is not yet done steps up."""
        people = self.voters()
        if self.voter_id is not None:
            self.done.add(self.voter_id)
        ids = [p.id for p in people]
        start = ids.index(self.voter_id) + 1 if self.voter_id in ids else 0
        following = ids[start:] + ids[:start]
        self.choose_voter(next((i for i in following if i not in self.done), None))
        self.progress_changed.emit()

    # -- dots ------------------------------------------------------------------------------------

    def dots_left(self) -> int:
        voting_round, person = self.voting_round(), self.voter()
        if voting_round is None or person is None:
            return 0
        return rules.dots_left(voting_round, person)

    def vote(self, card_id: str) -> bool:
        voting_round, person = self.voting_round(), self.voter()
        if voting_round is None or person is None:
            self.refused.emit(QCoreApplication.translate("VotingSession", "Pick your name first: click it below or press your number."))
            return False
        card = next((c for j in self.open_workshop.workshop.journeys for c in j.cards if c.id == card_id), None)
        if card is None:
            return False
        try:
            rules.check_vote(voting_round, person, card)
        except rules.VoteError as exc:
            self.refused.emit(error_text(exc))
            return False
        return self.editor.vote(voting_round.id, person.id, card_id)

    def take_back(self, card_id: str | None = None) -> bool:
        """Takes back one of the voter's dots: from `card_id`, or the one placed last."""
        voting_round, person = self.voting_round(), self.voter()
        if voting_round is None or person is None:
            self.refused.emit(QCoreApplication.translate("VotingSession", "Pick your name first: click it below or press your number."))
            return False
        own = [v for v in voting_round.votes if v.participant_id == person.id]
        if card_id is None:
            if not own:
                self.refused.emit(QCoreApplication.translate("VotingSession", "{name} has no dot to take back.").format(name=person.name))
                return False
            card_id = max(own, key=lambda v: v.position).card_id
        elif not any(v.card_id == card_id for v in own):
            self.refused.emit(QCoreApplication.translate("VotingSession", "{name} has no dot on this card.").format(name=person.name))
            return False
        if voting_round.status != RoundStatus.OPEN:
            self.refused.emit(QCoreApplication.translate("VotingSession", "This round is not open for voting."))
            return False
        self.editor.take_back(voting_round.id, person.id, card_id)
        return True

    # -- the round itself ------------------------------------------------------------------------

    def open_round(self) -> None:
        voting_round = self.voting_round()
        if voting_round is None:
            return
        self.editor.open_round(voting_round.id)
        voting_round = self.voting_round()
        if voting_round is not None and voting_round.status == RoundStatus.OPEN and voting_round.time_limit_seconds:
            if self.timer.remaining_ms() <= 0:
                self.timer.set_duration(voting_round.time_limit_seconds)
            self.timer.start()

    def close_round(self) -> None:
        voting_round = self.voting_round()
        if voting_round is not None:
            self.timer.pause()
            self.editor.close_round(voting_round.id)

    def reveal(self) -> None:
        voting_round = self.voting_round()
        if voting_round is not None:
            self.editor.reveal(voting_round.id, not voting_round.revealed)

    def _time_is_up(self) -> None:
        if self.sound:
            play_chime()
        self.time_up.emit()
        voting_round = self.voting_round()
        if voting_round is not None and voting_round.time_limit_seconds and voting_round.status == RoundStatus.OPEN:
            self.editor.close_round(voting_round.id)

    def _follow(self, changes: Changes) -> None:
        if changes.reset or any(isinstance(o, (Vote, VotingRound, Participant))
                                for o in (*changes.added, *changes.updated, *changes.removed)):
            if self.voting_round() is None and self.round_id is not None:
                self.choose_round(None)
            if self.voter_id is not None and self.voter() is None:
                self.choose_voter(None)
            self.progress_changed.emit()

"""Every voting edit as one undo step: the facilitator can take back any vote or tally.

Each step captures the rounds and their votes before and after (codesign.model.memento),
the same mechanism as the board's commands. A refused vote adds no step and reports its
typed error (VoteLimitExceeded, PerCardLimitExceeded, RoundNotOpen, …) via `edit_failed`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from codesign.canvas.commands import BoardCommand
from codesign.model import VotingRound, Workshop, memento
from codesign.model import vote_rules as rules
from codesign.model.errors import QT_TRANSLATE_NOOP
from codesign.model.vote_rules import VoteError

if TYPE_CHECKING:
    from codesign.app.open_workshop import OpenWorkshop



class VotingEditor(QObject):
    def __init__(self, workshop: OpenWorkshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_workshop = workshop

    def _push(self, text: str, action: Callable[[Workshop], Any], round_id: str | None = None) -> BoardCommand:
        """`round_id`: the step touches that round's votes only, so it captures only those."""
        scope = memento.capture_round(round_id) if round_id else memento.capture_rounds
        command = BoardCommand(self.open_workshop, text, action, scope)
        self.open_workshop.undo_stack.push(command)
        return command

    @staticmethod
    def _find(workshop: Workshop, round_id: str, participant_id: str | None = None,
              card_id: str | None = None) -> tuple[Any, Any, Any]:
        voting_round = next((r for r in workshop.voting_rounds if r.id == round_id), None)
        person = next((p for p in workshop.participants if p.id == participant_id), None)
        card = next((c for j in workshop.journeys for c in j.cards if c.id == card_id), None)
        if voting_round is None or (participant_id and person is None) or (card_id and card is None):
            raise VoteError(QT_TRANSLATE_NOOP("ModelError", "That round, person or card is no longer there."))
        return voting_round, person, card

    def new_round(self, journey_id: str | None, question: str, **settings: Any) -> str | None:
        def add(w: Workshop) -> VotingRound:
            journey = next((j for j in w.journeys if j.id == journey_id), None)
            voting_round = VotingRound(journey=journey, question=question, **settings)
            w.voting_rounds.append(voting_round)
            return voting_round

        result = self._push(QCoreApplication.translate("VotingEditor", "New voting round"), add).result
        return result.id if isinstance(result, VotingRound) else None

    def open_round(self, round_id: str) -> None:
        self._push(QCoreApplication.translate("VotingEditor", "Open voting"), lambda w: rules.open_round(w, self._find(w, round_id)[0]))

    def close_round(self, round_id: str) -> None:
        self._push(QCoreApplication.translate("VotingEditor", "Close voting"), lambda w: rules.close_round(self._find(w, round_id)[0]))

    def copy_round(self, round_id: str) -> str | None:
        result = self._push(QCoreApplication.translate("VotingEditor", "Copy voting round"),
                            lambda w: rules.copy_round(w, self._find(w, round_id)[0])).result
        return result.id if isinstance(result, VotingRound) else None

    def set_limits(self, round_id: str, **limits: int) -> None:
        self._push(QCoreApplication.translate("VotingEditor", "Change dot limits"), lambda w: rules.set_limits(self._find(w, round_id)[0], **limits))

    def configure(self, round_id: str, **settings: Any) -> None:
        self._push(QCoreApplication.translate("VotingEditor", "Change voting round"),
                   lambda w: rules.configure_round(self._find(w, round_id)[0], **settings))

    def reveal(self, round_id: str, revealed: bool = True) -> None:
        self._push(QCoreApplication.translate("VotingEditor", "Reveal the dots") if revealed else QCoreApplication.translate("VotingEditor", "Hide the dots"),
                   lambda w: rules.reveal(self._find(w, round_id)[0], revealed))

    def vote(self, round_id: str, participant_id: str, card_id: str) -> bool:
        """One dot; False (and `edit_failed` with the rule's error) when a rule refuses it."""
        command = self._push(QCoreApplication.translate("VotingEditor", "Add a dot"), lambda w: rules.vote(*self._find(w, round_id, participant_id, card_id)),
                             round_id)
        return command.result is not None

    def take_back(self, round_id: str, participant_id: str, card_id: str) -> None:
        self._push(QCoreApplication.translate("VotingEditor", "Take back a dot"),
                   lambda w: rules.take_back(*self._find(w, round_id, participant_id, card_id)), round_id)

    def set_tally(self, round_id: str, card_id: str, group: str, dots: int) -> None:
        def tally(w: Workshop) -> None:
            voting_round, _person, card = self._find(w, round_id, None, card_id)
            rules.set_tally(voting_round, card, group, dots)

        self._push(QCoreApplication.translate("VotingEditor", "Paper tally"), tally, round_id)

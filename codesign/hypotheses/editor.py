"""Every hypothesis edit as one undo step: capture, field changes, status moves, links."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from codesign.canvas.commands import BoardCommand
from codesign.model import Hypothesis, Workshop, memento
from codesign.model import hypothesis_rules as rules
from codesign.model.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from codesign.app.open_workshop import OpenWorkshop



class HypothesisEditor(QObject):
    def __init__(self, workshop: OpenWorkshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_workshop = workshop

    def _push(self, text: str, action: Callable[[Workshop], Any]) -> BoardCommand:
        command = BoardCommand(self.open_workshop, text, action, memento.capture_hypotheses)
        self.open_workshop.undo_stack.push(command)
        return command

    @staticmethod
    def find(workshop: Workshop, hypothesis_id: str) -> Hypothesis:
        for hypothesis in workshop.hypotheses:
            if hypothesis.id == hypothesis_id:
                return hypothesis
        raise rules.HypothesisError(QT_TRANSLATE_NOOP("ModelError", "That hypothesis is no longer there."))

    def add(self, statement: str, card_ids: Iterable[str] = (), moment_ids: Iterable[str] = (),
            **fields: Any) -> str | None:
        """A new hypothesis linked to cards and moments; its id, or None if it was refused."""
        cards, moments = set(card_ids), set(moment_ids)

        def add(w: Workshop) -> Hypothesis:
            linked_cards = [c for j in w.journeys for c in j.cards if c.id in cards]
            linked_moments = [m for j in w.journeys for m in j.moments if m.id in moments]
            return rules.new_hypothesis(w, statement, cards=linked_cards, moments=linked_moments, **fields)

        result = self._push(QCoreApplication.translate("HypothesisEditor", "New hypothesis"), add).result
        return result.id if isinstance(result, Hypothesis) else None

    def set_fields(self, hypothesis_id: str, **fields: Any) -> None:
        """Changes fields of the Test and Learning cards; unchanged values make no step."""
        def change(w: Workshop) -> None:
            hypothesis = self.find(w, hypothesis_id)
            for name, value in fields.items():
                if name not in rules.EDITABLE:
                    raise rules.HypothesisError(QT_TRANSLATE_NOOP("ModelError", "A hypothesis has no field {name}."),
                                                name=name)
                if getattr(hypothesis, name) != value:
                    setattr(hypothesis, name, value)

        self._push(QCoreApplication.translate("HypothesisEditor", "Edit hypothesis"), change)

    def set_status(self, hypothesis_id: str, status: str, note: str = "") -> bool:
        """True if the hypothesis moved; a refused move reports why through `edit_failed`."""
        self._push(QCoreApplication.translate("HypothesisEditor", "Change status"), lambda w: rules.change_status(self.find(w, hypothesis_id), status, note))
        return any(h.id == hypothesis_id and h.status == status for h in self.open_workshop.workshop.hypotheses)

    def set_links(self, hypothesis_id: str, card_ids: Iterable[str], moment_ids: Iterable[str]) -> None:
        cards, moments = set(card_ids), set(moment_ids)

        def link(w: Workshop) -> None:
            hypothesis = self.find(w, hypothesis_id)
            wanted_cards = sorted((c for j in w.journeys for c in j.cards if c.id in cards), key=lambda c: c.id)
            wanted_moments = sorted((m for j in w.journeys for m in j.moments if m.id in moments),
                                    key=lambda m: m.id)
            if hypothesis.cards != wanted_cards:
                hypothesis.cards = wanted_cards
            if hypothesis.moments != wanted_moments:
                hypothesis.moments = wanted_moments

        self._push(QCoreApplication.translate("HypothesisEditor", "Link hypothesis"), link)

    def remove(self, hypothesis_id: str) -> None:
        self._push(QCoreApplication.translate("HypothesisEditor", "Delete hypothesis"), lambda w: rules.remove_hypothesis(w, self.find(w, hypothesis_id)))

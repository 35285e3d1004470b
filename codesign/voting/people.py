"""Adding, renaming, regrouping and removing participants, each one undo step.

Removing someone also removes their votes and clears them as author of cards (the file's
rules); undo brings all of it back, because the step captures votes and cards as well.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from codesign.canvas.commands import BoardCommand
from codesign.model import Participant, Workshop, memento
from codesign.model.errors import QT_TRANSLATE_NOOP, InvalidValue

if TYPE_CHECKING:
    from codesign.app.open_workshop import OpenWorkshop

MAX_NAME = 80


def names_from_text(text: str) -> list[str]:
    """One name per line (or separated by commas or semicolons), trimmed, blanks and repeats dropped."""
    seen: set[str] = set()
    names = []
    for line in text.replace(";", "\n").replace(",", "\n").splitlines():
        name = " ".join(line.split())[:MAX_NAME]
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


class PeopleEditor(QObject):
    def __init__(self, workshop: OpenWorkshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_workshop = workshop

    def _push(self, text: str, action: Callable[[Workshop], Any]) -> BoardCommand:
        command = BoardCommand(self.open_workshop, text, action, memento.capture_people)
        self.open_workshop.undo_stack.push(command)
        return command

    @staticmethod
    def _person(workshop: Workshop, person_id: str) -> Participant:
        for person in workshop.participants:
            if person.id == person_id:
                return person
        raise InvalidValue(QT_TRANSLATE_NOOP("ModelError", "That person is no longer in the workshop."))

    def add(self, names: Iterable[str], group: str) -> list[str]:
        """Adds people with the next free colours and unique markers; returns their ids."""
        wanted = [n for n in names if n.strip()]

        def add(w: Workshop) -> list[Participant]:
            return [w.add_participant(name.strip(), group) for name in wanted]

        if not wanted:
            return []
        text = self.tr("Add %n person(s)", "", len(wanted))
        result = self._push(text, add).result
        return [p.id for p in result] if isinstance(result, list) else []

    def set_field(self, person_id: str, field: str, value: str) -> None:
        def change(w: Workshop) -> None:
            person = self._person(w, person_id)
            if getattr(person, field) != value:
                setattr(person, field, value)

        texts = {"name": QCoreApplication.translate("PeopleEditor", "Rename person"), "group": QCoreApplication.translate("PeopleEditor", "Change group"), "colour": QCoreApplication.translate("PeopleEditor", "Change colour")}
        self._push(texts.get(field, QCoreApplication.translate("PeopleEditor", "Change person")), change)

    def remove(self, person_ids: Iterable[str]) -> None:
        ids = list(person_ids)

        def remove(w: Workshop) -> None:
            for person_id in ids:
                w.participants.remove(self._person(w, person_id))

        if ids:
            self._push(self.tr("Remove %n person(s)", "", len(ids)), remove)

"""Adding, renaming and removing whole journeys: undo steps that capture every journey."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from codesign.canvas.commands import BoardCommand
from codesign.canvas.editor import find_journey
from codesign.model import Journey, Moment, Workshop, memento
from codesign.model.journey import BLUEPRINT_LANES

if TYPE_CHECKING:
    from codesign.app.open_workshop import OpenWorkshop

NEW_MOMENTS = 4



def _push(workshop: OpenWorkshop, text: str, action: object) -> BoardCommand:
    command = BoardCommand(workshop, text, action, memento.capture_board)  # type: ignore[arg-type]
    workshop.undo_stack.push(command)
    return command


def add_journey(workshop: OpenWorkshop, title: str) -> str | None:
    """A new journey with the blueprint lanes and a few empty moments; returns its id."""
    def add(w: Workshop) -> Journey:
        journey = Journey.with_blueprint_lanes(
            title, lane_titles={kind: QCoreApplication.translate("Lane", text) for kind, text in BLUEPRINT_LANES})
        for number in range(1, NEW_MOMENTS + 1):
            journey.moments.append(Moment(title=QCoreApplication.translate("Journeys", "Moment {number}").format(number=number)))
        w.journeys.append(journey)
        return journey

    result = _push(workshop, QCoreApplication.translate("Journeys", "Add journey"), add).result
    return result.id if isinstance(result, Journey) else None


def rename_journey(workshop: OpenWorkshop, journey_id: str, title: str) -> None:
    def rename(w: Workshop) -> None:
        find_journey(w, journey_id).title = title

    _push(workshop, QCoreApplication.translate("Journeys", "Rename journey"), rename)


def remove_journey(workshop: OpenWorkshop, journey_id: str) -> None:
    def remove(w: Workshop) -> None:
        w.journeys.remove(find_journey(w, journey_id))

    _push(workshop, QCoreApplication.translate("Journeys", "Delete journey"), remove)

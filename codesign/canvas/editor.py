"""Every edit the canvas offers on one journey, each pushed as one undo step.

Items and views call these with ids and scene coordinates; nothing here touches a
graphics item. Objects are looked up by id each time, because a reload replaces them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from codesign.canvas.commands import BoardCommand
from codesign.model import Card, Connector, Journey, Lane, ModelError, Moment, Workshop, board, memento
from codesign.model.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from codesign.app.open_workshop import OpenWorkshop


class ItemGone(ModelError):
    """The item an edit names is no longer there (e.g. removed by an undo in another view)."""


def _gone() -> ItemGone:
    return ItemGone(QT_TRANSLATE_NOOP("ModelError", "That item is no longer on the board."))


def find_journey(workshop: Workshop, journey_id: str) -> Journey:
    for journey in workshop.journeys:
        if journey.id == journey_id:
            return journey
    raise _gone()


class BoardEditor(QObject):
    def __init__(self, workshop: OpenWorkshop, journey_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_workshop = workshop
        self.journey_id = journey_id

    # -- plumbing ----------------------------------------------------------------------------

    @property
    def journey(self) -> Journey:
        return find_journey(self.open_workshop.workshop, self.journey_id)

    def _journey_of(self, workshop: Workshop) -> Journey:
        return find_journey(workshop, self.journey_id)

    def _cards(self, workshop: Workshop, ids: Iterable[str]) -> list[Card]:
        wanted = set(ids)
        return [c for c in self._journey_of(workshop).cards if c.id in wanted]

    def _item(self, workshop: Workshop, kind: str, item_id: str) -> Any:
        journey = self._journey_of(workshop)
        items = {"moment": journey.moments, "lane": journey.lanes, "card": journey.cards,
                 "connector": journey.connectors, "journey": [journey]}[kind]
        for item in items:
            if item.id == item_id:
                return item
        raise _gone()

    def _push(self, text: str, action: Callable[[Journey], object], *, cards: Iterable[str] | None = None,
              merge_key: object = None) -> BoardCommand:
        """Cards-only edits capture just those cards; anything else captures the whole journey."""
        if cards is not None:
            ids = list(cards)

            def scope(w: Workshop) -> memento.State:
                return memento.capture_cards(self._cards(w, ids))
        else:
            def scope(w: Workshop) -> memento.State:
                return memento.capture_journey(self._journey_of(w))
        command = BoardCommand(self.open_workshop, text, lambda w: action(self._journey_of(w)), scope, merge_key)
        self.open_workshop.undo_stack.push(command)
        return command

    # -- cards -------------------------------------------------------------------------------

    def add_card(self, kind: str, card_type: str, centre: tuple[float, float], title: str = "") -> str | None:
        """Adds a card centred on a scene point; returns its id, or None if it was refused."""
        command = self._push(QCoreApplication.translate("BoardEditor", "Add card"), lambda j: board.add_card(j, kind, card_type, centre, title=title))
        result = command.result
        return result.id if isinstance(result, Card) else None

    def move_cards(self, positions: dict[str, tuple[float, float]], *, nudge: bool = False) -> None:
        """Moves cards so their top-left corners are at these scene points: one undo step."""
        if not positions:
            return

        def move(journey: Journey) -> None:
            for card in journey.cards:
                if card.id in positions and not card.locked:
                    board.move_card(journey, card, *positions[card.id])

        text = self.tr("Move %n card(s)", "", len(positions))
        self._push(text, move, cards=positions, merge_key=frozenset(positions) if nudge else None)

    def resize_card(self, card_id: str, width: float, height: float) -> None:
        def resize(journey: Journey) -> None:
            card = self._item(journey.workshop, "card", card_id)
            card.width, card.height = round(width, 2), round(height, 2)

        self._push(QCoreApplication.translate("BoardEditor", "Resize card"), resize, cards=[card_id])

    def set_card_text(self, card_id: str, title: str, body: str) -> None:
        def edit(journey: Journey) -> None:
            card = self._item(journey.workshop, "card", card_id)
            if card.title != title:
                card.title = title
            if card.body != body:
                card.body = body

        self._push(QCoreApplication.translate("BoardEditor", "Edit card"), edit, cards=[card_id])

    def set_card_type(self, card_ids: Iterable[str], kind: str, card_type: str) -> None:
        ids = list(card_ids)

        def retype(journey: Journey) -> None:
            for card in self._cards(journey.workshop, ids):
                card.set_type(kind, card_type)

        self._push(QCoreApplication.translate("BoardEditor", "Change card type"), retype, cards=ids)

    def remove_cards(self, card_ids: Iterable[str]) -> None:
        ids = list(card_ids)
        if ids:
            self._push(self.tr("Delete %n card(s)", "", len(ids)),
                       lambda j: board.remove_cards(j, self._cards(j.workshop, ids)))

    def set_locked(self, kind: str, item_ids: Iterable[str], locked: bool) -> None:
        ids = list(item_ids)

        def lock(journey: Journey) -> None:
            for item_id in ids:
                item = self._item(journey.workshop, kind, item_id)
                if item.locked != locked:
                    item.locked = locked

        text = QCoreApplication.translate("BoardEditor", "Lock") if locked else QCoreApplication.translate("BoardEditor", "Unlock")
        self._push(text, lock, cards=ids if kind == "card" else None)

    def bring_to_front(self, card_ids: Iterable[str]) -> None:
        ids = list(card_ids)
        self._push(QCoreApplication.translate("BoardEditor", "Bring to front"), lambda j: board.bring_to_front(j, self._cards(j.workshop, ids)),
                   cards=ids)

    def insert_cards(self, build: Callable[[Journey], list[Card]], text: str) -> list[str]:
        """Pastes or duplicates: `build` makes the new cards (and arrows) on the journey."""
        command = self._push(text, build)
        result = command.result
        return [c.id for c in result] if isinstance(result, list) else []

    # -- arrows ------------------------------------------------------------------------------

    def connect(self, source_id: str, target_id: str, label: str = "") -> None:
        def join(journey: Journey) -> Connector:
            workshop = journey.workshop
            return board.connect(self._item(workshop, "card", source_id), self._item(workshop, "card", target_id),
                                 label)

        self._push(QCoreApplication.translate("BoardEditor", "Draw arrow"), join)

    def set_connector_label(self, connector_id: str, label: str) -> None:
        def relabel(journey: Journey) -> None:
            self._item(journey.workshop, "connector", connector_id).label = label

        self._push(QCoreApplication.translate("BoardEditor", "Label arrow"), relabel)

    def remove_connectors(self, connector_ids: Iterable[str]) -> None:
        ids = set(connector_ids)
        if ids:
            self._push(self.tr("Delete %n arrow(s)", "", len(ids)),
                       lambda j: board.remove_connectors(j, [c for c in j.connectors if c.id in ids]))

    # -- moments and lanes -------------------------------------------------------------------

    def add_moment(self, index: int, title: str) -> None:
        self._push(QCoreApplication.translate("BoardEditor", "Add moment"), lambda j: board.add_moment(j, index, title))

    def add_lane(self, index: int, title: str, kind: str = "custom") -> None:
        self._push(QCoreApplication.translate("BoardEditor", "Add lane"), lambda j: board.add_lane(j, index, title, kind))

    def reorder(self, kind: str, item_id: str, index: int) -> None:
        def move(journey: Journey) -> None:
            items: list[Moment] | list[Lane] = journey.moments if kind == "moment" else journey.lanes
            board.reorder(items, self._item(journey.workshop, kind, item_id), index)

        self._push(QCoreApplication.translate("BoardEditor", "Move moment") if kind == "moment" else QCoreApplication.translate("BoardEditor", "Move lane"), move)

    def remove_column(self, kind: str, item_id: str) -> None:
        def remove(journey: Journey) -> None:
            item = self._item(journey.workshop, kind, item_id)
            if kind == "moment":
                board.remove_moment(journey, item)
            else:
                board.remove_lane(journey, item)

        self._push(QCoreApplication.translate("BoardEditor", "Delete moment") if kind == "moment" else QCoreApplication.translate("BoardEditor", "Delete lane"), remove)

    def set_field(self, kind: str, item_id: str, field: str, value: object, text: str) -> None:
        """Renames, emotion scores and other single fields of a moment, lane, arrow or the journey."""
        def change(journey: Journey) -> None:
            item = self._item(journey.workshop, kind, item_id)
            if getattr(item, field) != value:
                setattr(item, field, value)

        self._push(text, change)

"""Board geometry and edits of one journey: which cell a point is in, and the operations the
canvas offers. Qt-free; every function here is called inside Document.edit()."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from codesign.model import layout
from codesign.model.errors import QT_TRANSLATE_NOOP, InvalidValue
from codesign.model.journey import Card, Connector, Journey, Lane, Moment

Cell = tuple[Moment | None, Lane | None]


def moment_at(journey: Journey, x: float) -> Moment | None:
    left = layout.LANE_LABEL_WIDTH
    for moment in journey.moments:
        if left <= x < left + moment.width:
            return moment
        left += moment.width
    return None


def lane_at(journey: Journey, y: float) -> Lane | None:
    top = layout.HEADER_HEIGHT
    for lane in journey.lanes:
        if top <= y < top + lane.height:
            return lane
        top += lane.height
    return None


def board_size(journey: Journey) -> tuple[float, float]:
    """Width and height of the grid, headers included."""
    return (layout.LANE_LABEL_WIDTH + sum(m.width for m in journey.moments),
            layout.HEADER_HEIGHT + sum(lane.height for lane in journey.lanes))


def placement(journey: Journey, left: float, top: float, width: float, height: float,
              cell: Cell | None = None, *, clamp: bool = True) -> tuple[Moment | None, Lane | None, float, float]:
    """Where a card with its top-left corner at scene (left, top) belongs: the cell under its
    centre (or `cell`), and its position relative to that cell, kept within the cell's edges
    when `clamp` (a moved card may overhang, or nudging could never carry it across)."""
    if cell is None:
        cell = moment_at(journey, left + width / 2), lane_at(journey, top + height / 2)
    moment, lane = cell
    x, y = left, top
    if moment is not None:
        x = left - journey.moment_left(moment)
        x = _clamp(x, moment.width - width) if clamp else x
    if lane is not None:
        y = top - journey.lane_top(lane)
        y = _clamp(y, lane.height - height) if clamp else y
    return moment, lane, _limit(x), _limit(y)


def _clamp(value: float, high: float) -> float:
    return max(0.0, min(value, max(0.0, high)))


def _limit(value: float) -> float:
    return max(-layout.MAX_EXTENT, min(layout.MAX_EXTENT, round(value, 2)))


def move_card(journey: Journey, card: Card, left: float, top: float) -> None:
    """Moves a card so its top-left is at scene (left, top), into the cell under its centre."""
    moment, lane, x, y = placement(journey, left, top, card.width, card.height, clamp=False)
    if card.moment is not moment:
        card.moment = moment  # the backref appends the card to moment.cards, whatever its z
        _sort_by_z(moment)
    if card.lane is not lane:
        card.lane = lane
        _sort_by_z(lane)
    if card.x != x:
        card.x = x
    if card.y != y:
        card.y = y


def add_card(journey: Journey, kind: str, card_type: str, centre: tuple[float, float], **fields: Any) -> Card:
    """A new card centred on a scene point, snapped into the cell under that point."""
    width = float(fields.pop("width", layout.CARD_WIDTH))
    height = float(fields.pop("height", layout.CARD_HEIGHT))
    cell = moment_at(journey, centre[0]), lane_at(journey, centre[1])
    moment, lane, x, y = placement(journey, centre[0] - width / 2, centre[1] - height / 2, width, height, cell)
    type_field = "channel" if kind == "touchpoint" else "note_type"
    return journey.add_card(kind=kind, **{type_field: card_type}, moment=moment, lane=lane, x=x, y=y,
                            width=width, height=height, **fields)


def remove_cards(journey: Journey, cards: Iterable[Card]) -> None:
    """Removes cards; the file removes their arrows, votes and links along with them."""
    for card in list(cards):
        journey.cards.remove(card)


def connect(source: Card, target: Card, label: str = "") -> Connector:
    if any(c.target is target for c in source.outgoing):
        raise InvalidValue(QT_TRANSLATE_NOOP("ModelError", "These cards are already joined by an arrow."))
    return source.connect_to(target, label)


def remove_connectors(journey: Journey, connectors: Iterable[Connector]) -> None:
    for connector in list(connectors):
        journey.connectors.remove(connector)


def reorder(items: Sequence[Moment] | Sequence[Lane], item: Moment | Lane, index: int) -> None:
    """Moves a moment or lane to `index`; its cards follow, as their positions are relative to it."""
    order = [i for i in items if i is not item]
    index = max(0, min(index, len(order)))
    order.insert(index, item)
    for position, each in enumerate(order):
        if each.position != position:
            each.position = position
    items.sort(key=lambda i: i.position)  # type: ignore[attr-defined]  # a plain sort writes nothing


def add_moment(journey: Journey, index: int, title: str = "") -> Moment:
    moment = Moment(title=title)
    journey.moments.insert(max(0, min(index, len(journey.moments))), moment)
    return moment


def add_lane(journey: Journey, index: int, title: str = "", kind: str = "custom") -> Lane:
    lane = Lane(title=title, kind=kind)
    journey.lanes.insert(max(0, min(index, len(journey.lanes))), lane)
    return lane


def remove_moment(journey: Journey, moment: Moment) -> None:
    """Removes a moment and the cards in its column (the app asks first)."""
    remove_cards(journey, [c for c in journey.cards if c.moment is moment])
    journey.moments.remove(moment)


def remove_lane(journey: Journey, lane: Lane) -> None:
    remove_cards(journey, [c for c in journey.cards if c.lane is lane])
    journey.lanes.remove(lane)


def bring_to_front(journey: Journey, cards: Iterable[Card]) -> None:
    top = max((c.z for c in journey.cards), default=0)
    raised = list(cards)
    for card in raised:
        top += 1
        card.z = top
    _sort_by_z(journey)
    for card in raised:
        _sort_by_z(card.moment)
        _sort_by_z(card.lane)


def _sort_by_z(owner: Journey | Moment | Lane | None) -> None:
    """Keeps a loaded card list in stacking order, as the file gives it; list.sort writes nothing."""
    if owner is not None:
        owner.cards.sort(key=lambda c: c.z)

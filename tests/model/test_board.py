"""Board geometry and the board's edits, on a real workshop file (the demo)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codesign.model import InvalidValue, Journey, board, layout
from codesign.storage import Document


@pytest.fixture
def doc(demo_file: Path) -> Iterator[Document]:
    document = Document.open(demo_file)
    yield document
    document.close()


@pytest.fixture
def journey(doc: Document) -> Journey:
    return doc.workshop.journeys[0]


def by_id(items: Any, ident: str) -> Any:
    return next(item for item in items if item.id == ident)


def reopen(doc: Document) -> Document:
    path = doc.path
    doc.close()
    return Document.open(path)


# -- which cell a point is in ------------------------------------------------------------------

def test_moment_at_its_edges(journey: Journey) -> None:
    first, second, last = journey.moments[0], journey.moments[1], journey.moments[-1]
    left = layout.LANE_LABEL_WIDTH
    right = board.board_size(journey)[0]
    assert right == left + sum(m.width for m in journey.moments)

    assert board.moment_at(journey, left) is first  # a left edge belongs to its own column
    assert board.moment_at(journey, left - 0.01) is None  # over the lane titles
    assert board.moment_at(journey, left + first.width - 0.01) is first
    assert board.moment_at(journey, left + first.width) is second
    assert board.moment_at(journey, right - 0.01) is last
    assert board.moment_at(journey, right) is None
    assert board.moment_at(journey, -1e9) is None and board.moment_at(journey, 1e9) is None


def test_lane_at_its_edges(journey: Journey) -> None:
    first, second, last = journey.lanes[0], journey.lanes[1], journey.lanes[-1]
    top = layout.HEADER_HEIGHT
    bottom = board.board_size(journey)[1]
    assert bottom == top + sum(lane.height for lane in journey.lanes)

    assert board.lane_at(journey, top) is first
    assert board.lane_at(journey, top - 0.01) is None  # over the moment headers
    assert board.lane_at(journey, top + first.height - 0.01) is first
    assert board.lane_at(journey, top + first.height) is second
    assert board.lane_at(journey, bottom - 0.01) is last
    assert board.lane_at(journey, bottom) is None


# -- where a card goes -------------------------------------------------------------------------

def test_placement_keeps_a_card_inside_the_cell_under_its_centre(journey: Journey) -> None:
    moment, lane = journey.moments[1], journey.lanes[1]
    left, top = journey.moment_left(moment), journey.lane_top(lane)
    width, height = moment.width / 2, lane.height / 2

    # centre just inside the right edge: the card overhangs to the right, and is pulled back in
    overhanging = (left + moment.width - 1 - width / 2, top + lane.height - 1 - height / 2)
    assert board.placement(journey, *overhanging, width, height) == (
        moment, lane, moment.width - width, lane.height - height)
    # centre just inside the top-left corner: pulled in from the left and the top
    assert board.placement(journey, left + 1 - width / 2, top + 1 - height / 2, width, height) == (
        moment, lane, 0.0, 0.0)
    # a card bigger than its cell sits at the cell's corner
    big = (moment.width * 2, lane.height * 2)
    centred = (left + moment.width / 2 - big[0] / 2, top + lane.height / 2 - big[1] / 2)
    assert board.placement(journey, *centred, *big) == (moment, lane, 0.0, 0.0)


def test_placement_without_clamping_keeps_the_overhang(journey: Journey) -> None:
    moment, lane = journey.moments[1], journey.lanes[1]
    left, top = journey.moment_left(moment), journey.lane_top(lane)
    at = (left + moment.width - 60, top - 20)  # centre of a 100x100 card is inside the cell
    assert board.placement(journey, *at, 100, 100, clamp=False) == (moment, lane, moment.width - 60, -20.0)


def test_placement_in_a_given_cell_ignores_the_centre(journey: Journey) -> None:
    moment, lane = journey.moments[-1], journey.lanes[0]
    assert board.placement(journey, 0.0, 0.0, 100, 100, (moment, lane)) == (moment, lane, 0.0, 0.0)
    assert board.placement(journey, 50.0, 60.0, 100, 100, (None, None)) == (None, None, 50.0, 60.0)


def test_a_card_dropped_outside_the_grid_keeps_absolute_coordinates(doc: Document, journey: Journey) -> None:
    right, bottom = board.board_size(journey)
    with doc.edit():
        beyond = board.add_card(journey, "note", "idea", (right + 500, bottom + 400), title="loose")
        beside = board.add_card(journey, "touchpoint", "digital", (right + 500, layout.HEADER_HEIGHT + 1))
        far = board.add_card(journey, "note", "pain", (-layout.MAX_EXTENT * 5, bottom + 400))

    assert (beyond.moment, beyond.lane) == (None, None)
    assert (beyond.x, beyond.y) == (right + 500 - layout.CARD_WIDTH / 2, bottom + 400 - layout.CARD_HEIGHT / 2)
    assert journey.card_scene_pos(beyond) == (beyond.x, beyond.y)
    # beside the grid: no moment and an absolute x, but in the first lane and kept inside it
    assert (beside.moment, beside.lane, beside.y) == (None, journey.lanes[0], 0.0)
    assert far.moment is None and far.x == -layout.MAX_EXTENT  # coordinates stay within bounds

    ids = beyond.id, beside.id
    with reopen(doc) as fresh:
        cards = {c.id: c for c in fresh.workshop.journeys[0].cards}
        assert (cards[ids[0]].moment_id, cards[ids[0]].lane_id, cards[ids[0]].x) == (None, None, beyond.x)
        assert (cards[ids[1]].moment_id, cards[ids[1]].lane_id) == (None, journey.lanes[0].id)


def test_a_card_moved_off_the_grid_leaves_its_cell(doc: Document, journey: Journey) -> None:
    card = journey.cards[0]
    moment, lane = card.moment, card.lane
    assert moment is not None and lane is not None
    right, bottom = board.board_size(journey)
    with doc.edit():
        board.move_card(journey, card, right + 100, bottom + 100)
    assert (card.moment, card.lane, card.x, card.y) == (None, None, right + 100, bottom + 100)
    assert card not in moment.cards and card not in lane.cards
    assert doc.to_interchange()["cards"][0]["moment"] is None


def test_a_card_moved_into_another_cell_joins_its_lists_in_stacking_order(doc: Document, journey: Journey) -> None:
    card = journey.cards[0]  # the lowest card, joining a column of higher ones
    target = next(m for m in journey.moments if m is not card.moment)
    lane = next(lane for lane in journey.lanes if lane is not card.lane)
    assert target.cards and lane.cards
    with doc.edit():
        board.move_card(journey, card, journey.moment_left(target) + 10, journey.lane_top(lane) + 10)
    assert (card.moment, card.lane) == (target, lane)
    assert target.cards[0] is card and lane.cards[0] is card  # as a reload would give them
    assert [c.z for c in target.cards] == sorted(c.z for c in target.cards)
    assert [c.z for c in lane.cards] == sorted(c.z for c in lane.cards)


# -- moments and lanes -------------------------------------------------------------------------

def test_reorder_keeps_positions_contiguous_and_cards_follow_their_moment(doc: Document, journey: Journey) -> None:
    moment = journey.moments[2]
    card = moment.cards[0]
    x, scene_x = card.x, journey.card_scene_pos(card)[0]
    others = [m.id for m in journey.moments if m is not moment]

    with doc.edit():
        board.reorder(journey.moments, moment, 0)

    assert [m.position for m in journey.moments] == list(range(len(journey.moments)))
    assert [m.id for m in journey.moments] == [moment.id, *others]
    assert card.x == x  # relative to its moment, which moved
    assert journey.card_scene_pos(card)[0] == scene_x - sum(m.width for m in journey.moments[1:3])
    assert journey.card_scene_pos(card)[0] == layout.LANE_LABEL_WIDTH + x
    with reopen(doc) as fresh:
        assert [m.id for m in fresh.workshop.journeys[0].moments] == [moment.id, *others]


def test_reorder_clamps_the_index_and_moves_lanes_too(doc: Document, journey: Journey) -> None:
    lane = journey.lanes[0]
    card = lane.cards[0]
    scene_y = journey.card_scene_pos(card)[1]
    with doc.edit():
        board.reorder(journey.lanes, lane, 99)
    assert journey.lanes[-1] is lane
    assert [lane.position for lane in journey.lanes] == list(range(len(journey.lanes)))
    assert journey.card_scene_pos(card)[1] == scene_y + sum(other.height for other in journey.lanes[:-1])

    with doc.edit():
        board.reorder(journey.lanes, lane, -5)
    assert journey.lanes[0] is lane and journey.card_scene_pos(card)[1] == scene_y


def test_add_moment_clamps_the_index(doc: Document, journey: Journey) -> None:
    count = len(journey.moments)
    with doc.edit():
        first = board.add_moment(journey, -3, "Before")
        last = board.add_moment(journey, 99, "After")
    assert journey.moments[0] is first and journey.moments[-1] is last
    assert [m.position for m in journey.moments] == list(range(count + 2))
    with reopen(doc) as fresh:
        titles = [m.title for m in fresh.workshop.journeys[0].moments]
        assert titles[0] == "Before" and titles[-1] == "After" and len(titles) == count + 2


def test_removing_a_moment_or_lane_removes_only_the_cards_in_it(doc: Document, journey: Journey) -> None:
    moment, lane = journey.moments[0], journey.lanes[-1]
    doomed = {c.id for c in journey.cards if c.moment is moment or c.lane is lane}
    kept = {c.id for c in journey.cards} - doomed
    assert doomed and kept
    with doc.edit():
        board.remove_moment(journey, moment)
        board.remove_lane(journey, lane)
    assert {c.id for c in journey.cards} == kept
    assert [m.position for m in journey.moments] == list(range(len(journey.moments)))
    assert {c["id"] for c in doc.to_interchange()["cards"]} == kept


# -- arrows and stacking -----------------------------------------------------------------------

def test_connect_refuses_a_duplicate_pair_and_a_self_arrow(doc: Document, journey: Journey) -> None:
    existing = journey.connectors[0]
    source_id, target_id = existing.source.id, existing.target.id
    count = len(doc.to_interchange()["connectors"])

    with pytest.raises(InvalidValue), doc.edit():
        board.connect(existing.source, existing.target, "again")
    journey = doc.workshop.journeys[0]  # a refused edit reloads the workshop
    with pytest.raises(InvalidValue), doc.edit():
        board.connect(journey.cards[0], journey.cards[0])
    assert len(doc.to_interchange()["connectors"]) == count

    journey = doc.workshop.journeys[0]
    source, target = by_id(journey.cards, source_id), by_id(journey.cards, target_id)
    with doc.edit():
        back = board.connect(target, source, "back")  # the other way round is another arrow
    assert back.position == max(c.position for c in journey.connectors)
    assert len(doc.to_interchange()["connectors"]) == count + 1


def test_bring_to_front_keeps_the_loaded_lists_in_stacking_order(doc: Document, journey: Journey) -> None:
    lowest = journey.cards[0]
    moment, lane = lowest.moment, lowest.lane
    with doc.edit():
        board.bring_to_front(journey, [lowest])
    assert journey.cards[-1] is lowest and moment.cards[-1] is lowest and lane.cards[-1] is lowest
    assert lowest.z == max(c.z for c in journey.cards)
    with reopen(doc) as fresh:
        assert fresh.workshop.journeys[0].cards[-1].id == lowest.id


def test_cards_changed_together_keep_the_modified_time_the_file_has(doc: Document, journey: Journey) -> None:
    with doc.edit():
        board.bring_to_front(journey, journey.cards)
    in_file = {c["id"]: c["modified"] for c in doc.to_interchange()["cards"]}
    assert {c.id: c.modified for c in journey.cards} == in_file

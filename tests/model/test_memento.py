"""Before/after pictures of a workshop and putting them back, on real workshop files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codesign.model import Journey, board, memento
from codesign.storage import Document


@pytest.fixture
def doc(demo_file: Path) -> Iterator[Document]:
    document = Document.open(demo_file)
    yield document
    document.close()


def first_journey(doc: Document) -> Journey:
    return doc.workshop.journeys[0]


def by_id(items: Any, ident: str) -> Any:
    return next(item for item in items if item.id == ident)


def reopened_picture(doc: Document, capture: Any) -> memento.State:
    """What a fresh load of the file gives: the file itself, not the objects we changed."""
    path = doc.path
    doc.close()
    with Document.open(path) as fresh:
        return capture(fresh.workshop)


# -- a moment with everything hanging off it --------------------------------------------------

def test_a_deleted_moment_comes_back_with_its_cards_arrows_votes_and_links(doc: Document) -> None:
    journey = first_journey(doc)
    moment = by_id(journey.moments, "m-identify")
    card_ids = {c.id for c in journey.cards if c.moment is moment}
    arrows = {c.id for c in journey.connectors if {c.source.id, c.target.id} & card_ids}
    voting_round = doc.workshop.voting_rounds[0]
    votes = {v.id for v in voting_round.votes if v.card_id in card_ids}
    card_links = {(h.id, c.id) for h in doc.workshop.hypotheses for c in h.cards if c.id in card_ids}
    moment_links = {h.id for h in doc.workshop.hypotheses if moment in h.moments}
    assert card_ids and arrows and votes and card_links and moment_links  # the demo has all of them
    exported = doc.to_interchange()
    before = memento.capture_journey(journey)
    assert {("connector", i) for i in arrows} | {("vote", i) for i in votes} <= before.keys()

    with doc.edit():
        board.remove_moment(journey, moment)
    after = memento.capture_journey(first_journey(doc))
    gone = doc.to_interchange()
    assert not card_ids & {c["id"] for c in gone["cards"]}
    assert not arrows & {c["id"] for c in gone["connectors"]}
    assert not votes & {v["id"] for v in gone["voting_rounds"][0]["votes"]}
    assert not any("m-identify" in h["moments"] for h in gone["hypotheses"])

    undo, redo = memento.difference(before, after)
    with doc.edit():
        memento.restore(doc.workshop, undo)

    assert doc.to_interchange() == exported  # ids, order, positions and timestamps, as in the file
    journey = first_journey(doc)
    assert memento.capture_journey(journey) == before  # z, positions and the loaded objects too
    moment = by_id(journey.moments, "m-identify")
    assert moment.position == 2 and journey.moments[2] is moment
    assert {c.id for c in moment.cards} == card_ids
    assert all(c.moment is moment and c in c.lane.cards for c in moment.cards)
    assert [c.z for c in moment.cards] == sorted(c.z for c in moment.cards)
    restored_arrows = [c for c in journey.connectors if c.id in arrows]
    assert all(c.source in journey.cards and c.target in journey.cards for c in restored_arrows)
    assert {v.id for v in doc.workshop.voting_rounds[0].votes} >= votes
    assert all(v.card in journey.cards for v in doc.workshop.voting_rounds[0].votes)
    assert {(h.id, c.id) for h in doc.workshop.hypotheses for c in h.cards if c.id in card_ids} == card_links
    assert {h.id for h in doc.workshop.hypotheses if moment in h.moments} == moment_links
    for hypothesis in doc.workshop.hypotheses:  # kept in the order a load gives them
        assert [c.id for c in hypothesis.cards] == sorted(c.id for c in hypothesis.cards)

    with doc.edit():
        memento.restore(doc.workshop, redo)
    assert doc.to_interchange() == gone
    assert memento.capture_journey(first_journey(doc)) == after

    with doc.edit():
        memento.restore(doc.workshop, undo)
    assert reopened_picture(doc, lambda w: memento.capture_journey(w.journeys[0])) == before


def test_restoring_a_moved_card_brings_back_its_cell_position_and_timestamp(doc: Document) -> None:
    journey = first_journey(doc)
    card = by_id(journey.cards, "c-01")
    old = (card.moment, card.lane, card.x, card.y, card.modified, card.created)
    exported = doc.to_interchange()
    before = memento.capture_cards([card])

    use, support = by_id(journey.moments, "m-use"), by_id(journey.lanes, "l-support")
    with doc.edit():  # centred on another cell
        board.move_card(journey, card, journey.moment_left(use) + (use.width - card.width) / 2,
                        journey.lane_top(support) + (support.height - card.height) / 2)
    assert (card.moment.id, card.lane.id) == ("m-use", "l-support")
    assert card.modified != old[4]
    undo, redo = memento.difference(before, memento.capture_cards([card]))
    assert list(undo) == [("card", "c-01")]

    with doc.edit():
        memento.restore(doc.workshop, undo)
    card = by_id(first_journey(doc).cards, "c-01")
    assert (card.moment, card.lane, card.x, card.y, card.modified, card.created) == old
    assert card in old[0].cards and card not in by_id(first_journey(doc).moments, "m-use").cards
    assert doc.to_interchange() == exported

    with doc.edit():
        memento.restore(doc.workshop, redo)
    assert memento.capture_cards([card]) == {("card", "c-01"): redo[("card", "c-01")]}
    assert reopened_picture(doc, lambda w: memento.capture_cards(w.journeys[0].cards))[("card", "c-01")] == \
        redo[("card", "c-01")]


def test_a_deleted_card_comes_back_where_a_load_puts_it_in_its_hypothesis(doc: Document) -> None:
    journey = first_journey(doc)
    hypothesis = next(h for h in doc.workshop.hypotheses if len(h.cards) >= 2)
    card = hypothesis.cards[0]  # links are loaded by card id, so it comes first
    linked = [c.id for c in hypothesis.cards]
    before = memento.capture_journey(journey)
    with doc.edit():
        board.remove_cards(journey, [card])
    assert [c.id for c in hypothesis.cards] == linked[1:]

    undo, _redo = memento.difference(before, memento.capture_journey(journey))
    assert undo[("hypothesis_card", f"{hypothesis.id}|{card.id}")] == {}
    with doc.edit():
        memento.restore(doc.workshop, undo)

    assert [c.id for c in hypothesis.cards] == linked
    exported = next(h for h in doc.to_interchange()["hypotheses"] if h["id"] == hypothesis.id)
    assert exported["cards"] == linked


# -- a whole journey --------------------------------------------------------------------------

def test_a_deleted_journey_comes_back_and_its_voting_round_points_at_it_again(doc: Document) -> None:
    workshop = doc.workshop
    with doc.edit():
        workshop.journeys.append(Journey.with_blueprint_lanes("Closing an account"))
    voting_round = workshop.voting_rounds[0]
    assert voting_round.journey is workshop.journeys[0]
    exported = doc.to_interchange()
    before = memento.capture_board(workshop)
    assert before[("voting_round", voting_round.id)]["journey_id"] == "j-open-account"

    with doc.edit():
        workshop.journeys.remove(workshop.journeys[0])
    after = memento.capture_board(workshop)
    assert voting_round.journey is None and voting_round.journey_id is None
    assert [j.position for j in workshop.journeys] == [0]
    gone = doc.to_interchange()
    assert gone["voting_rounds"][0]["journey"] is None and gone["voting_rounds"][0]["votes"] == []
    assert [j["title"] for j in gone["journeys"]] == ["Closing an account"]

    undo, redo = memento.difference(before, after)
    assert undo[("voting_round", voting_round.id)]["journey_id"] == "j-open-account"
    with doc.edit():
        memento.restore(workshop, undo)

    assert doc.to_interchange() == exported
    assert memento.capture_board(workshop) == before
    journey = workshop.journeys[0]
    assert journey.id == "j-open-account" and [j.position for j in workshop.journeys] == [0, 1]
    assert voting_round.journey is journey
    assert all(v.card in journey.cards for v in voting_round.votes)
    assert len(voting_round.votes) == len(exported["voting_rounds"][0]["votes"])

    with doc.edit():
        memento.restore(workshop, redo)
    assert doc.to_interchange() == gone
    assert voting_round.journey is None

    with doc.edit():
        memento.restore(workshop, undo)
    assert reopened_picture(doc, memento.capture_board) == before


# -- difference --------------------------------------------------------------------------------

def test_difference_keeps_only_the_rows_that_changed() -> None:
    same, moved = {"x": 1.0, "title": "a"}, {"x": 2.0, "title": "a"}
    before: memento.State = {("card", "same"): same, ("card", "moved"): {"x": 1.0, "title": "a"},
                             ("card", "removed"): same, ("card", "absent"): None}
    after: memento.State = {("card", "same"): dict(same), ("card", "moved"): moved, ("card", "added"): same,
                            ("card", "absent"): None}

    undo, redo = memento.difference(before, after)

    assert undo == {("card", "moved"): {"x": 1.0, "title": "a"}, ("card", "removed"): same, ("card", "added"): None}
    assert redo == {("card", "moved"): moved, ("card", "removed"): None, ("card", "added"): same}
    assert memento.difference(before, before) == ({}, {})


def test_a_real_move_differs_in_that_card_only(doc: Document) -> None:
    journey = first_journey(doc)
    before = memento.capture_journey(journey)
    card = by_id(journey.cards, "c-05")

    with doc.edit():
        board.move_card(journey, card, *(v + 10 for v in journey.card_scene_pos(card)))

    undo, redo = memento.difference(before, memento.capture_journey(journey))
    assert list(undo) == list(redo) == [("card", "c-05")]
    changed = {k for k in redo[("card", "c-05")] if redo[("card", "c-05")][k] != undo[("card", "c-05")][k]}
    assert changed == {"x", "y", "modified"}

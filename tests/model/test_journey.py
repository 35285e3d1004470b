"""Journeys: blueprint lanes, where cards sit on the board, and arrows between cards."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from codesign.model import Card, Connector, InvalidValue, Journey, Lane, Moment, Workshop
from codesign.model.layout import HEADER_HEIGHT, LANE_HEIGHT, LANE_LABEL_WIDTH, MOMENT_WIDTH


def board() -> Journey:
    journey = Journey.with_blueprint_lanes("Open an account")
    for title in ("Compare", "Apply", "Verify"):
        journey.moments.append(Moment(title=title, width=MOMENT_WIDTH))
    for lane in journey.lanes:
        lane.height = LANE_HEIGHT
    return journey


def test_with_blueprint_lanes_gives_the_four_rows_in_order() -> None:
    journey = Journey.with_blueprint_lanes("J", persona="Student")
    assert [(lane.kind, lane.title, lane.position) for lane in journey.lanes] == [
        ("customer_actions", "Customer actions", 0),
        ("frontstage", "Frontstage touchpoints", 1),
        ("backstage", "Backstage", 2),
        ("support", "Support processes", 3),
    ]
    assert journey.persona == "Student"
    assert journey.moments == []


def test_with_blueprint_lanes_takes_translated_titles() -> None:
    journey = Journey.with_blueprint_lanes("J", lane_titles={"backstage": "Hinter den Kulissen"})
    assert [lane.title for lane in journey.lanes] == [
        "Customer actions", "Frontstage touchpoints", "Hinter den Kulissen", "Support processes"]


def test_blueprint_lanes_are_saved_in_order(session: Session) -> None:
    workshop = Workshop(title="W")
    workshop.journeys.append(Journey.with_blueprint_lanes("J"))
    session.add(workshop)
    session.commit()
    rows = session.execute(select(Lane.kind, Lane.position).order_by(Lane.position)).all()
    assert rows == [("customer_actions", 0), ("frontstage", 1), ("backstage", 2), ("support", 3)]


def test_card_position_is_relative_to_its_moment_and_lane() -> None:
    journey = board()
    card = journey.add_card(moment=journey.moments[1], lane=journey.lanes[2], x=30.0, y=40.0)
    assert journey.card_scene_pos(card) == (LANE_LABEL_WIDTH + MOMENT_WIDTH + 30.0,
                                            HEADER_HEIGHT + 2 * LANE_HEIGHT + 40.0)


def test_a_card_follows_its_moment_when_moments_are_reordered_or_resized() -> None:
    journey = board()
    compare, apply_, verify = journey.moments
    card = journey.add_card(moment=verify, lane=journey.lanes[0], x=30.0, y=40.0)
    before = journey.card_scene_pos(card)
    journey.moments.remove(verify)
    journey.moments.insert(0, verify)
    assert [m.position for m in journey.moments] == [0, 1, 2]
    assert journey.card_scene_pos(card) == (LANE_LABEL_WIDTH + 30.0, before[1])
    journey.moments.remove(verify)
    journey.moments.append(verify)
    compare.width = 1000.0
    assert journey.card_scene_pos(card) == (LANE_LABEL_WIDTH + 1000.0 + MOMENT_WIDTH + 30.0, before[1])
    assert (card.x, card.y) == (30.0, 40.0)  # only the column moved


def test_a_card_follows_its_lane_when_lanes_are_reordered_or_resized() -> None:
    journey = board()
    customer, frontstage, backstage, support = journey.lanes
    card = journey.add_card(moment=journey.moments[0], lane=support, x=30.0, y=40.0)
    x = journey.card_scene_pos(card)[0]
    assert journey.card_scene_pos(card) == (x, HEADER_HEIGHT + 3 * LANE_HEIGHT + 40.0)
    journey.lanes.remove(support)
    journey.lanes.insert(1, support)
    assert [lane.kind for lane in journey.lanes] == ["customer_actions", "support", "frontstage", "backstage"]
    assert journey.card_scene_pos(card) == (x, HEADER_HEIGHT + LANE_HEIGHT + 40.0)
    customer.height = 120.0
    assert journey.card_scene_pos(card) == (x, HEADER_HEIGHT + 120.0 + 40.0)


def test_a_card_without_moment_or_lane_is_placed_absolutely() -> None:
    journey = board()
    card = journey.add_card(x=-50.0, y=1234.5)
    assert journey.card_scene_pos(card) == (-50.0, 1234.5)
    card.moment = journey.moments[2]
    assert journey.card_scene_pos(card) == (LANE_LABEL_WIDTH + 2 * MOMENT_WIDTH - 50.0, 1234.5)


def test_a_moment_of_another_journey_has_no_place_here() -> None:
    journey, other = board(), board()
    card = journey.add_card(moment=other.moments[0], x=0.0, y=0.0)
    with pytest.raises(InvalidValue, match="moment is not part of this journey"):
        journey.card_scene_pos(card)
    card.moment, card.lane = None, other.lanes[0]
    with pytest.raises(InvalidValue, match="lane is not part of this journey"):
        journey.card_scene_pos(card)


def test_add_card_stacks_new_cards_on_top() -> None:
    journey = board()
    cards = [journey.add_card(title=str(i)) for i in range(3)]
    assert [c.z for c in cards] == [0, 1, 2]
    assert journey.add_card(z=10).z == 10
    assert journey.add_card().z == 11


def test_connect_to_draws_an_arrow_between_two_cards_of_one_journey() -> None:
    journey = board()
    a, b, c = (journey.add_card(title=t) for t in "abc")
    first = a.connect_to(b, "then")
    second = b.connect_to(c)
    assert journey.connectors == [first, second]
    assert (first.source, first.target, first.label, first.position) == (a, b, "then", 0)
    assert second.position == 1
    assert a.outgoing == [first] and b.incoming == [first] and b.outgoing == [second]
    assert c.outgoing == [] and a.incoming == []


def test_connect_to_refuses_an_arrow_to_itself() -> None:
    journey = board()
    card = journey.add_card()
    with pytest.raises(InvalidValue, match="two different cards"):
        card.connect_to(card)
    assert journey.connectors == []


def test_connect_to_refuses_an_arrow_to_another_journey() -> None:
    journey, other = board(), board()
    here, there = journey.add_card(), other.add_card()
    with pytest.raises(InvalidValue, match="same journey"):
        here.connect_to(there)
    with pytest.raises(InvalidValue, match="same journey"):
        here.connect_to(Card())  # not on any journey yet
    assert journey.connectors == [] and other.connectors == []


def test_arrows_are_saved_with_their_journey(session: Session) -> None:
    workshop = Workshop(title="W")
    journey = board()
    workshop.journeys.append(journey)
    a, b = journey.add_card(title="a"), journey.add_card(title="b")
    a.connect_to(b, "next")
    session.add(workshop)
    session.commit()
    arrow = session.scalars(select(Connector)).one()
    assert (arrow.journey_id, arrow.from_card_id, arrow.to_card_id, arrow.label) == (journey.id, a.id, b.id, "next")

"""Loading a whole workshop into model objects with one query per table.

Each table is read once and the relationships are filled in from the rows, so opening
a large board costs a handful of queries rather than one per collection.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from codesign.model import (
    Card, Connector, Hypothesis, Journey, Lane, Moment, Participant, StatusChange, Vote, VotingRound,
    Workshop, hypothesis_card, hypothesis_moment,
)


def _group(items: Iterable[Any], key: str) -> defaultdict[Any, list[Any]]:
    groups: defaultdict[Any, list[Any]] = defaultdict(list)
    for item in items:
        groups[item.__dict__[key]].append(item)  # the loaded value, without the instrumented getattr
    return groups


def _fill(parents: Iterable[Any], attribute: str, groups: dict[Any, list[Any]]) -> None:
    for parent in parents:
        set_committed_value(parent, attribute, groups.get(parent.__dict__["id"], []))


def load_workshop(session: Session) -> Workshop:
    """Returns the file's workshop with every collection loaded. Raises NoResultFound if empty."""
    enabled = gc.isenabled()
    gc.disable()  # thousands of new objects would trigger many needless collections
    try:
        return _load(session)
    finally:
        if enabled:
            gc.enable()


def _all(session: Session, cls: type, *order: Any) -> list[Any]:
    return list(session.scalars(select(cls).order_by(*order)))


def _load(session: Session) -> Workshop:
    workshop = session.scalars(select(Workshop)).one()
    participants = _all(session, Participant, Participant.position)
    journeys = _all(session, Journey, Journey.position)
    moments = _all(session, Moment, Moment.position)
    lanes = _all(session, Lane, Lane.position)
    cards = _all(session, Card, Card.z)
    connectors = _all(session, Connector, Connector.position)
    rounds = _all(session, VotingRound, VotingRound.position)
    votes = _all(session, Vote, Vote.position)
    hypotheses = _all(session, Hypothesis, Hypothesis.position)
    history = _all(session, StatusChange, StatusChange.position)

    set_committed_value(workshop, "participants", participants)
    set_committed_value(workshop, "journeys", journeys)
    set_committed_value(workshop, "voting_rounds", rounds)
    set_committed_value(workshop, "hypotheses", hypotheses)
    _fill(journeys, "moments", _group(moments, "journey_id"))
    _fill(journeys, "lanes", _group(lanes, "journey_id"))
    _fill(journeys, "cards", _group(cards, "journey_id"))
    _fill(moments, "cards", _group(cards, "moment_id"))
    _fill(lanes, "cards", _group(cards, "lane_id"))
    _fill(journeys, "connectors", _group(connectors, "journey_id"))
    _fill(rounds, "votes", _group(votes, "round_id"))
    _fill(hypotheses, "history", _group(history, "hypothesis_id"))

    cards_by_id = {c.id: c for c in cards}
    moments_by_id = {m.id: m for m in moments}
    linked_cards: defaultdict[str, list[Card]] = defaultdict(list)
    for hypothesis_id, card_id in session.execute(
            select(hypothesis_card.c.hypothesis_id, hypothesis_card.c.card_id).order_by(hypothesis_card.c.card_id)):
        linked_cards[hypothesis_id].append(cards_by_id[card_id])
    linked_moments: defaultdict[str, list[Moment]] = defaultdict(list)
    for hypothesis_id, moment_id in session.execute(
            select(hypothesis_moment.c.hypothesis_id, hypothesis_moment.c.moment_id)
            .order_by(hypothesis_moment.c.moment_id)):
        linked_moments[hypothesis_id].append(moments_by_id[moment_id])
    _fill(hypotheses, "cards", linked_cards)
    _fill(hypotheses, "moments", linked_moments)
    return workshop

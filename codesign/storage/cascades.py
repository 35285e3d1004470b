"""Keeping the loaded model in step with the file's ON DELETE rules.

Removing a card, moment, lane, participant or journey lets SQLite delete or clear the rows
that pointed at it: arrows, votes, hypothesis links, a card's moment, lane or author. The
loaded objects would still show them (and a later edit of one would fail), so after each
commit they are brought in line here, without another write, and reported as changes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from codesign.model import Card, Journey, Lane, Moment, Participant, Workshop
from codesign.storage.changes import Changes


def follow_deletes(workshop: Workshop, session: Session, changes: Changes) -> None:
    removed = set(changes.removed)
    if not removed:
        return

    def ids(cls: type) -> set[str]:  # per class: ids from imported JSON may repeat across tables
        return {o.id for o in removed if isinstance(o, cls)}

    cards, moments, lanes, people, journeys = ids(Card), ids(Moment), ids(Lane), ids(Participant), ids(Journey)

    def touched(owner: Any, attribute: str) -> None:
        changes.updated.setdefault(owner, set()).add(attribute)

    def prune(owner: Any, attribute: str, dead: Any) -> None:
        items = getattr(owner, attribute)
        kept = [x for x in items if not dead(x)]
        if len(kept) == len(items):
            return
        set_committed_value(owner, attribute, kept)
        touched(owner, attribute)
        for item in items:
            if dead(item) and item not in removed:  # a row SQLite deleted for us
                removed.add(item)
                changes.removed.append(item)
                if item in session:
                    session.expunge(item)

    def clear(owner: Any, attribute: str, column: str, gone: set[str]) -> None:
        # __dict__, not getattr: a lazy load would look the removed row up in the file
        if owner.__dict__.get(attribute) in removed or getattr(owner, column) in gone:
            set_committed_value(owner, attribute, None)
            set_committed_value(owner, column, None)
            touched(owner, attribute)

    def is_removed(item: Any) -> bool:
        return item in removed

    for attribute in ("participants", "journeys", "voting_rounds", "hypotheses"):
        prune(workshop, attribute, is_removed)  # after session.delete() rather than list.remove()
    for journey in workshop.journeys:
        for attribute in ("moments", "lanes", "cards"):
            prune(journey, attribute, is_removed)
        prune(journey, "connectors", lambda c: c in removed or c.from_card_id in cards or c.to_card_id in cards)
        for card in journey.cards:
            clear(card, "moment", "moment_id", moments)
            clear(card, "lane", "lane_id", lanes)
            clear(card, "author", "author_id", people)
        for column in (*journey.moments, *journey.lanes):
            prune(column, "cards", is_removed)
    for hypothesis in workshop.hypotheses:
        prune(hypothesis, "cards", is_removed)
        prune(hypothesis, "moments", is_removed)
    for voting_round in workshop.voting_rounds:
        clear(voting_round, "journey", "journey_id", journeys)
        prune(voting_round, "votes", lambda v: v in removed or v.card_id in cards or v.participant_id in people)

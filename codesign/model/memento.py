"""Before/after pictures of part of a workshop, and putting one back: the basis of undo.

A command captures the rows it may touch, runs its edit, captures them again and keeps
only what differs. Undo restores the "before" picture and redo the "after" one, so every
board edit is undone exactly (ids, order, timestamps) without a hand-written inverse.
A picture maps (kind, id) to the row's column values, or to None when the row is absent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm.attributes import flag_modified

from codesign.model.hypothesis import Hypothesis, StatusChange
from codesign.model.journey import Card, Connector, Journey, Lane, Moment
from codesign.model.voting import Vote, VotingRound
from codesign.model.workshop import Participant, Workshop

Key = tuple[str, str]
State = dict[Key, dict[str, Any] | None]

KINDS: dict[str, type] = {"journey": Journey, "moment": Moment, "lane": Lane, "card": Card,
                          "connector": Connector, "voting_round": VotingRound, "vote": Vote,
                          "participant": Participant, "hypothesis": Hypothesis, "status_change": StatusChange}
COLUMNS: dict[str, tuple[str, ...]] = {
    kind: tuple(a.key for a in inspect(cls).column_attrs) for kind, cls in KINDS.items()
}
LINKS = {"hypothesis_card": ("cards", "card"), "hypothesis_moment": ("moments", "moment")}
CREATE_ORDER = ("participant", "journey", "moment", "lane", "card", "connector", "voting_round", "vote",
                "hypothesis", "status_change")
# foreign key -> (relationship, kind it points at); the parent key of each kind is handled apart
REFERENCES: dict[str, dict[str, tuple[str, str]]] = {
    "card": {"moment_id": ("moment", "moment"), "lane_id": ("lane", "lane"), "author_id": ("author", "participant")},
    "connector": {"from_card_id": ("source", "card"), "to_card_id": ("target", "card")},
    "vote": {"card_id": ("card", "card"), "participant_id": ("participant", "participant")},
    "voting_round": {"journey_id": ("journey", "journey")},
}
# kind -> (parent foreign key, parent kind, the parent's collection)
PARENTS: dict[str, tuple[str, str, str]] = {
    "journey": ("workshop_id", "workshop", "journeys"), "moment": ("journey_id", "journey", "moments"),
    "lane": ("journey_id", "journey", "lanes"), "card": ("journey_id", "journey", "cards"),
    "connector": ("journey_id", "journey", "connectors"), "vote": ("round_id", "voting_round", "votes"),
    "voting_round": ("workshop_id", "workshop", "voting_rounds"),
    "participant": ("workshop_id", "workshop", "participants"),
    "hypothesis": ("workshop_id", "workshop", "hypotheses"),
    "status_change": ("hypothesis_id", "hypothesis", "history"),
}


def _row(kind: str, obj: object) -> dict[str, Any]:
    loaded = obj.__dict__  # far cheaper than the instrumented getattr on big boards
    return {name: loaded[name] if name in loaded else getattr(obj, name) for name in COLUMNS[kind]}


def capture_cards(cards: Iterable[Card]) -> State:
    """Just these cards' own rows: enough for moving, resizing and editing them."""
    return {("card", c.id): _row("card", c) for c in cards}


def capture_journey(journey: Journey) -> State:
    """A journey with everything on it: its moments, lanes, cards, arrows, the votes on its cards
    and the hypotheses' links to its cards and moments."""
    state: State = {("journey", journey.id): _row("journey", journey)}
    for kind, items in (("moment", journey.moments), ("lane", journey.lanes), ("card", journey.cards),
                        ("connector", journey.connectors)):
        for item in items:
            state[(kind, item.id)] = _row(kind, item)
    workshop = journey.workshop
    if workshop is None:
        return state
    card_ids = {c.id for c in journey.cards}
    moment_ids = {m.id for m in journey.moments}
    for voting_round in workshop.voting_rounds:
        for vote in voting_round.votes:
            if vote.card_id in card_ids:
                state[("vote", vote.id)] = _row("vote", vote)
    for hypothesis in workshop.hypotheses:
        for card in hypothesis.cards:
            if card.id in card_ids:
                state[("hypothesis_card", f"{hypothesis.id}|{card.id}")] = {}
        for moment in hypothesis.moments:
            if moment.id in moment_ids:
                state[("hypothesis_moment", f"{hypothesis.id}|{moment.id}")] = {}
    return state


def capture_board(workshop: Workshop) -> State:
    """Every journey, and the voting rounds (which journey each is about): for adding and
    removing journeys."""
    state: State = {}
    for journey in workshop.journeys:
        state.update(capture_journey(journey))
    for voting_round in workshop.voting_rounds:
        state[("voting_round", voting_round.id)] = _row("voting_round", voting_round)
    return state


def capture_people(workshop: Workshop) -> State:
    """Everyone in the room, with what points at them: their votes and the cards they wrote."""
    state = capture_rounds(workshop)
    for person in workshop.participants:
        state[("participant", person.id)] = _row("participant", person)
    for journey in workshop.journeys:  # every card, not only authored ones: a key missing after means "removed"
        for card in journey.cards:
            state[("card", card.id)] = _row("card", card)
    return state


def capture_rounds(workshop: Workshop) -> State:
    """Every voting round with its votes: for voting, tallies and the rounds' settings."""
    state: State = {}
    for voting_round in workshop.voting_rounds:
        state[("voting_round", voting_round.id)] = _row("voting_round", voting_round)
        for vote in voting_round.votes:
            state[("vote", vote.id)] = _row("vote", vote)
    return state


def capture_round(round_id: str) -> Callable[[Workshop], State]:
    """One round with its votes: the scope of a single dot, which must stay cheap."""
    def capture(workshop: Workshop) -> State:
        state: State = {}
        for voting_round in workshop.voting_rounds:
            if voting_round.id == round_id:
                state[("voting_round", round_id)] = _row("voting_round", voting_round)
                for vote in voting_round.votes:
                    state[("vote", vote.id)] = _row("vote", vote)
        return state
    return capture


def capture_hypotheses(workshop: Workshop) -> State:
    """Every hypothesis with its status history and its links to cards and moments."""
    state: State = {}
    for hypothesis in workshop.hypotheses:
        state[("hypothesis", hypothesis.id)] = _row("hypothesis", hypothesis)
        for change in hypothesis.history:
            state[("status_change", change.id)] = _row("status_change", change)
        for card in hypothesis.cards:
            state[("hypothesis_card", f"{hypothesis.id}|{card.id}")] = {}
        for moment in hypothesis.moments:
            state[("hypothesis_moment", f"{hypothesis.id}|{moment.id}")] = {}
    return state


def difference(before: State, after: State) -> tuple[State, State]:
    """Only the rows that changed, each side holding None where the row did not exist."""
    keys = [k for k in {**before, **after} if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


class _Registry:
    """The loaded objects of a workshop by (kind, id)."""

    def __init__(self, workshop: Workshop) -> None:
        self.objects: dict[Key, Any] = {("workshop", workshop.id): workshop}
        for kind, items in (("participant", workshop.participants), ("voting_round", workshop.voting_rounds),
                            ("hypothesis", workshop.hypotheses), ("journey", workshop.journeys)):
            self.add_all(kind, items)
        for journey in workshop.journeys:
            for kind in ("moment", "lane", "card", "connector"):
                self.add_all(kind, getattr(journey, PARENTS[kind][2]))
        for voting_round in workshop.voting_rounds:
            self.add_all("vote", voting_round.votes)
        for hypothesis in workshop.hypotheses:
            self.add_all("status_change", hypothesis.history)

    def add_all(self, kind: str, items: Iterable[Any]) -> None:
        for item in items:
            self.objects[(kind, item.id)] = item

    def get(self, kind: str, ident: str | None) -> Any:
        return None if ident is None else self.objects.get((kind, ident))


def restore(workshop: Workshop, state: State) -> None:
    """Makes the model match `state`: removes, creates and updates rows, children in a safe order.

    Call inside Document.edit(); the storage commits it as one change.
    """
    registry = _Registry(workshop)
    touched: set[Any] = set()

    # Remove, children first, so no row is left pointing at a removed one.
    for kind in ("status_change", "hypothesis_card", "hypothesis_moment", "hypothesis", "vote", "voting_round",
                 "connector", "card", "lane", "moment", "journey", "participant"):
        for (k, ident), row in state.items():
            if k != kind or row is not None:
                continue
            if kind in LINKS:
                _set_link(registry, kind, ident, present=False)
                continue
            obj = registry.get(kind, ident)
            if obj is not None:
                parent_key, parent_kind, collection = PARENTS[kind]
                parent = registry.get(parent_kind, getattr(obj, parent_key))
                getattr(parent, collection).remove(obj)
                registry.objects.pop((kind, ident))
                touched.add(parent)

    # Create and update, parents first.
    for kind in CREATE_ORDER:
        for (k, ident), row in state.items():
            if k == kind and row is not None:
                touched.add(_put(registry, kind, ident, row))
    for (kind, ident), row in state.items():
        if kind in LINKS and row is not None:
            _set_link(registry, kind, ident, present=True)

    _sort_collections(touched)


def _put(registry: _Registry, kind: str, ident: str, row: dict[str, Any]) -> Any:
    """Creates or updates one row's object; returns the parent whose collections may need sorting."""
    parent_key, parent_kind, collection = PARENTS[kind]
    references = REFERENCES.get(kind, {})
    plain = {name: value for name, value in row.items() if name != parent_key and name not in references}
    parent = registry.get(parent_kind, row[parent_key])
    obj = registry.get(kind, ident)
    if obj is None:
        obj = KINDS[kind](**plain)
        getattr(parent, collection).append(obj)  # an ordering list renumbers here; the row's own position wins below
        registry.objects[(kind, ident)] = obj
    elif getattr(obj, parent_key) != row[parent_key]:
        raise ValueError(f"{kind} {ident} cannot move to another {parent_kind}")
    for name, (relationship, target_kind) in references.items():
        if getattr(obj, name) != row[name] or obj.__dict__.get(relationship) is None and row[name] is not None:
            setattr(obj, relationship, registry.get(target_kind, row[name]))
    for name, value in plain.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
    if "modified" in plain:
        flag_modified(obj, "modified")  # written as given, so the column's "now on update" does not apply
    return parent


def _set_link(registry: _Registry, kind: str, ident: str, *, present: bool) -> None:
    collection, target_kind = LINKS[kind]
    hypothesis_id, _, target_id = ident.partition("|")
    hypothesis: Hypothesis | None = registry.get("hypothesis", hypothesis_id)
    target = registry.get(target_kind, target_id)
    if hypothesis is None or target is None:
        return
    items = getattr(hypothesis, collection)
    if present and target not in items:
        items.append(target)
        items.sort(key=lambda item: item.id)  # loaded (and exported) by id; a plain sort writes nothing
    elif not present and target in items:
        items.remove(target)


def _sort_collections(parents: set[Any]) -> None:
    """Puts loaded lists back in their stored order: list.sort emits no ORM events, so nothing is written."""
    for parent in parents:
        if isinstance(parent, Workshop):
            parent.journeys.sort(key=lambda j: j.position)
            parent.voting_rounds.sort(key=lambda r: r.position)
            parent.participants.sort(key=lambda p: p.position)
            parent.hypotheses.sort(key=lambda h: h.position)
        elif isinstance(parent, Journey):
            parent.moments.sort(key=lambda m: m.position)
            parent.lanes.sort(key=lambda lane: lane.position)
            parent.cards.sort(key=lambda c: c.z)
            parent.connectors.sort(key=lambda c: c.position)
            for column in (*parent.moments, *parent.lanes):
                column.cards.sort(key=lambda c: c.z)
        elif isinstance(parent, VotingRound):
            parent.votes.sort(key=lambda v: v.position)
        elif isinstance(parent, Hypothesis):
            parent.history.sort(key=lambda change: change.position)

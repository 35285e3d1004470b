"""Dot-voting results: ranked cards, the groups side by side, their disagreements, and where the
journey hurts most. Qt-free pure functions.

The counting works on plain rows (`CardRow`, `MomentRow`, `RoundRows`), so it does not care where
they came from; `round_results` and `combined_results` are thin adapters from loaded model objects.
One pass over the votes, then dicts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from codesign.model.enums import NoteType, ParticipantGroup
from codesign.model.vote_rules import target_card_ids
from codesign.model.voting import VotingRound

CUSTOMER, STAFF = ParticipantGroup.CUSTOMER.value, ParticipantGroup.STAFF.value
GROUPS: tuple[str, ...] = tuple(g.value for g in ParticipantGroup)
MAX_DISAGREEMENTS = 5


# -- plain rows ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CardRow:
    id: str
    title: str
    card_type: str
    moment_id: str | None


@dataclass(frozen=True)
class MomentRow:
    id: str
    title: str
    journey_id: str


@dataclass
class RoundRows:
    """What one round counts: its votes as (card_id, group, dots) and the cards it targets."""

    round_id: str | None
    question: str
    journey_id: str | None  # None: every journey of the workshop
    target_ids: set[str]
    votes: list[tuple[str, str, int]] = field(default_factory=list)


# -- results -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CardResult:
    card_id: str
    title: str
    card_type: str
    moment_id: str | None
    total: int
    by_group: dict[str, int]
    rank: int


@dataclass(frozen=True)
class RoundResults:
    round_id: str | None  # None for results combined across rounds
    question: str
    cards: list[CardResult]  # by rank, then title (case-insensitive)
    disagreements: list[tuple[str, float, float, float]]  # (card_id, customer_share, staff_share, gap)
    moments: list[tuple[str, str, int, int]]  # (moment_id, title, total, pain_total), in journey order

    def card(self, card_id: str) -> CardResult | None:
        return next((c for c in self.cards if c.card_id == card_id), None)


def results_from_rows(rows: RoundRows, cards: Sequence[CardRow], moments: Sequence[MomentRow]) -> RoundResults:
    """Results of one set of votes. `cards` and `moments` are the workshop's, moments in journey order."""
    per_card: dict[str, dict[str, int]] = {}
    group_totals = dict.fromkeys(GROUPS, 0)
    for card_id, group, dots in rows.votes:
        counts = per_card.get(card_id)
        if counts is None:
            counts = per_card[card_id] = dict.fromkeys(GROUPS, 0)
        counts[group] = counts.get(group, 0) + dots
        group_totals[group] = group_totals.get(group, 0) + dots

    by_id = {c.id: c for c in cards}
    shown = [by_id[i] for i in per_card.keys() | rows.target_ids if i in by_id]
    totals = {c.id: sum(per_card[c.id].values()) if c.id in per_card else 0 for c in shown}
    shown.sort(key=lambda c: (-totals[c.id], c.title.casefold(), c.title, c.id))

    ranked: list[CardResult] = []
    rank, previous = 0, None
    for position, card in enumerate(shown, start=1):
        total = totals[card.id]
        if total != previous:  # competition ranking: ties share a rank, the next rank skips
            rank, previous = position, total
        ranked.append(CardResult(card.id, card.title, card.card_type, card.moment_id, total,
                                 dict(per_card.get(card.id) or dict.fromkeys(GROUPS, 0)), rank))

    return RoundResults(rows.round_id, rows.question, ranked,
                        _disagreements(per_card, group_totals, by_id),
                        _moments(rows, ranked, moments))


def _disagreements(per_card: dict[str, dict[str, int]], group_totals: dict[str, int],
                   by_id: dict[str, CardRow]) -> list[tuple[str, float, float, float]]:
    """Cards whose share of the customer dots differs most from their share of the staff dots.
    Nothing to compare unless both groups placed dots."""
    customers, staff = group_totals.get(CUSTOMER, 0), group_totals.get(STAFF, 0)
    if not customers or not staff:
        return []
    gaps = []
    for card_id, counts in per_card.items():
        if card_id not in by_id:
            continue
        c_share, s_share = counts.get(CUSTOMER, 0) / customers, counts.get(STAFF, 0) / staff
        gap = abs(c_share - s_share)
        if gap > 0:
            gaps.append((card_id, c_share, s_share, gap))
    gaps.sort(key=lambda g: (-g[3], by_id[g[0]].title.casefold(), g[0]))
    return gaps[:MAX_DISAGREEMENTS]


def _moments(rows: RoundRows, ranked: list[CardResult],
             moments: Sequence[MomentRow]) -> list[tuple[str, str, int, int]]:
    """Dots per moment, and dots on pain notes per moment, for the moments of the round's journey."""
    total: dict[str | None, int] = {}
    pain: dict[str | None, int] = {}
    for card in ranked:
        total[card.moment_id] = total.get(card.moment_id, 0) + card.total
        if card.card_type == NoteType.PAIN:
            pain[card.moment_id] = pain.get(card.moment_id, 0) + card.total
    return [(m.id, m.title, total.get(m.id, 0), pain.get(m.id, 0)) for m in moments
            if rows.journey_id is None or m.journey_id == rows.journey_id]


def combine_rows(rounds: Iterable[RoundRows]) -> RoundRows:
    """Every round's votes and targets as one."""
    combined = RoundRows(None, "", None, set())
    journeys: set[str | None] = set()
    for rows in rounds:
        combined.target_ids |= rows.target_ids
        combined.votes.extend(rows.votes)
        journeys.add(rows.journey_id)
    if len(journeys) == 1:
        combined.journey_id = journeys.pop()
    return combined


# -- adapters from loaded model objects -----------------------------------------------------------------

def round_rows(voting_round: VotingRound) -> RoundRows:
    return RoundRows(voting_round.id, voting_round.question, voting_round.journey_id,
                     target_card_ids(voting_round),
                     [(v.card_id, v.group, v.dots) for v in voting_round.votes])


def workshop_rows(voting_round: VotingRound) -> tuple[list[CardRow], list[MomentRow]]:
    """The cards and moments (in journey order) of the round's workshop."""
    cards, moments = [], []
    for journey in voting_round.workshop.journeys:
        cards.extend(CardRow(c.id, c.title, c.type, c.moment_id) for c in journey.cards)
        moments.extend(MomentRow(m.id, m.title, journey.id) for m in journey.moments)
    return cards, moments


def round_results(voting_round: VotingRound) -> RoundResults:
    return results_from_rows(round_rows(voting_round), *workshop_rows(voting_round))


def combined_results(rounds: Sequence[VotingRound]) -> RoundResults:
    """All the rounds' dots added up, as if they were one round."""
    if not rounds:
        return RoundResults(None, "", [], [], [])
    return results_from_rows(combine_rows(round_rows(r) for r in rounds), *workshop_rows(rounds[0]))

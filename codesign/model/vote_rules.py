"""The rules of dot voting, checked on the loaded model inside the edit that writes the vote.

Each function is called inside Document.edit(): the check and the write are one transaction,
and the file is held by this process alone, so no other writer can slip in between. Every
refusal is its own error class, named after the rule the vote would break.
"""

from __future__ import annotations

from collections.abc import Iterable

from codesign.model.base import utc_now
from codesign.model.enums import ParticipantGroup, RoundStatus, VotingTarget
from codesign.model.errors import QT_TRANSLATE_NOOP, ModelError
from codesign.model.journey import Card
from codesign.model.voting import MAX_DOTS, Vote, VotingRound
from codesign.model.workshop import Participant, Workshop


class VoteError(ModelError):
    """A vote, or a change to a round, that the voting rules refuse."""


class RoundNotOpen(VoteError):
    pass


class AnotherRoundOpen(VoteError):
    pass


class NotEligible(VoteError):
    pass


class OwnCardNotAllowed(VoteError):
    pass


class VoteLimitExceeded(VoteError):
    pass


class PerCardLimitExceeded(VoteError):
    pass


class NoDotToTakeBack(VoteError):
    pass


class LimitBelowSpent(VoteError):
    pass


# -- what a round counts -----------------------------------------------------------------------

def _voter(v: Vote) -> str | None:
    """The participant id, also for a vote not yet flushed (its foreign key is set only then)."""
    person = v.__dict__.get("participant")
    return person.id if person is not None else v.participant_id


def _card(v: Vote) -> str:
    card = v.__dict__.get("card")
    return card.id if card is not None else v.card_id


def target_card_ids(voting_round: VotingRound) -> set[str]:
    """The cards this round lets people vote on."""
    journey = voting_round.journey
    cards: Iterable[Card] = journey.cards if journey is not None else [
        c for j in voting_round.workshop.journeys for c in j.cards]
    if voting_round.target == VotingTarget.SELECTION:
        chosen = set(voting_round.target_cards)
        return {c.id for c in cards if c.id in chosen}
    if voting_round.target == VotingTarget.KINDS:
        kinds = set(voting_round.target_kinds)
        return {c.id for c in cards if c.type in kinds}
    return {c.id for c in cards}


def is_target(voting_round: VotingRound, card: Card) -> bool:
    """Whether the round lets people vote on `card`; the same answer as target_card_ids, without
    walking every card (it runs on every click on the shared screen)."""
    journey = voting_round.journey  # relationships, not foreign keys: they are set before a flush too
    if journey is not None and card.journey is not journey:
        return False
    if voting_round.target == VotingTarget.SELECTION:
        return card.id in voting_round.target_cards
    if voting_round.target == VotingTarget.KINDS:
        return card.type in voting_round.target_kinds
    return True


def dots_of(voting_round: VotingRound, participant: Participant) -> int:
    return sum(v.dots for v in voting_round.votes if _voter(v) == participant.id)


def dots_on(voting_round: VotingRound, participant: Participant, card: Card) -> int:
    return sum(v.dots for v in voting_round.votes if _voter(v) == participant.id and _card(v) == card.id)


def dots_left(voting_round: VotingRound, participant: Participant) -> int:
    return max(0, voting_round.dots_per_participant - dots_of(voting_round, participant))


# -- opening and closing ---------------------------------------------------------------------

def open_round(workshop: Workshop, voting_round: VotingRound) -> None:
    """Opens (or reopens) a round. Only one round is open at a time."""
    for other in workshop.voting_rounds:
        if other is not voting_round and other.status == RoundStatus.OPEN:
            raise AnotherRoundOpen(QT_TRANSLATE_NOOP(
                "ModelError", "The round “{question}” is still open. Close it before opening another."),
                question=other.question)
    if voting_round.status != RoundStatus.OPEN:
        voting_round.status = RoundStatus.OPEN.value
        voting_round.opened_at = utc_now()
        voting_round.closed_at = None


def close_round(voting_round: VotingRound) -> None:
    if voting_round.status == RoundStatus.OPEN:
        voting_round.status = RoundStatus.CLOSED.value
        voting_round.closed_at = utc_now()


def copy_round(workshop: Workshop, voting_round: VotingRound) -> VotingRound:
    """A new draft round with the same settings and no votes."""
    fields = ("journey", "question", "dots_per_participant", "per_card_max", "target", "allow_own_cards",
              "anonymous", "hidden_until_reveal", "time_limit_seconds")
    copy = VotingRound(**{f: getattr(voting_round, f) for f in fields}, target_kinds=voting_round.target_kinds,
                       target_cards=voting_round.target_cards, groups=voting_round.groups)
    workshop.voting_rounds.append(copy)
    return copy


def set_limits(voting_round: VotingRound, *, dots_per_participant: int | None = None,
               per_card_max: int | None = None) -> None:
    """Changes the limits; never below what someone has already spent."""
    people = {_voter(v) for v in voting_round.votes if _voter(v) is not None}
    if dots_per_participant is not None:
        spent = max((sum(v.dots for v in voting_round.votes if _voter(v) == p) for p in people), default=0)
        if dots_per_participant < spent:
            raise LimitBelowSpent(QT_TRANSLATE_NOOP(
                "ModelError", "Someone has already placed {spent} dots; the limit cannot go below that."),
                spent=spent)
        voting_round.dots_per_participant = dots_per_participant
    if per_card_max is not None:
        on_one = max((v.dots for v in voting_round.votes if _voter(v) is not None), default=0)
        if per_card_max < on_one:
            raise LimitBelowSpent(QT_TRANSLATE_NOOP(
                "ModelError", "Someone has already placed {spent} dots on one card; the limit cannot go below that."),
                spent=on_one)
        voting_round.per_card_max = per_card_max


SETTINGS = ("question", "dots_per_participant", "per_card_max", "target", "target_kinds", "target_cards",
            "groups", "allow_own_cards", "anonymous", "hidden_until_reveal", "time_limit_seconds")


def configure_round(voting_round: VotingRound, **settings: object) -> None:
    """Changes a round's settings. The limits go through set_limits, so they never drop below dots spent."""
    unknown = set(settings) - set(SETTINGS)
    if unknown:
        raise ModelError(QT_TRANSLATE_NOOP("ModelError", "A voting round has no setting {name}."),
                         name=", ".join(sorted(unknown)))
    limits = {k: settings.pop(k) for k in ("dots_per_participant", "per_card_max") if k in settings}
    if limits:
        set_limits(voting_round, **limits)  # type: ignore[arg-type]
    for name, value in settings.items():
        if getattr(voting_round, name) != value:
            setattr(voting_round, name, value)


def reveal(voting_round: VotingRound, revealed: bool = True) -> None:
    """Shows (or hides again) the counts of a round that hides them until the reveal."""
    if voting_round.revealed != revealed:
        voting_round.revealed = revealed


def counts_visible(voting_round: VotingRound) -> bool:
    """Whether the room may see everyone's dots now: a hidden round hides them while it is open."""
    return (not voting_round.hidden_until_reveal or voting_round.revealed
            or voting_round.status != RoundStatus.OPEN)


# -- voting ------------------------------------------------------------------------------------

def check_vote(voting_round: VotingRound, participant: Participant, card: Card) -> None:
    """Raises the error of the first rule one more dot would break."""
    if voting_round.status != RoundStatus.OPEN:
        raise RoundNotOpen(QT_TRANSLATE_NOOP("ModelError", "This round is not open for voting."))
    if participant.group not in voting_round.groups:
        raise NotEligible(QT_TRANSLATE_NOOP("ModelError", "{name} is not in a group that votes in this round."),
                          name=participant.name)
    if not is_target(voting_round, card):
        raise NotEligible(QT_TRANSLATE_NOOP("ModelError", "This card is not part of this round."))
    if not voting_round.allow_own_cards and card.author_id == participant.id:
        raise OwnCardNotAllowed(QT_TRANSLATE_NOOP("ModelError", "In this round, nobody votes on their own cards."))
    spent = on_card = 0
    for v in voting_round.votes:  # one pass: this runs twice on every click on the shared screen
        if _voter(v) == participant.id:
            spent += v.dots
            if _card(v) == card.id:
                on_card += v.dots
    if spent >= voting_round.dots_per_participant:
        raise VoteLimitExceeded(QT_TRANSLATE_NOOP("ModelError", "{name} has no dots left."), name=participant.name)
    if on_card >= voting_round.per_card_max:
        raise PerCardLimitExceeded(QT_TRANSLATE_NOOP(
            "ModelError", "{name} already has {count} dot(s) on this card, the most allowed."),
            name=participant.name, count=voting_round.per_card_max)


def vote(voting_round: VotingRound, participant: Participant, card: Card) -> Vote:
    """Adds one dot for a participant on a card, if every rule allows it."""
    check_vote(voting_round, participant, card)
    for existing in voting_round.votes:
        if _voter(existing) == participant.id and _card(existing) == card.id:
            existing.dots += 1
            return existing
    new = Vote(card=card, participant=participant, group=participant.group, dots=1,
               position=max((v.position for v in voting_round.votes), default=-1) + 1)
    voting_round.votes.append(new)
    return new


def take_back(voting_round: VotingRound, participant: Participant, card: Card) -> None:
    """Removes one of the participant's dots from a card."""
    if voting_round.status != RoundStatus.OPEN:
        raise RoundNotOpen(QT_TRANSLATE_NOOP("ModelError", "This round is not open for voting."))
    for existing in voting_round.votes:
        if _voter(existing) == participant.id and _card(existing) == card.id:
            if existing.dots > 1:
                existing.dots -= 1
            else:
                voting_round.votes.remove(existing)
            return
    raise NoDotToTakeBack(QT_TRANSLATE_NOOP("ModelError", "{name} has no dot on this card."), name=participant.name)


def set_tally(voting_round: VotingRound, card: Card, group: str, dots: int) -> None:
    """Paper dots: `dots` of unnamed participants of `group` on a card (0 removes the tally)."""
    if group not in {g.value for g in ParticipantGroup}:
        raise NotEligible(QT_TRANSLATE_NOOP("ModelError", "Unknown group {group}."), group=group)
    if card.id not in target_card_ids(voting_round):
        raise NotEligible(QT_TRANSLATE_NOOP("ModelError", "This card is not part of this round."))
    if not 0 <= dots <= MAX_DOTS * 100:
        raise VoteLimitExceeded(QT_TRANSLATE_NOOP("ModelError", "A paper tally holds 0 to {most} dots."),
                                most=MAX_DOTS * 100)
    existing = next((v for v in voting_round.votes
                     if _voter(v) is None and _card(v) == card.id and v.group == group), None)
    if existing is not None and dots == 0:
        voting_round.votes.remove(existing)
    elif existing is not None:
        existing.dots = dots
    elif dots:
        voting_round.votes.append(Vote(card=card, participant=None, group=group, dots=dots,
                                       position=max((v.position for v in voting_round.votes), default=-1) + 1))


def totals(voting_round: VotingRound) -> dict[str, dict[str, int]]:
    """Dots per card id, per group, with "all" for every group together."""
    result: dict[str, dict[str, int]] = {}
    for v in voting_round.votes:
        row = result.setdefault(_card(v), {"all": 0})
        row["all"] += v.dots
        row[v.group] = row.get(v.group, 0) + v.dots
    return result


"""A hypothesis's life: idea → planned → testing → validated or invalidated → adopted or let go.

Every status change is recorded with its date, so a report can tell the story. A hypothesis that
has been tested or has a learning is never deleted: it is let go, and stays visible with what
was learned. Only a blank idea (a slip of the keyboard) may be removed.
"""

from __future__ import annotations

from collections.abc import Iterable

from codesign.model.base import utc_now
from codesign.model.enums import HypothesisStatus as S
from codesign.model.errors import QT_TRANSLATE_NOOP, ModelError
from codesign.model.hypothesis import TEXT_FIELDS, Hypothesis, StatusChange
from codesign.model.journey import Card, Moment
from codesign.model.workshop import Workshop

# Where each status may go next. Going back one step is allowed (a plan falls through, a test is
# run again); skipping the test is not: nothing is validated, adopted or invalidated untested.
NEXT: dict[str, frozenset[str]] = {
    S.IDEA: frozenset({S.PLANNED, S.TESTING, S.LET_GO}),
    S.PLANNED: frozenset({S.IDEA, S.TESTING, S.LET_GO}),
    S.TESTING: frozenset({S.PLANNED, S.VALIDATED, S.INVALIDATED, S.LET_GO}),
    S.VALIDATED: frozenset({S.TESTING, S.ADOPTED, S.LET_GO}),
    S.INVALIDATED: frozenset({S.TESTING, S.LET_GO}),
    S.ADOPTED: frozenset({S.LET_GO}),
    S.LET_GO: frozenset({S.IDEA}),
}
EDITABLE = (*TEXT_FIELDS, "start_date", "deadline", "criticality", "decision")


class HypothesisError(ModelError):
    pass


class TransitionNotAllowed(HypothesisError):
    pass


class HypothesisHasHistory(HypothesisError):
    pass


def new_hypothesis(workshop: Workshop, statement: str, *, cards: Iterable[Card] = (),
                   moments: Iterable[Moment] = (), **fields: object) -> Hypothesis:
    """A new idea, its first step in the history recorded."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise HypothesisError(QT_TRANSLATE_NOOP("ModelError", "A hypothesis has no field {name}."),
                              name=", ".join(sorted(unknown)))
    hypothesis = Hypothesis(statement=statement, status=S.IDEA.value, **fields)
    hypothesis.cards = sorted(set(cards), key=lambda c: c.id)
    hypothesis.moments = sorted(set(moments), key=lambda m: m.id)
    hypothesis.history.append(StatusChange(status=S.IDEA.value, at=utc_now(), position=0))
    workshop.hypotheses.append(hypothesis)
    return hypothesis


def change_status(hypothesis: Hypothesis, status: str, note: str = "") -> None:
    """Moves a hypothesis on (or back a step) and records when."""
    if status == hypothesis.status:
        return
    if status not in NEXT.get(hypothesis.status, frozenset()):
        raise TransitionNotAllowed(QT_TRANSLATE_NOOP(
            "ModelError", "A hypothesis cannot go from “{old}” to “{new}”: {why}"),
            old=hypothesis.status, new=status, why=why_not(hypothesis.status, status))
    hypothesis.status = status
    hypothesis.history.append(StatusChange(status=status, at=utc_now(), note=note,
                                           position=len(hypothesis.history)))


def why_not(old: str, new: str) -> str:
    if new in (S.VALIDATED, S.INVALIDATED):
        return QT_TRANSLATE_NOOP("ModelError", "test it first.")
    if new == S.ADOPTED:
        return QT_TRANSLATE_NOOP("ModelError", "only a validated hypothesis is adopted.")
    if old == S.LET_GO:
        return QT_TRANSLATE_NOOP("ModelError", "pick it up again as a new idea first.")
    return QT_TRANSLATE_NOOP("ModelError", "that step is not part of its life cycle.")


def remove_hypothesis(workshop: Workshop, hypothesis: Hypothesis) -> None:
    """Only a blank idea goes away; anything tested or learned is let go instead."""
    if hypothesis.status != S.IDEA or len(hypothesis.history) > 1 or hypothesis.observation.strip() \
            or hypothesis.learning.strip():
        raise HypothesisHasHistory(QT_TRANSLATE_NOOP(
            "ModelError", "This hypothesis has a history. Let it go instead: it stays visible with what was learned."))
    workshop.hypotheses.remove(hypothesis)


def let_go(workshop: Workshop) -> list[Hypothesis]:
    """The ones let go, with their learning: a result, not a failure."""
    return [h for h in workshop.hypotheses if h.status == S.LET_GO]

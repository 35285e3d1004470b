"""A hypothesis's life on a real file: its history, the steps it may take, and why a tested one
is let go rather than deleted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from codesign.model import HypothesisStatus as S
from codesign.model import hypothesis_rules as rules
from codesign.storage import Document


@pytest.fixture
def doc(demo_file: Path) -> Iterator[Document]:
    with Document.open(demo_file) as document:
        yield document


def test_every_status_change_is_recorded_with_its_date(doc: Document) -> None:
    cards = doc.workshop.journeys[0].cards[:2]
    with doc.edit():
        hypothesis = rules.new_hypothesis(doc.workshop, "A status page cuts calls", cards=cards, owner="Lena")
    for status in (S.PLANNED, S.TESTING, S.INVALIDATED, S.LET_GO):
        with doc.edit():
            rules.change_status(hypothesis, status, note=f"now {status}")
    stored = next(h for h in doc.to_interchange()["hypotheses"] if h["id"] == hypothesis.id)
    assert [step["status"] for step in stored["history"]] == ["idea", "planned", "testing", "invalidated", "let_go"]
    assert [step["note"] for step in stored["history"]][1:] == ["now planned", "now testing", "now invalidated",
                                                                 "now let_go"]
    stamps = [step["at"] for step in stored["history"]]
    assert stamps == sorted(stamps) and all(s.endswith("Z") for s in stamps)
    assert stored["status"] == "let_go" and sorted(stored["cards"]) == sorted(c.id for c in cards)
    assert hypothesis in rules.let_go(doc.workshop)


@pytest.mark.parametrize(("path", "refused"), [
    ((), S.VALIDATED), ((), S.ADOPTED), ((S.PLANNED,), S.INVALIDATED),
    ((S.TESTING, S.INVALIDATED), S.ADOPTED), ((S.LET_GO,), S.TESTING),
])
def test_a_step_out_of_the_life_cycle_is_refused_and_writes_nothing(doc: Document, path: tuple, refused: str) -> None:
    with doc.edit():
        hypothesis = rules.new_hypothesis(doc.workshop, "Video ident at any branch")
    for status in path:
        with doc.edit():
            rules.change_status(hypothesis, status)
    before = doc.to_interchange()
    with pytest.raises(rules.TransitionNotAllowed), doc.edit():
        rules.change_status(hypothesis, refused)
    assert doc.to_interchange() == before


def test_every_allowed_step_is_taken(doc: Document) -> None:
    for old, targets in rules.NEXT.items():
        for new in targets:
            with doc.edit():
                hypothesis = rules.new_hypothesis(doc.workshop, f"{old} to {new}")
                hypothesis.status = old  # set up the start directly; the step under test goes through the rule
            with doc.edit():
                rules.change_status(hypothesis, new)
            assert hypothesis.status == new and hypothesis.history[-1].status == new


def test_only_a_blank_idea_may_be_deleted(doc: Document) -> None:
    with doc.edit():
        slip = rules.new_hypothesis(doc.workshop, "oops")
        tested = rules.new_hypothesis(doc.workshop, "Tested")
        rules.change_status(tested, S.TESTING)
        learned = rules.new_hypothesis(doc.workshop, "Learned", learning="Nobody reads letters")
    with doc.edit():
        rules.remove_hypothesis(doc.workshop, slip)
    for kept in (tested, learned):
        with pytest.raises(rules.HypothesisHasHistory), doc.edit():
            rules.remove_hypothesis(doc.workshop, kept)
    ids = {h["id"] for h in doc.to_interchange()["hypotheses"]}
    assert slip.id not in ids and {tested.id, learned.id} <= ids


def test_unknown_fields_are_refused(doc: Document) -> None:
    with pytest.raises(rules.HypothesisError, match="no field"), doc.edit():
        rules.new_hypothesis(doc.workshop, "x", status="adopted")

"""Voting edits in the app: each is one undo step that restores the file exactly; a refused
vote adds no step and says which rule it broke."""

from __future__ import annotations

from codesign.app.open_workshop import OpenWorkshop
from codesign.model import vote_rules as rules
from codesign.voting.editor import VotingEditor


def test_a_round_of_votes_undoes_and_redoes_exactly(opened: OpenWorkshop) -> None:
    editor = VotingEditor(opened)
    workshop = opened.workshop
    start = opened.document.to_interchange()
    journey = workshop.journeys[0]
    round_id = editor.new_round(journey.id, "Where does it hurt?", dots_per_participant=2)
    editor.open_round(round_id)  # the demo's own round is closed, so this one may open
    amira, lena = workshop.participants[0], next(p for p in workshop.participants if p.group == "staff")
    cards = [c for c in journey.cards if c.author_id not in (amira.id, lena.id)]
    assert editor.vote(round_id, amira.id, cards[0].id)
    assert editor.vote(round_id, lena.id, cards[0].id)
    assert editor.vote(round_id, lena.id, cards[1].id)
    editor.set_tally(round_id, cards[2].id, "customer", 6)
    editor.take_back(round_id, lena.id, cards[1].id)
    end = opened.document.to_interchange()
    voting_round = next(r for r in opened.workshop.voting_rounds if r.id == round_id)
    assert rules.totals(voting_round) == {cards[0].id: {"all": 2, "customer": 1, "staff": 1},
                                          cards[2].id: {"all": 6, "customer": 6}}
    assert opened.undo_stack.count() == 7

    while opened.undo_stack.canUndo():
        opened.undo_stack.undo()
    assert opened.document.to_interchange() == start
    while opened.undo_stack.canRedo():
        opened.undo_stack.redo()
    assert opened.document.to_interchange() == end


def test_a_refused_vote_adds_no_step_and_names_the_rule(opened: OpenWorkshop, qtbot) -> None:  # noqa: ANN001
    editor = VotingEditor(opened)
    workshop = opened.workshop
    journey = workshop.journeys[0]
    round_id = editor.new_round(journey.id, "One dot each", dots_per_participant=1)
    editor.open_round(round_id)
    jonas = workshop.participants[1]
    cards = [c for c in journey.cards if c.author_id != jonas.id]
    assert editor.vote(round_id, jonas.id, cards[0].id)
    steps, before = opened.undo_stack.count(), opened.document.to_interchange()
    with qtbot.waitSignal(opened.edit_failed) as failed:
        assert not editor.vote(round_id, jonas.id, cards[1].id)
    assert isinstance(failed.args[0], rules.VoteLimitExceeded)
    assert opened.undo_stack.count() == steps and opened.document.to_interchange() == before
    with qtbot.waitSignal(opened.edit_failed) as failed:
        editor.set_limits(round_id, dots_per_participant=1, per_card_max=1)  # unchanged: allowed
        editor.open_round(next(r.id for r in workshop.voting_rounds if r.id != round_id))
    assert isinstance(failed.args[0], rules.AnotherRoundOpen)


def test_closing_reopening_and_copying_a_round_are_undoable(opened: OpenWorkshop) -> None:
    editor = VotingEditor(opened)
    demo_round = opened.workshop.voting_rounds[0]
    start = opened.document.to_interchange()
    editor.open_round(demo_round.id)
    copy_id = editor.copy_round(demo_round.id)
    editor.close_round(demo_round.id)
    rounds = {r.id: r for r in opened.workshop.voting_rounds}
    assert rounds[demo_round.id].status == "closed" and rounds[copy_id].status == "draft"
    assert rounds[copy_id].votes == [] and len(rounds[demo_round.id].votes) == 24
    for _ in range(3):
        opened.undo_stack.undo()
    assert opened.document.to_interchange() == start

"""Hypothesis edits in the app: each is one undo step that restores the file exactly."""

from __future__ import annotations

from codesign.app.open_workshop import OpenWorkshop
from codesign.hypotheses.editor import HypothesisEditor
from codesign.model import hypothesis_rules as rules


def test_capture_edit_and_move_undo_and_redo_exactly(opened: OpenWorkshop) -> None:
    editor = HypothesisEditor(opened)
    start = opened.document.to_interchange()
    journey = opened.workshop.journeys[0]
    hid = editor.add("A status page cuts calls", [journey.cards[3].id], [journey.moments[3].id], owner="Lena")
    editor.set_fields(hid, experiment="Paper prototype at two branches", criticality=3)
    assert editor.set_status(hid, "planned")
    assert editor.set_status(hid, "testing")
    editor.set_links(hid, [journey.cards[3].id, journey.cards[4].id], [])
    end = opened.document.to_interchange()
    stored = next(h for h in end["hypotheses"] if h["id"] == hid)
    assert [s["status"] for s in stored["history"]] == ["idea", "planned", "testing"]
    assert (stored["owner"], stored["criticality"], stored["moments"]) == ("Lena", 3, [])
    assert opened.undo_stack.count() == 5

    while opened.undo_stack.canUndo():
        opened.undo_stack.undo()
    assert opened.document.to_interchange() == start
    while opened.undo_stack.canRedo():
        opened.undo_stack.redo()
    assert opened.document.to_interchange() == end


def test_a_refused_move_adds_no_step_and_says_why(opened: OpenWorkshop, qtbot) -> None:  # noqa: ANN001
    editor = HypothesisEditor(opened)
    hid = editor.add("Adopt it straight away")
    steps = opened.undo_stack.count()
    with qtbot.waitSignal(opened.edit_failed) as failed:
        assert not editor.set_status(hid, "adopted")
    assert isinstance(failed.args[0], rules.TransitionNotAllowed)
    assert opened.undo_stack.count() == steps
    assert next(h for h in opened.workshop.hypotheses if h.id == hid).status == "idea"

"""Board commands that cannot run: refused and reported, never left half on the undo stack."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from codesign.app.open_workshop import OpenWorkshop
from codesign.canvas.editor import BoardEditor, ItemGone
from codesign.storage import Document


@pytest.fixture
def opened(demo_file: Path, qapp) -> OpenWorkshop:  # noqa: ANN001 - pytest-qt's QApplication
    workshop = OpenWorkshop(Document.open(demo_file))
    yield workshop
    workshop.close()


@pytest.mark.parametrize("gone", ["card", "journey"])
def test_an_edit_of_an_item_that_is_gone_is_refused_and_the_stack_keeps_working(
        opened: OpenWorkshop, gone: str, qtbot) -> None:  # noqa: ANN001 - qtbot
    journey_id = opened.workshop.journeys[0].id
    editor = BoardEditor(opened, journey_id if gone == "card" else "no-such-journey")
    before = opened.document.to_interchange()
    with qtbot.waitSignal(opened.edit_failed) as failed:
        editor.set_locked("card", ["no-such-card"], True)
    assert isinstance(failed.args[0], ItemGone)
    assert failed.args[0].__traceback__ is None
    assert opened.undo_stack.count() == 0
    assert opened.document.to_interchange() == before
    gc.collect()  # a dropped command must not leave a dangling object on the stack
    good = BoardEditor(opened, journey_id)
    card = opened.workshop.journeys[0].cards[0]
    good.set_locked("card", [card.id], True)
    assert opened.undo_stack.count() == 1 and card.locked
    opened.undo_stack.undo()
    assert not card.locked


def test_an_emotion_lane_can_be_added_and_draws_a_handle_per_moment(workshops, demo_file: Path, qtbot) -> None:  # noqa: ANN001
    from codesign.model import LaneKind

    window = workshops.new_window()
    window.show()
    workshops.open_path(demo_file, window)
    view = window.view.journey_view(0)
    journey = view.journey
    emotion = next(lane for lane in journey.lanes if lane.kind == LaneKind.EMOTION)
    view.editor.remove_column("lane", emotion.id)
    assert view.board.handles == {}
    view.add_emotion_lane()
    assert [lane.kind for lane in journey.lanes][-1] == LaneKind.EMOTION
    assert set(view.board.handles) == {m.id for m in journey.moments}
    window.workshop.undo_stack.undo()
    assert view.board.handles == {}


def test_journeys_are_added_renamed_and_deleted_as_tabs_with_undo(workshops, demo_file: Path, qtbot) -> None:  # noqa: ANN001
    from codesign.canvas.journeys import add_journey, remove_journey, rename_journey

    window = workshops.new_window()
    window.show()
    workshops.open_path(demo_file, window)
    view, opened = window.view, window.workshop
    tabs = view.journeys
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Open a current account"]

    new_id = add_journey(opened, "Close an account")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Open a current account", "Close an account"]
    new_view = view.journey_view(1)
    assert new_view.editor.journey_id == new_id and len(new_view.journey.moments) == 4
    rename_journey(opened, new_id, "Close an account for good")
    assert tabs.tabText(1) == "Close an account for good"
    first = opened.workshop.journeys[0].id
    cards = len(opened.workshop.journeys[0].cards)
    remove_journey(opened, first)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Close an account for good"]
    assert opened.workshop.voting_rounds[0].journey_id is None  # the round loses its journey, not its votes

    opened.undo_stack.undo()  # the deleted journey comes back whole, with its round pointing at it again
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Open a current account", "Close an account for good"]
    assert len(opened.workshop.journeys[0].cards) == cards
    assert opened.workshop.voting_rounds[0].journey_id == first
    assert len(view.journey_view(0).board.cards) == cards
    opened.undo_stack.undo()
    opened.undo_stack.undo()
    assert tabs.count() == 1

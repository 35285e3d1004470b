"""The journey board driven as a facilitator would: real mouse, wheel, drop and key events on
the view's viewport, checked in the model and in what the file holds after each commit.

The demo journey: six moments 340 wide from x 240, four blueprint lanes 190 high from y 120 and
an emotion lane (150 high) below them; cards c-01 … c-42 are 150 × 80. The view shows scene
(0, 0) at its top-left corner at 100% (see conftest.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLineF, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication, QMouseEvent, QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsItem, QMessageBox

from codesign.canvas.mime import CARDS_MIME
from codesign.canvas.style import DETAIL_THRESHOLD
from codesign.model.layout import MIN_CARD_SIZE
from codesign.storage.interchange import import_file

from .conftest import open_board_window, scroll_to

LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton
NO_MODS = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


# -- driving the viewport ----------------------------------------------------------------------

def at(view, scene_point: QPointF) -> QPoint:  # noqa: ANN001 - JourneyView
    point = view.mapFromScene(scene_point)
    assert view.viewport().rect().contains(point), f"{scene_point} is not on screen"
    return point


def send_mouse(view, kind: QEvent.Type, scene_point: QPointF, button: Qt.MouseButton,  # noqa: ANN001
               buttons: Qt.MouseButton, mods: Qt.KeyboardModifier = NO_MODS) -> None:
    pos = QPointF(at(view, scene_point))
    event = QMouseEvent(kind, pos, QPointF(view.viewport().mapToGlobal(pos)), button, buttons, mods)
    QApplication.sendEvent(view.viewport(), event)


def press_and_move(view, qtbot, start: QPointF, end: QPointF, steps: int = 5,  # noqa: ANN001 - JourneyView, qtbot
                   mods: Qt.KeyboardModifier = NO_MODS, button: Qt.MouseButton = LEFT) -> None:
    """Press at `start` and move to `end` in `steps` with the button held; no release yet."""
    qtbot.mousePress(view.viewport(), button, mods, at(view, start))
    for step in range(1, steps + 1):
        send_mouse(view, QEvent.Type.MouseMove, start + (end - start) * (step / steps), NO_BUTTON, button, mods)


def drag(view, qtbot, start: QPointF, end: QPointF, steps: int = 5,  # noqa: ANN001 - JourneyView, qtbot
         mods: Qt.KeyboardModifier = NO_MODS, button: Qt.MouseButton = LEFT) -> None:
    """Press at `start`, move there in `steps` with the button held, release at `end`."""
    press_and_move(view, qtbot, start, end, steps, mods, button)
    qtbot.mouseRelease(view.viewport(), button, mods, at(view, end))


def pan(view, qtbot, start: QPoint, end: QPoint, button: Qt.MouseButton, steps: int = 5) -> None:  # noqa: ANN001
    """A drag in viewport pixels: the board scrolls under the pointer while it pans."""
    viewport = view.viewport()
    qtbot.mousePress(viewport, button, NO_MODS, start)
    for step in range(1, steps + 1):
        pos = QPointF(start + (end - start) * (step / steps))
        QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseMove, pos, QPointF(viewport.mapToGlobal(pos)),
                                                     NO_BUTTON, button, NO_MODS))
    qtbot.mouseRelease(viewport, button, NO_MODS, end)


def click(view, qtbot, scene_point: QPointF, mods: Qt.KeyboardModifier = NO_MODS) -> None:  # noqa: ANN001
    qtbot.mouseClick(view.viewport(), LEFT, mods, at(view, scene_point))


def double_click(view, qtbot, scene_point: QPointF) -> None:  # noqa: ANN001 - JourneyView, qtbot
    qtbot.mouseDClick(view.viewport(), LEFT, NO_MODS, at(view, scene_point))


def wheel(view, viewport_pos: QPoint, notches: int, mods: Qt.KeyboardModifier = CTRL) -> None:  # noqa: ANN001
    pos = QPointF(viewport_pos)
    event = QWheelEvent(pos, QPointF(view.viewport().mapToGlobal(pos)), QPoint(), QPoint(0, 120 * notches),
                        NO_BUTTON, mods, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def drop(view, mime: QMimeData, scene_point: QPointF) -> bool:  # noqa: ANN001 - JourneyView
    """What QDrag.exec would deliver: enter, move and drop at a scene point. True if the view
    would take the drop (the move was accepted) and took it."""
    pos = at(view, scene_point)
    copy = Qt.DropAction.CopyAction
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(pos, copy, mime, LEFT, NO_MODS))
    move = QDragMoveEvent(pos, copy, mime, LEFT, NO_MODS)
    QApplication.sendEvent(view.viewport(), move)
    event = QDropEvent(QPointF(pos), copy, mime, LEFT, NO_MODS)
    QApplication.sendEvent(view.viewport(), event)
    return move.isAccepted() and event.isAccepted()


def activate(window, qtbot) -> None:  # noqa: ANN001 - MainWindow
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


# -- reading the model and the file ------------------------------------------------------------

def export(window) -> dict[str, Any]:  # noqa: ANN001 - MainWindow
    return window.workshop.document.to_interchange()


def card(view, card_id: str):  # noqa: ANN001, ANN201 - JourneyView -> Card
    return next(c for c in view.journey.cards if c.id == card_id)


def stored_card(window, card_id: str) -> dict[str, Any] | None:  # noqa: ANN001 - MainWindow
    return next((c for c in export(window)["cards"] if c["id"] == card_id), None)


def stored_moments(window) -> list[str]:  # noqa: ANN001 - MainWindow
    return [m["id"] for m in export(window)["journeys"][0]["moments"]]


def centre(view, card_id: str) -> QPointF:  # noqa: ANN001 - JourneyView
    return view.board.cards[card_id].scene_rect().center()


def stack(window):  # noqa: ANN001, ANN201 - MainWindow -> QUndoStack
    return window.workshop.undo_stack


def card_ids(view) -> set[str]:  # noqa: ANN001 - JourneyView
    return {c.id for c in view.journey.cards}


def arrow_ends(view, connector_id: str) -> tuple[QPointF, QPointF]:  # noqa: ANN001 - JourneyView
    path = view.board.arrows[connector_id].path()
    return QPointF(path.elementAt(0).x, path.elementAt(0).y), QPointF(path.elementAt(1).x, path.elementAt(1).y)


def assert_scene_follows_model(view) -> None:  # noqa: ANN001 - JourneyView
    journey = view.journey
    assert set(view.board.cards) == {c.id for c in journey.cards}
    assert set(view.board.arrows) == {c.id for c in journey.connectors}
    for c in journey.cards:
        item = view.board.cards[c.id]
        assert (item.x(), item.y()) == journey.card_scene_pos(c)
        assert (item.size.width(), item.size.height(), item.title) == (c.width, c.height, c.title)


# -- 1. adding cards from the palette ----------------------------------------------------------

def test_dropping_a_palette_entry_on_a_cell_adds_that_card_inside_the_cell(board_window, view,
                                                                            board_palette) -> None:
    journey = view.journey
    cell = view.board.cell_rect(2, 3)  # "Prove who you are" x "Support processes"
    before = card_ids(view)

    assert drop(view, board_palette.mime_data_for("person"), cell.center())

    (new_id,) = card_ids(view) - before
    new = card(view, new_id)
    assert (new.kind, new.type) == ("touchpoint", "person")
    assert (new.moment_id, new.lane_id) == (journey.moments[2].id, journey.lanes[3].id)
    assert cell.contains(view.board.cards[new_id].scene_rect())
    assert view.board.selected_card_ids() == [new_id]
    row = stored_card(board_window, new_id)
    assert (row["kind"], row["channel"], row["moment"], row["lane"]) == (
        "touchpoint", "person", journey.moments[2].id, journey.lanes[3].id)
    assert (row["x"], row["y"]) == (new.x, new.y)


def test_a_drop_that_is_not_a_card_type_adds_nothing(board_window, view) -> None:
    mime = QMimeData()
    mime.setText("just text")
    before = export(board_window)
    assert not drop(view, mime, view.board.cell_rect(1, 1).center())
    assert export(board_window) == before
    assert stack(board_window).count() == 0


def test_enter_on_a_palette_entry_adds_the_card_in_the_middle_of_the_view(board_window, view, board_palette,
                                                                         qtbot) -> None:
    entries, item = board_palette.entry("pain")
    entries.setCurrentItem(item)
    entries.setFocus()
    qtbot.waitUntil(entries.hasFocus)
    before = card_ids(view)

    with qtbot.waitSignal(board_palette.card_requested) as requested:
        qtbot.keyClick(entries, Qt.Key.Key_Return)

    assert requested.args == ["note", "pain"]
    (new_id,) = card_ids(view) - before
    new = card(view, new_id)
    middle = view.mapToScene(view.viewport().rect().center())
    assert view.board.cards[new_id].scene_rect().contains(middle)
    journey = view.journey
    assert (new.kind, new.type, new.moment_id, new.lane_id) == ("note", "pain", journey.moments[1].id,
                                                               journey.lanes[1].id)
    assert stored_card(board_window, new_id)["note_type"] == "pain"
    assert view.hasFocus() and view.board.selected_card_ids() == [new_id]


def test_double_clicking_empty_board_adds_a_note_and_opens_its_editor(board_window, view, qtbot) -> None:
    spot = QPointF(750, 270)  # "Start the application" x "Customer actions", below its cards
    assert view.itemAt(at(view, spot)) is not None  # the grid, which takes no clicks
    before = card_ids(view)

    double_click(view, qtbot, spot)

    (new_id,) = card_ids(view) - before
    assert card(view, new_id).kind == "note"
    assert view.card_editor.is_open and view.card_editor.card_id == new_id
    qtbot.keyClicks(view.card_editor.title, "Needs a PIN")
    qtbot.keyClick(view.card_editor.title, Qt.Key.Key_Return)
    assert card(view, new_id).title == "Needs a PIN" == stored_card(board_window, new_id)["title"]


# -- 2, 3. moving cards with the mouse ---------------------------------------------------------

def test_dragging_a_card_into_another_cell_moves_it_there_in_one_undo_step(board_window, view, qtbot) -> None:
    journey = view.journey
    original = export(board_window)
    steps = stack(board_window).count()

    drag(view, qtbot, centre(view, "c-01"), centre(view, "c-01") + QPointF(380, 220))

    moved = card(view, "c-01")
    assert (moved.moment_id, moved.lane_id, moved.x, moved.y) == (journey.moments[1].id, journey.lanes[1].id,
                                                                   55.0, 42.0)
    row = stored_card(board_window, "c-01")
    assert (row["moment"], row["lane"], row["x"], row["y"]) == (journey.moments[1].id, journey.lanes[1].id,
                                                                 55.0, 42.0)
    assert stack(board_window).count() == steps + 1
    assert "c-01" not in [c.id for c in journey.moments[0].cards]
    final = export(board_window)

    stack(board_window).undo()
    assert export(board_window) == original
    assert view.board.cards["c-01"].pos() == QPointF(255, 132)
    stack(board_window).redo()
    assert export(board_window) == final
    assert_scene_follows_model(view)


def test_ctrl_click_selects_two_cards_and_dragging_moves_both_in_one_step(board_window, view, qtbot) -> None:
    original = export(board_window)
    steps = stack(board_window).count()
    click(view, qtbot, centre(view, "c-01"), CTRL)
    click(view, qtbot, centre(view, "c-03"), CTRL)
    assert sorted(view.board.selected_card_ids()) == ["c-01", "c-03"]
    scene_before = {i: view.board.cards[i].pos() for i in ("c-01", "c-03")}

    drag(view, qtbot, centre(view, "c-03"), centre(view, "c-03") + QPointF(40, 30))

    for card_id in ("c-01", "c-03"):
        assert view.board.cards[card_id].pos() == scene_before[card_id] + QPointF(40, 30)
        assert view.journey.card_scene_pos(card(view, card_id)) == (scene_before[card_id].x() + 40,
                                                                    scene_before[card_id].y() + 30)
    assert (stored_card(board_window, "c-01")["x"], stored_card(board_window, "c-03")["y"]) == (55.0, 42.0)
    assert stack(board_window).count() == steps + 1
    stack(board_window).undo()
    assert export(board_window) == original


def test_rubber_band_selects_the_cards_it_touches_and_they_move_together(board_window, view, qtbot) -> None:
    drag(view, qtbot, QPointF(245, 125), QPointF(585, 230))  # around c-01 and c-02, from empty board
    assert sorted(view.board.selected_card_ids()) == ["c-01", "c-02"]
    steps = stack(board_window).count()

    drag(view, qtbot, centre(view, "c-02"), centre(view, "c-02") + QPointF(0, 60))

    assert (card(view, "c-01").y, card(view, "c-02").y) == (72.0, 72.0)
    assert stack(board_window).count() == steps + 1


def test_ctrl_dragging_an_unselected_card_moves_it_in_the_model_too(board_window, view, qtbot) -> None:
    view.select_cards(["c-03"])

    drag(view, qtbot, centre(view, "c-01"), centre(view, "c-01") + QPointF(40, 30), mods=CTRL)

    assert (card(view, "c-01").x, card(view, "c-01").y) == (55.0, 42.0)  # Qt dragged it along: so does the file
    assert (card(view, "c-03").x, card(view, "c-03").y) == (55.0, 42.0)
    assert stored_card(board_window, "c-01")["x"] == 55.0
    assert stack(board_window).count() == 1
    assert_scene_follows_model(view)


def test_middle_drag_and_space_drag_pan_the_board_without_editing_it(board_window, view, qtbot) -> None:
    before = export(board_window)
    pan(view, qtbot, QPoint(700, 450), QPoint(600, 400), Qt.MouseButton.MiddleButton)
    assert view.mapToScene(QPoint(0, 0)) == QPointF(100, 50)

    qtbot.keyPress(view, Qt.Key.Key_Space)
    pan(view, qtbot, view.mapFromScene(centre(view, "c-08")), view.mapFromScene(centre(view, "c-08")) - QPoint(50, 0),
        LEFT)  # on a card: pans all the same
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert view.mapToScene(QPoint(0, 0)) == QPointF(150, 50)
    assert export(board_window) == before and stack(board_window).count() == 0
    assert view.board.selected_card_ids() == []

    drag(view, qtbot, centre(view, "c-08"), centre(view, "c-08") + QPointF(0, 20))  # Space let go: drags again
    assert card(view, "c-08").y == 32.0


def test_space_let_go_outside_the_board_does_not_leave_it_panning(board_window, view, board_palette,
                                                                  qtbot) -> None:
    qtbot.keyPress(view, Qt.Key.Key_Space)
    entries, _item = board_palette.entry("pain")
    entries.setFocus()
    qtbot.waitUntil(entries.hasFocus)
    qtbot.keyRelease(entries, Qt.Key.Key_Space)

    click(view, qtbot, centre(view, "c-01"))

    assert view.board.selected_card_ids() == ["c-01"]
    assert view.dragMode() == view.DragMode.RubberBandDrag


# -- 4. the keyboard ---------------------------------------------------------------------------

def test_arrow_keys_nudge_the_selection_in_one_merged_undo_step(board_window, view, qtbot) -> None:
    original = export(board_window)
    steps = stack(board_window).count()
    view.select_cards(["c-01"])

    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert card(view, "c-01").x == 45.0 == stored_card(board_window, "c-01")["x"]
    assert stack(board_window).count() == steps + 1
    qtbot.keyClick(view, Qt.Key.Key_Down, SHIFT)
    assert card(view, "c-01").y == 62.0 == stored_card(board_window, "c-01")["y"]
    assert view.board.cards["c-01"].pos() == QPointF(285, 182)

    stack(board_window).undo()
    assert export(board_window) == original
    assert view.board.cards["c-01"].pos() == QPointF(255, 132)


def test_arrow_keys_without_a_selection_change_nothing(board_window, view, qtbot) -> None:
    view.board.clearSelection()
    before = export(board_window)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert export(board_window) == before
    assert stack(board_window).count() == 0


def test_escape_clears_the_selection(view, qtbot) -> None:
    view.select_cards(["c-01", "c-02"])
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.board.selected_card_ids() == []


# -- 5. resizing -------------------------------------------------------------------------------

def test_dragging_the_grip_resizes_the_card_by_the_pointer_movement(board_window, view, qtbot) -> None:
    click(view, qtbot, centre(view, "c-01"))
    corner = view.board.cards["c-01"].scene_rect().bottomRight()
    grip = corner - QPointF(4, 4)
    assert view.board.cards["c-01"].handle_at(grip - QPointF(255, 132)) == "resize"
    steps = stack(board_window).count()

    drag(view, qtbot, grip, grip + QPointF(60, 40))

    resized = card(view, "c-01")
    assert (resized.width, resized.height) == (210.0, 120.0)
    row = stored_card(board_window, "c-01")
    assert (row["width"], row["height"], row["x"], row["y"]) == (210.0, 120.0, 15.0, 12.0)
    assert view.board.cards["c-01"].size.width() == 210
    assert stack(board_window).count() == steps + 1


def test_a_card_cannot_be_resized_below_the_minimum(board_window, view, qtbot) -> None:
    click(view, qtbot, centre(view, "c-01"))
    grip = view.board.cards["c-01"].scene_rect().bottomRight() - QPointF(4, 4)

    drag(view, qtbot, grip, QPointF(250, 125))

    assert (card(view, "c-01").width, card(view, "c-01").height) == (MIN_CARD_SIZE, MIN_CARD_SIZE)
    assert stored_card(board_window, "c-01")["width"] == MIN_CARD_SIZE


def test_undoing_a_resize_puts_the_card_and_its_arrow_back(board_window, view, qtbot) -> None:
    arrow = next(c.id for c in view.journey.connectors if c.from_card_id == "c-08")
    ends = arrow_ends(view, arrow)
    click(view, qtbot, centre(view, "c-08"))
    grip = view.board.cards["c-08"].scene_rect().bottomRight() - QPointF(4, 4)

    drag(view, qtbot, grip, grip + QPointF(60, 100))
    assert arrow_ends(view, arrow) != ends  # it followed the growing card
    stack(board_window).undo()

    assert view.board.cards["c-08"].size.width() == 150 == card(view, "c-08").width
    assert arrow_ends(view, arrow) == ends


# -- 6. editing text in place ------------------------------------------------------------------

def test_f2_opens_the_editor_and_enter_commits_to_the_model_and_file(board_window, view, qtbot) -> None:
    editor = view.card_editor
    click(view, qtbot, centre(view, "c-01"))
    steps = stack(board_window).count()

    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert editor.is_open and editor.card_id == "c-01"
    assert editor.title.text() == "Compares accounts on the phone"
    qtbot.waitUntil(editor.title.hasFocus)
    qtbot.keyClicks(editor.title, "Compares on the phone")  # the title starts selected: typing replaces it
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)

    assert not editor.is_open
    assert card(view, "c-01").title == "Compares on the phone" == stored_card(board_window, "c-01")["title"]
    assert view.board.cards["c-01"].title == "Compares on the phone"
    assert stack(board_window).count() == steps + 1
    assert view.hasFocus()


def test_escape_cancels_the_edit_without_an_undo_step(board_window, view, qtbot) -> None:
    editor = view.card_editor
    view.select_cards(["c-02"])
    before = export(board_window)

    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(editor.title, "Something else")
    qtbot.keyClick(editor.title, Qt.Key.Key_Escape)

    assert not editor.is_open
    assert export(board_window) == before
    assert stack(board_window).count() == 0
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)  # committed unchanged: no empty undo step
    assert not editor.is_open and stack(board_window).count() == 0


def test_clicking_the_board_keeps_what_was_typed(board_window, view, qtbot) -> None:
    editor = view.card_editor
    view.select_cards(["c-02"])
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(editor.title, "Allowed to apply?")

    click(view, qtbot, QPointF(700, 270))

    assert not editor.is_open
    assert card(view, "c-02").title == "Allowed to apply?" == stored_card(board_window, "c-02")["title"]


def test_double_click_opens_the_editor_and_shift_enter_starts_a_new_line(board_window, view, qtbot) -> None:
    editor = view.card_editor
    double_click(view, qtbot, centre(view, "c-02"))
    assert editor.is_open and editor.card_id == "c-02"

    editor.body.setFocus()
    qtbot.waitUntil(editor.body.hasFocus)
    editor.body.selectAll()
    qtbot.keyClicks(editor.body, "line one")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(editor.body, "line two")
    assert editor.is_open  # Shift+Enter did not commit
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)

    assert not editor.is_open
    assert card(view, "c-02").body == "line one\nline two" == stored_card(board_window, "c-02")["body"]


def test_keys_the_line_edit_uses_do_not_reach_the_board_while_typing(board_window, view, qtbot) -> None:
    view.select_cards(["c-01"])
    qtbot.keyClick(view, Qt.Key.Key_F2)
    before = export(board_window)
    for key, mods in ((Qt.Key.Key_Delete, NO_MODS), (Qt.Key.Key_A, CTRL), (Qt.Key.Key_Left, NO_MODS),
                      (Qt.Key.Key_Z, CTRL)):
        qtbot.keyClick(view.card_editor.title, key, mods)
    assert view.card_editor.is_open
    assert export(board_window) == before and view.board.selected_card_ids() == ["c-01"]


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_D, Qt.Key.Key_L, Qt.Key.Key_Equal])
def test_board_shortcuts_while_typing_keep_what_was_typed(board_window, view, qtbot, key: Qt.Key) -> None:
    view.select_cards(["c-01"])
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(view.card_editor.title, "Typed first")

    qtbot.keyClick(view.card_editor.title, key, NO_MODS if key == Qt.Key.Key_F2 else CTRL)

    assert card(view, "c-01").title == "Typed first" == stored_card(board_window, "c-01")["title"]
    if key == Qt.Key.Key_F2:  # edits on, with the text as it now is
        assert view.card_editor.is_open and view.card_editor.title.text() == "Typed first"
    else:
        assert not view.card_editor.is_open
    if key == Qt.Key.Key_D:
        (copy_id,) = view.board.selected_card_ids()
        assert card(view, copy_id).title == "Typed first"


def test_locked_cards_do_not_open_the_editor(board_window, view, qtbot) -> None:
    view.editor.set_locked("card", ["c-02"], True)
    view.select_cards(["c-02"])
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert not view.card_editor.is_open


# -- 7. arrows ---------------------------------------------------------------------------------

def test_dragging_from_the_arrow_handle_to_another_card_joins_them(board_window, view, qtbot) -> None:
    click(view, qtbot, centre(view, "c-01"))
    rect = view.board.cards["c-01"].scene_rect()
    handle = QPointF(rect.right(), rect.center().y())
    steps = stack(board_window).count()

    drag(view, qtbot, handle, centre(view, "c-03"))

    (arrow,) = [c for c in view.journey.connectors if c.from_card_id == "c-01"]
    assert arrow.to_card_id == "c-03"
    assert {"id": arrow.id, "from": "c-01", "to": "c-03", "label": ""} in export(board_window)["connectors"]
    assert arrow.id in view.board.arrows and view.board._arrow_preview is None
    assert stack(board_window).count() == steps + 1
    assert card(view, "c-01").x == 15.0  # the card itself did not move

    start, end = arrow_ends(view, arrow.id)
    drag(view, qtbot, centre(view, "c-03"), centre(view, "c-03") + QPointF(0, 100))
    moved_start, moved_end = arrow_ends(view, arrow.id)
    assert card(view, "c-03").y == 112.0
    assert moved_end != end and moved_start == start  # still straight down from c-01
    assert moved_end.y() == pytest.approx(view.board.cards["c-03"].scene_rect().top())


def test_an_arrow_dropped_on_empty_board_adds_nothing(board_window, view, qtbot) -> None:
    click(view, qtbot, centre(view, "c-01"))
    rect = view.board.cards["c-01"].scene_rect()
    before = export(board_window)

    drag(view, qtbot, QPointF(rect.right(), rect.center().y()), QPointF(700, 270))

    assert export(board_window) == before
    assert stack(board_window).count() == 0
    assert view.board._arrow_preview is None
    assert card(view, "c-01").x == 15.0


def test_a_second_arrow_between_the_same_cards_is_refused(board_window, view, qtbot) -> None:
    click(view, qtbot, centre(view, "c-08"))
    rect = view.board.cards["c-08"].scene_rect()
    before = export(board_window)

    drag(view, qtbot, QPointF(rect.right(), rect.center().y()), centre(view, "c-15"))

    assert export(board_window) == before
    assert stack(board_window).count() == 0
    assert len(view.board.arrows) == 8
    qtbot.waitUntil(lambda: "These cards are already joined by an arrow." in
                    [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()])


# -- 8. locking --------------------------------------------------------------------------------

def test_ctrl_l_locks_a_card_against_dragging_and_again_unlocks_it(board_window, view, qtbot) -> None:
    click(view, qtbot, centre(view, "c-01"))
    qtbot.keyClick(view, Qt.Key.Key_L, CTRL)
    assert card(view, "c-01").locked and stored_card(board_window, "c-01")["locked"]
    before = export(board_window)

    drag(view, qtbot, centre(view, "c-01"), centre(view, "c-01") + QPointF(380, 220))
    assert export(board_window) == before
    assert view.board.cards["c-01"].pos() == QPointF(255, 132)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert export(board_window) == before

    qtbot.keyClick(view, Qt.Key.Key_L, CTRL)
    assert not card(view, "c-01").locked
    drag(view, qtbot, centre(view, "c-01"), centre(view, "c-01") + QPointF(380, 220))
    assert card(view, "c-01").moment_id == view.journey.moments[1].id


def test_a_locked_moment_header_cannot_be_dragged(board_window, view, qtbot) -> None:
    journey = view.journey
    first = journey.moments[0].id
    view.editor.set_locked("moment", [first], True)
    order = stored_moments(board_window)

    drag(view, qtbot, QPointF(410, 60), QPointF(780, 60))

    assert [m.id for m in view.journey.moments] == order == stored_moments(board_window)
    assert view.board.headers[("moment", first)].pos() == QPointF(240, 0)
    assert view.board.cards["c-01"].pos() == QPointF(255, 132)


# -- 9. reordering moments ---------------------------------------------------------------------

def test_dragging_a_moment_header_past_the_next_reorders_and_its_cards_follow(board_window, view, qtbot) -> None:
    journey = view.journey
    first, second = journey.moments[0].id, journey.moments[1].id
    original = export(board_window)
    cards_of_first = [c.id for c in journey.moments[0].cards]
    relative = {i: (card(view, i).x, card(view, i).y) for i in cards_of_first}
    scene_x = {i: view.board.cards[i].x() for i in cards_of_first}

    drag(view, qtbot, QPointF(410, 60), QPointF(780, 60))

    assert [m.id for m in view.journey.moments][:2] == [second, first]
    assert stored_moments(board_window)[:2] == [second, first]
    for card_id in cards_of_first:
        assert (card(view, card_id).x, card(view, card_id).y) == relative[card_id]
        assert card(view, card_id).moment_id == first
        assert view.board.cards[card_id].x() == scene_x[card_id] + 340
    assert view.board.headers[("moment", first)].pos() == QPointF(580, 0)
    assert view.board.headers[("moment", second)].pos() == QPointF(240, 0)
    assert view.board.titles_in_cell(1, 0)[0] == "Compares accounts on the phone"

    stack(board_window).undo()
    assert export(board_window) == original
    assert view.board.headers[("moment", first)].pos() == QPointF(240, 0)
    assert_scene_follows_model(view)


def test_cards_ride_along_with_a_moment_header_while_it_is_dragged(board_window, view, qtbot) -> None:
    first = view.journey.moments[0].id
    arrow = next(c.id for c in view.journey.connectors if c.from_card_id == "c-08")
    start = arrow_ends(view, arrow)[0]

    press_and_move(view, qtbot, QPointF(750, 60), QPointF(800, 60))  # the second moment's header, 50 to the right

    assert view.board.headers[("moment", view.journey.moments[1].id)].pos() == QPointF(630, 0)
    assert view.board.cards["c-08"].pos() == QPointF(645, 132)
    assert arrow_ends(view, arrow)[0] == start + QPointF(50, 0)
    assert view.board.cards["c-01"].pos() == QPointF(255, 132)  # other moments stay
    qtbot.mouseRelease(view.viewport(), LEFT, NO_MODS, at(view, QPointF(800, 60)))
    assert view.board.cards["c-08"].pos() == QPointF(595, 132)  # not past the next moment's middle: back home
    assert view.journey.moments[0].id == first and stack(board_window).count() == 0


def test_dragging_a_lane_header_down_reorders_the_lanes(board_window, view, qtbot) -> None:
    journey = view.journey
    lanes = [lane.id for lane in journey.lanes]

    drag(view, qtbot, QPointF(120, 215), QPointF(120, 420))

    assert [lane.id for lane in view.journey.lanes] == [lanes[1], lanes[0], *lanes[2:]]
    assert [lane["id"] for lane in export(board_window)["journeys"][0]["lanes"]][:2] == [lanes[1], lanes[0]]
    assert view.board.cards["c-01"].pos() == QPointF(255, 322)
    assert view.board.cards["c-03"].pos() == QPointF(255, 132)
    assert view.board.titles_in_cell(0, 0)[0] == "Account comparison web page"


def test_a_header_dropped_where_it_started_changes_nothing(board_window, view, qtbot) -> None:
    before = export(board_window)
    drag(view, qtbot, QPointF(410, 60), QPointF(470, 60))
    assert export(board_window) == before
    assert stack(board_window).count() == 0
    assert view.board.headers[("moment", view.journey.moments[0].id)].pos() == QPointF(240, 0)
    assert view.board.cards["c-01"].pos() == QPointF(255, 132)


# -- 10. the emotion curve ---------------------------------------------------------------------

def test_dragging_an_emotion_handle_up_raises_the_score_in_half_steps_up_to_two(board_window, view,
                                                                               qtbot) -> None:
    scroll_to(view, QPointF(0, 300))
    moment = view.journey.moments[2]  # "Prove who you are", at -2
    handle = view.board.handles[moment.id]
    assert moment.emotion == -2.0

    drag(view, qtbot, handle.pos(), handle.pos() - QPointF(0, 24))
    assert moment.emotion == -1.0 == export(board_window)["journeys"][0]["moments"][2]["emotion"]
    assert handle.score == -1.0

    drag(view, qtbot, handle.pos(), handle.pos() - QPointF(0, 300))
    assert moment.emotion == 2.0 == export(board_window)["journeys"][0]["moments"][2]["emotion"]
    assert handle.toolTip().startswith("+2")
    assert stack(board_window).count() == 2


# -- 11. the clipboard between two workshops ---------------------------------------------------

def test_copy_in_one_workshop_and_paste_in_another_brings_the_cards_and_their_arrow(
        board_workshops, board_window, view, demo_json: Path, tmp_path: Path, qtbot) -> None:
    other_path = tmp_path / "other.codesign"
    import_file(demo_json, other_path)
    other = open_board_window(board_workshops, other_path, qtbot)
    other_view = other.view.journey_view(0)
    assert other is not board_window

    activate(board_window, qtbot)
    click(view, qtbot, centre(view, "c-08"))
    click(view, qtbot, centre(view, "c-15"), CTRL)
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().mimeData().hasFormat(CARDS_MIME)
    copied_from = export(board_window)

    activate(other, qtbot)
    other_view.setFocus()
    before = export(other)
    old_ids = card_ids(other_view)
    qtbot.keyClick(other_view, Qt.Key.Key_V, CTRL)

    new_ids = card_ids(other_view) - old_ids
    assert len(new_ids) == 2 and not new_ids & {"c-08", "c-15"}
    by_title = {card(other_view, i).title: i for i in new_ids}
    assert set(by_title) == {card(view, "c-08").title, card(view, "c-15").title}
    source, target = by_title[card(view, "c-08").title], by_title[card(view, "c-15").title]
    assert [(c.from_card_id, c.to_card_id) for c in other_view.journey.connectors
            if c.from_card_id in new_ids] == [(source, target)]
    assert {c["from"] for c in export(other)["connectors"]} >= {source}
    assert sorted(other_view.board.selected_card_ids()) == sorted(new_ids)
    assert export(board_window) == copied_from  # the source workshop is untouched

    stack(other).undo()
    assert export(other) == before
    assert set(other_view.board.cards) == old_ids


def test_pasting_text_that_is_not_cards_says_so_and_changes_nothing(board_window, view, qtbot) -> None:
    QGuiApplication.clipboard().setText("not codesign cards")
    before = export(board_window)

    with qtbot.waitSignal(view.message) as said:
        qtbot.keyClick(view, Qt.Key.Key_V, CTRL)

    assert said.args[0] == "The clipboard does not hold codesign cards."
    assert board_window.statusBar().currentMessage() == said.args[0]
    assert export(board_window) == before
    assert stack(board_window).count() == 0


# -- 12. duplicate, delete, select all ---------------------------------------------------------

def test_ctrl_d_duplicates_the_selection_beside_it(board_window, view, qtbot) -> None:
    original = export(board_window)
    view.select_cards(["c-01"])
    before = card_ids(view)

    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)

    (copy_id,) = card_ids(view) - before
    assert card(view, copy_id).title == card(view, "c-01").title
    assert view.board.cards[copy_id].pos() == view.board.cards["c-01"].pos() + QPointF(30, 30)
    assert stored_card(board_window, copy_id)["title"] == "Compares accounts on the phone"
    assert view.board.selected_card_ids() == [copy_id]
    stack(board_window).undo()
    assert export(board_window) == original
    assert copy_id not in view.board.cards


def test_the_delete_key_removes_a_card_with_its_arrows_and_undo_brings_them_back(board_window, view,
                                                                               qtbot) -> None:
    original = export(board_window)
    click(view, qtbot, centre(view, "c-20"))

    qtbot.keyClick(view, Qt.Key.Key_Delete)

    assert "c-20" not in card_ids(view) and stored_card(board_window, "c-20") is None
    assert not [c for c in export(board_window)["connectors"] if "c-20" in (c["from"], c["to"])]
    assert len(view.board.arrows) == 4 and "c-20" not in view.board.cards
    stack(board_window).undo()
    assert export(board_window) == original
    assert_scene_follows_model(view)


def test_deleting_a_rubber_band_selection_of_cards_and_arrows_is_one_undo_step(board_window, view,
                                                                                qtbot) -> None:
    original = export(board_window)
    drag(view, qtbot, QPointF(585, 125), QPointF(1095, 230))  # c-08, c-09, c-15, c-17 and arrows through there
    arrows = [i for i in view.board.selectedItems() if i not in view.board.cards.values()]
    assert arrows and {"c-08", "c-15"} <= set(view.board.selected_card_ids())

    qtbot.keyClick(view, Qt.Key.Key_Delete)

    assert not view.board.selectedItems() and "c-08" not in card_ids(view)
    assert stack(board_window).count() == 1
    stack(board_window).undo()
    assert export(board_window) == original
    assert_scene_follows_model(view)


def test_cut_and_paste_moves_cards_through_the_clipboard(board_window, view, qtbot) -> None:
    view.select_cards(["c-01"])
    qtbot.keyClick(view, Qt.Key.Key_X, CTRL)
    assert "c-01" not in card_ids(view)

    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)

    (pasted,) = view.board.selected_card_ids()
    assert card(view, pasted).title == "Compares accounts on the phone"
    assert view.board.cards[pasted].pos() == QPointF(285, 162)  # where it was, offset so the paste shows
    assert stack(board_window).count() == 2


def test_ctrl_a_selects_every_card_and_delete_removes_them_in_one_step(board_window, view, qtbot) -> None:
    original = export(board_window)

    qtbot.keyClick(view, Qt.Key.Key_A, CTRL)
    assert len(view.board.selected_card_ids()) == 42
    qtbot.keyClick(view, Qt.Key.Key_Delete)

    assert not view.journey.cards and not export(board_window)["cards"] and not view.board.cards
    assert stack(board_window).count() == 1
    stack(board_window).undo()
    assert export(board_window) == original
    assert len(view.board.cards) == 42


# -- 13. zoom ----------------------------------------------------------------------------------

def test_ctrl_wheel_zooms_about_the_point_under_the_cursor(board_window, view) -> None:
    cursor = QPoint(500, 300)
    under = view.mapToScene(cursor)

    wheel(view, cursor, 1)
    assert view.zoom == pytest.approx(1.25)
    assert QLineF(view.viewportTransform().map(under), QPointF(cursor)).length() <= 1.5
    assert board_window.zoom_label.text() == "Zoom 125%"

    wheel(view, cursor, -2)
    assert view.zoom == pytest.approx(0.8)
    assert QLineF(view.viewportTransform().map(under), QPointF(cursor)).length() <= 1.5
    assert board_window.zoom_label.text() == "Zoom 80%"


def test_a_wheel_without_ctrl_scrolls_instead_of_zooming(view) -> None:
    top = view.mapToScene(QPoint(0, 0))
    wheel(view, QPoint(500, 300), -1, NO_MODS)
    assert view.zoom == 1.0
    assert view.mapToScene(QPoint(0, 0)).y() > top.y()


def test_zoom_keys_fit_and_actual_size(board_window, view, qtbot) -> None:
    qtbot.keyClick(view, Qt.Key.Key_Equal, CTRL)
    assert view.zoom == pytest.approx(1.25)
    assert board_window.zoom_label.text() == "Zoom 125%"
    qtbot.keyClick(view, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Minus, CTRL)
    assert view.zoom == pytest.approx(0.8)
    assert board_window.zoom_label.text() == "Zoom 80%"

    qtbot.keyClick(view, Qt.Key.Key_0, CTRL)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(view.board.grid.boundingRect())
    assert view.zoom < 1.0
    assert board_window.zoom_label.text() == f"Zoom {round(view.zoom * 100)}%"

    qtbot.keyClick(view, Qt.Key.Key_1, CTRL)
    assert view.zoom == 1.0
    assert board_window.zoom_label.text() == "Zoom 100%"
    assert view.transform().dx() == 0 and view.transform().dy() == 0  # whole pixels: sharp text at 100%


def test_zooming_far_out_draws_cards_as_blocks_and_back_in_draws_them_in_detail(view) -> None:
    assert view.board.detail
    for _ in range(8):
        wheel(view, QPoint(700, 450), -1)
    assert view.zoom < DETAIL_THRESHOLD
    assert not view.board.detail and view.board.overview.isVisible()
    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    assert all(item.flags() & no_contents for item in view.board.cards.values())

    view.actual_size()
    assert view.board.detail and not view.board.overview.isVisible()
    assert not any(item.flags() & no_contents for item in view.board.cards.values())


def test_cards_added_while_zoomed_out_are_drawn_as_blocks_too(view) -> None:
    view.set_zoom(0.2)
    before = card_ids(view)
    view.add_card_at("note", "idea")
    (new_id,) = card_ids(view) - before
    assert view.board.cards[new_id].flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def test_arrow_labels_stay_hidden_zoomed_out_when_undo_brings_arrows_back(board_window, view, qtbot) -> None:
    view.select_cards(["c-20"])  # its arrows are labelled
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    view.set_zoom(0.2)

    stack(board_window).undo()

    assert len(view.board.arrows) == 8
    assert not any(arrow.label.isVisible() for arrow in view.board.arrows.values())
    view.actual_size()
    assert sum(arrow.label.isVisible() for arrow in view.board.arrows.values()) == 6


# -- 14. undo and redo of a whole session ------------------------------------------------------

def test_undo_all_and_redo_all_of_a_session_land_on_the_exact_file(board_window, view, board_palette, qtbot,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    snapshots = [export(board_window)]

    assert drop(view, board_palette.mime_data_for("idea"), view.board.cell_rect(0, 2).center())  # add
    (added,) = card_ids(view) - {c["id"] for c in snapshots[0]["cards"]}
    snapshots.append(export(board_window))
    drag(view, qtbot, centre(view, "c-01"), centre(view, "c-01") + QPointF(380, 220))  # move
    snapshots.append(export(board_window))
    view.select_cards([added])
    qtbot.keyClick(view, Qt.Key.Key_F2)  # edit
    qtbot.keyClicks(view.card_editor.title, "Online status page")
    qtbot.keyClick(view.card_editor.title, Qt.Key.Key_Return)
    snapshots.append(export(board_window))
    rect = view.board.cards[added].scene_rect()
    drag(view, qtbot, QPointF(rect.right(), rect.center().y()), centre(view, "c-13"))  # connect
    snapshots.append(export(board_window))
    view.delete_column("moment", view.journey.moments[5].id)  # with its five cards
    snapshots.append(export(board_window))

    assert len(snapshots[-1]["journeys"][0]["moments"]) == 5 and len(snapshots[-1]["cards"]) == 38
    assert len(snapshots[-2]["connectors"]) == 9
    assert all(a != b for a, b in zip(snapshots, snapshots[1:]))
    assert stack(board_window).count() == 5
    for expected in reversed(snapshots[:-1]):
        stack(board_window).undo()
        assert export(board_window) == expected
        assert_scene_follows_model(view)
    for expected in snapshots[1:]:
        stack(board_window).redo()
        assert export(board_window) == expected
        assert_scene_follows_model(view)

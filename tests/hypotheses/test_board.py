"""The status board driven as a facilitator would: cards dragged with the mouse between
columns, moved with Ctrl+arrows, opened with Enter; checked on screen and in the file.

The demo holds h-01 (idea), h-02 (planned), h-03 (testing), h-04 (validated) and h-05 (let go,
with a learning).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu

from codesign.app.card_style import contrast
from codesign.app.open_workshop import OpenWorkshop
from codesign.hypotheses.board import HypothesisBoard
from codesign.hypotheses.board_card import CARD, COLUMN, FACE_ROLE, ID_ROLE, MUTED, SELECTED
from codesign.hypotheses.editor import HypothesisEditor

LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(opened: OpenWorkshop) -> HypothesisEditor:
    return HypothesisEditor(opened)


@pytest.fixture
def board(opened: OpenWorkshop, editor: HypothesisEditor, qtbot) -> HypothesisBoard:  # noqa: ANN001
    widget = HypothesisBoard(opened, editor)
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stored(opened: OpenWorkshop, hypothesis_id: str) -> dict:
    """The hypothesis as the file holds it."""
    return next(h for h in opened.document.to_interchange()["hypotheses"] if h["id"] == hypothesis_id)


def history(opened: OpenWorkshop, hypothesis_id: str) -> list[str]:
    return [step["status"] for step in stored(opened, hypothesis_id)["history"]]


def drag(qtbot, board: HypothesisBoard, hypothesis_id: str, status: str,  # noqa: ANN001
         release: bool = True) -> QPoint:
    """Press on the card, move past the drag distance and over `status`'s column, release there.
    As with a real mouse, every event after the press goes to the list that was pressed."""
    item = board.item(hypothesis_id)
    source = item.listWidget().viewport()
    start = item.listWidget().visualItemRect(item).center()
    target = board.columns[status].cards.viewport()
    end = source.mapFromGlobal(target.mapToGlobal(target.rect().center()))
    qtbot.mousePress(source, LEFT, pos=start)
    for point in (start + QPoint(QApplication.startDragDistance() + 2, 3), (start + end) / 2, end):
        move = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(source.mapToGlobal(point)),
                           NO_BUTTON, LEFT, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(source, move)
    if release:
        qtbot.mouseRelease(source, LEFT, pos=end)
    return end


def test_a_dragged_card_moves_as_one_undo_step_and_comes_back(opened: OpenWorkshop, editor: HypothesisEditor,
                                                              board: HypothesisBoard, qtbot) -> None:  # noqa: ANN001
    hid = editor.add("A callback button instead of the hotline queue", owner="David Mensah")
    assert hid in board.ids_in("idea")
    steps = opened.undo_stack.count()

    drag(qtbot, board, hid, "planned")
    assert hid not in board.ids_in("idea") and hid in board.ids_in("planned")
    assert board.columns["planned"].count.text() == "2"  # with the demo's h-02
    assert board.selected_id() == hid  # the moved card stays selected, in its new column
    assert board.columns["planned"].cards.currentItem().data(ID_ROLE) == hid
    assert opened.undo_stack.count() == steps + 1
    assert stored(opened, hid)["status"] == "planned" and history(opened, hid) == ["idea", "planned"]

    opened.undo_stack.undo()
    assert hid in board.ids_in("idea") and hid not in board.ids_in("planned")
    assert stored(opened, hid)["status"] == "idea" and history(opened, hid) == ["idea"]
    opened.undo_stack.redo()
    assert hid in board.ids_in("planned") and hid not in board.ids_in("idea")
    assert history(opened, hid) == ["idea", "planned"]


def test_a_refused_drag_leaves_the_card_and_says_why_in_the_board(opened: OpenWorkshop, editor: HypothesisEditor,
                                                                  board: HypothesisBoard, qtbot) -> None:  # noqa: ANN001
    hid = editor.add("Validate it without testing")
    steps = opened.undo_stack.count()
    with qtbot.assertNotEmitted(opened.edit_failed):  # the main window would turn that into a message box
        end = drag(qtbot, board, hid, "validated", release=False)
        # Over the column, before letting go, the board already says why not.
        assert board.columns["validated"].drop_state == "refused"
        assert board.message.text() == "Test it first: only a hypothesis in Testing can be validated."
        assert QApplication.overrideCursor() is not None
        qtbot.mouseRelease(board.item(hid).listWidget().viewport(), LEFT, pos=end)
    assert hid in board.ids_in("idea") and hid not in board.ids_in("validated")
    assert stored(opened, hid)["status"] == "idea" and history(opened, hid) == ["idea"]
    assert opened.undo_stack.count() == steps
    assert board.message.text() == "Test it first: only a hypothesis in Testing can be validated."
    assert board.message.isVisible()
    assert QApplication.overrideCursor() is None  # the drag's closed hand is gone
    assert board.columns["validated"].drop_state is None

    drag(qtbot, board, hid, "planned")  # a good move clears the explanation
    assert "Test it first" not in board.message.text()


def test_escape_cancels_a_drag(opened: OpenWorkshop, board: HypothesisBoard, qtbot) -> None:  # noqa: ANN001
    item = board.item("h-02")
    source = item.listWidget()
    start = source.visualItemRect(item).center()
    qtbot.mousePress(source.viewport(), LEFT, pos=start)
    away = start + QPoint(300, 0)
    QApplication.sendEvent(source.viewport(), QMouseEvent(
        QEvent.Type.MouseMove, QPointF(away), QPointF(source.viewport().mapToGlobal(away)), NO_BUTTON, LEFT,
        Qt.KeyboardModifier.NoModifier))
    assert source.dragging
    qtbot.keyClick(source, Qt.Key.Key_Escape)
    qtbot.mouseRelease(source.viewport(), LEFT, pos=away)
    assert not source.dragging
    assert "h-02" in board.ids_in("planned") and stored(opened, "h-02")["status"] == "planned"


def test_the_let_go_column_shows_what_was_learned(opened: OpenWorkshop, editor: HypothesisEditor,
                                                 board: HypothesisBoard) -> None:
    blank = editor.add("A video explainer of the ident step")
    assert editor.set_status(blank, "let_go")
    assert board.columns["let_go"].title.text() == "Let go, and what we learned"
    assert board.ids_in("let_go") == ["h-05", blank]
    learned = board.item("h-05").data(FACE_ROLE).learning
    assert learned[0].startswith("We learned that failed calls are not a knowledge problem")
    missing = board.item(blank).data(FACE_ROLE).learning
    assert missing[0] == "No learning written yet"
    assert min(contrast(missing[1], background) for background in (CARD, SELECTED, COLUMN)) >= 4.5
    assert missing[1] == MUTED  # muted, yet readable
    assert board.item("h-02").data(FACE_ROLE).learning is None  # other columns show no learning
    # Let go without a learning: the board asks for it rather than let the result go unwritten.
    assert "write down what you learned" not in board.message.text()
    assert board.move("h-02", "let_go")
    assert "write down what you learned" in board.message.text()

    editor.set_fields(blank, learning="We learned that nobody watches a video before a call.")
    assert board.item(blank).data(FACE_ROLE).learning[0] == "We learned that nobody watches a video before a call."
    assert "nobody watches" in board.item(blank).data(Qt.ItemDataRole.AccessibleTextRole)


def test_ctrl_arrows_move_the_selected_card_along_its_life(opened: OpenWorkshop, board: HypothesisBoard,
                                                          qtbot) -> None:  # noqa: ANN001
    ideas = board.columns["idea"].cards
    qtbot.mouseClick(ideas.viewport(), LEFT, pos=ideas.visualItemRect(board.item("h-01")).center())
    assert board.selected_id() == "h-01"
    steps = opened.undo_stack.count()

    qtbot.keyClick(ideas, Qt.Key.Key_Right, CTRL)
    assert "h-01" in board.ids_in("planned") and stored(opened, "h-01")["status"] == "planned"
    assert opened.undo_stack.count() == steps + 1
    planned = board.columns["planned"].cards
    assert planned.hasFocus() and planned.currentItem() is board.item("h-01")  # the keyboard follows the card
    qtbot.keyClick(planned, Qt.Key.Key_Left, CTRL)
    assert "h-01" in board.ids_in("idea") and history(opened, "h-01") == ["idea", "planned", "idea"]

    # From Validated the next step to the right is Adopted: Invalidated needs a new test.
    board.select("h-04", focus=True)
    qtbot.keyClick(board.columns["validated"].cards, Qt.Key.Key_Right, CTRL)
    assert stored(opened, "h-04")["status"] == "adopted"
    # An adopted hypothesis only goes on to Let go: Ctrl+Left is refused, and says so.
    adopted = board.columns["adopted"].cards
    qtbot.keyClick(adopted, Qt.Key.Key_Left, CTRL)
    assert stored(opened, "h-04")["status"] == "adopted" and "h-04" in board.ids_in("adopted")
    assert board.message.text() == "An adopted hypothesis stays adopted until it is let go."


def test_enter_and_double_click_ask_to_open_the_card(board: HypothesisBoard, qtbot) -> None:  # noqa: ANN001
    testing = board.columns["testing"].cards
    centre = testing.visualItemRect(board.item("h-03")).center()
    with qtbot.waitSignal(board.open_requested) as opened_by_mouse:
        qtbot.mouseClick(testing.viewport(), LEFT, pos=centre)
        qtbot.mouseDClick(testing.viewport(), LEFT, pos=centre)
    assert opened_by_mouse.args == ["h-03"]
    assert "h-03" in board.ids_in("testing")  # a double-click is no drag
    with qtbot.waitSignal(board.open_requested) as opened_by_key:
        qtbot.keyClick(testing, Qt.Key.Key_Return)
    assert opened_by_key.args == ["h-03"]


def test_the_board_follows_edits_made_elsewhere_and_keeps_the_selection(
        opened: OpenWorkshop, editor: HypothesisEditor, board: HypothesisBoard) -> None:
    board.select("h-03")
    editor.set_status("h-02", "testing")  # e.g. from the detail editor
    assert board.ids_in("testing") == ["h-02", "h-03"]
    assert board.columns["testing"].count.text() == "2" and board.columns["planned"].count.text() == "0"
    assert board.columns["planned"].cards.accessibleName() == "Planned: 0 hypothesis(es)"
    assert board.selected_id() == "h-03" and board.item("h-03").isSelected()
    editor.set_fields("h-03", owner="Irina Volkova", criticality=1)
    face = board.item("h-03").data(FACE_ROLE)
    assert face.lines[0][0].startswith("! Low")
    assert face.lines[-1][0].startswith("Irina Volkova")
    assert board.item("h-03").isSelected()


def test_an_empty_board_says_where_to_start(opened: OpenWorkshop, editor: HypothesisEditor, qtbot) -> None:  # noqa: ANN001
    with opened.document.edit():
        opened.workshop.hypotheses.clear()
    board = HypothesisBoard(opened, editor)
    qtbot.addWidget(board)
    assert all(board.ids_in(status) == [] for status in board.columns)
    assert board.message.text().startswith("No hypotheses yet.")
    hid = editor.add("A first idea")
    assert board.message.text().startswith("Drag a card to its next step")
    board.move(hid, "adopted")
    assert board.message.text() == "Only a validated hypothesis can be adopted."
    editor.remove(hid)
    assert board.message.text().startswith("No hypotheses yet.")  # no stale refusal on an empty board


def test_the_menu_key_offers_every_step_and_greys_out_the_refused_ones(opened: OpenWorkshop, board: HypothesisBoard,
                                                                      qtbot) -> None:  # noqa: ANN001
    testing = board.columns["testing"].cards
    board.select("h-03", focus=True)
    # What Qt sends for the Menu key or Shift+F10 (QTest's key events skip that translation).
    QApplication.sendEvent(testing, QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), testing.mapToGlobal(QPoint(0, 0))))
    menu = board.findChild(QMenu)
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert list(actions) == ["Move to Idea", "Move to Planned", "Move to Validated", "Move to Invalidated",
                             "Move to Adopted", "Move to Let go", "Open"]
    assert not actions["Move to Idea"].isEnabled() and not actions["Move to Adopted"].isEnabled()
    assert actions["Move to Adopted"].toolTip() == "Only a validated hypothesis can be adopted."
    actions["Move to Invalidated"].trigger()  # the one step Ctrl+arrows pass by
    assert stored(opened, "h-03")["status"] == "invalidated" and "h-03" in board.ids_in("invalidated")
    menu.close()

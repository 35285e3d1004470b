"""Hypotheses from the main window: Ctrl+H captures one linked to the chosen cards, a vote result
turns into one, and a linked card's badge on the board opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from codesign.app.main_window import MainWindow
from codesign.app.workshops import Workshops
from codesign.hypotheses.capture_dialog import CaptureDialog


def capture_dialog(window: MainWindow, qtbot) -> CaptureDialog:  # noqa: ANN001
    dialog = window.view._windows.get("capture")
    assert isinstance(dialog, CaptureDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # keys go straight into the form
    return dialog


def test_ctrl_h_captures_a_hypothesis_linked_to_the_chosen_cards_and_badges_them(
        workshops: Workshops, window: MainWindow, demo_file: Path, qtbot) -> None:  # noqa: ANN001
    workshops.open_path(demo_file, window)
    view = window.view.journey_view(0)
    board = view.board
    linked = {c for h in window.workshop.document.to_interchange()["hypotheses"] for c in h["cards"]}
    assert [board.cards[c].hypotheses > 0 for c in sorted(linked)] == [True] * len(linked)  # the demo's own
    chosen = sorted(c for c in board.cards if c not in linked)[:2]
    view.select_cards(chosen)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = capture_dialog(window, qtbot)
    qtbot.keyClicks(dialog.statement_edit, "A status page ends the guessing")
    qtbot.keyClick(dialog.statement_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.segment_edit, "New customers")
    with qtbot.waitSignal(dialog.hypothesis_saved) as saved:
        qtbot.keyClick(dialog.segment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = next(h for h in window.workshop.document.to_interchange()["hypotheses"] if h["id"] == saved.args[0])
    assert (stored["statement"], stored["segment"], sorted(stored["cards"])) == (
        "A status page ends the guessing", "New customers", chosen)

    assert [board.cards[c].hypotheses for c in chosen] == [1, 1]
    item = board.cards[chosen[0]]
    view.ensureVisible(item)
    badge = view.mapFromScene(item.mapToScene(item.hypothesis_badge().center()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(badge.x(), badge.y()))
    hypotheses = window.view._windows["hypotheses"]
    qtbot.waitExposed(hypotheses)
    assert hypotheses.detail.hypothesis_id == saved.args[0]

    window.workshop.undo_stack.undo()  # the capture was one step: undone, the badges go
    assert [board.cards[c].hypotheses for c in chosen] == [0, 0]


def test_a_vote_result_turns_into_a_hypothesis_linked_to_its_card(
        workshops: Workshops, window: MainWindow, demo_file: Path, qtbot) -> None:  # noqa: ANN001
    workshops.open_path(demo_file, window)
    results = window.view.show_results("r-01")
    qtbot.waitExposed(results)
    top = results.results.cards[0]
    qtbot.mouseClick(results.turn_button, Qt.MouseButton.LeftButton)
    dialog = capture_dialog(window, qtbot)
    assert top.title in dialog.statement_edit.toPlainText()
    dialog.statement_edit.setFocus()
    qtbot.keyClick(dialog.statement_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.statement_edit, " fewer people give up")
    with qtbot.waitSignal(dialog.hypothesis_saved) as saved:
        qtbot.keyClick(dialog.statement_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = next(h for h in window.workshop.document.to_interchange()["hypotheses"] if h["id"] == saved.args[0])
    assert stored["cards"] == [top.card_id] and stored["statement"].endswith("fewer people give up")


def test_a_moment_chosen_by_its_header_is_linked_by_ctrl_h(
        workshops: Workshops, window: MainWindow, demo_file: Path, qtbot) -> None:  # noqa: ANN001
    workshops.open_path(demo_file, window)
    view = window.view.journey_view(0)
    moment = view.journey.moments[2]
    header = next(h for (kind, item_id), h in view.board.headers.items() if item_id == moment.id)
    view.ensureVisible(header)
    at = view.mapFromScene(header.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(at.x(), at.y()))
    assert view.chosen_moment == moment.id
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = capture_dialog(window, qtbot)
    qtbot.keyClicks(dialog.statement_edit, "Proving who you are takes one visit")
    with qtbot.waitSignal(dialog.hypothesis_saved) as saved:
        qtbot.keyClick(dialog.statement_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = next(h for h in window.workshop.document.to_interchange()["hypotheses"] if h["id"] == saved.args[0])
    assert (stored["cards"], stored["moments"]) == ([], [moment.id])

"""The detail editor: Test and Learning card fields as undo steps, status moves and their history."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget

from codesign.app.open_workshop import OpenWorkshop
from codesign.hypotheses.detail_editor import HypothesisDetail
from codesign.hypotheses.editor import HypothesisEditor

CTRL = Qt.KeyboardModifier.ControlModifier


def stored(opened: OpenWorkshop, hypothesis_id: str) -> dict:
    return next(h for h in opened.document.to_interchange()["hypotheses"] if h["id"] == hypothesis_id)


def retype(qtbot, widget: QWidget, text: str) -> None:  # noqa: ANN001 - pytest-qt's qtbot
    """Clicks into the field, replaces its text and leaves it with Tab."""
    qtbot.mouseClick(widget.viewport() if hasattr(widget, "viewport") else widget, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is widget
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not widget


@pytest.fixture
def detail(opened: OpenWorkshop, qtbot) -> Iterator[HypothesisDetail]:  # noqa: ANN001 - pytest-qt's qtbot
    view = HypothesisDetail(opened, HypothesisEditor(opened))
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    yield view


def test_without_a_hypothesis_it_says_what_to_do(detail: HypothesisDetail) -> None:
    assert detail.hypothesis_id is None and detail.empty_label.isVisible()
    detail.show_hypothesis("h-02")
    assert detail.hypothesis_id == "h-02" and not detail.empty_label.isVisible()
    assert detail.statement_edit.isVisible()
    detail.show_hypothesis(None)
    assert detail.empty_label.isVisible()


def test_a_line_field_edit_is_one_undo_step_and_undo_shows_in_the_field(
        opened: OpenWorkshop, detail: HypothesisDetail, qtbot) -> None:  # noqa: ANN001
    detail.show_hypothesis("h-02")
    old = detail.segment_edit.text()
    assert old == stored(opened, "h-02")["segment"]
    retype(qtbot, detail.segment_edit, "Everyone within 2 km of a branch")
    assert stored(opened, "h-02")["segment"] == "Everyone within 2 km of a branch"
    assert opened.undo_stack.count() == 1

    opened.undo_stack.undo()
    assert detail.segment_edit.text() == old
    assert stored(opened, "h-02")["segment"] == old


def test_a_text_box_commits_when_left_and_leaving_it_unchanged_adds_nothing(
        opened: OpenWorkshop, detail: HypothesisDetail, qtbot) -> None:  # noqa: ANN001
    detail.show_hypothesis("h-03")
    qtbot.mouseClick(detail.observation_edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(detail.observation_edit, Qt.Key.Key_Tab)  # in and out again: no step
    assert opened.undo_stack.count() == 0
    retype(qtbot, detail.observation_edit, "Two of five forms still came back without a signature.")
    assert stored(opened, "h-03")["observation"] == "Two of five forms still came back without a signature."
    assert opened.undo_stack.count() == 1
    opened.undo_stack.undo()
    assert detail.observation_edit.toPlainText() == ""


def test_a_change_elsewhere_does_not_clobber_a_field_being_typed_in(
        opened: OpenWorkshop, detail: HypothesisDetail, qtbot) -> None:  # noqa: ANN001
    detail.show_hypothesis("h-02")
    qtbot.mouseClick(detail.metric_edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(detail.metric_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(detail.metric_edit, "Calls per week")
    HypothesisEditor(opened).set_fields("h-02", owner="Jonas Weber", metric="Set by someone else")

    assert detail.owner_edit.text() == "Jonas Weber"
    assert detail.metric_edit.toPlainText() == "Calls per week"
    qtbot.keyClick(detail.metric_edit, Qt.Key.Key_Tab)  # leaving it: the typed text wins, as a step of its own
    assert stored(opened, "h-02")["metric"] == "Calls per week"
    assert opened.undo_stack.count() == 2


def test_choosing_a_criticality_by_keyboard_is_one_step(
        opened: OpenWorkshop, detail: HypothesisDetail, qtbot) -> None:  # noqa: ANN001
    detail.show_hypothesis("h-01")
    assert detail.criticality_combo.currentData() == 2
    detail.criticality_combo.setFocus()
    qtbot.keyClick(detail.criticality_combo, Qt.Key.Key_Down)
    assert stored(opened, "h-01")["criticality"] == 3 and opened.undo_stack.count() == 1
    opened.undo_stack.undo()
    assert detail.criticality_combo.currentData() == 2


def test_a_blank_statement_is_refused_and_the_old_one_kept(
        opened: OpenWorkshop, detail: HypothesisDetail, qtbot) -> None:  # noqa: ANN001
    detail.show_hypothesis("h-01")
    old = detail.statement_edit.toPlainText()
    with qtbot.waitSignal(detail.notice):
        retype(qtbot, detail.statement_edit, " ")
    assert detail.statement_edit.toPlainText() == old
    assert opened.undo_stack.count() == 0


def test_status_buttons_offer_only_allowed_moves_and_a_move_is_recorded(
        opened: OpenWorkshop, detail: HypothesisDetail, qtbot) -> None:  # noqa: ANN001
    detail.show_hypothesis("h-02")
    shown = {status for status, button in detail.move_buttons.items() if button.isVisible()}
    assert shown == {"idea", "testing", "let_go"}
    assert detail.status_label.text() == "Status: Planned"
    assert detail.history_list.count() == 2

    qtbot.mouseClick(detail.note_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(detail.note_edit, "Teller briefing done")
    qtbot.mouseClick(detail.move_buttons["testing"], Qt.MouseButton.LeftButton)

    assert stored(opened, "h-02")["status"] == "testing"
    assert stored(opened, "h-02")["history"][-1]["note"] == "Teller briefing done"
    assert detail.status_label.text() == "Status: Testing"
    shown = {status for status, button in detail.move_buttons.items() if button.isVisible()}
    assert shown == {"planned", "validated", "invalidated", "let_go"}
    assert detail.history_list.count() == 3
    last = detail.history_list.item(2).text()
    assert "Testing" in last and last.endswith("\nTeller briefing done")
    assert detail.note_edit.text() == ""

    opened.undo_stack.undo()
    assert detail.status_label.text() == "Status: Planned" and detail.history_list.count() == 2


def test_a_let_go_hypothesis_shows_what_was_learned(opened: OpenWorkshop, detail: HypothesisDetail) -> None:
    detail.show_hypothesis("h-05")
    hypothesis = stored(opened, "h-05")
    assert detail.learning_edit.toPlainText() == hypothesis["learning"] != ""
    assert detail.observation_edit.toPlainText() == hypothesis["observation"]
    assert detail.decision_combo.currentText() == "Let go"
    assert [s for s, b in detail.move_buttons.items() if b.isVisible()] == ["idea"]
    assert detail.history_list.item(detail.history_list.count() - 1).text().split("\n")[0].endswith("Let go")


def test_letting_go_puts_the_cursor_on_the_learning(
        opened: OpenWorkshop, detail: HypothesisDetail, qtbot) -> None:  # noqa: ANN001
    detail.show_hypothesis("h-03")
    qtbot.mouseClick(detail.move_buttons["let_go"], Qt.MouseButton.LeftButton)
    assert stored(opened, "h-03")["status"] == "let_go"
    assert QApplication.focusWidget() is detail.learning_edit
    qtbot.keyClicks(detail.learning_edit, "Forms are not the problem")
    qtbot.keyClick(detail.learning_edit, Qt.Key.Key_Tab)
    assert stored(opened, "h-03")["learning"] == "Forms are not the problem"


def test_activating_a_linked_card_asks_to_show_it(opened: OpenWorkshop, detail: HypothesisDetail, qtbot) -> None:  # noqa: ANN001
    detail.show_hypothesis("h-02")
    cards = stored(opened, "h-02")["cards"]
    assert detail.links_list.count() == len(cards) + 1  # and its moment
    detail.links_list.setFocus()
    detail.links_list.setCurrentRow(1)
    with qtbot.waitSignal(detail.card_requested) as requested:
        qtbot.keyClick(detail.links_list, Qt.Key.Key_Return)
    assert requested.args == [cards[1]]
    moment_row = detail.links_list.item(len(cards))
    assert moment_row.text().startswith("Moment")
    with qtbot.assertNotEmitted(detail.card_requested):
        detail.links_list.itemActivated.emit(moment_row)


def test_undoing_the_capture_of_the_shown_hypothesis_empties_the_view(
        opened: OpenWorkshop, detail: HypothesisDetail) -> None:
    editor = HypothesisEditor(opened)
    hypothesis_id = editor.add("Brand new")
    detail.show_hypothesis(hypothesis_id)
    assert detail.statement_edit.toPlainText() == "Brand new"
    opened.undo_stack.undo()
    assert detail.hypothesis_id is None and detail.empty_label.isVisible()


def test_a_deadline_is_set_and_removed_by_keyboard_one_step_each(
        opened: OpenWorkshop, detail: HypothesisDetail, qtbot) -> None:  # noqa: ANN001
    detail.show_hypothesis("h-01")
    assert not detail.deadline_field.date_edit.isEnabled()
    qtbot.keyClick(detail, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # the label's Alt+D
    assert QApplication.focusWidget() is detail.deadline_field.check
    qtbot.keyClick(detail.deadline_field.check, Qt.Key.Key_Space)
    assert stored(opened, "h-01")["deadline"] == QDate.currentDate().addDays(14).toString(Qt.DateFormat.ISODate)
    assert detail.deadline_field.date_edit.isEnabled() and opened.undo_stack.count() == 1
    qtbot.keyClick(detail.deadline_field.check, Qt.Key.Key_Space)
    assert stored(opened, "h-01")["deadline"] is None and opened.undo_stack.count() == 2
    opened.undo_stack.undo()
    assert detail.deadline_field.value() == QDate.currentDate().addDays(14).toString(Qt.DateFormat.ISODate)

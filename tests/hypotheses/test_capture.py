"""Quick capture during the session: typed from the keyboard alone, saved as one undo step."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QToolButton, QWidget

from codesign.app.open_workshop import OpenWorkshop
from codesign.hypotheses.capture_dialog import CaptureDialog
from codesign.hypotheses.editor import HypothesisEditor

CTRL = Qt.KeyboardModifier.ControlModifier


def stored(opened: OpenWorkshop, hypothesis_id: str) -> dict:
    return next(h for h in opened.document.to_interchange()["hypotheses"] if h["id"] == hypothesis_id)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(text: str) -> None:
    """Key presses carrying any character, as a keyboard layout or input method sends them
    (QTest.keyClicks knows ASCII only)."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)


def type_then_tab(qtbot, text: str) -> None:  # noqa: ANN001 - pytest-qt's qtbot
    type_text(text)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


@pytest.fixture
def open_dialog(opened: OpenWorkshop, qtbot) -> Iterator:  # noqa: ANN001 - pytest-qt's qtbot
    """Opens the capture dialog as the app does, focused and ready for typing."""
    def make(card_ids: list[str], moment_ids: list[str] = (), prefill: dict | None = None) -> CaptureDialog:
        dialog = CaptureDialog(opened, HypothesisEditor(opened), card_ids, list(moment_ids), prefill)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.statement_edit)
        return dialog

    yield make


def test_capture_from_the_keyboard_alone_is_one_undo_step(opened: OpenWorkshop, open_dialog, qtbot) -> None:  # noqa: ANN001
    start = opened.document.to_interchange()
    journey = opened.workshop.journeys[0]
    cards = sorted([journey.cards[3].id, journey.cards[4].id])
    dialog = open_dialog(cards)

    type_then_tab(qtbot, "Eine SMS nach jedem Schritt senkt Anrufe — 電話が減る 🙂")
    type_then_tab(qtbot, "Neue Kund:innen in der App")
    type_then_tab(qtbot, "Zwei Wochen lang SMS an die Hälfte der Anträge")
    type_then_tab(qtbot, "Anrufe pro Antrag")
    type_then_tab(qtbot, "ein Drittel weniger Anrufe")
    qtbot.keyClicks(focused(), "Mira Okafor")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.deadline_field.check
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # set a deadline: two weeks from today
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.deadline_field.date_edit
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.criticality_combo
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.hypothesis_saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)

    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    hypothesis = stored(opened, saved.args[0])
    assert hypothesis["statement"] == "Eine SMS nach jedem Schritt senkt Anrufe — 電話が減る 🙂"  # no tab typed
    assert (hypothesis["segment"], hypothesis["experiment"], hypothesis["metric"]) == (
        "Neue Kund:innen in der App", "Zwei Wochen lang SMS an die Hälfte der Anträge", "Anrufe pro Antrag")
    assert (hypothesis["success_criterion"], hypothesis["owner"]) == ("ein Drittel weniger Anrufe", "Mira Okafor")
    assert hypothesis["deadline"] == QDate.currentDate().addDays(14).toString(Qt.DateFormat.ISODate)
    assert (hypothesis["criticality"], hypothesis["status"]) == (3, "idea")
    assert (hypothesis["cards"], hypothesis["moments"]) == (cards, [])
    assert opened.undo_stack.count() == 1

    opened.undo_stack.undo()
    assert opened.document.to_interchange() == start


def test_a_link_removed_by_keyboard_is_not_saved(opened: OpenWorkshop, open_dialog, qtbot) -> None:  # noqa: ANN001
    journey = opened.workshop.journeys[0]
    first, second = sorted([journey.cards[3].id, journey.cards[4].id])
    dialog = open_dialog([first, second], [journey.moments[2].id])
    assert len(dialog.chips.findChildren(QToolButton)) == 3
    qtbot.keyClicks(focused(), "A map at the entrance saves questions")
    for _ in range(12):  # down the form to the first chip's ×
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if isinstance(focused(), QToolButton):
            break
    first_title = next(c.title for c in journey.cards if c.id == first)
    assert focused().accessibleName() == f"Remove the link to card “{first_title}”"
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    # focus lands on the next chip's ×, so the keyboard user can go on from there
    assert focused().accessibleName().startswith("Remove the link to card")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused().accessibleName().startswith("Remove the link to moment")
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert len([b for b in dialog.chips.findChildren(QToolButton) if b.isVisible()]) == 1
    assert dialog.card_ids == [second] and dialog.moment_ids == []
    with qtbot.waitSignal(dialog.hypothesis_saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    hypothesis = stored(opened, saved.args[0])
    assert (hypothesis["cards"], hypothesis["moments"]) == ([second], [])


def test_prefill_from_a_vote_result_is_shown_and_saved(opened: OpenWorkshop, open_dialog, qtbot) -> None:  # noqa: ANN001
    card = opened.workshop.journeys[0].cards[5]
    dialog = open_dialog([card.id], prefill={"statement": "Fix the top-voted pain", "segment": "Older customers",
                                             "criticality": 2, "effort": "2 days"})
    assert dialog.statement_edit.toPlainText() == "Fix the top-voted pain"
    assert dialog.segment_edit.text() == "Older customers"
    assert dialog.criticality_combo.currentData() == 2
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.hypothesis_saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    hypothesis = stored(opened, saved.args[0])
    assert (hypothesis["statement"], hypothesis["segment"], hypothesis["criticality"], hypothesis["effort"]) == (
        "Fix the top-voted pain", "Older customers", 2, "2 days")
    assert (hypothesis["experiment"], hypothesis["deadline"], hypothesis["cards"]) == ("", None, [card.id])


def test_save_waits_for_a_statement(opened: OpenWorkshop, open_dialog, qtbot) -> None:  # noqa: ANN001
    dialog = open_dialog([])
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(focused(), "   ")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # a new line is still blank
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and opened.undo_stack.count() == 0
    qtbot.keyClicks(focused(), "x")
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    assert not dialog.save_button.isEnabled()


def test_return_in_a_field_moves_on_instead_of_saving(opened: OpenWorkshop, open_dialog, qtbot) -> None:  # noqa: ANN001
    dialog = open_dialog([])
    type_then_tab(qtbot, "Shorter forms")
    qtbot.keyClicks(focused(), "Everyone")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is dialog.experiment_edit
    assert dialog.isVisible() and opened.undo_stack.count() == 0


def test_escape_cancels_and_writes_nothing(opened: OpenWorkshop, open_dialog, qtbot) -> None:  # noqa: ANN001
    start = opened.document.to_interchange()
    dialog = open_dialog([opened.workshop.journeys[0].cards[0].id])
    type_then_tab(qtbot, "Never mind")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert opened.undo_stack.count() == 0
    assert opened.document.to_interchange() == start


def test_a_refused_save_keeps_the_dialog_and_the_text(opened: OpenWorkshop, open_dialog, qtbot) -> None:  # noqa: ANN001
    dialog = open_dialog([])
    dialog.statement_edit.setPlainText("pasted \x00 from a broken file")  # the model refuses NUL characters
    with qtbot.waitSignal(opened.edit_failed):
        qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert dialog.statement_edit.toPlainText() == "pasted \x00 from a broken file"
    assert opened.undo_stack.count() == 0 and opened.document.to_interchange()["hypotheses"][-1]["id"] == "h-05"


def test_huge_text_in_any_script_is_saved_whole(opened: OpenWorkshop, open_dialog, qtbot) -> None:  # noqa: ANN001
    dialog = open_dialog([])
    huge = "مرحبا שלום 你好 Ωμέγα 🙂 " * 5000
    dialog.statement_edit.setPlainText(huge)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text("ऑनलाइन ग्राहक")
    with qtbot.waitSignal(dialog.hypothesis_saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    hypothesis = stored(opened, saved.args[0])
    assert (hypothesis["statement"], hypothesis["segment"]) == (huge.strip(), "ऑनलाइन ग्राहक")


def test_each_label_takes_its_field_with_alt_and_a_letter(opened: OpenWorkshop, open_dialog, qtbot) -> None:  # noqa: ANN001
    dialog = open_dialog([])
    for letter, widget in ((Qt.Key.Key_U, dialog.metric_edit), (Qt.Key.Key_W, dialog.owner_edit),
                           (Qt.Key.Key_C, dialog.criticality_combo), (Qt.Key.Key_B, dialog.statement_edit)):
        qtbot.keyClick(focused(), letter, Qt.KeyboardModifier.AltModifier)
        assert focused() is widget


def test_owners_already_named_are_offered(opened: OpenWorkshop, open_dialog) -> None:  # noqa: ANN001
    dialog = open_dialog([])
    offered = dialog.owner_edit.completer().model().stringList()
    assert {"Lena Brandt", "Felix Wagner", "Aylin Demir"} <= set(offered)
    assert offered == sorted(offered, key=str.casefold)

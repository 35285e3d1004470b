"""The workshop details form: each finished field edit is one undoable step, committed to the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from codesign.app.main_window import MainWindow
from codesign.app.workshops import Workshops
from codesign.storage import Document

from .helpers import stored_workshop, take_message

OLD_TITLE = "Opening an account at Lindenbank"
NEW_TITLE = "Account opening, second round"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def opened(workshops: Workshops, window: MainWindow, demo_file: Path) -> MainWindow:
    workshops.open_path(demo_file, window)
    return window


def test_title_edit_commits_and_ctrl_z_undoes_it_in_widget_and_file(opened: MainWindow, demo_file: Path,
                                                                    qtbot) -> None:  # noqa: ANN001
    edit = opened.view.form.title_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, NEW_TITLE)
    assert stored_workshop(demo_file, "title") == OLD_TITLE  # typing alone commits nothing
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert stored_workshop(demo_file, "title") == NEW_TITLE
    assert opened.windowTitle().startswith(f"{NEW_TITLE} — ")
    assert opened.undo_action.text() == "&Undo Change title"

    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)  # focus is still in the field
    assert edit.text() == OLD_TITLE
    assert stored_workshop(demo_file, "title") == OLD_TITLE
    assert opened.windowTitle().startswith(f"{OLD_TITLE} — ")

    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL_SHIFT)
    assert edit.text() == NEW_TITLE
    assert stored_workshop(demo_file, "title") == NEW_TITLE

    opened.close()
    with Document.open(demo_file) as document:
        assert document.workshop.title == NEW_TITLE


def test_typing_keeps_its_own_undo_until_committed(opened: MainWindow, demo_file: Path,
                                                   qtbot) -> None:  # noqa: ANN001
    edit = opened.view.form.location_edit
    before = edit.text()
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, " (room 2)")
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)  # undoes the typing in the field, not a workshop step
    assert edit.text() != before + " (room 2)"
    assert stored_workshop(demo_file, "location") == before
    assert opened.workshop.undo_stack.count() == 0


def test_leaving_a_text_area_commits_it(opened: MainWindow, demo_file: Path, qtbot) -> None:  # noqa: ANN001
    notes = opened.view.form.notes_edit
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    notes.selectAll()
    qtbot.keyClicks(notes, "Bring more sticky notes.")
    assert stored_workshop(demo_file, "notes") != "Bring more sticky notes."
    opened.view.form.facilitator_edit.setFocus()
    qtbot.waitUntil(lambda: not notes.hasFocus())

    assert stored_workshop(demo_file, "notes") == "Bring more sticky notes."
    opened.undo_action.trigger()
    assert stored_workshop(demo_file, "notes").startswith("Customers: Amira")
    assert notes.toPlainText().startswith("Customers: Amira")


def test_an_empty_title_is_refused(opened: MainWindow, demo_file: Path, qtbot) -> None:  # noqa: ANN001
    edit = opened.view.form.title_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert edit.text() == OLD_TITLE
    assert stored_workshop(demo_file, "title") == OLD_TITLE
    assert "needs a title" in opened.statusBar().currentMessage()
    assert opened.workshop.undo_stack.count() == 0


def test_date_can_be_set_removed_and_restored(opened: MainWindow, demo_file: Path, qtbot) -> None:  # noqa: ANN001
    field = opened.view.form.date_field
    assert field.date_edit.date() == QDate(2026, 11, 12)
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert stored_workshop(demo_file, "date") is None
    assert field.date_edit.text() == "No date"
    assert not field.clear_button.isEnabled()

    field.date_edit.setFocus()
    field.date_edit.setDate(QDate(2027, 3, 4))
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Return)
    assert stored_workshop(demo_file, "date") == "2027-03-04"

    opened.undo_action.trigger()
    assert stored_workshop(demo_file, "date") is None
    assert field.value() is None
    opened.undo_action.trigger()
    assert stored_workshop(demo_file, "date") == "2026-11-12"
    assert field.date_edit.date() == QDate(2026, 11, 12)


def test_language_choice_is_one_step(opened: MainWindow, demo_file: Path, qtbot) -> None:  # noqa: ANN001
    combo = opened.view.form.language_combo
    assert combo.currentData() == "en"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert stored_workshop(demo_file, "language") == "de"
    opened.undo_action.trigger()
    assert stored_workshop(demo_file, "language") == "en"
    assert combo.currentData() == "en"


def test_every_field_has_an_accessible_name(opened: MainWindow) -> None:
    form = opened.view.form
    widgets = [form.title_edit, form.goal_edit, form.date_field.date_edit, form.date_field.clear_button,
               form.location_edit, form.language_combo, form.facilitator_edit, form.notes_edit]
    names = [w.accessibleName() for w in widgets]
    assert all(names) and len(set(names)) == len(names)


def test_closing_the_window_keeps_a_field_still_being_typed(opened: MainWindow, demo_file: Path,
                                                            qtbot) -> None:  # noqa: ANN001
    edit = opened.view.form.facilitator_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Jo Park")
    opened.close()
    with Document.open(demo_file) as document:
        assert document.workshop.facilitator == "Jo Park"


def test_a_value_the_model_refuses_is_explained_and_not_kept(opened: MainWindow, demo_file: Path,
                                                             qtbot) -> None:  # noqa: ANN001
    opened.workshop.set_workshop_field("language", "fr", "Change language")
    text = take_message(qtbot)
    assert "language must be one of en, de, not 'fr'" in text
    assert opened.workshop.undo_stack.count() == 0  # the failed step is not on the stack
    assert stored_workshop(demo_file, "language") == "en"
    assert opened.view.form.language_combo.currentData() == "en"
    opened.workshop.set_workshop_field("location", "Room 4", "Change location")  # still editable
    assert stored_workshop(demo_file, "location") == "Room 4"

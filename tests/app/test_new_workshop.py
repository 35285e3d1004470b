"""New workshop: a title is required, and the file lands where the user chose."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from codesign.app import file_dialogs
from codesign.app.main_window import MainWindow
from codesign.app.new_workshop_dialog import NewWorkshopDialog, file_name_for
from codesign.app.workshops import Workshops
from codesign.paths import workshops_dir

from .helpers import stored, stored_workshop


def _dialog(workshops: Workshops, window: MainWindow, qtbot) -> NewWorkshopDialog:  # noqa: ANN001
    window.new_action.trigger()
    dialogs = [d for d in window.findChildren(NewWorkshopDialog) if d.isVisible()]
    assert len(dialogs) == 1
    qtbot.waitExposed(dialogs[0])
    return dialogs[0]


def test_ok_stays_off_until_there_is_a_title(workshops: Workshops, window: MainWindow,
                                             qtbot) -> None:  # noqa: ANN001
    dialog = _dialog(workshops, window, qtbot)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "Bakery")
    assert dialog.ok_button.isEnabled()
    assert dialog.folder() == workshops_dir()
    assert dialog.file_label.text() == "Bakery.codesign"
    dialog.reject()
    assert window.workshop is None


def test_creates_the_file_in_the_chosen_folder(workshops: Workshops, window: MainWindow, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    room = tmp_path / "room 3" / "workshops"  # does not exist yet
    monkeypatch.setattr(file_dialogs, "ask_folder", lambda _parent, _start: room)
    dialog = _dialog(workshops, window, qtbot)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.title_edit, "Bakery: pick-up / returns")  # QTest types ASCII only
    dialog.title_edit.insert(" – Café")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    expected = room / "Bakery- pick-up - returns – Café.codesign"
    assert window.workshop is not None and window.workshop.path == expected
    assert stored_workshop(expected, "title") == "Bakery: pick-up / returns – Café"
    assert stored_workshop(expected, "language") == "de"
    lanes = stored(expected, "SELECT kind, title FROM lane ORDER BY position")
    assert [kind for kind, _ in lanes] == ["customer_actions", "frontstage", "backstage", "support"]
    assert lanes[0][1] == "Customer actions"
    assert len(stored(expected, "SELECT id FROM moment")) == 5
    assert window.view.journey_preview(0).journey.title == "Customer journey"
    assert workshops.recent.paths()[0] == expected


def test_a_taken_name_gets_a_number(workshops: Workshops, window: MainWindow, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    (tmp_path / "Kick-off.codesign").write_bytes(b"someone else's file")
    monkeypatch.setattr(file_dialogs, "ask_folder", lambda _parent, _start: tmp_path)
    dialog = _dialog(workshops, window, qtbot)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.title_edit, "Kick-off")
    assert dialog.file_label.text() == "Kick-off (2).codesign"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert window.workshop.path == tmp_path / "Kick-off (2).codesign"
    assert (tmp_path / "Kick-off.codesign").read_bytes() == b"someone else's file"


@pytest.mark.parametrize(("title", "name"), [
    ("Plain", "Plain.codesign"),
    ("  a/b\\c:d  ", "a-b-c-d.codesign"),
    ("...", "Workshop.codesign"),
    ("x" * 200, "x" * 80 + ".codesign"),
])
def test_file_names_are_safe_on_every_system(title: str, name: str) -> None:
    assert file_name_for(title, "Workshop") == name

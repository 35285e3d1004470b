"""New workshop: a title is required, the file lands where the user chose, and the journey starts from a template."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from codesign.app import file_dialogs, templates
from codesign.app.main_window import MainWindow
from codesign.app.new_workshop_dialog import NewWorkshopDialog, file_name_for
from codesign.app.templates import BLANK
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
    lanes = stored(expected, "SELECT kind, title FROM lane ORDER BY position")  # the default: a blueprint
    assert [kind for kind, _ in lanes] == ["customer_actions", "frontstage", "backstage", "support"]
    assert lanes[0][1] == "Kundenaktionen"
    assert len(stored(expected, "SELECT id FROM moment")) == 6
    assert window.workshop.workshop.journeys[0].title == "Die kaputte Waschmaschine reparieren lassen"
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


def _ids(dialog: NewWorkshopDialog) -> list[str]:
    return [dialog.template_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(dialog.template_list.count())]


def _choose_language(dialog: NewWorkshopDialog, qtbot, code: str) -> None:  # noqa: ANN001
    """Steps through the language box with the arrow keys, as a keyboard user would."""
    combo = dialog.language_combo
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    key = Qt.Key.Key_Down if combo.findData(code) > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentData() != code:
        before = combo.currentIndex()
        qtbot.keyClick(combo, key)
        assert combo.currentIndex() != before


def _template_file(template_id: str, language: str) -> dict:
    return json.loads((templates.FOLDER / f"{template_id}.{language}.json").read_text(encoding="utf-8"))


def test_the_service_blueprint_is_offered_first_after_blank(workshops: Workshops, window: MainWindow,
                                                           qtbot) -> None:  # noqa: ANN001
    dialog = _dialog(workshops, window, qtbot)
    _choose_language(dialog, qtbot, "en")
    assert _ids(dialog) == [BLANK, "service-blueprint", "customer-journey", "employee-journey"]
    assert dialog.template_id() == "service-blueprint"
    assert dialog.template_list.currentItem().text() == "Service blueprint"
    assert dialog.template_description.text() == _template_file("service-blueprint", "en")["description"]
    assert dialog.template_list.accessibleName() and dialog.template_description.accessibleName()
    labels = [w.buddy() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    assert dialog.template_list in labels
    assert all(dialog.template_list.item(row).toolTip() for row in range(dialog.template_list.count()))


def test_picking_a_template_with_the_keyboard_creates_its_journey(
        workshops: Workshops, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        qtbot) -> None:  # noqa: ANN001
    monkeypatch.setattr(file_dialogs, "ask_folder", lambda _parent, _start: tmp_path)
    dialog = _dialog(workshops, window, qtbot)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    _choose_language(dialog, qtbot, "en")
    qtbot.keyClicks(dialog.title_edit, "Moving day")
    QTest.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # the label's mnemonic
    qtbot.waitUntil(dialog.template_list.hasFocus)
    qtbot.keyClick(dialog.template_list, Qt.Key.Key_Down)
    assert dialog.template_id() == "customer-journey"
    assert dialog.template_description.text() == _template_file("customer-journey", "en")["description"]
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    path = tmp_path / "Moving day.codesign"
    assert window.workshop is not None and window.workshop.path == path
    spec = _template_file("customer-journey", "en")["journey"]
    assert stored(path, "SELECT title FROM journey") == [(spec["title"],)]
    assert stored(path, "SELECT title, emotion FROM moment ORDER BY position") == [
        (m["title"], m["emotion"]) for m in spec["moments"]]
    assert "emotion" in [kind for (kind,) in stored(path, "SELECT kind FROM lane")]
    assert len(stored(path, "SELECT id FROM card")) == len(spec["cards"])
    assert window.workshop.workshop.journeys[0].title == "Moving to a new city"


def test_switching_language_keeps_the_chosen_template(workshops: Workshops, window: MainWindow, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      qtbot) -> None:  # noqa: ANN001
    monkeypatch.setattr(file_dialogs, "ask_folder", lambda _parent, _start: tmp_path)
    dialog = _dialog(workshops, window, qtbot)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    _choose_language(dialog, qtbot, "en")
    row = _ids(dialog).index("employee-journey")
    item_rect = dialog.template_list.visualItemRect(dialog.template_list.item(row))
    qtbot.mouseClick(dialog.template_list.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
    assert dialog.template_id() == "employee-journey"
    english = dialog.template_list.currentItem().text()

    _choose_language(dialog, qtbot, "de")
    assert dialog.template_id() == "employee-journey"
    assert dialog.template_list.currentItem().text() == _template_file("employee-journey", "de")["name"] != english
    assert dialog.template_description.text() == _template_file("employee-journey", "de")["description"]
    qtbot.keyClicks(dialog.title_edit, "Reklamationen")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    path = tmp_path / "Reklamationen.codesign"
    spec = _template_file("employee-journey", "de")["journey"]
    assert stored(path, "SELECT title, persona FROM journey") == [(spec["title"], spec["persona"])]
    assert [t for (t,) in stored(path, "SELECT title FROM lane ORDER BY position")] == [
        lane["title"] for lane in spec["lanes"]]


def test_blank_gives_the_blueprint_rows_and_empty_moments(workshops: Workshops, window: MainWindow,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          qtbot) -> None:  # noqa: ANN001
    monkeypatch.setattr(file_dialogs, "ask_folder", lambda _parent, _start: tmp_path)
    dialog = _dialog(workshops, window, qtbot)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    dialog.template_list.setFocus()
    qtbot.waitUntil(dialog.template_list.hasFocus)
    qtbot.keyClick(dialog.template_list, Qt.Key.Key_Home)
    assert dialog.template_id() == BLANK
    qtbot.keyClicks(dialog.title_edit, "Empty")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    path = tmp_path / "Empty.codesign"
    assert [k for (k,) in stored(path, "SELECT kind FROM lane ORDER BY position")] == [
        "customer_actions", "frontstage", "backstage", "support"]
    assert len(stored(path, "SELECT id FROM moment")) == 5
    assert stored(path, "SELECT id FROM card") == []


def test_a_broken_template_is_not_offered(workshops: Workshops, window: MainWindow, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    own = tmp_path / "templates"
    own.mkdir()
    (own / "service-blueprint.en.json").write_text("{ broken", encoding="utf-8")
    (own / "employee-journey.en.json").write_bytes((templates.FOLDER / "employee-journey.en.json").read_bytes())
    monkeypatch.setattr(templates, "FOLDER", own)
    dialog = _dialog(workshops, window, qtbot)
    assert _ids(dialog) == [BLANK, "employee-journey"]
    assert dialog.template_id() == BLANK  # the default is gone, so the first entry is chosen

"""The settings: declared once with types and defaults, edited in the Settings dialog, and used."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from codesign.app import settings as s
from codesign.app.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot) -> SettingsDialog:  # noqa: ANN001 - pytest-qt's qtbot
    widget = SettingsDialog()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _press(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton, qtbot) -> None:  # noqa: ANN001
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def test_every_setting_has_a_default_it_allows() -> None:
    keys = [setting.key for setting in s.ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    for setting in s.ALL_SETTINGS:
        assert setting.valid(setting.default) == setting.default


def test_the_dot_limit_matches_the_model() -> None:
    from codesign.model.voting import MAX_DOTS

    assert s.DEFAULT_DOTS.maximum == MAX_DOTS


@pytest.mark.parametrize("stored, expected", [
    (None, 3), ("", 3), ("seven", 3), ("0", 3), ("100", 3), ("12", 12), (" 5 ", 5), (7, 7), ([1, 2], 3),
])
def test_a_stored_number_out_of_range_or_foreign_gives_the_default(stored: object, expected: int) -> None:
    settings = QSettings()
    if stored is None:
        settings.remove(s.DEFAULT_DOTS.key)
    else:
        settings.setValue(s.DEFAULT_DOTS.key, stored)
    settings.sync()
    assert s.DEFAULT_DOTS.read() == expected


@pytest.mark.parametrize("stored, expected", [("dark", "dark"), ("Dark", "system"), ("", "system"), (3, "system")])
def test_a_stored_choice_must_be_one_of_the_choices(stored: object, expected: str) -> None:
    QSettings().setValue(s.THEME.key, stored)
    assert s.THEME.read() == expected


def test_writing_a_value_the_setting_does_not_allow_is_refused_and_stores_nothing(qtbot) -> None:  # noqa: ANN001
    s.SAFETY_COPY_MINUTES.write(20)
    with pytest.raises(ValueError):
        s.SAFETY_COPY_MINUTES.write(0)
    with pytest.raises(ValueError):
        s.PAPER_SIZE.write("A3")
    assert s.SAFETY_COPY_MINUTES.read() == 20
    assert s.PAPER_SIZE.read() == "A4"


def test_a_write_tells_the_open_windows(qtbot) -> None:  # noqa: ANN001
    with qtbot.waitSignal(s.settings_notifier().setting_changed) as blocker:
        s.PAPER_SIZE.write("Letter")
    assert blocker.args == [s.PAPER_SIZE.key]


def test_the_workshops_folder_is_the_chosen_one_or_documents(tmp_path: Path) -> None:
    from codesign.paths import workshops_dir

    assert s.workshops_folder() == workshops_dir()
    s.WORKSHOPS_FOLDER.write(str(tmp_path))
    assert s.workshops_folder() == tmp_path


def test_the_dialog_shows_what_is_stored(qtbot) -> None:  # noqa: ANN001
    s.THEME.write("dark")
    s.DEFAULT_DOTS.write(5)
    s.PAPER_SIZE.write("Letter")
    s.SAFETY_COPY_MINUTES.write(15)
    s.LANGUAGE.write("de")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.theme.currentData() == "dark"
    assert dialog.dots.value() == 5
    assert dialog.paper.currentData() == "Letter"
    assert dialog.minutes.value() == 15
    assert dialog.language.currentData() == "de"
    assert "(the default)" in dialog.folder_label.text()


def test_changes_made_with_the_keyboard_are_stored_on_ok(dialog: SettingsDialog, qtbot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from codesign.app import file_dialogs

    dialog.dots.setFocus()
    dialog.dots.selectAll()
    qtbot.keyClicks(dialog.dots, "6")
    dialog.theme.setFocus()
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Down)  # system → light
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Down)  # light → dark
    dialog.paper.setFocus()
    qtbot.keyClick(dialog.paper, Qt.Key.Key_Down)
    dialog.minutes.setFocus()
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "30")
    monkeypatch.setattr(file_dialogs, "ask_folder", lambda parent, start: tmp_path)
    qtbot.mouseClick(dialog.choose_folder, Qt.MouseButton.LeftButton)
    assert dialog.folder_label.text() == str(tmp_path)
    assert s.THEME.read() == "system"  # nothing stored before OK

    _press(dialog, QDialogButtonBox.StandardButton.Ok, qtbot)
    assert (s.DEFAULT_DOTS.read(), s.THEME.read(), s.PAPER_SIZE.read(), s.SAFETY_COPY_MINUTES.read()) == (
        6, "dark", "Letter", 30)
    assert s.workshops_folder() == tmp_path
    assert not dialog.language_changed


def test_minutes_stay_in_the_safe_range(dialog: SettingsDialog, qtbot) -> None:  # noqa: ANN001
    dialog.minutes.setFocus()
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "0")
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Tab)
    assert dialog.minutes.value() >= s.SAFETY_COPY_MINUTES.minimum
    dialog.minutes.setFocus()
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "999")
    assert dialog.minutes.value() <= s.SAFETY_COPY_MINUTES.maximum


def test_cancel_stores_nothing(dialog: SettingsDialog, qtbot) -> None:  # noqa: ANN001
    dialog.dots.setValue(9)
    _press(dialog, QDialogButtonBox.StandardButton.Cancel, qtbot)
    assert s.DEFAULT_DOTS.read() == 3


def test_restore_defaults_shows_them_and_ok_stores_them(qtbot) -> None:  # noqa: ANN001
    s.DEFAULT_DOTS.write(8)
    s.THEME.write("light")
    s.WORKSHOPS_FOLDER.write("/somewhere/else")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    _press(dialog, QDialogButtonBox.StandardButton.RestoreDefaults, qtbot)
    assert s.DEFAULT_DOTS.read() == 8  # shown, not yet stored
    assert dialog.dots.value() == 3 and dialog.theme.currentData() == "system"
    _press(dialog, QDialogButtonBox.StandardButton.Ok, qtbot)
    assert (s.DEFAULT_DOTS.read(), s.THEME.read(), s.WORKSHOPS_FOLDER.read()) == (3, "system", "")


def test_choosing_another_language_says_when_it_shows(dialog: SettingsDialog, qtbot) -> None:  # noqa: ANN001
    assert dialog.language_note.isHidden()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert not dialog.language_note.isHidden()
    _press(dialog, QDialogButtonBox.StandardButton.Ok, qtbot)
    assert dialog.language_changed
    from codesign.app.translations import ui_language

    assert ui_language() == "de"


# -- the settings are used --------------------------------------------------------------------

def test_a_new_round_starts_with_the_default_dots(qtbot) -> None:  # noqa: ANN001
    from codesign.voting.round_dialog import RoundDialog

    s.DEFAULT_DOTS.write(7)
    dialog = RoundDialog(None, [])
    qtbot.addWidget(dialog)
    assert dialog.dots.value() == 7


def test_the_pdf_dialog_starts_with_the_paper_size(qtbot) -> None:  # noqa: ANN001
    from codesign.app.pdf_export import PdfOptionsDialog

    s.PAPER_SIZE.write("Letter")
    dialog = PdfOptionsDialog("en")
    qtbot.addWidget(dialog)
    assert dialog.options().page_size == "Letter"


def test_a_new_workshop_goes_to_the_chosen_folder(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from codesign.app.new_workshop_dialog import NewWorkshopDialog

    s.WORKSHOPS_FOLDER.write(str(tmp_path / "mine"))
    dialog = NewWorkshopDialog()
    qtbot.addWidget(dialog)
    assert dialog.folder() == tmp_path / "mine"


def test_the_settings_dialog_opens_from_the_edit_menu_and_applies_the_theme(window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from codesign.app.theme import apply_theme

    app = QApplication.instance()
    light = app.palette().color(QPalette.ColorRole.Window).lightness()
    try:
        window.settings_action.trigger()
        dialog = window.findChild(SettingsDialog)
        assert dialog is not None and dialog.isVisible()
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        _press(dialog, QDialogButtonBox.StandardButton.Ok, qtbot)
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < light
        assert "Settings saved" in window.statusBar().currentMessage()
    finally:
        apply_theme(app, "light")

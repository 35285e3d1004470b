"""Help: the first-workshop guide in both languages, from the menu and the start screen, and a
list of every shortcut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from codesign.app.help import GuideDialog, ShortcutsDialog
from codesign.app.main_window import MainWindow
from codesign.paths import resource


def shown(kind: type):  # noqa: ANN201
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


@pytest.mark.parametrize(("language", "heading"), [("en", "Run your first workshop"), ("de", "Ihr erster Workshop")])
def test_the_guide_speaks_the_ui_language(window: MainWindow, qapp, language: str, heading: str,  # noqa: ANN001
                                          qtbot) -> None:  # noqa: ANN001
    qapp.setProperty("ui_language", language)
    try:
        qtbot.keyClick(window, Qt.Key.Key_F1)
        guide = shown(GuideDialog)
        assert guide.browser.toPlainText().startswith(heading)
        guide.close()
    finally:
        qapp.setProperty("ui_language", None)


def test_both_guides_cover_the_same_steps() -> None:
    english = resource("help", "first-workshop.en.html").read_text(encoding="utf-8")
    german = resource("help", "first-workshop.de.html").read_text(encoding="utf-8")
    assert english.count("<h3>") == german.count("<h3>") == 5
    assert english.count("<li>") == german.count("<li>")


def test_the_start_screen_opens_the_guide(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    qtbot.mouseClick(window.start_screen.guide_button, Qt.MouseButton.LeftButton)
    assert shown(GuideDialog).windowTitle() == "Run your first workshop"


def test_the_shortcuts_list_has_every_menu_key_once(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.shortcuts_action.trigger()
    dialog = shown(ShortcutsDialog)
    keys = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    whats = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "F5" in keys and "F1" in keys and "Ctrl+Shift+H" in keys
    assert "Present on Shared Screen" in whats  # menu text without its "&"
    assert len(whats) == len(set(whats))

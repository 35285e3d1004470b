"""Open Recent: newest first, at most ten, and a missing file is explained and dropped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from codesign.app.main_window import MainWindow
from codesign.app.settings import MAX_RECENT, RecentFiles
from codesign.app.workshops import Workshops

from .helpers import take_message


def _menu_paths(window: MainWindow, qtbot) -> list[str]:  # noqa: ANN001
    window.recent_menu.popup(QPoint(10, 10))  # showing the menu fills it
    qtbot.waitUntil(window.recent_menu.isVisible)
    paths = [a.data() for a in window.recent_menu.actions() if a.data()]
    window.recent_menu.hide()
    return paths


def test_open_recent_lists_a_file_after_opening_it(workshops: Workshops, window: MainWindow, demo_file: Path,
                                                   qtbot) -> None:  # noqa: ANN001
    assert _menu_paths(window, qtbot) == []
    workshops.open_path(demo_file, window)
    assert _menu_paths(window, qtbot) == [str(demo_file)]
    window.close_workshop()
    buttons = window.start_screen.recent_buttons()
    assert [b.text() for b in buttons] == ["demo"]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert window.workshop is not None and window.workshop.path == demo_file


def test_a_missing_recent_file_is_explained_and_removed(workshops: Workshops, window: MainWindow,
                                                        tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    gone = tmp_path / "moved away.codesign"
    workshops.recent.add(gone)
    assert _menu_paths(window, qtbot) == [str(gone)]
    window.recent_menu.popup(QPoint(10, 10))
    window.recent_menu.actions()[0].trigger()

    text = take_message(qtbot)
    assert "“moved away.codesign” is no longer in" in text
    assert workshops.recent.paths() == []
    assert _menu_paths(window, qtbot) == []
    assert window.start_screen.recent_buttons() == []
    assert window.workshop is None


def test_the_list_keeps_the_newest_ten_without_duplicates(tmp_path: Path) -> None:
    recent = RecentFiles()
    for n in range(12):
        recent.add(tmp_path / f"w{n}.codesign")
    recent.add(tmp_path / "w5.codesign")
    names = [p.name for p in recent.paths()]
    assert len(names) == MAX_RECENT
    assert names[:3] == ["w5.codesign", "w11.codesign", "w10.codesign"]
    assert names.count("w5.codesign") == 1
    assert RecentFiles().paths() == recent.paths()  # kept in QSettings, not in the object

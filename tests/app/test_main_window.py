"""The main window: what it shows for a workshop, its actions and shortcuts, and its windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence

from codesign import __version__
from codesign.app.main_window import MainWindow
from codesign.app.workshops import Workshops
from codesign.storage import Document
from codesign.storage.interchange import import_file

from .helpers import message_boxes, take_message

DEMO_TITLE = "Opening an account at Lindenbank"


def test_opening_a_workshop_shows_its_title_and_journey(workshops: Workshops, window: MainWindow,
                                                         demo_file: Path) -> None:
    shown = workshops.open_path(demo_file, window)

    assert shown is window
    assert window.windowTitle() == f"{DEMO_TITLE} — demo.codesign — codesign"
    view = window.view.journey_view(0)
    assert view.journey.title == "Open a current account"
    assert "Compares accounts on the phone" in view.board.titles_in_cell(0, 0)  # "Find out & compare" x "Customer actions"
    moments = [m.title for m in view.journey.moments]
    assert moments[2] == "Prove who you are"
    every_card = sum(len(view.board.titles_in_cell(m, lane))
                     for m in range(len(moments)) for lane in range(len(view.journey.lanes)))
    assert every_card == 42  # every demo card sits in exactly one cell


def test_the_board_shows_emotion_participants_and_counts(workshops: Workshops, window: MainWindow,
                                                         demo_file: Path) -> None:
    workshops.open_path(demo_file, window)
    view = window.view
    handles = view.journey_view(0).board.handles
    assert [h.toolTip() for h in handles.values()][:3] == ["+1  pleased", "+0.5  pleased", "\u22122  frustrated"]
    assert len(view.participants.names) == 12 and "Amira" in view.participants.names
    assert view.participants.title() == "People in the room (12)"
    assert view.counts.text() == "Voting rounds: 1    Hypotheses: 5"


def test_the_status_bar_confirms_each_saved_change(workshops: Workshops, window: MainWindow,
                                                   demo_file: Path) -> None:
    workshops.open_path(demo_file, window)
    window.workshop.set_workshop_field("location", "Room 4", "Change location")
    assert window.statusBar().currentMessage().startswith("All changes saved")


def test_no_shortcut_is_bound_twice_and_the_standard_ones_are_there(window: MainWindow) -> None:
    bound = window.all_shortcuts()
    twice = {key: names for key, names in bound.items() if len(names) > 1}
    assert not twice
    expected = {"Ctrl+N": window.new_action, "Ctrl+O": window.open_action, "Ctrl+Shift+S": window.save_copy_action,
                "Ctrl+W": window.close_action, "Ctrl+Q": window.quit_action, "Ctrl+Z": window.undo_action,
                "Ctrl+Shift+Z": window.redo_action, "Ctrl+Y": window.redo_action}
    for key, action in expected.items():
        assert QKeySequence(key) in action.shortcuts(), key


def test_actions_that_need_a_workshop_are_off_on_the_start_screen(workshops: Workshops, window: MainWindow,
                                                                  demo_file: Path) -> None:
    assert window.windowTitle() == "codesign"
    assert not window.save_copy_action.isEnabled() and not window.export_action.isEnabled()
    assert not window.undo_action.isEnabled()
    workshops.open_path(demo_file, window)
    assert window.save_copy_action.isEnabled() and window.export_action.isEnabled()


def test_close_releases_the_file_and_returns_to_the_start_screen(workshops: Workshops, window: MainWindow,
                                                                 demo_file: Path, qtbot) -> None:  # noqa: ANN001
    workshops.open_path(demo_file, window)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)

    assert window.workshop is None
    assert window.centralWidget().currentWidget() is window.start_screen
    assert window.windowTitle() == "codesign"
    with Document.open(demo_file) as document:  # the lock is gone
        assert document.workshop.title == DEMO_TITLE


def test_opening_a_file_that_is_open_brings_its_window_forward(workshops: Workshops, window: MainWindow,
                                                               demo_file: Path) -> None:
    first = workshops.open_path(demo_file, window)
    again = workshops.open_path(demo_file, window)
    assert again is first
    assert len(workshops.windows) == 1
    assert not message_boxes()


def test_a_second_workshop_opens_in_a_new_window(workshops: Workshops, window: MainWindow, demo_file: Path,
                                                 demo_json: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.codesign"
    import_file(demo_json, other)
    workshops.open_path(demo_file, window)
    second = workshops.open_path(other, window)

    assert second is not None and second is not window
    assert len(workshops.windows) == 2
    assert window.workshop.path == demo_file and second.workshop.path == other
    # with two windows, Close closes this window, not just the workshop
    second.close_action.trigger()
    assert workshops.windows == [window]


def test_window_geometry_is_remembered(workshops: Workshops, window: MainWindow) -> None:
    window.resize(777, 555)  # the offscreen screen is 800 x 800
    window.close()
    again = workshops.new_window()
    assert again.size() == QSize(777, 555)
    again.close()


def test_about_names_the_version(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.about_action.trigger()
    assert __version__ in take_message(qtbot)


def test_every_start_screen_button_has_an_accessible_name(window: MainWindow) -> None:
    screen = window.start_screen
    names = [b.accessibleName() for b in (screen.new_button, screen.open_button, screen.demo_button)]
    assert names == ["New workshop", "Open", "Open demo workshop"]

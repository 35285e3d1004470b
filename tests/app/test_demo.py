"""The demo: a fresh, clearly marked copy each time, and old copies tidied away."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import Qt

from codesign.app.application import open_initial
from codesign.app.demo import MAX_AGE_SECONDS, is_demo_copy, prune_demo_copies
from codesign.app.main_window import MainWindow
from codesign.app.workshops import Workshops
from codesign.paths import demo_dir
from codesign.storage import Document
from codesign.storage.interchange import import_file


def _old_copy(name: str, demo_json: Path) -> Path:
    path = demo_dir() / name
    path.parent.mkdir(parents=True, exist_ok=True)
    import_file(demo_json, path)
    stale = time.time() - MAX_AGE_SECONDS - 3600
    os.utime(path, (stale, stale))
    return path


def test_the_demo_opens_as_a_marked_copy(workshops: Workshops, window: MainWindow) -> None:
    shown = open_initial(workshops, window, file=None, demo=True)  # what `codesign --demo` does

    assert shown is window
    path = window.workshop.path
    assert path.parent == demo_dir() and is_demo_copy(path)
    assert window.windowTitle() == f"Opening an account at Lindenbank — {path.name} (demo copy) — codesign"
    assert window.view.findChild(object, "demo_banner") is not None
    board = window.view.journey_view(0).board
    assert board.titles_in_cell(2, 0) == [  # "Prove who you are" x "Customer actions"
        "Uploads photos of passport & permit", "Video ident: long queue, dropped calls", "“Like holding up a mugshot”"]
    assert workshops.recent.paths() == []  # practice copies stay out of the recent list


def test_each_demo_is_a_fresh_copy(workshops: Workshops, window: MainWindow) -> None:
    first = workshops.open_demo(window)
    first.workshop.set_workshop_field("title", "Scribbled on", "Change title")
    second = workshops.open_demo(first)
    assert second is not first
    assert second.workshop.path != first.workshop.path
    assert second.workshop.workshop.title == "Opening an account at Lindenbank"


def test_old_demo_copies_are_removed_unless_open(demo_json: Path) -> None:
    stale = _old_copy("demo stale.codesign", demo_json)
    busy = _old_copy("demo busy.codesign", demo_json)
    fresh = demo_dir() / "demo fresh.codesign"
    import_file(demo_json, fresh)
    with Document.open(busy):
        removed = prune_demo_copies()
    assert removed == [stale]
    assert not stale.exists() and not Path(f"{stale}-wal").exists()
    assert busy.exists() and fresh.exists()


def test_the_start_screen_demo_button_opens_the_demo(workshops: Workshops, window: MainWindow,
                                                     qtbot) -> None:  # noqa: ANN001
    qtbot.mouseClick(window.start_screen.demo_button, Qt.MouseButton.LeftButton)
    assert window.workshop is not None and window.workshop.is_demo
    assert window.centralWidget().currentWidget() is window.view

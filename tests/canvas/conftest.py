"""Fixtures for driving the journey board: a window on a copy of the demo, and its board view
shown at a known size, at 100% and scrolled so that scene (0, 0) is the viewport's top-left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

VIEW_SIZE = QSize(1400, 900)


@pytest.fixture
def board_settings(qapp: QApplication, tmp_path: Path) -> Path:
    """QSettings caches its folders per process, so HOME alone does not isolate it: point it here."""
    folder = tmp_path / "settings"
    qapp.setOrganizationName("codesign")
    qapp.setApplicationName("codesign")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def board_workshops(board_settings: Path, qapp: QApplication) -> Iterator[object]:
    from codesign.app.workshops import Workshops

    manager = Workshops()
    yield manager
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (QMessageBox, QDialog)) and widget.isVisible():
            widget.reject()
    for window in list(manager.windows):
        window.close()  # releases every file lock
    assert not manager.windows
    # Headless, the clipboard is a static that Qt frees after Python has finalized: copied cards
    # (a Python-made QMimeData) would then crash the process on exit. Free them while Python runs.
    QGuiApplication.clipboard().clear()


def open_board_window(workshops, path: Path, qtbot):  # noqa: ANN001, ANN201 - Workshops, qtbot -> MainWindow
    """A shown, active main window on `path` whose first journey's view is VIEW_SIZE, at 100%,
    with scene (0, 0) at the viewport's top-left corner."""
    window = workshops.new_window()
    window.show()
    qtbot.waitExposed(window)
    assert workshops.open_path(path, window) is window
    view = window.view.journey_view(0)
    view.actual_size()  # first: at 100% the scroll bars show (once laid out), taking room from the viewport
    qtbot.waitUntil(lambda: view.horizontalScrollBar().isVisible() and view.verticalScrollBar().isVisible())
    extra = window.size() - view.viewport().size()
    window.resize(VIEW_SIZE + extra)
    qtbot.waitUntil(lambda: view.viewport().size() == VIEW_SIZE)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    scroll_to(view, QPointF(0, 0))
    view.setFocus()
    assert view.viewport().size() == VIEW_SIZE and view.zoom == 1.0
    return window


def scroll_to(view, top_left: QPointF) -> None:  # noqa: ANN001 - JourneyView
    """Scrolls so that the scene point `top_left` is at the viewport's top-left corner."""
    at = view.mapToScene(QPoint(0, 0))
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + round(top_left.x() - at.x()))
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + round(top_left.y() - at.y()))
    assert view.mapToScene(QPoint(0, 0)) == top_left


@pytest.fixture
def board_window(board_workshops, demo_file: Path, qtbot):  # noqa: ANN001, ANN201 - MainWindow
    return open_board_window(board_workshops, demo_file, qtbot)


@pytest.fixture
def view(board_window):  # noqa: ANN001, ANN201 - JourneyView of the demo's first journey
    return board_window.view.journey_view(0)


@pytest.fixture
def board_palette(board_window):  # noqa: ANN001, ANN201 - the window's CardPalette
    return board_window.view.palette

"""Fixtures for driving the journey board: a window on a copy of the demo, and its board view
shown at a known size, at 100% and scrolled so that scene (0, 0) is the viewport's top-left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize
from PySide6.QtWidgets import QApplication

VIEW_SIZE = QSize(1400, 900)


@pytest.fixture
def board_settings(private_settings: Path) -> Path:
    return private_settings


@pytest.fixture
def board_workshops(workshops: object) -> object:
    return workshops


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

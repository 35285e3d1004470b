"""Fixtures for the app tests: private QSettings, windows that are closed, message boxes found."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from codesign.app.main_window import MainWindow
from codesign.app.workshops import Workshops


@pytest.fixture(autouse=True)
def _private_settings(private_settings: Path) -> Path:
    return private_settings


@pytest.fixture
def window(workshops: Workshops, qtbot) -> MainWindow:  # noqa: ANN001 - pytest-qt's qtbot
    win = workshops.new_window()
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win

"""Fixtures for the app tests: private QSettings, windows that are closed, message boxes found."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from codesign.app.main_window import MainWindow
from codesign.app.workshops import Workshops


@pytest.fixture(autouse=True)
def _private_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """QSettings caches its folders per process, so HOME alone does not isolate it: point it here."""
    folder = tmp_path / "settings"
    qapp.setOrganizationName("codesign")
    qapp.setApplicationName("codesign")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def workshops(qapp: QApplication) -> Iterator[Workshops]:
    manager = Workshops()
    yield manager
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (QMessageBox, QDialog)) and widget.isVisible():
            widget.reject()
    for window in list(manager.windows):
        window.close()  # releases every file lock
    assert not manager.windows


@pytest.fixture
def window(workshops: Workshops, qtbot) -> MainWindow:  # noqa: ANN001 - pytest-qt's qtbot
    win = workshops.new_window()
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win

"""Shared test set-up: headless Qt, and settings that never touch the real user's."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
DEMO_JSON = ROOT / "resources" / "demo" / "open-account.en.json"


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs and QSettings write under a temporary home, never the developer's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))


@pytest.fixture
def demo_json() -> Path:
    return DEMO_JSON


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """A fresh .codesign file made from the bundled demo."""
    from codesign.storage.interchange import import_file

    path = tmp_path / "demo.codesign"
    import_file(DEMO_JSON, path)
    return path


@pytest.fixture
def opened(demo_file: Path, qapp) -> Iterator[object]:  # noqa: ANN001 - pytest-qt's QApplication
    """The demo as the app holds it open: document, undo stack and change signal."""
    from codesign.app.open_workshop import OpenWorkshop
    from codesign.storage import Document

    workshop = OpenWorkshop(Document.open(demo_file))
    yield workshop
    workshop.close()


@pytest.fixture
def python() -> str:
    return sys.executable


@pytest.fixture
def private_settings(qapp, tmp_path: Path) -> Path:  # noqa: ANN001 - pytest-qt's QApplication
    """QSettings caches its folders per process, so HOME alone does not isolate it: point it here."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    qapp.setOrganizationName("codesign")
    qapp.setApplicationName("codesign")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def workshops(private_settings: Path, qapp) -> Iterator[object]:  # noqa: ANN001 - pytest-qt's QApplication
    """The app's window manager; every window it opened is closed (and its file released) after."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

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

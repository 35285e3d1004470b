"""The file choosers. Kept in one module so tests can stand in for the person choosing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

SUFFIX = ".codesign"  # same as storage.SUFFIX, without importing storage



def _workshop_filter() -> str:
    return QCoreApplication.translate("FileDialogs", "codesign workshops (*.codesign)") + ";;" + QCoreApplication.translate("FileDialogs", "All files (*)")


def _json_filter() -> str:
    return QCoreApplication.translate("FileDialogs", "Workshops as JSON (*.json)") + ";;" + QCoreApplication.translate("FileDialogs", "All files (*)")


def _with_suffix(name: str, suffix: str) -> Path | None:
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_name(path.name + suffix)


def ask_open_workshop(parent: QWidget | None, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("FileDialogs", "Open Workshop"), str(folder), _workshop_filter())
    return Path(name) if name else None


def ask_save_workshop(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """A place for a new .codesign file; the dialog itself asks before replacing a file."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), _workshop_filter())
    return _with_suffix(name, SUFFIX)


def ask_import_json(parent: QWidget | None, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("FileDialogs", "Import Workshop from JSON"), str(folder), _json_filter())
    return Path(name) if name else None


def ask_export_json(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("FileDialogs", "Export Workshop as JSON"), str(suggested), _json_filter())
    return _with_suffix(name, ".json")


def ask_folder(parent: QWidget | None, folder: Path) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("FileDialogs", "Choose a Folder for the Workshop"), str(folder))
    return Path(name) if name else None

"""Helpers for the app tests: message boxes, and reading a workshop file the way another program would."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def take_message(qtbot) -> str:  # noqa: ANN001
    """Waits for the one visible message box, closes it and returns its text."""
    qtbot.waitUntil(lambda: len(message_boxes()) == 1, timeout=3000)
    box = message_boxes()[0]
    text = box.text()
    box.accept()
    qtbot.waitUntil(lambda: not message_boxes(), timeout=3000)
    return text


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stored(path: Path, sql: str) -> list[tuple]:
    """Reads the file with plain sqlite3, as another program would, while the app has it open."""
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def stored_workshop(path: Path, column: str) -> object:
    return stored(path, f"SELECT {column} FROM workshop")[0][0]

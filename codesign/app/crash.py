"""Unexpected errors: the details go to a log file, the user gets a short, calm message."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from codesign import APP_NAME, __version__
from codesign.app.errors import open_box

MAX_LOG_BYTES = 1_000_000
BOX_NAME = "crash_message"


def log_path() -> Path:
    return platformdirs.user_log_path(APP_NAME) / "codesign.log"


def write_log(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
              path: Path | None = None) -> Path:
    """Appends the traceback to the log, starting a fresh log when it grows large."""
    path = path or log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
        path.replace(path.with_suffix(".log.1"))
    stamp = datetime.now().isoformat(timespec="seconds")
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"--- {stamp} codesign {__version__}\n")
        handle.write("".join(traceback.format_exception(exc_type, exc, tb)))
    return path


def handle_uncaught(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    try:
        where: Path | None = write_log(exc_type, exc, tb)
    except OSError:
        where = None
        traceback.print_exception(exc_type, exc, tb)  # no log file: keep the details for a developer
    else:
        print(f"codesign: an unexpected error was written to {where}", file=sys.stderr)
    show_crash_message(where)


def show_crash_message(where: Path | None) -> QMessageBox | None:
    if QApplication.instance() is None or any(
            w.objectName() == BOX_NAME and w.isVisible() for w in QApplication.topLevelWidgets()):
        return None  # one message for a burst of errors
    text = QCoreApplication.translate("Crash", "Something unexpected went wrong in codesign. Your workshop is safe: "
                                               "every change you made before this was already saved.")
    if where is not None:
        text += "\n\n" + QCoreApplication.translate(
            "Crash", "If it happens again, please send the file {log} to the people who "
                     "support codesign.").format(log=where)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Crash", "Unexpected problem"), text,
                      QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    box.setObjectName(BOX_NAME)
    box.setAccessibleName(QCoreApplication.translate("Crash", "Unexpected problem"))
    return open_box(box)


def install() -> None:
    sys.excepthook = handle_uncaught

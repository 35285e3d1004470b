"""Telling the user what went wrong, in their language, without losing anything.

Storage and model errors carry an untranslated `template`, its translation `context`
and `params`; they are translated here. Message boxes open without blocking, so the
code that reported the problem carries on and the app stays usable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

# Parameters that are themselves marked-for-translation phrases from storage.
_TRANSLATED_PARAMS = ("detail", "holder", "why")
# A box without a parent window belongs to Python: keep it here until it has been closed.
_parentless: list[QMessageBox] = []


def error_text(exc: BaseException) -> str:
    """The translated, filled-in message of a StorageError or ModelError; str(exc) otherwise."""
    template = getattr(exc, "template", None)
    context = getattr(exc, "context", None)
    params = getattr(exc, "params", None)
    if not (isinstance(template, str) and isinstance(context, str) and isinstance(params, dict)):
        return str(exc)
    filled = dict(params)
    for key in _TRANSLATED_PARAMS:
        if isinstance(filled.get(key), str) and filled[key]:
            filled[key] = QCoreApplication.translate(context, filled[key])
    try:
        return QCoreApplication.translate(context, template).format(**filled)
    except (KeyError, IndexError, ValueError):
        return getattr(exc, "message", None) or str(exc)  # a broken translation must not hide the problem


def show_message(parent: QWidget | None, title: str, text: str,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """Opens a message box and returns at once; the box deletes itself when closed."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("message_box")
    box.setAccessibleName(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return open_box(box)


def open_box(box: QMessageBox) -> QMessageBox:
    """Shows `box` without blocking and frees it once it has been closed."""
    if box.parent() is None:
        _parentless[:] = [b for b in _parentless if b.isVisible()] + [box]  # drops closed ones
    else:
        box.finished.connect(box.deleteLater)  # Qt owns it through its parent
    box.open()
    return box


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> QMessageBox:
    """Shows a StorageError or ModelError as a translated message."""
    return show_message(parent, title or QCoreApplication.translate("Errors", "Something could not be done"),
                        error_text(exc))

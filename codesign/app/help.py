"""Help: the "Run your first workshop" guide in the UI's language, and every keyboard shortcut."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget,
)

from codesign.paths import resource

# Keys that live outside the menus: on the board and on the shared voting screen.
OTHER_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Board"), "Tab / Shift+Tab",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Choose the next or previous card, moment by moment")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Board"), "F2 / Enter",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the chosen card's text")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Board"), "Menu / Shift+F10",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "The chosen card's menu: type, order, lock, hypothesis")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Board"), "Arrow keys / Shift+arrows",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Nudge the chosen cards a little / more")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Board"), "Space+drag, middle button",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan the board")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Board"), "Ctrl+wheel", QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Shared screen"), "1 … 99",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Pick the voter with that number")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Shared screen"), "Click / Space",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Add a dot to the card")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Shared screen"), "Right-click / Backspace",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Take a dot back")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Shared screen"), "Arrow keys",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Move between cards")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Shared screen"), "Enter",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Done, next voter")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Shared screen"), "F11 / Esc",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Full screen on or off / leave the shared screen")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Hypotheses"), "Ctrl+Right / Ctrl+Left",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the chosen hypothesis to its next or previous status")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "People panel"), "Tab, then Enter / Menu",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Rename a person, change their group or remove them")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Capture form"), "Ctrl+Return / Ctrl+Enter",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the hypothesis")),
)


def guide_language() -> str:
    """The language the UI speaks: what the app chose at start-up, else the system's."""
    app = QCoreApplication.instance()
    chosen = app.property("ui_language") if app is not None else None
    if isinstance(chosen, str) and chosen:
        return chosen
    return "de" if QLocale.system().name().startswith("de") else "en"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("Run your first workshop"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setOpenExternalLinks(True)
        path = resource("help", f"first-workshop.{guide_language()}.html")
        if not path.is_file():
            path = resource("help", "first-workshop.en.html")
        self.browser.setHtml(path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)


class ShortcutsDialog(QDialog):
    """Every menu action with its keys, then the keys of the board and the shared screen."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = sorted({(a.text().replace("&&", "\0").replace("&", "").replace("\0", "&"),
                        ", ".join(k.toString(k.SequenceFormat.NativeText) for k in a.shortcuts()))
                       for a in actions if a.shortcuts() and a.text()}, key=lambda r: r[0].casefold())
        rows += [(f"{self.tr(where)}: {self.tr(what)}", keys) for where, keys, what in OTHER_KEYS]
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 680)

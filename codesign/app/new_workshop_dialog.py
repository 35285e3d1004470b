"""Asks for a new workshop's title, language and place on disk."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from codesign.app import file_dialogs
from codesign.app.vocabulary import LANGUAGES, word
from codesign.paths import workshops_dir

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
MAX_NAME = 80


@dataclass(frozen=True)
class NewWorkshop:
    title: str
    language: str
    path: Path


def file_name_for(title: str, fallback: str) -> str:
    """A file name that works on every system, made from the workshop title."""
    name = " ".join(_UNSAFE.sub("-", title).split()).strip(" .-")[:MAX_NAME].rstrip(" .")
    return f"{name or fallback}.codesign"


def available_path(path: Path) -> Path:
    """`path`, or `name (2).codesign`, `name (3).codesign`… if it is taken."""
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        n += 1
    return candidate


def system_language() -> str:
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


class NewWorkshopDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Workshop"))
        self.setObjectName("new_workshop_dialog")
        self.setMinimumWidth(560)
        self._folder = folder or workshops_dir()

        intro = QLabel(self.tr("Give the workshop a title. Everything you do in it is saved to one file "
                               "as you go; there is no Save button to forget."))
        intro.setWordWrap(True)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("For example: Opening an account at our bank"))
        self.title_edit.setAccessibleName(self.tr("Workshop title"))
        self.title_edit.setClearButtonEnabled(True)

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Workshop language"))
        for code in LANGUAGES:
            self.language_combo.addItem(word(LANGUAGES, code), code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(system_language()))

        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose another folder"))
        self.choose_button.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("File:"), self.file_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create Workshop"))
        self.ok_button.setAccessibleName(self.tr("Create Workshop"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addSpacing(10)
        layout.addWidget(self.buttons)

        self.title_edit.textChanged.connect(self._update)
        self._update()

    def folder(self) -> Path:
        return self._folder

    def request(self) -> NewWorkshop:
        """What the user asked for, with a file name that is free right now."""
        return NewWorkshop(self.title_edit.text().strip(), self.language_combo.currentData(), self._path())

    def _path(self) -> Path:
        return available_path(self._folder / file_name_for(self.title_edit.text(), self.tr("Workshop")))

    def _choose_folder(self) -> None:
        chosen = file_dialogs.ask_folder(self, self._folder if self._folder.exists() else Path.home())
        if chosen is not None:
            self._folder = chosen
            self._update()

    def _update(self) -> None:
        has_title = bool(self.title_edit.text().strip())
        self.ok_button.setEnabled(has_title)
        self.folder_label.setText(str(self._folder))
        self.file_label.setText(self._path().name if has_title else self.tr("(named after the title)"))

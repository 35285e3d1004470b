"""Asks for a new workshop's title, language, journey template and place on disk."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from codesign.app import file_dialogs
from codesign.app.templates import BLANK, DEFAULT, available_templates
from codesign.app.vocabulary import LANGUAGES, word
from codesign.app.settings import workshops_folder

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
MAX_NAME = 80
MAX_TEMPLATE_ROWS = 8


@dataclass(frozen=True)
class NewWorkshop:
    title: str
    language: str
    path: Path
    template: str = BLANK


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
        self._folder = folder or workshops_folder()

        intro = QLabel(self.tr("Give the workshop a title and choose what its first journey starts from. "
                               "Everything you do in it is saved to one file as you go; there is no Save "
                               "button to forget."))
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

        self.template_list = QListWidget()
        self.template_list.setAccessibleName(self.tr("Journey template"))
        self.template_list.setAccessibleDescription(self.tr("What the first journey of the workshop starts with"))
        self.template_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.template_list.setSpacing(2)
        self.template_description = QLabel()
        self.template_description.setAccessibleName(self.tr("About this template"))
        self.template_description.setWordWrap(True)
        self.template_description.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.template_description.setMinimumHeight(3 * self.template_description.fontMetrics().lineSpacing())
        self.template_list.currentItemChanged.connect(self._show_description)
        self._load_templates(DEFAULT)
        self.language_combo.currentIndexChanged.connect(lambda: self._load_templates(self.template_id()))
        template_box = QVBoxLayout()
        template_box.addWidget(self.template_list)
        template_box.addWidget(self.template_description)

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
        template_label = QLabel(self.tr("Te&mplate:"))
        template_label.setBuddy(self.template_list)
        form.addRow(template_label, template_box)
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
        layout.addStretch(1)  # wrapped labels can leave spare height; keep it above the buttons
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.language_combo, self.template_list)
        QWidget.setTabOrder(self.template_list, self.choose_button)
        self.title_edit.textChanged.connect(self._update)
        self._update()

    def folder(self) -> Path:
        return self._folder

    def request(self) -> NewWorkshop:
        """What the user asked for, with a file name that is free right now."""
        return NewWorkshop(self.title_edit.text().strip(), self.language_combo.currentData(), self._path(),
                           self.template_id())

    def template_id(self) -> str:
        item = self.template_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else BLANK

    def _load_templates(self, keep: str) -> None:
        """Lists the templates in the chosen language; `keep` stays selected if it is still there."""
        self.template_list.clear()
        for template in available_templates(self.language_combo.currentData()):
            item = QListWidgetItem(template.name)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            item.setToolTip(template.description)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, template.description)
            self.template_list.addItem(item)
        ids = [self.template_list.item(row).data(Qt.ItemDataRole.UserRole)
               for row in range(self.template_list.count())]
        self.template_list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        rows = range(min(self.template_list.count(), MAX_TEMPLATE_ROWS))  # tall enough, no empty space
        self.template_list.setFixedHeight(sum(self.template_list.sizeHintForRow(r) + 2 * self.template_list.spacing()
                                              for r in rows) + 2 * self.template_list.frameWidth() + 4)

    def _show_description(self, item: QListWidgetItem | None) -> None:
        self.template_description.setText(item.toolTip() if item is not None else "")

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

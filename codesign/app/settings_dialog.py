"""Settings: language, theme, voting and paper defaults, where workshops go, safety copies.

Every value comes from and goes to the `Setting`s declared in codesign.app.settings, so the
dialog holds no defaults of its own. OK stores all of them at once; the theme follows at once,
the language with the next window (Qt's widgets keep the texts they were built with).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from codesign.app import file_dialogs
from codesign.app.settings import (
    DEFAULT_DOTS, LANGUAGE, PAPER_SIZE, SAFETY_COPIES_KEPT, SAFETY_COPY_MINUTES, THEME, WORKSHOPS_FOLDER,
)
from codesign.paths import workshops_dir


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class SettingsDialog(QDialog):
    """Edits the stored settings; `accept()` writes them and applies what can apply now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language_changed = False

        self.language = QComboBox()
        self.language.setObjectName("language_box")
        self.language.addItem(self.tr("Same as the system"), "")
        self.language.addItem("English", "en")  # each language in its own words, so anyone finds theirs
        self.language.addItem("Deutsch", "de")
        self.language.setAccessibleName(self.tr("Language"))
        self.theme = QComboBox()
        self.theme.setObjectName("theme_box")
        self.theme.addItem(self.tr("Same as the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setAccessibleName(self.tr("Theme"))

        self.dots = QSpinBox()
        self.dots.setObjectName("default_dots_box")
        self.dots.setRange(DEFAULT_DOTS.minimum, DEFAULT_DOTS.maximum)
        self.dots.setAccessibleName(self.tr("Dots per person in a new voting round"))
        self.paper = QComboBox()
        self.paper.setObjectName("paper_box")
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("US Letter"), "Letter")
        self.paper.setAccessibleName(self.tr("Paper size of PDF summaries"))

        self._folder = ""
        self.folder_label = QLabel()
        self.folder_label.setObjectName("folder_label")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_folder = QPushButton(self.tr("Choose…"))
        self.choose_folder.setAccessibleName(self.tr("Choose the folder for new workshops"))
        self.choose_folder.clicked.connect(self._choose_folder)
        self.default_folder = QPushButton(self.tr("Use Default"))
        self.default_folder.setAccessibleName(self.tr("Save new workshops in the default folder"))
        self.default_folder.setToolTip(str(workshops_dir()))
        self.default_folder.clicked.connect(lambda: self._set_folder(""))
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.choose_folder)
        folder_buttons.addWidget(self.default_folder)
        folder_buttons.addStretch(1)

        self.minutes = QSpinBox()
        self.minutes.setObjectName("safety_minutes_box")
        self.minutes.setRange(SAFETY_COPY_MINUTES.minimum, SAFETY_COPY_MINUTES.maximum)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes between safety copies"))
        self.show_copies = QPushButton(self.tr("Show Safety Copies"))
        self.show_copies.setAccessibleName(self.tr("Open the folder of safety copies"))
        self.show_copies.clicked.connect(self._show_copies)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.minutes)
        minutes_row.addStretch(1)
        minutes_row.addWidget(self.show_copies)
        explain = QLabel(self.tr(
            "Every change is saved to the workshop file the moment you make it. In addition, codesign "
            "keeps a safety copy of each open workshop that changed, every {minutes} to {most} minutes as "
            "you choose, and keeps the newest {kept}.").format(
                minutes=SAFETY_COPY_MINUTES.minimum, most=SAFETY_COPY_MINUTES.maximum, kept=SAFETY_COPIES_KEPT))
        explain.setWordWrap(True)
        explain.setObjectName("safety_explained")

        look = QGroupBox(self.tr("Appearance"))
        look_form = QFormLayout(look)
        look_form.addRow(self.tr("&Language:"), self.language)
        look_form.addRow(self.tr("&Theme:"), self.theme)
        self.language_note = QLabel(self.tr("The new language shows in windows opened from now on; "
                                            "restart codesign to see it everywhere."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        look_form.addRow(self.language_note)
        self.language.currentIndexChanged.connect(self._language_picked)
        work = QGroupBox(self.tr("Workshops"))
        work_form = QFormLayout(work)
        work_form.addRow(self.tr("&Dots per person:"), self.dots)
        work_form.addRow(self.tr("&Paper size:"), self.paper)
        work_form.addRow(self.tr("New workshops go to:"), self.folder_label)
        work_form.addRow("", folder_buttons)
        safety = QGroupBox(self.tr("Saving"))
        safety_form = QFormLayout(safety)
        safety_form.addRow(explain)
        every = QLabel(self.tr("&Safety copy every:"))
        every.setBuddy(self.minutes)  # a form row built on a layout links no label by itself
        safety_form.addRow(every, minutes_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        for box in (look, work, safety):
            layout.addWidget(box)
        layout.addWidget(buttons)
        self.load()
        self.setMinimumWidth(min(560, max(420, self.sizeHint().width())))

    # -- values ------------------------------------------------------------------------

    def load(self) -> None:
        _select(self.language, LANGUAGE.read())
        _select(self.theme, THEME.read())
        self.dots.setValue(DEFAULT_DOTS.read())
        _select(self.paper, PAPER_SIZE.read())
        self._set_folder(WORKSHOPS_FOLDER.read())
        self.minutes.setValue(SAFETY_COPY_MINUTES.read())
        self.language_note.setVisible(False)

    def restore_defaults(self) -> None:
        """Shows the defaults; nothing is stored until OK."""
        _select(self.language, LANGUAGE.default)
        _select(self.theme, THEME.default)
        self.dots.setValue(DEFAULT_DOTS.default)
        _select(self.paper, PAPER_SIZE.default)
        self._set_folder(WORKSHOPS_FOLDER.default)
        self.minutes.setValue(SAFETY_COPY_MINUTES.default)

    def accept(self) -> None:
        old_language = LANGUAGE.read()
        LANGUAGE.write(self.language.currentData())
        THEME.write(self.theme.currentData())
        DEFAULT_DOTS.write(self.dots.value())
        PAPER_SIZE.write(self.paper.currentData())
        WORKSHOPS_FOLDER.write(self._folder)
        SAFETY_COPY_MINUTES.write(self.minutes.value())
        self.language_changed = LANGUAGE.read() != old_language
        super().accept()

    # -- helpers -----------------------------------------------------------------------

    def _set_folder(self, folder: str) -> None:
        self._folder = folder
        self.folder_label.setText(folder or self.tr("{folder} (the default)").format(folder=workshops_dir()))
        self.default_folder.setEnabled(bool(folder))

    def chosen_folder(self) -> Path:
        return Path(self._folder) if self._folder else workshops_dir()

    def _choose_folder(self) -> None:
        start = self.chosen_folder()
        chosen = file_dialogs.ask_folder(self, start if start.is_dir() else Path.home())
        if chosen is not None:
            self._set_folder(str(chosen))

    def _language_picked(self) -> None:
        self.language_note.setVisible(self.language.currentData() != LANGUAGE.read())

    def _show_copies(self) -> None:
        from codesign.app.safety_copies import safety_root

        root = safety_root()
        root.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(root)))

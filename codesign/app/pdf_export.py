"""File › Export PDF…: the options, then the export on a worker thread with a progress dialog,
Cancel, and the finished PDF opened if asked. The file is read from disk (every change is
already there), so the export never touches the open document."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout, QProgressDialog,
    QVBoxLayout, QWidget,
)

from codesign.app.errors import show_error, show_message
from codesign.app.settings import PAPER_SIZE
from codesign.app.vocabulary import LANGUAGES, word

SECTION_NAMES = {
    "cover": QT_TRANSLATE_NOOP("PdfExport", "Cover"),
    "contents": QT_TRANSLATE_NOOP("PdfExport", "Contents"),
    "journeys": QT_TRANSLATE_NOOP("PdfExport", "Journeys"),
    "voting": QT_TRANSLATE_NOOP("PdfExport", "Voting results"),
    "hypotheses": QT_TRANSLATE_NOOP("PdfExport", "Hypotheses"),
    "let_go": QT_TRANSLATE_NOOP("PdfExport", "Let go, and what we learned"),
    "appendix": QT_TRANSLATE_NOOP("PdfExport", "Appendix: every card"),
}

POLL_MS = 50  # how often the UI looks at the export's progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfExport", text)


class PdfOptionsDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_options")
        self.setWindowTitle(self.tr("Export PDF Summary"))
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("A4"), "A4")
        self.page_size.addItem(self.tr("US Letter"), "Letter")
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(PAPER_SIZE.read())))
        self.page_size.setAccessibleName(self.tr("Paper size"))
        self.language = QComboBox()
        for value in LANGUAGES:
            self.language.addItem(word(LANGUAGES, value), value)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setAccessibleName(self.tr("Language of the summary"))
        self.sections: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, (key, name) in enumerate(SECTION_NAMES.items()):
            box = QCheckBox(_tr(name))
            box.setChecked(True)
            box.toggled.connect(self._check)
            grid.addWidget(box, i // 2, i % 2)
            self.sections[key] = box
        self.anonymise = QCheckBox(self.tr("Anonymise participants: no names at all, only counts by group"))
        self.open_after = QCheckBox(self.tr("Open the PDF when it is done"))
        self.open_after.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Paper:"), self.page_size)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Sections:"), grid)
        form.addRow("", self.anonymise)
        form.addRow("", self.open_after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _check(self) -> None:
        self.ok_button.setEnabled(any(b.isChecked() for b in self.sections.values()))

    def options(self) -> object:
        from codesign.export.pdf import PdfOptions

        return PdfOptions(page_size=self.page_size.currentData(), language=self.language.currentData(),
                          sections=frozenset(k for k, b in self.sections.items() if b.isChecked()),
                          anonymise=self.anonymise.isChecked())  # words: the language chosen here


class _Job:
    """The export on a plain Python thread that never touches Qt: it only writes these fields,
    and the UI thread reads them on a timer. (A PySide worker emitting signals from its thread
    crashed here when the UI thread collected garbage at the same moment.)"""

    def __init__(self, source: Path, dest: Path, options: object) -> None:
        self.source, self.dest, self.options = source, dest, options
        self.cancel = threading.Event()
        self.steps = (0, 0)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="pdf-export", daemon=True)

    def _progress(self, done: int, total: int) -> None:
        self.steps = (done, total)

    def _run(self) -> None:
        from codesign.export.pdf import export_pdf

        try:
            export_pdf(self.source, self.dest, self.options, progress=self._progress, cancelled=self.cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - reported to the user on the UI thread
            self.error = exc.with_traceback(None)


class PdfExport(QObject):
    """One export in flight; `done` tells how it ended ("done", "cancelled" or "failed")."""

    done = Signal(str)

    def __init__(self, parent: QWidget, source: Path, dest: Path, options: object, open_after: bool) -> None:
        super().__init__(parent)
        self.dest = dest
        self.open_after = open_after
        self.progress = QProgressDialog(QCoreApplication.translate("PdfExport", "Writing the PDF summary…"),
                                        QCoreApplication.translate("PdfExport", "Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(QCoreApplication.translate("PdfExport", "Export PDF Summary"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)  # quick exports finish before it would flash up
        self.job = _Job(source, dest, options)
        self.progress.canceled.connect(self.job.cancel.set)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)
        self.job.thread.start()
        self._poll.start()

    def _check(self) -> None:
        done, total = self.job.steps
        if total:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
        if not self.job.thread.is_alive():
            self._poll.stop()
            self._finished(self.job.error)

    def _finished(self, error: object) -> None:
        from codesign.export.pdf import ExportCancelled

        self.job.thread.join()
        self.progress.reset()
        self.progress.hide()
        parent = self.parent()
        if error is None:
            if self.open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.dest)))
            self.done.emit("done")
        elif isinstance(error, ExportCancelled):
            self.done.emit("cancelled")
        else:
            if isinstance(error, OSError):
                show_message(parent, QCoreApplication.translate("PdfExport", "Could not export the PDF"),
                             QCoreApplication.translate("PdfExport", "The PDF could not be written to {path}: {reason}. Choose another folder.").format(
                                 path=self.dest, reason=error.strerror or error))
            else:
                show_error(parent, error, QCoreApplication.translate("PdfExport", "Could not export the PDF"))
            self.done.emit("failed")
        self.deleteLater()


def ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("PdfExport", "Export PDF Summary"), str(suggested),
                                          QCoreApplication.translate("PdfExport", "PDF documents (*.pdf)") + ";;" + QCoreApplication.translate("PdfExport", "All files (*)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_name(path.name + ".pdf")

"""File › Export PDF Summary… and Export Board Image…: options, a place, the export off the UI
thread with progress, and the file there at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog
from pypdf import PdfReader

from codesign.app import pdf_export
from codesign.app.main_window import MainWindow
from codesign.app.workshops import Workshops


def answer_options(qtbot, anonymise: bool) -> None:  # noqa: ANN001
    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, pdf_export.PdfOptionsDialog) and w.isVisible())
        dialog.open_after.setChecked(False)  # no PDF viewer in a test
        dialog.anonymise.setChecked(anonymise)
        dialog.sections["appendix"].setChecked(False)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, answer)


def test_an_anonymised_pdf_is_exported_in_the_background(workshops: Workshops, window: MainWindow, demo_file: Path,
                                                         tmp_path: Path, qtbot,  # noqa: ANN001
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    workshops.open_path(demo_file, window)
    dest = tmp_path / "summary.pdf"
    monkeypatch.setattr(pdf_export, "ask_pdf_path", lambda parent, suggested: dest)  # the person picks a place
    answer_options(qtbot, anonymise=True)
    export = window.export_pdf()
    assert export is not None
    with qtbot.waitSignal(export.done, timeout=30000) as ended:
        pass  # the export runs on its thread; its end arrives through the event loop
    assert ended.args == ["done"]
    assert "Exported the PDF summary" in window.statusBar().currentMessage()
    text = "".join(page.extract_text() for page in PdfReader(str(dest)).pages)
    assert "Opening an account at Lindenbank" in text and "Appendix" not in text
    for person in window.workshop.workshop.participants:
        assert person.name not in text


def test_a_board_picture_is_exported(workshops: Workshops, window: MainWindow, demo_file: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    workshops.open_path(demo_file, window)
    dest = tmp_path / "board"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(dest), "PNG picture (*.png)"))
    window.export_image_action.trigger()
    image = QImage(str(dest.with_suffix(".png")))
    assert not image.isNull() and image.width() > 1000
    assert "Exported the board" in window.statusBar().currentMessage()

"""The hypotheses of a workshop in one window: the status board or the table on the left, the
chosen hypothesis's Test and Learning cards on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from codesign.hypotheses.board import HypothesisBoard
from codesign.hypotheses.detail_editor import HypothesisDetail
from codesign.hypotheses.editor import HypothesisEditor
from codesign.hypotheses.table_view import HypothesisTable

if TYPE_CHECKING:
    from codesign.app.open_workshop import OpenWorkshop


class HypothesesWindow(QWidget):
    capture_requested = Signal()
    card_requested = Signal(str)

    def __init__(self, open_workshop: OpenWorkshop, editor: HypothesisEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("hypotheses_window")
        self.setWindowTitle(self.tr("Hypotheses — codesign"))
        self.board = HypothesisBoard(open_workshop, editor)
        self.table = HypothesisTable(open_workshop)
        self.detail = HypothesisDetail(open_workshop, editor)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.board, self.tr("Board"))
        self.tabs.addTab(self.table, self.tr("Table"))
        self.new_button = QPushButton(self.tr("New hypothesis…"))
        self.new_button.setToolTip(self.tr("Capture a hypothesis (Ctrl+H), linked to the cards chosen on the board"))
        self.new_button.clicked.connect(self.capture_requested)
        QShortcut(QKeySequence("Ctrl+H"), self, self.capture_requested.emit)  # "anywhere", this window too
        self.tabs.setCornerWidget(self.new_button, Qt.Corner.TopRightCorner)
        for view in (self.board, self.table):
            view.open_requested.connect(self.show_hypothesis)
        self.detail.card_requested.connect(self.card_requested)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter, 1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._sized:  # the board's seven columns take about 1150 px; the cards get the rest
            self._sized = True
            width = self.splitter.width()
            detail = max(520, width - 1170)
            self.splitter.setSizes([width - detail, detail])

    def show_hypothesis(self, hypothesis_id: str) -> None:
        self.detail.show_hypothesis(hypothesis_id)
        self.show()
        self.raise_()

"""Everything a window shows for one open workshop. Imported when the first workshop opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from codesign.app.board_preview import JourneyPreview
from codesign.app.open_workshop import OpenWorkshop
from codesign.app.participants_panel import ParticipantsPanel
from codesign.app.workshop_form import WorkshopForm
from codesign.model import Card, Connector, Hypothesis, Journey, Lane, Moment, Participant, VotingRound
from codesign.storage import Changes

DETAILS_WIDTH = 400
BOARD_TYPES = (Journey, Moment, Lane, Card, Connector, Participant)  # chips show authors


def _touches(changes: Changes, types: tuple[type, ...]) -> bool:
    return changes.reset or any(isinstance(o, types) for o in (*changes.added, *changes.updated, *changes.removed))


class WorkshopView(QWidget):
    notice = Signal(str)

    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_view")
        self.open_workshop = workshop

        self.form = WorkshopForm(workshop)
        self.form.notice.connect(self.notice)
        self.participants = ParticipantsPanel()
        self.counts = QLabel()
        self.counts.setObjectName("workshop_counts")
        counts_box = QGroupBox(self.tr("Voting and hypotheses"))
        QVBoxLayout(counts_box).addWidget(self.counts)

        details = QWidget()
        details.setObjectName("details_panel")
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(10, 10, 10, 10)
        details_layout.setSpacing(12)
        details_layout.addWidget(self.form)
        details_layout.addWidget(self.participants)
        details_layout.addWidget(counts_box)
        details_layout.addStretch(1)
        details_scroll = QScrollArea()
        details_scroll.setWidget(details)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details_scroll.setMinimumWidth(340)
        details_scroll.setAccessibleName(self.tr("Workshop details"))

        self.journeys = QTabWidget()
        self.journeys.setObjectName("journey_tabs")
        self.journeys.setDocumentMode(True)
        self.journeys.setTabBarAutoHide(True)
        self.journeys.setAccessibleName(self.tr("Journeys"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(details_scroll)
        self.splitter.addWidget(self.journeys)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([DETAILS_WIDTH, 1500])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if workshop.is_demo:
            layout.addWidget(self._demo_banner())
        layout.addWidget(self.splitter, 1)

        self._show_board()
        self._show_people()
        workshop.changed.connect(self.follow)

    def _demo_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("demo_banner")
        banner.setStyleSheet("#demo_banner { background: #FFF4CC; border-bottom: 1px solid #E2C866; }"
                             "#demo_banner QLabel { color: #3D3200; }")
        text = QLabel(self.tr("<b>Demo workshop.</b> This is your own practice copy: change anything you like. "
                              "It is removed after a week; use File › Save a Copy… to keep it."))
        text.setWordWrap(True)
        row = QHBoxLayout(banner)
        row.setContentsMargins(14, 8, 14, 8)
        row.addWidget(text)
        return banner

    def _show_board(self) -> None:
        current = self.journeys.currentIndex()
        while self.journeys.count():
            page = self.journeys.widget(0)
            self.journeys.removeTab(0)
            page.deleteLater()
        for journey in self.open_workshop.workshop.journeys:
            self.journeys.addTab(JourneyPreview(journey), journey.title or self.tr("Untitled journey"))
        if not self.open_workshop.workshop.journeys:
            empty = QLabel(self.tr("This workshop has no journey yet."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.journeys.addTab(empty, self.tr("No journey"))
        self.journeys.setCurrentIndex(max(0, min(current, self.journeys.count() - 1)))

    def _show_people(self) -> None:
        workshop = self.open_workshop.workshop
        self.participants.show_workshop(workshop)
        self.counts.setText(self.tr("Voting rounds: {rounds}    Hypotheses: {hypotheses}").format(
            rounds=len(workshop.voting_rounds), hypotheses=len(workshop.hypotheses)))

    def follow(self, changes: Changes) -> None:
        self.form.follow(changes)
        if _touches(changes, BOARD_TYPES):
            self._show_board()
        if _touches(changes, (Participant, VotingRound, Hypothesis)):
            self._show_people()

    def journey_preview(self, index: int = 0) -> JourneyPreview:
        page = self.journeys.widget(index)
        assert isinstance(page, JourneyPreview)
        return page

    def commit_pending(self) -> None:
        self.form.commit_pending()

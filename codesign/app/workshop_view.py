"""Everything a window shows for one open workshop: the journey boards in tabs, the card
palette, and the workshop's details in a dock. Imported when the first workshop opens."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget, QFrame, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QMainWindow, QMenu, QMessageBox,
    QScrollArea, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from codesign.app.open_workshop import OpenWorkshop
from codesign.app.participants_panel import ParticipantsPanel
from codesign.app.workshop_form import WorkshopForm
from codesign.canvas.editor import BoardEditor
from codesign.canvas.journeys import add_journey, remove_journey, rename_journey
from codesign.canvas.palette import CardPalette
from codesign.canvas.view import JourneyView
from codesign.model import Hypothesis, Journey, Participant, VotingRound
from codesign.storage import Changes
from codesign.voting.people import PeopleEditor


DOCK_WIDTH = 250


def _touches(changes: Changes, types: tuple[type, ...]) -> bool:
    return changes.reset or any(isinstance(o, types) for o in (*changes.added, *changes.updated, *changes.removed))


class WorkshopView(QMainWindow):
    """A main window inside the main window, so its docks sit around the board."""

    notice = Signal(str)
    zoom_changed = Signal(float)

    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_view")
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.open_workshop = workshop

        self.form = WorkshopForm(workshop)
        self.form.notice.connect(self.notice)
        self.participants = ParticipantsPanel()
        self.people = PeopleEditor(workshop, self)
        self.participants.add_requested.connect(self.people.add)
        self.participants.change_requested.connect(self.people.set_field)
        self.participants.remove_requested.connect(self.people.remove)
        self.counts = QLabel()
        self.counts.setObjectName("workshop_counts")
        self.details = self._details_dock()
        self.palette = CardPalette(self)
        self.palette.card_requested.connect(self._add_card_from_palette)
        # Both docks share the right edge as tabs, so the board gets the width of the screen.
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.palette)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details)
        self.tabifyDockWidget(self.palette, self.details)
        self.palette.raise_()
        self.resizeDocks([self.palette], [DOCK_WIDTH], Qt.Orientation.Horizontal)

        self.journeys = QTabWidget()
        self.journeys.setObjectName("journey_tabs")
        self.journeys.setDocumentMode(True)
        self.journeys.setMovable(False)
        self.journeys.setAccessibleName(self.tr("Journeys"))
        self.journeys.currentChanged.connect(self._tab_changed)
        self.journeys.tabBar().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.journeys.tabBar().customContextMenuRequested.connect(self._tab_menu)
        self.journeys.tabBarDoubleClicked.connect(lambda index: self.rename_journey(index))
        add = QToolButton()
        add.setText(self.tr("+ Journey"))
        add.setAccessibleName(self.tr("Add a journey"))
        add.setToolTip(self.tr("Add another journey to this workshop"))
        add.clicked.connect(self.add_journey)
        self.journeys.setCornerWidget(add, Qt.Corner.TopRightCorner)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if workshop.is_demo:
            layout.addWidget(self._demo_banner())
        layout.addWidget(self.journeys, 1)
        self.setCentralWidget(central)

        self._views: dict[str, JourneyView] = {}
        self._show_tabs()
        self._show_people()
        workshop.changed.connect(self.follow)

    def _details_dock(self) -> QDockWidget:
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
        scroll = QScrollArea()
        scroll.setWidget(details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(DOCK_WIDTH)
        scroll.setAccessibleName(self.tr("Workshop details"))
        dock = QDockWidget(self.tr("Workshop"), self)
        dock.setObjectName("details_dock")
        dock.setWidget(scroll)
        return dock

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

    # -- journeys as tabs ----------------------------------------------------------------------

    def _show_tabs(self) -> None:
        """One tab per journey; a journey's board is built the first time its tab is shown."""
        current = self.current_journey_id()
        journeys = self.open_workshop.workshop.journeys
        wanted = [j.id for j in journeys]
        for journey_id in [k for k in self._views if k not in wanted]:
            self._views.pop(journey_id).deleteLater()
        self.journeys.blockSignals(True)
        while self.journeys.count():
            self.journeys.removeTab(0)
        for journey in journeys:
            page = self._views.get(journey.id) or self._placeholder(journey)
            self.journeys.addTab(page, journey.title or self.tr("Untitled journey"))
        if not journeys:
            empty = QLabel(self.tr("This workshop has no journey yet. Use “+ Journey” to add one."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.journeys.addTab(empty, self.tr("No journey"))
        index = wanted.index(current) if current in wanted else 0
        self.journeys.setCurrentIndex(index)
        self.journeys.blockSignals(False)
        self._tab_changed(index)

    def _placeholder(self, journey: Journey) -> QWidget:
        page = QWidget()
        page.setProperty("journey_id", journey.id)
        return page

    def _tab_changed(self, index: int) -> None:
        page = self.journeys.widget(index)
        if page is None or isinstance(page, JourneyView):
            if isinstance(page, JourneyView):
                self.zoom_changed.emit(page.zoom)
            return
        journey_id = page.property("journey_id")
        if not journey_id:
            return
        view = JourneyView(BoardEditor(self.open_workshop, journey_id))
        view.zoom_changed.connect(self.zoom_changed)
        view.message.connect(self.notice)
        self._views[journey_id] = view
        self.journeys.blockSignals(True)
        title = self.journeys.tabText(index)
        self.journeys.removeTab(index)
        self.journeys.insertTab(index, view, title)
        self.journeys.setCurrentIndex(index)
        self.journeys.blockSignals(False)
        page.deleteLater()
        self.zoom_changed.emit(view.zoom)

    def current_journey_id(self) -> str | None:
        page = self.journeys.currentWidget()
        if isinstance(page, JourneyView):
            return page.editor.journey_id
        return page.property("journey_id") if page is not None else None

    def current_view(self) -> JourneyView | None:
        page = self.journeys.currentWidget()
        return page if isinstance(page, JourneyView) else None

    def journey_view(self, index: int = 0) -> JourneyView:
        self.journeys.setCurrentIndex(index)
        self._tab_changed(index)
        page = self.journeys.widget(index)
        assert isinstance(page, JourneyView)
        return page

    def _add_card_from_palette(self, kind: str, card_type: str) -> None:
        view = self.current_view()
        if view is not None:
            view.add_card_at(kind, card_type)

    def _tab_menu(self, pos: QPoint) -> None:
        index = self.journeys.tabBar().tabAt(pos)
        menu = QMenu(self)
        if self._journey_at(index) is not None:
            menu.addAction(self.tr("Rename journey…"), lambda: self.rename_journey(index))
            menu.addAction(self.tr("Delete journey…"), lambda: self.delete_journey(index))
            menu.addSeparator()
        menu.addAction(self.tr("Add journey…"), self.add_journey)
        menu.exec(self.journeys.tabBar().mapToGlobal(pos))

    def _journey_at(self, index: int) -> str | None:
        journeys = self.open_workshop.workshop.journeys
        return journeys[index].id if 0 <= index < len(journeys) else None

    def add_journey(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Add journey"), self.tr("Name of the new journey:"))
        if ok:
            new_id = add_journey(self.open_workshop, title)
            if new_id is not None:
                ids = [j.id for j in self.open_workshop.workshop.journeys]
                self.journeys.setCurrentIndex(ids.index(new_id))

    def rename_journey(self, index: int | None = None) -> None:
        journey_id = self._journey_at(self.journeys.currentIndex() if index is None else index)
        if journey_id is None:
            return
        journey = next(j for j in self.open_workshop.workshop.journeys if j.id == journey_id)
        title, ok = QInputDialog.getText(self, self.tr("Rename journey"), self.tr("Journey name:"), text=journey.title)
        if ok and title != journey.title:
            rename_journey(self.open_workshop, journey_id, title)

    def delete_journey(self, index: int | None = None) -> None:
        journey_id = self._journey_at(self.journeys.currentIndex() if index is None else index)
        if journey_id is None:
            return
        journey = next(j for j in self.open_workshop.workshop.journeys if j.id == journey_id)
        answer = QMessageBox.question(
            self, self.tr("Delete journey"),
            self.tr("Delete the journey “{title}” with its %n card(s)? You can undo this.", "",
                    len(journey.cards)).format(title=journey.title))
        if answer == QMessageBox.StandardButton.Yes:
            remove_journey(self.open_workshop, journey_id)

    # -- following the model ---------------------------------------------------------------

    def _show_people(self) -> None:
        workshop = self.open_workshop.workshop
        self.participants.show_workshop(workshop)
        self.counts.setText(self.tr("Voting rounds: {rounds}    Hypotheses: {hypotheses}").format(
            rounds=len(workshop.voting_rounds), hypotheses=len(workshop.hypotheses)))

    def follow(self, changes: Changes) -> None:
        self.form.follow(changes)
        if changes.reset or any(isinstance(o, Journey) for o in (*changes.added, *changes.removed)) or any(
                isinstance(o, Journey) and names & {"title", "position"} for o, names in changes.updated.items()):
            self._show_tabs()
        if _touches(changes, (Participant, VotingRound, Hypothesis)):
            self._show_people()

    def commit_pending(self) -> None:
        self.form.commit_pending()
        for view in self._views.values():
            view.card_editor.commit()

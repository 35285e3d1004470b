"""Everything a window shows for one open workshop: the journey boards in tabs, the card
palette, and the workshop's details in a dock. Imported when the first workshop opens."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget, QFrame, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QMainWindow, QMenu, QMessageBox,
    QScrollArea, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from codesign.app.open_workshop import OpenWorkshop
from codesign.app.participants_panel import ParticipantsPanel
from codesign.app.theme import follow_theme
from codesign.app.workshop_form import WorkshopForm
from codesign.canvas.editor import BoardEditor
from codesign.canvas.journeys import add_journey, remove_journey, rename_journey
from codesign.canvas.palette import CardPalette
from codesign.canvas.view import JourneyView
from codesign.model import Hypothesis, Journey, Participant, VotingRound
from codesign.storage import Changes
from codesign.model import vote_rules
from codesign.hypotheses.editor import HypothesisEditor
from codesign.voting.console import VotingConsole
from codesign.voting.people import PeopleEditor
from codesign.voting.presenter import PresenterWindow
from codesign.voting.session import VotingSession


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
        self.session = VotingSession(workshop, parent=self)
        self.console = VotingConsole(self.session, self._selection)
        self.console.present_requested.connect(self.present)
        self.console.tally_requested.connect(self.show_tally)
        self.console.results_requested.connect(self.show_results)
        self.console.heat_toggled.connect(lambda _on: self._show_heat())
        self._heat_soon = QTimer(self)  # the board's heat follows the dots after the shared screen has drawn them
        self._heat_soon.setSingleShot(True)
        self._heat_soon.setInterval(0)
        self._heat_soon.timeout.connect(self._show_heat)
        self.session.progress_changed.connect(self._heat_soon.start)
        self.session.round_changed.connect(lambda _id: self._show_heat())
        self.voting = QDockWidget(self.tr("Voting"), self)
        self.voting.setObjectName("voting_dock")
        self.voting.setWidget(self.console)
        self.presenter: PresenterWindow | None = None
        self.hypothesis_editor = HypothesisEditor(workshop, self)
        self._windows: dict[str, QWidget] = {}
        self.palette = CardPalette(self)
        self.palette.card_requested.connect(self._add_card_from_palette)
        # Both docks share the right edge as tabs, so the board gets the width of the screen.
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.palette)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.voting)
        self.tabifyDockWidget(self.palette, self.details)
        self.tabifyDockWidget(self.details, self.voting)
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
        follow_theme(banner, lambda t: banner.setStyleSheet(
            f"#demo_banner {{ background: {t.banner_background}; border-bottom: 1px solid {t.banner_border}; }}"
            f"#demo_banner QLabel {{ color: {t.banner_text}; }}"))
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
        view.board.set_heat(self.heat_counts())
        view.board.hypothesis_requested.connect(self.open_hypotheses_of)
        view.hypothesis_capture_requested.connect(lambda cards, moments: self.capture_hypothesis(cards, None, moments))
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

    # -- voting ----------------------------------------------------------------------------------

    def _selection(self) -> tuple[str | None, list[str]]:
        view = self.current_view()
        return self.current_journey_id(), view.board.selected_card_ids() if view is not None else []

    def present(self) -> PresenterWindow:
        """The shared-screen window: on the second screen if there is one, else full screen here."""
        if self.presenter is None:
            self.presenter = PresenterWindow(self.session)
            self.presenter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.presenter.destroyed.connect(lambda: setattr(self, "presenter", None))
        self.presenter.present(self.screen())
        return self.presenter

    def show_voting(self) -> None:
        self.voting.show()
        self.voting.raise_()

    def show_tally(self, round_id: str | None = None) -> QWidget | None:
        from codesign.voting.tally_dialog import TallyDialog

        round_id = round_id or self.session.round_id
        if round_id is None:
            return None
        key = f"tally:{round_id}"
        dialog = self._windows.get(key)
        if dialog is None:
            dialog = TallyDialog(self.open_workshop, self.session.editor, round_id, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            dialog.destroyed.connect(lambda: self._windows.pop(key, None))
            self._windows[key] = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def show_results(self, round_id: str | None = None) -> QWidget:
        from codesign.voting.results_view import ResultsView

        window = self._windows.get("results")
        if window is None:
            window = ResultsView(self.open_workshop, self)
            window.setWindowFlag(Qt.WindowType.Window, True)
            window.setWindowTitle(self.tr("Voting results"))
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            window.reveal_requested.connect(lambda rid: self.session.editor.reveal(rid, True))
            window.hypothesis_requested.connect(self.hypothesis_from_card)
            window.destroyed.connect(lambda: self._windows.pop("results", None))
            room = self.screen().availableGeometry()
            window.resize(min(1500, room.width() - 80), min(900, room.height() - 80))
            self._windows["results"] = window
        window.show_round(round_id)
        window.show()
        window.raise_()
        return window

    def show_current_results(self) -> QWidget:
        return self.show_results(self.session.round_id)

    # -- hypotheses ------------------------------------------------------------------------------

    def show_hypotheses(self, hypothesis_id: str | None = None) -> QWidget:
        from codesign.hypotheses.window import HypothesesWindow

        window = self._windows.get("hypotheses")
        if window is None:
            window = HypothesesWindow(self.open_workshop, self.hypothesis_editor, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            window.capture_requested.connect(self.capture_hypothesis)
            window.card_requested.connect(self.show_card)
            window.destroyed.connect(lambda: self._windows.pop("hypotheses", None))
            room = self.screen().availableGeometry()
            window.resize(min(1500, room.width() - 80), min(900, room.height() - 80))
            self._windows["hypotheses"] = window
        if hypothesis_id is not None:
            window.show_hypothesis(hypothesis_id)
        window.show()
        window.raise_()
        return window

    def capture_hypothesis(self, card_ids: list[str] | None = None, prefill: dict | None = None,
                           moment_ids: list[str] | None = None) -> QWidget:
        """The quick capture form, linked to `card_ids` or else to the cards (or the moment) chosen on the board."""
        from codesign.hypotheses.capture_dialog import CaptureDialog

        if card_ids is None and moment_ids is None:
            view = self.current_view()
            card_ids, moment_ids = view.hypothesis_links() if view is not None else ([], [])
        dialog = CaptureDialog(self.open_workshop, self.hypothesis_editor, list(card_ids or []),
                               list(moment_ids or []), prefill, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.hypothesis_saved.connect(lambda hid: self.notice.emit(self.tr("Hypothesis saved.")))
        self._windows["capture"] = dialog
        dialog.destroyed.connect(lambda: self._windows.pop("capture", None))
        dialog.show()
        dialog.activateWindow()  # typing goes straight into it
        return dialog

    def hypothesis_from_card(self, card_id: str) -> QWidget:
        """“Turn into hypothesis” from a voting result: linked to the card, its title as the start."""
        card = next((c for j in self.open_workshop.workshop.journeys for c in j.cards if c.id == card_id), None)
        prefill = {"statement": self.tr("Solving “{title}” will …").format(title=card.title)} if card else None
        return self.capture_hypothesis([card_id], prefill)

    def open_hypotheses_of(self, card_id: str) -> QWidget | None:
        """From a card's hypothesis badge: the hypothesis that tests it (the first, if several)."""
        for hypothesis in self.open_workshop.workshop.hypotheses:
            if any(c.id == card_id for c in hypothesis.cards):
                return self.show_hypotheses(hypothesis.id)
        return None

    def show_card(self, card_id: str) -> None:
        """Brings the board with the card to the front and selects it."""
        for index, journey in enumerate(self.open_workshop.workshop.journeys):
            if any(c.id == card_id for c in journey.cards):
                view = self.journey_view(index)
                view.select_cards([card_id])
                view.ensureVisible(view.board.cards[card_id])
                self.window().raise_()
                return

    def heat_counts(self) -> dict[str, int] | None:
        """Dots per card of the round in focus, when the board should show them."""
        voting_round = self.session.voting_round()
        if not self.console.heat.isChecked() or voting_round is None or not vote_rules.counts_visible(voting_round):
            return None
        return {card_id: row["all"] for card_id, row in vote_rules.totals(voting_round).items()}

    def _show_heat(self) -> None:
        counts = self.heat_counts()
        for view in self._views.values():
            view.board.set_heat(counts)

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

    def close_voting_windows(self) -> None:
        for window in [*self._windows.values(), self.presenter]:
            if window is not None:
                window.close()

    def commit_pending(self) -> None:
        self.form.commit_pending()
        for view in self._views.values():
            view.card_editor.commit()

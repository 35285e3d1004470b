"""A main window: the start screen, or one open workshop with its menus, toolbar and undo stack.

Imports nothing heavy: the workshop view (and with it SQLAlchemy) loads when a workshop opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTime
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QStackedWidget, QToolBar

from codesign import __version__
from codesign.app import file_dialogs
from codesign.app.errors import open_box, show_error, show_message
from codesign.app.icons import app_icon, follow_icon
from codesign.app.settings import GEOMETRY_KEY, app_settings
from codesign.app.start_screen import StartScreen

if TYPE_CHECKING:
    from codesign.app.open_workshop import OpenWorkshop
    from codesign.app.workshop_view import WorkshopView
    from codesign.app.workshops import Workshops

MIN_SIZE = QSize(720, 520)


class MainWindow(QMainWindow):
    def __init__(self, workshops: Workshops) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowIcon(app_icon())
        # Set before the first show: the layout then leaves the window's size hints alone.
        self.setMinimumSize(MIN_SIZE)
        self._workshops = workshops
        self.workshop: OpenWorkshop | None = None
        self.view: WorkshopView | None = None
        self._undo_group = QUndoGroup(self)

        self.start_screen = StartScreen(workshops.recent)
        self.start_screen.new_requested.connect(lambda: workshops.new_workshop(self))
        self.start_screen.open_requested.connect(lambda: workshops.ask_and_open(self))
        self.start_screen.demo_requested.connect(lambda: workshops.open_demo(self))
        self.start_screen.recent_requested.connect(lambda path: workshops.open_recent(path, self))
        self.start_screen.guide_requested.connect(self.show_guide)
        self._pages = QStackedWidget()
        self._pages.addWidget(self.start_screen)
        self.setCentralWidget(self._pages)

        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self.statusBar().showMessage(self.tr("Ready"))
        self.update_state()

    # -- actions, menus, toolbar -------------------------------------------------

    def _action(self, text: str, slot: object, *, icon_name: str | None = None,
                keys: QKeySequence.StandardKey | list[QKeySequence] | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if icon_name:
            follow_icon(action, icon_name)
        if keys:
            action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    def _make_actions(self) -> None:
        w = self._workshops
        self.new_action = self._action(self.tr("&New Workshop…"), lambda: w.new_workshop(self), icon_name="new",
                                       keys=QKeySequence.StandardKey.New, tip=self.tr("Start a new workshop"))
        self.open_action = self._action(self.tr("&Open…"), lambda: w.ask_and_open(self), icon_name="open",
                                        keys=QKeySequence.StandardKey.Open, tip=self.tr("Open a workshop file"))
        self.demo_action = self._action(self.tr("Open &Demo Workshop"), lambda: w.open_demo(self),
                                        icon_name="demo", tip=self.tr("Open a fresh copy of the demo workshop"))
        self.save_copy_action = self._action(
            self.tr("Save a &Copy…"), self.save_copy, icon_name="save-copy", keys=QKeySequence.StandardKey.SaveAs,
            tip=self.tr("Write a copy of this workshop to another file; you keep working here"))
        self.import_action = self._action(self.tr("&Import JSON…"), lambda: w.import_json(self),
                                          icon_name="import", tip=self.tr("Make a workshop from a JSON file"))
        self.export_action = self._action(self.tr("&Export JSON…"), self.export_json, icon_name="export",
                                          tip=self.tr("Write this workshop as a JSON file"))
        self.export_pdf_action = self._action(self.tr("Export &PDF Summary…"), self.export_pdf, icon_name="export",
                                              keys=[QKeySequence("Ctrl+Shift+E")],
                                              tip=self.tr("A PDF for stakeholders: the journey, the votes, the "
                                                          "hypotheses and what was learned"))
        self.export_image_action = self._action(self.tr("Export Board &Image…"), self.export_image,
                                                tip=self.tr("The journey in front as a PNG or SVG picture"))
        self.export_csv_action = self._action(self.tr("Export &Vote Results (CSV)…"), self.export_csv,
                                              tip=self.tr("One row per card per round, with the dots of each group"))
        self.close_action = self._action(self.tr("&Close"), self.close_workshop,
                                         keys=QKeySequence.StandardKey.Close, tip=self.tr("Close this workshop"))
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        self.quit_action = self._action(self.tr("&Quit"), w.quit, keys=quit_keys,
                                        tip=self.tr("Close every workshop and quit"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self._undo_group.createUndoAction(self, self.tr("&Undo"))
        follow_icon(self.undo_action, "undo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self._undo_group.createRedoAction(self, self.tr("&Redo"))
        follow_icon(self.redo_action, "redo")
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):  # both, whatever the platform says
            if extra not in redo_keys:
                redo_keys.append(extra)
        self.redo_action.setShortcuts(redo_keys)

        settings_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")]
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings, keys=settings_keys,
                                            tip=self.tr("Language, theme, defaults for voting and PDFs, "
                                                        "where workshops go, safety copies"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.guide_action = self._action(self.tr("Run Your &First Workshop"), self.show_guide,
                                         keys=[QKeySequence("F1")],
                                         tip=self.tr("A short guide: before, during and after the session"))
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts,
                                             keys=[QKeySequence("Ctrl+/")])
        self.about_action = self._action(self.tr("&About codesign"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._make_board_actions()

    def _board(self, method: str) -> object:
        """A slot that calls `method` on the journey board in front, if there is one."""
        def call() -> None:
            board = self.view.current_view() if self.view is not None else None
            if board is not None:
                getattr(board, method)()
        return call

    def _voting(self, method: str, *, console: bool = False, session: bool = False) -> object:
        """A slot that calls `method` on the workshop's voting console, session or view."""
        def call() -> None:
            if self.view is not None:
                target = self.view.console if console else self.view.session if session else self.view
                getattr(target, method)()
        return call

    def _make_board_actions(self) -> None:
        keys = QKeySequence.StandardKey
        a = self._action
        self.cut_action = a(self.tr("Cu&t"), self._board("cut"), keys=keys.Cut)
        self.copy_action = a(self.tr("&Copy"), self._board("copy"), keys=keys.Copy)
        self.paste_action = a(self.tr("&Paste"), self._board("paste"), keys=keys.Paste)
        self.duplicate_action = a(self.tr("D&uplicate"), self._board("duplicate"), keys=[QKeySequence("Ctrl+D")])
        self.delete_action = a(self.tr("&Delete"), self._board("delete_selection"), keys=keys.Delete)
        self.select_all_action = a(self.tr("Select &All"), self._board("select_all"), keys=keys.SelectAll)
        self.edit_card_action = a(self.tr("&Edit Card Text"), self._board("edit_selected"),
                                  keys=[QKeySequence("F2")])
        self.lock_action = a(self.tr("&Lock or Unlock Cards"), self._board("toggle_lock"),
                             keys=[QKeySequence("Ctrl+L")],
                             tip=self.tr("Locked cards cannot be moved by accident on the shared screen"))
        self.zoom_in_action = a(self.tr("Zoom &In"), self._board("zoom_in"),
                                keys=[QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = a(self.tr("Zoom &Out"), self._board("zoom_out"), keys=[QKeySequence("Ctrl+-")])
        self.fit_action = a(self.tr("&Fit to Content"), self._board("fit_to_content"), keys=[QKeySequence("Ctrl+0")],
                            icon_name=None, tip=self.tr("Show the whole journey"))
        self.actual_size_action = a(self.tr("&100%"), self._board("actual_size"), keys=[QKeySequence("Ctrl+1")])
        self.add_journey_action = a(self.tr("&New Journey…"), lambda: self.view and self.view.add_journey())
        self.rename_journey_action = a(self.tr("&Rename Journey…"), lambda: self.view and self.view.rename_journey())
        self.delete_journey_action = a(self.tr("&Delete Journey…"), lambda: self.view and self.view.delete_journey())
        self.add_moment_action = a(self.tr("Add &Moment…"), self._board("add_moment_at_end"))
        self.add_lane_action = a(self.tr("Add &Lane…"), self._board("add_lane_at_end"))
        self.present_action = a(self.tr("&Present on Shared Screen"), self._voting("present"),
                                keys=[QKeySequence("F5")],
                                tip=self.tr("Full-screen voting for the room, on the second screen if there is one"))
        self.new_round_action = a(self.tr("&New Voting Round…"), self._voting("new_round", console=True))
        self.open_round_action = a(self.tr("&Open or Close Voting"), self._voting("open_or_close", console=True),
                                   keys=[QKeySequence("Ctrl+Shift+V")])
        self.reveal_action = a(self.tr("&Reveal or Hide Dots"), self._voting("reveal", session=True),
                               keys=[QKeySequence("Ctrl+Shift+R")])
        self.tally_action = a(self.tr("Paper &Tally…"), self._voting("show_tally"))
        self.results_action = a(self.tr("&Results…"), self._voting("show_current_results"), keys=[QKeySequence("Ctrl+R")])
        self.voting_panel_action = a(self.tr("Voting &Panel"), self._voting("show_voting"))
        self.capture_action = a(self.tr("&Capture Hypothesis…"), self._voting("capture_hypothesis"),
                                keys=[QKeySequence("Ctrl+H")],
                                tip=self.tr("Write down a hypothesis now, linked to the chosen cards"))
        self.hypotheses_action = a(self.tr("&Show Hypotheses"), self._voting("show_hypotheses"),
                                   keys=[QKeySequence("Ctrl+Shift+H")],
                                   tip=self.tr("The status board and table of this workshop's hypotheses"))
        self.hypothesis_actions = [self.capture_action, self.hypotheses_action]
        self.voting_actions = [self.present_action, self.new_round_action, self.open_round_action,
                               self.reveal_action, self.tally_action, self.results_action, self.voting_panel_action]
        self.board_actions = [*self.voting_actions, *self.hypothesis_actions, 
            self.cut_action, self.copy_action, self.paste_action, self.duplicate_action, self.delete_action,
            self.select_all_action, self.edit_card_action, self.lock_action, self.zoom_in_action,
            self.zoom_out_action, self.fit_action, self.actual_size_action, self.add_journey_action,
            self.rename_journey_action, self.delete_journey_action, self.add_moment_action, self.add_lane_action,
        ]

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_copy_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_pdf_action)
        file_menu.addAction(self.export_image_action)
        file_menu.addAction(self.export_csv_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for action in (self.cut_action, self.copy_action, self.paste_action, self.duplicate_action,
                       self.delete_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (self.select_all_action, self.edit_card_action, self.lock_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action, self.actual_size_action):
            view_menu.addAction(action)
        self.docks_menu = view_menu.addMenu(self.tr("&Panels"))
        journey_menu = self.menuBar().addMenu(self.tr("&Journey"))
        for action in (self.add_journey_action, self.rename_journey_action, self.delete_journey_action):
            journey_menu.addAction(action)
        journey_menu.addSeparator()
        journey_menu.addAction(self.add_moment_action)
        journey_menu.addAction(self.add_lane_action)
        voting_menu = self.menuBar().addMenu(self.tr("V&oting"))
        for action in self.voting_actions:
            voting_menu.addAction(action)
        voting_menu.insertSeparator(self.tally_action)
        hypotheses_menu = self.menuBar().addMenu(self.tr("H&ypotheses"))
        for action in self.hypothesis_actions:
            hypotheses_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(22, 22))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.open_action, self.save_copy_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action, self.actual_size_action):
            bar.addAction(action)
        self.addToolBar(bar)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoom_label")
        self.zoom_label.setAccessibleName(self.tr("Zoom level"))
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.toolbar = bar

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self._workshops.recent.paths()
        for number, path in enumerate(paths, start=1):
            name = path.name.replace("&", "&&")  # a literal "&", not a mnemonic
            action = self.recent_menu.addAction(f"&{number} {name}" if number < 10 else f"1&0 {name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _=False, p=path: self._workshops.open_recent(p, self))
        if not paths:
            self.recent_menu.addAction(self.tr("No recent workshops")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear List"), self._workshops.recent.clear)

    # -- showing a workshop ------------------------------------------------------

    def show_workshop(self, workshop: OpenWorkshop) -> None:
        from codesign.app.workshop_view import WorkshopView  # loads the model and storage

        self.workshop = workshop
        self.view = WorkshopView(workshop)
        self.view.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.view.zoom_changed.connect(self.show_zoom)
        self.docks_menu.clear()
        self.docks_menu.addAction(self.view.details.toggleViewAction())
        self.docks_menu.addAction(self.view.palette.toggleViewAction())
        self.docks_menu.addAction(self.view.voting.toggleViewAction())
        self._pages.addWidget(self.view)
        self._pages.setCurrentWidget(self.view)
        self._undo_group.addStack(workshop.undo_stack)
        self._undo_group.setActiveStack(workshop.undo_stack)
        workshop.changed.connect(self._on_changed)
        workshop.edit_failed.connect(lambda exc: show_error(self, exc, self.tr("The change was not saved")))
        if workshop.safety is not None:
            # Only a side copy failed, and the next try comes soon: say so, don't interrupt.
            workshop.safety.copy_failed.connect(lambda reason: self.statusBar().showMessage(
                self.tr("Your changes are saved, but no safety copy could be made: {reason}").format(reason=reason),
                15000))
        self.update_state()

    def show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("Zoom {percent}%").format(percent=round(zoom * 100)))

    def _on_changed(self, changes: object) -> None:
        time = QTime.currentTime().toString("HH:mm")
        self.statusBar().showMessage(self.tr("All changes saved ({time})").format(time=time))
        self.update_state()

    def close_workshop(self) -> None:
        """Closes the workshop; another window takes over, or this one shows the start screen."""
        if self.workshop is None:
            if len(self._workshops.windows) > 1:
                self.close()
            return
        self.release_workshop()
        if len(self._workshops.windows) > 1:
            self.close()
        else:
            self.statusBar().showMessage(self.tr("Workshop closed. All changes were saved."), 8000)

    def release_workshop(self) -> None:
        if self.workshop is None:
            return
        if self.view is not None:
            self.view.commit_pending()
            self.view.close_voting_windows()
        workshop, view = self.workshop, self.view
        self.workshop = self.view = None
        self._undo_group.removeStack(workshop.undo_stack)
        workshop.close()
        workshop.deleteLater()
        if view is not None:
            self._pages.removeWidget(view)
            view.deleteLater()
        self._pages.setCurrentWidget(self.start_screen)
        self.update_state()

    def update_state(self) -> None:
        has_workshop = self.workshop is not None
        for action in (self.save_copy_action, self.export_action, self.export_pdf_action, self.export_image_action,
                       self.export_csv_action, *self.board_actions):
            action.setEnabled(has_workshop)
        if not has_workshop:
            self.zoom_label.clear()
            self.docks_menu.clear()
        self.close_action.setEnabled(has_workshop or len(self._workshops.windows) > 1)
        if self.workshop is None:
            self.setWindowTitle("codesign")
            return
        title = self.workshop.workshop.title or self.tr("Untitled workshop")
        name = self.workshop.path.name
        if self.workshop.is_demo:
            name = self.tr("{file} (demo copy)").format(file=name)
        self.setWindowTitle(f"{title} — {name} — codesign")

    # -- files ---------------------------------------------------------------------

    def save_copy(self) -> None:
        if self.workshop is None:
            return
        from codesign.storage import StorageError

        if self.view is not None:
            self.view.commit_pending()
        current = self.workshop.path
        suggested = self._workshops.default_folder(current) / f"{current.stem} ({self.tr('copy')}).codesign"
        dest = file_dialogs.ask_save_workshop(self, self.tr("Save a Copy of the Workshop"), suggested)
        if dest is None:
            return
        from codesign.app.workshops import check_replaceable

        try:
            if dest.absolute() != current:
                check_replaceable(dest)
            self.workshop.document.save_copy(dest, overwrite=True)  # the file dialog asked about replacing
        except StorageError as exc:
            show_error(self, exc, self.tr("Could not save a copy"))
            return
        self.statusBar().showMessage(self.tr("Saved a copy as {path}").format(path=dest), 10000)

    def export_json(self) -> None:
        if self.workshop is None:
            return
        from codesign.storage import StorageError
        from codesign.storage.interchange import dumps
        from codesign.storage.safe_write import write_text

        if self.view is not None:
            self.view.commit_pending()
        current = self.workshop.path
        dest = file_dialogs.ask_export_json(self, current.with_suffix(".json"))
        if dest is None:
            return
        try:
            write_text(dest, dumps(self.workshop.document.to_interchange()))
        except StorageError as exc:
            show_error(self, exc, self.tr("Could not export the workshop"))
            return
        self.statusBar().showMessage(self.tr("Exported the workshop to {path}").format(path=dest), 10000)

    def export_pdf(self) -> object:
        """Options, a destination, then the export on a worker thread with progress and Cancel."""
        if self.workshop is None:
            return None
        from codesign.app.pdf_export import PdfExport, PdfOptionsDialog, ask_pdf_path

        if self.view is not None:
            self.view.commit_pending()
        dialog = PdfOptionsDialog(self.workshop.workshop.language, self)
        if dialog.exec() != PdfOptionsDialog.DialogCode.Accepted:
            return None
        current = self.workshop.path
        dest = ask_pdf_path(self, self._workshops.default_folder(current) / f"{current.stem}.pdf")
        if dest is None:
            return None
        export = PdfExport(self, current, dest, dialog.options(), dialog.open_after.isChecked())
        messages = {"done": self.tr("Exported the PDF summary to {path}"),
                    "cancelled": self.tr("The PDF export was cancelled; no file was written."),
                    "failed": self.tr("The PDF was not written.")}
        export.done.connect(lambda how: self.statusBar().showMessage(messages[how].format(path=dest), 10000))
        return export

    def export_image(self) -> None:
        board = self.view.current_view() if self.view is not None else None
        if board is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from codesign.export.journey_image import render_png, render_svg

        journey = board.journey
        stem = "".join(c if c.isalnum() or c in " -_" else "_" for c in journey.title).strip() or "journey"
        suggested = self._workshops.default_folder(self.workshop.path) / f"{stem}.png"
        png, svg = self.tr("PNG picture (*.png)"), self.tr("SVG drawing (*.svg)")
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export Board Image"), str(suggested),
                                                   f"{png};;{svg}")
        if not name:
            return
        dest = Path(name)
        if not dest.suffix:
            dest = dest.with_suffix(".svg" if chosen == svg else ".png")
        try:
            (render_svg if dest.suffix.lower() == ".svg" else render_png)(journey, dest)
        except OSError as exc:
            show_message(self, self.tr("Could not export the picture"),
                         self.tr("{path} could not be written: {reason}").format(path=dest, reason=exc.strerror or exc))
            return
        self.statusBar().showMessage(self.tr("Exported the board to {path}").format(path=dest), 10000)

    def export_csv(self) -> None:
        if self.workshop is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from codesign.storage import StorageError
        from codesign.storage.csv_export import export_csv
        from codesign.storage.safe_write import write_text

        if self.view is not None:
            self.view.commit_pending()
        current = self.workshop.path
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Vote Results"), str(self._workshops.default_folder(current) / f"{current.stem}.csv"),
            self.tr("CSV tables (*.csv)"))
        if not name:
            return
        dest = Path(name) if Path(name).suffix else Path(name + ".csv")
        try:
            write_text(dest, export_csv(current))
        except StorageError as exc:
            show_error(self, exc, self.tr("Could not export the vote results"))
            return
        self.statusBar().showMessage(self.tr("Exported the vote results to {path}").format(path=dest), 10000)

    def show_guide(self) -> object:
        from codesign.app.help import GuideDialog

        dialog = GuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        return dialog

    def show_settings(self) -> object:
        from codesign.app.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.language_changed))
        dialog.open()
        return dialog

    def apply_settings(self, language_changed: bool) -> None:
        """What the Settings dialog changed and can show now: the theme, then the language."""
        from PySide6.QtWidgets import QApplication

        from codesign.app.settings import THEME
        from codesign.app.theme import apply_theme
        from codesign.app.translations import install_translators

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, THEME.read())
            if language_changed:
                install_translators(app)
                self.statusBar().showMessage(self.tr("Settings saved. Restart codesign to see the new language "
                                                     "in every window."), 15000)
                return
        self.statusBar().showMessage(self.tr("Settings saved"), 8000)

    def show_shortcuts(self) -> object:
        from PySide6.QtGui import QAction

        from codesign.app.help import ShortcutsDialog

        dialog = ShortcutsDialog(self.findChildren(QAction), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        return dialog

    def show_about(self) -> QMessageBox:
        text = self.tr("<h3>codesign {version}</h3>"
                       "<p>Co-design workshops for service design: map a journey with customers and staff, "
                       "dot-vote, and turn what matters into small experiments.</p>"
                       "<p>Every workshop is one <i>.codesign</i> file. Each change is saved the moment "
                       "you make it.</p>").format(version=__version__)
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About codesign"), text, QMessageBox.StandardButton.Ok,
                          self)
        box.setIconPixmap(app_icon().pixmap(QSize(64, 64)))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAccessibleName(self.tr("About codesign"))
        return open_box(box)

    # -- window life -----------------------------------------------------------------

    def restore_geometry(self) -> bool:
        saved = app_settings().value(GEOMETRY_KEY)
        return isinstance(saved, QByteArray) and self.restoreGeometry(saved)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.release_workshop()
        settings = app_settings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.sync()
        self._workshops.forget(self)
        super().closeEvent(event)

    def all_shortcuts(self) -> dict[str, list[str]]:
        """Every shortcut of this window's actions, for checking that none is bound twice."""
        found: dict[str, list[str]] = {}
        for action in self.findChildren(QAction):
            for key in action.shortcuts():
                found.setdefault(key.toString(), []).append(action.text())
        return found

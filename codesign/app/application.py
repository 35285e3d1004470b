"""Starting the desktop app: the QApplication, the first window, then the workshop.

The first window is shown before anything heavy is imported; the workshop (or demo)
opens once that window has been painted, so the user sees the app at once.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication

from codesign import APP_NAME, __version__
from codesign.app import crash
from codesign.app.icons import app_icon
from codesign.app.main_window import MainWindow
from codesign.app.startup_trace import StartupTrace, after_first_paint
from codesign.app.settings import THEME
from codesign.app.theme import apply_theme
from codesign.app.translations import install_translators
from codesign.app.workshops import Workshops

MIN_POINT_SIZE = 10.0  # workshop rooms: people read the screen from a distance


def configure_application(app: QApplication, language: str | None = None) -> str:
    """Names, icon, font and the UI language (`language`, else the setting or the system's);
    returns the language used."""
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    chosen = install_translators(app, language)  # after the names: it reads the settings
    apply_theme(app, THEME.read())
    app.setWindowIcon(app_icon())
    font = app.font()
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    return chosen


def open_initial(workshops: Workshops, window: MainWindow, file: Path | None, demo: bool,
                 trace: StartupTrace | None = None) -> MainWindow | None:
    """Opens what the command line asked for into the first window."""
    if demo:
        shown = workshops.open_demo(window)
        name = "demo_shown_ms"
    elif file is not None:
        shown = workshops.open_path(file, window)
        name = "workshop_shown_ms"
    else:
        return None
    if trace is not None:
        if shown is not None and shown.view is not None:
            after_first_paint(shown.view.journeys.currentWidget() or shown.view,
                              lambda: trace.mark(name, last=True))
        else:
            trace.mark(name.replace("_shown_", "_failed_"), last=True)
    return shown


def _preload_storage() -> None:
    """Imports storage (mostly SQLAlchemy, the slowest part of opening a file) on a helper
    thread while the main thread builds and paints the first window."""

    def load() -> None:
        import codesign.storage.document  # noqa: F401
        import codesign.storage.interchange  # noqa: F401
        import codesign.app.workshop_view  # noqa: F401  # the board: class definitions only, no widgets

    threading.Thread(target=load, name="preload-storage", daemon=True).start()


def run(file: Path | None = None, demo: bool = False) -> int:
    trace = StartupTrace.from_environment()
    if file is not None or demo:
        _preload_storage()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)
    crash.install()
    workshops = Workshops(app)
    app.aboutToQuit.connect(workshops.close_all)
    window = workshops.new_window()

    def first_painted() -> None:
        if trace is not None:
            trace.mark("first_paint_ms", last=not (file or demo))
        open_initial(workshops, window, file, demo, trace)

    after_first_paint(window, first_painted)
    window.show()
    return app.exec()

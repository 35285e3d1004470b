"""The open windows of this process and every way of opening a workshop into one.

A window without a workshop takes the next one opened from it; a window that already
shows a workshop opens the next one in a new window. A file open here is never opened
twice: its window comes to the front instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from codesign.app import file_dialogs
from codesign.app.errors import show_error, show_message
from codesign.app.main_window import MainWindow
from codesign.app.settings import RecentFiles
from codesign.app.settings import workshops_folder

if TYPE_CHECKING:
    from codesign.app.new_workshop_dialog import NewWorkshop
    from codesign.storage import Document

CASCADE = QPoint(36, 36)


def check_replaceable(dest: Path) -> None:
    """Raises FileLocked if `dest` is a workshop some codesign has open: replacing it would pull
    the file out from under that window."""
    if dest.exists():
        from codesign.storage.lock import FileLock

        with FileLock(dest):
            pass


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a.absolute() == b.absolute()


class _BusyCursor:
    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QApplication.restoreOverrideCursor()


class Workshops(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recent = RecentFiles(self)
        self.windows: list[MainWindow] = []

    # -- windows ---------------------------------------------------------------------

    def new_window(self, near: MainWindow | None = None) -> MainWindow:
        window = MainWindow(self)
        if not window.restore_geometry():
            screen = QGuiApplication.primaryScreen().availableGeometry()
            window.resize(int(screen.width() * 0.9), int(screen.height() * 0.9))
            window.move(screen.center() - window.rect().center())
        if near is not None:
            window.move(near.pos() + CASCADE)
        self.windows.append(window)
        for other in self.windows:
            other.update_state()  # Close depends on how many windows there are
        return window

    def forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        for other in self.windows:
            other.update_state()

    def window_showing(self, path: Path) -> MainWindow | None:
        for window in self.windows:
            if window.workshop is not None and _same_file(window.workshop.path, Path(path)):
                return window
        return None

    def _target(self, origin: MainWindow | None) -> MainWindow:
        if origin is not None and origin.workshop is None:
            return origin
        return self.new_window(near=origin)

    @staticmethod
    def bring_to_front(window: MainWindow) -> None:
        if not window.isVisible():
            window.show()  # a new window opens on top anyway
        else:
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.raise_()
        window.activateWindow()

    def quit(self) -> None:
        for window in list(self.windows):
            window.close()
        QCoreApplication.quit()

    def close_all(self) -> None:
        for window in list(self.windows):
            window.release_workshop()

    @staticmethod
    def default_folder(current: Path | None = None) -> Path:
        if current is not None and current.parent.is_dir():
            from codesign.app.demo import is_demo_copy

            if not is_demo_copy(current):
                return current.parent
        return workshops_folder()

    # -- opening -------------------------------------------------------------------------

    def show_document(self, document: Document, origin: MainWindow | None) -> MainWindow:
        """Puts an opened document into a window and shows it."""
        from codesign.app.demo import is_demo_copy
        from codesign.app.open_workshop import OpenWorkshop

        demo = is_demo_copy(document.path)
        window = self._target(origin)
        try:
            window.show_workshop(OpenWorkshop(document, is_demo=demo))
        except BaseException:
            document.close()
            raise
        if not demo:
            self.recent.add(document.path)
        if document.backup_path is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("Workshops", "This workshop was upgraded to the new file format. The old file was kept at {path}.")
                .format(path=document.backup_path))
        else:
            window.statusBar().showMessage(
                QCoreApplication.translate("Workshops", "Opened {name}. Every change is saved the moment you make it.").format(name=document.path.name))
        self.bring_to_front(window)
        return window

    def open_path(self, path: Path, origin: MainWindow | None = None) -> MainWindow | None:
        """Opens a workshop file; on failure says why and returns None. Nothing is changed then."""
        path = Path(path).expanduser().absolute()
        existing = self.window_showing(path)
        if existing is not None:
            self.bring_to_front(existing)
            return existing
        from codesign.storage import Document, FileMissing, StorageError

        try:
            with _BusyCursor():
                document = Document.open(path)
        except StorageError as exc:
            show_error(origin, exc, QCoreApplication.translate("Workshops", "Could not open the workshop"))
            if isinstance(exc, FileMissing):
                self.recent.remove(path)
            return None
        return self.show_document(document, origin)

    def open_recent(self, path: Path, origin: MainWindow | None = None) -> MainWindow | None:
        if not Path(path).exists():
            self.recent.remove(path)
            show_message(origin, QCoreApplication.translate("Workshops", "Workshop not found"),
                         QCoreApplication.translate(
                             "Workshops", "“{name}” is no longer in {folder}. It may have been moved, renamed or "
                             "deleted. It was removed from the recent workshops.").format(name=Path(path).name,
                                                                                 folder=Path(path).parent))
            return None
        return self.open_path(path, origin)

    def ask_and_open(self, origin: MainWindow | None = None) -> MainWindow | None:
        folder = self.default_folder(origin.workshop.path if origin and origin.workshop else None)
        path = file_dialogs.ask_open_workshop(origin, folder if folder.is_dir() else Path.home())
        return None if path is None else self.open_path(path, origin)

    def open_demo(self, origin: MainWindow | None = None) -> MainWindow | None:
        from codesign.app.demo import prepare_demo_copy
        from codesign.app.translations import ui_language
        from codesign.storage import Document, StorageError

        try:
            with _BusyCursor():  # in the language of the menus (the settings' choice, else the system's)
                document = Document.open(prepare_demo_copy(ui_language()))
        except StorageError as exc:
            show_error(origin, exc, QCoreApplication.translate("Workshops", "Could not open the demo workshop"))
            return None
        return self.show_document(document, origin)

    # -- creating ------------------------------------------------------------------------------

    def new_workshop(self, origin: MainWindow | None = None) -> QWidget:
        """Asks for title, language and place (without blocking), then creates the workshop."""
        from codesign.app.new_workshop_dialog import NewWorkshopDialog

        dialog = NewWorkshopDialog(origin)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self.create(dialog.request(), origin))
        dialog.open()
        return dialog

    def create(self, request: NewWorkshop, origin: MainWindow | None = None) -> MainWindow | None:
        from codesign.app.templates import add_template_journey
        from codesign.storage import Document, StorageError, WriteFailed

        try:
            with _BusyCursor():
                try:
                    request.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise WriteFailed(request.path, exc.strerror or str(exc)) from None
                document = Document.create(
                    request.path, title=request.title, language=request.language,
                    build=lambda workshop: add_template_journey(workshop, request.template, request.language))
        except StorageError as exc:
            show_error(origin, exc, QCoreApplication.translate("Workshops", "Could not create the workshop"))
            return None
        return self.show_document(document, origin)

    def import_json(self, origin: MainWindow | None = None) -> MainWindow | None:
        source = file_dialogs.ask_import_json(origin, Path.home())
        if source is None:
            return None
        from codesign.app.new_workshop_dialog import available_path

        suggested = available_path(workshops_folder() / f"{source.stem}.codesign")
        dest = file_dialogs.ask_save_workshop(origin, QCoreApplication.translate("Workshops", "Save the Imported Workshop As"), suggested)
        if dest is None:
            return None
        return self.import_into(source, dest, origin)

    def import_into(self, source: Path, dest: Path, origin: MainWindow | None = None) -> MainWindow | None:
        from codesign.storage import StorageError
        from codesign.storage.interchange import import_file

        try:
            with _BusyCursor():
                check_replaceable(dest)
                dest.parent.mkdir(parents=True, exist_ok=True)
                import_file(source, dest, overwrite=True)  # the file dialog asked about replacing
        except OSError as exc:
            show_message(origin, QCoreApplication.translate("Workshops", "Could not import the workshop"), exc.strerror or str(exc))
            return None
        except StorageError as exc:
            show_error(origin, exc, QCoreApplication.translate("Workshops", "Could not import the workshop"))
            return None
        return self.open_path(dest, origin)

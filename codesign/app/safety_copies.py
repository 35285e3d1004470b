"""Safety copies: every few minutes, a whole copy of each open workshop that changed.

Every edit is committed to the workshop file the moment it is made, so there is nothing to
"autosave". The copies guard against what a commit cannot: a file deleted or overwritten by
hand, a broken USB stick, a card typed over on purpose and undone too late. They live in the
app's data folder, one folder per workshop, and only the newest few are kept.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, QTimer, Signal

from codesign import APP_NAME
from codesign.app.settings import SAFETY_COPIES_KEPT, SAFETY_COPY_MINUTES, settings_notifier
from codesign.storage import Changes, StorageError
from codesign.storage.safe_write import unique_path

SUFFIX = ".codesign"


def safety_root() -> Path:
    return platformdirs.user_data_path(APP_NAME) / "safety-copies"


def folder_for(workshop_path: Path, root: Path | None = None) -> Path:
    """One folder per workshop file: its name, plus a short hash of the full path so two
    workshops of the same name in different folders never share copies."""
    path = Path(workshop_path).absolute()
    digest = hashlib.sha1(str(path).encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return (root or safety_root()) / f"{path.stem[:60]}-{digest}"


def copies_in(folder: Path) -> list[Path]:
    """The copies in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.suffix == SUFFIX and not p.name.startswith(".")]
    return sorted(found, key=_age, reverse=True)


def _age(copy: Path) -> tuple[int, str, int]:
    # Copies made within one second share the time stamp and get " (2)", " (3)"… after it.
    stem, _, n = copy.stem.partition(" (")
    return copy.stat().st_mtime_ns, stem, int(n.rstrip(")")) if n.rstrip(")").isdigit() else 1


class SafetyCopies(QObject):
    """Keeps safety copies of one open workshop while it changes."""

    copy_written = Signal(object)  # Path of the new copy
    copy_failed = Signal(str)  # what went wrong, for the status bar

    def __init__(self, workshop: object, *, root: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workshop = workshop  # an OpenWorkshop: its `document`, its `changed` signal
        self._root = root
        self._dirty = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.write_if_changed)
        workshop.changed.connect(self._mark_dirty)  # type: ignore[attr-defined]
        settings_notifier().setting_changed.connect(self._setting_changed)
        self._restart()

    @property
    def folder(self) -> Path:
        return folder_for(self._workshop.document.path, self._root)  # type: ignore[attr-defined]

    def interval_ms(self) -> int:
        return self._timer.interval()

    def _restart(self) -> None:
        self._timer.start(SAFETY_COPY_MINUTES.read() * 60_000)

    def _setting_changed(self, key: str) -> None:
        if key == SAFETY_COPY_MINUTES.key and not self._stopped:
            self._restart()

    def _mark_dirty(self, changes: Changes) -> None:
        self._dirty = True

    def write_if_changed(self) -> Path | None:
        if not self._dirty:
            return None
        return self.write_now()

    def write_now(self) -> Path | None:
        """Writes a copy and drops the oldest beyond SAFETY_COPIES_KEPT. Never raises."""
        folder = self.folder
        stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            dest = unique_path(folder / f"{stamp}{SUFFIX}")
            self._workshop.document.save_copy(dest)  # type: ignore[attr-defined]
        except (StorageError, OSError) as exc:
            self.copy_failed.emit(str(exc))
            return None
        self._dirty = False
        for old in copies_in(folder)[SAFETY_COPIES_KEPT:]:
            try:
                old.unlink()
            except OSError:
                pass  # a copy too many is harmless; next time we try again
        self.copy_written.emit(dest)
        return dest

    def stop(self) -> None:
        # The settings link ends with this object (Qt drops a receiver's connections when it goes).
        self._timer.stop()
        self._stopped = True

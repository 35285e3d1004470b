"""What the app remembers between runs (QSettings): recent files and window geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

MAX_RECENT = 10
RECENT_KEY = "recent/files"
GEOMETRY_KEY = "window/geometry"


def app_settings() -> QSettings:
    """Settings for the organisation and application names set on the QApplication."""
    return QSettings()


def _as_list(value: object) -> list[str]:
    # INI files hand back a one-item list as a plain string, and an empty one as None.
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]  # type: ignore[union-attr]


class RecentFiles(QObject):
    """The workshops opened most recently, newest first, shared by every window."""

    changed = Signal()

    def paths(self) -> list[Path]:
        return [Path(p) for p in _as_list(app_settings().value(RECENT_KEY))]

    def add(self, path: Path) -> None:
        entry = str(Path(path).absolute())
        self._store([entry] + [str(p) for p in self.paths() if str(p) != entry])

    def remove(self, path: Path) -> None:
        entry = str(Path(path).absolute())
        kept = [str(p) for p in self.paths() if str(p) != entry]
        if len(kept) != len(self.paths()):
            self._store(kept)

    def clear(self) -> None:
        self._store([])

    def _store(self, entries: list[str]) -> None:
        settings = app_settings()
        settings.setValue(RECENT_KEY, entries[:MAX_RECENT])
        settings.sync()
        self.changed.emit()

"""What the app remembers between runs (QSettings), declared in one place.

The facilitator's choices (the Settings dialog) are `Setting`s with a type, a default and
their allowed values; reading one never fails: a missing, foreign or out-of-range value gives
the default. Recent files and window geometry are remembered here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

from codesign.paths import workshops_dir

MAX_RECENT = 10
RECENT_KEY = "recent/files"
GEOMETRY_KEY = "window/geometry"

T = TypeVar("T", str, int)
MAX_DOTS = 99  # codesign.model.voting.MAX_DOTS; not imported, the model pulls in SQLAlchemy (a test compares)


def app_settings() -> QSettings:
    """Settings for the organisation and application names set on the QApplication."""
    return QSettings()


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One stored choice. `choices` limits a text; `minimum`/`maximum` an integer."""

    key: str
    default: T
    choices: tuple[str, ...] = ()
    minimum: int = 0
    maximum: int = 0

    def read(self) -> T:
        return self.valid(app_settings().value(self.key))

    def write(self, value: T) -> None:
        checked = self.valid(value)
        if checked != value:
            raise ValueError(f"{value!r} is not allowed for {self.key}")
        settings = app_settings()
        settings.setValue(self.key, value)
        settings.sync()
        settings_notifier().setting_changed.emit(self.key)

    def valid(self, value: object) -> T:
        """`value` if this setting allows it (INI files hand back numbers as text), else the default."""
        if isinstance(self.default, int):
            try:
                number = int(str(value).strip())
            except (TypeError, ValueError):
                return self.default
            return number if self.minimum <= number <= self.maximum else self.default  # type: ignore[return-value]
        if not isinstance(value, str):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value  # type: ignore[return-value]


class SettingsNotifier(QObject):
    """Tells open windows that a setting changed, so they follow without a restart."""

    setting_changed = Signal(str)  # the setting's key


_notifier: SettingsNotifier | None = None


def settings_notifier() -> SettingsNotifier:
    global _notifier
    if _notifier is None:
        _notifier = SettingsNotifier()
    return _notifier


# "" follows the system. translations.py reads the same key.
LANGUAGE = Setting("ui/language", "", choices=("", "en", "de"))
THEME = Setting("ui/theme", "system", choices=("system", "light", "dark"))
DEFAULT_DOTS = Setting("voting/default_dots", 3, minimum=1, maximum=MAX_DOTS)
PAPER_SIZE = Setting("export/paper_size", "A4", choices=("A4", "Letter"))
WORKSHOPS_FOLDER = Setting("files/workshops_folder", "")  # "" is Documents/codesign
# Every change is written to disk at once; this is how often a safety copy of an open
# workshop is kept besides. Below a minute copies would churn; above an hour they protect little.
SAFETY_COPY_MINUTES = Setting("files/safety_copy_minutes", 10, minimum=1, maximum=60)
SAFETY_COPIES_KEPT = 5

ALL_SETTINGS = (LANGUAGE, THEME, DEFAULT_DOTS, PAPER_SIZE, WORKSHOPS_FOLDER, SAFETY_COPY_MINUTES)


def workshops_folder() -> Path:
    """Where new workshops go: the folder chosen in Settings, else Documents/codesign."""
    chosen = WORKSHOPS_FOLDER.read().strip()
    return Path(chosen) if chosen else workshops_dir()


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

"""Cold-start timing and "after the first paint" hooks.

With CODESIGN_STARTUP_TRACE=1, the app prints `first_paint_ms=N` when the first window
has been painted and `demo_shown_ms=N` (or `workshop_shown_ms=N` for a file) when the
workshop board has been painted, to stderr, in milliseconds since the process started.
CODESIGN_STARTUP_TRACE=quit prints the same and then quits, for timing scripts.

The process start is CODESIGN_T0 (seconds since the epoch, e.g. `CODESIGN_T0=$(date +%s.%N)`
just before the command) if set; otherwise the kernel's start time of this process from
/proc/self/stat (10 ms resolution); otherwise the moment this module was imported.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_IMPORTED = time.time()


def process_start() -> float:
    """Seconds since the epoch when this process started, as well as can be told."""
    given = os.environ.get("CODESIGN_T0")
    if given:
        try:
            return float(given)
        except ValueError:
            pass
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # field 22 of the file; the text after ")" starts at field 3
        since_boot = time.clock_gettime(time.CLOCK_BOOTTIME)
        return time.time() - (since_boot - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED


class _PaintWatcher(QObject):
    """Calls back once, after the watched widget's first paint has been flushed."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)  # e.g. a minimised window never paints

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after this paint reaches the screen
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None], fallback_ms: int = 1500) -> None:
    _PaintWatcher(widget, callback, fallback_ms)


class StartupTrace:
    """Prints named figures once; quits after `last` when asked to."""

    def __init__(self, mode: str, start: float) -> None:
        self.mode = mode
        self.start = start
        self.marks: dict[str, int] = {}

    @classmethod
    def from_environment(cls) -> StartupTrace | None:
        mode = os.environ.get("CODESIGN_STARTUP_TRACE", "")
        return cls(mode, process_start()) if mode else None

    def mark(self, name: str, *, last: bool = False) -> None:
        if name in self.marks:
            return
        self.marks[name] = ms = round((time.time() - self.start) * 1000)
        print(f"{name}={ms}", file=sys.stderr, flush=True)
        if last and self.mode == "quit":
            QTimer.singleShot(0, QCoreApplication.quit)

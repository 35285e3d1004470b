"""The voting countdown: start, pause, add time; one `finished` when it reaches zero.

Time is measured with a monotonic clock, not by counting ticks, so a busy event loop can make
the display late but never makes the countdown wrong. Session state only: a reopened file
starts without a running timer.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

DEFAULT_SECONDS = 5 * 60
TICK_MS = 200


def monotonic_ms() -> float:
    return time.monotonic() * 1000


class RoundTimer(QObject):
    ticked = Signal(int)  # whole seconds left, rounded up
    running_changed = Signal(bool)
    finished = Signal()

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = monotonic_ms) -> None:
        super().__init__(parent)
        self._clock = clock
        self._left_ms = DEFAULT_SECONDS * 1000.0
        self._started_at: float | None = None
        self._last_shown = -1
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def remaining_ms(self) -> float:
        if self._started_at is None:
            return self._left_ms
        return max(0.0, self._left_ms - (self._clock() - self._started_at))

    def seconds_left(self) -> int:
        return int(-(-self.remaining_ms() // 1000))  # rounded up: "0:01" shows until the very end

    def set_duration(self, seconds: int) -> None:
        """Stops the timer and sets it to `seconds`."""
        self._stop()
        self._left_ms = max(0, seconds) * 1000.0
        self._show()

    def start(self) -> None:
        if self.running or self._left_ms <= 0:
            return
        self._started_at = self._clock()
        self._ticker.start()
        self.running_changed.emit(True)
        self._show()

    def pause(self) -> None:
        if self.running:
            self._left_ms = self.remaining_ms()
            self._stop()
            self._show()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def add(self, seconds: int) -> None:
        """More time, also after the end (then it waits to be started again)."""
        self._left_ms = self.remaining_ms() + seconds * 1000.0
        if self._started_at is not None:
            self._started_at = self._clock()
        self._show()

    def tick(self) -> None:
        self._show()
        if self.running and self.remaining_ms() <= 0:
            self._left_ms = 0.0
            self._stop()
            self.finished.emit()

    def _stop(self) -> None:
        self._ticker.stop()
        if self._started_at is not None:
            self._started_at = None
            self.running_changed.emit(False)

    def _show(self) -> None:
        seconds = self.seconds_left()
        if seconds != self._last_shown:
            self._last_shown = seconds
            self.ticked.emit(seconds)


def clock_text(seconds: int) -> str:
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"

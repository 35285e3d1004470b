"""Cold start measured as a whole process: `python -m codesign --demo` from exec to the
first painted window and to the demo board on screen. The baseline is a bare PySide6
process that paints one empty window, started the same way in the same run."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE_WINDOW = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
t0 = float(os.environ["CODESIGN_T0"])
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print(f"first_paint_ms={round((time.time() - t0) * 1000)}",
                                                file=sys.stderr, flush=True), app.quit()))
        return False
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "offscreen")
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"),
               CODESIGN_STARTUP_TRACE="quit", PYTHONDONTWRITEBYTECODE="1")
    return env


def _launch(args: list[str], env: dict[str, str]) -> dict[str, int]:
    env = dict(env, CODESIGN_T0=repr(time.time()))
    done = subprocess.run([sys.executable, *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    marks = {name: int(ms) for name, ms in re.findall(r"^(\w+_ms)=(\d+)$", done.stderr, re.MULTILINE)}
    if done.returncode != 0 or not marks:
        raise RuntimeError(f"launch failed ({done.returncode}): {done.stderr[-2000:]}")
    return marks


def measure(runs: int = 7) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="codesign-cold-") as home:
        env = _environment(Path(home))
        _launch(["-m", "codesign", "--demo"], env)  # warm the OS file cache once, as a second launch would
        _launch(["-c", BARE_WINDOW], env)
        app_runs = [_launch(["-m", "codesign", "--demo"], env) for _ in range(runs)]
        bare_runs = [_launch(["-c", BARE_WINDOW], env) for _ in range(runs)]
    bare = statistics.median(r["first_paint_ms"] for r in bare_runs)
    platform = env["QT_QPA_PLATFORM"]
    first = statistics.median(r["first_paint_ms"] for r in app_runs)
    shown = statistics.median(r["demo_shown_ms"] for r in app_runs)
    return [
        {"name": "cold_start_first_paint", "median_ms": first, "baseline_ms": bare,
         "ratio": round(first / bare, 2), "limit_ms": 1000.0, "platform": platform,
         "baseline_is": "a bare PySide6 process painting one empty window"},
        {"name": "cold_start_demo_shown", "median_ms": shown, "baseline_ms": bare,
         "ratio": round(shown / bare, 2), "limit_ms": 2000.0, "platform": platform,
         "baseline_is": "a bare PySide6 process painting one empty window"},
    ]

"""Cold start: the first window needs no SQLAlchemy, and the demo comes up on its own."""

from __future__ import annotations

import os
import re
import subprocess
import textwrap
from pathlib import Path

import pytest

FIRST_WINDOW_IMPORTS = textwrap.dedent("""
    import sys
    import codesign.app.application, codesign.app.main_window, codesign.app.start_screen, codesign.app.workshops
    heavy = sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy"
                   or m.startswith(("codesign.storage", "codesign.model", "alembic")))
    print(heavy)
""")


def test_the_first_window_imports_no_storage(python: str) -> None:
    result = subprocess.run([python, "-c", FIRST_WINDOW_IMPORTS], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.slow
def test_codesign_demo_starts_and_reports_its_timing(python: str, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CODESIGN_STARTUP_TRACE="quit", HOME=str(tmp_path),
               XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_STATE_HOME=str(tmp_path / "state"))
    result = subprocess.run([python, "-m", "codesign", "--demo"], capture_output=True, text=True, timeout=60,
                            env=env)
    assert result.returncode == 0, result.stderr
    marks = dict(re.findall(r"^(\w+_ms)=(\d+)$", result.stderr, re.MULTILINE))
    assert set(marks) == {"first_paint_ms", "demo_shown_ms"}, result.stderr
    assert 0 < int(marks["first_paint_ms"]) < int(marks["demo_shown_ms"])
    assert int(marks["demo_shown_ms"]) < 10_000  # generous: the 2 s target is measured on a quiet machine
    assert len(list((tmp_path / "cache" / "codesign" / "demo").glob("*.codesign"))) == 1
    assert "Traceback" not in result.stderr

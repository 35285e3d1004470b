"""Guards against the PySide6 build that aborts after a few thousand Qt calls."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib.metadata import version

import pytest

VOID_CALLS = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QObject, QPoint
    point, obj = QPoint(), QObject()
    before = sys.getrefcount(None)
    for i in range(50_000):
        point.setX(i)          # void C++ call
        obj.setObjectName("x")  # void C++ call on a QObject
    after = sys.getrefcount(None)
    print(before, after)
""")


def test_void_qt_calls_do_not_drop_references_to_none() -> None:
    result = subprocess.run([sys.executable, "-c", VOID_CALLS], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr  # 6.12.0 on 3.11 dies here with none_dealloc
    before, after = map(int, result.stdout.split())
    assert after >= before - 100, f"None lost {before - after} references over 100,000 void calls"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="6.12.0 is only broken before Python 3.12")
def test_the_broken_pyside6_release_is_not_installed() -> None:
    assert version("PySide6-Essentials") != "6.12.0"

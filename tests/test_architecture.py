"""Layer boundaries: the import-linter contracts in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache", "--config", str(ROOT / "pyproject.toml")],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


def test_exports_never_import_widgets() -> None:
    """PDF, PNG and SVG are made without a window: QtGui and QtSvg at most, never QtWidgets."""
    for module in (ROOT / "codesign" / "export").glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "QtWidgets" not in text, module.name

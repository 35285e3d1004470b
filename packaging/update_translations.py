#!/usr/bin/env python3
"""Refreshes resources/translations/codesign_*.ts from the sources (for developers).

Runs pyside6-lupdate over every Python file in codesign/ into each .ts file. Existing
translations are kept; new texts come in unfinished, texts gone from the code are dropped.
Translate the new ones (Qt Linguist, or by hand), then check with
`pytest tests/app/test_translations.py`. The .qm files are built at install time
(packaging/setup.sh) with pyside6-lrelease.

    python packaging/update_translations.py [--keep-obsolete]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "en")


def lupdate() -> str:
    """The pyside6-lupdate beside this Python (a venv's bin/), else the one on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate not found: install PySide6 into this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "codesign").rglob("*.py"))


def main(argv: list[str]) -> int:
    keep_obsolete = "--keep-obsolete" in argv
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"codesign_{language}.ts"
        command = [lupdate(), "-locations", "relative", *sources(), "-ts", str(ts.relative_to(ROOT))]
        if not keep_obsolete:
            command.insert(1, "-no-obsolete")
        if not ts.exists():
            command[1:1] = ["-target-language", language]
        subprocess.run(command, cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

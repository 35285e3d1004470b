"""Shared test set-up: headless Qt, and settings that never touch the real user's."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
DEMO_JSON = ROOT / "resources" / "demo" / "open-account.en.json"


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs and QSettings write under a temporary home, never the developer's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))


@pytest.fixture
def demo_json() -> Path:
    return DEMO_JSON


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """A fresh .codesign file made from the bundled demo."""
    from codesign.storage.interchange import import_file

    path = tmp_path / "demo.codesign"
    import_file(DEMO_JSON, path)
    return path


@pytest.fixture
def python() -> str:
    return sys.executable

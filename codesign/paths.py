"""Where codesign keeps things on this computer. No Qt, so the CLI can use it."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from codesign import APP_NAME

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DEMO_JSON = {language: RESOURCES / "demo" / f"open-account.{language}.json" for language in ("en", "de")}


def workshops_dir() -> Path:
    """The default folder for new workshops: a 'codesign' folder in the user's documents."""
    return platformdirs.user_documents_path() / APP_NAME


def demo_dir() -> Path:
    """Demo copies are disposable, so they live with cached data."""
    return platformdirs.user_cache_path(APP_NAME) / "demo"


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)

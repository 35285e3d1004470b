"""Icons shipped in resources/icons, as SVG so they stay sharp at any scale."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from codesign.paths import resource


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


def app_icon() -> QIcon:
    return icon("codesign")

"""Icons shipped in resources/icons, as SVG so they stay sharp at any scale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from codesign.paths import resource


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


def app_icon() -> QIcon:
    return icon("codesign")


def card_type_svg_path(card_type: str) -> Path:
    """The pictogram of a touchpoint channel or note type; the canvas renders it with QSvgRenderer."""
    return resource("icons", "cards", f"{card_type}.svg")


def card_type_icon(card_type: str) -> QIcon:
    return QIcon(str(card_type_svg_path(card_type)))

"""Icons shipped in resources/icons, as SVG so they stay sharp at any scale."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from codesign.paths import resource

INK = "#2B3A4A"  # the line colour of the toolbar icons; the dark theme draws them in its text colour
SIZES = (16, 20, 22, 24, 32, 48, 64)


def icon(name: str) -> QIcon:
    """An icon from resources/icons, its ink in the current theme's text colour."""
    from codesign.app.theme import current_theme

    return _inked(name, current_theme().text)


@lru_cache(maxsize=128)
def _inked(name: str, ink: str) -> QIcon:
    # Every window asks for the same icons: render each once per theme, not per action.
    path = resource("icons", f"{name}.svg")
    if ink.upper() == INK or not path.is_file():
        return QIcon(str(path))
    svg = path.read_text(encoding="utf-8")
    if INK not in svg:
        return QIcon(str(path))
    renderer = QSvgRenderer(QByteArray(svg.replace(INK, ink).encode("utf-8")))
    result = QIcon()
    for size in SIZES:
        for ratio in (1, 2):  # sharp on high-density screens too
            image = QImage(size * ratio, size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap)
    return result


def follow_icon(owner: QObject, name: str) -> None:
    """Gives `owner` (an action or a button) the icon now and again after each theme change."""
    from codesign.app.theme import follow_theme

    follow_theme(owner, lambda _theme: owner.setIcon(icon(name)))  # type: ignore[attr-defined]


def app_icon() -> QIcon:
    return icon("codesign")


def card_type_svg_path(card_type: str) -> Path:
    """The pictogram of a touchpoint channel or note type; the canvas renders it with QSvgRenderer."""
    return resource("icons", "cards", f"{card_type}.svg")


def card_type_icon(card_type: str) -> QIcon:
    return QIcon(str(card_type_svg_path(card_type)))

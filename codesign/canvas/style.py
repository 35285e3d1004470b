"""Colours, fonts and cached pictures shared by the canvas items."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from codesign.app.card_style import CARD_COLOURS, TEXT
from codesign.paths import resource

GRID_LINE = QColor("#CBD4DE")
HEADER_FILL = QColor("#EAF0F6")
HEADER_TEXT = QColor("#1F3B4D")
LANE_SHADE = QColor("#F7F8FA")
BOARD_FILL = QColor("#FFFFFF")
SELECTION = QColor("#1A56DB")
ARROW = QColor("#44515E")
NEGATIVE, POSITIVE, NEUTRAL = QColor("#C0392B"), QColor("#23824B"), QColor("#7A8794")
TEXT_COLOUR = QColor(TEXT)
# Below this scale, cards are drawn as plain coloured blocks by one overview item.
DETAIL_THRESHOLD = 0.4


@lru_cache(maxsize=None)
def fill(card_type: str) -> QColor:
    return QColor(CARD_COLOURS.get(card_type, ("#EEEEEE", "#777777"))[0])


@lru_cache(maxsize=None)
def accent(card_type: str) -> QColor:
    return QColor(CARD_COLOURS.get(card_type, ("#EEEEEE", "#777777"))[1])


@lru_cache(maxsize=None)
def font(pixel_size: int, bold: bool = False) -> QFont:
    result = QFont()
    result.setPixelSize(pixel_size)
    result.setBold(bold)
    return result


@lru_cache(maxsize=256)
def type_icon(card_type: str, logical: int, pixels: int) -> QPixmap:
    """The card type's SVG pictogram, `logical` units wide in the scene and rendered `pixels`
    wide for the device, so painting it needs no scaling; null when there is none."""
    path = resource("icons", "cards", f"{card_type}.svg")
    renderer = QSvgRenderer(str(path)) if path.is_file() else None
    if renderer is None or not renderer.isValid():
        return QPixmap()
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(pixels / logical)
    return pixmap

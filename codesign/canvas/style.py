"""Colours, fonts and cached pictures shared by the canvas items."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer

from codesign.app.card_style import CARD_COLOURS, TEXT
from codesign.app.theme import LIGHT, Theme, current_theme
from codesign.paths import resource

# On the cards, the same in both themes: card fills stay light, so their text stays dark.
TEXT_COLOUR = QColor(TEXT)
HYPOTHESIS_BADGE = QColor("#5B3E96")  # the ring of a card's hypothesis badge
BADGE_FILL = QColor("#FFFFFF")  # inside it, under the dark pictogram
# Moment headers of the light look, for the shared screen, which never follows the theme.
HEADER_FILL = QColor(LIGHT.header_fill)
HEADER_TEXT = QColor(LIGHT.header_text)


class BoardColours:
    """The board's colours in one theme, made once per theme: items read them when they paint."""

    ROLES = ("board_fill", "board_text", "lane_shade", "grid_line", "header_fill", "header_text",
             "selection", "arrow", "positive", "negative", "neutral")
    __slots__ = ("theme", "arrow_pen", *ROLES)

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        for name in self.ROLES:
            setattr(self, name, QColor(getattr(theme, name)))
        self.arrow_pen = QPen(self.arrow, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                              Qt.PenJoinStyle.RoundJoin)


_colours = BoardColours(LIGHT)


def colours() -> BoardColours:
    """The current theme's board colours (built again only when the theme changed)."""
    global _colours
    theme = current_theme()
    if _colours.theme is not theme:
        _colours = BoardColours(theme)
    return _colours


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
    if not path.is_file():
        path = resource("icons", f"{card_type}.svg")  # badges, such as "hypothesis"
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


# -- dot-vote heat -----------------------------------------------------------------------------
# Voted cards take on a warm tint in steps up to the most-voted card's. The tint is blended into
# one solid fill, so a heated card paints no more than a plain one; dark text keeps ≥ 7:1 on it.
HEAT = "#FF6A00"
HEAT_MAX_TINT = 0.6
HEAT_STEPS = 10
HEAT_BADGE = QColor("#9A3412")  # white text on it: 7.3:1
HEAT_BADGE_TEXT = QColor("#FFFFFF")


def heat_step(count: int, most: int) -> int:
    """1..HEAT_STEPS for a card with dots (any dot shows), 0 without."""
    if count <= 0 or most <= 0:
        return 0
    return max(1, min(HEAT_STEPS, -(-count * HEAT_STEPS // most)))


def blend(base: str, over: str, amount: float) -> str:
    """`over` laid on `base` at opacity `amount`, as #RRGGBB."""
    a, b = QColor(base), QColor(over)
    channels = (round(x + (y - x) * amount) for x, y in
                ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue())))
    return "#{:02X}{:02X}{:02X}".format(*channels)


@lru_cache(maxsize=None)
def heat_fill(card_type: str, step: int) -> QColor:
    return QColor(blend(fill(card_type).name(), HEAT, HEAT_MAX_TINT * step / HEAT_STEPS))


@lru_cache(maxsize=None)
def heat_block(card_type: str, step: int) -> QColor:
    """A block in the overview while heat shows: one warm scale for voted cards, whatever their
    type (some accents are warm too), and the pale fill for the rest, so the votes stand out."""
    if step <= 0:
        return fill(card_type)
    return QColor(blend("#FB923C", "#7C2D12", (step - 1) / (HEAT_STEPS - 1)))

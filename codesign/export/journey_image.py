"""The journey board as a PNG or SVG picture, drawn with QtGui alone (no widgets, so the command
line can draw it headless) from the same Drawing as the PDF, so all three look alike."""

from __future__ import annotations

import math
import os
import secrets
import sys
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush, QColor, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QImage, QPainter, QPainterPath, QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer

from codesign.app.card_style import TEXT
from codesign.export import journey_drawing as jd
from codesign.export import journey_text as jt
from codesign.export.journey_paint import BoardPainter
from codesign.model.journey import Journey
from codesign.paths import resource

MAX_SIDE = 32_000  # QPainter's raster engine draws nothing past 32,767 pixels
MAX_PIXELS = 250_000_000  # 1 GB of pixels: a larger PNG is drawn at a smaller scale instead
_app: QGuiApplication | None = None


def render_png(journey: Journey, path: Path | str, scale: float = 1.0) -> None:
    """The board at `scale` pixels per board unit (1.0: as the canvas at 100%). Raises OSError
    when the file cannot be written."""
    if not math.isfinite(scale) or scale <= 0:
        raise ValueError(f"scale must be a positive number, not {scale!r}")
    _ensure_gui()
    drawing = jd.draw_journey(journey)
    b = drawing.bounds
    scale = min(scale, MAX_SIDE / b.w, MAX_SIDE / b.h, math.sqrt(MAX_PIXELS / (b.w * b.h)))
    image = QImage(max(1, math.ceil(b.w * scale)), max(1, math.ceil(b.h * scale)), QImage.Format.Format_RGB32)
    image.fill(QColor(jd.BOARD_FILL))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    painter.translate(-b.x, -b.y)
    _Painter(painter).paint(drawing)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(f"the picture of {path} could not be encoded")
    _write(Path(path), bytes(buffer.data()))


def render_svg(journey: Journey, path: Path | str) -> None:
    """The board as an SVG drawing in board units, its text as text. Raises OSError when the
    file cannot be written."""
    _ensure_gui()
    drawing = jd.draw_journey(journey)
    b = drawing.bounds
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setSize(QSize(math.ceil(b.w), math.ceil(b.h)))
    svg.setViewBox(QRect(0, 0, math.ceil(b.w), math.ceil(b.h)))
    svg.setResolution(96)  # one board unit, one CSS pixel
    svg.setTitle(journey.title)
    svg.setDescription(journey.persona)
    painter = QPainter(svg)
    painter.translate(-b.x, -b.y)
    _Painter(painter).paint(drawing)
    painter.end()
    _write(Path(path), bytes(buffer.data()))


def _ensure_gui() -> None:
    """Fonts need a QGuiApplication; a headless one when there is no screen."""
    global _app
    running = QGuiApplication.instance()
    if running is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([sys.argv[0] if sys.argv else "codesign"])
    elif not isinstance(running, QGuiApplication):
        raise RuntimeError("pictures need a QGuiApplication, and a plain QCoreApplication is running")


def _write(path: Path, data: bytes) -> None:
    """Writes beside the destination, then renames: a failure never leaves half a picture."""
    folder = path.parent
    temp = folder / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise OSError(exc.errno, f"{exc.strerror} (cannot write into {folder})", str(folder)) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@lru_cache(maxsize=1)
def _family() -> str:
    """The embedded DejaVu Sans, as in the PDF: the same picture on every computer."""
    families = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else QFont().family()


@lru_cache(maxsize=None)
def _font(size: float, bold: bool) -> QFont:
    font = QFont(_family())
    font.setPixelSize(round(size))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # the same widths at any scale
    return font


@lru_cache(maxsize=None)
def _metrics(size: float, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(_font(size, bold))


def _measure(text: str, size: float, bold: bool) -> float:
    return _metrics(size, bold).horizontalAdvance(text)


class _Painter(BoardPainter):
    def __init__(self, painter: QPainter) -> None:
        self.p = painter
        self.icons: dict[str, QSvgRenderer | None] = {}

    def text(self, line: jt.Line, colour: str, centre: bool = False) -> None:
        x = line.x - (_measure(line.text, line.size, line.bold) / 2 if centre else 0)
        self.p.setFont(_font(line.size, line.bold))
        self.p.setPen(QColor(colour))
        self.p.drawText(QPointF(x, line.y + _metrics(line.size, line.bold).ascent()), line.text)

    def box(self, box: jd.Box, fill: str | None, stroke: str | None = None) -> None:
        self.p.setPen(QPen(QColor(stroke), 1.0) if stroke else Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
        self.p.drawRect(QRectF(box.x, box.y, box.w, box.h))

    def line(self, points: tuple[jd.Point, ...], colour: str, width: float, dashed: bool = False) -> None:
        pen = QPen(QColor(colour), width, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        self.p.setPen(pen)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(QPointF(*points[0]))
        for point in points[1:]:
            path.lineTo(QPointF(*point))
        self.p.drawPath(path)

    def headers(self, d: jd.Drawing) -> None:
        corner = jd.Box(0.0, 0.0, d.label_width, d.header_height)
        self.box(corner, jd.HEADER_FILL, jd.GRID_LINE)
        for line in jt.header_lines(corner, d.title, d.persona, _measure):
            self.text(line, jd.HEADER_TEXT)
        for column in d.columns:
            self.box(column.box, jd.HEADER_FILL, jd.GRID_LINE)
            for line in jt.header_lines(column.box, column.title, column.description, _measure):
                self.text(line, jd.HEADER_TEXT)
        for row in d.rows:
            self.box(row.box, jd.HEADER_FILL, jd.GRID_LINE)
            for line in jt.header_lines(row.box, row.title, "", _measure, title_lines=4):
                self.text(line, jd.HEADER_TEXT)

    def card(self, card: jd.CardShape) -> None:
        b = card.box
        self.box(b, card.fill)
        self.box(jd.Box(b.x, b.y, jd.STRIPE, b.h), card.accent)
        if card.type not in self.icons:
            path = resource("icons", "cards", f"{card.type}.svg")
            renderer = QSvgRenderer(str(path)) if path.is_file() else None
            self.icons[card.type] = renderer if renderer is not None and renderer.isValid() else None
        icon = self.icons[card.type]
        if icon is not None and jt.shows_mark(b):
            icon.render(self.p, QRectF(b.right - jd.PAD - jd.ICON, b.y + jd.PAD, jd.ICON, jd.ICON))
        for line in jt.card_lines(card, _measure):
            self.text(line, TEXT)

    def arrow(self, arrow: jd.Arrow) -> None:
        self.line(arrow.points, jd.ARROW, 2.5)
        (x1, y1), (x2, y2) = arrow.points[-2], arrow.points[-1]
        length = math.hypot(x1 - x2, y1 - y2)
        if not arrow.head or length < 1:
            return
        ux, uy = (x1 - x2) / length, (y1 - y2) / length
        head = [QPointF(x2, y2)]
        for turn in (0.45, -0.45):
            cos, sin = math.cos(turn), math.sin(turn)
            head.append(QPointF(x2 + (ux * cos - uy * sin) * jd.HEAD, y2 + (ux * sin + uy * cos) * jd.HEAD))
        self.p.setBrush(QColor(jd.ARROW))
        self.p.drawPolygon(QPolygonF(head))

    def label(self, text: str, at: jd.Point) -> None:
        width, height = _measure(text, jd.LABEL_SIZE, False) + 6, jd.LABEL_SIZE * 1.3
        self.box(jd.Box(at[0] - width / 2, at[1] - height / 2, width, height), jd.BOARD_FILL)
        self.text(jt.Line(text, at[0], at[1] - jd.LABEL_SIZE * 0.6, jd.LABEL_SIZE, False), TEXT, centre=True)

    def handle(self, point: jd.EmotionPoint) -> None:
        self.p.setPen(QPen(QColor(jd.BOARD_FILL), 3))
        self.p.setBrush(QColor(point.colour))
        self.p.drawEllipse(QPointF(point.x, point.y), jd.HANDLE_R, jd.HANDLE_R)
        top = point.y - jd.HANDLE_R - 4 - jd.SUBTITLE_SIZE * 1.2
        self.text(jt.Line(point.text, point.x, top, jd.SUBTITLE_SIZE, True), jd.HEADER_TEXT, centre=True)

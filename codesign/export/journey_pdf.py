"""The journey board in the PDF: vector shapes and real (searchable, copyable) text drawn on the
ReportLab canvas, at a scale that keeps card titles readable on paper; a board too large for
that is cut between moments (and, if need be, between lanes) into one page per slice."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import getAscent, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from codesign.app.card_style import CARD_COLOURS, TEXT
from codesign.export import journey_drawing as jd
from codesign.export import journey_text as jt
from codesign.export.journey_paint import BoardPainter
from codesign.export.fonts import Fonts
from codesign.export.text import printable
from codesign.model.journey import Journey

MIN_TITLE_PT = 7.0  # card titles on paper at 100%
MAX_SCALE = 0.75  # a small board grows no further: 11 pt titles are plenty
KEY_SIZE = jd.TITLE_SIZE  # the key under the board: as readable as the titles it explains
LEGEND = KEY_SIZE + 12  # board units for it


def journey_flowables(journey: Journey, frame_width: float, frame_height: float, fonts: Fonts, title: str,
                      type_names: Mapping[str, str] | None = None) -> list[Flowable]:
    """The board, one flowable per page (PageBreaks between), each fitting a frame with that much
    room (its size less its padding), card titles at least MIN_TITLE_PT when the board can be cut
    so. `title` goes in the board's top-left corner, with "2/3" there when it takes pages;
    `type_names` maps card types to the names in the key under the board."""
    return drawing_flowables(jd.draw_journey(journey, type_names), frame_width, frame_height, fonts, title)


def drawing_flowables(drawing: jd.Drawing, frame_width: float, frame_height: float, fonts: Fonts,
                      title: str) -> list[Flowable]:
    """As journey_flowables, for a drawing the caller has changed (say, with names redacted)."""
    drawing = replace(drawing, title=title)
    measure = _measure(fonts)
    smallest = min((line.size for card in drawing.cards for line in _card_lines(card, measure) if line.bold),
                   default=jd.TITLE_SIZE)
    least = MIN_TITLE_PT / smallest
    slices = [drawing]
    if _fit(drawing, frame_width, frame_height) < least:
        slices = jd.split(drawing, frame_width / least, frame_height / least - LEGEND)
    # One scale for every page, so cards look the same size throughout; only a page that cannot
    # be readable anyway (a huge moment, a card parked far off) is shrunk further on its own.
    fits = [_fit(s, frame_width, frame_height) for s in slices]
    readable = [f for f in fits if f >= least - 1e-9]
    scale = min(MAX_SCALE, *readable) if readable else least
    flowables: list[Flowable] = []
    for number, part in enumerate(slices, start=1):
        if number > 1:
            flowables.append(PageBreak())
        if len(slices) > 1:
            part = replace(part, part=f"{number}/{len(slices)}")
        flowables.append(JourneyFlowable(part, min(scale, fits[number - 1]), fonts))
    return flowables


def _fit(drawing: jd.Drawing, width: float, height: float) -> float:
    return min(width / drawing.bounds.w, height / (drawing.bounds.h + LEGEND))


@lru_cache(maxsize=4)
def _measure(fonts: Fonts) -> jd.Measure:
    @lru_cache(maxsize=16384)  # boards repeat words, and every title is laid out twice
    def measure(text: str, size: float, bold: bool) -> float:
        return stringWidth(text, fonts.bold if bold else fonts.regular, size)
    return measure


def _card_lines(card: jd.CardShape, measure: jd.Measure) -> list[jt.Line]:
    at_origin = replace(card, card_id="", box=jd.Box(0.0, 0.0, card.box.w, card.box.h), moment_index=None,
                        lane_index=None)
    return [replace(line, x=line.x + card.box.x, y=line.y + card.box.y) for line in _lines(at_origin, measure)]


@lru_cache(maxsize=4096)
def _lines(card: jd.CardShape, measure: jd.Measure) -> tuple[jt.Line, ...]:
    return tuple(jt.card_lines(replace(card, title=printable(card.title), body=printable(card.body)), measure))


class JourneyFlowable(Flowable):
    """One slice of the board, `scale` points per board unit, with the key to its card types.
    Meant to start a page: given less room than that, it shrinks rather than spill."""

    def __init__(self, drawing: jd.Drawing, scale: float, fonts: Fonts) -> None:
        super().__init__()
        self.drawing, self.scale, self.fonts = drawing, scale, fonts
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # A smaller frame than promised (a padded one) shrinks the board rather than lose it.
        self.scale = min(self.scale, _fit(self.drawing, available_width, available_height))
        self.width = self.drawing.bounds.w * self.scale
        self.height = (self.drawing.bounds.h + LEGEND) * self.scale
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        bounds = self.drawing.bounds
        c.saveState()
        # Board units from here on, y down as on the canvas; text flips itself upright.
        c.translate(0, self.height)
        c.scale(self.scale, -self.scale)
        c.translate(-bounds.x, -bounds.y)
        painter = _Painter(c, self.fonts)
        painter.paint(self.drawing)
        painter.key(self.drawing, bounds.bottom + LEGEND - KEY_SIZE - 2)
        c.restoreState()


class _Painter(BoardPainter):
    def __init__(self, canvas: Canvas, fonts: Fonts) -> None:
        self.c, self.fonts, self.measure = canvas, fonts, _measure(fonts)

    def text(self, line: jt.Line, colour: str, centre: bool = False) -> None:
        font = self.fonts.bold if line.bold else self.fonts.regular
        x = line.x - (self.measure(line.text, line.size, line.bold) / 2 if centre else 0)
        out = self.c.beginText()
        out.setTextTransform(1, 0, 0, -1, x, line.y + getAscent(font, line.size))
        out.setFont(font, line.size)
        out.setFillColor(HexColor(colour))
        out.textOut(line.text)
        self.c.drawText(out)

    def box(self, box: jd.Box, fill: str | None, stroke: str | None = None, width: float = 1.0) -> None:
        c = self.c
        if fill:
            c.setFillColor(HexColor(fill))
        if stroke:
            c.setStrokeColor(HexColor(stroke))
            c.setLineWidth(width)
        c.rect(box.x, box.y, box.w, box.h, stroke=int(bool(stroke)), fill=int(bool(fill)))

    def line(self, points: tuple[jd.Point, ...], colour: str, width: float, dashed: bool = False) -> None:
        c = self.c
        c.setStrokeColor(HexColor(colour))
        c.setLineWidth(width)
        c.setLineCap(1)
        c.setLineJoin(1)
        c.setDash([5, 4] if dashed else [])
        path = c.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        c.drawPath(path, stroke=1, fill=0)
        c.setDash([])

    def headers(self, d: jd.Drawing) -> None:
        corner = jd.Box(0.0, 0.0, d.label_width, d.header_height)
        self.box(corner, jd.HEADER_FILL, jd.GRID_LINE)
        for line in jt.header_lines(corner, printable(d.title), printable(d.persona), self.measure,
                                    subtitle_lines=2 if d.part else 3):
            self.text(line, jd.HEADER_TEXT)
        if d.part:  # which page of the board this is, in the corner's free bottom right
            size = jd.TITLE_SIZE
            x = corner.right - 12 - self.measure(d.part, size, True)
            self.text(jt.Line(d.part, x, corner.bottom - 8 - size * 1.2, size, True), jd.HEADER_TEXT)
        for column in d.columns:
            self.box(column.box, jd.HEADER_FILL, jd.GRID_LINE)
            for line in jt.header_lines(column.box, printable(column.title), printable(column.description),
                                        self.measure):
                self.text(line, jd.HEADER_TEXT)
        for row in d.rows:
            self.box(row.box, jd.HEADER_FILL, jd.GRID_LINE)
            for line in jt.header_lines(row.box, printable(row.title), "", self.measure, title_lines=4):
                self.text(line, jd.HEADER_TEXT)

    def key(self, d: jd.Drawing, top: float) -> None:
        """The marks of the card types on this page, with their names: print has no tooltips."""
        order = list(CARD_COLOURS)
        shown = sorted({(c.type, c.type_name, c.fill, c.accent) for c in d.cards},
                       key=lambda t: (order.index(t[0]) if t[0] in order else len(order), t[1]))
        x = d.bounds.x
        for card_type, name, fill, accent in shown:
            name = printable(name)
            swatch = KEY_SIZE + 7  # a tiny card: fill, stripe and mark
            width = swatch + 5 + self.measure(name, KEY_SIZE, False) + 20
            if x + width > d.bounds.right:
                break
            self.box(jd.Box(x, top - 1, swatch, KEY_SIZE + 3), fill)
            self.box(jd.Box(x, top - 1, 3, KEY_SIZE + 3), accent)
            self.mark(card_type, fill, x + 5.5, top, KEY_SIZE + 1)
            self.text(jt.Line(name, x + swatch + 5, top + 0.5, KEY_SIZE, False), TEXT)
            x += width

    def card(self, card: jd.CardShape) -> None:
        b = card.box
        self.box(b, card.fill)
        self.box(jd.Box(b.x, b.y, jd.STRIPE, b.h), card.accent)
        if jt.shows_mark(b):
            self.mark(card.type, card.fill, b.right - jd.PAD - jd.ICON, b.y + jd.PAD, jd.ICON)
        for line in _card_lines(card, self.measure):
            self.text(line, TEXT)

    def mark(self, card_type: str, fill: str, x: float, y: float, size: float) -> None:
        """Each type's mark is drawn once into the file and placed by reference: small and quick."""
        name = f"codesign-mark-{card_type}-{fill[1:]}"
        if not self.c.hasForm(name):
            self.c.beginForm(name, -2, -2, 26, 26)
            _mark(self.c, card_type, fill)
            self.c.endForm()
        self.c.saveState()
        self.c.translate(x, y)
        self.c.scale(size / 24, size / 24)
        self.c.doForm(name)
        self.c.restoreState()

    def arrow(self, arrow: jd.Arrow) -> None:
        self.line(arrow.points, jd.ARROW, 2.5)
        if not arrow.head:
            return
        (x1, y1), (x2, y2) = arrow.points[-2], arrow.points[-1]
        length = math.hypot(x1 - x2, y1 - y2)
        if length < 1:
            return
        ux, uy = (x1 - x2) / length, (y1 - y2) / length
        path = self.c.beginPath()
        path.moveTo(x2, y2)
        for turn in (0.45, -0.45):
            cos, sin = math.cos(turn), math.sin(turn)
            path.lineTo(x2 + (ux * cos - uy * sin) * jd.HEAD, y2 + (ux * sin + uy * cos) * jd.HEAD)
        path.close()
        self.c.setFillColor(HexColor(jd.ARROW))
        self.c.drawPath(path, stroke=1, fill=1)

    def label(self, text: str, at: jd.Point) -> None:
        text = printable(text)
        width = self.measure(text, jd.LABEL_SIZE, False) + 6
        height = jd.LABEL_SIZE * 1.3
        self.box(jd.Box(at[0] - width / 2, at[1] - height / 2, width, height), jd.BOARD_FILL)
        self.text(jt.Line(text, at[0], at[1] - jd.LABEL_SIZE * 0.6, jd.LABEL_SIZE, False), TEXT, centre=True)

    def handle(self, point: jd.EmotionPoint) -> None:
        c = self.c
        c.setFillColor(HexColor(point.colour))
        c.setStrokeColor(HexColor(jd.BOARD_FILL))
        c.setLineWidth(3)
        c.circle(point.x, point.y, jd.HANDLE_R, stroke=1, fill=1)
        top = point.y - jd.HANDLE_R - 4 - jd.SUBTITLE_SIZE * 1.2
        self.text(jt.Line(point.text, point.x, top, jd.SUBTITLE_SIZE, True), jd.HEADER_TEXT, centre=True)


def _mark(c: Canvas, card_type: str, hole: str) -> None:
    """The card type's pictogram (resources/icons/cards/*.svg) redrawn with a few strokes in its
    24-unit box: no bitmap per card, and crisp at any zoom."""
    ink = HexColor(TEXT)
    c.setStrokeColor(ink)
    c.setFillColor(ink)
    c.setLineCap(1)
    c.setLineJoin(1)

    def poly(*points: jd.Point, close: bool = False, fill: bool = False, width: float = 2.0) -> None:
        path = c.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        if close:
            path.close()
        c.setLineWidth(width)
        c.drawPath(path, stroke=1, fill=int(fill))

    def dot(x: float, y: float, r: float, colour: object = ink) -> None:
        c.setFillColor(colour)
        c.circle(x, y, r, stroke=0, fill=1)

    if card_type == "person":
        dot(12, 7.5, 4.5)
        body = c.beginPath()
        body.moveTo(3.5, 22)
        body.curveTo(3.5, 10.7, 20.5, 10.7, 20.5, 22)
        body.close()
        c.drawPath(body, stroke=0, fill=1)
    elif card_type == "place":
        poly((5.2, 13), (12, 23), (18.8, 13), close=True, fill=True, width=1)
        dot(12, 9.5, 7.6)
        dot(12, 9.5, 3.0, HexColor(hole))
    elif card_type == "process":
        for n in range(8):
            a = n * math.pi / 4
            poly((12 + 6 * math.cos(a), 12 + 6 * math.sin(a)), (12 + 9.5 * math.cos(a), 12 + 9.5 * math.sin(a)),
                 width=3.5)
        dot(12, 12, 7.5)
        dot(12, 12, 3.2, HexColor(hole))
    elif card_type == "tool":
        poly((5, 19), (14, 10), width=4.2)
        dot(16.8, 7.2, 5.0)
        dot(19.6, 4.4, 2.6, HexColor(hole))
    elif card_type == "artifact":
        poly((5, 3), (14, 3), (19, 8), (19, 21), (5, 21), close=True)
        poly((14, 3), (14, 8), (19, 8))
        poly((8.5, 13), (15.5, 13))
        poly((8.5, 17), (15.5, 17))
    elif card_type == "digital":
        c.setLineWidth(2)
        c.roundRect(6, 2, 12, 20, 2.5, stroke=1, fill=0)
        poly((10.5, 18.5), (13.5, 18.5))
    elif card_type == "pain":
        poly((14, 1.5), (4, 13.5), (10.5, 13.5), (8.5, 22.5), (20, 9.5), (13, 9.5), close=True, fill=True, width=1)
    elif card_type == "idea":
        bulb = c.beginPath()
        bulb.moveTo(9, 15.5)
        bulb.curveTo(9, 13.3, 5.5, 11.9, 5.5, 7.9)
        bulb.curveTo(5.5, -0.8, 18.5, -0.8, 18.5, 7.9)
        bulb.curveTo(18.5, 11.9, 15, 13.3, 15, 15.5)
        bulb.close()
        c.setLineWidth(2)
        c.drawPath(bulb, stroke=1, fill=0)
        poly((9, 18.5), (15, 18.5))
        poly((10.2, 21.5), (13.8, 21.5))
    elif card_type == "quote":
        poly((11, 17), (6, 21.5), (6, 17))
        c.roundRect(3, 3, 18, 14, 2, stroke=1, fill=0)
        dot(9.2, 10.5, 2.0)
        dot(14.8, 10.5, 2.0)
    elif card_type == "question":
        c.setLineWidth(2)
        c.circle(12, 12, 10, stroke=1, fill=0)
        hook = c.beginPath()
        hook.moveTo(9.2, 9.3)
        hook.curveTo(9.6, 6.2, 14.8, 6.4, 14.8, 10.1)
        hook.curveTo(14.8, 12.2, 12, 12.7, 12, 14.3)
        c.drawPath(hook, stroke=1, fill=0)
        dot(12, 17.6, 1.3)
    elif card_type == "opportunity":
        poly((2.5, 18), (9, 11.5), (13, 15.5), (21, 7.5), width=2.4)
        poly((14.5, 7.5), (21, 7.5), (21, 14), width=2.4)

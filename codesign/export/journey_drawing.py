"""One journey's board as plain shapes in board units (the canvas's scene units, y down), so the
PDF (ReportLab) and the PNG/SVG (QtGui) draw the same picture. Free of Qt and ReportLab: text is
measured by the renderer, which passes its own `Measure` to the layout helpers at the end."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from codesign.app.card_style import CARD_COLOURS
from codesign.model import layout
from codesign.model.board import board_size
from codesign.model.enums import LaneKind
from codesign.model.journey import MAX_EMOTION, MIN_EMOTION, Journey
from codesign.words import CHANNELS, NOTE_TYPES

# The canvas's colours (codesign.canvas.style holds them as QColors).
GRID_LINE, HEADER_FILL, HEADER_TEXT = "#CBD4DE", "#EAF0F6", "#1F3B4D"
LANE_SHADE, BOARD_FILL, ARROW = "#F7F8FA", "#FFFFFF", "#44515E"
NEGATIVE, POSITIVE, NEUTRAL = "#C0392B", "#23824B", "#7A8794"
UNKNOWN_TYPE = ("#EEEEEE", "#777777")
TYPE_NAMES = {**CHANNELS, **NOTE_TYPES}  # untranslated; a caller may pass translated names

# Card and header text as the canvas lays it out (card_item.py, grid_items.py).
PAD, STRIPE, ICON = 8.0, 6.0, 18.0
TITLE_SIZE = 15.0
# (size, leading) a card title tries in turn, until it fits: the canvas's first.
TITLE_STEPS = ((TITLE_SIZE, 1.25), (TITLE_SIZE, 1.12), (14.0, 1.12), (13.0, 1.12), (12.0, 1.12))
BODY_SIZE, HEADER_SIZE, SUBTITLE_SIZE, LABEL_SIZE = 13.0, 18.0, 13.0, 14.0
TITLE_LINES, BODY_LINES = 4, 4  # a 150 x 80 card holds three title lines, four closed up
HEAD = 14.0  # arrow head length
EMOTION_MARGIN, HANDLE_R = 28.0, 11.0
LABEL_SPOTS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9)
# No card shows more than this: cutting early keeps a 20,000-character body cheap to lay out.
TITLE_CHARS, BODY_CHARS, HEADER_CHARS, LABEL_CHARS = 160, 400, 300, 60
ELLIPSIS = "\u2026"

Point = tuple[float, float]
Measure = Callable[[str, float, bool], float]  # (text, size, bold) -> width in board units


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> Point:
        return self.x + self.w / 2, self.y + self.h / 2

    def moved(self, dx: float, dy: float = 0.0) -> Box:
        return Box(self.x + dx, self.y + dy, self.w, self.h)

    def overlaps(self, other: Box) -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def united(self, other: Box) -> Box:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Box(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


@dataclass(frozen=True)
class Column:
    """A moment: its header box on top; the column runs down the whole grid."""
    title: str
    description: str
    box: Box


@dataclass(frozen=True)
class Row:
    """A lane: its label box on the left; the row runs across the whole grid."""
    title: str
    kind: str
    box: Box
    shaded: bool


@dataclass(frozen=True)
class CardShape:
    card_id: str
    box: Box
    type: str
    type_name: str
    fill: str
    accent: str
    title: str
    body: str
    moment_index: int | None  # into the whole journey's moments; None outside every moment
    lane_index: int | None


@dataclass(frozen=True)
class Arrow:
    points: tuple[Point, ...]  # x-monotone (straight, today), from source edge to target edge
    head: bool  # False when a slice cut the arrow before its target
    label: str
    label_at: Point | None  # the label's centre, where it covers no card if anywhere does


@dataclass(frozen=True)
class EmotionPoint:
    x: float
    y: float
    score: float
    text: str
    colour: str


@dataclass(frozen=True)
class Emotion:
    area: Box
    zero_y: float
    line: tuple[Point, ...]
    points: tuple[EmotionPoint, ...]


@dataclass(frozen=True)
class Drawing:
    title: str
    persona: str
    grid: Box  # headers included; (0, 0) is its top-left
    bounds: Box  # the grid and every card, even one parked outside it
    label_width: float
    header_height: float
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    cards: tuple[CardShape, ...]  # bottom first
    arrows: tuple[Arrow, ...]
    emotion: Emotion | None
    part: str = ""  # "2/3" on the second of three pages


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + ELLIPSIS


def signed(score: float) -> str:
    """+1, −1.5, 0: a real minus sign, no needless decimals (as the canvas's tooltip)."""
    text = f"{abs(score):g}"
    return f"+{text}" if score > 0 else f"\u2212{text}" if score < 0 else "0"


def score_y(score: float, top: float, height: float) -> float:
    usable = max(1.0, height - 2 * EMOTION_MARGIN)
    return top + EMOTION_MARGIN + (MAX_EMOTION - score) / (MAX_EMOTION - MIN_EMOTION) * usable


def edge_point(box: Box, towards: Point) -> Point:
    """Where the line from the box's centre to `towards` leaves the box."""
    (cx, cy), (dx, dy) = box.centre, (towards[0] - box.centre[0], towards[1] - box.centre[1])
    if dx == 0 and dy == 0:
        return cx, cy
    scale = min(box.w / 2 / abs(dx) if dx else math.inf, box.h / 2 / abs(dy) if dy else math.inf)
    return cx + dx * scale, cy + dy * scale


def label_box(label: str, centre: Point) -> Box:
    """A label's box, estimated (the renderer measures): DejaVu Sans averages ~0.6 em a character."""
    w, h = 0.6 * LABEL_SIZE * len(label) + 6, LABEL_SIZE * 1.3
    return Box(centre[0] - w / 2, centre[1] - h / 2, w, h)


def _label_spot(start: Point, end: Point, label: str, cards: list[Box]) -> Point:
    for t in LABEL_SPOTS:
        spot = start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t
        if not any(label_box(label, spot).overlaps(card) for card in cards):
            return spot
    return (start[0] + end[0]) / 2, (start[1] + end[1]) / 2


def draw_journey(journey: Journey, type_names: Mapping[str, str] | None = None) -> Drawing:
    """The board as the canvas shows it; `type_names` maps card types to (translated) names."""
    names = {**TYPE_NAMES, **(type_names or {})}
    width, height = board_size(journey)
    columns, left = [], layout.LANE_LABEL_WIDTH
    for moment in journey.moments:
        columns.append(Column(_cut(moment.title, HEADER_CHARS), _cut(moment.description, HEADER_CHARS),
                              Box(left, 0.0, moment.width, layout.HEADER_HEIGHT)))
        left += moment.width
    rows, top = [], layout.HEADER_HEIGHT
    for index, lane in enumerate(journey.lanes):
        rows.append(Row(_cut(lane.title, HEADER_CHARS), lane.kind, Box(0.0, top, layout.LANE_LABEL_WIDTH, lane.height),
                        bool(index % 2)))
        top += lane.height
    # By identity: a card not yet saved has no ids.
    moment_index = {id(m): i for i, m in enumerate(journey.moments)}
    lane_index = {id(lane): i for i, lane in enumerate(journey.lanes)}
    grid = Box(0.0, 0.0, width, height)
    bounds, cards, boxes = grid, [], {}
    for card in journey.cards:
        box = Box(*journey.card_scene_pos(card), card.width, card.height)
        fill, accent = CARD_COLOURS.get(card.type, UNKNOWN_TYPE)
        cards.append(CardShape(card.id, box, card.type, names.get(card.type, card.type), fill, accent,
                               _cut(card.title, TITLE_CHARS), _cut(card.body, BODY_CHARS),
                               moment_index.get(id(card.moment)), lane_index.get(id(card.lane))))
        boxes[id(card)] = box
        bounds = bounds.united(box)
    arrows = []
    for connector in journey.connectors:
        source, target = boxes.get(id(connector.source)), boxes.get(id(connector.target))
        if source is None or target is None:
            continue
        start, end = edge_point(source, target.centre), edge_point(target, source.centre)
        label = _cut(" ".join(connector.label.split()), LABEL_CHARS)
        spot = _label_spot(start, end, label, list(boxes.values())) if label else None
        arrows.append(Arrow((start, end), True, label, spot))
    return Drawing(journey.title, journey.persona, grid, bounds, layout.LANE_LABEL_WIDTH, layout.HEADER_HEIGHT,
                   tuple(columns), tuple(rows), tuple(cards), tuple(arrows), _emotion(journey, rows, columns))


def _emotion(journey: Journey, rows: list[Row], columns: list[Column]) -> Emotion | None:
    lane = next((r for r in rows if r.kind == LaneKind.EMOTION), None)
    if lane is None or not columns:
        return None
    top, height = lane.box.y, lane.box.h
    points = []
    for moment, column in zip(journey.moments, columns):
        score = moment.emotion
        colour = POSITIVE if score > 0 else NEGATIVE if score < 0 else NEUTRAL
        points.append(EmotionPoint(column.box.centre[0], score_y(score, top, height), score, signed(score), colour))
    area = Box(columns[0].box.x, top, columns[-1].box.right - columns[0].box.x, height)
    return Emotion(area, score_y(0.0, top, height), tuple((p.x, p.y) for p in points), tuple(points))


# -- slicing a large board into pages ---------------------------------------------------------

def split(drawing: Drawing, max_width: float, max_height: float | None = None) -> list[Drawing]:
    """Slices by whole moments so that each slice, with the lane labels repeated on its left, is
    at most `max_width` wide (a wider moment gets a slice of its own); with `max_height`, also by
    whole lanes below the repeated moment headers. Slices are as few as greedy packing needs and
    as even as possible, left to right and then top to bottom within each run of moments. Every
    card lands in exactly one slice."""
    b, g = drawing.bounds, drawing.grid
    across = _groups(_sizes([c.box.w for c in drawing.columns], g.x - b.x, b.right - g.right),
                     max_width - drawing.label_width)
    down = [(0, len(drawing.rows))]
    if max_height is not None:
        down = _groups(_sizes([r.box.h for r in drawing.rows], g.y - b.y, b.bottom - g.bottom),
                       max_height - drawing.header_height)
    if len(across) <= 1 and len(down) <= 1:
        return [drawing]
    return [_slice(drawing, columns, rows, across, down) for columns in across or [(0, 0)] for rows in down or [(0, 0)]]


def _sizes(sizes: list[float], before: float, after: float) -> list[float]:
    """Cards parked beyond the grid widen the first or last slice, which must hold them too."""
    if sizes:
        sizes[0] += before
        sizes[-1] += after
    return sizes


def _greedy(sizes: list[float], room: float) -> list[tuple[int, int]]:
    groups, start, used = [], 0, 0.0
    for i, size in enumerate(sizes):
        if i > start and used + size > room + 1e-6:
            groups.append((start, i))
            start, used = i, 0.0
        used += size
    return [*groups, (start, len(sizes))] if sizes else []


def _groups(sizes: list[float], room: float) -> list[tuple[int, int]]:
    fewest = _greedy(sizes, room)
    if len(fewest) <= 1 or len(sizes) > 100:
        return fewest
    # The smallest limit that needs no more groups evens them out (4+2 moments become 3+3).
    sums = sorted({sum(sizes[a:b]) for a in range(len(sizes)) for b in range(a + 1, len(sizes) + 1)})
    return next((g for g in (_greedy(sizes, s) for s in sums if s <= room) if len(g) == len(fewest)), fewest)


def _span(items: tuple[Column, ...] | tuple[Row, ...], group: tuple[int, int], groups: list[tuple[int, int]],
          horizontal: bool) -> tuple[float, float]:
    """The board range a group covers; the first and last reach out to anything parked beyond."""
    (first, end), boxes = group, [i.box for i in items]
    lo = -math.inf if group == groups[0] or not boxes else (boxes[first].x if horizontal else boxes[first].y)
    hi = math.inf if group == groups[-1] or not boxes else (boxes[end - 1].right if horizontal else boxes[end - 1].bottom)
    return lo, hi


def _slice(d: Drawing, across: tuple[int, int], down: tuple[int, int], all_across: list[tuple[int, int]],
           all_down: list[tuple[int, int]]) -> Drawing:
    (c0, c1), (r0, r1) = across, down
    x0, x1 = _span(d.columns, across, all_across, True) if d.columns else (-math.inf, math.inf)
    y0, y1 = _span(d.rows, down, all_down, False) if d.rows else (-math.inf, math.inf)
    dx = d.label_width - d.columns[c0].box.x if d.columns else 0.0
    dy = d.header_height - d.rows[r0].box.y if d.rows else 0.0

    def mine(index: int | None, lo: float, hi: float, start: int, end: int, centre: float) -> bool:
        return start <= index < end if index is not None else lo <= centre < hi

    def inside(x: float, y: float) -> bool:
        return x0 <= x < x1 and y0 <= y < y1

    columns = tuple(replace(c, box=c.box.moved(dx)) for c in d.columns[c0:c1])
    rows = tuple(replace(r, box=r.box.moved(0.0, dy)) for r in d.rows[r0:r1])
    cards = tuple(replace(c, box=c.box.moved(dx, dy)) for c in d.cards
                  if mine(c.moment_index, x0, x1, c0, c1, c.box.centre[0])
                  and mine(c.lane_index, y0, y1, r0, r1, c.box.centre[1]))
    grid = Box(0.0, 0.0, d.label_width + sum(c.box.w for c in columns), d.header_height + sum(r.box.h for r in rows))
    bounds = grid
    for card in cards:
        bounds = bounds.united(card.box)
    arrows = []
    for arrow in d.arrows:
        points = _clip(arrow.points, x0, x1, y0, y1)
        if len(points) > 1:
            at = arrow.label_at if arrow.label_at and inside(*arrow.label_at) else None
            arrows.append(Arrow(tuple((x + dx, y + dy) for x, y in points), arrow.head and points[-1] == arrow.points[-1],
                                arrow.label if at else "", (at[0] + dx, at[1] + dy) if at else None))
    emotion, e = None, d.emotion
    if e is not None and y0 <= e.area.y < y1:
        emotion = Emotion(Box(d.label_width, e.area.y + dy, grid.w - d.label_width, e.area.h), e.zero_y + dy,
                          tuple((x + dx, y + dy) for x, y in _clip(e.line, x0, x1, -math.inf, math.inf)),
                          tuple(replace(p, x=p.x + dx, y=p.y + dy) for p in e.points if x0 <= p.x < x1))
    return replace(d, grid=grid, bounds=bounds, columns=columns, rows=rows, cards=cards, arrows=tuple(arrows),
                   emotion=emotion)


def _clip(points: tuple[Point, ...], x0: float, x1: float, y0: float, y1: float) -> list[Point]:
    """The part of a polyline inside the rectangle (Liang-Barsky on each segment); enough for
    straight arrows and the x-monotone emotion curve, whose inside parts are contiguous."""
    out: list[Point] = []
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        t0, t1 = 0.0, 1.0
        for p, q in ((ax - bx, ax - x0), (bx - ax, x1 - ax), (ay - by, ay - y0), (by - ay, y1 - ay)):
            if p == 0:
                t0, t1 = (t0, t1) if q >= 0 else (1.0, 0.0)
            elif p < 0:
                t0 = max(t0, q / p)
            else:
                t1 = min(t1, q / p)
        if t0 > t1:
            continue
        for t in (t0, t1):
            point = (ax, ay) if t == 0.0 else (bx, by) if t == 1.0 else (ax + (bx - ax) * t, ay + (by - ay) * t)
            if not out or out[-1] != point:
                out.append(point)
    return out

"""The order a board is drawn in, shared by the PDF and the picture renderers: each supplies the
strokes (box, line, text) and the shapes (card, arrow, handle, headers, label)."""

from __future__ import annotations

from codesign.export import journey_drawing as jd


class BoardPainter:
    def box(self, box: jd.Box, fill: str | None, stroke: str | None = None) -> None:
        raise NotImplementedError

    def line(self, points: tuple[jd.Point, ...], colour: str, width: float, dashed: bool = False) -> None:
        raise NotImplementedError

    def arrow(self, arrow: jd.Arrow) -> None:
        raise NotImplementedError

    def card(self, card: jd.CardShape) -> None:
        raise NotImplementedError

    def handle(self, point: jd.EmotionPoint) -> None:
        raise NotImplementedError

    def headers(self, d: jd.Drawing) -> None:
        raise NotImplementedError

    def label(self, text: str, at: jd.Point) -> None:
        raise NotImplementedError

    def paint(self, d: jd.Drawing) -> None:
        """Grid, emotion curve, arrows under the cards, then headers and arrow labels on top."""
        self.grid(d)
        e = d.emotion
        if e is not None and e.line:  # a page may hold the lane but none of the curve
            self.line(((e.area.x, e.zero_y), (e.area.right, e.zero_y)), jd.NEUTRAL, 1.0, dashed=True)
            if len(e.line) > 1:
                self.line(e.line, jd.HEADER_TEXT, 3.0)
        for arrow in d.arrows:
            self.arrow(arrow)
        for card in d.cards:
            self.card(card)
        for point in e.points if e is not None else ():
            self.handle(point)
        self.headers(d)
        for arrow in d.arrows:
            if arrow.label_at is not None:
                self.label(arrow.label, arrow.label_at)

    def grid(self, d: jd.Drawing) -> None:
        g = d.grid
        self.box(g, jd.BOARD_FILL)
        for row in d.rows:
            if row.shaded:
                self.box(jd.Box(g.x, row.box.y, g.w, row.box.h), jd.LANE_SHADE)
        for x in [c.box.x for c in d.columns] + [g.right]:
            self.line(((x, g.y), (x, g.bottom)), jd.GRID_LINE, 1.0)
        for row in d.rows:
            self.line(((g.x, row.box.bottom), (g.right, row.box.bottom)), jd.GRID_LINE, 1.0)

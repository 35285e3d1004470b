"""The look of the PDF report: page geometry, one accent colour, type scale, table rules.

Calm and printable: dark text on white, a single blue accent that turns into a clear dark grey
when printed in greyscale, light rules instead of boxes. Every style uses the embedded DejaVu
family (see fonts.py), never a built-in Latin-1 font.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from codesign.export.fonts import Fonts

PAGE_SIZES = {"A4": A4, "Letter": LETTER}

INK = colors.HexColor("#1D2329")
MUTED = colors.HexColor("#5B6670")
RULE = colors.HexColor("#C9D0D6")
ACCENT = colors.HexColor("#1F5F8B")
ACCENT_LIGHT = colors.HexColor("#A9C8DF")
TINT = colors.HexColor("#EEF3F7")
PAPER = colors.white
# Groups in charts: dark and light first (customers and staff must differ in greyscale too).
GROUP_COLOURS = {
    "customer": ACCENT,
    "staff": ACCENT_LIGHT,
    "facilitator": colors.HexColor("#6F7780"),
    "observer": colors.HexColor("#D5DADF"),
}
# Text on top of each group's bar: white on the dark ones.
GROUP_TEXT = {"customer": PAPER, "staff": INK, "facilitator": PAPER, "observer": INK}


@dataclass(frozen=True)
class Geometry:
    """Margins of a portrait page and a landscape page, in points."""

    side: float = 22 * mm
    top: float = 24 * mm
    bottom: float = 22 * mm
    landscape_side: float = 14 * mm
    landscape_top: float = 18 * mm
    landscape_bottom: float = 16 * mm


GEOMETRY = Geometry()


class Styles:
    """Paragraph and table styles, made once per export for the registered fonts."""

    def __init__(self, fonts: Fonts) -> None:
        self.fonts = fonts
        regular, bold = fonts.regular, fonts.bold

        def style(name: str, **kw: object) -> ParagraphStyle:
            base = dict(fontName=regular, fontSize=9.5, leading=13.5, textColor=INK, alignment=TA_LEFT,
                        splitLongWords=1, allowWidows=0, allowOrphans=0)
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.body = style("body", spaceAfter=6)
        self.body_tight = style("body_tight")
        self.small = style("small", fontSize=8, leading=11, textColor=MUTED)
        self.note = style("note", fontSize=8.5, leading=12, textColor=MUTED, spaceBefore=2, spaceAfter=8)
        self.kicker = style("kicker", fontName=bold, fontSize=9, leading=12, textColor=ACCENT, spaceAfter=10)
        self.cover_title = style("cover_title", fontName=bold, fontSize=28, leading=34, spaceAfter=14)
        self.lead = style("lead", fontSize=12.5, leading=18, spaceAfter=18)
        self.h1 = style("h1", fontName=bold, fontSize=19, leading=24, textColor=ACCENT, spaceAfter=6,
                        keepWithNext=1)
        # Headings followed by a table do not keep with it (a table that does not fit the rest of
        # the page would jump whole to the next): a CondPageBreak before them keeps them off the foot.
        self.h2 = style("h2", fontName=bold, fontSize=13, leading=17, spaceBefore=16, spaceAfter=6)
        self.h3 = style("h3", fontName=bold, fontSize=10.5, leading=14, spaceBefore=10, spaceAfter=4)
        self.label = style("label", fontName=bold, fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=6,
                           spaceAfter=1, keepWithNext=1)
        self.cell = style("cell", fontSize=8.5, leading=11.5)
        self.cell_bold = style("cell_bold", fontName=bold, fontSize=8.5, leading=11.5)
        self.cell_small = style("cell_small", fontSize=7.5, leading=10, textColor=MUTED)
        self.cell_right = style("cell_right", fontSize=8.5, leading=11.5, alignment=TA_RIGHT)
        self.head = style("head", fontName=bold, fontSize=7.5, leading=10, textColor=MUTED)
        self.cell_label = style("cell_label", fontName=bold, fontSize=7.5, leading=11.5, textColor=MUTED)
        self.head_right = style("head_right", fontName=bold, fontSize=7.5, leading=10, textColor=MUTED,
                                alignment=TA_RIGHT)
        self.fact_label = style("fact_label", fontName=bold, fontSize=8.5, leading=14, textColor=MUTED)
        self.fact = style("fact", fontSize=10, leading=14)
        self.toc = [style("toc0", fontName=bold, fontSize=10.5, leading=14, spaceBefore=8),
                    style("toc1", fontSize=9.5, leading=13, leftIndent=14, spaceBefore=1, textColor=INK)]

    def table(self, *, header: bool = True, right_from: int | None = None, zebra: bool = False,
              rows: int = 0) -> TableStyle:
        """Light rules between rows, a ruled header, no vertical lines."""
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ]
        if header:
            commands += [("LINEBELOW", (0, 0), (-1, 0), 0.9, MUTED), ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
        if right_from is not None:
            commands.append(("ALIGN", (right_from, 0), (-1, -1), "RIGHT"))
        if zebra:
            for row in range(1 if header else 0, rows, 2):
                commands.append(("BACKGROUND", (0, row), (-1, row), TINT))
        return TableStyle(commands)

"""Shared pieces of the report: what every section gets (`Report`), headings that carry their
bookmark, small tables, and hand-drawn horizontal bars with their numbers written on them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import count
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from codesign.export.fonts import Fonts
from codesign.export.pdf_document import fit
from codesign.export.pdf_styles import GROUP_COLOURS, GROUP_TEXT, INK, MUTED, RULE, Styles
from codesign.export.pdf_words import GROUPS_PLURAL, Words
from codesign.model.enums import RoundStatus
from codesign.model.results import RoundResults, combined_results, round_results
from codesign.model.vote_rules import counts_visible
from codesign.model.voting import VotingRound
from codesign.model.workshop import Workshop

HEADING_LIMIT = 200  # characters of user text in a heading
TOC_LIMIT = 120


@dataclass
class Report:
    """Everything a section needs to build its flowables."""

    workshop: Workshop
    words: Words
    styles: Styles
    fonts: Fonts
    anonymise: bool
    frame: tuple[float, float]  # width and height of a portrait page's frame
    board: tuple[float, float]  # the same for a landscape page
    tick: Callable[[], None]  # one step done (and the chance to cancel)
    _keys: count = field(default_factory=count)
    _results: dict[tuple[str, ...], RoundResults] = field(default_factory=dict)

    def key(self, prefix: str) -> str:
        return f"{prefix}{next(self._keys)}"

    def counted_rounds(self) -> list[VotingRound]:
        """The rounds whose dots count: opened at least once, and not hiding their counts."""
        return [r for r in self.workshop.voting_rounds if r.status != RoundStatus.DRAFT and counts_visible(r)]

    def results(self, rounds: Sequence[VotingRound]) -> RoundResults:
        """One round's results, or several rounds' added up; counted once (the cover shares them)."""
        ids = tuple(r.id for r in rounds)
        if ids not in self._results:
            self._results[ids] = round_results(rounds[0]) if len(rounds) == 1 else combined_results(rounds)
        return self._results[ids]


class Heading(Paragraph):
    """A heading that puts itself into the outline (and the contents) where it is drawn."""

    def __init__(self, markup: str, style: object, *, key: str, title: str, level: int, toc: bool = True,
                 toc_markup: str | None = None) -> None:
        super().__init__(markup, style)
        self.key, self.title, self.level, self.toc = key, title, level, toc
        self.toc_markup = toc_markup if toc_markup is not None else markup

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = super().split(avail_width, avail_height)
        if parts:  # only the first part carries the bookmark
            first = parts[0]
            first.key, first.title, first.level, first.toc, first.toc_markup = (
                self.key, self.title, self.level, self.toc, self.toc_markup)
        return parts


def section_heading(report: Report, title: str, *, toc: bool = True) -> Heading:
    """A top-level section (fixed, translated title)."""
    return Heading(escape(title), report.styles.h1, key=report.key("s"), title=title, level=0, toc=toc)


def user_heading(report: Report, style: object, prefix: str, text: str, *, level: int = 1,
                 toc: bool = True) -> Heading:
    """A heading naming something the user wrote, e.g. "Round 1: <question>"; prefix is plain text."""
    words = report.words
    markup = escape(prefix) + words.p(text, HEADING_LIMIT)
    outline = (prefix + words.plain(text, TOC_LIMIT)).strip() or prefix.strip()
    return Heading(markup, style, key=report.key("h"), title=outline, level=level, toc=toc,
                   toc_markup=escape(prefix) + words.p(text, TOC_LIMIT))


def facts(report: Report, rows: Sequence[tuple[str, str]], label_width: float = 80, *, small: bool = False) -> Table:
    """Label and value pairs (both already markup), ruled lightly."""
    s = report.styles
    label_style, value_style = (s.cell_label, s.cell) if small else (s.fact_label, s.fact)
    data = [[Paragraph(label, label_style), Paragraph(value, value_style)] for label, value in rows]
    table = Table(data, colWidths=(label_width, report.frame[0] - label_width), hAlign="LEFT")
    table.setStyle(s.table(header=False))
    # Paragraphs put their first baseline one ascent below the top: lower the smaller label to match.
    drop = (getAscentDescent(value_style.fontName, value_style.fontSize)[0]
            - getAscentDescent(label_style.fontName, label_style.fontSize)[0])
    table.setStyle([("TOPPADDING", (0, 0), (0, -1), 3.5 + drop)])
    return table


def bars(report: Report, rows: Sequence[tuple[str, str, dict[str, int]]], groups: Sequence[str], width: float, *,
         label_share: float = 0.42, legend: bool = True) -> Drawing:
    """Stacked horizontal bars, one row per (label, counts by group): each segment labelled with
    its number, the total at the end, and a legend, so colour is never the only cue."""
    """Rows are (rank, label, counts by group)."""
    fonts, words = report.fonts, report.words
    row_h, bar_h, top_pad = 19.0, 12.0, (18.0 if legend else 2.0)
    rank_w = max((stringWidth(rank, fonts.bold, 8) for rank, _l, _c in rows), default=0) + 8
    label_w = width * label_share
    total_w = 26.0
    bar_w = width - label_w - total_w - 8
    largest = max((sum(c.values()) for _r, _label, c in rows), default=0) or 1
    height = top_pad + row_h * len(rows) + 2
    d = Drawing(width, height)
    if legend:
        x = label_w
        for group in groups:
            d.add(Rect(x, height - 10, 9, 9, fillColor=GROUP_COLOURS.get(group, MUTED), strokeColor=INK,
                       strokeWidth=0.3))
            name = words.word(GROUPS_PLURAL, group)
            d.add(String(x + 13, height - 8.5, name, fontName=fonts.regular, fontSize=7.5, fillColor=INK))
            x += 13 + stringWidth(name, fonts.regular, 7.5) + 14
    for i, (rank, label, counts) in enumerate(rows):
        y = height - top_pad - (i + 1) * row_h + (row_h - bar_h) / 2
        d.add(String(0, y + 3, rank, fontName=fonts.bold, fontSize=8, fillColor=INK))
        d.add(String(rank_w, y + 3, fit(label, fonts.regular, 8, label_w - rank_w - 8), fontName=fonts.regular,
                     fontSize=8, fillColor=INK))
        x = label_w
        d.add(Rect(label_w, y, bar_w, bar_h, fillColor=None, strokeColor=RULE, strokeWidth=0.3))
        for group in groups:
            n = counts.get(group, 0)
            if not n:
                continue
            w = bar_w * n / largest
            d.add(Rect(x, y, w, bar_h, fillColor=GROUP_COLOURS.get(group, MUTED), strokeColor=INK,
                       strokeWidth=0.3))
            text = str(n)
            if stringWidth(text, fonts.bold, 7) + 4 <= w:
                d.add(String(x + w / 2, y + 3.2, text, fontName=fonts.bold, fontSize=7, textAnchor="middle",
                             fillColor=GROUP_TEXT.get(group, INK)))
            x += w
        d.add(String(label_w + bar_w + 6, y + 3, str(sum(counts.values())), fontName=fonts.bold, fontSize=8,
                     fillColor=INK))
    return d


def meter(value: int, largest: int, width: float, colour: object, under: int = 0) -> Drawing:
    """A small bar for a table cell: `under` drawn light, `value` dark on top of it."""
    d = Drawing(width, 9)
    scale = width / (largest or 1)
    d.add(Rect(0, 1, width, 7, fillColor=None, strokeColor=RULE, strokeWidth=0.3))
    if under:
        d.add(Rect(0, 1, under * scale, 7, fillColor=GROUP_COLOURS["staff"], strokeColor=None))
    if value:
        d.add(Rect(0, 1, value * scale, 7, fillColor=colour, strokeColor=None))
    return d


def muted(text: str) -> str:
    """Markup for secondary text inside a paragraph (text already markup)."""
    return f'<font color="#5B6670">{text}</font>'

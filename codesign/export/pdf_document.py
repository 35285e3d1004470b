"""The report's page machinery: portrait and landscape templates, the running header and the
"Page X of Y" footer, the outline (bookmarks), the contents page and the metadata.

One layout pass: the numbers nobody knows until the end (the page count, the page each contents
line points to) are PDF form XObjects that pages use at once and that are filled in just before
the file is saved. So there is no second pass, and the bookmarks stay on the right pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from reportlab.lib.pagesizes import landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table

from codesign.export.pdf_styles import ACCENT, GEOMETRY, INK, MUTED, RULE, Styles

COVER, PORTRAIT, LANDSCAPE = "cover", "portrait", "landscape"
FOOTER_SIZE = 7.5


class Mark(Flowable):
    """A zero-size point in the story: a bookmark (and a contents line) for what follows it."""

    _ZEROSIZE = 1

    def __init__(self, key: str, title: str, level: int, *, toc: bool = True, toc_markup: str = "") -> None:
        super().__init__()
        self.key, self.title, self.level, self.toc = key, title, level, toc
        self.toc_markup = toc_markup  # escaped text for the contents (title is plain, for the outline)
        self.width = self.height = 0

    def wrap(self, _w: float, _h: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def marks(story: Iterable[Flowable]) -> list[Flowable]:
    """Every flowable that carries a bookmark, in story order (into KeepTogether groups too)."""
    found: list[Flowable] = []
    for flowable in story:
        if getattr(flowable, "toc_markup", None) is not None and getattr(flowable, "key", None):
            found.append(flowable)
        inner = getattr(flowable, "_content", None)
        if isinstance(inner, list):
            found += marks(inner)
    return found


class ContentsSlot(Flowable):
    """Where the contents go: filled in once the whole story (and so every heading) is known."""

    def wrap(self, _w: float, _h: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _Later(Flowable):
    """Draws a form that is only filled in when the document is saved (a page number)."""

    def __init__(self, form: str, height: float, baseline: float) -> None:
        super().__init__()
        self.form, self.height, self.baseline = form, height, baseline

    def wrap(self, available_width: float, _h: float) -> tuple[float, float]:
        self.width = available_width
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(self.width, self.baseline)
        self.canv.doForm(self.form)
        self.canv.restoreState()


class _Canvas(Canvas):
    """A canvas that lets the template fill in its late forms just before saving."""

    def __init__(self, *args: Any, before_save: Callable[[Canvas], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._before_save = before_save

    def save(self) -> None:
        self._before_save(self)
        super().save()


class ReportTemplate(BaseDocTemplate):
    """Cover, portrait and landscape pages; header and footer on all but the cover."""

    def __init__(self, target: Any, *, pagesize: tuple[float, float], styles: Styles, header: str, footer: str,
                 page_label: Callable[[int, int], str], on_flowable: Callable[[], None], on_page: Callable[[], None],
                 **meta: Any) -> None:
        g = GEOMETRY
        tall, wide = portrait(pagesize), landscape(pagesize)
        super().__init__(target, pagesize=tall, leftMargin=g.side, rightMargin=g.side, topMargin=g.top,
                         bottomMargin=g.bottom, **meta)
        self.styles, self.header, self.footer, self.on_flowable = styles, header, footer, on_flowable
        self.page_label, self.on_page = page_label, on_page
        self.section = ""  # the latest top-level heading drawn, for the running header
        self.pages: dict[str, int] = {}  # bookmark key → page
        self._footers: list[tuple[int, float]] = []  # (page, font size) of each "Page X of Y"
        self._toc_keys: dict[str, int] = {}  # bookmark key → level, for the contents' page numbers

        def frame(ident: str, x: float, y: float, w: float, h: float) -> Frame:
            return Frame(x, y, w, h, id=ident, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        body = frame("body", g.side, g.bottom, tall[0] - 2 * g.side, tall[1] - g.top - g.bottom)
        cover = frame("cover", g.side, g.bottom, tall[0] - 2 * g.side, tall[1] - g.bottom - 30 * mm)
        board = frame("board", g.landscape_side, g.landscape_bottom, wide[0] - 2 * g.landscape_side,
                      wide[1] - g.landscape_top - g.landscape_bottom)
        self.portrait_frame = (body._width, body._height)
        self.landscape_frame = (board._width, board._height)
        self.addPageTemplates([
            PageTemplate(COVER, [cover], onPage=self._cover_page, pagesize=tall, autoNextPageTemplate=PORTRAIT),
            PageTemplate(PORTRAIT, [body], onPageEnd=self._chrome, pagesize=tall),
            PageTemplate(LANDSCAPE, [board], onPageEnd=self._chrome, pagesize=wide),
        ])

    def start_with(self, template: str) -> None:
        """The first page's template (the first section's)."""
        self.pageTemplates.sort(key=lambda t: t.id != template)

    def build_report(self, story: list[Flowable]) -> None:
        story = [self.contents(story) if isinstance(f, ContentsSlot) else f for f in story]
        self.build(story, canvasmaker=lambda *a, **k: _Canvas(*a, before_save=self._fill_forms, **k))

    # -- chrome ---------------------------------------------------------------------------

    def _cover_page(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        width, height = canv._pagesize
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, height - 12, width, 12, stroke=0, fill=1)
        canv.restoreState()

    def _chrome(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        """Header and footer, drawn when the page is done, so the header names the section the
        page ends in."""
        width, height = canv._pagesize
        wide = width > height
        side = GEOMETRY.landscape_side if wide else GEOMETRY.side
        top = GEOMETRY.landscape_top if wide else GEOMETRY.top
        bottom = GEOMETRY.landscape_bottom if wide else GEOMETRY.bottom
        regular = self.styles.fonts.regular
        canv.saveState()
        canv.setFillColor(MUTED)
        canv.setFont(regular, FOOTER_SIZE)
        header_y = height - top + 9
        room = width - 2 * side
        section = fit(self.section, regular, FOOTER_SIZE, room * 0.4)
        canv.drawRightString(width - side, header_y + 4, section)
        canv.drawString(side, header_y + 4, fit(self.header, regular, FOOTER_SIZE,
                                                room - stringWidth(section, regular, FOOTER_SIZE) - 24))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(side, header_y, width - side, header_y)
        canv.drawString(side, bottom - 16, fit(self.footer, regular, FOOTER_SIZE, room * 0.6))
        canv.translate(width - side, bottom - 16)
        canv.doForm(f"pageof{self.page}")
        canv.restoreState()
        self._footers.append((self.page, FOOTER_SIZE))

    def _fill_forms(self, canv: Canvas) -> None:
        """The numbers known only now: "Page X of Y" and each contents line's page."""
        regular, bold = self.styles.fonts.regular, self.styles.fonts.bold
        total = self.page
        for page, size in self._footers:
            self._number_form(canv, f"pageof{page}", self.page_label(page, total), regular, size, MUTED)
        for key in self._toc_keys:
            level = self._toc_keys[key]
            style = self.styles.toc[min(level, len(self.styles.toc) - 1)]
            self._number_form(canv, f"toc{key}", str(self.pages.get(key, "")), bold if level == 0 else regular,
                              style.fontSize, INK)

    @staticmethod
    def _number_form(canv: Canvas, name: str, text: str, font: str, size: float, colour: object) -> None:
        canv.beginForm(name, lowerx=-400, lowery=-size, upperx=2, uppery=2 * size)
        canv.setFont(font, size)
        canv.setFillColor(colour)
        canv.drawRightString(0, 0, text)
        canv.endForm()

    # -- outline and contents -------------------------------------------------------------

    def contents(self, story: list[Flowable]) -> Table:
        """The contents: one line per bookmark meant for it, its page number filled in at the end."""
        styles = self.styles.toc
        entries = [f for f in marks(story) if f.toc]
        self._toc_keys = {f.key: f.level for f in entries}
        rows, commands = [], []
        for row, entry in enumerate(entries):
            style = styles[min(entry.level, len(styles) - 1)]
            text = f'<a href="#{entry.key}">{entry.toc_markup}</a>'
            rows.append([Paragraph(text, style), _Later(f"toc{entry.key}", style.leading,
                                                        style.leading - style.fontSize)])
            if entry.level == 0 and row:
                commands.append(("TOPPADDING", (0, row), (-1, row), style.spaceBefore))
        width = min(self.portrait_frame[0], 380)  # not too wide a gap between a line and its number
        table = Table(rows or [[Paragraph("", styles[0]), ""]], colWidths=(width - 40, 40), hAlign="LEFT")
        table.setStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3), *commands])
        return table

    def beforeDocument(self) -> None:  # noqa: N802 - ReportLab's name
        self.section = ""

    def afterPage(self) -> None:  # noqa: N802 - ReportLab's name
        self.on_page()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        self.on_flowable()
        if getattr(flowable, "key", None) and getattr(flowable, "toc_markup", None) is not None:
            if flowable.level == 0:
                self.section = flowable.title
            self.pages[flowable.key] = self.page
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.title, flowable.key, flowable.level, closed=flowable.level > 0)


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis so that it fits `width`."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"

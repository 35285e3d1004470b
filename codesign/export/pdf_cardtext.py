"""A card's text in the appendix, laid out without Paragraph: a workshop may hold thousands of
cards, and ReportLab's Paragraph (markup parser, general line breaker) costs about a millisecond
each. Plain text needs neither: words are measured once (cached), wrapped greedily, and drawn
with one text object per card. Nothing is parsed, so the user's "<b>" is just text."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from codesign.export.fonts import Fonts
from codesign.export.pdf_styles import INK, MUTED

TITLE_SIZE, META_SIZE, BODY_SIZE, LEADING, INDENT = 9.0, 7.5, 8.5, 12.5, 10.0
SPACE_BEFORE, SPACE_AFTER = 4.0, 1.0

Run = tuple[float, str, str, float, Color]  # x, text, font, size, colour
Line = list[Run]


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


class _Wrapper:
    """Greedy word wrap into lines of runs (consecutive words of one style share a run)."""

    def __init__(self, width: float) -> None:
        self.width = width
        self.lines: list[Line] = [[]]
        self.x = 0.0  # where the next word goes on the current line
        self.left = 0.0  # where a new line starts

    def newline(self, left: float | None = None) -> None:
        if left is not None:
            self.left = left
        self.lines.append([])
        self.x = self.left

    def add(self, text: str, font: str, size: float, colour: Color, gap: float | None = None) -> None:
        """Adds the words of `text`; `gap` is the space before the first word (a space by default)."""
        space = _width(" ", font, size)
        for n, word in enumerate(text.split(" ")):
            if not word:
                continue
            before = (space if gap is None or n else gap) if self.lines[-1] else 0.0
            width = _width(word, font, size)
            if self.x + before + width > self.width and self.lines[-1]:
                self.newline()
                before = 0.0
            while width > self.width - self.x:  # a word longer than the line: cut it where it must
                head = self._fit(word, font, size, self.width - self.x)
                self._put(head, font, size, colour, before)
                word, before = word[len(head):], 0.0
                width = _width(word, font, size)
                self.newline()
            self._put(word, font, size, colour, before)

    def _put(self, word: str, font: str, size: float, colour: Color, before: float) -> None:
        line = self.lines[-1]
        if line and before and line[-1][2] == font and line[-1][3] == size and line[-1][4] is colour and \
                abs(before - _width(" ", font, size)) < 1e-6:
            x, text, *style = line[-1]
            line[-1] = (x, text + " " + word, *style)
        else:
            line.append((self.x + before, word, font, size, colour))
        self.x += before + _width(word, font, size)

    @staticmethod
    def _fit(word: str, font: str, size: float, room: float) -> str:
        low, high = 1, len(word)
        while low < high:
            mid = (low + high + 1) // 2
            if stringWidth(word[:mid], font, size) <= room:
                low = mid
            else:
                high = mid - 1
        return word[:low]


class CardText(Flowable):
    """Title in bold, lane and type small beside it, the card's text below, indented."""

    def __init__(self, fonts: Fonts, title: str, meta: str, body: str, *, lines: list[Line] | None = None,
                 first: bool = True) -> None:
        super().__init__()
        self.fonts, self.title, self.meta, self.body = fonts, title, meta, body
        self._lines, self._laid_for = lines, None if lines is None else -1.0
        self.first = first

    def _layout(self, width: float) -> list[Line]:
        f = self.fonts
        out = _Wrapper(width)
        out.add(self.title, f.bold, TITLE_SIZE, INK)
        if self.meta:
            out.add(self.meta, f.regular, META_SIZE, MUTED, gap=_width("\u2002", f.regular, TITLE_SIZE))
        for paragraph in self.body.split("\n") if self.body else []:
            out.newline(INDENT)
            out.add(paragraph, f.regular, BODY_SIZE, INK)
        return [line for line in out.lines if line] or [[]]

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        if self._laid_for is None or (self._laid_for >= 0 and self._laid_for != available_width):
            self._lines, self._laid_for = self._layout(available_width), available_width
        self.width, self.height = available_width, len(self._lines) * LEADING
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        fits = int((available_height - self.getSpaceBefore()) // LEADING)
        if fits < 2 or fits >= len(self._lines):
            return []
        return [CardText(self.fonts, "", "", "", lines=self._lines[:fits], first=self.first),
                CardText(self.fonts, "", "", "", lines=self._lines[fits:], first=False)]

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab's name
        return SPACE_BEFORE if self.first else 0.0

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab's name
        return SPACE_AFTER

    def draw(self) -> None:
        text = self.canv.beginText()
        font = colour = None
        for number, line in enumerate(self._lines):
            baseline = self.height - (number + 1) * LEADING + LEADING * 0.26
            for x, words, face, size, ink in line:
                if (face, size) != font:
                    text.setFont(face, size)
                    font = (face, size)
                if ink is not colour:
                    text.setFillColor(ink)
                    colour = ink
                text.setTextOrigin(x, baseline)
                text.textOut(words)
        self.canv.drawText(text)

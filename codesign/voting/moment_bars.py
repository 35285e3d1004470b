"""Which moment hurts most: per moment, a bar for all its dots and one for the dots on pain
notes, painted in one pass. The moment that hurts most is marked in words, not only colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from codesign.app.theme import Theme, current_theme, follow_theme

BAR_H, GAP, ROW_PAD = 16, 4, 10
# The theme's colours by the names painting uses. Bars are ≥ 3:1 on the window: they read as
# shapes; texts are ≥ 4.5:1 on the window and on the highlighted row (tests check both themes).
ROLES = {"ALL_DOTS": "bar_all", "PAIN_DOTS": "pain", "TEXT": "text", "MUTED": "muted", "HIGHLIGHT": "pain_row"}


def colours(theme: Theme) -> dict[str, QColor]:
    return {name: QColor(getattr(theme, role)) for name, role in ROLES.items()}


def __getattr__(name: str) -> QColor:
    """moment_bars.PAIN_DOTS and the like: the current theme's colour."""
    if name in ROLES:
        return QColor(getattr(current_theme(), ROLES[name]))
    raise AttributeError(name)


class MomentBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Dots per moment"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.rows: list[tuple[str, str, int, int]] = []  # (moment id, title, all dots, pain dots)
        self.largest: str | None = None  # the moment that hurts most, None when no dots at all
        self.by_pain = False  # whether `largest` has the most pain dots, or (no pain dots) the most dots
        self._colours: dict[str, QColor] = {}
        follow_theme(self, self._set_colours)

    def _set_colours(self, theme: Theme) -> None:
        self._colours = colours(theme)
        self.update()

    def set_rows(self, rows: list[tuple[str, str, int, int]]) -> None:
        self.rows = list(rows)
        # Most dots on pain notes hurts most; with no pain dots at all, the most dots overall.
        self.by_pain = any(r[3] for r in rows)
        key = 3 if self.by_pain else 2
        top = max(rows, key=lambda r: r[key], default=None)
        self.largest = top[0] if top is not None and top[key] > 0 else None
        self.setAccessibleDescription("\n".join(
            self.row_text(r) + (" – " + self.mark() if r[0] == self.largest else "") for r in rows))
        self.updateGeometry()
        self.update()

    def row_text(self, row: tuple[str, str, int, int]) -> str:
        _id, title, total, pain = row
        return self.tr("{moment}: {dots}, {pain}").format(
            moment=title, dots=self.tr("%n dot(s)", "", total), pain=self.tr("%n on pain points", "", pain))

    def row_height(self) -> int:
        return max(2 * BAR_H + GAP, round(QFontMetricsF(self.font()).height())) + 2 * ROW_PAD

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(480, self.legend_height() + max(1, len(self.rows)) * self.row_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, self.sizeHint().height())

    def legend_height(self) -> int:
        return round(QFontMetricsF(self.font()).height()) + 12

    def _texts(self, row: tuple[str, str, int, int]) -> list[str]:
        return [self.tr("%n dot(s)", "", row[2]), self.tr("%n on pain points", "", row[3])]

    def mark(self) -> str:
        return self.tr("Hurts most") if self.by_pain else self.tr("Most dots")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        c = self._colours
        width = self.width()
        bold = QFont(self.font())
        bold.setBold(True)
        longest = max((QFontMetricsF(bold).horizontalAdvance(r[1]) for r in self.rows), default=0.0)
        label_w = min(width * 0.42, longest + 16)
        bar_x = label_w + 12
        most = max((r[2] for r in self.rows), default=0) or 1
        texts = [self._texts(r) for r in self.rows]
        # The longest bars that still leave room for their numbers after them.
        number = QFontMetricsF(self._small_font(True))
        room = width - bar_x - 12
        bar_w = min([room] + [(room - number.horizontalAdvance(t)) * most / v
                              for r, ts in zip(self.rows, texts) for v, t in zip(r[2:], ts) if v])
        bar_w = max(40.0, bar_w)
        self._paint_legend(painter, bar_x, c)
        y = float(self.legend_height())
        row_h = self.row_height()
        for (moment_id, title, total, pain), row_texts in zip(self.rows, texts):
            hurts = moment_id == self.largest
            if hurts:
                painter.fillRect(QRectF(0, y + 2, width, row_h - 4), c["HIGHLIGHT"])
            painter.setFont(bold if hurts else self.font())
            painter.setPen(c["TEXT"])
            title_rect = QRectF(6, y, label_w - 6, row_h / 2 + 6 if hurts else row_h)
            shown = QFontMetricsF(painter.font()).elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width())
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
            if hurts:  # in words too: colour and weight alone do not say it
                painter.setFont(self._small_font(True))
                painter.setPen(c["PAIN_DOTS"])
                painter.drawText(QRectF(6, y + row_h / 2, label_w - 6, row_h / 2 - 6),
                                 Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, self.mark())
            top = y + (row_h - 2 * BAR_H - GAP) / 2
            painter.setFont(self._small_font(hurts))
            for colour, value, bar_top, text in ((c["ALL_DOTS"], total, top, row_texts[0]),
                                                 (c["PAIN_DOTS"], pain, top + BAR_H + GAP, row_texts[1])):
                length = bar_w * value / most
                painter.fillRect(QRectF(bar_x, bar_top, max(length, 2.0 if value else 0.0), BAR_H), colour)
                painter.setPen(c["TEXT"] if value else c["MUTED"])
                painter.drawText(QRectF(bar_x + length + 6, bar_top - 3, width - bar_x - length - 6, BAR_H + 6),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            y += row_h
        painter.end()

    def _small_font(self, bold: bool) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(14, font.pixelSize() - 2))
        font.setBold(bold)
        return font

    def _paint_legend(self, painter: QPainter, x: float, c: dict[str, QColor]) -> None:
        painter.setFont(self._small_font(False))
        small = QFontMetricsF(painter.font())
        h = small.height()
        for colour, text in ((c["ALL_DOTS"], self.tr("All dots")), (c["PAIN_DOTS"], self.tr("Dots on pain points"))):
            painter.fillRect(QRectF(x, 4 + (h - 12) / 2, 12, 12), colour)
            painter.setPen(c["TEXT"])
            painter.drawText(QRectF(x + 18, 4, small.horizontalAdvance(text) + 4, h),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += 18 + small.horizontalAdvance(text) + 24

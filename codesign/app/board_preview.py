"""A read-only picture of a journey: moments across, lanes down, cards as coloured chips.

The real drag-and-drop board replaces this; until then it lets the room see the whole map.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from codesign.app.card_style import CARD_COLOURS, TEXT
from codesign.app.vocabulary import CHANNELS, NOTE_TYPES, card_type_name, mood, signed
from codesign.model import Card, Journey, Lane, Moment

LANE_HEADER_WIDTH = 150
MIN_MOMENT_WIDTH = 170
EMOTION_LANE = "emotion"  # LaneKind.EMOTION
NEGATIVE, POSITIVE, NEUTRAL = QColor("#C0392B"), QColor("#23824B"), QColor("#7A8794")

GRID_STYLE = """
#board_grid { background: #FFFFFF; }
QFrame[role="cell"] { background: #FFFFFF; border: none; border-right: 1px solid #DDE2E8;
                      border-bottom: 1px solid #DDE2E8; }
QFrame[role="cell"][shade="true"] { background: #F7F8FA; }
QFrame[role="moment"] { background: #EAF0F6; border: none; border-right: 1px solid #CBD4DE;
                        border-bottom: 2px solid #AEBBC8; }
QFrame[role="lane"] { background: #EAF0F6; border: none; border-right: 2px solid #AEBBC8;
                      border-bottom: 1px solid #CBD4DE; }
QFrame[role="corner"] { background: #EAF0F6; border: none; border-right: 2px solid #AEBBC8;
                        border-bottom: 2px solid #AEBBC8; }
QLabel[role="moment_title"], QLabel[role="lane_title"] { color: #1F3B4D; font-weight: bold; }
QLabel[role="empty"] { color: #8A96A3; }
"""


class EmotionBar(QWidget):
    """How the moment feels, −2…+2: the score with a word, and a bar from the centre below it."""

    BAR_HEIGHT = 7

    def __init__(self, score: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = score
        self.text = f"{signed(score)}  {mood(score)}"
        self.setAccessibleName(self.tr("Emotion"))
        self.setAccessibleDescription(self.text)
        self.setToolTip(self.tr("Emotion {score} of −2 to +2: {mood}").format(score=signed(score), mood=mood(score)))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _colour(self) -> QColor:
        return POSITIVE if self.score > 0 else NEGATIVE if self.score < 0 else NEUTRAL

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(120, self.fontMetrics().height() + self.BAR_HEIGHT + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(80, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self._colour()
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour.darker(130))
        text_height = self.fontMetrics().height()
        painter.drawText(QRectF(0, 0, self.width(), text_height),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.text)
        track = QRectF(0, text_height + 5, min(self.width() - 2, 140), self.BAR_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#D5DCE3"))
        painter.drawRoundedRect(track, 3, 3)
        centre = track.center().x()
        width = track.width() / 2 * max(-1.0, min(1.0, self.score / 2))
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(min(centre, centre + width), track.top(), abs(width), track.height()), 3, 3)
        painter.setPen(QPen(QColor("#33414E"), 1.5))
        painter.drawLine(int(centre), int(track.top()) - 2, int(centre), int(track.bottom()) + 2)


class Chip(QLabel):
    """A card's title on its type's fill, with the type's accent stripe on the left.

    Painted here rather than with a style sheet: QLabel's height-for-width does not know
    about style-sheet borders and would make one-line chips two lines tall.
    """

    STRIPE = 5

    def __init__(self, card_type: str, title: str) -> None:
        super().__init__(title)
        self.card_type = card_type
        self._fill, self._accent = (QColor(c) for c in CARD_COLOURS.get(card_type, ("#FFFFFF", "#888888")))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(self.STRIPE + 6, 4, 6, 4)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
        self.setPalette(palette)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # QLabel's own answer is the text wrapped at its narrowest; let height-for-width decide.
        margins = self.contentsMargins()
        return QSize(60, self.fontMetrics().height() + margins.top() + margins.bottom())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._fill)
        painter.drawRoundedRect(QRectF(self.rect()), 3, 3)
        painter.setBrush(self._accent)
        painter.drawRoundedRect(QRectF(0, 0, self.STRIPE, self.height()), 2, 2)
        painter.end()
        super().paintEvent(event)


def card_chip(card_type: str, title: str, tooltip: str = "") -> Chip:
    chip = Chip(card_type, title)
    chip.setProperty("role", "chip")
    chip.setToolTip(tooltip or card_type_name(card_type))
    chip.setAccessibleName(f"{card_type_name(card_type)}: {title}")
    return chip


class Cell(QFrame):
    """The cards of one moment in one lane."""

    def __init__(self, cards: list[Card], shade: bool, emotion: float | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "cell")
        self.setProperty("shade", "true" if shade else "false")
        self.cards = cards
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(5)
        if emotion is not None:  # the emotion lane of a blueprint shows the curve itself
            layout.addWidget(EmotionBar(emotion))
        for card in cards:
            tooltip = card_type_name(card.type)
            if card.body:
                tooltip += "\n\n" + card.body
            if card.author is not None:
                tooltip += "\n\n" + self.tr("By {name}").format(name=card.author.name)
            layout.addWidget(card_chip(card.type, card.title or self.tr("(untitled)"), tooltip))
        layout.addStretch(1)

    def card_titles(self) -> list[str]:
        return [card.title for card in self.cards]


class JourneyPreview(QWidget):
    """One journey, read-only. `cell(moment_index, lane_index)` gives a cell for tests and tools."""

    def __init__(self, journey: Journey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.setStyleSheet(GRID_STYLE)

        title = QLabel(journey.title or self.tr("Untitled journey"))
        title.setObjectName("journey_title")
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setBold(True)
        title.setFont(title_font)
        details = [self.tr("{moments} moments · {lanes} lanes · {cards} cards").format(
            moments=len(journey.moments), lanes=len(journey.lanes), cards=len(journey.cards))]
        if journey.persona:
            details.insert(0, self.tr("Persona: {persona}").format(persona=journey.persona))
        subtitle = QLabel("   ·   ".join(details))
        subtitle.setObjectName("journey_subtitle")
        subtitle.setStyleSheet("color: #4A5A68;")
        subtitle.setWordWrap(True)

        self.grid_host = QWidget()
        self.grid_host.setObjectName("board_grid")
        self.grid_host.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._cells: dict[tuple[int, int], Cell] = {}
        self._build_grid(journey)

        scroll = QScrollArea()
        scroll.setWidget(self.grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setAccessibleName(self.tr("Journey map of {journey}").format(journey=journey.title))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(title)
        if journey.description:
            description = QLabel(journey.description)
            description.setWordWrap(True)
            layout.addWidget(description)
        layout.addWidget(subtitle)
        layout.addWidget(scroll, 1)
        layout.addWidget(CardLegend())

    def _build_grid(self, journey: Journey) -> None:
        grid = QGridLayout(self.grid_host)
        grid.setSpacing(0)
        grid.setContentsMargins(0, 0, 0, 0)
        corner = QFrame()
        corner.setProperty("role", "corner")
        grid.addWidget(corner, 0, 0)
        grid.setColumnMinimumWidth(0, LANE_HEADER_WIDTH)
        moments, lanes = journey.moments, journey.lanes
        emotion_lanes = {lane.id for lane in lanes if lane.kind == EMOTION_LANE}
        for column, moment in enumerate(moments, start=1):
            grid.addWidget(self._moment_header(moment, with_emotion=not emotion_lanes), 0, column)
            grid.setColumnStretch(column, 1)
            grid.setColumnMinimumWidth(column, MIN_MOMENT_WIDTH)
        by_cell: dict[tuple[str | None, str | None], list[Card]] = {}
        for card in journey.cards:
            by_cell.setdefault((card.moment_id, card.lane_id), []).append(card)
        for row, lane in enumerate(lanes, start=1):
            grid.addWidget(self._lane_header(lane), row, 0)
            for column, moment in enumerate(moments, start=1):
                cell = Cell(by_cell.get((moment.id, lane.id), []), shade=row % 2 == 0,
                            emotion=moment.emotion if lane.id in emotion_lanes else None)
                grid.addWidget(cell, row, column)
                self._cells[(column - 1, row - 1)] = cell
        placed = {(m.id, lane.id) for m in moments for lane in lanes}
        loose = [c for key, cards in by_cell.items() if key not in placed for c in cards]
        if loose:  # cards not in any cell still belong on the map
            row = len(lanes) + 1
            header = QFrame()
            header.setProperty("role", "lane")
            header_layout = QVBoxLayout(header)
            label = QLabel(self.tr("Not in a cell"))
            label.setProperty("role", "lane_title")
            label.setWordWrap(True)
            header_layout.addWidget(label)
            header_layout.addStretch(1)
            grid.addWidget(header, row, 0)
            grid.addWidget(Cell(loose, shade=row % 2 == 0), row, 1, 1, max(1, len(moments)))
        if not moments or not lanes:
            empty = QLabel(self.tr("This journey has no moments or lanes yet."))
            empty.setProperty("role", "empty")
            grid.addWidget(empty, 1, 1)
        grid.setRowStretch(grid.rowCount(), 1)

    def _moment_header(self, moment: Moment, with_emotion: bool) -> QFrame:
        frame, layout = self._header("moment", moment.title or self.tr("(untitled moment)"), moment.description)
        if with_emotion:
            layout.insertWidget(1, EmotionBar(moment.emotion))
        return frame

    def _lane_header(self, lane: Lane) -> QFrame:
        return self._header("lane", lane.title or self.tr("(untitled lane)"), "")[0]

    @staticmethod
    def _header(role: str, text: str, tooltip: str) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame()
        frame.setProperty("role", role)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(10, 8, 10, 8)
        title = QLabel(text)
        title.setProperty("role", f"{role}_title")
        title.setWordWrap(True)
        if tooltip:
            title.setToolTip(tooltip)
        layout.addWidget(title)
        layout.addStretch(1)
        return frame, layout

    def cell(self, moment_index: int, lane_index: int) -> Cell:
        return self._cells[(moment_index, lane_index)]


class CardLegend(QWidget):
    """What each chip colour means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        for heading, types in ((self.tr("Touchpoints:"), CHANNELS), (self.tr("Notes:"), NOTE_TYPES)):
            label = QLabel(heading)
            label.setStyleSheet("color: #4A5A68; font-weight: bold;")
            layout.addSpacing(8)
            layout.addWidget(label)
            for card_type in types:
                chip = card_chip(card_type, card_type_name(card_type))
                chip.setWordWrap(False)
                layout.addWidget(chip)
        layout.addStretch(1)

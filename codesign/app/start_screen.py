"""What a window shows when no workshop is open: the three ways in, and recent workshops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from codesign.app.icons import app_icon, follow_icon
from codesign.app.settings import RecentFiles
from codesign.app.theme import Theme, follow_theme


def text_pairs(t: Theme) -> list[tuple[str, str, str]]:
    """Every text colour of the style sheet on its background, as (what, text, background)."""
    return [("title", t.start_heading, t.start_panel), ("subtitle", t.muted, t.start_panel),
            ("start button", t.text, t.start_button), ("start button, hovered", t.text, t.start_button_hover),
            ("New workshop", t.primary_text, t.primary), ("New workshop, hovered", t.primary_text, t.primary_hover),
            ("recent workshops and the guide link (palette text)", t.text, t.start_panel)]


def plain_colours(t: Theme) -> set[str]:
    """Borders, and the background around the panel: no text on them."""
    return {t.start_background, t.start_border, t.start_button_border, t.start_hover_border, t.focus}


def style_sheet(t: Theme) -> str:
    return f"""
#start_screen {{ background: {t.start_background}; }}
#start_panel {{ background: {t.start_panel}; border: 1px solid {t.start_border}; border-radius: 10px; }}
#start_title {{ color: {t.start_heading}; }}
#start_subtitle, #recent_empty {{ color: {t.muted}; }}
#recent_list {{ background: transparent; }}
QPushButton[role="start"] {{
    text-align: left; padding: 12px 18px; border: 1px solid {t.start_button_border}; border-radius: 8px;
    background: {t.start_button}; color: {t.text};
}}
QPushButton[role="start"]:hover {{ background: {t.start_button_hover}; border-color: {t.start_hover_border}; }}
QPushButton[role="start"]:focus {{ border: 2px solid {t.focus}; }}
QPushButton#new_workshop_button {{ background: {t.primary}; color: {t.primary_text}; border-color: {t.primary}; }}
QPushButton#new_workshop_button:hover {{ background: {t.primary_hover}; }}
"""


class StartScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(Path)
    guide_requested = Signal()

    def __init__(self, recent: RecentFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        follow_theme(self, lambda theme: self.setStyleSheet(style_sheet(theme)))
        self._recent = recent

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(72, 72)))
        title = QLabel("codesign")
        title.setObjectName("start_title")
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 2.2)
        title_font.setBold(True)
        title.setFont(title_font)
        subtitle = QLabel(self.tr("Map a service journey together with the people who live it, vote on what "
                                  "matters, and turn it into small experiments."))
        subtitle.setObjectName("start_subtitle")
        subtitle.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(subtitle)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(heading, 1)

        self.new_button = self._big_button("new-light", self.tr("New workshop…"),
                                           self.tr("Start an empty journey map"), self.new_requested)
        self.new_button.setObjectName("new_workshop_button")
        self.open_button = self._big_button("open", self.tr("Open…"),
                                            self.tr("Open a .codesign file"), self.open_requested)
        self.demo_button = self._big_button("demo", self.tr("Open demo workshop"),
                                            self.tr("A bank's “open an account” journey to try things out"),
                                            self.demo_requested)
        self.guide_button = QPushButton(self.tr("Run your first workshop: a short guide"))
        self.guide_button.setObjectName("guide_button")
        self.guide_button.setFlat(True)
        self.guide_button.setAccessibleName(self.tr("Open the guide to running your first workshop"))
        self.guide_button.clicked.connect(self.guide_requested)
        actions = QVBoxLayout()
        actions.setSpacing(12)
        for button in (self.new_button, self.open_button, self.demo_button):
            actions.addWidget(button)
        actions.addWidget(self.guide_button)
        actions.addStretch(1)

        recent_title = QLabel(self.tr("Recent workshops"))
        recent_font = QFont(recent_title.font())
        recent_font.setBold(True)
        recent_font.setPointSizeF(recent_font.pointSizeF() * 1.2)
        recent_title.setFont(recent_font)
        self._recent_box = QVBoxLayout()
        self._recent_box.setSpacing(2)
        recent_host = QWidget()
        recent_host.setObjectName("recent_list")
        recent_host.setLayout(self._recent_box)
        recent_scroll = QScrollArea()
        recent_scroll.setWidget(recent_host)
        recent_scroll.setWidgetResizable(True)
        recent_scroll.setFrameShape(QFrame.Shape.NoFrame)
        recent_scroll.viewport().setAutoFillBackground(False)
        recent_scroll.setMinimumHeight(220)
        recent_scroll.setAccessibleName(self.tr("Recent workshops"))
        recent_title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        recent_column = QVBoxLayout()
        recent_column.setSpacing(6)
        recent_column.addWidget(recent_title)
        recent_column.addWidget(recent_scroll, 1)

        columns = QHBoxLayout()
        columns.setSpacing(36)
        columns.addLayout(actions, 0)
        columns.addLayout(recent_column, 1)

        panel = QFrame()
        panel.setObjectName("start_panel")
        panel.setMaximumWidth(1000)
        panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(36, 32, 36, 32)
        inner.setSpacing(28)
        inner.addLayout(top)
        inner.addLayout(columns)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 10)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self._recent_buttons: list[QCommandLinkButton] = []
        recent.changed.connect(self.refresh)
        self.refresh()

    def _big_button(self, icon_name: str, text: str, hint: str, signal: Signal) -> QPushButton:
        button = QPushButton(text)
        follow_icon(button, icon_name)
        button.setProperty("role", "start")
        button.setIconSize(QSize(24, 24))
        button.setMinimumSize(300, 58)
        font = QFont(button.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        button.setFont(font)
        button.setToolTip(hint)
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(hint)
        button.clicked.connect(signal.emit)
        return button

    def recent_buttons(self) -> list[QCommandLinkButton]:
        return list(self._recent_buttons)

    def refresh(self) -> None:
        while self._recent_box.count():
            item = self._recent_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._recent_buttons = []
        paths = self._recent.paths()
        for path in paths:
            button = QCommandLinkButton(path.stem.replace("&", "&&"), str(path.parent))
            follow_icon(button, "open")
            button.setToolTip(str(path))
            button.setAccessibleName(self.tr("Open recent workshop {name}").format(name=path.stem))
            button.clicked.connect(lambda _=False, p=path: self.recent_requested.emit(p))
            self._recent_box.addWidget(button)
            self._recent_buttons.append(button)
        if not paths:
            empty = QLabel(self.tr("Workshops you open or create will be listed here."))
            empty.setObjectName("recent_empty")
            empty.setWordWrap(True)
            self._recent_box.addWidget(empty)
        self._recent_box.addStretch(1)

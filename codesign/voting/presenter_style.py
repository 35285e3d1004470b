"""The shared screen's colours and type sizes, in one place so a test can check every pair of
text and background for contrast (WCAG: at least 4.5:1) from the palette actually used."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from codesign.app.participants_panel import swatch

TOP_FILL, TOP_TEXT = "#1F3B4D", "#FFFFFF"
TIME_UP_FILL = "#A4161A"
BAR_FILL, BAR_TEXT = "#F1F4F7", "#1B1B1B"
REFUSAL_TEXT = "#8A1C1C"
HINT_TEXT = "#3C4650"
CHIP_FILL, CHIP_TEXT = "#FFFFFF", "#1B1B1B"
CHIP_DONE_FILL, CHIP_DONE_TEXT = "#E3E7EC", "#3C4650"
CURRENT_FILL, CURRENT_TEXT = "#1A56DB", "#FFFFFF"
BUTTON_FILL, BUTTON_TEXT = "#1F6F43", "#FFFFFF"
DISABLED_FILL, DISABLED_TEXT = "#D5DAE0", "#3C4650"

# (what, text colour, background) for every text the shared screen shows on a plain fill.
TEXT_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("question and timer", TOP_TEXT, TOP_FILL),
    ("time is up", TOP_TEXT, TIME_UP_FILL),
    ("voter, dots left", BAR_TEXT, BAR_FILL),
    ("refusal", REFUSAL_TEXT, BAR_FILL),
    ("hint", HINT_TEXT, BAR_FILL),
    ("chip", CHIP_TEXT, CHIP_FILL),
    ("chip of someone done", CHIP_DONE_TEXT, CHIP_DONE_FILL),
    ("chip of the voter", CURRENT_TEXT, CURRENT_FILL),
    ("done / next", BUTTON_TEXT, BUTTON_FILL),
    ("done / next, nobody voting", DISABLED_TEXT, DISABLED_FILL),
)

QUESTION_PX, TIMER_PX, VOTER_PX, CHIP_PX, HINT_PX = 36, 44, 30, 22, 18
CHIP_ICON = QSize(30, 30)
BADGE = QSize(52, 52)
TIME_UP_MS = 8000

STYLE_SHEET = f"""
#presenter {{ background: {BAR_FILL}; }}
#top_bar {{ background: {TOP_FILL}; }}
#top_bar[state="time_up"] {{ background: {TIME_UP_FILL}; }}
#question {{ color: {TOP_TEXT}; font-size: {QUESTION_PX}px; font-weight: bold; }}
#timer {{ color: {TOP_TEXT}; font-size: {TIMER_PX}px; font-weight: bold; padding-left: 24px; }}
#voter_bar, #chips {{ background: {BAR_FILL}; }}
#voter_name {{ color: {BAR_TEXT}; font-size: {VOTER_PX}px; font-weight: bold; }}
#dots_left {{ color: {BAR_TEXT}; font-size: {VOTER_PX}px; padding-left: 12px; }}
#refusal {{ color: {REFUSAL_TEXT}; font-size: 24px; font-weight: bold; padding-left: 12px; }}
#hint {{ color: {HINT_TEXT}; background: {BAR_FILL}; font-size: {HINT_PX}px; padding: 6px 0 12px 0; }}
#chip {{ color: {CHIP_TEXT}; background: {CHIP_FILL}; font-size: {CHIP_PX}px; border: 2px solid #8A96A3;
         border-radius: 22px; padding: 6px 16px; text-align: left; min-height: 32px; }}
#chip[compact="true"] {{ font-size: {CHIP_PX - 4}px; padding: 4px 10px; }}
#chip[state="done"] {{ color: {CHIP_DONE_TEXT}; background: {CHIP_DONE_FILL}; border-color: {CHIP_DONE_FILL}; }}
#chip[state="current"] {{ color: {CURRENT_TEXT}; background: {CURRENT_FILL}; border-color: {CURRENT_FILL}; }}
#done_button {{ color: {BUTTON_TEXT}; background: {BUTTON_FILL}; font-size: 26px; font-weight: bold;
                border: none; border-radius: 10px; padding: 12px 28px; }}
#done_button:disabled {{ color: {DISABLED_TEXT}; background: {DISABLED_FILL}; }}
"""


@lru_cache(maxsize=64)
def marker_icon(colour: str, marker: str, size: QSize = CHIP_ICON) -> QIcon:
    """A participant's colour as a disc with their marker: colour is never the only cue."""
    return QIcon(swatch(colour, marker, size.height(), ratio=2))

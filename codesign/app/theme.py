"""The app's two looks, light and dark, and the switch between them.

A Theme names every colour the widgets draw with, by role. `apply_theme` turns one into the
application palette (Fusion style for dark, so the palette is honoured on every platform),
remembers it as `current_theme()` and emits `theme_notifier().theme_changed`: widgets that
cache colours or style sheets follow it live. Card fills stay the same in both themes (dark
text on light sticky notes reads on a dark board too); the PDF/PNG exports and the shared
screen never follow the theme. Tests check every text colour against its background at 4.5:1.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

@dataclass(frozen=True)
class Theme:
    name: str
    # -- the application palette
    window: str
    base: str
    alternate_base: str
    text: str  # window text, field text and button text alike
    muted: str  # secondary text: hints, captions, groups
    disabled_text: str  # exempt from 4.5:1, yet kept near 3:1
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    link: str
    link_visited: str
    alert: str  # overdue, refused: text on base and window
    tooltip_base: str
    tooltip_text: str
    placeholder: str
    light: str  # the style's bevel shades, no text on them
    midlight: str
    mid: str
    dark: str
    shadow: str
    focus: str  # a focus or drop-target edge
    # -- the journey board
    board_fill: str
    board_text: str  # arrow labels on the board
    lane_shade: str
    grid_line: str
    header_fill: str
    header_text: str
    selection: str
    arrow: str
    positive: str  # the emotion curve's handles
    negative: str
    neutral: str
    # -- the demo banner
    banner_background: str
    banner_border: str
    banner_text: str
    # -- the start screen
    start_background: str
    start_panel: str
    start_border: str
    start_heading: str
    start_button: str
    start_button_border: str
    start_button_hover: str
    start_hover_border: str
    primary: str  # the New workshop button
    primary_hover: str
    primary_text: str
    # -- the hypothesis board
    hypothesis_card: str
    hypothesis_selected: str
    hypothesis_border: str
    hypothesis_column: str
    refused_background: str
    refused_edge: str
    info_background: str
    # status accents: a stripe atop each column (its title says the same)
    accent_idea: str
    accent_planned: str
    accent_testing: str
    accent_validated: str
    accent_invalidated: str
    accent_adopted: str
    accent_let_go: str
    # -- dot-vote results: moment bars
    bar_all: str
    pain: str  # pain bars and the "hurts most" mark
    pain_row: str  # behind the moment that hurts most

    @property
    def accents(self) -> dict[str, str]:
        """Status -> accent colour, for the hypothesis board's columns."""
        return {"idea": self.accent_idea, "planned": self.accent_planned, "testing": self.accent_testing,
                "validated": self.accent_validated, "invalidated": self.accent_invalidated,
                "adopted": self.accent_adopted, "let_go": self.accent_let_go}


# Today's look: Fusion's palette (highlight and placeholder darkened to reach 4.5:1) and the
# colours the widgets had hard-coded.
LIGHT = Theme(
    name="light",
    window="#EFEFEF", base="#FFFFFF", alternate_base="#F7F7F7", text="#1B1B1B", muted="#4A5A68",
    disabled_text="#808080", button="#EFEFEF", button_text="#1B1B1B", highlight="#2A77B0",
    highlighted_text="#FFFFFF", link="#0000FF", link_visited="#800080", alert="#A4161A",
    tooltip_base="#FFFFDC", tooltip_text="#1B1B1B", placeholder="#6B6B6B",
    light="#FFFFFF", midlight="#CACACA", mid="#B8B8B8", dark="#9F9F9F", shadow="#767676", focus="#2F6AAE",
    board_fill="#FFFFFF", board_text="#1B1B1B", lane_shade="#F7F8FA",
    grid_line="#CBD4DE", header_fill="#EAF0F6", header_text="#1F3B4D", selection="#1A56DB", arrow="#44515E",
    positive="#23824B", negative="#C0392B", neutral="#7A8794",
    banner_background="#FFF4CC", banner_border="#E2C866", banner_text="#3D3200",
    start_background="#F4F6F8", start_panel="#FFFFFF", start_border="#DDE2E8", start_heading="#1F3B4D",
    start_button="#FFFFFF", start_button_border="#C9D2DC", start_button_hover="#EEF4F9",
    start_hover_border="#7FA7C6", primary="#1F5F7A", primary_hover="#2A7392", primary_text="#FFFFFF",
    hypothesis_card="#FFFFFF", hypothesis_selected="#E3EDF9", hypothesis_border="#C4C9CF",
    hypothesis_column="#EEF0F2", refused_background="#FFF1DC", refused_edge="#B25E09", info_background="#E6F0FA",
    accent_idea="#A88200", accent_planned="#6F45A0", accent_testing="#2F6AAE", accent_validated="#23824B",
    accent_invalidated="#C0392B", accent_adopted="#1E6B3A", accent_let_go="#56636E",
    bar_all="#4F6D8A", pain="#B3261E", pain_row="#FDECEA",
)

DARK = Theme(
    name="dark",
    window="#26292E", base="#1D2024", alternate_base="#2A2E34", text="#E8EAED", muted="#AAB4BE",
    disabled_text="#7F8690", button="#33383F", button_text="#E8EAED", highlight="#2F6AAE",
    highlighted_text="#FFFFFF", link="#8AB4F8", link_visited="#C58AF9", alert="#F28B82",
    tooltip_base="#3A3F47", tooltip_text="#F1F3F4", placeholder="#8D98A3",
    light="#4A5059", midlight="#3D434B", mid="#2A2E34", dark="#17191C", shadow="#0B0C0E", focus="#6EA8FE",
    board_fill="#1F2328", board_text="#E8EAED", lane_shade="#252A30",
    grid_line="#3C444E", header_fill="#2C3744", header_text="#E3ECF4", selection="#6EA8FE", arrow="#AEB8C2",
    positive="#4CC38A", negative="#F07167", neutral="#8A96A3",
    banner_background="#3B3317", banner_border="#7A6724", banner_text="#FBE7A1",
    start_background="#1A1D21", start_panel="#262A30", start_border="#3A4049", start_heading="#DCE7F1",
    start_button="#2E333A", start_button_border="#4A525D", start_button_hover="#36404B",
    start_hover_border="#6F9BC0", primary="#1F5F7A", primary_hover="#2A7392", primary_text="#FFFFFF",
    hypothesis_card="#30353C", hypothesis_selected="#1E3A5C", hypothesis_border="#4A525C",
    hypothesis_column="#23272C", refused_background="#3D2C16", refused_edge="#E0913F", info_background="#1C2F45",
    accent_idea="#E6C35C", accent_planned="#C3A6F0", accent_testing="#8DB8F2", accent_validated="#6FCF97",
    accent_invalidated="#F28B82", accent_adopted="#5DBB7E", accent_let_go="#AAB4BE",
    bar_all="#8FB0D0", pain="#F28B82", pain_row="#3B2424",
)

THEMES = {"light": LIGHT, "dark": DARK}


class ThemeNotifier(QObject):
    """Emits theme_changed after apply_theme has set the palette and the current theme."""

    theme_changed = Signal()


_notifier: ThemeNotifier | None = None
_current: Theme = LIGHT
_choice = "light"
_native_style: str | None = None  # the platform's own style, used for the light look
_following_system = False


def theme_notifier() -> ThemeNotifier:
    global _notifier
    if _notifier is None:
        _notifier = ThemeNotifier()
    return _notifier


class _Follower(QObject):
    """Lives as a child of the widget it restyles, so it stops with it."""

    def __init__(self, owner: QObject, restyle: Callable[[Theme], object]) -> None:
        super().__init__(owner)
        self._restyle = restyle
        theme_notifier().theme_changed.connect(self.refresh)

    @Slot()
    def refresh(self) -> None:
        self._restyle(_current)


def follow_theme(owner: QObject, restyle: Callable[[Theme], object], now: bool = True) -> None:
    """Calls restyle(theme) now (unless told not to) and after every theme change, for as long
    as `owner` lives: for widgets that keep colours in a style sheet, a palette or cached data."""
    if now:
        restyle(_current)
    _Follower(owner, restyle)


def current_theme() -> Theme:
    """The theme in use: LIGHT until apply_theme says otherwise."""
    return _current


def effective(choice: str, scheme: Qt.ColorScheme | None = None) -> str:
    """"light" or "dark" for a choice; "system" follows `scheme`, by default the platform's
    (an unknown scheme is light)."""
    if choice in THEMES:
        return choice
    if choice != "system":
        raise ValueError(f"unknown theme {choice!r}")
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def build_palette(theme: Theme) -> QPalette:
    """The application palette of a theme, in every colour group."""
    roles = QPalette.ColorRole
    colours = {
        roles.Window: theme.window, roles.WindowText: theme.text, roles.Base: theme.base,
        roles.AlternateBase: theme.alternate_base, roles.Text: theme.text, roles.Button: theme.button,
        roles.ButtonText: theme.button_text, roles.BrightText: "#FFFFFF", roles.Highlight: theme.highlight,
        roles.HighlightedText: theme.highlighted_text, roles.Link: theme.link, roles.LinkVisited: theme.link_visited,
        roles.ToolTipBase: theme.tooltip_base, roles.ToolTipText: theme.tooltip_text,
        roles.PlaceholderText: theme.placeholder, roles.Light: theme.light, roles.Midlight: theme.midlight,
        roles.Mid: theme.mid, roles.Dark: theme.dark, roles.Shadow: theme.shadow, roles.Accent: theme.highlight,
    }
    disabled = {
        roles.WindowText: theme.disabled_text, roles.Text: theme.disabled_text, roles.ButtonText: theme.disabled_text,
        roles.Base: theme.window, roles.Highlight: theme.mid, roles.HighlightedText: theme.text,
        roles.PlaceholderText: theme.disabled_text, roles.Accent: theme.mid,
    }
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, colour in colours.items():
            palette.setColor(group, role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def apply_theme(app: QApplication, choice: str, scheme: Qt.ColorScheme | None = None) -> Theme:
    """Sets the look for `choice` ("light", "dark" or "system", which follows `scheme`, by default
    the platform's, now and whenever it changes) and tells open windows."""
    global _current, _choice, _native_style
    theme = THEMES[effective(choice, scheme)]
    if _native_style is None:
        _native_style = app.style().name()
    # Native styles (Windows, macOS) draw with system colours and ignore a dark palette; Fusion
    # honours every role. The light look keeps the platform's own style.
    wanted = "fusion" if theme is DARK else _native_style
    if app.style().name().casefold() != wanted.casefold():
        app.setStyle(wanted)  # before the palette: a new style resets it
    app.setPalette(build_palette(theme))
    _current, _choice = theme, choice
    if choice == "system":
        _follow_system()
    theme_notifier().theme_changed.emit()
    return theme


def _follow_system() -> None:
    global _following_system
    if not _following_system:
        QGuiApplication.styleHints().colorSchemeChanged.connect(_system_scheme_changed)
        _following_system = True


def _system_scheme_changed(scheme: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if _choice == "system" and isinstance(app, QApplication):
        apply_theme(app, "system", scheme)

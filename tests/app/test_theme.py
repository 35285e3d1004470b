"""Light and dark: every text reads at 4.5:1 or better (WCAG AA) in both, computed from the
Theme objects and the palette the widgets actually use; switching repaints open windows live."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from codesign.app import start_screen, theme
from codesign.app.card_style import TEXT, contrast
from codesign.app.open_workshop import OpenWorkshop
from codesign.app.settings import RecentFiles
from codesign.app.start_screen import StartScreen
from codesign.app.theme import DARK, LIGHT, Theme, apply_theme, current_theme, effective, theme_notifier
from codesign.canvas import style
from codesign.export import journey_drawing as jd
from codesign.canvas.editor import BoardEditor
from codesign.canvas.view import JourneyView
from codesign.hypotheses import board_card
from codesign.hypotheses.board import HypothesisBoard, message_style
from codesign.hypotheses.editor import HypothesisEditor
from codesign.hypotheses.table_model import DEADLINE, HypothesisTableModel
from codesign.model.enums import CARD_TYPES
from codesign.voting import moment_bars

MINIMUM = 4.5  # WCAG AA, normal text
GRAPHIC = 3.0  # WCAG 1.4.11: bars and stripes that carry no text
THEMES = [pytest.param(LIGHT, id="light"), pytest.param(DARK, id="dark")]
R, G = QPalette.ColorRole, QPalette.ColorGroup
HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")


@pytest.fixture(autouse=True)
def _todays_palette_after(qapp: QApplication) -> Iterator[None]:
    """Whatever a test switched to, the next test starts with the light theme and the very
    palette it had before."""
    before = QPalette(qapp.palette())
    yield
    apply_theme(qapp, "light")
    qapp.setPalette(before)
    assert current_theme() is LIGHT and qapp.palette() == before


def sheet_colours(sheet: str) -> set[str]:
    return {c.upper() for c in HEX.findall(sheet)}


def weakest(pairs: list[tuple[str, str, str]]) -> tuple[float, str]:
    return min((contrast(text, background), what) for what, text, background in pairs)


# -- the application palette ----------------------------------------------------------------------

PALETTE_PAIRS = [
    ("window text", R.WindowText, R.Window), ("field text", R.Text, R.Base), ("list rows", R.Text, R.AlternateBase),
    ("buttons", R.ButtonText, R.Button), ("selection", R.HighlightedText, R.Highlight),
    ("tooltips", R.ToolTipText, R.ToolTipBase), ("placeholders", R.PlaceholderText, R.Base),
    ("links", R.Link, R.Base), ("links on the window", R.Link, R.Window),
]


@pytest.mark.parametrize("chosen", THEMES)
def test_the_applied_palette_reads_well(qapp: QApplication, chosen: Theme) -> None:
    assert apply_theme(qapp, chosen.name) is chosen
    palette = QApplication.palette()
    for group in (G.Active, G.Inactive):
        for what, text, background in PALETTE_PAIRS:
            ratio = contrast(palette.color(group, text).name(), palette.color(group, background).name())
            assert ratio >= MINIMUM, f"{chosen.name} {group.name} {what}: {ratio:.2f}"
    # Disabled text is exempt from 4.5:1; it still stays legible, not a faint ghost.
    for text, background in ((R.WindowText, R.Window), (R.Text, R.Base), (R.ButtonText, R.Button)):
        assert contrast(palette.color(G.Disabled, text).name(), palette.color(G.Disabled, background).name()) >= 3.0


@pytest.mark.parametrize("chosen", THEMES)
def test_secondary_and_alert_texts(chosen: Theme) -> None:
    t = chosen
    pairs = [(f"{what} on {where}", colour, background)
             for what, colour in (("muted", t.muted), ("alert, overdue", t.alert), ("text", t.text))
             for where, background in (("window", t.window), ("base", t.base), ("alternate rows", t.alternate_base))]
    ratio, what = weakest(pairs)
    assert ratio >= MINIMUM, what


@pytest.mark.parametrize("chosen", THEMES)
def test_the_board_headers_labels_and_banner(chosen: Theme) -> None:
    colours = style.BoardColours(chosen)  # what the grid and header items paint with
    pairs = [("moment header", colours.header_text.name(), colours.header_fill.name()),
             ("arrow label", colours.board_text.name(), colours.board_fill.name()),
             ("demo banner", chosen.banner_text, chosen.banner_background)]
    ratio, what = weakest(pairs)
    assert ratio >= MINIMUM, what
    # the emotion curve (drawn in the header text colour) and the arrows are shapes on the board
    for shape in (colours.header_text, colours.arrow, colours.selection):
        for background in (colours.board_fill, colours.lane_shade):
            assert contrast(shape.name(), background.name()) >= GRAPHIC


def test_board_colours_are_the_current_themes_and_made_once(qapp: QApplication) -> None:
    light = style.colours()
    assert light.theme is LIGHT and style.colours() is light  # no new colours on every paint
    apply_theme(qapp, "dark")
    dark = style.colours()
    assert dark.theme is DARK and dark.board_fill == QColor(DARK.board_fill) and style.colours() is dark


@pytest.mark.parametrize("card_type", CARD_TYPES)
def test_card_titles_on_every_card_fill_in_both_themes(qapp: QApplication, card_type: str) -> None:
    """Card fills are the same in both themes, and so is their dark text."""
    for name in ("light", "dark"):
        apply_theme(qapp, name)
        assert contrast(style.TEXT_COLOUR.name(), style.fill(card_type).name()) >= MINIMUM
        assert style.TEXT_COLOUR == QColor(TEXT)


# -- the start screen ------------------------------------------------------------------------------

@pytest.mark.parametrize("chosen", THEMES)
def test_start_screen_texts(chosen: Theme) -> None:
    ratio, what = weakest(start_screen.text_pairs(chosen))
    assert ratio >= MINIMUM, what


@pytest.mark.parametrize("chosen", THEMES)
def test_every_start_screen_colour_is_checked(chosen: Theme) -> None:
    """A colour typed into the style sheet but missing from the checked pairs would escape the test."""
    sheet = sheet_colours(start_screen.style_sheet(chosen))
    checked = {c.upper() for _what, text, background in start_screen.text_pairs(chosen) for c in (text, background)}
    plain = {c.upper() for c in start_screen.plain_colours(chosen)}
    assert sheet - checked == plain - checked
    assert sheet >= checked  # every checked pair is in use, or the list is stale


# -- hypotheses --------------------------------------------------------------------------------------

@pytest.mark.parametrize("chosen", THEMES)
def test_hypothesis_board_texts(chosen: Theme) -> None:
    t = chosen
    cards = (("card", t.hypothesis_card), ("selected card", t.hypothesis_selected), ("column", t.hypothesis_column))
    pairs = [(f"{what} on {where}", colour, background) for where, background in cards
             for what, colour in (("text", t.text), ("muted", t.muted), ("overdue", t.alert))]
    pairs += [("hint above the columns", t.muted, t.window),
              ("refused", t.text, t.refused_background), ("info", t.text, t.info_background)]
    ratio, what = weakest(pairs)
    assert ratio >= MINIMUM, what
    # Message style sheets use only checked colours, besides their coloured left edge.
    checked = {c.upper() for _what, text, background in pairs for c in (text, background)}
    for kind in ("hint", "refused", "info", "empty"):
        assert sheet_colours(message_style(kind, t)) - checked <= {t.refused_edge.upper(), t.focus.upper()}


@pytest.mark.parametrize("chosen", THEMES)
def test_hypothesis_status_accents(chosen: Theme) -> None:
    """Stripes atop the columns (their titles say the same): ≥ 3:1 as shapes; the dark ones
    are light enough to read as text on the dark cards too."""
    accents = chosen.accents
    assert set(accents) == set(board_card.ACCENTS)
    for status, colour in accents.items():
        for background in (chosen.hypothesis_column, chosen.window):
            assert contrast(colour, background) >= GRAPHIC, status
        if chosen is DARK:
            for background in (chosen.hypothesis_card, chosen.hypothesis_selected, chosen.hypothesis_column):
                assert contrast(colour, background) >= MINIMUM, status


# -- voting results ------------------------------------------------------------------------------------

@pytest.mark.parametrize("chosen", THEMES)
def test_moment_bars(chosen: Theme) -> None:
    c = {name: colour.name() for name, colour in moment_bars.colours(chosen).items()}
    window = chosen.window
    pairs = [("moment", c["TEXT"], window), ("no dots", c["MUTED"], window),
             ("hurts most: moment", c["TEXT"], c["HIGHLIGHT"]), ("hurts most: mark", c["PAIN_DOTS"], c["HIGHLIGHT"]),
             ("hurts most: no dots", c["MUTED"], c["HIGHLIGHT"])]
    ratio, what = weakest(pairs)
    assert ratio >= MINIMUM, what
    for bar in (c["ALL_DOTS"], c["PAIN_DOTS"]):
        assert contrast(bar, window) >= GRAPHIC


# -- switching ---------------------------------------------------------------------------------------------

def pixel(widget, at: QPoint) -> str:  # noqa: ANN001 - a QWidget
    return widget.grab().toImage().pixelColor(at).name().upper()


def test_dark_and_back_repaints_an_open_start_screen(qapp: QApplication, qtbot) -> None:  # noqa: ANN001
    screen = StartScreen(RecentFiles())
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    qtbot.waitExposed(screen)
    corner = QPoint(4, 4)  # the screen's own background, outside the panel
    assert pixel(screen, corner) == LIGHT.start_background
    with qtbot.waitSignal(theme_notifier().theme_changed, timeout=1000):
        assert apply_theme(qapp, "dark") is DARK
    assert current_theme() is DARK
    assert QApplication.palette().color(R.Window) == QColor(DARK.window)
    assert qapp.style().name().casefold() == "fusion"
    assert pixel(screen, corner) == DARK.start_background
    assert DARK.start_background in screen.styleSheet()

    apply_theme(qapp, "light")
    assert QApplication.palette().color(R.Window) == QColor(LIGHT.window)
    assert pixel(screen, corner) == LIGHT.start_background


def test_an_open_board_follows_the_theme(qapp: QApplication, opened: OpenWorkshop, qtbot) -> None:  # noqa: ANN001
    journey = opened.workshop.journeys[0]
    view = JourneyView(BoardEditor(opened, journey.id))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    header = view.board.headers[("moment", journey.moments[0].id)]

    def header_colour() -> str:  # in the header's right padding, where no text goes
        box = header.sceneBoundingRect()
        return pixel(view.viewport(), view.mapFromScene(QPointF(box.right() - 6, box.center().y())))

    assert header_colour() == LIGHT.header_fill
    apply_theme(qapp, "dark")
    assert header_colour() == DARK.header_fill
    assert all(a.label.brush().color() == QColor(DARK.board_text) for a in view.board.arrows.values())
    # The margin round the board is the view's palette base: Qt hands the new palette on through
    # the event loop.
    qtbot.waitUntil(lambda: pixel(view.viewport(), QPoint(2, 2)) == DARK.base, timeout=2000)
    apply_theme(qapp, "light")
    assert header_colour() == LIGHT.header_fill


def test_an_open_hypothesis_board_follows_the_theme(qapp: QApplication, opened: OpenWorkshop,
                                                    qtbot) -> None:  # noqa: ANN001
    editor = HypothesisEditor(opened)
    blank = editor.add("A video explainer of the ident step")
    assert editor.set_status(blank, "let_go")
    board = HypothesisBoard(opened, editor)
    qtbot.addWidget(board)
    column = board.columns["let_go"]
    assert board.item(blank).data(board_card.FACE_ROLE).learning[1] == LIGHT.muted
    apply_theme(qapp, "dark")
    assert board.item(blank).data(board_card.FACE_ROLE).learning[1] == DARK.muted  # faces made anew
    assert column.cards.palette().color(R.Base) == QColor(DARK.hypothesis_column)
    assert DARK.accent_let_go in column.styleSheet() and DARK.text in column.title.styleSheet()
    assert DARK.muted in board.message.styleSheet()
    apply_theme(qapp, "light")
    assert column.cards.palette().color(R.Base) == QColor(LIGHT.hypothesis_column)
    assert LIGHT.accent_let_go in column.styleSheet()


def test_overdue_deadlines_take_the_themes_alert_colour(qapp: QApplication, opened: OpenWorkshop) -> None:
    editor = HypothesisEditor(opened)
    late = editor.add("Late", deadline="2001-01-01")
    model = HypothesisTableModel(opened)
    row = next(r for r in range(model.rowCount()) if model.row(r).id == late)
    index = model.index(row, DEADLINE)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == QColor(LIGHT.alert)
    apply_theme(qapp, "dark")
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == QColor(DARK.alert)


# -- following the system ------------------------------------------------------------------------------------

def test_effective_follows_the_scheme_only_for_system() -> None:
    assert effective("system", Qt.ColorScheme.Dark) == "dark"
    assert effective("system", Qt.ColorScheme.Light) == "light"
    assert effective("system", Qt.ColorScheme.Unknown) == "light"
    assert effective("light", Qt.ColorScheme.Dark) == "light"
    assert effective("dark", Qt.ColorScheme.Light) == "dark"
    with pytest.raises(ValueError):
        effective("sepia")


def test_system_follows_the_platform_scheme_live(qapp: QApplication) -> None:
    hints = QGuiApplication.styleHints()
    assert apply_theme(qapp, "system", Qt.ColorScheme.Dark) is DARK
    assert QApplication.palette().color(R.Window) == QColor(DARK.window)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)  # the user switched the desktop to light
    assert current_theme() is LIGHT and QApplication.palette().color(R.Window) == QColor(LIGHT.window)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert current_theme() is DARK
    apply_theme(qapp, "light")  # an explicit choice no longer follows the desktop
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert current_theme() is LIGHT


def test_the_light_board_is_the_exported_board() -> None:
    """PDF and PNG exports always draw the light look: on screen, light is the same board."""
    assert theme.THEMES["light"] is LIGHT
    for role in ("grid_line", "header_fill", "header_text", "lane_shade", "board_fill", "arrow", "positive",
                 "negative", "neutral"):
        assert getattr(LIGHT, role) == getattr(jd, role.upper()), role
    assert style.HEADER_FILL == QColor(LIGHT.header_fill)  # the shared screen's headers stay light

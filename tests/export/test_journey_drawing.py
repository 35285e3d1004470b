"""The journey board as one drawing, sliced into pages and rendered as PDF, PNG and SVG."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate

from codesign.export import journey_drawing as jd
from codesign.export import journey_text as jt
from codesign.export.fonts import register
from codesign.export.journey_pdf import MIN_TITLE_PT, JourneyFlowable, journey_flowables
from codesign.model import layout
from codesign.model.board import board_size
from codesign.model.journey import Journey
from codesign.storage import Document

MOMENTS = ("Find out & compare", "Start the application", "Prove who you are", "Wait for the decision",
           "Receive card & access", "First weeks of use")
LANES = ("Customer actions", "Frontstage touchpoints", "Backstage", "Support processes", "Emotion")
HOSTILE = "<b>&amp;</b> Ωμέγα Привет Zażółć Ğüşiöç"
FRAME_PADDING = 12  # SimpleDocTemplate's frame pads 6 pt on each side


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def journey(demo_file: Path) -> Iterator[Journey]:
    with Document.open(demo_file) as doc:
        yield doc.workshop.journeys[0]


@pytest.fixture
def hostile(demo_file: Path) -> Iterator[Journey]:
    """The demo with one more card: markup-like, many-scripted title and a 20,000-character body."""
    body = ("Zażółć gęślą jaźń 😀 <i>&lt;tag&gt;</i>\tПривет\n" * 600)[:20_000]
    with Document.open(demo_file) as doc:
        with doc.edit():
            journey = doc.workshop.journeys[0]
            journey.add_card(kind="note", note_type="quote", moment=journey.moments[5], lane=journey.lanes[3],
                             x=15.0, y=100.0, title=HOSTILE, body=body)
        yield doc.workshop.journeys[0]


def pdf_of(journey: Journey, path: Path) -> tuple[list[JourneyFlowable], str, int]:
    """A landscape A4 PDF of the board: its page flowables, its text (as pypdf extracts it) and pages."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    flowables = journey_flowables(journey, doc.width - FRAME_PADDING, doc.height - FRAME_PADDING, register(),
                                  journey.title)
    doc.build(list(flowables))
    reader = PdfReader(str(path))
    return ([f for f in flowables if isinstance(f, JourneyFlowable)],
            "\n".join(page.extract_text() for page in reader.pages), len(reader.pages))


def pdf_measure(text: str, size: float, bold: bool) -> float:
    fonts = register()
    return stringWidth(text, fonts.bold if bold else fonts.regular, size)


# -- the drawing ---------------------------------------------------------------------------------

def test_the_drawing_holds_the_demo_board(journey: Journey) -> None:
    drawing = jd.draw_journey(journey)
    assert len(drawing.cards) == 42
    assert tuple(c.title for c in drawing.columns) == MOMENTS
    assert tuple(r.title for r in drawing.rows) == LANES
    assert (drawing.grid.w, drawing.grid.h) == board_size(journey)
    by_id = {card.id: card for card in journey.cards}
    for shape in drawing.cards:
        card = by_id[shape.card_id]
        assert (shape.box.x, shape.box.y, shape.box.w, shape.box.h) == (*journey.card_scene_pos(card), card.width,
                                                                         card.height)
        assert (shape.title, shape.type) == (card.title, card.type)
    assert len(drawing.arrows) == len(journey.connectors) == 8
    emotion = drawing.emotion
    assert emotion is not None
    assert [p.score for p in emotion.points] == [m.emotion for m in journey.moments]
    assert [p.x for p in emotion.points] == [c.box.centre[0] for c in drawing.columns]
    lane = drawing.rows[-1].box
    assert all(lane.y < p.y < lane.bottom for p in emotion.points)
    assert emotion.points[2].y > emotion.zero_y > emotion.points[0].y  # −2 below the zero line, +1 above


def test_wrap_breaks_at_words_and_ends_cut_text_with_an_ellipsis() -> None:
    def measure(text: str, size: float, bold: bool) -> float:
        return len(text) * size / 2

    assert jt.wrap("one two three four", 40, measure, 10, False, 5) == ["one two", "three", "four"]
    assert jt.wrap("Ersatzteilsystem", 40, measure, 10, False, 5) == ["Ersatzt-", "eilsyst-", "em"]
    assert jt.wrap("A-B-C-D-E-F-G-H-I-J", 40, measure, 10, False, 5) == ["A-B-C-D-", "E-F-G-H-", "I-J"]
    assert jt.wrap("one two three four five", 40, measure, 10, False, 2) == ["one two", "three …"]
    assert jt.wrap("   ", 40, measure, 10, False, 2) == []


def test_long_titles_close_up_or_shrink_rather_than_lose_words(journey: Journey) -> None:
    for shape in jd.draw_journey(journey).cards:
        title = [line for line in jt.card_lines(shape, pdf_measure) if line.bold]
        assert squash("".join(line.text for line in title)) == squash(shape.title)
        assert all(shape.box.y < line.y and line.y + line.size < shape.box.bottom for line in title)


def test_a_long_compound_shrinks_the_title_before_it_is_broken_and_then_shows_a_hyphen(
        journey: Journey) -> None:
    import dataclasses

    shape = jd.draw_journey(journey).cards[0]
    whole = dataclasses.replace(shape, title="Antragsformular")
    lines = [line for line in jt.card_lines(whole, pdf_measure) if line.bold]
    assert [line.text for line in lines] == ["Antragsformular"]
    assert lines[0].size < jd.TITLE_SIZE
    broken = dataclasses.replace(shape, title="Donaudampfschifffahrtsgesellschaftskapitän")
    lines = [line.text for line in jt.card_lines(broken, pdf_measure) if line.bold]
    assert len(lines) > 1 and all(line.endswith("-") for line in lines[:-1])
    assert "".join(line[:-1] for line in lines[:-1]) + lines[-1] == broken.title


# -- slicing ---------------------------------------------------------------------------------------

def test_split_cuts_between_moments_and_keeps_every_card_once(journey: Journey) -> None:
    drawing = jd.draw_journey(journey)
    width = layout.LANE_LABEL_WIDTH + 2 * layout.MOMENT_WIDTH
    slices = jd.split(drawing, width)
    assert len(slices) == 3
    assert [c.title for s in slices for c in s.columns] == list(MOMENTS)
    assert Counter(c.card_id for s in slices for c in s.cards) == Counter(c.card_id for c in drawing.cards)
    for part in slices:
        assert part.grid.w <= width
        assert tuple(r.title for r in part.rows) == LANES
        assert part.columns[0].box.x == layout.LANE_LABEL_WIDTH
        assert all(part.label_width <= c.box.x and c.box.right <= part.grid.right for c in part.cards)
    # An arrow running into the next slice keeps its head only where it arrives.
    assert sum(a.head for s in slices for a in s.arrows) == len(drawing.arrows)


def test_split_balances_the_slices_and_gives_a_wide_moment_its_own(journey: Journey) -> None:
    drawing = jd.draw_journey(journey)
    balanced = jd.split(drawing, layout.LANE_LABEL_WIDTH + 4 * layout.MOMENT_WIDTH)
    assert [len(s.columns) for s in balanced] == [3, 3]
    narrow = jd.split(drawing, layout.LANE_LABEL_WIDTH + layout.MOMENT_WIDTH / 2)
    assert [len(s.columns) for s in narrow] == [1] * 6
    assert jd.split(drawing, drawing.grid.w) == [drawing]


def test_split_cuts_between_lanes_below_repeated_moment_headers(journey: Journey) -> None:
    drawing = jd.draw_journey(journey)
    height = layout.HEADER_HEIGHT + 3 * 190
    slices = jd.split(drawing, drawing.grid.w, height)
    # Room for three lanes; two slices are needed, and evened out: two lanes, then three.
    assert [tuple(r.title for r in s.rows) for s in slices] == [LANES[:2], LANES[2:]]
    assert all(tuple(c.title for c in s.columns) == MOMENTS and s.grid.h <= height for s in slices)
    assert Counter(c.card_id for s in slices for c in s.cards) == Counter(c.card_id for c in drawing.cards)
    assert slices[0].emotion is None and slices[1].emotion is not None
    assert slices[1].rows[0].box.y == layout.HEADER_HEIGHT


# -- PDF -------------------------------------------------------------------------------------------

def test_the_pdf_has_every_card_title_as_text_on_readable_pages(journey: Journey, tmp_path: Path) -> None:
    pages, text, page_count = pdf_of(journey, tmp_path / "board.pdf")
    assert page_count == len(pages) >= 2
    found = squash(text)
    missing = [c.title for c in journey.cards if squash(c.title) not in found]
    assert not missing
    assert all(squash(m) in found for m in MOMENTS)
    doc = SimpleDocTemplate(str(tmp_path / "x.pdf"), pagesize=landscape(A4))
    smallest = min(line.size for s in pages for c in s.drawing.cards for line in jt.card_lines(c, pdf_measure)
                   if line.bold)
    for page in pages:
        assert page.width <= doc.width - FRAME_PADDING + 1e-6 and page.height <= doc.height - FRAME_PADDING + 1e-6
        assert page.scale * smallest >= MIN_TITLE_PT - 1e-6


def test_hostile_text_draws_and_its_title_reads_back_verbatim(hostile: Journey, tmp_path: Path) -> None:
    _pages, text, _count = pdf_of(hostile, tmp_path / "hostile.pdf")
    assert squash(HOSTILE) in squash(text)
    assert len(text) < 20_000  # the body is cut to what the card shows


# -- PNG and SVG -------------------------------------------------------------------------------------

def test_png_is_the_board_at_its_scale_with_the_cards_in_colour(qapp, journey: Journey, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtGui import QColor, QImage

    from codesign.export.journey_image import render_png

    path = tmp_path / "board.png"
    render_png(journey, path, scale=0.5)
    image = QImage(str(path))
    width, height = board_size(journey)
    assert (image.width(), image.height()) == (math.ceil(width * 0.5), math.ceil(height * 0.5))
    shape = jd.draw_journey(journey).cards[0]
    stripe = image.pixelColor(round((shape.box.x + 3) * 0.5), round((shape.box.bottom - 4) * 0.5))
    assert stripe.name().upper() == shape.accent
    empty = image.pixelColor(round(width * 0.5) - 20, round((layout.HEADER_HEIGHT + 150) * 0.5))
    assert empty == QColor(jd.BOARD_FILL)
    assert not list(tmp_path.glob(".*.tmp"))


def test_svg_is_xml_with_every_card_title_as_text(qapp, hostile: Journey, tmp_path: Path) -> None:  # noqa: ANN001
    from codesign.export.journey_image import render_svg

    path = tmp_path / "board.svg"
    render_svg(hostile, path)
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = squash("".join(e.text or "" for e in root.iter("{http://www.w3.org/2000/svg}text")))
    assert all(squash(card.title) in texts for card in hostile.cards)
    assert squash(HOSTILE) in texts


def test_an_unwritable_folder_is_a_clear_error_and_leaves_nothing(qapp, journey: Journey, tmp_path: Path) -> None:  # noqa: ANN001
    from codesign.export.journey_image import render_png, render_svg

    out = tmp_path / "out"
    out.mkdir()
    blocker = out / "not-a-folder"
    blocker.write_text("x")
    for render in (render_png, render_svg):
        with pytest.raises(OSError, match="cannot write into"):
            render(journey, blocker / "board.png")
    assert sorted(p.name for p in out.iterdir()) == ["not-a-folder"]
    # An existing picture is replaced whole.
    target = out / "board.svg"
    target.write_text("old")
    render_svg(journey, target)
    assert target.read_text(encoding="utf-8").startswith("<?xml")


@pytest.mark.slow
def test_images_draw_headless_without_widgets(demo_file: Path, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from codesign.storage import Document\n"
        "from codesign.export.journey_image import render_png\n"
        "with Document.open(sys.argv[1]) as doc:\n"
        "    render_png(doc.workshop.journeys[0], sys.argv[2])\n"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'widgets were imported'\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-c", script, str(demo_file), str(tmp_path / "b.png")],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "b.png").stat().st_size > 10_000

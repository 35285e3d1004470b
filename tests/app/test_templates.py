"""Journey templates: every shipped one loads in English and German, and a broken file is only skipped."""

from __future__ import annotations

import json
import shutil
import subprocess
import textwrap
from itertools import combinations
from pathlib import Path

import pytest

from codesign.app import templates
from codesign.app.templates import BLANK, add_template_journey, available_templates, card_slot
from codesign.app.vocabulary import CHANNELS, NOTE_TYPES
from codesign.model import Channel, Journey, LaneKind, NoteType, Workshop
from codesign.model.journey import BLUEPRINT_LANES
from codesign.model.layout import CARD_HEIGHT, CARD_WIDTH, EMOTION_LANE_HEIGHT, LANE_HEIGHT, MOMENT_WIDTH
from codesign.storage import Document

from .helpers import stored

SHIPPED = ("service-blueprint", "customer-journey", "employee-journey")
LANGUAGES = ("en", "de")


def _journey(template_id: str, language: str) -> Journey:
    return add_template_journey(Workshop(title="t", language="de"), template_id, language)


def _file(template_id: str, language: str) -> dict:
    return json.loads((templates.FOLDER / f"{template_id}.{language}.json").read_text(encoding="utf-8"))


def _rect(card) -> tuple[float, float, float, float]:  # noqa: ANN001
    return card.x, card.y, card.x + CARD_WIDTH, card.y + CARD_HEIGHT  # size is a column default until saved


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A template folder of our own, holding a copy of the English blueprint."""
    own = tmp_path / "templates"
    own.mkdir()
    shutil.copy(templates.FOLDER / "service-blueprint.en.json", own / "good.en.json")
    monkeypatch.setattr(templates, "FOLDER", own)
    return own


def test_the_list_offers_blank_first_then_the_shipped_templates() -> None:
    for language in LANGUAGES:
        listed = available_templates(language)
        assert [t.id for t in listed] == [BLANK, *SHIPPED]
        assert all(t.name and t.description for t in listed)
        assert [t.name for t in listed[1:]] == [_file(i, language)["name"] for i in SHIPPED]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template_id", SHIPPED)
def test_every_template_has_a_full_board_in_both_languages(template_id: str, language: str) -> None:
    assert (templates.FOLDER / f"{template_id}.{language}.json").is_file()  # its own file, no fallback
    journey = _journey(template_id, language)

    assert journey.title == _file(template_id, language)["journey"]["title"]
    assert journey.persona and journey.description
    assert 5 <= len(journey.moments) <= 7
    assert 4 <= len(journey.lanes) <= 5
    assert all(m.title and m.description for m in journey.moments)
    assert all(lane.title for lane in journey.lanes)
    assert 3 <= len(journey.cards) <= 8
    cells: dict[tuple[int, int], list] = {}
    for card in journey.cards:
        assert card.title
        assert card.moment in journey.moments and card.lane in journey.lanes
        assert card.lane.kind != LaneKind.EMOTION  # that row holds the curve
        x0, y0, x1, y1 = _rect(card)
        assert 0 <= x0 and x1 <= card.moment.width and 0 <= y0 and y1 <= card.lane.height
        cells.setdefault((id(card.moment), id(card.lane)), []).append(card)
    for cell in cells.values():
        for a, b in combinations(cell, 2):
            assert not _overlap(_rect(a), _rect(b)), (a.title, b.title)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template_id", SHIPPED)
def test_every_template_is_stored_as_it_reads(template_id: str, language: str, tmp_path: Path) -> None:
    path = tmp_path / "w.codesign"
    with Document.create(path, title="t", language=language,
                         build=lambda w: add_template_journey(w, template_id, language)):
        pass
    spec = _file(template_id, language)["journey"]
    assert [t for (t,) in stored(path, "SELECT title FROM moment ORDER BY position")] == [
        m["title"] for m in spec["moments"]]
    assert stored(path, "SELECT title, kind FROM lane ORDER BY position") == [
        (lane["title"], lane["kind"]) for lane in spec["lanes"]]
    assert sorted(t for (t,) in stored(path, "SELECT title FROM card")) == sorted(c["title"] for c in spec["cards"])


def test_the_blueprint_uses_the_four_blueprint_rows() -> None:
    for language in LANGUAGES:
        assert [lane.kind for lane in _journey("service-blueprint", language).lanes] == [
            kind for kind, _ in BLUEPRINT_LANES]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_customer_journey_has_an_emotion_curve(language: str) -> None:
    journey = _journey("customer-journey", language)
    emotion_lanes = [lane for lane in journey.lanes if lane.kind == LaneKind.EMOTION]
    assert len(emotion_lanes) == 1
    assert emotion_lanes[0].height == EMOTION_LANE_HEIGHT
    assert all(lane.height == LANE_HEIGHT for lane in journey.lanes if lane.kind != LaneKind.EMOTION)
    emotions = [m.emotion for m in journey.moments]
    assert min(emotions) < 0 < max(emotions)
    assert len(set(emotions)) >= 4  # a curve, not a step


@pytest.mark.parametrize("template_id", SHIPPED)
def test_german_is_a_translation_not_a_copy(template_id: str) -> None:
    en, de = _file(template_id, "en"), _file(template_id, "de")
    assert en["name"] != de["name"] and en["description"] != de["description"]
    english, german = _journey(template_id, "en"), _journey(template_id, "de")
    assert english.title != german.title and english.persona != german.persona
    assert all(a.title != b.title for a, b in zip(english.moments, german.moments, strict=True))
    assert sum(a.title != b.title for a, b in zip(english.lanes, german.lanes, strict=True)) >= 3
    assert all(a.body != b.body for a, b in zip(english.cards, german.cards, strict=True))

    def shape(journey: Journey) -> list:
        return [[m.emotion for m in journey.moments], [lane.kind for lane in journey.lanes],
                [(c.kind, c.type, c.moment.position, c.lane.position, c.x, c.y) for c in journey.cards]]

    assert shape(english) == shape(german)  # the same board in both languages


def test_blank_is_the_blueprint_rows_and_empty_moments() -> None:
    journey = _journey(BLANK, "de")
    assert journey.title == "Customer journey"
    assert [lane.kind for lane in journey.lanes] == [kind for kind, _ in BLUEPRINT_LANES]
    assert [m.title for m in journey.moments] == ["Discover", "Decide", "Start", "Use", "Get help"]
    assert journey.cards == []


def test_an_unknown_template_gives_a_blank_journey() -> None:
    workshop = Workshop(title="t", language="en")
    journey = add_template_journey(workshop, "no-such-template", "en")
    assert workshop.journeys == [journey]
    assert len(journey.moments) == 5 and journey.cards == []


def test_a_missing_language_falls_back_to_english(folder: Path) -> None:
    assert not (folder / "good.de.json").exists()
    assert [(t.id, t.name) for t in available_templates("de")] == [(BLANK, "Blank journey"),
                                                                   ("good", "Service blueprint")]
    assert _journey("good", "de").title == "Getting a broken washing machine repaired"


def _break(data: dict, how: str) -> str:
    journey = data["journey"]
    if how == "not json":
        return '{"format": "codesign-template", "name": '
    if how == "wrong format":
        data["format"] = "codesign-workshop"
    elif how == "newer version":
        data["version"] = 2
    elif how == "no name":
        data["name"] = " "
    elif how == "no moments":
        journey["moments"] = []
    elif how == "lane kind":
        journey["lanes"][0]["kind"] = "swimlane"
    elif how == "emotion":
        journey["moments"][0]["emotion"] = 5
    elif how == "huge emotion":
        journey["moments"][0]["emotion"] = 10 ** 400
    elif how == "card outside":
        journey["cards"][0]["lane"] = len(journey["lanes"])
    elif how == "channel on a note":
        journey["cards"][0].update(kind="note", note_type="idea")
    elif how == "title not text":
        journey["moments"][1]["title"] = 42
    elif how == "lone surrogate":
        return json.dumps(data).replace('"Backstage"', '"Back\\ud800stage"')
    return json.dumps(data)


BREAKAGES = ("not json", "wrong format", "newer version", "no name", "no moments", "lane kind", "emotion",
             "huge emotion", "card outside", "channel on a note", "title not text", "lone surrogate")


@pytest.mark.parametrize("how", BREAKAGES)
def test_a_broken_template_is_left_out(folder: Path, how: str, capsys: pytest.CaptureFixture[str]) -> None:
    text = _break(json.loads((folder / "good.en.json").read_text(encoding="utf-8")), how)
    (folder / "broken.en.json").write_text(text, encoding="utf-8")

    assert [t.id for t in available_templates("en")] == [BLANK, "good"]
    journey = _journey("broken", "en")
    assert journey.title == "Customer journey" and journey.cards == []  # blank instead
    assert capsys.readouterr().err == ""


def test_unreadable_files_and_a_missing_folder_leave_blank(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / "binary.en.json").write_bytes(b"\xff\xfe\x00garbage")
    (folder / "folder.en.json").mkdir()
    (folder / "notes.txt").write_text("not a template", encoding="utf-8")
    assert [t.id for t in available_templates("en")] == [BLANK, "good"]
    monkeypatch.setattr(templates, "FOLDER", folder / "gone")
    assert [t.id for t in available_templates("de")] == [BLANK]


def test_a_broken_translation_falls_back_to_english(folder: Path) -> None:
    (folder / "good.de.json").write_text("{", encoding="utf-8")
    listed = available_templates("de")
    assert [t.id for t in listed] == [BLANK, "good"]
    assert listed[1].name == "Service blueprint"


@pytest.mark.parametrize("template_id", ["service-blueprint", "employee-journey"])
def test_two_cards_in_one_cell_sit_side_by_side(template_id: str) -> None:
    cards = [c for c in _journey(template_id, "en").cards if c.moment.position == 1 and c.lane.position == 1]
    assert [(c.x, c.y) for c in cards] == [card_slot(0, MOMENT_WIDTH), card_slot(1, MOMENT_WIDTH)]
    assert cards[0].x + CARD_WIDTH < cards[1].x


def test_cards_in_one_cell_fill_two_columns_then_the_next_row() -> None:
    slots = [card_slot(i, MOMENT_WIDTH) for i in range(4)]
    assert slots[0][1] == slots[1][1] < slots[2][1] == slots[3][1]
    assert slots[0][0] == slots[2][0] < slots[1][0] == slots[3][0]
    rects = [(x, y, x + CARD_WIDTH, y + CARD_HEIGHT) for x, y in slots]
    assert not any(_overlap(a, b) for a, b in combinations(rects, 2))
    assert max(r[2] for r in rects) <= MOMENT_WIDTH and max(r[3] for r in rects) <= LANE_HEIGHT
    assert card_slot(1, CARD_WIDTH + 40)[0] == card_slot(0, CARD_WIDTH + 40)[0]  # a narrow column stacks


def test_the_loader_knows_the_models_vocabularies() -> None:
    assert set(templates.LANE_KINDS) == {k.value for k in LaneKind}
    assert set(CHANNELS) == {c.value for c in Channel}
    assert set(NOTE_TYPES) == {n.value for n in NoteType}


def test_listing_templates_loads_no_storage(python: str) -> None:
    script = textwrap.dedent("""
        import sys
        from codesign.app.templates import available_templates
        assert len(available_templates("de")) == 4
        print(sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy" or m.startswith("codesign.model")))
    """)
    result = subprocess.run([python, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

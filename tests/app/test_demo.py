"""The demo: a fresh, clearly marked copy each time, old copies tidied away, in English and German."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from PySide6.QtCore import QSettings, Qt

from codesign.app.application import open_initial
from codesign.app.demo import MAX_AGE_SECONDS, is_demo_copy, prepare_demo_copy, prune_demo_copies
from codesign.app.main_window import MainWindow
from codesign.app.workshops import Workshops
from codesign.paths import DEMO_JSON, demo_dir
from codesign.storage import Document
from codesign.storage.export import export_json
from codesign.storage.interchange import import_file


def _old_copy(name: str, demo_json: Path) -> Path:
    path = demo_dir() / name
    path.parent.mkdir(parents=True, exist_ok=True)
    import_file(demo_json, path)
    stale = time.time() - MAX_AGE_SECONDS - 3600
    os.utime(path, (stale, stale))
    return path


def test_the_demo_opens_as_a_marked_copy(workshops: Workshops, window: MainWindow) -> None:
    shown = open_initial(workshops, window, file=None, demo=True)  # what `codesign --demo` does

    assert shown is window
    path = window.workshop.path
    assert path.parent == demo_dir() and is_demo_copy(path)
    assert window.windowTitle() == f"Opening an account at Lindenbank — {path.name} (demo copy) — codesign"
    assert window.view.findChild(object, "demo_banner") is not None
    board = window.view.journey_view(0).board
    assert board.titles_in_cell(2, 0) == [  # "Prove who you are" x "Customer actions"
        "Uploads photos of passport & permit", "Video ident: long queue, dropped calls", "“Like holding up a mugshot”"]
    assert workshops.recent.paths() == []  # practice copies stay out of the recent list


def test_each_demo_is_a_fresh_copy(workshops: Workshops, window: MainWindow) -> None:
    first = workshops.open_demo(window)
    first.workshop.set_workshop_field("title", "Scribbled on", "Change title")
    second = workshops.open_demo(first)
    assert second is not first
    assert second.workshop.path != first.workshop.path
    assert second.workshop.workshop.title == "Opening an account at Lindenbank"


def test_old_demo_copies_are_removed_unless_open(demo_json: Path) -> None:
    stale = _old_copy("demo stale.codesign", demo_json)
    busy = _old_copy("demo busy.codesign", demo_json)
    fresh = demo_dir() / "demo fresh.codesign"
    import_file(demo_json, fresh)
    with Document.open(busy):
        removed = prune_demo_copies()
    assert removed == [stale]
    assert not stale.exists() and not Path(f"{stale}-wal").exists()
    assert busy.exists() and fresh.exists()


def test_the_start_screen_demo_button_opens_the_demo(workshops: Workshops, window: MainWindow,
                                                     qtbot) -> None:  # noqa: ANN001
    qtbot.mouseClick(window.start_screen.demo_button, Qt.MouseButton.LeftButton)
    assert window.workshop is not None and window.workshop.is_demo
    assert window.centralWidget().currentWidget() is window.view


# -- the German demo ---------------------------------------------------------------------------
# The same workshop in German: same ids, structure, numbers, dates, colours, votes and links;
# only the text is German. The app opens the demo in its menus' language.

DE_JSON = DEMO_JSON["de"]
SCHEMA = DEMO_JSON["en"].parents[1] / "schema" / "codesign-workshop-1.schema.json"
TEXT_FIELDS = {"title", "goal", "location", "notes", "persona", "description", "body", "label", "question",
               "statement", "segment", "experiment", "metric", "success_criterion", "effort", "observation",
               "learning", "next_steps", "note"}
SAME_IN_GERMAN = {"", "Emotion"}  # empty fields, and the emotion lane (the word is German too)
NAMES = {"facilitator", "name", "owner"}  # people keep their names


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _texts(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(place, text) of every text field, in document order."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in TEXT_FIELDS and isinstance(value, str):
                yield f"{path}.{key}", value
            else:
                yield from _texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _texts(value, f"{path}[{index}]")


def _masked(node: Any) -> Any:
    """The tree with every text field (and the language) blanked: what both demos must share."""
    if isinstance(node, dict):
        return {key: "…" if key in TEXT_FIELDS | {"language"} and isinstance(value, str) else _masked(value)
                for key, value in node.items()}
    if isinstance(node, list):
        return [_masked(value) for value in node]
    return node


def _ui_language(language: str) -> None:
    settings = QSettings()
    settings.setValue("ui/language", language)
    settings.sync()


@pytest.fixture(autouse=True)
def _english_menus() -> None:
    """The tests above expect the English demo, whatever the machine's locale."""
    _ui_language("en")


def test_the_german_demo_follows_the_schema_and_imports(tmp_path: Path) -> None:
    data = _load(DE_JSON)
    validator = Draft202012Validator(_load(SCHEMA), format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []
    path = tmp_path / "de.codesign"
    import_file(DE_JSON, path)
    assert json.loads(export_json(path)) == data  # nothing lost or changed on the way in
    with Document.open(path) as document:
        assert document.workshop.language == "de"
        assert document.workshop.title == "Kontoeröffnung bei der Lindenbank"


def test_the_german_demo_is_the_same_workshop_as_the_english_one() -> None:
    english, german = _load(DEMO_JSON["en"]), _load(DE_JSON)
    assert english["workshop"]["language"] == "en" and german["workshop"]["language"] == "de"
    assert _masked(german) == _masked(english)  # ids, structure, numbers, dates, colours, votes, links
    assert [place for place, _text in _texts(german)] == [place for place, _text in _texts(english)]


def test_every_text_of_the_german_demo_is_translated() -> None:
    english = dict(_texts(_load(DEMO_JSON["en"])))
    german = dict(_texts(_load(DE_JSON)))
    unchanged = {place: text for place, text in german.items() if text == english[place]}
    assert set(unchanged.values()) <= SAME_IN_GERMAN, unchanged
    assert len(german) - len(unchanged) >= 160
    # The hypothesis fields start as the app's German lead-ins do, so the PDF can set them off.
    for hypothesis in _load(DE_JSON)["hypotheses"]:
        assert hypothesis["statement"].startswith("Wir glauben, dass ")
        for field, start in (("observation", "Wir haben beobachtet, dass "), ("learning", "Wir haben gelernt, dass "),
                             ("next_steps", "Deshalb werden wir ")):
            assert hypothesis[field] == "" or hypothesis[field].startswith(start)


def test_people_keep_their_names_in_the_german_demo() -> None:
    def names(data: dict[str, Any]) -> list[str]:
        return ([data["workshop"]["facilitator"]] + [p["name"] for p in data["participants"]]
                + [h["owner"] for h in data["hypotheses"]])

    assert names(_load(DE_JSON)) == names(_load(DEMO_JSON["en"]))
    assert NAMES.isdisjoint(TEXT_FIELDS)


@pytest.mark.parametrize(("language", "title", "prefix"), [
    ("de", "Kontoeröffnung bei der Lindenbank", "Demo-Workshop "),
    ("en", "Opening an account at Lindenbank", "demo "),
])
def test_the_demo_opens_in_the_language_of_the_menus(workshops: Workshops, window: MainWindow,
                                                     language: str, title: str, prefix: str) -> None:
    _ui_language(language)
    shown = workshops.open_demo(window)
    assert shown is not None and shown.workshop.is_demo
    path = shown.workshop.path
    assert is_demo_copy(path) and path.name.startswith(prefix)
    assert shown.workshop.workshop.title == title
    assert shown.workshop.workshop.language == language


def test_the_german_demo_board_shows_german_cards(workshops: Workshops, window: MainWindow) -> None:
    _ui_language("de")
    shown = workshops.open_demo(window)
    board = shown.view.journey_view(0).board
    assert board.titles_in_cell(2, 0) == [  # "Identität nachweisen" x "Aktionen der Kund:innen"
        "Lädt Fotos von Pass & Visum hoch", "Video-Ident: langes Warten, Abbrüche", "„Wie ein Polizeifoto“"]


def test_an_unknown_language_gets_the_english_demo(tmp_path: Path) -> None:
    path = prepare_demo_copy("fr", folder=tmp_path)
    assert path.name.startswith("demo ")
    with Document.open(path) as document:
        assert document.workshop.language == "en"


def test_the_german_demo_report_is_in_german(tmp_path: Path) -> None:
    """The workshop's language decides the PDF's: German headings, page numbers and metadata."""
    from pypdf import PdfReader

    from codesign.export.pdf import export_pdf

    source = tmp_path / "de.codesign"
    import_file(DE_JSON, source)
    out = tmp_path / "de.pdf"
    export_pdf(source, out)  # no language asked for: the workshop's
    reader = PdfReader(out)
    pages = [" ".join((page.extract_text() or "").replace("\xa0", " ").split()) for page in reader.pages]
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    for heading in ("Inhalt", "Journeys", "Abstimmung", "Hypothesen", "Losgelassen, und was wir gelernt haben",
                    "Anhang: alle Karten", "Ein Girokonto eröffnen",
                    "Runde 1: Wo schmerzt es die Kundschaft am meisten?"):
        assert heading in titles, heading
    for english in ("Contents", "Voting", "Hypotheses", "Let go, and what we learned", "Appendix: every card"):
        assert english not in titles, english
    assert any(t.startswith("H1") and "Wir glauben, dass" in t for t in titles)
    cover, text = pages[0], " ".join(pages)
    assert "Kontoeröffnung bei der Lindenbank" in cover and "12. November 2026" in cover
    assert "6 Kund:innen · 5 Mitarbeitende · 1 Moderator:in" in cover
    assert f"Seite 2 von {len(pages)}" in pages[1]
    assert "Page 2 of" not in text and "Opening an account" not in text
    assert str(reader.trailer["/Root"].get("/Lang", "")) == "de"

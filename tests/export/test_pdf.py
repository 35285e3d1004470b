"""The demo's report: every section, in order, with the right content, bookmarks and metadata."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from codesign.export.pdf import PdfOptions, build_pdf, export_pdf
from codesign.model.results import round_results
from codesign.storage.loader import load_workshop
from codesign.storage.readonly import read_connection

from .fixtures.pdf_data import demo_dict
from .fixtures.pdf_reading import Pdf, flat

DEMO = demo_dict()
SECTIONS = ["Contents", "Journeys", "Voting", "Hypotheses", "Let go, and what we learned", "Appendix: every card"]
ROUND = "Round 1: Where does it hurt most for customers?"
JOURNEY = "Open a current account"


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    from codesign.storage.interchange import import_data

    folder = tmp_path_factory.mktemp("demo-pdf")
    source = folder / "demo.codesign"
    import_data(demo_dict(), source)
    out = folder / "demo.pdf"
    export_pdf(source, out)
    return Pdf(out)


def test_every_section_is_in_the_text_and_the_outline(demo_pdf: Pdf) -> None:
    titles = demo_pdf.titles()
    for section in SECTIONS:
        assert section in demo_pdf.text
        assert section in titles
    assert JOURNEY in titles and ROUND in titles
    pages = [demo_pdf.page_of(s) for s in SECTIONS]
    assert pages == sorted(pages), "sections in their order"
    levels = {title: level for title, level, _page in demo_pdf.outline()}
    assert levels["Voting"] == 0 and levels[ROUND] == 1 and levels[JOURNEY] == 1
    hypotheses = [t for t in titles if t.startswith("H") and " · We believe that" in t]
    assert len(hypotheses) == len(DEMO["hypotheses"]) and all(levels[t] == 1 for t in hypotheses)


def test_bookmarks_point_at_their_pages(demo_pdf: Pdf) -> None:
    for title, level, page in demo_pdf.outline():
        if level == 0 and title != "Journeys":  # the journey pages are one drawing: its heading is the journey's
            assert title in demo_pdf.pages[page], title
    assert ROUND in demo_pdf.pages[demo_pdf.page_of(ROUND)]
    assert JOURNEY in demo_pdf.pages[demo_pdf.page_of(JOURNEY)]


def test_cover_counts_participants_by_group_without_names(demo_pdf: Pdf) -> None:
    cover = demo_pdf.pages[0]
    assert "Opening an account at Lindenbank" in cover
    assert "Find where opening a current account breaks down" in cover
    assert "12 November 2026" in cover
    assert "Lindenbank, Market Square branch, customer lab (2nd floor)" in cover
    assert "6 customers · 5 staff · 1 facilitator" in cover
    for person in DEMO["participants"]:
        if person["group"] != "facilitator":
            assert person["name"] not in cover


def test_contents_lists_the_pages_of_each_section(demo_pdf: Pdf) -> None:
    contents = demo_pdf.pages[demo_pdf.page_of("Contents")]
    for section in SECTIONS[1:]:
        assert f"{section} {demo_pdf.page_of(section) + 1}" in contents


def test_every_card_title_is_in_the_report(demo_pdf: Pdf) -> None:
    appendix = demo_pdf.between("Appendix: every card", None)
    for card in DEMO["cards"]:
        assert flat(card["title"]) in appendix, card["title"]
        assert flat(card["body"]) in appendix, card["body"]


def test_cards_are_ranked_in_vote_order_with_ties_marked(demo_pdf: Pdf, demo_file: Path) -> None:
    with read_connection(demo_file) as (connection, _info), Session(connection) as session:
        results = round_results(load_workshop(session).voting_rounds[0])
        ranked = [(c.rank, c.title) for c in results.cards if c.total]
    voting = demo_pdf.between("Voting", "Hypotheses")
    table = voting[voting.index("All cards with dots"):]
    positions = [table.index(title) for _rank, title in ranked]
    assert positions == sorted(positions)
    assert ranked[0][1] == "Video ident: long queue, dropped calls"
    ranks = [rank for rank, _title in ranked]
    for rank, title in ranked:
        mark = f"{rank}=" if ranks.count(rank) > 1 else f"{rank}"
        assert f"{mark} {title}" in table
    assert "6= App logs you out after 10 minutes" in table and "6= Three letters, three days, one puzzle" in table


def test_voting_explains_the_round_and_names_voters_of_an_open_round(demo_pdf: Pdf) -> None:
    voting = demo_pdf.between("Voting", "Hypotheses")
    assert "3 dots per person, at most 2 on one card" in voting
    assert "Customers, Staff" in voting
    assert "33 dots placed (Customers 18, Staff 15)." in voting
    assert "Customers Staff" in voting  # the chart's legend
    assert "Voters: Amira (2), Jonas (1)" in voting
    assert "“Prove who you are” hurts most: 12 dots on pain points." in voting
    assert "Where customers and staff disagree" in voting


def test_hypotheses_show_test_and_learning_cards_with_history(demo_pdf: Pdf) -> None:
    section = demo_pdf.between("Hypotheses", "Let go, and what we learned")
    kept = [h for h in DEMO["hypotheses"] if h["status"] != "let_go"]
    for h in kept:
        for field in ("statement", "segment", "experiment", "metric", "success_criterion", "owner"):
            assert flat(h[field]) in section, (h["id"], field)
        for change in h["history"]:
            assert flat(change["note"]) in section
    assert "For whom… " in section and "To verify it, we will… " in section and "We are right if… " in section
    validated = next(h for h in kept if h["status"] == "validated")
    for field in ("observation", "learning", "next_steps"):
        assert flat(validated[field]) in section
    assert "Decision: Persevere" in section
    assert "Deadline: 11 December 2026" in section
    assert "criticality: high (3 of 3)" in section
    assert "Moments: Prove who you are" in section


def test_let_go_hypotheses_have_their_own_section_with_their_learning(demo_pdf: Pdf) -> None:
    gone = [h for h in DEMO["hypotheses"] if h["status"] == "let_go"]
    assert gone
    hypotheses = demo_pdf.between("Hypotheses", "Let go, and what we learned")
    let_go = demo_pdf.between("Let go, and what we learned", "Appendix: every card")
    for h in gone:
        assert flat(h["statement"]) in let_go and flat(h["statement"]) not in hypotheses
        assert flat(h["learning"]) in let_go
    assert let_go.index("LEARNING CARD") < let_go.index("TEST CARD")
    assert "a result, not a failure" in let_go


def test_journey_pages_are_landscape_and_the_rest_portrait(demo_pdf: Pdf) -> None:
    first, after = demo_pdf.page_of("Journeys"), demo_pdf.page_of("Voting")
    assert first < after
    for index in range(len(demo_pdf.pages)):
        width, height = demo_pdf.size(index)
        assert (width > height) == (first <= index < after), index


def test_every_page_but_the_cover_says_page_x_of_y(demo_pdf: Pdf) -> None:
    total = len(demo_pdf.pages)
    assert "Page 1 of" not in demo_pdf.pages[0]
    for number, text in enumerate(demo_pdf.pages[1:], start=2):
        assert f"Page {number} of {total}" in text
        assert "Opening an account at Lindenbank" in text  # the running header


def test_metadata_names_title_author_subject_creator_and_language(demo_pdf: Pdf) -> None:
    meta = demo_pdf.reader.metadata
    assert meta.title == DEMO["workshop"]["title"]
    assert meta.author == DEMO["workshop"]["facilitator"]
    assert meta.subject == DEMO["workshop"]["goal"]
    assert meta.creator == "codesign"
    assert demo_pdf.lang() == "en"


def test_an_in_memory_workshop_builds_into_a_buffer_fast(demo_file: Path) -> None:
    with read_connection(demo_file) as (connection, _info), Session(connection) as session:
        workshop = load_workshop(session)
        build_pdf(workshop, io.BytesIO())  # fonts registered, lazy relations loaded
        best = float("inf")
        for _ in range(2):
            out = io.BytesIO()
            start = time.perf_counter()
            build_pdf(workshop, out, PdfOptions())
            best = min(best, time.perf_counter() - start)
    assert out.getvalue().startswith(b"%PDF")
    assert best < 2.0, f"the demo took {best:.2f} s"  # about 0.3 s here; generous for slow CI machines

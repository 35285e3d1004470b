"""Export options and the file itself: page size, sections, language, progress, cancel, atomic write."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from codesign.export.pdf import ALL_SECTIONS, ExportCancelled, PdfOptions, build_pdf, export_pdf
from codesign.model import Workshop
from codesign.storage.errors import StorageError

from .fixtures.pdf_reading import Pdf

A4 = (595.3, 841.9)
LETTER = (612.0, 792.0)


def size(pdf: Pdf, index: int) -> tuple[float, float]:
    width, height = pdf.size(index)
    return round(width, 1), round(height, 1)


@pytest.mark.parametrize(("page_size", "expected"), [("A4", A4), ("Letter", LETTER)])
def test_page_size_portrait_and_landscape(demo_file: Path, tmp_path: Path, page_size: str,
                                          expected: tuple[float, float]) -> None:
    out = tmp_path / "out.pdf"
    export_pdf(demo_file, out, PdfOptions(page_size=page_size))
    pdf = Pdf(out)
    assert size(pdf, 0) == expected
    assert size(pdf, pdf.page_of("Journeys")) == expected[::-1]
    assert size(pdf, pdf.page_of("Voting")) == expected


def test_an_unknown_page_size_or_section_is_refused(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValueError, match="page_size"):
        export_pdf(demo_file, out / "a.pdf", PdfOptions(page_size="A5"))
    with pytest.raises(ValueError, match="sections"):
        export_pdf(demo_file, out / "b.pdf", PdfOptions(sections=frozenset({"summary"})))
    assert list(out.iterdir()) == []


def test_only_the_chosen_sections_are_exported(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    export_pdf(demo_file, out, PdfOptions(sections=frozenset({"voting"})))
    pdf = Pdf(out)
    assert pdf.titles() == ["Voting", "Round 1: Where does it hurt most for customers?"]
    assert pdf.pages[0].startswith("Voting Customers and staff placed dots")
    assert "CO-DESIGN WORKSHOP" not in pdf.text and "Appendix" not in pdf.text
    assert size(pdf, 0) == A4


def test_journeys_first_starts_on_a_landscape_page(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    export_pdf(demo_file, out, PdfOptions(sections=frozenset({"journeys", "appendix"})))
    pdf = Pdf(out)
    assert size(pdf, 0) == A4[::-1]
    assert size(pdf, pdf.page_of("Appendix: every card")) == A4


def test_without_their_own_section_let_go_hypotheses_stay_with_the_others(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    export_pdf(demo_file, out, PdfOptions(sections=ALL_SECTIONS - {"let_go"}))
    pdf = Pdf(out)
    assert "Let go, and what we learned" not in pdf.titles()
    section = pdf.between("Hypotheses", "Appendix: every card")
    assert "H5 · LET GO" in section and "a short guide sent before the video ident call" in section


def test_fixed_words_are_translated_and_the_language_is_set(demo_file: Path, tmp_path: Path) -> None:
    asked: set[str] = set()

    def translate(context: str, text: str) -> str:
        asked.add(context)
        return {"Voting": "Abstimmung", "Pain point": "Schmerzpunkt",
                "Page {page} of {total}": "Seite {page} von {total}"}.get(text, text)

    out = tmp_path / "out.pdf"
    export_pdf(demo_file, out, PdfOptions(language="de", translate=translate))
    pdf = Pdf(out)
    assert "Abstimmung" in pdf.titles() and "Voting" not in pdf.titles()
    assert "Schmerzpunkt" in pdf.text and "Seite 2 von" in pdf.pages[1]
    assert pdf.lang() == "de"
    assert asked == {"PdfExport", "Vocabulary"}


def test_progress_climbs_to_done(demo_file: Path, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    export_pdf(demo_file, tmp_path / "out.pdf", progress=lambda done, total: calls.append((done, total)))
    done = [d for d, _t in calls]
    assert done == sorted(done) and len(calls) >= 3
    assert calls[-1][0] == calls[-1][1] and {t for _d, t in calls} == {calls[-1][1]}


@pytest.mark.parametrize("share", [0.0, 0.1, 0.9])  # before anything, while building, while laying out
def test_cancel_leaves_no_file_behind(demo_file: Path, tmp_path: Path, share: float) -> None:
    asked = {"n": 0}

    def count() -> bool:
        asked["n"] += 1
        return False

    export_pdf(demo_file, tmp_path / "counted.pdf", cancelled=count)
    assert asked["n"] > 50  # the export asks often, so it can stop at almost any point
    after, asked["n"] = int(asked["n"] * share), 0
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    def cancelled() -> bool:
        asked["n"] += 1
        return asked["n"] > after

    with pytest.raises(ExportCancelled):
        export_pdf(demo_file, out_dir / "report.pdf", cancelled=cancelled)
    assert list(out_dir.iterdir()) == []


def test_a_cancelled_export_keeps_the_old_report(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    out.write_bytes(b"old report")
    with pytest.raises(ExportCancelled):
        export_pdf(demo_file, out, cancelled=lambda: True)
    assert out.read_bytes() == b"old report"
    assert [p.name for p in out.parent.iterdir()] == ["report.pdf"]
    export_pdf(demo_file, out)
    assert out.read_bytes().startswith(b"%PDF")


def test_exporting_reads_the_workshop_without_changing_it(demo_file: Path, tmp_path: Path) -> None:
    before = demo_file.read_bytes()
    export_pdf(demo_file, tmp_path / "out.pdf")
    assert demo_file.read_bytes() == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["demo.codesign", "out.pdf"]


def test_a_file_that_is_no_workshop_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.codesign"
    bogus.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StorageError):
        export_pdf(bogus, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


def test_an_empty_workshop_still_makes_a_report() -> None:
    out = io.BytesIO()
    build_pdf(Workshop(title="Nothing yet", language="en"), out)
    pdf = Pdf(io.BytesIO(out.getvalue()))
    assert "Nothing yet" in pdf.pages[0]
    assert "No voting rounds were held." in pdf.text
    assert "No hypotheses were written down." in pdf.text
    assert "Journeys" not in pdf.titles()

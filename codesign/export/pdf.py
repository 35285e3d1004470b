"""The workshop as a PDF report for people who never open codesign.

`export_pdf` reads a .codesign file read-only and writes the PDF atomically (a temporary file
beside the destination, renamed into place), so a half-written report never exists; `build_pdf`
does the same for a workshop already in memory. Headless: ReportLab only, no Qt.

Sections, in order: cover, contents, journeys (landscape pages), voting, hypotheses, let go
(what we learned), appendix (every card's text). Fixed strings are translated through
`PdfOptions.translate` (by default the .ts translations of the report's language, see
pdf_translate.py); user text is escaped, made printable and clipped (see text.py).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak
from sqlalchemy.exc import NoResultFound, SQLAlchemyError
from sqlalchemy.orm import Session

from codesign.export.fonts import register
from codesign.export.pdf_cover import contents_page, cover
from codesign.export.pdf_document import COVER, LANDSCAPE, PORTRAIT, ReportTemplate
from codesign.export.pdf_hypotheses import hypotheses_section, let_go_section
from codesign.export.pdf_journeys import appendix, journeys_section
from codesign.export.pdf_parts import Report
from codesign.export.pdf_styles import PAGE_SIZES, Styles
from codesign.export.pdf_translate import translate_for
from codesign.export.pdf_voting import voting_section
from codesign.export.pdf_words import Translate, Words, identity
from codesign.model.errors import QT_TRANSLATE_NOOP
from codesign.model.workshop import Workshop
from codesign.storage.errors import DamagedFile, WriteFailed
from codesign.storage.loader import load_workshop
from codesign.storage.readonly import read_connection
from codesign.storage.safe_write import temp_beside

ALL_SECTIONS: frozenset[str] = frozenset({"cover", "contents", "journeys", "voting", "hypotheses", "let_go",
                                          "appendix"})
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The user stopped the export; no file was left behind."""


@dataclass(frozen=True)
class PdfOptions:
    page_size: str = "A4"  # "A4" or "Letter"
    language: str | None = None  # None: the workshop's; picks translations and the PDF's /Lang
    sections: frozenset[str] = ALL_SECTIONS
    anonymise: bool = False  # no participant's name anywhere, only counts by group
    translate: Translate = field(default=identity)  # identity: the translations of `language`


def export_pdf(source: Path, dest: Path, options: PdfOptions = PdfOptions(), progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> None:
    """Reads `source` read-only and writes its report to `dest` (replacing it all at once)."""
    with read_connection(Path(source)) as (connection, info):
        with Session(connection) as session:
            try:
                workshop = load_workshop(session)
            except NoResultFound:
                raise DamagedFile(info.path, QT_TRANSLATE_NOOP("StorageError", "it holds no workshop")) from None
            except (SQLAlchemyError, sqlite3.Error, KeyError) as exc:
                raise DamagedFile(info.path, str(getattr(exc, "orig", exc))) from None
            # Built inside the session: the few relations the loader leaves lazy load from the file.
            build_pdf(workshop, Path(dest), options, progress, cancelled)


def build_pdf(workshop: Workshop, dest: Path | BinaryIO, options: PdfOptions = PdfOptions(),
              progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
    """Writes the report of an in-memory workshop to a path (atomically) or a binary buffer."""
    if not isinstance(dest, (str, Path)):
        _build(workshop, dest, options, progress, cancelled)
        return
    dest = Path(dest)
    tmp = temp_beside(dest)
    try:
        with open(tmp, "wb") as handle:
            _build(workshop, handle, options, progress, cancelled)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise WriteFailed(dest, exc.strerror or str(exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class _Steps:
    """Progress in steps, never past the end before the file is written, and the chance to cancel."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.done, self.total = 0, total
        self._progress, self._cancelled = progress, cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def tick(self) -> None:
        self.check()
        self.done = min(self.done + 1, self.total - 1)
        if self._progress is not None:
            self._progress(self.done, self.total)

    def finish(self) -> None:
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)


def _build(workshop: Workshop, out: BinaryIO, options: PdfOptions, progress: Progress | None,
           cancelled: Cancelled | None) -> None:
    if options.page_size not in PAGE_SIZES:
        raise ValueError(f"page_size must be one of {', '.join(PAGE_SIZES)}, not {options.page_size!r}")
    sections = options.sections
    unknown = set(sections) - ALL_SECTIONS
    if unknown:
        raise ValueError(f"unknown sections: {', '.join(sorted(unknown))}")
    fonts = register()
    styles = Styles(fonts)
    language = options.language or workshop.language
    translate = translate_for(language) if options.translate is identity else options.translate
    words = Words(workshop, translate, options.anonymise)
    steps = _Steps(_estimate(workshop, sections), progress, cancelled)
    steps.check()
    title = words.plain(workshop.title) or words.tr(QT_TRANSLATE_NOOP("PdfExport", "Workshop report"))
    footer = words.tr(QT_TRANSLATE_NOOP("PdfExport", "Co-design workshop report"))
    if workshop.date:
        footer += " · " + words.date(workshop.date)
    page_of = words.tr(QT_TRANSLATE_NOOP("PdfExport", "Page {page} of {total}"))
    doc = ReportTemplate(
        out, pagesize=PAGE_SIZES[options.page_size], styles=styles, header=title, footer=footer,
        page_label=lambda page, total: page_of.format(page=page, total=total), on_flowable=steps.check,
        on_page=steps.tick,
        title=title, author="" if options.anonymise else words.plain(workshop.facilitator),
        subject=words.plain(workshop.goal, 500), creator="codesign", lang=language,
        initialFontName=fonts.regular)
    report = Report(workshop, words, styles, fonts, options.anonymise, doc.portrait_frame, doc.landscape_frame,
                    steps.tick)
    makers: list[tuple[str, str, Callable[[Report], list[Flowable]]]] = [
        ("cover", COVER, cover),
        ("contents", PORTRAIT, contents_page),
        ("journeys", LANDSCAPE, journeys_section),
        ("voting", PORTRAIT, voting_section),
        ("hypotheses", PORTRAIT, lambda r: hypotheses_section(r, with_let_go="let_go" not in sections)),
        ("let_go", PORTRAIT, let_go_section),
        ("appendix", PORTRAIT, appendix),
    ]
    story: list[Flowable] = []
    first: str | None = None
    for name, template, make in makers:
        if name not in sections or (name in ("journeys", "appendix") and not workshop.journeys):
            continue
        if first is None:
            first = template
        else:  # every section starts on a new page, of its own orientation
            story += [NextPageTemplate(template), PageBreak()]
        story += make(report)
    doc.start_with(first or PORTRAIT)
    doc.build_report(story)
    steps.finish()


def _estimate(workshop: Workshop, sections: frozenset[str]) -> int:
    """Steps: one per journey, round and hypothesis section built, and (a guess at) one per page."""
    journeys, rounds = len(workshop.journeys), len(workshop.voting_rounds)
    cards = sum(len(j.cards) for j in workshop.journeys)
    built = (journeys * (("journeys" in sections) + ("appendix" in sections))
             + ("voting" in sections) * (rounds + (rounds > 1)) + ("hypotheses" in sections) + ("let_go" in sections))
    pages = (("cover" in sections) + ("contents" in sections) + 2 * journeys * ("journeys" in sections)
             + 2 * rounds * ("voting" in sections) + (2 * len(workshop.hypotheses) + 2) // 3
             * (bool({"hypotheses", "let_go"} & sections)) + (cards // 16 + journeys) * ("appendix" in sections))
    return built + pages + 1

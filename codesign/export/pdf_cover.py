"""The cover (what, why, when, where, who by group — never names) and the contents page."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from codesign.export.pdf_document import ContentsSlot
from codesign.export.pdf_parts import Report, facts, section_heading
from codesign.export.pdf_styles import ACCENT, MUTED, RULE, TINT
from codesign.export.pdf_words import has
from codesign.model.enums import HypothesisStatus, ParticipantGroup
from codesign.model.errors import QT_TRANSLATE_NOOP

TITLE_LIMIT, GOAL_LIMIT, FACT_LIMIT = 200, 800, 200


def cover(report: Report) -> list[Flowable]:
    w, s, ws = report.words, report.styles, report.workshop
    title = w.p(ws.title, TITLE_LIMIT) or escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Untitled workshop")))
    story: list[Flowable] = [
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Co-design workshop · Report")).upper()), s.kicker),
        Paragraph(title, s.cover_title),
    ]
    if has(ws.goal):
        story.append(Paragraph(w.p(ws.goal, GOAL_LIMIT), s.lead))
    rows = []
    if ws.date:
        rows.append((escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Date"))), escape(w.date(ws.date))))
    if has(ws.location):
        rows.append((escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Location"))), w.p(ws.location, FACT_LIMIT)))
    if has(ws.facilitator) and not report.anonymise:
        rows.append((escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Facilitation"))), w.p(ws.facilitator, FACT_LIMIT)))
    people = participants_line(report)
    if people:
        rows.append((escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Participants"))), escape(people)))
    if rows:
        story += [Spacer(1, 6), facts(report, rows, 90)]
    story += [Spacer(1, 26), *at_a_glance(report)]
    return story


def participants_line(report: Report) -> str:
    """"6 customers · 5 staff · 1 facilitator": counts only, in the groups' order."""
    w = report.words
    counts = report.workshop.participants_by_group()
    forms = {
        ParticipantGroup.CUSTOMER: (QT_TRANSLATE_NOOP("PdfExport", "1 customer"),
                                    QT_TRANSLATE_NOOP("PdfExport", "{n} customers")),
        ParticipantGroup.STAFF: (QT_TRANSLATE_NOOP("PdfExport", "1 staff member"),
                                 QT_TRANSLATE_NOOP("PdfExport", "{n} staff")),
        ParticipantGroup.FACILITATOR: (QT_TRANSLATE_NOOP("PdfExport", "1 facilitator"),
                                       QT_TRANSLATE_NOOP("PdfExport", "{n} facilitators")),
        ParticipantGroup.OBSERVER: (QT_TRANSLATE_NOOP("PdfExport", "1 observer"),
                                    QT_TRANSLATE_NOOP("PdfExport", "{n} observers")),
    }
    return " · ".join(w.count(*forms[ParticipantGroup(g)], n) for g, n in counts.items() if n)


def at_a_glance(report: Report) -> list[Flowable]:
    """Four figures and the top of the vote: what a reader who stops at the cover should know."""
    w, s, ws = report.words, report.styles, report.workshop
    cards = sum(len(j.cards) for j in ws.journeys)
    shown = report.counted_rounds()
    dots = sum(v.dots for r in shown for v in r.votes)
    statuses = [h.status for h in ws.hypotheses]
    tested = sum(st in (HypothesisStatus.VALIDATED, HypothesisStatus.INVALIDATED, HypothesisStatus.ADOPTED)
                 for st in statuses)
    let_go = statuses.count(HypothesisStatus.LET_GO)
    journeys = len(ws.journeys)
    tiles = [
        (cards, w.tr(QT_TRANSLATE_NOOP("PdfExport", "cards on the journey map")) if journeys == 1 else
         w.tr(QT_TRANSLATE_NOOP("PdfExport", "cards on {journeys} journeys"), journeys=journeys)),
        (dots, w.tr(QT_TRANSLATE_NOOP("PdfExport", "dots placed in 1 voting round")) if len(shown) == 1 else
         w.tr(QT_TRANSLATE_NOOP("PdfExport", "dots placed in {rounds} voting rounds"), rounds=len(shown))),
        (len(statuses), w.tr(QT_TRANSLATE_NOOP("PdfExport", "hypotheses, each with a test"))),
        (tested + let_go, w.tr(QT_TRANSLATE_NOOP("PdfExport", "tested or let go, each one a finding"))),
    ]
    width = report.frame[0] / len(tiles)
    figure = s.cover_title.clone("figure", fontSize=22, leading=26, textColor=ACCENT, spaceAfter=2)
    caption = s.small.clone("caption", textColor=MUTED)
    table = Table([[[Paragraph(str(n), figure), Paragraph(escape(text), caption)] for n, text in tiles]],
                  colWidths=[width] * len(tiles), hAlign="LEFT")
    table.setStyle([("BACKGROUND", (0, 0), (-1, -1), TINT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEAFTER", (0, 0), (-2, -1), 0.6, "#FFFFFF"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)])
    glance = w.tr(QT_TRANSLATE_NOOP("PdfExport", "At a glance")).upper()
    story: list[Flowable] = [Paragraph(escape(glance), s.kicker), table]
    results = report.results(shown) if shown else None
    top = [c for c in results.cards if c.total][:3] if results else []
    if top:
        most = w.tr(QT_TRANSLATE_NOOP("PdfExport", "Most dots in the vote")).upper()
        story += [Spacer(1, 16), Paragraph(escape(most), s.kicker)]
        rows = [[Paragraph(rank_text(c.rank, [x.rank for x in results.cards]), s.cell_bold),
                 Paragraph(w.p(c.title, 160) or escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "(untitled card)"))),
                           s.cell),
                 Paragraph(escape(w.count(QT_TRANSLATE_NOOP("PdfExport", "1 dot"),
                                          QT_TRANSLATE_NOOP("PdfExport", "{n} dots"), c.total)), s.cell_right)]
                for c in top]
        table = Table(rows, colWidths=(28, report.frame[0] - 28 - 60, 60), hAlign="LEFT")
        table.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])
        story.append(table)
    return story


def rank_text(rank: int, ranks: list[int]) -> str:
    """"2=" when another card shares the rank, "2" otherwise."""
    return f"{rank}=" if ranks.count(rank) > 1 else str(rank)


def contents_page(report: Report) -> list[Flowable]:
    return [section_heading(report, report.words.tr(QT_TRANSLATE_NOOP("PdfExport", "Contents")), toc=False),
            Spacer(1, 8), ContentsSlot()]

"""The journeys on landscape pages (drawn by journey_pdf) and the appendix with every card's text."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from codesign.export.pdf_cardtext import CardText
from codesign.export.pdf_document import Mark
from codesign.export.pdf_parts import TOC_LIMIT, Report, section_heading, user_heading
from codesign.export.pdf_words import CARD_TYPES
from codesign.model.errors import QT_TRANSLATE_NOOP
from codesign.model.journey import Card, Journey

BODY_LIMIT = 4000  # characters of one card's text in the appendix; longer is cut with a visible mark
TITLE_LIMIT = 300


def journeys_section(report: Report) -> list[Flowable]:
    """Each journey on its own landscape page(s); the section's bookmark on the first of them."""
    w = report.words
    story: list[Flowable] = []
    section = w.tr(QT_TRANSLATE_NOOP("PdfExport", "Journeys"))
    story.append(Mark(report.key("s"), section, 0, toc_markup=escape(section)))
    many = len(report.workshop.journeys) > 1
    for number, journey in enumerate(report.workshop.journeys, start=1):
        if number > 1:
            story.append(PageBreak())
        prefix = w.tr(QT_TRANSLATE_NOOP("PdfExport", "Journey {number}: "), number=number) if many else ""
        title = (prefix + w.plain(journey.title, TOC_LIMIT)).strip() or w.tr(
            QT_TRANSLATE_NOOP("PdfExport", "Untitled journey"))
        story.append(Mark(report.key("j"), title, 1, toc_markup=escape(title)))
        story += journey_pages(report, journey, title)
        report.tick()
    return story


def journey_pages(report: Report, journey: Journey, title: str) -> list[Flowable]:
    try:
        from codesign.export import journey_pdf
    except ImportError:  # the drawing is not part of this build: say so rather than fail
        return [Paragraph(escape(title), report.styles.h2), Paragraph(escape(report.words.tr(QT_TRANSLATE_NOOP(
            "PdfExport", "The journey map cannot be drawn in this version; every card is listed in the "
            "appendix."))), report.styles.body)]
    width, height = report.board
    names = {t: report.words.word(CARD_TYPES, t) for t in CARD_TYPES}
    if report.anonymise and _names_in(journey, report.words.redact):
        try:
            return _redacted(journey_pdf, journey, width, height, report, title, names)
        except (AttributeError, TypeError):  # the drawing's insides changed: leave the names out, not in
            return [Paragraph(escape(title), report.styles.h2), Paragraph(escape(report.words.tr(QT_TRANSLATE_NOOP(
                "PdfExport", "The journey map is left out of this anonymised report because its cards name "
                "participants; every card is listed, without names, in the appendix."))), report.styles.body)]
    return journey_pdf.journey_flowables(journey, width, height, report.fonts, title, names)


def _names_in(journey: Journey, redact: Callable[[str], str]) -> bool:
    texts = [journey.title, journey.persona, *(m.title for m in journey.moments),
             *(m.description for m in journey.moments), *(lane.title for lane in journey.lanes),
             *(c.title for c in journey.cards), *(c.body for c in journey.cards),
             *(c.label for c in journey.connectors)]
    return any(redact(t) != t for t in texts if t)


def _redacted(journey_pdf: object, journey: Journey, width: float, height: float, report: Report, title: str,
              names: dict[str, str]) -> list[Flowable]:
    """The board with participant names replaced by their group."""
    jd, redact = journey_pdf.jd, report.words.redact
    drawing = jd.draw_journey(journey, names)
    drawing = dataclasses.replace(
        drawing, title=redact(drawing.title), persona=redact(drawing.persona),
        columns=tuple(dataclasses.replace(c, title=redact(c.title), description=redact(c.description))
                      for c in drawing.columns),
        rows=tuple(dataclasses.replace(r, title=redact(r.title)) for r in drawing.rows),
        cards=tuple(dataclasses.replace(c, title=redact(c.title), body=redact(c.body)) for c in drawing.cards),
        arrows=tuple(dataclasses.replace(a, label=redact(a.label)) for a in drawing.arrows))
    return journey_pdf.drawing_flowables(drawing, width, height, report.fonts, title)


# -- appendix --------------------------------------------------------------------------------------

def appendix(report: Report) -> list[Flowable]:
    """Every card's full text, by journey and moment, lanes in board order."""
    w, s = report.words, report.styles
    story: list[Flowable] = [
        section_heading(report, w.tr(QT_TRANSLATE_NOOP("PdfExport", "Appendix: every card"))),
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP(
            "PdfExport", "The full text of each card on the journeys, moment by moment, as the participants "
            "wrote it."))), s.note),
    ]
    untitled = w.tr(QT_TRANSLATE_NOOP("PdfExport", "(untitled card)"))
    for number, journey in enumerate(report.workshop.journeys, start=1):
        story.append(CondPageBreak(140))
        # Room for the headings and a few lines of a card; no keepWithNext, which would carry
        # a long first card (and so the headings) whole onto the next page.
        story.append(user_heading(report, s.h2, "", journey.title or w.tr(
            QT_TRANSLATE_NOOP("PdfExport", "Untitled journey"))))
        lane_order = {lane.id: i for i, lane in enumerate(journey.lanes)}
        lane_titles = {lane.id: lane.title for lane in journey.lanes}
        by_moment: dict[str | None, list[Card]] = {}
        for card in journey.cards:
            by_moment.setdefault(card.moment_id, []).append(card)
        groups = [(m.title, m.id) for m in journey.moments]
        if by_moment.get(None):
            groups.append((w.tr(QT_TRANSLATE_NOOP("PdfExport", "Outside the moments")), None))
        if not journey.cards:
            story.append(Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "No cards on this journey."))),
                                   s.note))
        for index, (moment_title, moment_id) in enumerate(groups, start=1):
            cards = sorted(by_moment.get(moment_id, []),
                           key=lambda c: (lane_order.get(c.lane_id, len(lane_order)), c.y, c.x, c.z))
            if not cards:
                continue
            label = w.p(moment_title, TITLE_LIMIT) if moment_id else escape(moment_title)
            number_text = f"{index}\u2002" if moment_id else ""
            story.append(CondPageBreak(72))
            story.append(Paragraph(number_text + (label or escape(w.tr(
                QT_TRANSLATE_NOOP("PdfExport", "Untitled moment")))), s.h3))
            for card in cards:
                story += _card(report, card, lane_titles.get(card.lane_id or "", ""), untitled)
        report.tick()
    return story


def _card(report: Report, card: Card, lane: str, untitled: str) -> list[Flowable]:
    """The title in bold, lane and type small beside it, the text below (plain text, no markup)."""
    w = report.words
    title = " ".join(w.raw(card.title, TITLE_LIMIT).split()) or untitled
    where = " · ".join(x for x in (w.plain(lane, 80), w.word(CARD_TYPES, card.type)) if x)
    return [CardText(report.fonts, title, where, w.raw(card.body, BODY_LIMIT))]

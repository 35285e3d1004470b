"""Hypotheses as Test cards (and Learning cards once tested), with owner, dates, links and their
dated history; then the ones let go, with what each taught us: a finding, not a failure."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from codesign.export.pdf_parts import Heading, Report, muted, section_heading
from codesign.export.pdf_styles import ACCENT, ACCENT_LIGHT, INK, RULE, TINT
from codesign.export.pdf_words import CRITICALITY, STATUSES, has
from codesign.model.enums import HypothesisStatus
from codesign.model.errors import QT_TRANSLATE_NOOP
from codesign.model.hypothesis import Hypothesis
from codesign.words import DECISIONS

FIELD_LIMIT = 2000  # characters of one field: a longer one is cut with a visible mark
NOTE_LIMIT, LINK_LIMIT = 500, 120
ACCENT_HEX, INK_HEX = "#1F5F8B", "#1D2329"

TEST_CARD = (
    ("statement", QT_TRANSLATE_NOOP("PdfExport", "We believe that")),
    ("segment", QT_TRANSLATE_NOOP("PdfExport", "For whom")),
    ("experiment", QT_TRANSLATE_NOOP("PdfExport", "To verify it, we will")),
    ("metric", QT_TRANSLATE_NOOP("PdfExport", "And measure")),
    ("success_criterion", QT_TRANSLATE_NOOP("PdfExport", "We are right if")),
)
LEARNING_CARD = (
    ("observation", QT_TRANSLATE_NOOP("PdfExport", "We observed")),
    ("learning", QT_TRANSLATE_NOOP("PdfExport", "We learned")),
    ("decision", QT_TRANSLATE_NOOP("PdfExport", "Decision")),
    ("next_steps", QT_TRANSLATE_NOOP("PdfExport", "Therefore we will")),
)


def hypotheses_section(report: Report, *, with_let_go: bool) -> list[Flowable]:
    w, s = report.words, report.styles
    all_of_them = list(report.workshop.hypotheses)
    story: list[Flowable] = [section_heading(report, w.tr(QT_TRANSLATE_NOOP("PdfExport", "Hypotheses")))]
    if not all_of_them:
        return story + [Paragraph(escape(w.tr(QT_TRANSLATE_NOOP(
            "PdfExport", "No hypotheses were written down."))), s.body)]
    counts: dict[str, int] = {}
    for h in all_of_them:
        counts[h.status] = counts.get(h.status, 0) + 1
    summary = ", ".join(f"{w.word(STATUSES, st)} {counts[st]}" for st in STATUSES if counts.get(st))
    story.append(Paragraph(escape(w.count(
        QT_TRANSLATE_NOOP("PdfExport", "1 hypothesis ({summary})."),
        QT_TRANSLATE_NOOP("PdfExport", "{n} hypotheses ({summary})."), len(all_of_them), summary=summary)), s.body))
    story.append(Paragraph(escape(w.tr(QT_TRANSLATE_NOOP(
        "PdfExport", "Each is a Test card: what we believe, how we will test it, and how we will know. Once "
        "tested, a Learning card says what we saw and what we do next."))), s.note))
    shown = [(n, h) for n, h in enumerate(all_of_them, start=1)
             if with_let_go or h.status != HypothesisStatus.LET_GO]
    for number, hypothesis in shown:
        story += hypothesis_block(report, number, hypothesis)
    gone = len(all_of_them) - len(shown)
    if gone:
        story.append(Paragraph(escape(w.count(
            QT_TRANSLATE_NOOP("PdfExport", "1 hypothesis was let go: see “Let go, and what we learned”."),
            QT_TRANSLATE_NOOP("PdfExport", "{n} hypotheses were let go: see “Let go, and what we learned”."),
            gone)), s.note))
    report.tick()
    return story


def let_go_section(report: Report) -> list[Flowable]:
    w, s = report.words, report.styles
    story: list[Flowable] = [
        section_heading(report, w.tr(QT_TRANSLATE_NOOP("PdfExport", "Let go, and what we learned"))),
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP(
            "PdfExport", "Letting an idea go is a result, not a failure: each test below told us something we "
            "did not know, and saved the effort of building what would not have helped."))), s.body)]
    gone = [(n, h) for n, h in enumerate(report.workshop.hypotheses, start=1) if h.status == HypothesisStatus.LET_GO]
    if not gone:
        story.append(Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "No hypothesis has been let go."))),
                               s.note))
    for number, hypothesis in gone:
        story += hypothesis_block(report, number, hypothesis, learning_first=True)
    report.tick()
    return story


def _lead_in(report: Report, phrase: str, text: str, limit: int = FIELD_LIMIT) -> str:
    """"**We believe that** …": the phrase set off in the accent colour; if the user already began
    with it, their own words carry the accent and nothing is repeated."""
    w = report.words
    shown = w.redact((text or "").strip())
    if shown.casefold().startswith(phrase.casefold()):
        head = shown[:len(phrase)]
        return f'<font color="{ACCENT_HEX}"><b>{w.p(head)}</b></font>' + w.p(shown[len(phrase):], limit)
    return f'<font color="{ACCENT_HEX}"><b>{escape(phrase)}…</b></font> ' + w.p(shown, limit)


def _card(report: Report, caption: str, rows: list[str], *, rule: object, fill: object | None) -> Table:
    """A card: a caption and one paragraph per row, a coloured rule down its left side. One row
    per field, so a long card breaks between fields."""
    s = report.styles
    data = [[Paragraph(escape(caption.upper()), s.label)]] + [[Paragraph(r, s.body_tight)] for r in rows]
    table = Table(data, colWidths=[report.frame[0]], hAlign="LEFT")
    style = [("LINEBEFORE", (0, 0), (0, -1), 2.4, rule), ("LEFTPADDING", (0, 0), (-1, -1), 10),
             ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5), ("TOPPADDING", (0, 0), (-1, 0), 5),
             ("BOTTOMPADDING", (0, -1), (-1, -1), 7)]
    if fill is not None:
        style.append(("BACKGROUND", (0, 0), (-1, -1), fill))
    table.setStyle(style)
    return table


def hypothesis_block(report: Report, number: int, h: Hypothesis, *, learning_first: bool = False) -> list[Flowable]:
    w, s = report.words, report.styles
    status = w.word(STATUSES, h.status)
    header = f'<font color="{ACCENT_HEX}">H{number}</font>\u2002·\u2002{escape(status.upper())}'
    notes = []
    if h.status == HypothesisStatus.LET_GO:
        when = next((c.at for c in reversed(h.history) if c.status == HypothesisStatus.LET_GO), None)
        if when:
            notes.append(w.tr(QT_TRANSLATE_NOOP("PdfExport", "let go on {date}"), date=w.date(when)))
    if h.criticality:
        notes.append(w.tr(QT_TRANSLATE_NOOP("PdfExport", "criticality: {word} ({level} of 3)"),
                          level=h.criticality, word=w.word(CRITICALITY, h.criticality)))
    if notes:
        header += f'\u2003<font face="{report.fonts.regular}" size="9">' + muted(escape(" · ".join(notes))) + "</font>"
    test_rows = []
    for field, phrase in TEST_CARD:
        text = getattr(h, field)
        if has(text) or field == "statement":
            markup = _lead_in(report, w.tr(phrase), text)
            test_rows.append(f"<b>{markup}</b>" if field == "statement" else markup)
    test_rows.append('<font size="8.5">' + muted(_plan(report, h)) + "</font>")
    cards = [_card(report, w.tr(QT_TRANSLATE_NOOP("PdfExport", "Test card")), test_rows, rule=ACCENT, fill=None)]
    learning_rows = []
    for field, phrase in LEARNING_CARD:
        if field == "decision":
            if h.decision:
                learning_rows.append(f'<font color="{ACCENT_HEX}"><b>{escape(w.tr(phrase))}:</b></font> '
                                     + f"<b>{escape(w.word(DECISIONS, h.decision))}</b>")
        elif has(getattr(h, field)):
            learning_rows.append(_lead_in(report, w.tr(phrase), getattr(h, field)))
    if learning_rows:
        learning = _card(report, w.tr(QT_TRANSLATE_NOOP("PdfExport", "Learning card")), learning_rows,
                         rule=ACCENT_LIGHT, fill=TINT)
        cards = [learning, Spacer(1, 4), *cards] if learning_first else [*cards, Spacer(1, 4), learning]
    outline = f"H{number} · {w.plain(h.statement, 80)}" if has(h.statement) else f"H{number}"
    heading = Heading(header, s.h3.clone("hypothesis", spaceBefore=0, spaceAfter=4), key=report.key("y"),
                      title=outline, level=1, toc=False)
    story: list[Flowable] = [CondPageBreak(160), Spacer(1, 14), heading, *cards]
    links = _links(report, h)
    if links:
        story.append(Paragraph(links, s.small.clone("links", spaceBefore=5)))
    story += _history(report, h)
    return story


def _plan(report: Report, h: Hypothesis) -> str:
    w = report.words
    parts = []
    if has(h.owner):
        parts.append(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Owner"))) + ": " + w.p(h.owner, LINK_LIMIT))
    if h.start_date:
        parts.append(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Start"))) + ": " + escape(w.date(h.start_date)))
    if h.deadline:
        parts.append(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Deadline"))) + ": " + escape(w.date(h.deadline)))
    if has(h.effort):
        parts.append(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Effort"))) + ": " + w.p(h.effort, LINK_LIMIT))
    if not parts:
        return escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "No owner or dates yet.")))
    return "\u2003·\u2003".join(parts)


# Outside the f-strings below: lupdate does not look inside them.
MOMENTS = QT_TRANSLATE_NOOP("PdfExport", "Moments")
CARDS = QT_TRANSLATE_NOOP("PdfExport", "Cards")


def _links(report: Report, h: Hypothesis) -> str:
    w = report.words
    parts = []
    if h.moments:
        parts.append(f"<b>{escape(w.tr(MOMENTS))}:</b> "
                     + " · ".join(w.p(m.title, LINK_LIMIT) or "–" for m in h.moments))
    if h.cards:
        parts.append(f"<b>{escape(w.tr(CARDS))}:</b> "
                     + " · ".join(w.p(c.title, LINK_LIMIT) or "–" for c in h.cards))
    return "<br/>".join(parts)


def _history(report: Report, h: Hypothesis) -> list[Flowable]:
    w, s = report.words, report.styles
    if not h.history:
        return []
    rows = [[Paragraph(escape(w.date(c.at)), s.cell_small),
             Paragraph(escape(w.word(STATUSES, c.status)), s.cell_small.clone("st", textColor=INK)),
             Paragraph(w.p(c.note, NOTE_LIMIT), s.cell_small)] for c in h.history]
    widths = [92.0, 70.0, 0.0]
    widths[2] = report.frame[0] - sum(widths)
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle([("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("TOPPADDING", (0, 0), (-1, 0), 4)])
    caption = s.label.clone("history", spaceBefore=6)
    return [Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "History")).upper()), caption), table]

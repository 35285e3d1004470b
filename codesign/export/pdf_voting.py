"""Voting: each round's question and settings in words, a chart of the top cards by group, the
ranked table (ties shown as "2="), where customers and staff disagree, and which moment hurts
most; then all rounds combined. Voters are named only for an open (not anonymous) round in a
report that is not anonymised."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from codesign.export.pdf_cover import rank_text
from codesign.export.pdf_parts import Report, bars, facts, meter, muted, section_heading, user_heading
from codesign.export.pdf_styles import ACCENT
from codesign.export.pdf_words import CARD_TYPES, GROUPS_PLURAL
from codesign.model.enums import RoundStatus, VotingTarget
from codesign.model.errors import QT_TRANSLATE_NOOP
from codesign.model.results import CUSTOMER, GROUPS, STAFF, RoundResults
from codesign.model.vote_rules import counts_visible
from codesign.model.voting import VotingRound

TOP_CARDS = 8
TITLE_LIMIT, VOTERS_LIMIT = 200, 400


def voting_section(report: Report) -> list[Flowable]:
    w, s = report.words, report.styles
    rounds = list(report.workshop.voting_rounds)
    story: list[Flowable] = [section_heading(report, w.tr(QT_TRANSLATE_NOOP("PdfExport", "Voting")))]
    story.append(Paragraph(escape(w.tr(QT_TRANSLATE_NOOP(
        "PdfExport", "Customers and staff placed dots on the cards that mattered most to them. Cards are "
        "ranked by dots; cards with the same number of dots share a rank, shown as “2=”."))), s.note))
    if not rounds:
        story.append(Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "No voting rounds were held."))), s.body))
    for number, voting_round in enumerate(rounds, start=1):
        if number > 1:
            story.append(CondPageBreak(report.frame[1] * 0.45))
        story += round_block(report, number, voting_round)
        report.tick()
    counted = report.counted_rounds()
    if len(rounds) > 1:
        story += [CondPageBreak(report.frame[1] * 0.45),
                  user_heading(report, s.h2, w.tr(QT_TRANSLATE_NOOP("PdfExport", "All rounds combined")), "")]
        left_out = len(rounds) - len(counted)
        if left_out:
            story.append(Paragraph(escape(w.count(
                QT_TRANSLATE_NOOP("PdfExport", "1 round without visible counts is left out."),
                QT_TRANSLATE_NOOP("PdfExport", "{n} rounds without visible counts are left out."), left_out)),
                s.note))
        story += results_block(report, report.results(counted) if counted else None, None)
        report.tick()
    return story


def round_block(report: Report, number: int, voting_round: VotingRound) -> list[Flowable]:
    w, s = report.words, report.styles
    prefix = w.tr(QT_TRANSLATE_NOOP("PdfExport", "Round {number}: "), number=number)
    question = voting_round.question or w.tr(QT_TRANSLATE_NOOP("PdfExport", "(no question)"))
    story: list[Flowable] = [user_heading(report, s.h2, prefix, question), settings(report, voting_round),
                             Spacer(1, 4)]
    if voting_round.status == RoundStatus.DRAFT:
        return story + [Paragraph(escape(w.tr(QT_TRANSLATE_NOOP(
            "PdfExport", "This round was prepared but never opened, so it has no dots."))), s.body)]
    if not counts_visible(voting_round):
        return story + [Paragraph(escape(w.tr(QT_TRANSLATE_NOOP(
            "PdfExport", "The counts of this round were still hidden when this report was made."))), s.body)]
    if voting_round.status == RoundStatus.OPEN:
        story.append(Paragraph(escape(w.tr(QT_TRANSLATE_NOOP(
            "PdfExport", "This round was still open when this report was made: the counts may change."))), s.note))
    named = not voting_round.anonymous and not report.anonymise
    return story + results_block(report, report.results([voting_round]), voting_round if named else None)


def settings(report: Report, r: VotingRound) -> Table:
    """The round's rules in plain words."""
    w = report.words
    dots = w.count(QT_TRANSLATE_NOOP("PdfExport", "1 dot per person"),
                   QT_TRANSLATE_NOOP("PdfExport", "{n} dots per person"), r.dots_per_participant)
    dots += ", " + w.count(QT_TRANSLATE_NOOP("PdfExport", "at most 1 on one card"),
                           QT_TRANSLATE_NOOP("PdfExport", "at most {n} on one card"), r.per_card_max)
    who = ", ".join(w.word(GROUPS_PLURAL, g) for g in r.groups) or "–"
    journey = next((j for j in report.workshop.journeys if j.id == r.journey_id), None)
    if r.target == VotingTarget.SELECTION:
        cards = w.count(QT_TRANSLATE_NOOP("PdfExport", "1 chosen card"),
                        QT_TRANSLATE_NOOP("PdfExport", "{n} chosen cards"), len(r.target_cards))
    elif r.target == VotingTarget.KINDS:
        cards = w.tr(QT_TRANSLATE_NOOP("PdfExport", "Cards of these types: {types}"),
                     types=", ".join(w.word(CARD_TYPES, t) for t in r.target_kinds))
    elif journey is not None:
        cards = w.tr(QT_TRANSLATE_NOOP("PdfExport", "Every card of the journey “{journey}”"),
                     journey=w.plain(journey.title, 120))
    else:
        cards = w.tr(QT_TRANSLATE_NOOP("PdfExport", "Every card of every journey"))
    rules = [w.tr(QT_TRANSLATE_NOOP("PdfExport", "own cards allowed")) if r.allow_own_cards
             else w.tr(QT_TRANSLATE_NOOP("PdfExport", "no dots on one’s own cards"))]
    if r.hidden_until_reveal:
        rules.append(w.tr(QT_TRANSLATE_NOOP("PdfExport", "dots hidden until revealed")))
    if r.anonymous:
        rules.append(w.tr(QT_TRANSLATE_NOOP("PdfExport", "anonymous: who voted for what is not shown")))
    elif report.anonymise:
        rules.append(w.tr(QT_TRANSLATE_NOOP("PdfExport", "voters’ names left out of this report")))
    if r.time_limit_seconds:
        minutes, seconds = divmod(r.time_limit_seconds, 60)
        rules.append(w.tr(QT_TRANSLATE_NOOP("PdfExport", "time limit {time}"),
                          time=f"{minutes}:{seconds:02d}" if seconds else w.count(
                              QT_TRANSLATE_NOOP("PdfExport", "1 minute"),
                              QT_TRANSLATE_NOOP("PdfExport", "{n} minutes"), minutes)))
    rows = [(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Dots")), dots),
            (w.tr(QT_TRANSLATE_NOOP("PdfExport", "Who voted")), who),
            (w.tr(QT_TRANSLATE_NOOP("PdfExport", "On")), cards),
            (w.tr(QT_TRANSLATE_NOOP("PdfExport", "Rules")), " · ".join(rules))]
    if r.opened_at:
        when = f"{w.date(r.opened_at)}, {w.time(r.opened_at)}"
        if r.closed_at:
            same_day = w.date(r.closed_at) == w.date(r.opened_at)
            when += "–" + (w.time(r.closed_at) if same_day else f"{w.date(r.closed_at)}, {w.time(r.closed_at)}")
        rows.append((w.tr(QT_TRANSLATE_NOOP("PdfExport", "When")), when))
    return facts(report, [(escape(a), escape(b)) for a, b in rows], 70, small=True)


def _groups(results: RoundResults) -> list[str]:
    used = {g for c in results.cards for g, n in c.by_group.items() if n}
    return [g for g in GROUPS if g in used or g in (CUSTOMER, STAFF)]


def results_block(report: Report, results: RoundResults | None, named: VotingRound | None) -> list[Flowable]:
    """Chart, ranked table, disagreements and moments for one set of results."""
    w, s = report.words, report.styles
    total = sum(c.total for c in results.cards) if results else 0
    if not total:
        return [Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "No dots were placed."))), s.body)]
    groups = _groups(results)
    voted = [c for c in results.cards if c.total]
    by_group = {g: sum(c.by_group.get(g, 0) for c in voted) for g in groups}
    split = ", ".join(f"{w.word(GROUPS_PLURAL, g)} {n}" for g, n in by_group.items() if n)
    story: list[Flowable] = [Paragraph(escape(w.count(
        QT_TRANSLATE_NOOP("PdfExport", "1 dot placed ({split})."),
        QT_TRANSLATE_NOOP("PdfExport", "{n} dots placed ({split})."), total, split=split)), s.body)]
    ranks = [c.rank for c in results.cards]
    top = voted[:TOP_CARDS]
    chart = bars(report, [(rank_text(c.rank, ranks), w.plain(c.title, 200), c.by_group) for c in top],
                 groups, report.frame[0])
    story.append(KeepTogether([
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Most dots, by group"))), s.h3), chart, Spacer(1, 6)]))
    story += ranked_table(report, results, voted, groups, named)
    story += disagreements(report, results)
    story += moments(report, results)
    return story


def _voters(named: VotingRound | None, report: Report) -> dict[str, str]:
    """card id → "Amira 2, Jonas 1" for an open round; nothing for an anonymous one."""
    if named is None:
        return {}
    people = {p.id: p.name for p in report.workshop.participants}
    dots: dict[str, dict[str, int]] = {}
    for vote in named.votes:
        name = people.get(vote.participant_id or "")
        if name:
            per_card = dots.setdefault(vote.card_id, {})
            per_card[name] = per_card.get(name, 0) + vote.dots
    nbsp = "\u00a0"  # a name and its count stay on one line
    return {card: ", ".join(f"{nbsp.join(name.split())}{nbsp}({n})" for name, n in names.items())
            for card, names in dots.items()}


def ranked_table(report: Report, results: RoundResults, voted: list, groups: list[str],
                 named: VotingRound | None) -> list[Flowable]:
    w, s = report.words, report.styles
    moments = {m.id: m.title for j in report.workshop.journeys for m in j.moments}
    voters = _voters(named, report)
    ranks = [c.rank for c in results.cards]
    head = [Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Rank"))), s.head),
            Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Card"))), s.head),
            Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Moment"))), s.head),
            *(Paragraph(escape(w.word(GROUPS_PLURAL, g)), s.head_right) for g in groups),
            Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Total"))), s.head_right)]
    rows = [head]
    for card in voted:
        detail = escape(w.word(CARD_TYPES, card.card_type))
        if card.card_id in voters:
            detail += "<br/>" + escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Voters: "))) + w.p(
                voters[card.card_id], VOTERS_LIMIT)
        rows.append([Paragraph(rank_text(card.rank, ranks), s.cell_bold),
                     [Paragraph(w.p(card.title, TITLE_LIMIT) or "–", s.cell), Paragraph(detail, s.cell_small)],
                     Paragraph(w.p(moments.get(card.moment_id or "", ""), 80), s.cell_small),
                     *(Paragraph(str(card.by_group.get(g, 0) or "–"), s.cell_right) for g in groups),
                     Paragraph(str(card.total), s.cell_bold.clone("total", alignment=2))])
    number_w = [max(36.0, stringWidth(w.word(GROUPS_PLURAL, g), report.fonts.bold, 7.5) + 10) for g in groups]
    widths = [30.0, 0.0, 96.0, *number_w, 36.0]
    widths[1] = report.frame[0] - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(s.table())
    story: list[Flowable] = [CondPageBreak(110),
                             Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "All cards with dots"))), s.h3),
                             table]
    unlisted = len(results.cards) - len(voted)
    if unlisted:
        story.append(Paragraph(escape(w.count(
            QT_TRANSLATE_NOOP("PdfExport", "1 more card got no dots."),
            QT_TRANSLATE_NOOP("PdfExport", "{n} more cards got no dots."), unlisted)), s.note))
    return story


def disagreements(report: Report, results: RoundResults) -> list[Flowable]:
    w, s = report.words, report.styles
    if not results.disagreements:
        return []
    head = [Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Card"))), s.head),
            Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Customers’ dots"))), s.head_right),
            Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Staff dots"))), s.head_right),
            Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Who cares more"))), s.head)]
    rows = [head]
    for card_id, customers, staff, _gap in results.disagreements:
        card = results.card(card_id)
        who = (w.tr(QT_TRANSLATE_NOOP("PdfExport", "Customers")) if customers > staff
               else w.tr(QT_TRANSLATE_NOOP("PdfExport", "Staff")))
        percent = w.tr(QT_TRANSLATE_NOOP("PdfExport", "{percent}%"))
        rows.append([Paragraph(w.p(card.title if card else "", TITLE_LIMIT) or "–", s.cell),
                     Paragraph(escape(percent.format(percent=round(customers * 100))), s.cell_right),
                     Paragraph(escape(percent.format(percent=round(staff * 100))), s.cell_right),
                     Paragraph(escape(who), s.cell)])
    widths = [0.0, 78.0, 70.0, 80.0]
    widths[0] = report.frame[0] - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(s.table())
    return [CondPageBreak(110),
            Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Where customers and staff disagree"))), s.h3),
            Paragraph(escape(w.tr(QT_TRANSLATE_NOOP(
                "PdfExport", "Share of each group’s dots that went to the card, largest gaps first."))), s.note),
            table]


def moments(report: Report, results: RoundResults) -> list[Flowable]:
    """Dots per moment in journey order, and the one that hurts most (most dots on pain points)."""
    w, s = report.words, report.styles
    rows_in = results.moments
    if not rows_in or not any(m[2] for m in rows_in):
        return []
    by_pain = any(m[3] for m in rows_in)
    key = 3 if by_pain else 2
    worst = max(rows_in, key=lambda m: m[key])
    title = w.p(worst[1], 120) or "–"
    if by_pain:
        forms = (QT_TRANSLATE_NOOP("PdfExport", "“{moment}” hurts most: 1 dot on pain points."),
                 QT_TRANSLATE_NOOP("PdfExport", "“{moment}” hurts most: {n} dots on pain points."))
    else:
        forms = (QT_TRANSLATE_NOOP("PdfExport", "No dots on pain points. “{moment}” has the most: 1."),
                 QT_TRANSLATE_NOOP("PdfExport", "No dots on pain points. “{moment}” has the most: {n}."))
    slot = "\x00"  # the translated sentence is escaped first, then the (markup) title goes in its slot
    line = escape(w.count(*forms, worst[key], moment=slot)).replace(slot, f"<b>{title}</b>")
    largest = max(m[2] for m in rows_in)
    head = [Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Moment"))), s.head),
            Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "All dots"))), s.head_right),
            Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "On pain points"))), s.head_right),
            Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Pain points (dark) of all dots"))), s.head)]
    rows = [head]
    bar_w = 150.0
    for number, (moment_id, moment_title, total, pain) in enumerate(rows_in, start=1):
        hurts = moment_id == worst[0]
        text = f"{number}\u2002" + (w.p(moment_title, 100) or "–")
        if hurts:
            tag = (w.tr(QT_TRANSLATE_NOOP("PdfExport", "hurts most")) if by_pain
                   else w.tr(QT_TRANSLATE_NOOP("PdfExport", "most dots")))
            text = f"<b>{text}</b>\u2003" + muted(escape(tag))
        rows.append([Paragraph(text, s.cell), Paragraph(str(total), s.cell_right),
                     Paragraph(str(pain), s.cell_bold.clone("pain", alignment=2) if hurts else s.cell_right),
                     meter(pain, largest, bar_w, ACCENT, under=total)])
    widths = [0.0, 52.0, 70.0, bar_w + 10]
    widths[0] = report.frame[0] - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(s.table())
    table.setStyle([("VALIGN", (3, 1), (3, -1), "MIDDLE")])
    heading = Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("PdfExport", "Which moment hurts most"))), s.h3)
    return [KeepTogether([heading, Paragraph(line, s.body), table])]

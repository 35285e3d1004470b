"""The PDF summary: the demo workshop, and a big one (5,000 cards, 3 rounds, 50 hypotheses).
The big one's baseline is a bare ReportLab document with the same text in plain paragraphs, in
the same embedded font, run in turns with ours."""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import escape

from timing import median_ms, paired_medians
from workload import STAMP, big_workshop

from codesign.export.fonts import register
from codesign.export.pdf import PdfOptions, export_pdf
from codesign.storage.interchange import import_file

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "open-account.en.json"
ROUNDS, HYPOTHESES, RUNS = 3, 50, 3


def pdf_workshop() -> dict:
    data = big_workshop()
    (first,) = data["voting_rounds"]
    rounds = []
    for n in range(ROUNDS):
        votes = [{**v, "id": f"r{n}-{v['id']}", "card": f"c{(int(v['card'][1:]) + 97 * n) % 5000}"}
                 for v in first["votes"]]
        rounds.append({**first, "id": f"r{n}", "question": f"Round {n + 1}: where does it hurt?", "votes": votes})
    data["voting_rounds"] = rounds
    data["hypotheses"] = [{**data["hypotheses"][0], "id": f"h{i}", "statement": f"We believe that change {i} helps",
                           "cards": [f"c{i * 11}"], "status": "let_go" if i % 7 == 0 else "idea",
                           "learning": "What we learned. " * 5, "history": [{"status": "idea", "at": STAMP,
                                                                              "note": ""}]}
                          for i in range(HYPOTHESES)]
    return data


def bare_reportlab(data: dict, dest: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    fonts = register()
    style = ParagraphStyle("plain", fontName=fonts.regular, fontSize=9, leading=11)
    texts = [c["title"] + " " + c["body"] for c in data["cards"]]
    texts += [h["statement"] + " " + h["learning"] for h in data["hypotheses"]]
    texts += [r["question"] for r in data["voting_rounds"]]
    SimpleDocTemplate(str(dest), pagesize=A4).build([Paragraph(escape(t), style) for t in texts])


def measure(folder: Path) -> list[dict]:
    demo_db = folder / "pdf-demo.codesign"
    import_file(DEMO, demo_db)
    demo = median_ms(lambda: export_pdf(demo_db, folder / "demo.pdf", PdfOptions()), 7)

    source = folder / "pdf-big.json"
    data = pdf_workshop()
    source.write_text(json.dumps(data), encoding="utf-8")
    big_db = folder / "pdf-big.codesign"
    import_file(source, big_db)
    ours, baseline = paired_medians(lambda: export_pdf(big_db, folder / "big.pdf", PdfOptions()),
                                    lambda: bare_reportlab(data, folder / "bare.pdf"), RUNS)
    return [
        {"name": "pdf_demo_workshop", "median_ms": round(demo, 1), "limit_ms": 1000.0},
        {"name": "pdf_5000_cards_3_rounds_50_hypotheses", "median_ms": round(ours, 1),
         "baseline_ms": round(baseline, 1), "ratio": round(ours / baseline, 2), "limit_ms": 8000.0,
         "baseline_is": "a bare ReportLab document with the same card and hypothesis text in plain paragraphs"},
    ]

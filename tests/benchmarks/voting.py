"""Voting results for 100 participants × 10 dots over 1,000 cards. The baseline is one raw
sqlite3 GROUP BY of the same votes in the same file, run in turns with the results."""

from __future__ import annotations

import gc
import json
import random
import sqlite3
from pathlib import Path

from timing import paired_medians
from workload import STAMP, big_workshop

from codesign.model.results import round_results
from codesign.storage import Document
from codesign.storage.interchange import import_file

CARDS, PEOPLE, DOTS, RUNS = 1000, 100, 10, 21
BASELINE_SQL = 'SELECT card_id, "group", SUM(dots) FROM vote WHERE round_id = ? GROUP BY card_id, "group"'


def voting_workshop(seed: int = 11) -> dict:
    data = big_workshop(CARDS, 20)
    rng = random.Random(seed)
    data["participants"] = [{"id": f"p{i}", "name": f"Person {i}", "group": "customer" if i % 2 else "staff",
                             "colour": "#CC6677", "marker": f"P{i}"} for i in range(PEOPLE)]
    for card in data["cards"]:
        card["author"] = None  # the workload's authors were its 12 people
    votes = [{"id": f"v{p}-{n}", "card": f"c{card}", "participant": f"p{p}",
              "group": "customer" if p % 2 else "staff", "dots": 1, "created": STAMP}
             for p in range(PEOPLE) for n, card in enumerate(rng.sample(range(CARDS), DOTS))]
    (voting_round,) = data["voting_rounds"]
    voting_round.update(dots_per_participant=DOTS, per_card_max=1, votes=votes)
    return data


def measure(folder: Path) -> list[dict]:
    source = folder / "voting.json"
    source.write_text(json.dumps(voting_workshop()), encoding="utf-8")
    path = folder / "voting.codesign"
    import_file(source, path)
    with Document.open(path) as doc:
        (voting_round,) = doc.workshop.voting_rounds
        assert sum(v.dots for v in voting_round.votes) == PEOPLE * DOTS
        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            def group_by() -> list[tuple]:
                return raw.execute(BASELINE_SQL, (voting_round.id,)).fetchall()

            results = round_results(voting_round)  # and check both count the same dots
            assert sum(c.total for c in results.cards) == sum(row[2] for row in group_by()) == PEOPLE * DOTS
            gc.collect()
            median, baseline = paired_medians(lambda: round_results(voting_round), group_by, RUNS)
        finally:
            raw.close()
    return [{"name": "voting_results_100x10_over_1000_cards", "median_ms": round(median, 3),
             "baseline_ms": round(baseline, 3), "ratio": round(median / baseline, 2), "limit_ms": 50.0,
             "baseline_is": "one raw sqlite3 SELECT card_id, group, SUM(dots) ... GROUP BY on the same file"}]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="codesign-bench-") as folder:
        for line in measure(Path(folder)):
            print(json.dumps(line), flush=True)

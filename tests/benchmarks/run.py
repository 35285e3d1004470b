"""Benchmarks: prints one JSON line per figure (name, median_ms, and baseline_ms/ratio where
the figure has a baseline measured in this same run). Run: python tests/benchmarks/run.py
"""

from __future__ import annotations

import gc
import json
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import canvas  # noqa: E402
from timing import median_ms, paired_medians  # noqa: E402
import cold_start  # noqa: E402
import pdf  # noqa: E402
import presenter  # noqa: E402
import voting  # noqa: E402
from workload import big_workshop, board_workshop  # noqa: E402

from codesign.model import Card  # noqa: E402
from codesign.model.base import utc_now  # noqa: E402
from codesign.storage import Document  # noqa: E402
from codesign.storage.interchange import import_file  # noqa: E402


def report(name: str, median: float, baseline: float | None = None, **extra: object) -> None:
    line: dict[str, object] = {"name": name, "median_ms": round(median, 3)}
    if baseline is not None:
        line["baseline_ms"] = round(baseline, 3)
        line["ratio"] = round(median / baseline, 2)
    line.update(extra)
    print(json.dumps(line), flush=True)


def raw_connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    return con


def bench_commit(folder: Path, source: Path) -> None:
    path = folder / "commit.codesign"
    shutil.copy(source, path)
    doc = Document.open(path)
    card: Card = doc.workshop.journeys[0].cards[0]
    step = iter(range(10**9))

    def orm_move() -> None:
        i = next(step)
        with doc.edit():
            card.x = 20.0 + (i % 200)
            card.y = 20.0 + (i % 100)

    median = median_ms(orm_move, 300)
    doc.close()

    raw_path = folder / "commit-raw.codesign"
    shutil.copy(source, raw_path)
    con = raw_connect(raw_path)

    def raw_move() -> None:
        i = next(step)
        con.execute("UPDATE card SET x = ?, y = ?, modified = ? WHERE id = ?",
                    (20.0 + (i % 200), 20.0 + (i % 100), utc_now(), card.id))
        con.commit()

    baseline = median_ms(raw_move, 300)
    con.close()
    report("commit_one_card_move", median, baseline, limit_ms=2.0)


def bench_open(source: Path) -> None:
    tables = [r[0] for r in sqlite3.connect(source).execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]

    def open_doc() -> Document:
        return Document.open(source)

    def raw_open() -> None:
        con = raw_connect(source)
        for table in tables:
            con.execute(f'SELECT * FROM "{table}"').fetchall()
        con.close()

    gc.collect()
    median, baseline = paired_medians(open_doc, raw_open, 21, teardown=lambda doc: doc.close())  # type: ignore[union-attr]
    report("open_5000_card_workshop", median, baseline, limit_ms=300.0, limit_ratio=6.0)


def bench_import(folder: Path, source_json: Path, source_db: Path) -> None:
    targets = iter(range(10**6))
    made: list[Path] = []

    def do_import() -> None:
        dest = folder / f"import-{next(targets)}.codesign"
        import_file(source_json, dest)
        made.append(dest)

    median = median_ms(do_import, 7)
    schema = [r[0] for r in sqlite3.connect(source_db).execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'")]

    def raw_import() -> None:
        data = json.loads(source_json.read_text(encoding="utf-8"))
        dest = folder / f"raw-{next(targets)}.codesign"
        con = raw_connect(dest)
        con.execute("PRAGMA foreign_keys = OFF")  # the baseline writes only the card and arrow rows
        for statement in schema:
            con.execute(statement)
        con.executemany(
            "INSERT INTO card (id, journey_id, moment_id, lane_id, author_id, z, kind, channel, note_type, title,"
            " body, x, y, width, height, locked, created, modified) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(c["id"], c["journey"], c["moment"], c["lane"], c["author"], i, c["kind"], c["channel"],
              c["note_type"], c["title"], c["body"], c["x"], c["y"], c["width"], c["height"], c["locked"],
              c["created"], c["modified"]) for i, c in enumerate(data["cards"])])
        con.executemany("INSERT INTO connector (id, journey_id, from_card_id, to_card_id, position, label)"
                        " VALUES (?,?,?,?,?,?)",
                        [(x["id"], "j", x["from"], x["to"], i, x["label"]) for i, x in enumerate(data["connectors"])])
        con.commit()
        con.close()

    baseline = median_ms(raw_import, 7)
    report("import_5000_card_json", median, baseline, limit_ms=1000.0,
           baseline_is="json.loads + raw sqlite3 executemany of the card and connector rows")


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="codesign-bench-"))
    try:
        source_json = folder / "big.json"
        source_json.write_text(json.dumps(big_workshop()), encoding="utf-8")
        source_db = folder / "big.codesign"
        import_file(source_json, source_db)
        gc.collect()
        bench_commit(folder, source_db)
        bench_open(source_db)
        bench_import(folder, source_json, source_db)
        for line in voting.measure(folder):
            print(json.dumps(line), flush=True)
        for line in presenter.measure(folder):
            print(json.dumps(line), flush=True)
        for line in pdf.measure(folder):
            print(json.dumps(line), flush=True)
        board_json = folder / "board.json"
        board_json.write_text(json.dumps(board_workshop()), encoding="utf-8")
        board_db = folder / "board.codesign"
        import_file(board_json, board_db)
        for line in canvas.measure(board_db):
            print(json.dumps(line), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for line in cold_start.measure():
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main()

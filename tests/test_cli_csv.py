"""`codesign export FILE --format csv`: voting results, one row per card per round, run as real processes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from codesign.storage import Document
from codesign.storage.interchange import import_file

pytestmark = pytest.mark.slow  # every test here starts Python processes

ROOT = Path(__file__).resolve().parent.parent
DEMO_JSON = ROOT / "resources" / "demo" / "open-account.en.json"
HEADER = ["round_id", "round_question", "card_id", "card_title", "card_type", "moment", "total",
          "customer", "staff", "facilitator", "observer", "rank"]
HEADLESS = ("import sys; from codesign.cli import main; code = main(sys.argv[1:]); "
            "print('PySide6' in sys.modules, code)")
Result = subprocess.CompletedProcess


def run_together(commands: dict[str, list[str]], home: Path) -> dict[str, Result]:
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    running = {name: subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True, env=env, cwd=home) for name, args in commands.items()}
    results = {}
    for name, process in running.items():
        out, err = process.communicate(timeout=120)
        results[name] = Result(process.args, process.returncode, out, err)
    return results


def export_csv(path: Path, out: Path | str) -> list[str]:
    return ["-m", "codesign", "export", str(path), "--format", "csv", "-o", str(out)]


def read_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli-csv")


@pytest.fixture(scope="module")
def runs(home: Path) -> dict[str, Result]:
    demo = home / "demo.codesign"
    import_file(DEMO_JSON, demo)
    anonymous = home / "anonymous.codesign"
    import_file(DEMO_JSON, anonymous)
    with Document.open(anonymous) as doc, doc.edit():
        doc.workshop.voting_rounds[0].anonymous = True
    (home / "garbage.codesign").write_bytes(b"\x00\x01 not sqlite at all" * 100)
    return run_together({
        "demo": export_csv(demo, home / "demo.csv"),
        "demo to stdout": export_csv(demo, "-"),
        "anonymous": export_csv(anonymous, "-"),
        "garbage": export_csv(home / "garbage.codesign", "-"),
        "headless": ["-c", HEADLESS, "export", str(demo), "--format", "csv", "-o", str(home / "h.csv")],
    }, home)


def test_export_csv_writes_one_row_per_targeted_card_with_the_demos_dots(runs: dict[str, Result],
                                                                         home: Path) -> None:
    result = runs["demo"]
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    written = (home / "demo.csv").read_bytes().decode("utf-8")
    assert written.endswith("\r\n") and written.count("\r\n") == written.count("\n")  # RFC 4180 line ends
    assert read_rows(runs["demo to stdout"].stdout) == read_rows(written)
    header, *rows = read_rows(written)
    assert header == HEADER
    demo = json.loads(DEMO_JSON.read_text(encoding="utf-8"))
    (voting_round,) = demo["voting_rounds"]
    journey_cards = [c["id"] for c in demo["cards"] if c["journey"] == voting_round["journey"]]
    assert sorted(r[2] for r in rows) == sorted(journey_cards)  # the round targets the whole journey
    assert {r[0] for r in rows} == {voting_round["id"]}
    dots = sum(v["dots"] for v in voting_round["votes"])
    assert len(voting_round["votes"]) == 24
    assert sum(int(r[6]) for r in rows) == dots
    by_group = {g: sum(v["dots"] for v in voting_round["votes"] if v["group"] == g) for g in ("customer", "staff")}
    assert sum(int(r[7]) for r in rows) == by_group["customer"]
    assert sum(int(r[8]) for r in rows) == by_group["staff"]
    assert all(int(r[6]) == sum(int(x) for x in r[7:11]) for r in rows)
    ranks = [int(r[11]) for r in rows]
    assert ranks[0] == 1 and ranks == sorted(ranks)


def test_an_anonymous_rounds_csv_names_nobody(runs: dict[str, Result]) -> None:
    result = runs["anonymous"]
    assert result.returncode == 0, result.stderr
    rows = read_rows(result.stdout)
    assert len(rows) > 1 and rows[0] == HEADER
    demo = json.loads(DEMO_JSON.read_text(encoding="utf-8"))
    for person in demo["participants"]:
        assert person["name"] not in result.stdout
        assert person["id"] not in result.stdout


def test_a_bad_file_exits_1_with_one_line(runs: dict[str, Result]) -> None:
    result = runs["garbage"]
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("codesign: ") and "is not a codesign workshop" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_csv_export_never_imports_qt(runs: dict[str, Result]) -> None:
    assert runs["headless"].stdout.splitlines()[-1] == "False 0", runs["headless"].stderr

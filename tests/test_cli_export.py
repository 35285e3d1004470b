"""`codesign export FILE --format pdf|png|svg`: the summary and the board pictures, run as real
processes without a display; the PDF needs no Qt at all."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.slow  # every test here starts Python processes

HEADLESS = ("import sys; from codesign.cli import main; code = main(sys.argv[1:]); "
            "print('PySide6' in sys.modules, code)")


def run(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([sys.executable, "-c", HEADLESS, *args], capture_output=True, text=True, env=env,
                          cwd=home, timeout=180)


def test_a_pdf_summary_from_the_command_line_without_qt(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    done = run(["export", str(demo_file), "--format", "pdf", "-o", str(out), "--page-size", "Letter",
                "--sections", "cover,journeys,voting"], tmp_path)
    assert done.stdout.split() == ["False", "0"], done.stderr  # no Qt was loaded for a PDF
    reader = PdfReader(str(out))
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(min(width, height))), round(float(max(width, height)))) == (612, 792)  # Letter
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Opening an account at Lindenbank" in text
    assert "Compares accounts on the phone" in text.replace("\n", " ")


def test_png_and_svg_of_the_board(demo_file: Path, tmp_path: Path) -> None:
    png, svg = tmp_path / "board.png", tmp_path / "board.svg"
    for fmt, out in (("png", png), ("svg", svg)):
        done = run(["export", str(demo_file), "--format", fmt, "-o", str(out)], tmp_path)
        assert done.stdout.split()[-1] == "0", done.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


    drawn = svg.read_text(encoding="utf-8")
    words = " ".join(re.findall(r">([^<]+)</text>", drawn))  # the titles are text, wrapped into lines
    assert drawn.startswith("<?xml") and "Compares accounts on the phone" in " ".join(words.split())


def test_wrong_usage_says_what_to_do_and_writes_nothing(demo_file: Path, tmp_path: Path) -> None:
    cases = {
        "sections": (["--format", "pdf", "-o", str(tmp_path / "a.pdf"), "--sections", "cover,gossip"], "gossip"),
        "stdout": (["--format", "pdf", "-o", "-"], "needs a file"),
        "journey": (["--format", "png", "-o", str(tmp_path / "b.png"), "--journey", "7"], "between 1 and 1"),
    }
    for name, (args, said) in cases.items():
        done = run(["export", str(demo_file), *args], tmp_path)
        assert done.stdout.split()[-1] == "2", (name, done.stderr)
        assert said in done.stderr, name
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".png")) == []

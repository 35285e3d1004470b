"""The `codesign` command's exit codes, run as real processes: 0 ok, 1 bad input, 2 usage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from codesign import __version__
from codesign.storage.interchange import import_file

pytestmark = pytest.mark.slow  # every test here starts Python processes

ROOT = Path(__file__).resolve().parent.parent
DEMO_JSON = ROOT / "resources" / "demo" / "open-account.en.json"
Result = subprocess.CompletedProcess


def start(args: list[str], home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=home)


def run_together(commands: dict[str, list[str]], home: Path) -> dict[str, Result]:
    """Runs independent commands at the same time: each is a whole Python start-up."""
    running = {name: start(args, home) for name, args in commands.items()}
    results = {}
    for name, process in running.items():
        out, err = process.communicate(timeout=120)
        results[name] = Result(process.args, process.returncode, out, err)
    return results


def codesign(*args: str) -> list[str]:
    return ["-m", "codesign", *args]


def assert_one_line_error(result: Result) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("codesign: ")
    assert result.stderr.count("\n") == 1 and result.stderr.endswith("\n"), result.stderr
    assert "Traceback" not in result.stderr


HEADLESS = ("import sys; from codesign.cli import main; code = main(sys.argv[1:]); "
            "print('PySide6' in sys.modules, code)")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli")


@pytest.fixture(scope="module")
def runs(home: Path) -> dict[str, Result]:
    demo = home / "demo.codesign"
    import_file(DEMO_JSON, demo)
    (home / "garbage.codesign").write_bytes(b"\x00\x01 not sqlite at all" * 100)
    (home / "broken.json").write_text('{"format": "codesign-workshop", "version": 1}', encoding="utf-8")
    return run_together({
        "version": codesign("--version"),
        "check": codesign("check", str(demo)),
        "export to a file": codesign("export", str(demo), "--format", "json", "-o", str(home / "out.json")),
        "export to stdout": codesign("export", str(demo), "--format", "json", "-o", "-"),
        "check garbage": codesign("check", str(home / "garbage.codesign")),
        "export garbage": codesign("export", str(home / "garbage.codesign"), "--format", "json", "-o", "-"),
        "check missing": codesign("check", str(home / "missing.codesign")),
        "import broken": codesign("import", str(home / "broken.json"), "-o", str(home / "broken.codesign")),
        "export without arguments": codesign("export"),
        "export unknown format": codesign("export", str(demo), "--format", "docx", "-o", "-"),
        "check unknown option": codesign("check", str(demo), "--deep"),
        "app unknown option": codesign("--frobnicate"),
        "headless check": ["-c", HEADLESS, "check", str(demo)],
        "headless export": ["-c", HEADLESS, "export", str(demo), "--format", "json", "-o", str(home / "h.json")],
        "headless import": ["-c", HEADLESS, "import", str(DEMO_JSON), "-o", str(home / "headless.codesign")],
    }, home)


def test_version(runs: dict[str, Result]) -> None:
    result = runs["version"]
    assert result.returncode == 0
    assert result.stdout.strip() == f"codesign {__version__}"


def test_check_reports_version_counts_and_integrity(runs: dict[str, Result]) -> None:
    result = runs["check"]
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "schema version: 1 (current)" in lines
    assert "cards: 42" in lines and "participants: 12" in lines and "hypotheses: 5" in lines
    assert lines[-1] == "integrity: ok"
    assert result.stderr == ""


def test_export_json_to_a_file_and_to_stdout(runs: dict[str, Result], home: Path) -> None:
    demo = json.loads(DEMO_JSON.read_text(encoding="utf-8"))
    to_file, to_stdout = runs["export to a file"], runs["export to stdout"]
    assert to_file.returncode == 0 and to_stdout.returncode == 0, to_file.stderr + to_stdout.stderr
    written = (home / "out.json").read_text(encoding="utf-8")
    assert json.loads(written) == demo
    assert to_stdout.stdout == written
    assert to_file.stdout == ""


@pytest.mark.parametrize("name", ["check garbage", "export garbage", "check missing", "import broken"])
def test_bad_input_exits_1_with_one_line(runs: dict[str, Result], name: str) -> None:
    result = runs[name]
    assert_one_line_error(result)
    assert result.stdout == ""


def test_bad_input_messages_say_what_is_wrong(runs: dict[str, Result], home: Path) -> None:
    assert "“garbage.codesign” is not a codesign workshop" in runs["check garbage"].stderr
    assert "There is no file “missing.codesign”" in runs["check missing"].stderr
    assert "“broken.json” is not a valid codesign workshop in JSON: document: missing" in \
        runs["import broken"].stderr
    assert not (home / "broken.codesign").exists()


@pytest.mark.parametrize("name", ["export without arguments", "export unknown format", "check unknown option",
                                  "app unknown option"])
def test_usage_errors_exit_2(runs: dict[str, Result], name: str) -> None:
    result = runs[name]
    assert result.returncode == 2, result.stderr
    assert "usage: codesign" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["headless check", "headless export", "headless import"])
def test_headless_commands_never_import_qt(runs: dict[str, Result], name: str) -> None:
    result = runs[name]
    assert result.stdout.splitlines()[-1] == "False 0", result.stderr


def test_import_then_refuse_then_force(tmp_path: Path) -> None:
    out = tmp_path / "imported.codesign"
    args = codesign("import", str(DEMO_JSON), "-o", str(out))
    first = run_together({"first": args}, tmp_path)["first"]
    assert first.returncode == 0, first.stderr
    assert "imported open-account.en.json" in first.stderr
    made = out.read_bytes()
    results = run_together({"again": args, "check": codesign("check", str(out))}, tmp_path)
    assert_one_line_error(results["again"])
    assert "“imported.codesign” already exists" in results["again"].stderr
    assert out.read_bytes() == made
    assert results["check"].returncode == 0 and "cards: 42" in results["check"].stdout
    forced = run_together({"forced": [*args, "--force"]}, tmp_path)["forced"]
    assert forced.returncode == 0, forced.stderr
    assert {p.name for p in tmp_path.iterdir()} == {"imported.codesign"}

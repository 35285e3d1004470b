"""The stand-alone PyInstaller bundle: built once per run by packaging/build-bundle.sh (the one build
command) into a temporary folder, then run as the user would run it: no venv, no source tree, no
display. About two minutes, most of it PyInstaller; skip it with `-m "not bundle"`."""

from __future__ import annotations

import ast
import importlib.util
import os
import pkgutil
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

import codesign

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "build-bundle.sh"
SPEC = ROOT / "packaging" / "codesign.spec"
DEMO_JSON = ROOT / "resources" / "demo" / "open-account.en.json"
DEMO_TITLE = "Opening an account at Lindenbank"
# Section headings of the PDF in resources/translations/codesign_de.ts (context PdfExport).
GERMAN_HEADINGS = ("Inhalt", "Hypothesen", "Abstimmung")
BUILD_BUDGET_S = 600  # about 1 minute on a 2-core machine; CI allows 90 minutes for everything
SIZE_BUDGET_MB = 300  # about 205 MB today
# Never in the bundle, whatever the build environment holds: the test tools and the build tool.
NOT_BUNDLED = ("tests", "pytest", "_pytest", "hypothesis", "pytestqt", "importlinter", "jsonschema", "pypdf",
               "PyInstaller", "tkinter")

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="packaging/build-bundle.sh is for Linux"),
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason="PyInstaller is not installed: install codesign with the [test] extras "
                              "(packaging/setup.sh --test) to build and test the bundle"),
]


@dataclass(frozen=True)
class Bundle:
    folder: Path  # dist/codesign: the program and its _internal folder
    exe: Path
    seconds: float  # how long the build took
    log: str


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    """The bundle, built once for this module with the running interpreter's venv."""
    if not (Path(sys.prefix) / "bin" / "python").exists():
        pytest.skip(f"build-bundle.sh needs a venv with bin/python; {sys.prefix} has none")
    scratch = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "VENV": sys.prefix,
           # PyInstaller's cache goes with the build, not into the developer's ~/.cache.
           "PYINSTALLER_CONFIG_DIR": str(scratch / "pyinstaller-config")}
    start = time.monotonic()
    done = subprocess.run(["bash", str(SCRIPT), "--dist", str(scratch / "dist"), "--work", str(scratch / "work"),
                           "--no-smoke", "--no-clean"],
                          capture_output=True, text=True, env=env, cwd=scratch, timeout=2 * BUILD_BUDGET_S)
    seconds = time.monotonic() - start
    log = done.stdout + done.stderr
    if done.returncode != 0:
        pytest.fail(f"build-bundle.sh failed ({done.returncode}):\n{log[-6000:]}", pytrace=False)
    folder = scratch / "dist" / "codesign"
    yield Bundle(folder=folder, exe=folder / "codesign", seconds=seconds, log=log)
    shutil.rmtree(scratch, ignore_errors=True)  # about 200 MB of bundle and 100 MB of scratch


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a user without codesign's venv: nothing from Python, no display, headless Qt."""
    venv_bins = {(Path(sys.prefix) / "bin").resolve(), Path(sys.executable).parent.resolve()}
    path = [p for p in os.environ.get("PATH", "/usr/bin:/bin").split(os.pathsep)
            if p and Path(p).resolve() not in venv_bins]
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "QT_", "CODESIGN_", "PYINSTALLER_"))
           and key not in ("VIRTUAL_ENV", "LD_LIBRARY_PATH", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PATH=os.pathsep.join(path), HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"), XDG_DATA_HOME=str(home / ".local" / "share"),
               QT_QPA_PLATFORM="offscreen")
    return env


def run(exe: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Runs the bundle from a folder outside the source tree; the return code is the caller's to check."""
    home = cwd / "home"
    home.mkdir(exist_ok=True)
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=clean_env(home), cwd=cwd,
                          timeout=180)


def ok(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def demo(bundle: Bundle, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workshop, imported by the bundle itself."""
    folder = tmp_path_factory.mktemp("bundle-demo")
    path = folder / "demo.codesign"
    ok(run(bundle.exe, "import", str(DEMO_JSON), "-o", str(path), cwd=folder))
    return path


def pdf_text(path: Path) -> tuple[int, str]:
    assert path.read_bytes()[:5] == b"%PDF-", f"{path} is not a PDF"
    reader = PdfReader(str(path))
    return len(reader.pages), " ".join((page.extract_text() or "") for page in reader.pages)


def spec_excludes() -> list[str]:
    """The `excludes` list of packaging/codesign.spec, read without running the spec."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["excludes"]:
            return ast.literal_eval(node.value)
    raise AssertionError("packaging/codesign.spec has no excludes list")


def bundled_modules(exe: Path) -> set[str]:
    """Every module in the program's archive (PYZ): what the bundle imports, since it imports nothing else."""
    from PyInstaller.archive.readers import pkg_archive_contents

    return set(pkg_archive_contents(str(exe)))


def test_the_build_stays_within_its_time_budget(bundle: Bundle) -> None:
    assert bundle.exe.is_file() and os.access(bundle.exe, os.X_OK)
    assert bundle.seconds < BUILD_BUDGET_S, f"the bundle took {bundle.seconds:.0f} s to build"
    assert "BUILT" in bundle.log and "PASS" not in bundle.log  # --no-smoke: the tests below are the smoke test


def test_version_runs_without_the_venv(bundle: Bundle, tmp_path: Path) -> None:
    done = run(bundle.exe, "--version", cwd=tmp_path)
    assert ok(done).strip() == f"codesign {codesign.__version__}", done.stderr


def test_it_imports_and_checks_the_demo(bundle: Bundle, demo: Path, tmp_path: Path) -> None:
    assert demo.is_file() and demo.stat().st_size > 0
    assert DEMO_TITLE in ok(run(bundle.exe, "check", str(demo), cwd=tmp_path))


def test_a_headless_pdf_export(bundle: Bundle, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    ok(run(bundle.exe, "export", str(demo), "--format", "pdf", "-o", str(out), cwd=tmp_path))
    pages, text = pdf_text(out)
    assert pages > 1
    assert DEMO_TITLE in text
    assert not any(word in text for word in GERMAN_HEADINGS)


def test_a_german_pdf_export(bundle: Bundle, demo: Path, tmp_path: Path) -> None:
    """The German words come from the .ts file the bundle carries in _internal/resources."""
    out = tmp_path / "out.de.pdf"
    ok(run(bundle.exe, "export", str(demo), "--format", "pdf", "--language", "de", "-o", str(out), cwd=tmp_path))
    pages, text = pdf_text(out)
    assert pages > 1 and DEMO_TITLE in text
    for word in GERMAN_HEADINGS:
        assert word in text, word


def test_a_headless_png_export_with_the_bundled_qt(bundle: Bundle, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "board.png"
    ok(run(bundle.exe, "export", str(demo), "--format", "png", "--journey", "1", "-o", str(out), cwd=tmp_path))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_it_carries_the_fonts_and_translations(bundle: Bundle) -> None:
    resources = bundle.folder / "_internal" / "resources"
    fonts = sorted(p.name for p in (ROOT / "resources" / "fonts").glob("DejaVu*.ttf"))
    assert len(fonts) == 4
    for name in fonts:
        assert (resources / "fonts" / name).read_bytes() == (ROOT / "resources" / "fonts" / name).read_bytes(), name
    sources = sorted((ROOT / "resources" / "translations").glob("codesign_*.ts"))
    assert sources
    for ts in sources:  # the PDF reads the .ts files; the app loads the compiled .qm files
        assert (resources / "translations" / ts.name).is_file(), ts.name
    compiled = [ts.with_suffix(".qm") for ts in sources if ts.with_suffix(".qm").is_file()]
    for qm in compiled:
        assert (resources / "translations" / qm.name).read_bytes() == qm.read_bytes(), qm.name
    migrations = bundle.folder / "_internal" / "codesign" / "storage" / "migrations"
    assert (migrations / "env.py").is_file() and list((migrations / "versions").glob("*.py"))
    if not compiled:
        pytest.skip("no .qm files in resources/translations (packaging/setup.sh compiles them): not checked")


def test_it_holds_every_codesign_module_and_nothing_it_should_not(bundle: Bundle) -> None:
    modules = bundled_modules(bundle.exe)
    ours = {name for _finder, name, _pkg in pkgutil.walk_packages([str(ROOT / "codesign")], prefix="codesign.")
            if not name.startswith("codesign.storage.migrations")}
    assert len(ours) > 20
    assert sorted(ours - modules) == []  # all of the app travels in the bundle, none is read from the tree
    unwanted = {*NOT_BUNDLED, *spec_excludes()}
    assert sorted(m for m in modules if m in unwanted or m.split(".")[0] in unwanted) == []
    internal = bundle.folder / "_internal"
    assert sorted(p.name for p in internal.iterdir() if p.name in NOT_BUNDLED) == []
    assert (internal / "PySide6" / "QtWidgets.abi3.so").is_file()
    extensions = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so")}
    assert sorted(extensions & {m.split(".")[-1] for m in spec_excludes() if m.startswith("PySide6.")}) == []
    heavy = sorted(p.name for p in internal.rglob("libQt6*")
                   if any(word in p.name for word in ("WebEngine", "Qml", "Quick", "Multimedia", "Pdf", "3D")))
    assert heavy == []
    size_mb = sum(p.stat().st_size for p in bundle.folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    assert size_mb < SIZE_BUDGET_MB, f"the bundle is {size_mb:.0f} MB"


def test_a_copy_elsewhere_runs_while_the_built_folder_is_gone(bundle: Bundle, demo: Path, tmp_path: Path) -> None:
    """Copied to another folder (as a user installs it), the bundle needs nothing from where it was built."""
    copy = tmp_path / "elsewhere" / "codesign"
    shutil.copytree(bundle.folder, copy, symlinks=True, copy_function=os.link)  # hard links: instant
    hidden = bundle.folder.with_name("codesign.hidden")
    bundle.folder.rename(hidden)
    try:
        done = run(copy / "codesign", "--version", cwd=tmp_path)
        out = tmp_path / "copy.pdf"
        exported = run(copy / "codesign", "export", str(demo), "--format", "pdf", "-o", str(out), cwd=tmp_path)
    finally:
        hidden.rename(bundle.folder)
    assert ok(done).strip() == f"codesign {codesign.__version__}"
    ok(exported)
    assert pdf_text(out)[0] > 1

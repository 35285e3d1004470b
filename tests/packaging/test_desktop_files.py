"""The freedesktop files in packaging/: desktop entry, MIME type, AppStream metadata, icons and
the per-user installer. Plain parsing, no Qt, except for the installer, which runs as a subprocess."""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import stat
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import codesign

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "codesign.desktop"
MIME_XML = PACKAGING / "codesign-mime.xml"
METAINFO = PACKAGING / "io.codesign.codesign.metainfo.xml"
HICOLOR = PACKAGING / "icons" / "hicolor"
INSTALLER = PACKAGING / "install-desktop.sh"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICON_NAMES = (("apps", "codesign"), ("mimetypes", "application-x-codesign"))
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
REGISTERED_MAIN_CATEGORIES = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics",
                              "Network", "Office", "Science", "Settings", "System", "Utility"}


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name, GenericName[de]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def mime_type() -> ET.Element:
    types = ET.parse(MIME_XML).getroot().findall(f"{MIME_NS}mime-type")
    assert len(types) == 1
    return types[0]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def list_value(value: str) -> list[str]:
    assert value.endswith(";"), f"a list value ends with ';': {value!r}"
    return value[:-1].split(";")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    length, chunk, width, height = struct.unpack(">I4sII", data[8:24])
    assert chunk == b"IHDR" and length == 13
    return width, height


def desktop_file_name_set_by_the_app() -> str:
    """What codesign/app/application.py passes to setDesktopFileName, read from its source."""
    tree = ast.parse((ROOT / "codesign" / "app" / "application.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "setDesktopFileName":
            (arg,) = node.args
            if isinstance(arg, ast.Constant):
                return arg.value
            assert isinstance(arg, ast.Name) and arg.id == "APP_NAME", ast.dump(arg)
            return codesign.APP_NAME
    raise AssertionError("application.py does not call setDesktopFileName")


def test_desktop_entry_has_the_required_keys() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "codesign"
    for key in ("GenericName", "GenericName[de]", "Comment", "Comment[de]", "Keywords", "Keywords[de]"):
        assert entry.get(key, "").strip(), f"{key} is missing"
    assert entry["Icon"] == "codesign"
    assert entry["Terminal"] == "false"
    assert entry["Exec"] == "codesign %f"  # install-desktop.sh makes the path absolute
    assert list_value(entry["Keywords"]) and list_value(entry["Keywords[de]"])


def test_desktop_entry_categories_are_registered() -> None:
    categories = list_value(desktop_entry()["Categories"])
    assert categories == ["Office", "ProjectManagement"]
    assert REGISTERED_MAIN_CATEGORIES & set(categories)


def test_desktop_entry_matches_the_running_app() -> None:
    """Wayland and X11 match windows to the entry by the app's desktop file name and WM class."""
    name = desktop_file_name_set_by_the_app()
    assert DESKTOP.name == f"{name}.desktop"
    assert desktop_entry()["StartupWMClass"] == name
    launchable = metainfo().find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name


def test_mime_type_agrees_everywhere() -> None:
    mime = mime_type()
    name = mime.get("type")
    assert name == "application/x-codesign"
    assert list_value(desktop_entry()["MimeType"]) == [name]
    assert [m.text for m in metainfo().findall("provides/mediatype")] == [name]
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.codesign"]
    comments = {c.get(XML_LANG): c.text for c in mime.findall(f"{MIME_NS}comment")}
    assert comments.get(None) and comments.get("de")
    assert mime.find(f"{MIME_NS}icon").get("name") == name.replace("/", "-")


def test_mime_magic_matches_a_real_workshop_file(demo_file: Path) -> None:
    """The header rule: 'SQLite format 3' at 0, then codesign's application_id at 68."""
    from codesign.storage import APPLICATION_ID

    magic = mime_type().find(f"{MIME_NS}magic")
    assert int(magic.get("priority")) > 50  # refines the plain SQLite rule, which has 50
    outer = magic.find(f"{MIME_NS}match")
    inner = outer.find(f"{MIME_NS}match")
    assert (outer.get("type"), outer.get("offset")) == ("string", "0")
    assert (inner.get("type"), inner.get("offset")) == ("big32", "68")
    assert int(inner.get("value"), 0) == APPLICATION_ID
    header = demo_file.read_bytes()[:72]
    assert header.startswith(outer.get("value").encode("ascii"))
    assert struct.unpack(">I", header[68:72])[0] == int(inner.get("value"), 0)


def test_metainfo_describes_this_release() -> None:
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") + ".metainfo.xml" == METAINFO.name
    assert root.findtext("name") == "codesign"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"  # as pyproject.toml says
    assert "GPL-3.0-or-later" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert root.find("content_rating").get("type") == "oars-1.1"
    for tag in ("summary", "description/p"):
        langs = {element.get(XML_LANG) for element in root.findall(tag)}
        assert {None, "de"} <= langs, tag
    versions = [release.get("version") for release in root.findall("releases/release")]
    assert versions and versions[0] == codesign.__version__


@pytest.mark.parametrize("size", SIZES)
def test_icons_exist_in_every_size(size: int) -> None:
    for context, name in ICON_NAMES:
        path = HICOLOR / f"{size}x{size}" / context / f"{name}.png"
        assert png_size(path) == (size, size), path


def test_scalable_icons_are_the_app_icon() -> None:
    source = (ROOT / "resources" / "icons" / "codesign.svg").read_bytes()
    for context, name in ICON_NAMES:
        assert (HICOLOR / "scalable" / context / f"{name}.svg").read_bytes() == source
    pngs = {p.relative_to(HICOLOR) for p in HICOLOR.rglob("*.png")}
    assert pngs == {Path(f"{s}x{s}") / c / f"{n}.png" for s in SIZES for c, n in ICON_NAMES}


def test_the_bundle_entry_point_runs_the_cli() -> None:
    source = (PACKAGING / "pyinstaller_entry.py").read_text(encoding="utf-8")
    assert "from codesign.cli import main" in source and "sys.exit(main())" in source
    spec = (PACKAGING / "codesign.spec").read_text(encoding="utf-8")
    # paths.py finds resources/ beside the codesign package; migrate.py finds migrations/ in storage.
    assert '"resources")' in spec and '"codesign/storage/migrations")' in spec


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_appstreamcli_accepts_the_metainfo() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate is not installed")
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def validate_desktop_file(path: Path) -> None:
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def run_installer(home: Path, *args: str, path: str, extra: dict[str, str] | None = None) -> str:
    env = {key: value for key, value in os.environ.items() if key != "CODESIGN_EXEC"}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "share"), PATH=path, **(extra or {}))
    result = subprocess.run(["bash", str(INSTALLER), *args], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stderr


def installed_files(share: Path) -> list[Path]:
    return [
        share / "applications" / "codesign.desktop",
        share / "mime" / "packages" / "codesign.xml",
        share / "metainfo" / METAINFO.name,
        *(share / "icons" / "hicolor" / f"{s}x{s}" / c / f"{n}.png" for s in SIZES for c, n in ICON_NAMES),
        *(share / "icons" / "hicolor" / "scalable" / c / f"{n}.svg" for c, n in ICON_NAMES),
    ]


def fake_codesign(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    exe = folder / "codesign"
    exe.write_text("#!/bin/sh\nexit 0\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return exe


@pytest.mark.slow
def test_installer_installs_and_uninstalls_for_the_user(tmp_path: Path) -> None:
    home = tmp_path / "home"
    share = home / "share"
    fake = fake_codesign(tmp_path / "bin")
    path = f"{fake.parent}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}"
    run_installer(home, path=path)
    run_installer(home, path=path)  # a second run only overwrites
    for file in installed_files(share):
        assert file.is_file(), file
    entry = desktop_entry(share / "applications" / "codesign.desktop")
    exe, field = entry["Exec"].rsplit(" ", 1)
    assert field == "%f"
    venv_codesign = ROOT / ".venv" / "bin" / "codesign"
    expected = venv_codesign if os.access(venv_codesign, os.X_OK) else fake
    assert Path(exe).is_absolute() and exe == str(expected)
    assert entry["TryExec"] == str(expected)
    validate_desktop_file(share / "applications" / "codesign.desktop")
    if shutil.which("update-mime-database"):
        assert "application/x-codesign" in (share / "mime" / "types").read_text()
        assert "*.codesign" in (share / "mime" / "globs2").read_text()

    run_installer(home, "--uninstall", path=path)
    run_installer(home, "--uninstall", path=path)  # nothing left to remove is fine
    for file in installed_files(share):
        assert not file.exists(), file
    if shutil.which("update-mime-database"):
        assert "application/x-codesign" not in (share / "mime" / "types").read_text()


@pytest.mark.slow
def test_installer_quotes_an_awkward_exec_path(tmp_path: Path) -> None:
    home = tmp_path / "home"
    exe = fake_codesign(tmp_path / 'my "apps" $HOME 100%')
    run_installer(home, path=os.environ.get("PATH", "/usr/bin:/bin"), extra={"CODESIGN_EXEC": str(exe)})
    validate_desktop_file(home / "share" / "applications" / "codesign.desktop")
    entry = desktop_entry(home / "share" / "applications" / "codesign.desktop")
    # The string escape (\\ -> \) comes first, then the Exec quoting (\" \$ inside "..."), then %% -> %.
    unescaped = entry["Exec"].replace("\\\\", "\\")
    assert unescaped.endswith(" %f")
    quoted = unescaped[: -len(" %f")]
    assert quoted.startswith('"') and quoted.endswith('"')
    inner = quoted[1:-1]
    for char in ('"', "$", "`"):
        inner = inner.replace("\\" + char, char)
    assert inner.replace("%%", "%") == str(exe)

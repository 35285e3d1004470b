"""High-density screens: at 100%, 150% and 200% every window fits the screen and draws sharp.

Each scale runs in its own process, because Qt reads the scale factor once, at start. The
screens are what people have: a 1366×768 laptop at 100%, a 1920×1080 laptop at 150% and a
2560×1440 screen at 200%. The last two leave 1280×720 logical pixels, the tightest case.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DEMO_JSON = Path(__file__).resolve().parents[2] / "resources" / "demo" / "open-account.en.json"

SCREENS = {  # scale: (device width, device height)
    "1": (1366, 768),
    "1.5": (1920, 1080),
    "2": (2560, 1440),
}

PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication([])
app.setOrganizationName("codesign")
app.setApplicationName("codesign")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])

from codesign.app.workshops import Workshops
from codesign.app.pdf_export import PdfOptionsDialog
from codesign.voting.round_dialog import RoundDialog

screen = app.primaryScreen()
available = screen.availableGeometry()
manager = Workshops()
window = manager.new_window()
window.show()
manager.open_path(Path(sys.argv[1]), window)
window.setGeometry(available)
app.processEvents()

report = {"screen": [available.width(), available.height()], "dpr": window.devicePixelRatio(), "windows": {}}

view = window.view.current_view()
view.fit_to_content()
app.processEvents()
picture = view.viewport().grab()
report["board_grab"] = [picture.width(), picture.height(), view.viewport().width(), view.viewport().height()]

window.settings_action.trigger()
window.guide_action.trigger()
window.shortcuts_action.trigger()
window.results_action.trigger()
window.hypotheses_action.trigger()
window.tally_action.trigger()
window.present_action.trigger()
for dialog in (RoundDialog(None, []), PdfOptionsDialog("en")):
    dialog.show()
app.processEvents()

for widget in QApplication.topLevelWidgets():
    if not widget.isVisible() or widget.windowType().name in ("Popup", "ToolTip"):
        continue
    name = widget.objectName() or type(widget).__name__
    hint = widget.minimumSizeHint()
    least = widget.minimumSize()
    report["windows"][name] = {
        "class": type(widget).__name__,
        "needs": [max(hint.width(), least.width()), max(hint.height(), least.height())],
        "frame": [widget.width(), widget.height()],
    }
print(json.dumps(report))
app.closeAllWindows()
manager.close_all()
"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    from codesign.storage.interchange import import_file

    folder = tmp_path_factory.mktemp("scaling")
    results = {}
    for scale, (width, height) in SCREENS.items():
        demo = folder / f"demo-{scale}.codesign"
        import_file(DEMO_JSON, demo)
        config = folder / f"screen-{scale}.json"
        config.write_text(json.dumps({"screens": [{
            "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale,
               "HOME": str(folder / "home"), "XDG_DATA_HOME": str(folder / "data"),
               "XDG_CACHE_HOME": str(folder / "cache"), "XDG_DOCUMENTS_DIR": str(folder / "docs")}
        done = subprocess.run([sys.executable, "-c", PROBE, str(demo), str(folder / f"settings-{scale}")], env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-3000:]
        results[scale] = json.loads(done.stdout.strip().splitlines()[-1])
    return results


pytestmark = pytest.mark.slow


@pytest.mark.parametrize("scale", SCREENS)
def test_qt_scales_by_the_factor(reports: dict[str, dict], scale: str) -> None:
    report = reports[scale]
    width, height = SCREENS[scale]
    assert report["dpr"] == float(scale)
    assert report["screen"] == [round(width / float(scale)), round(height / float(scale))]


@pytest.mark.parametrize("scale", SCREENS)
def test_the_board_is_drawn_at_device_resolution(reports: dict[str, dict], scale: str) -> None:
    """A grab of the board has scale × as many pixels as the view is wide: nothing is drawn at 100%
    and blown up, so card text and pictograms stay sharp."""
    grab_w, grab_h, view_w, view_h = reports[scale]["board_grab"]
    assert (grab_w, grab_h) == (round(view_w * float(scale)), round(view_h * float(scale)))


@pytest.mark.parametrize("scale", SCREENS)
def test_every_window_and_dialog_fits_the_screen(reports: dict[str, dict], scale: str) -> None:
    report = reports[scale]
    screen_w, screen_h = report["screen"]
    expected = {"MainWindow", "SettingsDialog", "GuideDialog", "ShortcutsDialog", "RoundDialog",
                "PdfOptionsDialog", "PresenterWindow"}
    seen = {entry["class"] for entry in report["windows"].values()}
    assert expected <= seen, f"not opened: {expected - seen}"
    too_big = {name: entry["needs"] for name, entry in report["windows"].items()
               if entry["needs"][0] > screen_w or entry["needs"][1] > screen_h}
    assert not too_big, f"need more than the {screen_w}×{screen_h} screen: {too_big}"
    opened_too_big = {name: entry["frame"] for name, entry in report["windows"].items()
                      if entry["frame"][0] > screen_w or entry["frame"][1] > screen_h}
    assert not opened_too_big, f"opened larger than the {screen_w}×{screen_h} screen: {opened_too_big}"

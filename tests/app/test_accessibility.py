"""Accessibility: no key is bound twice in one window, and every control a screen reader reaches
has a name, in the main window, the shared screen and every dialog of the app.

The name checked is the one a screen reader gets (Qt's accessibility interface): a button's text,
the text of a label that is the control's buddy (a QFormLayout row with a text label), or the
accessible name set on the control. A placeholder or a tooltip is not a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox,
    QDockWidget, QFormLayout, QGraphicsView, QHeaderView, QLabel, QLineEdit, QMenu, QPlainTextEdit, QPushButton,
    QScrollBar, QTabBar, QTabWidget, QTextEdit, QToolButton, QWidget,
)

from codesign.app.main_window import MainWindow
from codesign.app.workshops import Workshops

PORTABLE = QKeySequence.SequenceFormat.PortableText

# What a user operates: each must have a name a screen reader can speak.
INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox,
               QAbstractItemView, QGraphicsView, QAbstractSlider, QTabBar)


def _class(widget: QWidget) -> str:
    return widget.metaObject().className()


def _in_class(widget: QWidget, class_name: str) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if _class(parent) == class_name:
            return True
        parent = parent.parentWidget()
    return False


# Pieces Qt makes itself, inside a control the app names: a screen reader announces the control they
# belong to, and the app has no handle to name them by. Nothing else is skipped.
QT_INTERNALS: dict[str, Callable[[QWidget], bool]] = {
    # a scroll area's scroll bars: Qt's own, announced as part of the area
    "scroll bar of a scroll area": lambda w: isinstance(w, QScrollBar) and w.parentWidget() is not None
    and w.parentWidget().objectName() in ("qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer"),
    # the text field inside a spin box or date edit: the spin box carries the name
    "line edit inside a spin box": lambda w: isinstance(w, QLineEdit) and w.objectName() == "qt_spinbox_lineedit",
    # the text field of an editable combo box: the combo box carries the name
    "line edit inside a combo box": lambda w: isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QComboBox),
    # a combo box's drop-down list (and its scroller buttons), made and named by the combo box
    "combo box popup": lambda w: _in_class(w, "QComboBoxPrivateContainer"),
    # the date picker a QDateEdit pops up: Qt builds its month and year buttons itself
    "calendar popup of a date edit": lambda w: _in_class(w, "QCalendarPopup"),
    # the clear button Qt shows in a line edit with text (setClearButtonEnabled): it takes no focus, and
    # the line edit it clears carries the name
    "clear button of a line edit": lambda w: _class(w) == "QLineEditIconButton",
    # the float and close buttons Qt draws in a dock's title bar
    "dock title bar button": lambda w: _class(w) == "QDockWidgetTitleButton",
    # the arrows a tab bar shows when its tabs do not fit
    "tab bar scroll button": lambda w: isinstance(w, QToolButton) and isinstance(w.parentWidget(), QTabBar),
    # the » button a toolbar or the menu bar shows when its actions do not fit
    "toolbar extension button": lambda w: w.objectName() in ("qt_toolbar_ext_button", "qt_menubar_ext_button"),
    # the column and row headers of a table: read out as the table's column names, not as a control
    "header of an item view": lambda w: isinstance(w, QHeaderView) and isinstance(w.parentWidget(),
                                                                                   QAbstractItemView),
    # the select-all button in a table's top-left corner
    "table corner button": lambda w: _class(w) == "QTableCornerButton",
}


def qt_internal(widget: QWidget) -> str | None:
    return next((why for why, test in QT_INTERNALS.items() if test(widget)), None)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the widget: its accessible name, else what Qt derives (a button's
    text, a buddy label's text), else the label Qt reports as labelling it."""
    face = QAccessible.queryAccessibleInterface(widget)
    if face is None or not face.isValid():
        return widget.accessibleName().strip()
    labels = " ".join(other.text(QAccessible.Text.Name) for other, _ in face.relations(QAccessible.Relation.Label))
    if isinstance(widget, QComboBox):
        # On Linux Qt reports a combo box's current choice as its name (the label comes as a relation):
        # "English" says nothing about what is being chosen.
        return widget.accessibleName().strip() or labels.strip()
    return face.text(QAccessible.Text.Name).strip() or labels.strip()


def unnamed_tabs(bar: QTabBar) -> list[int]:
    """The tabs of `bar` a screen reader reads out without a name."""
    face = QAccessible.queryAccessibleInterface(bar)
    return [i for i in range(bar.count()) if not face.child(i).text(QAccessible.Text.Name).strip()]


def describe(widget: QWidget, top: QWidget) -> str:
    """Class, objectName, what it shows and where it sits: enough to find the line that makes it."""
    where = top.windowTitle() or top.objectName() or _class(top)
    shows = ""
    if isinstance(widget, QAbstractButton):
        shows = widget.text()
    elif isinstance(widget, QLineEdit):
        shows = widget.placeholderText()
    elif isinstance(widget, QComboBox):
        shows = widget.currentText()
    shows = shows or widget.toolTip()
    inside = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top and len(inside) < 3:
        if (parent.objectName() and not parent.objectName().startswith("qt_")) or not _class(parent).startswith("Q"):
            inside.append(f"{_class(parent)}({parent.objectName()})" if parent.objectName() else _class(parent))
        parent = parent.parentWidget()
    return (f"{_class(widget)} objectName={widget.objectName()!r}" + (f" showing {shows!r}" if shows else "")
            + (f" inside {' < '.join(inside)}" if inside else "") + f" in {_class(top)} {where!r}")


def unnamed(top: QWidget) -> list[str]:
    """Every control the user can see in `top` that a screen reader could not name."""
    found = []
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not isinstance(widget, INTERACTIVE):
            continue  # another window's (it is checked as its own case), or nothing to operate
        if not widget.isVisibleTo(top) or qt_internal(widget):
            continue
        if not spoken_name(widget):
            found.append(describe(widget, top))
        if isinstance(widget, QTabBar):
            found.extend(f"tab {i} of {describe(widget, top)}" for i in unnamed_tabs(widget))
    return found


def unnamed_on_every_page(top: QWidget) -> list[str]:
    """As unnamed(), with each tab of each tab widget and each tabbed dock brought to the front in turn,
    so pages that are hidden behind another are checked too."""
    found = set(unnamed(top))
    for dock in top.findChildren(QDockWidget):
        dock.raise_()
        found.update(unnamed(top))
    for tabs in top.findChildren(QTabWidget):
        if tabs.window() is not top:
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found.update(unnamed(top))
        tabs.setCurrentIndex(current)
    return sorted(found)


def untipped_symbol_buttons(top: QWidget) -> list[str]:
    """Visible buttons that show only an icon or a symbol ("×", "+"): they need a tooltip to be understood."""
    found = []
    for button in [*top.findChildren(QPushButton), *top.findChildren(QToolButton)]:
        if button.window() is not top or not button.isVisibleTo(top) or qt_internal(button):
            continue
        if not any(c.isalnum() for c in button.text()) and not button.toolTip().strip():
            found.append(describe(button, top))
    return found


def hidden_controls(top: QWidget) -> list[str]:
    """Controls that stay hidden in this state of the window: not checked, but listed on failure."""
    return sorted(describe(w, top) for w in top.findChildren(QWidget)
                  if w.window() is top and isinstance(w, INTERACTIVE) and not w.isVisibleTo(top)
                  and not qt_internal(w))


# -- shortcuts ----------------------------------------------------------------------------------------


def home_window(obj: QObject) -> QWidget | None:
    """The window whose keys `obj` listens to: a menu's actions belong to the window the menu is in."""
    parent = obj.parent()
    while parent is not None and (not isinstance(parent, QWidget) or isinstance(parent, QMenu)):
        parent = parent.parent()
    return parent.window() if parent is not None else None


def _keys(obj: QObject) -> list[str]:
    if isinstance(obj, QAction):
        sequences = obj.shortcuts()
    else:
        sequences = [obj.key(), *[k for k in obj.keys() if k != obj.key()]]
    return [k.toString(PORTABLE) for k in sequences if not k.isEmpty()]


def _name(obj: QObject) -> str:
    if isinstance(obj, QAction):
        text = obj.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        return f"action {text or obj.objectName()!r}"
    return f"QShortcut of {_class(obj.parent())} {obj.parent().objectName()!r}"


def _scope(obj: QObject) -> tuple[Qt.ShortcutContext, list[QWidget]]:
    if isinstance(obj, QAction):
        widgets = [w for w in obj.associatedObjects() if isinstance(w, QWidget)]
        return obj.shortcutContext(), widgets or [home_window(obj)]
    return obj.context(), [obj.parent()]


def _contains(outer: QWidget, inner: QWidget) -> bool:
    return outer is inner or outer.isAncestorOf(inner)


def can_collide(a: QObject, b: QObject) -> bool:
    """Two bindings of one key in one window clash unless both are tied to separate widgets."""
    (context_a, widgets_a), (context_b, widgets_b) = _scope(a), _scope(b)
    wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    if context_a in wide or context_b in wide:
        return True
    reach_a = _contains if context_a == Qt.ShortcutContext.WidgetWithChildrenShortcut else (lambda x, y: x is y)
    reach_b = _contains if context_b == Qt.ShortcutContext.WidgetWithChildrenShortcut else (lambda x, y: x is y)
    return any(reach_a(x, y) or reach_b(y, x) for x in widgets_a for y in widgets_b)


def bindings(top: QWidget) -> list[tuple[str, QObject]]:
    """Every (key, action or QShortcut) of the window, enabled or not: menus, toolbars, docks, boards."""
    found = []
    for obj in [*top.findChildren(QAction), *top.findChildren(QShortcut)]:
        if home_window(obj) is top:
            found.extend((key, obj) for key in _keys(obj))
    return found


def clashes(top: QWidget) -> list[str]:
    found = []
    seen = bindings(top)
    for i, (key, a) in enumerate(seen):
        for other_key, b in seen[i + 1:]:
            if key == other_key and a is not b and can_collide(a, b):
                found.append(f"{key}: {_name(a)} and {_name(b)} in {_class(top)} {top.windowTitle()!r}")
    return found


# -- the windows and dialogs -------------------------------------------------------------------------


@pytest.fixture
def demo_window(workshops: Workshops, window: MainWindow, demo_file: Path) -> MainWindow:
    workshops.open_path(demo_file, window)
    window.view.journey_view(0)  # the board is built when its tab is first shown
    return window


def _settings_dialog(window: MainWindow) -> QWidget:
    try:
        from codesign.app.settings_dialog import SettingsDialog
    except ModuleNotFoundError:
        pytest.skip("settings dialog not built yet")
    return SettingsDialog(window)


def _new_workshop(window: MainWindow) -> QWidget:
    from codesign.app.new_workshop_dialog import NewWorkshopDialog

    return NewWorkshopDialog(window)


def _round_dialog(window: MainWindow, existing: bool) -> QWidget:
    from codesign.voting.round_dialog import RoundDialog

    voting_round = window.view.session.voting_round() if existing else None
    return RoundDialog(voting_round, window.view.journey_view(0).board.selected_card_ids(), window)


def _pdf_options(window: MainWindow) -> QWidget:
    from codesign.app.pdf_export import PdfOptionsDialog

    return PdfOptionsDialog(window.workshop.workshop.language, window)


def _card_editor(window: MainWindow) -> QWidget:
    view = window.view.journey_view(0)
    view.edit_card(next(iter(view.board.cards)))
    return window


def _capture(window: MainWindow) -> QWidget:
    view = window.view.journey_view(0)
    cards = list(view.board.cards)[:2]
    return window.view.capture_hypothesis(cards, None, [view.journey.moments[0].id])  # with its link chips


def _presenter(window: MainWindow) -> QWidget:
    presenter = window.view.present()
    voter = window.view.session.voters()[0]
    window.view.session.choose_voter(voter.id)  # the chips and the voter bar as during a vote
    return presenter


WINDOWS: dict[str, Callable[[MainWindow], QWidget]] = {
    "main window": lambda w: w,
    "board with the card text editor open": _card_editor,
    "presenter": _presenter,
    "new workshop dialog": _new_workshop,
    "new round dialog": lambda w: _round_dialog(w, existing=False),
    "round settings dialog": lambda w: _round_dialog(w, existing=True),
    "tally dialog": lambda w: w.view.show_tally("r-01"),
    "results window": lambda w: w.view.show_results("r-01"),
    "capture dialog": _capture,
    "hypotheses window": lambda w: w.view.show_hypotheses(w.workshop.workshop.hypotheses[0].id),
    "pdf options dialog": _pdf_options,
    "guide": lambda w: w.show_guide(),
    "shortcuts dialog": lambda w: w.show_shortcuts(),
    "settings dialog": _settings_dialog,
}


def shown(name: str, window: MainWindow, qtbot) -> QWidget:  # noqa: ANN001
    top = WINDOWS[name](window)
    top.show()
    qtbot.waitExposed(top)
    return top


def test_the_name_a_screen_reader_gets_is_readable_offscreen(qtbot) -> None:  # noqa: ANN001
    """The measuring stick: label buddies and button texts count, a placeholder does not."""
    form = QWidget()
    qtbot.addWidget(form)
    rows = QFormLayout(form)
    labelled, bare, named = QLineEdit(), QLineEdit(), QLineEdit()
    bare.setPlaceholderText("Only a placeholder")
    named.setAccessibleName("Named")
    rows.addRow("Title:", labelled)
    rows.addRow(bare)
    rows.addRow(named)
    button, icon_only = QPushButton("&Save"), QToolButton()
    rows.addRow(button)
    rows.addRow(icon_only)
    buddy = QLabel("&Where:")
    where = QLineEdit()
    buddy.setBuddy(where)
    rows.addRow(buddy, where)
    form.show()
    qtbot.waitExposed(form)
    assert [spoken_name(w) for w in (labelled, bare, named, button, icon_only, where)] == [
        "Title:", "", "Named", "Save", "", "Where:"]
    assert sorted(unnamed(form)) == sorted([describe(bare, form), describe(icon_only, form)])


@pytest.mark.parametrize("recent", [False, True], ids=["first start", "with a recent workshop"])
def test_the_start_screen_names_every_control(recent: bool, workshops: Workshops, window: MainWindow,
                                              demo_file: Path) -> None:
    if recent:
        workshops.open_path(demo_file, window)
        window.close_workshop()  # back to the start screen, which now lists the demo
    assert window.start_screen.isVisibleTo(window)
    offenders = unnamed_on_every_page(window)
    assert not offenders, "\n".join(["Controls without an accessible name:", *offenders])


@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_control_has_a_name(name: str, demo_window: MainWindow, qtbot) -> None:  # noqa: ANN001
    top = shown(name, demo_window, qtbot)
    offenders = unnamed_on_every_page(top)
    assert not offenders, "\n".join([f"Controls without an accessible name ({name}):", *offenders,
                                     "Hidden in this state, not checked:", *hidden_controls(top)])
    untipped = untipped_symbol_buttons(top)
    assert not untipped, "\n".join(["Icon-only buttons without a tooltip:", *untipped])


def test_a_key_bound_twice_in_one_window_is_found_and_one_per_widget_is_not(qtbot) -> None:  # noqa: ANN001
    """The measuring stick for keys: window-wide bindings clash, bindings on separate widgets do not."""
    top = QWidget()
    qtbot.addWidget(top)
    left, right = QLineEdit(top), QLineEdit(top)
    first = QAction("First", top)
    first.setShortcut(QKeySequence("Ctrl+K"))
    top.addAction(first)
    menu = QMenu(top)
    second = menu.addAction("Second")
    second.setShortcuts([QKeySequence("Ctrl+J"), QKeySequence("Ctrl+K")])
    second.setEnabled(False)  # disabled now, enabled later: still a clash
    for widget in (left, right):
        QShortcut(QKeySequence("Ctrl+E"), widget, context=Qt.ShortcutContext.WidgetShortcut)
    # with the focus in `right`, Qt would find two live bindings of Ctrl+J and run neither
    QShortcut(QKeySequence("Ctrl+J"), right, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    assert sorted(clashes(top)) == ["Ctrl+J: action 'Second' and QShortcut of QLineEdit '' in QWidget ''",
                                    "Ctrl+K: action 'First' and action 'Second' in QWidget ''"]
    QShortcut(QKeySequence("Ctrl+E"), top)  # window-wide: now clashes with both of the line edits' keys
    assert len(clashes(top)) == 4


def test_no_key_is_bound_twice_on_the_start_screen(window: MainWindow) -> None:
    assert not clashes(window)


@pytest.mark.parametrize("name", list(WINDOWS))
def test_no_key_is_bound_twice(name: str, demo_window: MainWindow, qtbot) -> None:  # noqa: ANN001
    top = shown(name, demo_window, qtbot)
    assert bindings(demo_window), "the main window's keys were not found"
    found = clashes(top)
    assert not found, "\n".join(["Keys bound twice:", *found])


def test_the_shortcuts_dialog_lists_every_key_of_every_window(demo_window: MainWindow, qtbot) -> None:  # noqa: ANN001
    for name in WINDOWS:
        if name not in ("settings dialog", "shortcuts dialog"):
            shown(name, demo_window, qtbot)
    dialog = shown("shortcuts dialog", demo_window, qtbot)
    table = dialog.table
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    listed = {key.strip() for _what, keys in rows for key in re.split(r", | / ", keys)}
    missing = []
    for top in [w for w in QApplication.topLevelWidgets() if w.isVisible()]:
        for key, obj in bindings(top):
            native = QKeySequence(key, PORTABLE).toString(QKeySequence.SequenceFormat.NativeText)
            if native not in listed and key not in listed:
                missing.append(f"{key}: {_name(obj)} in {_class(top)} {top.windowTitle()!r}")
    assert not missing, "\n".join(["Keys the Shortcuts dialog does not list:", *sorted(set(missing))])

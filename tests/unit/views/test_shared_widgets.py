"""Views share their helpers through one public module (views.widgets, views.common); no file
imports another file's private names, and no file keeps its own copy of the shared ones."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SHARED = {"icon", "plain_label", "returns_true", "keep_place", "make_list", "fit_columns",
          "text_label", "tool_button", "separator", "scroll_area", "replace_widget", "short_list",
          "fit_height", "tree_texts", "FlowLayout"}


def modules():
    """Every file of views/ and desktop/, those of their packages (views/customer_detail/)
    too."""
    for folder in ("views", "desktop"):
        yield from sorted((ROOT / folder).rglob("*.py"))


def test_no_private_name_is_imported_from_another_file():
    found = []
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    ("views", "desktop")):
                found += [f"{path.name}: {a.name}" for a in node.names
                          if a.name.startswith("_") and not a.name.startswith("__")]
    assert found == []


def test_the_shared_helpers_are_defined_once():
    copies = []
    for path in modules():
        if path == ROOT / "views" / "widgets.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (isinstance(node, ast.FunctionDef | ast.ClassDef)
                    and node.name.lstrip("_") in SHARED):
                copies.append(f"{path.name}: {node.name}")
    assert copies == []


def test_the_checks_can_fail(tmp_path):
    tree = ast.parse("from views.settings_dialog import _plain_label\ndef _icon(n): pass\n")
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names]
    defs = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    assert names == ["_plain_label"] and defs[0].lstrip("_") in SHARED


def test_dialogs_are_as_tall_as_their_wrapped_text(qtbot, ctx, book):
    """The team passphrase and the user dialog explain themselves in a few wrapped lines:
    each shows every line, none is cut off at its top or bottom."""
    from tests.qt_helpers import speaking
    from views.settings_dialog import UserDialog
    from views.team_dialogs import PassphraseDialog

    with speaking("en"):  # with Kehu's own font, as it starts
        shown_whole(qtbot, [PassphraseDialog(r"D:\Kehu-team"), UserDialog(ctx, None),
                            UserDialog(ctx, dict(book.user))])


def shown_whole(qtbot, dialogs) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        wrapped = [label for label in dialog.findChildren(QLabel)
                   if label.wordWrap() and label.isVisible() and label.text()]
        assert wrapped
        for label in wrapped:
            assert label.height() >= label.heightForWidth(label.width()), label.text()

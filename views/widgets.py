"""Small widgets and helpers every view shares: icons, labels, lists, styles.

One public module, so that no view imports another view's private helpers (STYLE.md)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeWidget, QWidget

ERROR_STYLE = "color: #c62828;"
HINT = "hint"


def icon(name: str) -> QIcon:
    """resources.icon(name), or an empty icon while the icon set is not there: an icon is
    decoration, and never blocks a page or a dialog."""
    try:
        import resources

        return resources.icon(name)
    except Exception:  # noqa: BLE001
        return QIcon()


def returns_true(operation: Callable[..., Any]) -> Callable[..., bool]:
    """For operations that return nothing: lets `ctx.run` tell success (True) from an error
    it has already shown (None)."""

    def run(book, **kwargs) -> bool:
        operation(book, **kwargs)
        return True

    return run


def plain_tooltip(text: str) -> str:
    """Book text for a place where Qt guesses whether text is rich (tool tips, an item's tool
    tip, message boxes): escaped and marked rich, so that it shows exactly as typed (an
    <img src=...> in a note stays those characters and loads nothing)."""
    if "<" not in text and "&" not in text:
        return text  # nothing Qt could take for a tag: plain text shows as it is
    return ('<qt><span style="white-space: pre-wrap">'
            + html.escape(text, quote=False).replace("\n", "<br>") + "</span></qt>")


plain_message = plain_tooltip  # QMessageBox.question(parent, title, plain_message(text))


def plain_label(text: str = "", style: str = "") -> QLabel:
    """A wrapping label; style HINT greys it like a placeholder, else a style sheet."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if style == HINT:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    elif style:
        label.setStyleSheet(style)
    return label


def keep_place(widget: QWidget) -> None:
    """Hiding the widget leaves its place empty, so the dialog does not jump in size."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def make_list(headers: list[str], stretch: int = 0) -> QTreeWidget:
    """A flat list with column headers, one row selected at a time, not edited in place."""
    tree = QTreeWidget()
    tree.setColumnCount(len(headers))
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAllColumnsShowFocus(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return tree


def fit_columns(tree: QTreeWidget) -> None:
    """Columns as wide as their widest text plus some air; the stretching one takes the rest."""
    header = tree.header()
    for column in range(tree.columnCount()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, tree.columnWidth(column) + 20)

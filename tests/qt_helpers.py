"""Typing as a person does, for GUI tests."""

from __future__ import annotations

import re
from contextlib import contextmanager

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    """Latin keys one by one; Chinese committed by the input method, as a real IME does
    (QTest cannot press keys for characters outside Latin-1)."""
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def screenshots_dir():
    """Where tests save the pictures of what they show, to be looked at: $KEHU_SCREENSHOTS, or
    a folder in the system's temporary directory."""
    import os
    import tempfile
    from pathlib import Path

    path = Path(os.environ.get("KEHU_SCREENSHOTS") or Path(tempfile.gettempdir()) / "kehu-shots")
    path.mkdir(parents=True, exist_ok=True)
    return path


DEMO_NOW = "2026-12-01T10:00:00+08:00"  # when the demo books of the pictures are written


@contextmanager
def demo_book(tmp_path, customers: int = 300):
    """A demo book as `python main.py --demo` writes it, on DEMO_NOW (the clock stays there)."""
    import datetime as dt

    from models.core import clock
    from models.core.book import Book
    from models.demo import write_demo

    now = dt.datetime.fromisoformat(DEMO_NOW)
    clock.set_clock(lambda: now)
    book = Book.open(write_demo(tmp_path / "demo.sqlite", customers=customers))
    try:
        yield book
    finally:
        book.close()


@contextmanager
def speaking(language: str):
    """The app in this language with its bundled font, as Kehu starts; as it was afterwards."""
    from desktop import i18n

    app = QApplication.instance()
    font = app.font()
    i18n.install_translators(app, language)
    i18n.register_font(app)
    try:
        yield
    finally:
        i18n.remove_translators(app)
        app.setFont(font)

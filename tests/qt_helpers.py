"""Typing as a person does, for GUI tests."""

from __future__ import annotations

import re

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

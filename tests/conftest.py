"""Shared fixtures. Qt runs offscreen; data and settings go to tmp_path, never the real dirs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from models import clock  # noqa: E402
from models.book import Book  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_dirs(tmp_path, monkeypatch):
    """Every test gets its own data dir and settings file (napari's _fresh_settings)."""
    data = tmp_path / "kehu-data"
    monkeypatch.setenv("KEHU_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # models tests run without Qt too
        yield
        return
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    yield
    clock.set_clock(None)


@pytest.fixture
def book(tmp_path):
    b = Book.open(tmp_path / "book.sqlite")
    yield b
    b.close()

"""Shared fixtures. Qt runs offscreen; data and settings go to tmp_path, never the real dirs."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from models.core import clock
from models.core.book import Book


@pytest.fixture(autouse=True, scope="session")
def _gui_application():
    """The QApplication, made before any test runs: a command run in-process would otherwise
    make a bare QCoreApplication for its translations, and the GUI tests after it could not
    have theirs (which tests run first depends on the selection)."""
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:  # models tests run without Qt too
        yield None
        return
    yield QApplication.instance() or QApplication([])


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
    from PySide6.QtCore import QCoreApplication

    from desktop import i18n

    app = QCoreApplication.instance()
    if app is not None:  # the next test starts in English, whatever this one spoke
        i18n.remove_translators(app)


@pytest.fixture
def book(tmp_path):
    b = Book.open(tmp_path / "book.sqlite")
    yield b
    b.close()


@pytest.fixture
def told(monkeypatch):
    """What QMessageBox.information and .warning would have said (they block)."""
    from PySide6.QtWidgets import QMessageBox

    said: dict[str, list[str]] = {"information": [], "warning": []}
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *a: said["information"].append(text))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: said["warning"].append(text))
    return said


@pytest.fixture
def now():
    """An injected clock at T0 (2026-03-03 09:30 +08:00); move it with now["t"] = ...."""
    state = {"t": dt.datetime(2026, 3, 3, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))}
    clock.set_clock(lambda: state["t"])
    return state

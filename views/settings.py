"""The app's own settings (language, window layout, columns): an INI file in the user's
config dir, redirected by tests to tmp_path. Book-wide settings live in the book instead."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Kehu", "Kehu")


MINIMISE_KEY = "tray/minimise"


def minimise_to_tray() -> bool:
    """Whether closing the window keeps Kehu running in the tray (Settings > Reminders)."""
    return str(app_settings().value(MINIMISE_KEY, "false")).lower() in ("true", "1")


def set_minimise_to_tray(on: bool) -> None:
    settings = app_settings()
    settings.setValue(MINIMISE_KEY, bool(on))
    settings.sync()

"""The app's own settings (language, window layout, columns): an INI file in the user's
config dir, redirected by tests to tmp_path. Book-wide settings live in the book instead."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Kehu", "Kehu")

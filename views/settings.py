"""The app's own settings (language, window layout, columns): an INI file in the user's
config dir, redirected by tests to tmp_path. Book-wide settings live in the book instead.
Both kinds are declared in models.core.settings, which gives each key its type and default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from models.core import settings as registry


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Kehu", "Kehu")


MINIMISE_KEY = registry.MINIMISE_TO_TRAY.key
LANGUAGE_KEY = registry.LANGUAGE.key
GEOMETRY_KEY = registry.WINDOW_GEOMETRY.key


def pc_value(key: str):
    """This PC's value of a registered "pc" setting, as its type, or its default."""
    entry = registry.entry(key)
    if entry.where != registry.PC:
        raise KeyError(key)
    value = app_settings().value(key, entry.default)
    if entry.type == "bool":
        return str(value).lower() in ("true", "1")
    if entry.type == "choice" and value not in entry.choices:
        return entry.default
    return value


def set_pc_value(key: str, value) -> None:
    entry = registry.entry(key)
    if entry.where != registry.PC:
        raise KeyError(key)
    settings = app_settings()
    settings.setValue(key, bool(value) if entry.type == "bool" else value)
    settings.sync()


def minimise_to_tray() -> bool:
    """Whether closing the window keeps Kehu running in the tray (Settings > Reminders)."""
    return pc_value(MINIMISE_KEY)


def set_minimise_to_tray(on: bool) -> None:
    set_pc_value(MINIMISE_KEY, bool(on))


def pc_book() -> Path | None:
    """The book this PC opens at start when no --book is given: the team's book it joined
    (File > Join a team); None for the default book."""
    value = str(pc_value(registry.THIS_PC_BOOK.key) or "")
    return Path(value) if value else None


def set_pc_book(path: Path | None) -> None:
    set_pc_value(registry.THIS_PC_BOOK.key, str(path) if path else "")

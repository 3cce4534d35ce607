"""PySide6's scan of every module imported after it, turned off for the app's start.

PySide6 (its `__feature__` support: snake_case and true_property names) reads the source file of
every Python module imported after PySide6 itself, looking for the word "PySide6", to decide
whether that module may switch those features on. Kehu switches none on, so every module sees
Qt's default names either way; reading ~150 source files costs about 40 ms of every start from
sources (a frozen app has no sources to read). Marking each module "ignored in switching"
(PySide6's own id -1, which is what a module without the word gets) keeps the behaviour and
skips the reading.
"""

from __future__ import annotations


def skip_source_scan() -> bool:
    """Whether the scan is off (False: this PySide6 has no such scan, nothing changed)."""
    try:
        from PySide6.support import feature
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_feature
    return True


def _uses_no_feature(module) -> bool:
    return False

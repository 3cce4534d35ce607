"""The Qt binding Kehu runs on must not lose references on signal emits (PySide6 6.12.0 lost
one reference to True per emit, and the app aborted after a couple of thousand)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(int)


def test_emitting_signals_keeps_reference_counts(qapp):
    emitter = _Emitter()
    emitter.happened.connect(lambda value: None)
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.happened.emit(i)
    assert sys.getrefcount(True) - before > -10

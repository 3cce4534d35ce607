"""The app turns off PySide6's source scan of imported modules (desktop.pyside_imports)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.bench.common import ROOT

PROBE = textwrap.dedent("""
    import sys
    import PySide6.QtCore
    from PySide6.support import feature
    from desktop.pyside_imports import skip_source_scan

    read = []
    import inspect
    real = inspect.getsource
    inspect.getsource = lambda obj: read.append(obj.__name__) or real(obj)
    assert skip_source_scan()
    import views.steps  # imports views.widgets, a module of Kehu's that uses PySide6
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel("a")
    label.setText("b")  # Qt's default (camelCase) names work as before
    assert label.text() == "b"
    print(feature.pyside_feature_dict.get("views.widgets"), len(read))
""")


def test_modules_imported_after_the_switch_are_not_read_and_qt_names_stay():
    proc = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True,
                          text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    ignored, sources_read = proc.stdout.split()
    assert ignored == "-1"  # PySide6's "ignore in feature switching", as for a Qt-free module
    assert sources_read == "0"

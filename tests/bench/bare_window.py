"""The floor for start-up time and memory: a bare PySide6 window with an empty QTableView.

It shows the window, quits from a zero timer once shown, and with --rss prints its peak
resident set size as JSON ({"maxrss_kib": ...}), measured as the benchmark measures the app
(tests/bench/rss.py peak_rss_kib). Run as a script: python tests/bench/bare_window.py
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from rss import peak_rss_kib  # the script's folder is on sys.path


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableView(window))
    window.resize(1280, 800)  # the size Kehu's main window opens at
    window.show()
    QTimer.singleShot(0, app.quit)
    code = app.exec()
    if "--rss" in sys.argv[1:]:
        import json

        print(json.dumps({"maxrss_kib": peak_rss_kib()}))
    return code


if __name__ == "__main__":
    sys.exit(main())

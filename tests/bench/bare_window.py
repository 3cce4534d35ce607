"""The floor for start-up time and memory: a bare PySide6 window with an empty QTableView.

It shows the window, quits from a zero timer once shown, and with --rss prints its peak
resident set size as JSON ({"maxrss_kib": ...}), measured as the benchmark measures the app
(tests/bench/common.py peak_rss_kib). Run as a script: python tests/bench/bare_window.py
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def peak_rss_kib() -> int:
    """As tests/bench/common.py measures it (not imported: its imports would weigh here)."""
    import resource

    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


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

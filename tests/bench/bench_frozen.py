"""The frozen app (installer/dist/Kehu, PyInstaller): its start-up and the bundle's size.

Metric 1, frozen_start_to_ready: the whole `Kehu --book BOOK --exit-when-ready` process of the
bundle, wall time. Floor: the same start from source (`python main.py --book BOOK
--exit-when-ready`) on the same book, in the same run. One untimed warm-up of each, then RUNS
of each, alternating, compared by median. Target: at most 1.5x the start from source.
Metric 2, bundle_size: the bundle folder in MB (10^6 bytes); no floor. Target: 150 MB on every
system. (The smoke test fails only above its own limit, installer/smoke_test.py: 180 MiB on
Linux, whose bundle carries Qt's ICU and the C++ runtime, so that CI catches a bundle that
grows; the benchmark reports the target as it is.)

The bundle is used as it is when present (build it again after changing the code:
python installer/build.py); when missing it is built first, which takes a few minutes.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from tests.bench.bench_startup import alternating
from tests.bench.common import ROOT, Result, clean_env, failed, median, note, result

START, SIZE = "frozen_start_to_ready", "bundle_size"
FACTOR = 1.5
SIZE_GOAL = 150  # MB
RUNS = 5


def _installer_module(name: str):
    """installer/<name>.py, by path (installer/ is no package)."""
    spec = importlib.util.spec_from_file_location(f"kehu_installer_{name}",
                                                  ROOT / "installer" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


smoke_test = _installer_module("smoke_test")  # its size limit
build = smoke_test.build  # installer/build.py: where the bundle is, how to build it


def _bundle() -> Path:
    exe = build.executable()
    if not exe.is_file():
        note(f"{exe} is missing: building the bundle (python installer/build.py)")
        proc = subprocess.run([sys.executable, str(ROOT / "installer" / "build.py")], cwd=ROOT)
        if proc.returncode != 0 or not exe.is_file():
            raise RuntimeError(f"installer/build.py exited with {proc.returncode}")
    return build.BUNDLE


def run(book: Path, home: Path) -> list[Result]:
    bundle = _bundle()
    env = clean_env(home / "frozen")
    frozen = [str(build.executable(bundle)), "--book", str(book), "--exit-when-ready"]
    source = [sys.executable, str(ROOT / "main.py"), "--book", str(book), "--exit-when-ready"]
    source_s, frozen_s = alternating(source, frozen, env, floor_ready=True, runs=RUNS)
    note(f"{START}: frozen runs {', '.join(f'{s:.2f}' for s in frozen_s)} s; "
         f"from source {', '.join(f'{s:.2f}' for s in source_s)} s")
    value, floor = median(frozen_s), median(source_s)
    mb = build.folder_size(bundle) / 1e6
    note(f"{SIZE}: {bundle} holds {mb:.1f} MB")
    return [
        result(START, value, "s", floor, f"<= {FACTOR}x the start from source",
               value <= FACTOR * floor),
        result(SIZE, mb, "MB", None, f"<= {SIZE_GOAL} MB", mb <= SIZE_GOAL, digits=1),
    ]


def failed_results() -> list[Result]:
    return [failed(START, "s", f"<= {FACTOR}x the start from source"),
            failed(SIZE, "MB", f"<= {SIZE_GOAL} MB")]

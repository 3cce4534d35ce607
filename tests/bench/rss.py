"""Peak resident memory of this process; its own module so that the bare-window floor script
can import it without the benchmark runner's imports weighing on the floor."""

from __future__ import annotations

import sys


def peak_rss_kib() -> int:
    """This process's peak resident set size in KiB.

    On Linux this is VmHWM from /proc/self/status: getrusage(RUSAGE_SELF).ru_maxrss is carried
    over from the parent across fork and exec there, so a child of a big parent (this runner
    writes the demo book) would report the parent's peak. Elsewhere ru_maxrss (KiB on Linux and
    BSD, bytes on macOS).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak

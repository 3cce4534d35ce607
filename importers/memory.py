"""How much memory another process holds now, as the system says: what the reader's watchdog
(importers.limits.read_source) measures where no RLIMIT bounds the reading child (Windows).

- Linux: its resident memory (VmRSS in /proc/<pid>/status).
- Windows: the larger of its private committed memory and its working set
  (GetProcessMemoryInfo through ctypes, as psutil reads it; no extra dependency for one call).
- Elsewhere (macOS): None, the watchdog stands aside; the RLIMIT in the child still holds.
"""

from __future__ import annotations

import sys


class ProcessMemory:
    """ProcessMemory(pid).bytes(): the process's memory in bytes now, or None when it cannot
    be told (the process ended, or the system is not one of the above). close() when done."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self._handle = None
        self._windows = None
        if sys.platform == "win32":
            self._windows = _Windows()
            self._handle = self._windows.open(pid)

    def bytes(self) -> int | None:
        if self._windows is not None:
            return self._windows.memory(self._handle) if self._handle else None
        try:
            with open(f"/proc/{self.pid}/status", "rb") as status:
                for line in status:
                    if line.startswith(b"VmRSS:"):
                        return int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            return None
        return None

    def close(self) -> None:
        if self._windows is not None and self._handle:
            self._windows.close(self._handle)
        self._handle = None

    def __enter__(self) -> ProcessMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Windows:
    """kernel32's OpenProcess, K32GetProcessMemoryInfo and CloseHandle (Windows 7 and later)."""

    # what GetProcessMemoryInfo asks of the handle (as psutil opens it)
    ACCESS = 0x1000 | 0x0010  # PROCESS_QUERY_LIMITED_INFORMATION | PROCESS_VM_READ

    def __init__(self) -> None:
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):  # PROCESS_MEMORY_COUNTERS
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                        ("PeakWorkingSetSize", ctypes.c_size_t),
                        ("WorkingSetSize", ctypes.c_size_t),
                        ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
                        ("QuotaPagedPoolUsage", ctypes.c_size_t),
                        ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                        ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                        ("PagefileUsage", ctypes.c_size_t),
                        ("PeakPagefileUsage", ctypes.c_size_t)]

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.K32GetProcessMemoryInfo.argtypes = [wintypes.HANDLE, ctypes.POINTER(Counters),
                                                     wintypes.DWORD]
        kernel32.K32GetProcessMemoryInfo.restype = wintypes.BOOL
        kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
        kernel32.CloseHandle.restype = wintypes.BOOL
        self._ctypes = ctypes
        self._kernel32 = kernel32
        self._counters = Counters

    def open(self, pid: int):
        return self._kernel32.OpenProcess(self.ACCESS, False, pid) or None

    def memory(self, handle) -> int | None:
        counters = self._counters()
        counters.cb = self._ctypes.sizeof(counters)
        if not self._kernel32.K32GetProcessMemoryInfo(handle, self._ctypes.byref(counters),
                                                      counters.cb):
            return None
        return max(counters.PagefileUsage, counters.WorkingSetSize)

    def close(self, handle) -> None:
        self._kernel32.CloseHandle(handle)

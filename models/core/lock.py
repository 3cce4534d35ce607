"""An OS-level lock next to the book, so that only one program writes it at a time."""

from __future__ import annotations

import os
from pathlib import Path

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(book_path: Path) -> Path:
    """The lock file of the book's real file: a symlink, a relative path or another spelling of
    the same book all lock the same file."""
    book_path = Path(book_path).expanduser().resolve()
    return book_path.with_name(book_path.name + ".lock")


class BookLock:
    def __init__(self, book_path: Path) -> None:
        self.path = lock_path(book_path)
        self._fd: int | None = None

    def acquire(self, *, create: bool = True) -> bool:
        """Take the lock (False: another program holds it). create=False: a reader that writes
        nothing; when no lock file exists no Kehu has the book open, and nothing is held."""
        if not create:
            try:
                fd = os.open(self.path, os.O_RDONLY)
            except FileNotFoundError:
                return True
        else:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

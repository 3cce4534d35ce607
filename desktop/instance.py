"""One running Kehu per book: a second start on the same book brings the first to the front."""

from __future__ import annotations

import logging
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("kehu")


def server_name(book_path: Path) -> str:
    """A local socket name per book (two checksums of its path: no hashlib at start-up)."""
    path = str(Path(book_path).resolve()).encode()
    return f"kehu-{zlib.crc32(path):08x}{zlib.adler32(path):08x}"


def ask_running_instance(book_path: Path, timeout_ms: int = 1000) -> bool:
    """Ask the Kehu that has this book open to come to the front; True if one answered."""
    sock = QLocalSocket()
    sock.connectToServer(server_name(book_path))
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(b"raise\n")
    sock.flush()
    answer = b""
    if sock.bytesToWrite():
        sock.waitForBytesWritten(timeout_ms)
    if sock.waitForReadyRead(timeout_ms):
        answer = bytes(sock.readAll().data())
    sock.disconnectFromServer()
    return answer.startswith(b"ok")


class InstanceServer(QObject):
    """Listens for a second start on the same book."""

    raise_requested = Signal()

    def __init__(self, book_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        name = server_name(book_path)
        QLocalServer.removeServer(name)  # a stale socket left by a crash
        if not self.server.listen(name):
            log.warning("Could not listen for other Kehu starts: %s", self.server.errorString())
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            if sock.bytesAvailable():
                self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll().data()).startswith(b"raise"):
            self.raise_requested.emit()
            sock.write(b"ok\n")
            sock.flush()
            sock.disconnectFromServer()

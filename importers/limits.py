"""What reading a file to import may cost: bounded by the file, never by what it claims.

- Only a regular file is read: a device (/dev/zero), a FIFO or a socket is refused at once,
  before anything opens it (opening a FIFO would wait for a writer for ever).
- A workbook's sheets are measured before the spreadsheet reader sees them: the cells each
  sheet really holds are counted from its XML, streamed (the reader would allocate one slot per
  cell of the rectangle from A1 to the farthest cell: a 2 KB file with a cell at XFD1048576
  asks for 512 GB). A sheet whose rectangle is larger than CELL_BUDGET but whose used columns
  fit is read from a copy that keeps only those columns (rewritten in pieces of PIECE bytes); a
  sheet with more than MAX_COLUMNS used columns, or more than CELL_BUDGET cells once
  compacted, is refused with a message that says so.
- Text files get the same bounds on their rows and columns (bound_rows).
- read_source() runs the whole reader in a child process with a memory limit (READER_MEMORY:
  RLIMIT_AS where the system has it, and a watchdog in the parent that measures the child and
  ends it past the limit, which holds on Windows too) and waits for it, cancellably: a reader
  that aborts, runs out of memory or is killed ends only the child, and the user reads
  READER_DIED. The app and its unsaved work stay.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from models.core.errors import NO_SUCH_FILE, NOT_A_FILE, UNREADABLE, Cancelled, UserError
from models.core.errors import QT_TRANSLATE_NOOP as T

MAX_COLUMNS = 1000  # used columns of one sheet
CELL_BUDGET = 8_000_000  # rows x used columns of one sheet
PIECE = 1 << 20  # characters of sheet XML scanned or rewritten at a time
READER_MEMORY = 2 << 30  # bytes of address space of the reading child process
READER_CPU_SECONDS = 600
WATCH_INTERVAL = 0.05  # seconds between two measures of the reading child's memory

TOO_WIDE = T(
    "errors",
    "{file}: sheet {sheet} has {columns} columns with data; Kehu imports up to {limit} columns. "
    "Copy the columns you need into a new sheet and import that.",
)
TOO_MANY_CELLS = T(
    "errors",
    "{file}: sheet {sheet} spans {rows} rows and {columns} columns, more than Kehu reads at a "
    "time ({limit} million cells). Split it into smaller files.",
)
READER_DIED = T(
    "errors",
    "{file} could not be read: the reader needed more memory than Kehu allows ({limit} MB) or "
    "stopped. Nothing was imported. If the file opens in its program, save it there as .xlsx "
    "or .csv and import the new file.",
)

Check = Callable[[], bool]


def file_error(message: str, path: Path, **params: object) -> UserError:
    from importers.source import ImportFileError

    return ImportFileError(message, file=path.name, **params)


# -- the kind of file -----------------------------------------------------------------------
def check_path(path: Path) -> os.stat_result:
    """The file's stat when it is a regular file; else ImportFileError, without opening it."""
    from importers.source import ImportFileError

    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ImportFileError(NO_SUCH_FILE, path=path.name) from None
    except OSError as exc:
        from models.core.errors import os_reason

        raise ImportFileError(UNREADABLE, path=path.name,
                              reason=os_reason(exc, reading=True)) from None
    if stat.S_ISDIR(info.st_mode):
        from models.core.errors import IS_FOLDER

        raise ImportFileError(UNREADABLE, path=path.name, reason=IS_FOLDER)
    if not stat.S_ISREG(info.st_mode):
        raise ImportFileError(UNREADABLE, path=path.name, reason=NOT_A_FILE)
    return info


# -- workbooks: the cells a sheet really holds ----------------------------------------------
_TAG = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?(row|c)\b([^>]*)>")
_R = re.compile(r"""\br\s*=\s*["']([A-Za-z]*)(\d*)["']""")


@dataclass
class Extent:
    member: str
    rows: int  # the last row that holds a cell (1-based)
    columns: int  # the last column that holds a cell (1-based)
    used: set[int]  # 0-based indexes of the columns that hold a cell

    @property
    def cells(self) -> int:
        return self.rows * self.columns


def column_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def column_letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def _pieces(handle, size: int = PIECE):
    """Decoded text from a binary stream, each piece ending just after a '>' (never inside a
    tag), so that a tag is always whole in one piece."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    rest = ""
    while True:
        data = handle.read(size)
        text = rest + decoder.decode(data, final=not data)
        if not data:
            if text:
                yield text
            return
        cut = text.rfind(">") + 1
        if cut == 0:
            rest = text
            if len(rest) > 64 * size:  # no tag ends: not XML a sheet is made of
                yield rest
                rest = ""
            continue
        yield text[:cut]
        rest = text[cut:]


_CELL_AT = re.compile(rb'<c r="([A-Z]{1,7})([0-9]{1,12})"')
_OTHER_CELL = re.compile(rb"<c[>/\t\n\r]")  # a cell tag other than "<c " (XML white space)


def _byte_pieces(handle, size: int = PIECE):
    """The stream in pieces that each end just after a b'>' (never inside a tag)."""
    rest = b""
    while data := handle.read(size):
        data = rest + data
        cut = data.rfind(b">") + 1
        if cut == 0 and len(data) < 64 * size:
            rest = data
            continue
        cut = cut or len(data)
        yield data[:cut]
        rest = data[cut:]
    if rest:
        yield rest


def _quick_extent(handle, member: str) -> Extent | None:
    """An extent that holds every cell of the sheet, value or not, found by regular
    expressions over the bytes when every cell tag is written as spreadsheet programs write
    them (<c r="B7" ...>): a tenth of the time of reading the tags one by one. None when a cell
    tag is written otherwise.

    A piece whose cells are all in columns seen before and at most at the row of its last
    cell (as the rows of a sheet come, in order) is passed by one search that finds nothing
    (_outside); any other piece is read cell by cell (_piece_cells)."""
    last_row = 0
    letters: set[bytes] = set()
    outside = _NOTHING_KNOWN
    known: tuple[int, int] = (0, 0)  # (row, number of letters) the pattern was made for
    for piece in _byte_pieces(handle, PIECE):
        colon = piece.find(b":")  # one byte: found at memory speed; b":c" is searched for
        if colon >= 0 and piece.find(b":c", colon) >= 0:  # only from the first colon on
            return None  # a cell tag with a prefix (<x:c ...>)
        at = piece.rfind(b'<c r="')  # the piece's last cell: the furthest row, as rows come
        tail = _CELL_AT.match(piece, at) if at >= 0 else None
        if tail is not None:
            letters.add(tail.group(1))
            last_row = max(last_row, int(tail.group(2)))
        if known != (last_row, len(letters)):
            outside, known = _outside(letters, last_row), (last_row, len(letters))
        if outside.search(piece) is None:
            continue  # every cell of the piece is of a known column, at last_row at most
        found = _piece_cells(piece)
        if found is None:
            return None
        letters.update(map(itemgetter(0), found))
        last_row = max(last_row, max(map(int, set(map(itemgetter(1), found))), default=0))
    used = {column_index(x.decode("ascii")) for x in letters}
    return Extent(member, last_row, max(used, default=-1) + 1, used)


def _piece_cells(piece: bytes) -> list[tuple[bytes, bytes]] | None:
    """(letters, digits) of every cell tag of the piece; None when a cell tag is written
    otherwise than <c r="B7" ...>."""
    found = _CELL_AT.findall(piece)
    if len(found) != piece.count(b"<c ") or (
            piece.count(b"<c") != len(found) and _OTHER_CELL.search(piece)):
        return None
    return found


_NOTHING_KNOWN = re.compile(rb"<c")


def _outside(letters: set[bytes], last_row: int) -> re.Pattern:
    """A tag beginning <c that is not <c r="..."> naming one of these columns and a row up to
    last_row (a column tag, a cell of another column or further down, a cell written
    otherwise)."""
    if not letters:
        return _NOTHING_KNOWN
    return re.compile(rb'<c(?! r="(?:' + _one_of(sorted(letters)) + rb")(?:"
                      + _not_above(last_row) + rb')")')


def _one_of(words: list[bytes]) -> bytes:
    """A pattern for exactly these column letters (sorted, distinct): a tree by first letter,
    so that a sheet of 1,000 columns is not 1,000 alternatives tried one by one."""
    single = b"".join(w for w in words if len(w) == 1)
    longer: dict[bytes, list[bytes]] = {}
    for w in words:
        if len(w) > 1:
            longer.setdefault(w[:1], []).append(w[1:])
    alternatives = [head + b"(?:" + _one_of(rest) + b")" for head, rest in longer.items()]
    if single:
        alternatives.append(b"[" + single + b"]")
    return b"|".join(alternatives)


def _not_above(number: int) -> bytes:
    """A pattern for the digit strings of up to as many digits as number whose value is at
    most number (as many: compared digit by digit; fewer: less, whatever they are, tried last
    since the rows near the last one have as many)."""
    digits = str(number).encode("ascii")
    size = len(digits)
    alternatives = []
    for i in range(size):
        below = digits[i] - ord("0")
        if below:
            alternatives.append(digits[:i] + b"[0-%d]" % (below - 1)
                                + (b"[0-9]{%d}" % (size - i - 1) if size - i - 1 else b""))
    alternatives.append(digits)
    if size > 1:
        alternatives.append(b"[0-9]{1,%d}" % (size - 1))
    return b"|".join(alternatives)


def _within_limits(extent: Extent) -> bool:
    return (len(extent.used) <= MAX_COLUMNS and extent.rows * len(extent.used) <= CELL_BUDGET
            and extent.cells <= CELL_BUDGET)


def _scan(handle, member: str) -> Extent:
    """The extent of a sheet's cells that hold a value (a cell that only carries formatting,
    <c r="XFD1" s="1"/>, does not count). When the quick extent of all its cells is within
    every limit, so is this one, and it is the answer; else the tags are read one by one."""
    quick = _quick_extent(handle, member)
    if quick is not None and _within_limits(quick):
        return quick
    handle.seek(0)
    return _scan_tags(_pieces(handle), member)


def _scan_tags(pieces, member: str) -> Extent:
    row = 0
    col = -1
    last_row = 0
    last_col = -1
    used: set[int] = set()
    for piece in pieces:
        for match in _TAG.finditer(piece):
            attrs = match.group(2)
            ref = _R.search(attrs)
            if match.group(1) == "row":
                row = int(ref.group(2)) if ref and ref.group(2) else row + 1
                col = -1
                continue
            if attrs.rstrip().endswith("/"):  # <c r="XFD1" s="1"/>: formatting, no value
                col = column_index(ref.group(1)) if ref and ref.group(1) else col + 1
                continue
            col = column_index(ref.group(1)) if ref and ref.group(1) else col + 1
            if ref and ref.group(2):
                row = int(ref.group(2))
            used.add(col)
            last_row = max(last_row, row)
            last_col = max(last_col, col)
    return Extent(member, last_row, last_col + 1, used)


def sheet_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet XML member -> sheet name, from the workbook and its relationships."""
    names: dict[str, str] = {}
    try:
        workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except KeyError:
        return {n: n for n in archive.namelist() if n.startswith("xl/worksheets/")
                and n.endswith(".xml")}
    targets = {}
    for match in re.finditer(r"<(?:\w+:)?Relationship\b([^>]*)>", rels):
        attrs = match.group(1)
        rid = re.search(r"""\bId\s*=\s*["']([^"']*)""", attrs)
        target = re.search(r"""\bTarget\s*=\s*["']([^"']*)""", attrs)
        if rid and target:
            path = target.group(1)
            path = path.lstrip("/") if path.startswith("/") else "xl/" + path
            targets[rid.group(1)] = os.path.normpath(path).replace(os.sep, "/")
    for match in re.finditer(r"<(?:\w+:)?sheet\b([^>]*)>", workbook):
        attrs = match.group(1)
        name = re.search(r"""\bname\s*=\s*["']([^"']*)""", attrs)
        rid = re.search(r"""\b(?:\w+:)?id\s*=\s*["']([^"']*)""", attrs)
        if name and rid and rid.group(1) in targets:
            import html

            names[targets[rid.group(1)]] = html.unescape(name.group(1))
    for member in archive.namelist():
        if member.startswith("xl/worksheets/") and member.endswith(".xml"):
            names.setdefault(member, member)
    return names


def measure_xlsx(path: Path) -> list[tuple[str, Extent]]:
    """(sheet name, Extent) of every worksheet, read in pieces (bounded memory)."""
    out = []
    with zipfile.ZipFile(path) as archive:
        members = set(archive.namelist())
        for member, name in sheet_members(archive).items():
            if member not in members:
                continue
            with archive.open(member) as handle:
                out.append((name, _scan(handle, member)))
    return out


def bounded_xlsx(path: Path) -> Path | None:
    """None when every sheet can be read as it is; else a temporary copy of the workbook whose
    oversized sheets keep only their used columns (the caller removes it). Raises
    ImportFileError for a sheet too wide or too large even then."""
    extents = measure_xlsx(path)
    squeeze = {}
    for name, extent in extents:
        if len(extent.used) > MAX_COLUMNS:
            raise file_error(TOO_WIDE, path, sheet=name, columns=len(extent.used),
                              limit=MAX_COLUMNS)
        if extent.rows * len(extent.used) > CELL_BUDGET:
            raise file_error(TOO_MANY_CELLS, path, sheet=name, rows=extent.rows,
                              columns=len(extent.used), limit=CELL_BUDGET // 1_000_000)
        if extent.cells > CELL_BUDGET:
            squeeze[extent.member] = extent
    if not squeeze:
        return None
    fd, name = tempfile.mkstemp(prefix="kehu-read-", suffix=".xlsx")
    os.close(fd)
    out = Path(name)
    try:
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(
                out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
            for info in source.infolist():
                with source.open(info) as src, target.open(info.filename, "w",
                                                           force_zip64=True) as dst:
                    if info.filename in squeeze:
                        _compact(src, dst, squeeze[info.filename])
                    else:
                        shutil.copyfileobj(src, dst, PIECE)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return out


_DROP = re.compile(r"<(?:\w+:)?dimension\b[^>]*/>|\sspans\s*=\s*[\"'][^\"']*[\"']")


def _compact(src, dst, extent: Extent) -> None:
    """Sheet XML with each cell moved to its used column's place (A, B, C ... in order), the
    declared dimension and row spans dropped; written piece by piece."""
    new_index = {old: new for new, old in enumerate(sorted(extent.used))}
    state = {"col": -1, "row": 0}

    def cell(match: re.Match) -> str:
        kind, attrs = match.group(1), match.group(2)
        ref = _R.search(attrs)
        if kind == "row":
            state["col"] = -1
            state["row"] = int(ref.group(2)) if ref and ref.group(2) else state["row"] + 1
            return match.group(0)
        col = column_index(ref.group(1)) if ref and ref.group(1) else state["col"] + 1
        state["col"] = col
        if col not in new_index:  # an empty, formatted cell in a dropped column: gone
            return ""
        letters = column_letters(new_index[col])
        if ref and ref.group(1):
            attrs = attrs[:ref.start(1)] + letters + attrs[ref.end(1):]
        else:
            attrs = f' r="{letters}{state["row"]}"' + (attrs[:ref.start()] + attrs[ref.end():]
                                                       if ref else attrs)
        return match.group(0)[:match.start(2) - match.start(0)] + attrs + ">"

    for piece in _pieces(src):
        piece = _DROP.sub("", piece)
        dst.write(_TAG.sub(cell, piece).encode("utf-8"))


def bound_rows(rows: list[list], path: Path, sheet: str) -> list[list]:
    """Rows of a text file within the same bounds as a sheet: when the rectangle is too large,
    only the columns that hold something are kept (in order); too many of those is refused."""
    width = max(map(len, rows), default=0)
    if width * len(rows) <= CELL_BUDGET and width <= MAX_COLUMNS:
        return rows
    used: set[int] = set()
    for row in rows:
        used.update(i for i, cell in enumerate(row) if cell)
        if len(used) > MAX_COLUMNS:
            break
    if len(used) > MAX_COLUMNS:
        raise file_error(TOO_WIDE, path, sheet=sheet, columns=len(used),
                          limit=MAX_COLUMNS)
    if len(used) * len(rows) > CELL_BUDGET:
        raise file_error(TOO_MANY_CELLS, path, sheet=sheet, rows=len(rows),
                          columns=len(used), limit=CELL_BUDGET // 1_000_000)
    keep = sorted(used)
    for index, row in enumerate(rows):
        n = len(row)
        rows[index] = [row[i] if i < n else None for i in keep]
    return rows


# -- the reader in a child process ----------------------------------------------------------
def _limit_memory(memory: int | None) -> None:
    """RLIMIT_AS to memory (None: none) and RLIMIT_CPU, where the system has them."""
    try:
        import resource
    except ImportError:  # Windows: the parent's watchdog measures the child instead
        return
    for limit, value in ((getattr(resource, "RLIMIT_AS", None), memory),
                         (getattr(resource, "RLIMIT_CPU", None), READER_CPU_SECONDS)):
        if limit is None or value is None:
            continue
        try:
            soft, hard = resource.getrlimit(limit)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(limit, (value, hard))
        except (ValueError, OSError):
            pass


def _peak_rss() -> int:
    """This process's peak resident memory in bytes. On Linux from VmHWM, which starts again at
    exec (ru_maxrss would keep the parent's figure from before the child's exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    try:
        import resource
    except ImportError:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if os.uname().sysname == "Darwin" else peak * 1024


def _child(path: str | None, conn, memory: int | None, paths=None) -> None:
    """In the child: read the file, send ("ok", source, peak bytes) or ("error", message,
    params, peak bytes) or ("crash", text). path None (a reader started ahead,
    prepare_reader): the readers are imported first, then the path is awaited on `paths`."""
    _limit_memory(memory)
    try:
        from importers.source import open_source

        if path is None:
            try:
                import python_calamine  # noqa: F401 - imported while the user chooses the file
            except ImportError:
                pass
            try:
                path = paths.recv()
            except (EOFError, OSError):  # not needed after all (Kehu closes)
                return
            finally:
                paths.close()
        source = open_source(path)
        conn.send(("ok", source, _peak_rss()))
    except UserError as exc:
        conn.send(("error", exc.message, exc.params, _peak_rss()))
    except MemoryError:
        conn.send(("died",))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which logs it
        import traceback

        conn.send(("crash", "".join(traceback.format_exception(type(exc), exc,
                                                               exc.__traceback__))))
    finally:
        conn.close()


class ReaderCrashed(RuntimeError):
    """The reader failed with an error that is Kehu's fault (its traceback is the message)."""


_ready_lock = threading.Lock()
# (memory, address limit) -> (process, its answers, where its path goes): started ahead
_ready: dict[tuple, tuple] = {}


def _start(path: str | None, memory: int, address_limit: bool) -> tuple:
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    paths_in, paths_out = context.Pipe(duplex=False) if path is None else (None, None)
    process = context.Process(target=_child, daemon=True, name="kehu-reader",
                              args=(path, sender, memory if address_limit else None, paths_in))
    process.start()
    sender.close()
    if paths_in is not None:
        paths_in.close()
    return process, receiver, paths_out


def prepare_reader(*, memory: int | None = None, address_limit: bool = True) -> None:
    """Start the reading child process before the file is chosen (the import wizard opens):
    Python's start and the readers' imports, most of the time a small file takes to read,
    happen while the user looks for the file. The next read_source() with the same limits
    takes it; one waits at a time."""
    key = (memory or READER_MEMORY, address_limit)
    with _ready_lock:
        ready = _ready.get(key)
        if ready is not None and ready[0].is_alive():
            return
        _ready[key] = _start(None, *key)


def _take_ready(key: tuple, path: Path) -> tuple | None:
    """The reader started ahead for these limits, given the path; None when there is none."""
    with _ready_lock:
        ready = _ready.pop(key, None)
    if ready is None:
        return None
    process, receiver, paths = ready
    try:
        if not process.is_alive():
            raise OSError("the reader started ahead has ended")
        paths.send(str(path))
    except (OSError, ValueError):
        receiver.close()
        process.kill()
        process.join()
        process.close()
        return None
    finally:
        paths.close()
    return process, receiver


def read_source(path, *, cancelled: Check | None = None, memory: int | None = None,
                peak: list | None = None, address_limit: bool = True):
    """importers.source.open_source(path), run in a child process with a memory limit.

    The limit holds twice: RLIMIT_AS in the child where the system has it, and a watchdog here
    that measures the child every WATCH_INTERVAL seconds (importers.memory) and ends it past
    the limit, which is what holds on Windows. address_limit=False leaves the watchdog alone
    (tests take the Windows path on any system).

    Raises ImportFileError (its message as the child raised it, or READER_DIED when the child
    ended without an answer or was ended past the limit), Cancelled when cancelled() turns
    true (the child is stopped), or ReaderCrashed. peak: a list that gets the child's peak
    memory in bytes (tests, bench)."""
    from importers.memory import ProcessMemory
    from importers.source import ImportFileError

    path = Path(path)
    check_path(path)
    memory = memory or READER_MEMORY
    ready = _take_ready((memory, address_limit), path)
    if ready is not None:
        process, receiver = ready
    else:
        process, receiver, _ = _start(str(path), memory, address_limit)
    watch = ProcessMemory(process.pid)
    answer = None
    try:
        while True:
            if receiver.poll(WATCH_INTERVAL):
                try:
                    answer = receiver.recv()
                except (EOFError, OSError):
                    answer = None
                break
            used = watch.bytes()
            if used is not None and used > memory:  # the watchdog: ended below, READER_DIED
                break
            if not process.is_alive():
                if receiver.poll(0):
                    continue
                break
            if cancelled is not None and cancelled():
                raise Cancelled()
    finally:
        watch.close()
        receiver.close()
        process.join(1 if answer is not None else 0)
        if process.is_alive():
            process.kill()
            process.join()
        process.close()
    if answer is None or answer[0] == "died":
        raise ImportFileError(READER_DIED, file=path.name, limit=memory >> 20)
    if answer[0] == "error":
        if peak is not None:
            peak.append(answer[3])
        raise ImportFileError(answer[1], **answer[2])
    if answer[0] == "crash":
        raise ReaderCrashed(answer[1])
    if peak is not None:
        peak.append(answer[2])
    return answer[1]

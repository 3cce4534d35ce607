"""Text files: the encoding and the delimiter of CSV/TSV/TXT exports, and CSV parsing.

Decoding order: a BOM (UTF-8, UTF-16, UTF-32); UTF-16 without BOM (recognised by its NUL
bytes, since comma, newline and digit are ASCII); strict UTF-8; then line by line, UTF-8 or
GB18030 (the superset of GBK: some rows of "GBK" exports only decode as GB18030), whichever
reads as Chinese, so that a file mixing them reads right (a UTF-8 file with a BOM too); else
charset-normalizer's best guess. Text with NUL or many control characters is not text.
"""

from __future__ import annotations

import codecs
import csv
import re

DELIMITERS = (",", ";", "\t", "|", "，")  # and the full-width comma of a list typed by hand
SNIFF_CHARS = 64 * 1024
SNIFF_LINES = 50
CELL_LIMIT = 1 << 20  # a cell longer than this is not a customer list

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class NotText(ValueError):
    """The bytes are not text in any encoding Kehu recognises."""


class CellTooLong(ValueError):
    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:8192]
    half = len(sample) // 2
    if half < 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > half * 0.2 and even < half * 0.02:
        return "utf-16-le"
    if even > half * 0.2 and odd < half * 0.02:
        return "utf-16-be"
    return None


def _looks_chinese(text: str) -> bool:
    non_ascii = len(_NON_ASCII.findall(text, 0, 200_000))
    if not non_ascii:
        return False
    return len(_CJK.findall(text, 0, 200_000)) >= non_ascii * 0.6


def _line(raw: bytes) -> tuple[str, str]:
    """One line: ("utf-8" | "gb18030" | "" (neither: undecodable bytes replaced), text)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and (raw.isascii() or _CJK.search(text)):
        return "utf-8", text
    try:
        return "gb18030", raw.decode("gb18030")
    except UnicodeDecodeError:
        if text is not None:
            return "utf-8", text
        return "", raw.decode("gb18030", errors="replace")


def decode_lines(data: bytes) -> tuple[str, str] | None:
    """Text whose lines are not all in one encoding (a GBK export with rows pasted in from a
    UTF-8 one, or the other way round), each line decoded as UTF-8 or GB18030, whichever reads
    as Chinese; bytes that neither decodes become U+FFFD (the row that holds them says so).
    None when it does not read as Chinese text."""
    used: set[str] = set()
    out: list[str] = []
    bad = good = 0
    for raw in data.split(b"\n"):
        name, text = _line(raw)
        if not name:
            bad += 1
        elif not raw.isascii():
            used.add(name)
            good += 1
        out.append(text)
    text = "\n".join(out)
    if bad * 10 > good or not _looks_chinese(text):
        return None  # not Chinese text with a stray line: Big5, Shift-JIS, cp1252 ...
    if not used:
        used.add("gb18030")
    return text, "+".join(sorted(used, key=("utf-8", "gb18030").index))


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name); raises NotText."""
    text: str | None = None
    encoding = ""
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text, encoding = data.decode(name), name
            except UnicodeDecodeError as exc:
                mixed = decode_lines(data[len(bom):]) if name == "utf-8-sig" else None
                if mixed is None:
                    raise NotText(str(exc)) from None
                text, encoding = mixed
            break
    if text is None and b"\x00" in data[:8192]:
        name = _utf16_without_bom(data)
        if name is None:
            raise NotText("NUL bytes")
        try:
            text, encoding = data.decode(name), "utf-16"
        except UnicodeDecodeError as exc:
            raise NotText(str(exc)) from None
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    if text is None:
        mixed = decode_lines(data)
        if mixed is not None:
            text, encoding = mixed
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data[: SNIFF_CHARS * 4]).best()
        if best is None:
            raise NotText("no encoding")
        encoding = best.encoding
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise NotText(str(exc)) from None
    sample = text[:SNIFF_CHARS]
    if "\x00" in text or len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise NotText("control characters")
    return text, encoding


def sniff_delimiter(text: str) -> str:
    """The delimiter whose count per line, outside quotes, is the most consistent."""
    counts: list[dict[str, int]] = []
    current = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    previous = ""
    for ch in text[:SNIFF_CHARS]:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            if ch in current:
                current[ch] += 1
            elif ch == "\n" or ch == "\r":
                if not (ch == "\n" and previous == "\r"):
                    counts.append(current)
                    current = dict.fromkeys(DELIMITERS, 0)
                    if len(counts) >= SNIFF_LINES:
                        break
        previous = ch
    else:
        if any(current.values()):
            counts.append(current)
    counts = [c for c in counts if any(c.values())] or counts
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        if delimiter == "，" and best_score[0] >= 0.8:
            break  # a file parted by commas whose cells hold full-width ones: commas
        per_line = [c[delimiter] for c in counts]
        nonzero = [n for n in per_line if n]
        if not nonzero:
            continue
        mode = max(set(nonzero), key=nonzero.count)
        score = (per_line.count(mode) / len(per_line), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


_DIGITS = re.compile(r"\d")


def split_on_spaces(records: list[list[str]]) -> list[list[str]] | None:
    """A list typed by hand with spaces between its columns ("张伟 13812345678 杭州"), read as
    one column: its lines split on runs of spaces, when most lines (3 in 5) split into the same
    number of parts, two at least, and one of those columns holds numbers (phones) on most
    lines; else None (a list of names, some with a space in them, stays one column)."""
    lines = [r[0] if r else "" for r in records]
    parts = [line.split() for line in lines]
    counts = [len(p) for p in parts if p]
    if not counts:
        return None
    mode = max(set(counts), key=counts.count)
    if mode < 2 or counts.count(mode) < 0.6 * len(counts):
        return None
    rows = [p for p in parts if len(p) == mode]
    if not any(sum(len(_DIGITS.findall(r[j])) >= 7 for r in rows) >= 0.6 * len(rows)
               for j in range(mode)):
        return None
    return parts


def parse_csv(text: str, delimiter: str) -> list[list[str]]:
    """All records; raises CellTooLong with the 1-based record number."""
    return parse_csv_checked(text, delimiter)[0]


def parse_csv_checked(text: str, delimiter: str) -> tuple[list[list[str]], list[int]]:
    """All records, and the 1-based numbers of the records read again because of a quote
    that is never closed.

    A quoted cell may hold line breaks; but when the lines it would swallow look like records
    of their own (as many delimiters as the first record has), the quote was a typo: that
    line is read with its quote as an ordinary character, and the next lines as records.
    Raises CellTooLong with the 1-based record number."""
    previous_limit = csv.field_size_limit()
    csv.field_size_limit(CELL_LIMIT)
    lines = text.splitlines(keepends=True)
    rows: list[list[str]] = []
    repaired: list[int] = []
    width = 0
    at = 0  # the physical line the reader starts from
    try:
        while at < len(lines):
            feed = _Lines(lines, at)
            reader = csv.reader(feed, delimiter=delimiter)
            try:
                for row in reader:
                    first, last = feed.start_of_record, feed.next - 1
                    if last > first and '"' in lines[first] and width >= 3 and any(
                            lines[k].count(delimiter) >= width - 1
                            for k in range(first + 1, last + 1)):
                        repaired.append(len(rows) + 1)
                        rows.append(next(csv.reader(
                            [lines[first].rstrip("\r\n")], delimiter=delimiter,
                            quoting=csv.QUOTE_NONE)))
                        at = first + 1
                        break
                    rows.append(row)
                    if not width:
                        width = len(row)
                    feed.mark()
                else:
                    at = len(lines)
            except csv.Error as exc:
                if "field larger than field limit" in str(exc):
                    raise CellTooLong(len(rows) + 1) from None
                raise
    finally:
        csv.field_size_limit(previous_limit)
    return rows, repaired


class _Lines:
    """Physical lines for csv.reader, counting which ones each record took."""

    def __init__(self, lines: list[str], start: int) -> None:
        self.lines = lines
        self.next = start
        self.start_of_record = start

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.next >= len(self.lines):
            raise StopIteration
        self.next += 1
        return self.lines[self.next - 1]

    def mark(self) -> None:
        self.start_of_record = self.next

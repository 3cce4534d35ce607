"""Risk words: what salespeople write that an owner should see (私单, 回扣, 转到我个人 …).

Each operation that writes free text (a timeline entry, a customer's notes, a deal's notes or
next step, an import's notes) scans it in the same operation and writes one alert per word
and field (UNIQUE(tbl, record_id, field, word)): who wrote it, when, and the sentence. An owner
reviews alerts (with a note) or opens them again; nobody deletes one.

Matching folds full-width/half-width forms and case (NFKC + casefold): ＦＤ finds fd and
返点 finds 返点 written in a full-width font, but 返 点 with a space in between is not a match
(no fuzzy matching: a word list that finds too much is worse than one that finds too little).

The text an alert points to is protected from a salesperson: deleting an alerted timeline
entry or deal, and undoing or redoing an operation that would take away alerted text, is
refused (PermissionDenied); an owner may.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from models.core import scopes, settings
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import Cancelled, PermissionDenied, ValidationError
from models.core.ids import derived_id
from models.core.permissions import may, require

SETTING = settings.ALERT_WORDS.key
DEFAULT_WORDS = tuple(settings.ALERT_WORDS.default)
CONTEXT_CHARS = 120  # an alert keeps at most this much of the sentence, around the word
SENTENCE_PUNCT = "。！？!?；;｡"  # a sentence ends after these (kept with it) and at a line break
CHUNK = 5000  # rows read at a time by rescan

NO_SUCH_ALERT = T("errors", "There is no such alert.")
WORD_TOO_LONG = T("errors", "A risk word may have at most {count} characters.")
PROTECTED = T(
    "errors",
    "A risk alert points to this text, so only an owner or a manager may delete it.",
)
MAX_WORD = 40

Progress = Callable[[int, int], None]
Check = Callable[[], bool]

# (table, field, the texts to read, the customer, author and time of one of them) of what
# rescan reads; the hooks in models.customers.operations, models.deals and models.imports scan the same.
SOURCES = (
    ("interactions", "text",
     "SELECT id, text FROM interactions WHERE deleted_at IS NULL AND text != ''",
     "SELECT customer_id, user_id, created_at FROM interactions WHERE id = ?"),
    ("customers", "notes",
     "SELECT id, notes FROM customers WHERE deleted_at IS NULL AND notes != ''",
     "SELECT id, owner_id, updated_at FROM customers WHERE id = ?"),
    ("deals", "notes",
     "SELECT id, notes FROM deals WHERE deleted_at IS NULL AND notes != ''",
     "SELECT customer_id, owner_id, updated_at FROM deals WHERE id = ?"),
    ("deals", "next_step",
     "SELECT id, next_step FROM deals WHERE deleted_at IS NULL AND next_step != ''",
     "SELECT customer_id, owner_id, updated_at FROM deals WHERE id = ?"),
)

_COLUMNS = ("id", "word", "tbl", "record_id", "field", "customer_id", "author_id", "written_at",
            "context", "reviewed_at", "reviewed_by", "review_note", "created_at", "updated_at")
_INSERT = (f"INSERT INTO alerts ({', '.join(_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(_COLUMNS))})")

# -- the words ---------------------------------------------------------------------------
def fold(text: str) -> str:
    """What matching compares: NFKC (full-width → half-width, compatibility forms) + casefold."""
    return unicodedata.normalize("NFKC", text).casefold()


def clean_words(items: Iterable[str]) -> list[str]:
    """Stripped, without empties and without a second spelling of a word already listed."""
    out: list[str] = []
    seen: set[str] = set()
    for item in items:
        word = unicodedata.normalize("NFKC", str(item or "")).strip()
        key = word.casefold()
        if not word or key in seen:
            continue
        if len(word) > MAX_WORD:
            raise ValidationError("words", WORD_TOO_LONG, count=MAX_WORD)
        seen.add(key)
        out.append(word)
    return out


def words(book: Book) -> list[str]:
    """The risk words of this book (Settings > Risk words); DEFAULT_WORDS until changed."""
    value = settings.get(book, SETTING)
    if not isinstance(value, list):
        return list(DEFAULT_WORDS)
    return [w for w in value if isinstance(w, str) and w.strip()]


def set_words(book: Book, *, words: Sequence[str]) -> list[str]:
    """Owners only (settings.change). Existing alerts stay; rescan() looks for the new words in
    what is written."""
    require(book, "settings.change")
    clean = clean_words(words)
    settings.set_settings(book, {SETTING: clean})
    return clean


# -- scanning ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Matcher:
    """One compiled regex over all the words (folded), and the word each folded form is.

    NFKC is the slow part of folding (a full-width comma is enough to make a text need it), so
    a text is first searched only casefolded; it is NFKC-folded only when it also holds a
    character that NFKC turns into one of the words' characters (`special`)."""

    any: re.Pattern  # whether a (folded) text holds any word at all
    each: re.Pattern  # every word at every position, overlapping ones too
    word_of: dict
    special: re.Pattern | None

    def hit(self, text: str) -> bool:
        """Whether text (as written, not folded) may hold a word; True is checked by _scan."""
        if self.any.search(text.casefold()) is not None:
            return True
        return (self.special is not None and self.special.search(text) is not None
                and self.any.search(fold(text)) is not None)


@functools.cache
def _changed_by_nfkc() -> tuple[tuple[str, str], ...]:
    """(character, its fold) of every character NFKC changes; none above U+2FFFF has a
    decomposition. About 5,000, found once (~30 ms)."""
    out = []
    for cp in range(0x30000):
        ch = chr(cp)
        if unicodedata.decomposition(ch):
            folded = fold(ch)
            if folded != ch.casefold():
                out.append((ch, folded))
    return tuple(out)


def _special(keys: Iterable[str]) -> re.Pattern | None:
    chars = set("".join(keys))
    found = {ch for ch, folded in _changed_by_nfkc() if chars.intersection(folded)}
    if any(unicodedata.decomposition(c) or "\uac00" <= c <= "\ud7a3" for c in chars):
        # a word with a letter that combining marks (or Hangul jamo) compose: those too
        found.update(chr(cp) for cp in range(0x30000) if unicodedata.combining(chr(cp)))
        found.update(chr(cp) for cp in (*range(0x1100, 0x1200), *range(0xA960, 0xA980),
                                         *range(0xD7B0, 0xD800)))
    if not found:
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(found)) + "]")


@functools.lru_cache(maxsize=16)
def matcher(word_list: tuple[str, ...]) -> Matcher | None:
    word_of: dict[str, str] = {}
    for word in word_list:
        key = fold(word).strip()
        if key and key not in word_of:
            word_of[key] = word
    if not word_of:
        return None
    keys = sorted(word_of, key=len, reverse=True)  # the longer of two words that overlap first
    alternation = "|".join(re.escape(k) for k in keys)
    return Matcher(re.compile(alternation), re.compile(f"(?=({alternation}))"), word_of,
                   _special(keys))


_SENTENCE = re.compile(f"[^{re.escape(SENTENCE_PUNCT)}\r\n]+[{re.escape(SENTENCE_PUNCT)}]*")


def _fold_map(text: str) -> tuple[str, Sequence[int]]:
    """The folded text, character by character, and for each folded character its origin."""
    if unicodedata.is_normalized("NFKC", text):
        folded = text.casefold()  # casefold maps each character on its own
        if len(folded) == len(text):
            return folded, range(len(text))
    parts: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = fold(ch) if not ch.isascii() else ch.lower()
        parts.append(folded)
        origin.extend([i] * len(folded))
    return "".join(parts), origin


def _trim(sentence: str, start: int, end: int) -> str:
    """The sentence, or CONTEXT_CHARS of it around [start, end) with … where it was cut."""
    if len(sentence) <= CONTEXT_CHARS:
        return sentence
    room = max(CONTEXT_CHARS - (end - start), 0)
    left = max(0, start - room // 2)
    right = min(len(sentence), left + CONTEXT_CHARS)
    left = max(0, right - CONTEXT_CHARS)
    piece = sentence[left:right].strip()
    return ("…" if left > 0 else "") + piece + ("…" if right < len(sentence) else "")


def _scan(text: str, found: Matcher) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for part in _SENTENCE.finditer(text):
        sentence = part.group().strip()
        if not sentence or not found.hit(sentence):
            continue
        folded, origin = _fold_map(sentence)
        for match in found.each.finditer(folded):
            key = match.group(1)
            word = found.word_of[key]
            start = origin[match.start()]
            end = origin[match.start() + len(key) - 1] + 1
            context = _trim(sentence, start, end)
            if (word, context) not in seen:
                seen.add((word, context))
                out.append((word, context))
    return out


def scan_text(text: str, words: Sequence[str]) -> list[tuple[str, str]]:
    """(word, sentence) for each risk word in text, in the order they appear; the sentence is
    the one around the match (split on 。！？!?；; and line breaks), trimmed to ~120 characters
    around the word. The word is as listed, whatever width or case the text wrote it in."""
    found = matcher(tuple(words))
    if found is None or not text or not found.hit(text):
        return []
    return _scan(text, found)


def highlight_spans(text: str, word: str) -> list[tuple[int, int]]:
    """[start, end) of each place in text where word is written (folded as when scanning)."""
    key = fold(word).strip()
    if not key or not text:
        return []
    folded, origin = _fold_map(text)
    spans = []
    for match in re.finditer(re.escape(key), folded):
        spans.append((origin[match.start()], origin[match.end() - 1] + 1))
    return spans


# -- writing alerts (inside the operation that wrote the text) ---------------------------
def _alert_row(op, *, word: str, tbl: str, record_id: str, field: str, customer_id,
               author_id, written_at: str, context: str) -> dict:
    """The row of a new alert. Its id is the same on every PC for the same word in the same
    field of the same record (UNIQUE there): two PCs alerting on one text make one alert,
    merged field by field, not two rows the merge could not both keep."""
    return {"id": derived_id("alert", tbl, record_id, field, word), "word": word, "tbl": tbl, "record_id": record_id, "field": field,
            "customer_id": customer_id, "author_id": author_id, "written_at": written_at,
            "context": context, "reviewed_at": "", "reviewed_by": None, "review_note": "",
            "created_at": op.now, "updated_at": op.now}


def _exists(book: Book, tbl: str, record_id: str, field: str, word: str) -> bool:
    return book.one("SELECT 1 FROM alerts WHERE tbl = ? AND record_id = ? AND field = ? AND "
                    "word = ?", (tbl, record_id, field, word)) is not None


def check_text(op, *, tbl: str, record_id: str, field: str, text: str,
               customer_id: str | None) -> int:
    """Alerts for the risk words in a text op has just written; returns how many are new.
    The author is the signed-in user, the time the operation's."""
    if not text:
        return 0
    book = op.book
    n = 0
    for word, context in _first_per_word(scan_text(text, words(book))):
        if _exists(book, tbl, record_id, field, word):
            continue  # the same word in the same field: one alert
        op.insert("alerts", _alert_row(
            op, word=word, tbl=tbl, record_id=record_id, field=field, customer_id=customer_id,
            author_id=book.user_id, written_at=op.now, context=context))
        n += 1
    return n


def report_clashes(book: Book, found: Sequence[tuple[str, str]], *, word: str,
                   field: str) -> int:
    """Alerts that the signed-in user tried to add customers already in the book as another
    salesperson's (models.customers.clash): found is (that customer's id, what was typed).
    One alert per customer, in one operation; one already there is brought back to review
    with the new attempt. Returns how many were written or reopened.

    The customer may be another PC's that this book does not hold yet (the team's clash
    index): the alert is written all the same and waits here for its customer, as a record
    taken in from another PC does (Operation.insert_waiting); the owner's PC, which holds the
    customer, shows it once the folder brings it. Its id is the same on every PC
    (_alert_row), so that alerts two PCs write about one customer merge into one."""
    if not found:
        return 0
    with book.operation("report_clash", label=word, undoable=False) as op:
        n = 0
        for cid, context in found:
            row = book.one("SELECT id FROM alerts WHERE tbl = 'customers' AND record_id = ? AND "
                           "field = ? AND word = ?", (cid, field, word))
            if row is not None:
                op.update("alerts", row["id"], {
                    "author_id": book.user_id, "written_at": op.now, "context": context,
                    "reviewed_at": "", "reviewed_by": None, "review_note": "",
                    "deleted_at": None})
                n += 1
                continue
            alert = _alert_row(op, word=word, tbl="customers", record_id=cid, field=field,
                               customer_id=cid, author_id=book.user_id, written_at=op.now,
                               context=context)
            alert["id"] = _waiting_alert(book, cid, field, word) or alert["id"]
            if book.one("SELECT 1 FROM customers WHERE id = ?", (cid,)) is None:
                op.insert_waiting("alerts", alert)
            else:
                op.insert("alerts", alert)
            n += 1
    return n


def _waiting_alert(book: Book, cid: str, field: str, word: str) -> str | None:
    """An alert on this customer that waits here for it (written on this PC or taken in from
    another before the customer arrived): the one to write again."""
    row = book.one(
        "SELECT w.record_id FROM sync_waiting w JOIN audit a ON a.tbl = w.tbl AND "
        "a.record_id = w.record_id AND a.action = 'insert' WHERE w.tbl = 'alerts' AND "
        "json_extract(a.new, '$.record_id') = ? AND json_extract(a.new, '$.field') = ? AND "
        "json_extract(a.new, '$.word') = ? LIMIT 1", (cid, field, word))
    return row[0] if row else None


# -- alerts Kehu raises by itself (not a risk word in a text) --------------------------------
REFUSED = "sync_refused"  # another PC's changes that do not follow its chain (models.sync)
BIG_EXPORT = "big_export"  # a salesperson exported more customers than the setting allows
SYSTEM_WORDS = {
    REFUSED: T("alerts", "Refused changes"),
    BIG_EXPORT: T("alerts", "Large export"),
}
REFUSED_TEXT = T("alerts", "Changes from the PC {pc} were refused: {why} (entry {entry}). "
                           "Nothing of that PC from there on is taken in until what it sends "
                           "follows its record again.")
REFUSED_WHY = {
    "altered": T("alerts", "an entry was changed after it was written"),
    "unsealed": T("alerts", "an entry carries no seal of the PC that wrote it"),
    "gap": T("alerts", "an entry does not follow the one before it (entries missing or "
                       "rewritten)"),
}
EXPORT_TEXT = T("alerts", "{user} exported {rows} customers ({how}) to {file}; more than {limit} "
                          "raises this alert.")
PRINT_TEXT = T("alerts", "{user} printed a list of {rows} customers; more than {limit} raises "
                        "this alert.")
EXPORT_HOW = {
    "app": T("alerts", "from the app"),
    "print": T("alerts", "printed from the app"),
    "cli": T("alerts", "from the command line"),
    "cli_unnamed": T("alerts", "from the command line, without saying who (as the first "
                               "owner)"),
}


def system_text(row) -> tuple[str, dict] | None:
    """The sentence of an alert Kehu raised by itself, as an English source text (context
    "alerts") and its parameters, whose `why`/`how` are source texts too; None for an alert
    on a risk word (its sentence is what was written)."""
    if row["word"] not in SYSTEM_WORDS:
        return None
    try:
        params = json.loads(row["context"] or "{}")
    except ValueError:
        params = {}
    if not isinstance(params, dict):
        params = {}
    if row["word"] == REFUSED:
        keys = ("pc", "why", "entry")
        text = REFUSED_TEXT
        params["why"] = REFUSED_WHY.get(params.get("why"), REFUSED_WHY["gap"])
    else:
        keys = ("user", "rows", "how", "file", "limit")
        text = PRINT_TEXT if params.get("how") == "print" else EXPORT_TEXT
        params["how"] = EXPORT_HOW.get(params.get("how"), EXPORT_HOW["app"])
    return text, {k: params.get(k, "?") for k in keys}


def report_refused(book: Book, refused: Sequence[dict]) -> int:
    """Owner alerts that another PC's changes were refused by a sync pass: refused holds
    {device, entry (the first entry refused), why (a REFUSED_WHY key), pc (the PC's name and
    user as its device file says)}. One alert per refused segment, made once: a pass that
    refuses the same segment again writes nothing (and two PCs make the same alert, by its
    derived id). Returns how many are new."""
    new = []
    for item in refused:
        if _exists(book, "sync", item["entry"], item["device"], REFUSED):
            continue
        new.append(item)
    if not new:
        return 0
    with book.operation("report_refused", label=str(len(new)), undoable=False) as op:
        for item in new:
            context = json.dumps({"pc": item.get("pc") or item["device"], "why": item["why"],
                                  "entry": item["entry"], "device": item["device"]},
                                 ensure_ascii=False)
            row = _alert_row(op, word=REFUSED, tbl="sync", record_id=item["entry"],
                             field=item["device"], customer_id=None, author_id=None,
                             written_at=op.now, context=context)
            row["id"] = derived_id("alert", REFUSED, item["device"], item["entry"])
            op.insert("alerts", row)
    return len(new)


def export_alert(op, *, export_id: str, user: str, rows: int, how: str, file: str,
                 limit: int) -> str:
    """The owner alert of a large export by a salesperson, written in the export's own
    operation (models.customers.export)."""
    context = json.dumps({"user": user, "rows": rows, "how": how, "file": file,
                          "limit": limit}, ensure_ascii=False)
    return op.insert("alerts", _alert_row(
        op, word=BIG_EXPORT, tbl="exports", record_id=export_id, field="rows",
        customer_id=None, author_id=op.book.user_id, written_at=op.now, context=context))


def _first_per_word(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[str] = set()
    out = []
    for word, context in found:
        if word not in seen:
            seen.add(word)
            out.append((word, context))
    return out


def _bulk_hits(texts: Sequence[str], found: Matcher) -> Iterable[int]:
    """Indexes of the texts that may hold a word: one regex over the whole chunk, whose
    matches say which texts they are in (a look at each text only when NFKC is needed)."""
    if not texts:
        return ()
    joined = "\n".join(texts)
    folded = joined.casefold()
    if len(folded) != len(joined) or (found.special is not None
                                      and found.special.search(joined) is not None):
        if not found.hit(joined):
            return ()
        return [i for i, text in enumerate(texts) if text and found.hit(text)]
    matches = [m.start() for m in found.any.finditer(folded)]
    if not matches:
        return ()
    starts = [0, *itertools.accumulate(len(t) + 1 for t in texts)]
    return sorted({bisect.bisect_right(starts, pos) - 1 for pos in matches})


def check_imported(op, rows: Sequence[tuple[str, str]]) -> int:
    """Alerts for the notes of customers an import wrote: rows are (customer_id, notes), the
    change entries go through the operation's log. Written with executemany."""
    found = matcher(tuple(words(op.book)))
    if found is None:
        return 0
    texts = [text for _, text in rows]
    new: list[dict] = []
    for i in _bulk_hits(texts, found):
        cid, text = rows[i]
        for word, context in _first_per_word(_scan(text, found)):
            if not _exists(op.book, "customers", cid, "notes", word):
                new.append(_alert_row(op, word=word, tbl="customers", record_id=cid,
                                      field="notes", customer_id=cid, author_id=op.book.user_id,
                                      written_at=op.now, context=context))
    _write(op, new)
    return len(new)


def _write(op, rows: list[dict]) -> None:
    if not rows:
        return
    op.book.conn.executemany(_INSERT, [tuple(r[c] for c in _COLUMNS) for r in rows])
    for row in rows:
        op.log("alerts", row["id"], "insert", None, None, row)


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def rescan(book: Book, *, progress: Progress | None = None, cancelled: Check | None = None) -> int:
    """Look for the current risk words in the whole book (timeline, customer notes, deal notes
    and next steps); returns the number of new alerts. Alerts that exist are kept, and a word
    already alerted in a field is not alerted again. One operation, not undoable; Cancel
    (cancelled() polled between chunks) leaves the book as it was.

    The author of a customer's or a deal's text is whoever wrote that field last (its audit),
    else the record's owner; the time is that write's, else the record's last change."""
    found = matcher(tuple(words(book)))
    with book.operation("rescan_alerts", undoable=False) as op:
        total = sum(book.scalar(f"SELECT count(*) FROM ({sql})") for _, _, sql, _ in SOURCES)
        done = 0
        if progress:
            progress(0, total)
        if found is None:
            return 0
        existing = {tuple(r) for r in book.all("SELECT tbl, record_id, field, word FROM alerts")}
        hits: list[tuple] = []  # (tbl, fld, detail, record_id, word, context)
        for tbl, fld, sql, detail in SOURCES:
            cursor = book.conn.execute(sql)
            while rows := cursor.fetchmany(CHUNK):
                if cancelled and cancelled():
                    raise Cancelled()
                for i in _bulk_hits([r[1] for r in rows], found):
                    rid, text = rows[i]
                    for word, context in _first_per_word(_scan(text, found)):
                        if (tbl, rid, fld, word) not in existing:
                            existing.add((tbl, rid, fld, word))
                            hits.append((tbl, fld, detail, rid, word, context))
                done += len(rows)
                if progress:
                    progress(done, total)
        if cancelled and cancelled():
            raise Cancelled()
        new = []
        for tbl, fld, detail, rid, word, context in hits:
            cid, author, at = book.one(detail, (rid,))
            if tbl != "interactions":
                last = book.one(
                    "SELECT user_id, at FROM audit WHERE tbl = ? AND record_id = ? AND "
                    "(field = ? OR action = 'insert') ORDER BY hlc DESC, seq DESC LIMIT 1", (tbl, rid, fld))
                if last is not None:
                    author, at = last["user_id"] or author, last["at"] or at
            new.append(_alert_row(op, word=word, tbl=tbl, record_id=rid, field=fld,
                                  customer_id=cid, author_id=author, written_at=at,
                                  context=context))
        _write(op, new)
        book.conn.execute("UPDATE operations SET label = ? WHERE id = ?", (str(len(new)), op.id))
    return len(new)


# -- reading -----------------------------------------------------------------------------
_SELECT = (
    "SELECT a.*, coalesce(c.name, '') AS customer_name, coalesce(u.name, '') AS author_name, "
    "coalesce(r.name, '') AS reviewer_name, c.deleted_at AS customer_deleted_at FROM alerts a "
    "LEFT JOIN customers c ON c.id = a.customer_id LEFT JOIN users u ON u.id = a.author_id "
    "LEFT JOIN users r ON r.id = a.reviewed_by"
)


def _seen(book: Book) -> tuple[str, list]:
    """Alerts about a customer the user may see (models.core.scopes), or about none."""
    seen, params = scopes.visible(book, "c")
    if seen == "1":
        return "1", []
    return f"(a.customer_id IS NULL OR (c.id IS NOT NULL AND {seen}))", params


def alert(book: Book, alert_id: str) -> dict | None:
    seen, params = _seen(book)
    row = book.one(f"{_SELECT} WHERE a.id = ? AND {seen}", (alert_id, *params))
    return dict(row) if row else None


def alerts_list(book: Book, *, reviewed: bool | None = None, word: str | None = None,
                author_id: str | None = None, customer_id: str | None = None,
                search: str = "") -> list[dict]:
    """Alerts, newest first (+ customer_name, author_name, reviewer_name). reviewed: True for
    the reviewed ones, False for those still to review, None for all; search looks in the
    sentence, the customer's name, the author's name and the review note (folded)."""
    where, params = ["a.deleted_at IS NULL"], []
    if reviewed is not None:
        where.append("a.reviewed_at != ''" if reviewed else "a.reviewed_at = ''")
    if word:
        where.append("a.word = ?")
        params.append(word)
    if author_id:
        where.append("a.author_id = ?")
        params.append(author_id)
    if customer_id:
        where.append("a.customer_id = ?")
        params.append(customer_id)
    seen, seen_params = _seen(book)
    where.append(seen)
    params += seen_params
    rows = [dict(r) for r in book.all(
        f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY a.written_at DESC, a.rowid DESC",
        params)]
    needle = fold(search or "").strip()
    if needle:
        rows = [r for r in rows if any(needle in fold(r[k] or "") for k in (
            "context", "customer_name", "author_name", "review_note", "word"))]
    return rows


def unreviewed_count(book: Book) -> int:
    seen, params = _seen(book)
    return book.scalar(
        "SELECT count(*) FROM alerts a LEFT JOIN customers c ON c.id = a.customer_id "
        f"WHERE a.reviewed_at = '' AND a.deleted_at IS NULL AND {seen}", params) or 0


def alert_words(book: Book) -> list[str]:
    """The words to filter by: the current list, then words of older alerts."""
    current = words(book)
    older = [r[0] for r in book.all(
        "SELECT DISTINCT word FROM alerts WHERE deleted_at IS NULL ORDER BY word")]
    return [*current, *(w for w in older if w not in current)]


def alert_authors(book: Book) -> list[dict]:
    """{id, name} of the users who wrote alerted text."""
    return [dict(r) for r in book.all(
        "SELECT DISTINCT u.id, u.name FROM alerts a JOIN users u ON u.id = a.author_id "
        "WHERE a.deleted_at IS NULL ORDER BY u.name")]


# -- reviewing (owners and managers) -------------------------------------------------------
def _row(book: Book, alert_id: str):
    row = book.one("SELECT * FROM alerts WHERE id = ? AND deleted_at IS NULL", (alert_id,))
    if row is None:
        raise ValidationError("alert_id", NO_SUCH_ALERT)
    return row


def review_alert(book: Book, *, alert_id: str, note: str = "") -> dict:
    """Marks the alert reviewed by the signed-in owner, with a note. Not undoable (reopen_alert
    takes it back), so that a salesperson's Ctrl+Z cannot take an owner's review away."""
    require(book, "alerts.review")
    row = _row(book, alert_id)
    with book.operation("review_alert", label=row["word"], undoable=False) as op:
        return op.update("alerts", alert_id, {
            "reviewed_at": op.now, "reviewed_by": book.user_id,
            "review_note": (note or "").strip()})


def reopen_alert(book: Book, *, alert_id: str) -> dict:
    require(book, "alerts.review")
    row = _row(book, alert_id)
    with book.operation("reopen_alert", label=row["word"], undoable=False) as op:
        return op.update("alerts", alert_id, {"reviewed_at": "", "reviewed_by": None,
                                              "review_note": ""})


# -- protecting what an alert points to --------------------------------------------------
def is_alerted(book: Book, tbl: str, record_id: str) -> bool:
    return book.one("SELECT 1 FROM alerts WHERE tbl = ? AND record_id = ? AND deleted_at IS "
                    "NULL LIMIT 1", (tbl, record_id)) is not None


def guard_delete(book: Book, tbl: str, record_id: str) -> None:
    """PermissionDenied when a salesperson would delete a record an alert points to."""
    if not may(book, "alerts.delete") and is_alerted(book, tbl, record_id):
        raise PermissionDenied(PROTECTED)


def purge_of_customers(op, customer_ids: Sequence[str]) -> int:
    """Deletes for good the alerts of customers that are deleted for good (an import taken
    back, the trash emptied by an owner), so their rows can go."""
    n = 0
    for start in range(0, len(customer_ids), 500):
        ids = list(customer_ids[start:start + 500])
        marks = ", ".join("?" * len(ids))
        found = op.book.all(f"SELECT id, word FROM alerts WHERE customer_id IN ({marks})", ids)
        if not found:
            continue
        op.book.conn.executemany("DELETE FROM alerts WHERE id = ?", [(r["id"],) for r in found])
        op.tombstone("alerts", [r["id"] for r in found])
        for r in found:
            op.log("alerts", r["id"], "purge", None, {"word": r["word"]}, None)
        n += len(found)
    return n

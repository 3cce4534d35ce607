"""Which customer of the book, or which earlier row of the file, a row is.

Every identifying value counts: a mobile, an e-mail address, a WeChat id, a landline with the
same name or address, a Kehu id from Kehu's own export, and the row itself (its source
fingerprint: the cells as read, remembered for every row an import brought in). A name alone,
or one mobile shared by two clearly different companies, is not enough to say "the same" and
not enough to say "new": such rows are held for the user to answer.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from models.core import match_keys, scopes
from models.core.book import Book
from models.customers.clash import (
    Clash,
    Elsewhere,
    company_key,
    mask_name,
    mask_number,
    number_keys,
)

SIMILAR_SCORE = 88  # rapidfuzz ratio (0-100) from which two names are offered for review
SIMILAR_BLOCK = 400  # names compared per row at most (those sharing the first characters)
PRELOAD_SHARE = 4  # a preload asking for a quarter of the book or more reads the table through
DIFFERENT_SCORE = 50  # below this ratio, and with no word in common, two names differ clearly

_NOT_WORD = re.compile(r"[\W_]+")
_NOT_DIGIT = re.compile(r"\D+")
_HAN = re.compile(r"[\u3400-\u9fff]")
# words that say nothing about which company it is (places, trades, forms)
_GENERIC = frozenset("""有限 限公 公司 责任 股份 集团 贸易 商贸 实业 科技 商行 经营 营部 批发 发部 门市 市部
    建材 五金 汽配 水暖 食品 电器 材料 装饰 工程 销售 服务 中心 商店 超市 分店 门店 总店 专卖 卖店 发展
    北京 上海 天津 重庆 杭州 宁波 温州 绍兴 金华 嘉兴 湖州 台州 丽水 衢州 舟山 南京 苏州 无锡 常州
    广州 深圳 东莞 佛山 厦门 福州 济南 青岛 郑州 武汉 长沙 成都 西安 合肥 南昌 昆明 贵阳 沈阳 大连
    浙江 江苏 广东 福建 山东 河南 湖北 湖南 四川 安徽 江西 河北""".split())


def name_key(name: str) -> str:
    """A name as compared for duplicates: folded, lower case, without spaces, punctuation and
    the legal form (有限公司, 商行, Ltd ...); the same key 撞单 compares (models.customers.clash)."""
    return company_key(name)


def phone_keys(text: str) -> set[str]:
    """The digits of each number (stored numbers are already folded to half-width)."""
    if not text:
        return set()
    return {d for d in (_NOT_DIGIT.sub("", p) for p in text.split(";")) if len(d) >= 7}


def address_key(text: str) -> str:
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text or "").lower())


def fingerprint(cells: list) -> str:
    """The row as read, as a short key: the same row of the same file (or of another file
    holding the same cells) gives the same key. Empty cells at the end do not count."""
    n = len(cells)
    while n and (cells[n - 1] is None or cells[n - 1] == ""):
        n -= 1
    text = repr(cells[:n] if n < len(cells) else cells)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def fingerprints(rows: Iterable[list]) -> list[str]:
    """fingerprint() of each row: the same keys, without a call for each row that ends in a
    filled cell (a re-import of 100,000 rows computes them all before anything else)."""
    blake2b = hashlib.blake2b
    out: list[str] = []
    append = out.append
    for cells in rows:
        last = cells[-1] if cells else None
        if last is None or last == "":
            append(fingerprint(cells))
        else:
            append(blake2b(repr(cells).encode("utf-8", "surrogatepass"),
                           digest_size=12).hexdigest())
    return out


def _words(key: str) -> set[str]:
    """Two-character pieces of a name that say which company it is."""
    if _HAN.search(key):
        return {key[i:i + 2] for i in range(len(key) - 1)} - _GENERIC
    return {w for w in re.findall(r"[a-z]{3,}", key)} - {"the", "and", "ltd", "inc", "co"}


def clearly_different(a: str, b: str) -> bool:
    """Two names that cannot be one customer: no word in common and little alike
    (上海明珠贸易 and 明珠上海分部 may be one; 温州阀门厂 and 杭州鑫达建材 are not)."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb or ka in kb or kb in ka:
        return False
    if _words(ka) & _words(kb):
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(ka, kb) < DIFFERENT_SCORE


def same_party(data: dict, name: str, contact: str) -> bool:
    """Whether a row is plausibly the customer (name, contact) that shares one of its numbers:
    alike names, or the person of one is the other (王明 of 上海明珠贸易)."""
    row_name, row_contact = data.get("name", ""), data.get("contact", "")
    people = {name_key(x) for x in (row_name, row_contact) if x}
    if people & {name_key(x) for x in (name, contact) if x}:
        return True
    return not clearly_different(row_name, name)


def likely_same(data: dict, phone: str, mobile: str, address: str) -> bool:
    """Two customers of the same normalised name: the same if they share a phone number or
    the address."""
    phones = phone_keys(data.get("phone", "")) | phone_keys(data.get("mobile", ""))
    if phones & (phone_keys(phone) | phone_keys(mobile)):
        return True
    key = address_key(data.get("address", ""))
    return bool(key) and key == address_key(address)


def identifiers(data: dict) -> bool:
    """Whether a customer has anything beside its name that tells it apart."""
    return any(data.get(k) for k in ("mobile", "phone", "email", "wechat", "address"))


class BookIndex:
    """The book's customers as a preview matches rows against them: each lookup reads the
    stored matching keys (models.core.match_keys) of the keys a row has, so a preview of 2,000
    rows reads what those rows need, not 100,000 customers. Customers whose stored keys were
    not made from their fields as they are now are keyed here, from their fields. Answers are
    what loading every customer in the table's order gave: the first customer (in that order)
    with a mobile, e-mail or WeChat id, every customer of a name key in that order, the last
    SIMILAR_BLOCK customers sharing the first characters of a name key."""

    def __init__(self, book: Book) -> None:
        self.book = book
        conn = book.conn
        self.any = conn.execute(
            "SELECT 1 FROM customers WHERE deleted_at IS NULL LIMIT 1").fetchone() is not None
        # the customers the user may not see (models.core.scopes): a row that is one of them
        # is 撞单, held without showing what it is (clash)
        self.hidden: set[str] = set()
        if self.any and not scopes.sees_all(book):
            where, params = scopes.visible(book, "c")
            self.hidden = {r[0] for r in conn.execute(
                f"SELECT c.id FROM customers c WHERE c.deleted_at IS NULL "
                f"AND NOT coalesce(({where}), 0)", params)}
        # other PCs' customers this book does not hold (the team's clash index)
        self.elsewhere = Elsewhere(book, many=True)
        cursor = conn.cursor()
        cursor.row_factory = None  # plain pairs, made into the dict in C
        # fingerprint -> customer id; an import's rows read by its key, not each row's import
        # looked up (where two imports hold a fingerprint, the later in this order counts)
        self.imported: dict[str, str] = dict(cursor.execute(
            "SELECT fingerprint, customer_id FROM import_rows WHERE import_id IN "
            "(SELECT id FROM imports WHERE undone_at IS NULL) ORDER BY import_id, fingerprint"))
        self._found: dict[tuple[str, str], list[tuple[int, str]]] = {}
        self._blocks: dict[str, tuple[list[str], list[str]]] = {}
        # id -> (name, phone, mobile, address, contact, has identifiers), None: not live
        self._info: dict[str, tuple | None] = {}
        self._names: dict[str, str] = {}  # id -> name of live customers read by preload
        self._overlay: dict[tuple[str, str], list[tuple[int, str]]] | None = None
        self._unkeyed: set[str] = set()

    # -- the customers ---------------------------------------------------------------------
    def has(self, cid: str | None) -> bool:
        """Whether cid is a live customer of the book."""
        return bool(cid) and (cid in self._names or self.info(cid) is not None)

    def name(self, cid: str) -> str:
        name = self._names.get(cid)
        return self.info(cid)[0] if name is None else name

    def live_name(self, cid: str | None) -> str | None:
        """The name of cid when it is a live customer of the book, else None."""
        name = self._names.get(cid)
        if name is None and cid:
            found = self.info(cid)
            name = None if found is None else found[0]
        return name

    def info(self, cid: str) -> tuple | None:
        """(name, phone, mobile, address, contact, has identifiers) of a live customer."""
        if cid not in self._info:
            row = self.book.conn.execute(
                "SELECT name, phone, mobile, address, contact, email, wechat FROM customers "
                "WHERE id = ? AND deleted_at IS NULL", (cid,)).fetchone()
            self._info[cid] = None if row is None else _info(*row)
        return self._info[cid]

    def preload(self, ids: Iterable[str]) -> None:
        """Read which of these customers are live, and their names, in a few queries instead
        of one each: the rows of a file imported before are each the customer it was, and a
        re-import of 100,000 rows asks for nothing else of them. Asked for a good part of the
        book, it reads the table through once instead (a lookup each costs more)."""
        wanted = set(ids)
        wanted.discard(None)
        wanted.discard("")
        wanted.difference_update(self._names)
        wanted.difference_update(self._info)
        if not wanted:
            return
        cursor = self.book.conn.cursor()
        cursor.row_factory = None  # plain tuples: 100,000 rows
        size = cursor.execute("SELECT max(rowid) FROM customers").fetchone()[0] or 0
        if len(wanted) * PRELOAD_SHARE >= size:  # every live customer's name, in the
            # table's order (an index would read the table in its own order, page by page)
            self._names.update(cursor.execute(
                "SELECT id, name FROM customers NOT INDEXED WHERE deleted_at IS NULL"))
        else:
            ordered = sorted(wanted)  # in the order of the ids' index: its pages read once
            for start in range(0, len(ordered), 500):
                part = ordered[start:start + 500]
                # deleted_at read, not compared: compared, SQLite scans the index of live rows
                for cid, deleted, name in cursor.execute(
                        f"SELECT id, deleted_at, name FROM customers WHERE id IN "
                        f"({', '.join('?' * len(part))})", part):
                    if deleted is None:
                        self._names[cid] = name
        wanted.difference_update(self._names)
        self._info.update(dict.fromkeys(wanted))  # not live (or not there): None

    # -- the keys --------------------------------------------------------------------------
    def _stale(self) -> dict[tuple[str, str], list[tuple[int, str]]]:
        """(kind, key) -> [(rowid, id)] of the customers whose stored keys are out of date."""
        if self._overlay is None:
            self._overlay = {}
            for rowid, cid, name, contact, mobile, phone, email, wechat, address in \
                    match_keys.stale(self.book.conn):
                self._unkeyed.add(cid)
                self._info[cid] = _info(name, phone, mobile, address, contact, email, wechat)
                for pair in match_keys.keys(name, mobile, phone, email, wechat):
                    self._overlay.setdefault(pair, []).append((rowid, cid))
        return self._overlay

    def _all(self, kind: str, key: str) -> list[tuple[int, str]]:
        """[(rowid, id)] of the live customers with this key, in the table's order."""
        found = self._found.get((kind, key))
        if found is None and not self.any:
            return []  # a book without customers (a first import): nothing to look up
        if found is None:
            overlay = self._stale()
            conn = self.book.conn
            # the key alone first (the primary key's pages only): most keys of a file are new
            ids = [r[0] for r in conn.execute(
                "SELECT customer_id FROM match_keys WHERE kind = ? AND key = ?", (kind, key))
                if r[0] not in self._unkeyed]
            found = overlay.get((kind, key), [])
            if ids:
                found = found + [tuple(r) for r in conn.execute(
                    f"SELECT rowid, id FROM customers WHERE id IN ({', '.join('?' * len(ids))}) "
                    "AND deleted_at IS NULL", ids)]
            found = sorted(found)
            self._found[(kind, key)] = found
        return found

    def _first(self, kind: str, key: str) -> str | None:
        found = self._all(kind, key)
        return found[0][1] if found else None

    def by_mobile(self, number: str) -> str | None:
        return self._first("m", number)

    def by_email(self, email: str) -> str | None:
        return self._first("e", email)

    def by_wechat(self, wechat: str) -> str | None:
        return self._first("w", wechat)

    def by_name(self, key: str) -> list[str]:
        """The customers of this name key (matching.name_key), in the table's order."""
        return [cid for _, cid in self._all("n", key)]

    def clash(self, data: dict) -> Clash | None:
        """撞单: the customer the user may not see that a row's mobile, landline or name is, as
        the user may be shown it (masked); None when there is none."""
        if not self.hidden:
            found = self.elsewhere.find(data)
            return found[0] if found else None
        for kind in ("mobile", "phone"):
            for number in sorted(number_keys(data.get(kind, ""))):
                mobiles = [(r, c) for r, c in self._all("M", number) if c in self.hidden]
                phones = [(r, c) for r, c in self._all("P", number) if c in self.hidden]
                first = min(mobiles + phones, default=None)
                if first is not None:
                    found = "mobile" if first in mobiles else "phone"
                    return Clash(first[1], found, mask_number(number))
        for _, cid in self._all("n", name_key(data.get("name", ""))):
            if cid in self.hidden:
                return Clash(cid, "name", mask_name(data.get("name", "")))
        elsewhere = self.elsewhere.find(data)
        return elsewhere[0] if elsewhere else None

    def similar(self, key: str) -> tuple[str, str] | None:
        if len(key) < 2:
            return None
        keys, ids = self._block(key[:2])
        if not keys:
            return None
        from rapidfuzz import fuzz, process

        found = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=SIMILAR_SCORE)
        if found is None:
            return None
        cid = ids[found[2]]
        if cid in self.hidden:  # another salesperson's: its name is not to be shown
            return None
        return cid, self.name(cid)

    def _block(self, prefix: str) -> tuple[list[str], list[str]]:
        """The name keys and the ids of the last SIMILAR_BLOCK customers (in the table's order)
        whose name key starts with prefix."""
        block = self._blocks.get(prefix)
        if block is None:
            overlay = [(rowid, key, cid) for (kind, key), found in self._stale().items()
                       if kind == "n" and key.startswith(prefix) for rowid, cid in found]
            # the keys from prefix up to the next prefix (an index range), or, where the
            # next character cannot be written, every key from prefix on
            last = ord(prefix[-1])
            upper = chr(0x10FFFF) * 3 if last in (0xD7FF, 0x10FFFF) else \
                prefix[:-1] + chr(last + 1)
            rows = [tuple(r) for r in self.book.conn.execute(
                "SELECT c.rowid, k.key, c.id FROM match_keys k JOIN customers c "
                "ON c.id = k.customer_id WHERE k.kind = 'n' AND k.key >= ? AND k.key < ? "
                "AND substr(k.key, 1, 2) = ? AND c.deleted_at IS NULL "
                "ORDER BY c.rowid DESC LIMIT ?",
                (prefix, upper, prefix, SIMILAR_BLOCK + len(self._unkeyed)))
                if r[2] not in self._unkeyed]
            last = sorted(rows + overlay)[-SIMILAR_BLOCK:]
            block = ([key for _, key, _ in last], [cid for _, _, cid in last])
            self._blocks[prefix] = block
        return block


def _info(name, phone, mobile, address, contact, email, wechat) -> tuple:
    return (name, phone, mobile, address, contact,
            bool(mobile or phone or email or wechat or address))

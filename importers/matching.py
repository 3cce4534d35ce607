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

from models.core import scopes, values
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
    """The live customers' matching keys, and the rows imported before, loaded once per
    preview."""

    def __init__(self, book: Book) -> None:
        self.book = book
        self.names: dict[str, str] = dict(book.conn.execute(
            "SELECT id, name FROM customers WHERE deleted_at IS NULL"))
        self.ids = set(self.names)
        # the customers the user may not see (models.core.scopes): a row that is one of them
        # is 撞单, held without showing what it is (clash)
        self.hidden: set[str] = set()
        if not scopes.sees_all(book):
            where, params = scopes.visible(book, "c")
            self.hidden = self.ids - {r[0] for r in book.conn.execute(
                f"SELECT c.id FROM customers c WHERE c.deleted_at IS NULL AND {where}", params)}
        # other PCs' customers this book does not hold (the team's clash index)
        self.elsewhere = Elsewhere(book, many=True)
        self.imported: dict[str, str] = {}  # fingerprint -> customer id
        for fp, cid in book.conn.execute(
            "SELECT r.fingerprint, r.customer_id FROM import_rows r JOIN imports i "
            "ON i.id = r.import_id WHERE i.undone_at IS NULL"
        ):
            self.imported[fp] = cid
        self._loaded = False

    def __getattr__(self, name: str):
        """The matching keys are loaded when a row first needs them: a re-import whose rows
        were all imported before never does."""
        if name.startswith("_") or self._loaded:
            raise AttributeError(name)
        self._load(self.book)
        return getattr(self, name)

    def _load(self, book: Book) -> None:
        self._loaded = True
        self.by_mobile: dict[str, str] = {}
        self.by_email: dict[str, str] = {}
        self.by_wechat: dict[str, str] = {}
        self.by_key: dict[str, list[str]] = {}
        # numbers and name keys of the customers the user may not see -> (customer, kind)
        self.hidden_keys: dict[str, tuple[str, str]] = {}
        self.blocks: dict[str, list[tuple[str, str]]] = {}
        # id -> (name, phone, mobile, address, contact, has identifiers)
        self.info: dict[str, tuple[str, str, str, str, str, bool]] = {}
        for cid, name, contact, mobile, phone, email, wechat, address in book.conn.execute(
            "SELECT id, name, contact, mobile, phone, email, wechat, address FROM customers "
            "WHERE deleted_at IS NULL"
        ):
            for number in (mobile or "").split(values.NUMBER_SEPARATOR):
                if number:
                    self.by_mobile.setdefault(number, cid)
            if cid in self.hidden:
                for kind, text in (("mobile", mobile), ("phone", phone)):
                    for number in number_keys(text):
                        self.hidden_keys.setdefault(number, (cid, kind))
                self.hidden_keys.setdefault("name:" + name_key(name), (cid, "name"))
            if email:
                self.by_email.setdefault(email.lower(), cid)
            if wechat:
                self.by_wechat.setdefault(wechat.lower(), cid)
            key = name_key(name)
            self.by_key.setdefault(key, []).append(cid)
            self.blocks.setdefault(key[:2], []).append((key, cid))
            self.info[cid] = (name, phone, mobile, address, contact,
                              bool(mobile or phone or email or wechat or address))

    def clash(self, data: dict) -> Clash | None:
        """撞单: the customer the user may not see that a row's mobile, landline or name is, as
        the user may be shown it (masked); None when there is none."""
        if not self.hidden:
            found = self.elsewhere.find(data)
            return found[0] if found else None
        for kind in ("mobile", "phone"):
            for number in sorted(number_keys(data.get(kind, ""))):
                found = self.hidden_keys.get(number)
                if found:
                    return Clash(found[0], found[1], mask_number(number))
        found = self.hidden_keys.get("name:" + name_key(data.get("name", "")))
        if found:
            return Clash(found[0], "name", mask_name(data.get("name", "")))
        elsewhere = self.elsewhere.find(data)
        return elsewhere[0] if elsewhere else None

    def similar(self, key: str) -> tuple[str, str] | None:
        if len(key) < 2:
            return None
        block = self.blocks.get(key[:2])
        if not block:
            return None
        from rapidfuzz import fuzz, process

        candidates = block[-SIMILAR_BLOCK:]
        found = process.extractOne(key, [k for k, _ in candidates], scorer=fuzz.ratio,
                                   score_cutoff=SIMILAR_SCORE)
        if found is None:
            return None
        cid = candidates[found[2]][1]
        if cid in self.hidden:  # another salesperson's: its name is not to be shown
            return None
        return cid, self.info[cid][0]

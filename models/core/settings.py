"""Every setting Kehu has, in one registry (after MusicBrainz Picard's options.py).

An entry says what a setting is: its key, its type, its default, where it lives and who may
change it. Two homes:

- "book": a row of the book's `settings` table, written by `set_settings` through an audited
  operation; synced entries travel with the book to other PCs.
- "pc": this PC only (language, window layout, tray). They are declared here so that every key
  has one home; views.settings keeps them in the app's INI file under these keys and defaults.

A family of keys sharing a prefix (one remembered import mapping per header) is one entry whose
key ends with a dot.

Reading: `get(book, "shop.name")` returns the stored value of the entry's type, or its default
when unset or unreadable. Writing: `set_settings(book, {"shop.name": "..."})` checks every value
first (unknown keys and values of the wrong type are refused, the book unchanged), then writes
them all in one operation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from models.core import permissions
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError

TYPES = ("str", "int", "bool", "json", "choice", "bytes")
BOOK, PC = "book", "pc"

UNKNOWN_SETTING = T("errors", "There is no setting called {key}.")
BAD_SETTING = T("errors", "The setting {key} cannot take the value {value}.")
NOT_A_BOOK_SETTING = T("errors", "The setting {key} belongs to this PC, not to the book.")


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    type: str
    default: object
    where: str = BOOK
    synced: bool = True
    # the permission action needed to change it (models.core.permissions.require answers);
    # None: written by Kehu itself as a side effect anybody may cause
    action: str | None = "settings.change"
    choices: tuple = field(default_factory=tuple)
    doc: str = ""
    label: str = ""  # what a person calls it (English source, context "settings")

    @property
    def family(self) -> bool:
        return self.key.endswith(".")


REGISTRY: dict[str, Setting] = {}


def register(setting: Setting) -> Setting:
    if setting.type not in TYPES:
        raise ValueError(f"unknown setting type {setting.type!r} for {setting.key}")
    if setting.where not in (BOOK, PC):
        raise ValueError(f"unknown home {setting.where!r} for {setting.key}")
    if setting.key in REGISTRY:
        raise ValueError(f"setting {setting.key} registered twice")
    REGISTRY[setting.key] = setting
    return setting


# -- the book's settings ---------------------------------------------------------------------
SHOP_NAME = register(Setting(
    "shop.name", "str", "", doc="The shop's name, on the title of every report.",
    label=T("settings", "Shop name")))
SKIP_HOLIDAYS = register(Setting(
    "reminders.skip_holidays", "bool", False,
    doc="Reminders that fall on a public holiday move to the next working day.",
    label=T("settings", "Skip public holidays")))
NO_CONTACT_DAYS = register(Setting(
    "reminders.no_contact_days", "json", {"A": 14, "B": 30, "C": 90},
    doc="Days without contact before a reminder, by grade; 0 = none for that grade.",
    label=T("settings", "Days without contact before a reminder")))
ALERT_WORDS = register(Setting(
    "alerts.words", "json",
    ["私单", "飞单", "返点", "回扣", "私下", "转到我个人", "个人账户", "现金不走账"],
    doc="The risk words watched for in notes.",
    label=T("settings", "Risk words")))
LOST_REASONS = register(Setting(
    "deals.lost_reasons", "json",
    ["price", "competitor", "no_budget", "went_silent", "private_deal", "other"],
    doc="The choices offered when a deal is lost.",
    label=T("settings", "Reasons a deal is lost")))
RULES_SINCE = register(Setting(
    "reminders.rules_since", "str", "", action=None,
    doc="The day (YYYY-MM-DD) Kehu's reminder rules first ran in this book: a customer's "
        "silence is counted from it at the earliest (a book brought in with years of silence "
        "does not flood the agenda); written by the rules.",
    label=T("settings", "First run of the reminder rules")))
GRADING_RULES = register(Setting(
    "grading.rules", "json",
    {"A": {"amount": 100000, "orders": 5, "recent_days": 30},
     "B": {"amount": 20000, "orders": 2, "recent_days": 90}},
    doc="The thresholds of grades A and B.",
    label=T("settings", "Grading rules")))
GRADING_LAST_APPLIED = register(Setting(
    "grading.last_applied", "str", "", action=None,
    doc="The month (YYYY-MM) whose grading was last applied; written by the monthly job.",
    label=T("settings", "Last monthly grading")))
AGING_DAYS = register(Setting(
    "receivables.aging_days", "json", [30, 60, 90],
    doc="The edges of the receivables aging buckets in days overdue: not yet due, 1-30, "
        "31-60, 61-90, over 90 by default.",
    label=T("settings", "Receivables aging buckets")))
EXPORT_ALERT_ROWS = register(Setting(
    "exports.alert_rows", "int", 50,
    doc="An export or print of more customers than this by a salesperson raises an owner "
        "alert; 0: every export by a salesperson does.",
    label=T("settings", "Customers a salesperson may export without an alert")))
PRINT_SALES = register(Setting(
    "customers.print_sales", "bool", True,
    doc="Salespeople may print customer lists (owners and managers always may); each print is "
        "recorded and, above exports.alert_rows customers, raises an owner alert.",
    label=T("settings", "Salespeople may print customer lists")))
POOL_ENABLED = register(Setting(
    "pool.enabled", "bool", False,
    doc="Customers nobody follows up go back to the public pool by the pool's rules "
        "(models.team.pool); off until the owner turns it on.",
    label=T("settings", "Return customers to the public pool")))
POOL_DAYS = register(Setting(
    "pool.days", "json",
    {"A": {"contact": 60, "deal": 0}, "B": {"contact": 30, "deal": 0},
     "C": {"contact": 15, "deal": 0}, "": {"contact": 15, "deal": 0}},
    doc="By grade (\"\" for customers without one): days without a logged contact "
        "(\"contact\") and days without a confirmed order or won deal (\"deal\") before a "
        "customer goes back to the public pool; 0: that rule is off for the grade.",
    label=T("settings", "Days before a customer goes back to the public pool")))
POOL_WARN_DAYS = register(Setting(
    "pool.warn_days", "int", 3,
    doc="Days before a customer goes back to the pool that its salesperson gets a reminder.",
    label=T("settings", "Days of warning before the pool")))
POOL_MAX_CUSTOMERS = register(Setting(
    "pool.max_customers", "int", 0,
    doc="A salesperson may hold at most this many customers to claim one more from the "
        "pool; 0: no limit.",
    label=T("settings", "Customers a salesperson may hold")))
POOL_CLAIMS_PER_DAY = register(Setting(
    "pool.claims_per_day", "int", 0,
    doc="Customers a salesperson may claim from the pool in one day; 0: no limit.",
    label=T("settings", "Claims a day")))
POOL_RECLAIM_DAYS = register(Setting(
    "pool.reclaim_days", "int", 0,
    doc="Days before a salesperson may claim back a customer they gave back or lost to the "
        "pool; 0: at once.",
    label=T("settings", "Days before claiming back")))
POOL_SINCE = register(Setting(
    "pool.since", "str", "", action=None,
    doc="The day (YYYY-MM-DD) the pool's rules were turned on: silence counts from it at the "
        "earliest (turning them on does not empty every salesperson's list at once); written "
        "by models.team.pool.set_rules.",
    label=T("settings", "Pool rules on since")))
IMPORT_MAPPINGS = register(Setting(
    "import.mapping.", "json", None, action=None,
    doc="The column mapping chosen for a sheet, one per header signature.",
    label=T("settings", "Import column mapping")))

# -- this PC's settings (kept by views.settings in the app's INI file) -----------------------
LANGUAGE = register(Setting(
    "language", "choice", "system", where=PC, synced=False, action=None,
    choices=("system", "zh_CN", "en"), doc="The interface language."))
MINIMISE_TO_TRAY = register(Setting(
    "tray/minimise", "bool", False, where=PC, synced=False, action=None,
    doc="Closing the window keeps Kehu running in the tray."))
WINDOW_GEOMETRY = register(Setting(
    "window/geometry", "bytes", None, where=PC, synced=False, action=None,
    doc="The main window's size and place."))
for _page in ("customers", "trash"):
    register(Setting(f"{_page}/header", "bytes", None, where=PC, synced=False, action=None,
                     doc="The customer table's column widths, order and sorting."))
    register(Setting(f"{_page}/columns", "json", None, where=PC, synced=False, action=None,
                     doc="The columns the saved header state was made for."))
    register(Setting(f"{_page}/splitter", "bytes", None, where=PC, synced=False, action=None,
                     doc="The split between the table and the customer panel."))
THIS_PC_BOOK = register(Setting(
    "team/book", "str", "", where=PC, synced=False, action=None,
    doc="This PC's copy of a team's book (File > Join a team), opened at start when no "
        "--book is given; empty: the default book."))
FILE_KINDS = ("export", "reports", "import")
for _kind in FILE_KINDS:
    register(Setting(f"folders/{_kind}", "str", "", where=PC, synced=False, action=None,
                     doc="The folder the last file of this kind was saved to or opened from; "
                         "empty: Documents."))
BACKUP_FOLDER = register(Setting(
    "backup.folder", "str", "", where=PC, synced=False, action=None,
    doc="The folder a book's backups go to (models.backup keeps it per book path)."))


# -- reading ---------------------------------------------------------------------------------
def entry(key: str) -> Setting:
    """The registry entry of key (a family's entry for a key under its prefix); KeyError if none."""
    found = REGISTRY.get(key)
    if found is not None:
        return found
    for setting in REGISTRY.values():
        if setting.family and key.startswith(setting.key) and len(key) > len(setting.key):
            return setting
    raise KeyError(key)


def label_of(key: str) -> str:
    """What a person calls the setting of key (English source, context "settings"); the key
    itself for a setting without a label."""
    try:
        return entry(key).label or key
    except KeyError:
        return key


def default(key: str):
    value = entry(key).default
    return json.loads(json.dumps(value)) if isinstance(value, (list, dict)) else value


def decode(setting: Setting, text: str):
    """The value stored as text, as the entry's type; ValueError if it is not one."""
    if setting.type == "str":
        return text
    if setting.type == "bool":
        if text in ("1", "true", "True"):
            return True
        if text in ("0", "false", "False", ""):
            return False
        raise ValueError(text)
    if setting.type == "int":
        return int(text)
    if setting.type == "choice":
        if text not in setting.choices:
            raise ValueError(text)
        return text
    if setting.type == "json":
        return json.loads(text)
    raise ValueError(f"{setting.key} is not kept in the book")


def encode(setting: Setting, value) -> str:
    """The text stored for value; ValidationError if value is not of the entry's type."""
    key = setting.key
    ok = {
        "str": lambda v: isinstance(v, str),
        "bool": lambda v: isinstance(v, bool),
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "choice": lambda v: isinstance(v, str) and v in setting.choices,
        "json": lambda v: isinstance(v, (dict, list, str, int, float, bool)),
    }.get(setting.type, lambda v: False)
    if not ok(value):
        raise ValidationError(key, BAD_SETTING, key=key, value=repr(value)[:80])
    if setting.type == "bool":
        return "1" if value else "0"
    if setting.type == "int":
        return str(value)
    if setting.type == "json":
        return json.dumps(value, ensure_ascii=False)
    return value


def get(book: Book, key: str):
    """The book's value of key as its type; the default when unset or unreadable."""
    setting = entry(key)
    if setting.where != BOOK:
        raise KeyError(key)
    row = book.one("SELECT value FROM settings WHERE key = ?", (key,))
    if row is None:
        return default(key)
    try:
        return decode(setting, row[0])
    except ValueError:
        return default(key)


def is_set(book: Book, key: str) -> bool:
    entry(key)
    return book.one("SELECT 1 FROM settings WHERE key = ?", (key,)) is not None


# -- writing ---------------------------------------------------------------------------------
def set_settings(book: Book, values: dict, *, step: str = "set_setting") -> list[str]:
    """Write several book settings in one operation (not undoable: settings are keyed by key,
    not id). Every value is checked before anything is written. Returns the keys changed.
    `step`: the operation's name ("write_demo" for the demo's own settings, which are Kehu's:
    models.core.changelog.automatic_by)."""
    texts: dict[str, str] = {}
    for key, value in values.items():
        try:
            setting = entry(key)
        except KeyError:
            raise ValidationError(str(key), UNKNOWN_SETTING, key=str(key)) from None
        if setting.where != BOOK:
            raise ValidationError(key, NOT_A_BOOK_SETTING, key=key)
        if setting.action:  # who may change it: models.core.permissions answers
            permissions.require(book, setting.action)
        texts[key] = encode(setting, value)
    changed: list[str] = []
    if not texts:
        return changed
    label = ", ".join(texts)
    with book.operation(step, label=label, undoable=False) as op:
        for key, text in texts.items():
            old = book.one("SELECT value FROM settings WHERE key = ?", (key,))
            if old is not None:
                if old[0] == text:
                    continue
                book.conn.execute(
                    "UPDATE settings SET value = ?, updated_at = ? WHERE key = ?",
                    (text, op.now, key),
                )
                op.log("settings", key, "update", "value", old[0], text)
            else:
                book.conn.execute(
                    "INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)",
                    (key, text, op.now, op.now),
                )
                op.log("settings", key, "insert", None, None, {"key": key, "value": text})
            changed.append(key)
    return changed

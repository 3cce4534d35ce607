"""Numbered migrations. Each runs in one transaction and bumps PRAGMA user_version.

A small hand-written runner rather than a migrations package: Kehu needs the schema number in
user_version so that a book from a newer Kehu is refused before anything is written.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections.abc import Callable

from models.core import clock, ids, match_keys

APPLICATION_ID = 0x4B454855  # "KEHU"

STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: executescript() would commit the migration's transaction."""
    for statement in script.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def _m1_initial(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        f"""
        CREATE TABLE users (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('owner', 'sales')),
            active INTEGER NOT NULL DEFAULT 1,
            password_hash TEXT,
            {STAMPS}, deleted_at TEXT
        );
        CREATE TABLE customers (
            id TEXT PRIMARY KEY,
            rid INTEGER NOT NULL UNIQUE,
            name TEXT NOT NULL,
            contact TEXT NOT NULL DEFAULT '',
            mobile TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            wechat TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            industry TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            grade TEXT NOT NULL DEFAULT '' CHECK (grade IN ('', 'A', 'B', 'C')),
            owner_id TEXT REFERENCES users(id),
            tags TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            next_follow_up TEXT NOT NULL DEFAULT '',
            custom TEXT NOT NULL DEFAULT '{{}}',
            sort_key TEXT NOT NULL DEFAULT '',
            {STAMPS}, deleted_at TEXT
        );
        CREATE INDEX customers_live_sort ON customers(deleted_at, sort_key, id);
        CREATE INDEX customers_owner ON customers(owner_id);
        CREATE INDEX customers_city ON customers(city);
        CREATE INDEX customers_tags ON customers(deleted_at, tags);
        CREATE INDEX customers_rid_live ON customers(rid, deleted_at, sort_key, id);
        CREATE INDEX customers_mobile ON customers(mobile);
        CREATE INDEX customers_name ON customers(name);
        CREATE TABLE contacts (
            id TEXT PRIMARY KEY,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            mobile TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            wechat TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            {STAMPS}, deleted_at TEXT
        );
        CREATE INDEX contacts_customer ON contacts(customer_id);
        CREATE TABLE interactions (
            id TEXT PRIMARY KEY,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            kind TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'wechat', 'sms', 'email', 'note')),
            at TEXT NOT NULL,
            user_id TEXT REFERENCES users(id),
            text TEXT NOT NULL DEFAULT '',
            {STAMPS}, deleted_at TEXT
        );
        CREATE INDEX interactions_customer ON interactions(customer_id, at);
        CREATE TABLE custom_fields (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('text', 'number', 'date', 'choice')),
            choices TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL DEFAULT 0,
            {STAMPS}, deleted_at TEXT
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            {STAMPS}
        );
        CREATE TABLE operations (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            name TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            user_id TEXT REFERENCES users(id),
            state TEXT NOT NULL CHECK (state IN ('done', 'undone', 'dropped', 'final')),
            undo_of TEXT REFERENCES operations(id),
            {STAMPS}
        );
        CREATE INDEX operations_state ON operations(state, seq);
        CREATE TABLE audit (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            op_id TEXT NOT NULL REFERENCES operations(id),
            at TEXT NOT NULL,
            user_id TEXT REFERENCES users(id),
            tbl TEXT NOT NULL,
            record_id TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'purge')),
            field TEXT,
            old TEXT,
            new TEXT,
            {STAMPS}
        );
        CREATE INDEX audit_op ON audit(op_id);
        CREATE INDEX audit_record ON audit(tbl, record_id);
        CREATE VIRTUAL TABLE customers_fts USING fts5(body, tokenize='trigram');
        CREATE VIRTUAL TABLE customers_chars USING fts5(
            body, tokenize='unicode61 remove_diacritics 0'
        );
        """
    )


def _m2_imports(conn: sqlite3.Connection) -> None:
    """Imports: one row per imported file, its batch is the operation that wrote it."""
    run_script(
        conn,
        f"""
        CREATE TABLE imports (
            id TEXT PRIMARY KEY REFERENCES operations(id),
            file TEXT NOT NULL,
            sheet TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            mode TEXT NOT NULL,
            mapping TEXT NOT NULL DEFAULT '{{}}',
            rows INTEGER NOT NULL DEFAULT 0,
            created INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            errors INTEGER NOT NULL DEFAULT 0,
            at TEXT NOT NULL,
            user_id TEXT REFERENCES users(id),
            undone_at TEXT,
            undo_op TEXT REFERENCES operations(id),
            {STAMPS}
        );
        CREATE INDEX imports_at ON imports(at)
        """
    )


# The pipeline's first stages: (key, probability %, fields a deal needs to enter the stage).
# Their names are translated at display time (models.deals.stage_label); name '' means "the
# default name for the key", so a book opened in Chinese and in English shows each its own.
DEFAULT_STAGES = (
    ("initial", 10, []),
    ("needs", 25, []),
    ("proposal", 50, ["amount"]),
    ("negotiation", 70, ["expected_close"]),
    ("contract", 90, []),
)


def _m3_deals(conn: sqlite3.Connection) -> None:
    """The sales pipeline: stages, deals and one history row per stage or status change.

    interactions_live makes "each customer's latest interaction" (stalled deals) one index
    seek per customer."""
    run_script(
        conn,
        f"""
        CREATE TABLE stages (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
            stall_days INTEGER NOT NULL DEFAULT 7,
            requires TEXT NOT NULL DEFAULT '[]',
            checklist TEXT NOT NULL DEFAULT '[]',
            {STAMPS}, deleted_at TEXT
        );
        CREATE TABLE deals (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            amount REAL,
            currency TEXT NOT NULL DEFAULT 'CNY',
            expected_close TEXT NOT NULL DEFAULT '',
            stage_id TEXT NOT NULL REFERENCES stages(id),
            probability INTEGER CHECK (probability IS NULL OR probability BETWEEN 0 AND 100),
            owner_id TEXT REFERENCES users(id),
            source TEXT NOT NULL DEFAULT '',
            next_step TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            products TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
            lost_reason TEXT NOT NULL DEFAULT '',
            lost_note TEXT NOT NULL DEFAULT '',
            closed_at TEXT NOT NULL DEFAULT '',
            position REAL NOT NULL DEFAULT 0,
            stage_entered_at TEXT NOT NULL,
            checked TEXT NOT NULL DEFAULT '{{}}',
            stall_snoozed_until TEXT NOT NULL DEFAULT '',
            stall_reason TEXT NOT NULL DEFAULT '',
            stall_followed TEXT NOT NULL DEFAULT '',
            {STAMPS}, deleted_at TEXT
        );
        CREATE INDEX deals_board ON deals(status, deleted_at, stage_id, position);
        CREATE INDEX deals_customer ON deals(customer_id);
        CREATE TABLE deal_history (
            id TEXT PRIMARY KEY,
            deal_id TEXT NOT NULL REFERENCES deals(id),
            at TEXT NOT NULL,
            user_id TEXT REFERENCES users(id),
            from_stage TEXT,
            to_stage TEXT,
            from_status TEXT,
            to_status TEXT,
            {STAMPS}
        );
        CREATE INDEX deal_history_deal ON deal_history(deal_id, at);
        CREATE INDEX interactions_live ON interactions(customer_id, at) WHERE deleted_at IS NULL
        """
    )
    now = clock.now_iso()
    for position, (key, probability, requires) in enumerate(DEFAULT_STAGES, start=1):
        conn.execute(
            "INSERT INTO stages (id, key, name, position, probability, stall_days, requires, "
            "checklist, created_at, updated_at) VALUES (?, ?, '', ?, ?, 7, ?, '[]', ?, ?)",
            (ids.derived_id("stage", key), key, position, probability, json.dumps(requires),
             now, now),
        )


def _m4_reminders_alerts(conn: sqlite3.Connection) -> None:
    """Reminders (by hand, recurring, and made by rules) and risk-word alerts.

    A reminder's due_at is when it fires (snoozing and holiday shifting move it; first_due_at
    keeps the date it was set for). notified_at: when Kehu showed it (tray or the start-up list),
    so it is never shown twice. rule_key names what a rule reminds of ("stall:<deal>:<date>",
    "no_contact:<customer>"): a rule never opens a second reminder with the same key.
    An alert points at the text that matched (tbl, record_id, field) and keeps the sentence."""
    run_script(
        conn,
        f"""
        CREATE TABLE reminders (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            due_at TEXT NOT NULL,
            first_due_at TEXT NOT NULL,
            owner_id TEXT REFERENCES users(id),
            customer_id TEXT REFERENCES customers(id),
            deal_id TEXT REFERENCES deals(id),
            priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
            done_at TEXT NOT NULL DEFAULT '',
            done_by TEXT REFERENCES users(id),
            recurrence TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'manual'
                CHECK (kind IN ('manual', 'follow_up', 'repurchase', 'stall', 'no_contact')),
            rule_key TEXT NOT NULL DEFAULT '',
            previous_id TEXT REFERENCES reminders(id),
            moved_from TEXT NOT NULL DEFAULT '',
            notified_at TEXT NOT NULL DEFAULT '',
            {STAMPS}, deleted_at TEXT
        );
        CREATE INDEX reminders_due ON reminders(status, deleted_at, due_at);
        CREATE INDEX reminders_owner ON reminders(owner_id, status, due_at);
        CREATE INDEX reminders_customer ON reminders(customer_id);
        CREATE INDEX reminders_deal ON reminders(deal_id);
        CREATE INDEX reminders_rule ON reminders(rule_key) WHERE rule_key != '';
        CREATE TABLE alerts (
            id TEXT PRIMARY KEY,
            word TEXT NOT NULL,
            tbl TEXT NOT NULL,
            record_id TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT '',
            customer_id TEXT REFERENCES customers(id),
            author_id TEXT REFERENCES users(id),
            written_at TEXT NOT NULL,
            context TEXT NOT NULL DEFAULT '',
            reviewed_at TEXT NOT NULL DEFAULT '',
            reviewed_by TEXT REFERENCES users(id),
            review_note TEXT NOT NULL DEFAULT '',
            {STAMPS}, deleted_at TEXT
        );
        CREATE UNIQUE INDEX alerts_once ON alerts(tbl, record_id, field, word);
        CREATE INDEX alerts_open ON alerts(reviewed_at, written_at);
        CREATE INDEX alerts_customer ON alerts(customer_id)
        """
    )


def _m5_grading_reports(conn: sqlite3.Connection) -> None:
    """Grades by rules (grade_changes keeps each change, so changes can be charted; a pinned
    grade is set by hand and left alone by the rules) and the indexes the monthly report
    pack reads by time: customers created, deals closed, deal history and interactions in a
    month (reminders are answered by reminders_due)."""
    run_script(
        conn,
        f"""
        ALTER TABLE customers ADD grade_pinned INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE grade_changes (
            id TEXT PRIMARY KEY,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            at TEXT NOT NULL,
            old TEXT,
            new TEXT,
            by_hand INTEGER NOT NULL DEFAULT 0,
            {STAMPS}
        );
        CREATE INDEX grade_changes_at ON grade_changes(at);
        CREATE INDEX grade_changes_customer ON grade_changes(customer_id);
        CREATE INDEX customers_created ON customers(created_at, deleted_at, source, owner_id);
        CREATE INDEX customers_grade ON customers(grade, deleted_at);
        CREATE INDEX deals_closed ON deals(closed_at, status, deleted_at, customer_id, owner_id,
            amount, lost_reason);
        CREATE INDEX deal_history_at ON deal_history(at, to_status, user_id, from_stage, to_stage,
            deal_id);
        CREATE INDEX deal_history_funnel ON deal_history(deal_id, at, to_stage, to_status);
        CREATE INDEX interactions_when ON interactions(at, user_id, kind, customer_id)
            WHERE deleted_at IS NULL
        """
    )


def _stamp_sql(device: str) -> str:
    """SQL for a clock stamp (models.core.hlc) of an old entry: its second `at` in UTC, then
    its place among the entries of that second (column n, from 0) as milliseconds and counter."""
    return ("printf('%s.%03dZ-%04X-%s', strftime('%Y-%m-%dT%H:%M:%S', at), "
            f"min(n / 65536, 999), n % 65536, '{device}')")


def _m6_change_log(conn: sqlite3.Connection) -> None:
    """A change log another PC can merge. `local` holds what belongs to this copy of the book
    only (its device id, its clock); every operation and change entry names the device that
    wrote it and carries a clock stamp (older entries get stamps from their time and order);
    rows deleted for good leave a tombstone; the default stages get the ids every book gives
    them."""
    device = ids.new_device_id()
    run_script(
        conn,
        """
        CREATE TABLE local (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        ALTER TABLE audit ADD device_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE audit ADD hlc TEXT NOT NULL DEFAULT '';
        ALTER TABLE operations ADD device_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE operations ADD hlc TEXT NOT NULL DEFAULT '';
        CREATE TABLE tombstones (
            tbl TEXT NOT NULL,
            record_id TEXT NOT NULL,
            op_id TEXT,
            user_id TEXT,
            device_id TEXT NOT NULL,
            hlc TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (tbl, record_id)
        ) WITHOUT ROWID
        """,
    )
    conn.execute("INSERT INTO local (key, value) VALUES ('device_id', ?)", (device,))
    stamp = _stamp_sql(device)
    for table in ("audit", "operations"):
        conn.execute(
            f"UPDATE {table} SET device_id = ?, hlc = s.hlc FROM (SELECT id, {stamp} AS hlc "
            f"FROM (SELECT id, at, row_number() OVER (PARTITION BY strftime('%s', at) "
            f"ORDER BY seq) - 1 AS n FROM {table})) AS s WHERE s.id = {table}.id",
            (device,))
    newest = conn.execute("SELECT max(hlc) FROM audit").fetchone()[0]
    if newest:
        conn.execute("INSERT INTO local (key, value) VALUES ('hlc', ?)", (newest,))
    conn.execute(
        "INSERT OR IGNORE INTO tombstones (tbl, record_id, op_id, user_id, device_id, hlc, at) "
        "SELECT a.tbl, a.record_id, a.op_id, a.user_id, a.device_id, a.hlc, a.at FROM audit a "
        "WHERE a.action = 'purge' ORDER BY a.seq DESC")
    run_script(
        conn,
        """
        CREATE INDEX audit_hlc ON audit(hlc);
        CREATE INDEX operations_mine ON operations(user_id, device_id, state, seq)
        """,
    )
    # A tombstone stands for a row that is gone; redone inserts brought some back.
    for table in {r[0] for r in conn.execute("SELECT DISTINCT tbl FROM tombstones")}:
        if table in {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}:
            conn.execute(f"DELETE FROM tombstones WHERE tbl = ? AND record_id IN "
                         f"(SELECT id FROM {table})", (table,))
    # The default stages: the same ids in every book. Foreign keys are checked at the commit.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for key, *_ in DEFAULT_STAGES:
        row = conn.execute("SELECT id FROM stages WHERE key = ?", (key,)).fetchone()
        new = ids.derived_id("stage", key)
        if row is None or row[0] == new:
            continue
        old = row[0]
        conn.execute("UPDATE stages SET id = ? WHERE id = ?", (new, old))
        conn.execute("UPDATE deals SET stage_id = ? WHERE stage_id = ?", (new, old))
        conn.execute("UPDATE deal_history SET from_stage = ? WHERE from_stage = ?", (new, old))
        conn.execute("UPDATE deal_history SET to_stage = ? WHERE to_stage = ?", (new, old))
        conn.execute("UPDATE audit SET record_id = ? WHERE tbl = 'stages' AND record_id = ?",
                     (new, old))
        conn.execute(
            "UPDATE audit SET old = replace(old, ?1, ?2), new = replace(new, ?1, ?2) "
            "WHERE tbl IN ('deals', 'deal_history', 'stages') AND (instr(old, ?1) OR "
            "instr(new, ?1))", (old, new))
def _m7_money_minor_units(conn: sqlite3.Connection) -> None:
    """Deal amounts as integers: deals.amount (REAL yuan) becomes deals.amount_minor (INTEGER
    minor units of the deal's currency: fen for CNY, yen for JPY; models.core.money). NULL stays
    NULL; an amount with more decimals than its currency has is rounded to the nearest minor
    unit. The audit's entries about deal amounts are rewritten the same way, so that undo and
    the history keep working on the new column. deals_closed is made again over amount_minor
    and currency (the reports sum won amounts per currency from it)."""
    from models.core.money import from_float

    run_script(
        conn,
        """
        DROP INDEX IF EXISTS deals_closed;
        ALTER TABLE deals ADD COLUMN amount_minor INTEGER
        """
    )
    rows = conn.execute("SELECT id, amount, currency FROM deals").fetchall()
    currencies = {deal_id: code or "CNY" for deal_id, _, code in rows}
    conn.executemany(
        "UPDATE deals SET amount_minor = ? WHERE id = ?",
        [(from_float(amount, code or "CNY"), deal_id) for deal_id, amount, code in rows
         if amount is not None])
    audit = conn.execute(
        "SELECT id, record_id, action, old, new FROM audit WHERE tbl = 'deals' AND "
        "(field = 'amount' OR action IN ('insert', 'purge'))").fetchall()
    for entry_id, record_id, action, old, new in audit:
        if action == "update":
            code = currencies.get(record_id, "CNY")
            conn.execute(
                "UPDATE audit SET field = 'amount_minor', old = ?, new = ? WHERE id = ?",
                (_minor_json(old, code), _minor_json(new, code), entry_id))
            continue
        changed = []
        for text in (old, new):
            row = json.loads(text) if text else None
            if isinstance(row, dict) and "amount" in row:
                code = row.get("currency") or currencies.get(record_id, "CNY")
                row["amount_minor"] = from_float(row.pop("amount"), code)
                text = json.dumps(row, ensure_ascii=False)
            changed.append(text)
        if changed != [old, new]:
            conn.execute("UPDATE audit SET old = ?, new = ? WHERE id = ?",
                         (changed[0], changed[1], entry_id))
    run_script(
        conn,
        """
        ALTER TABLE deals DROP COLUMN amount;
        CREATE INDEX deals_closed ON deals(closed_at, status, deleted_at, customer_id, owner_id,
            currency, amount_minor, lost_reason)
        """
    )


def _minor_json(text: str | None, code: str) -> str | None:
    """An audit value (JSON of a float amount, or null) in minor units."""
    from models.core.money import from_float

    if text is None:
        return None
    value = json.loads(text)
    if not isinstance(value, int | float) or isinstance(value, bool):
        return text
    return json.dumps(from_float(value, code))
# settings whose key changed when the settings got one registry (models/core/settings.py)
RENAMED_SETTINGS = {"shop_name": "shop.name"}


def _m8_settings_keys(conn: sqlite3.Connection) -> None:
    """Settings saved under an old key move to their registered key (the dialog saved the shop
    name as `shop_name` while the reports read `shop.name`). A value already under the new key
    wins; the old row goes either way."""
    for old, new in RENAMED_SETTINGS.items():
        conn.execute(
            "INSERT OR IGNORE INTO settings (key, value, created_at, updated_at) "
            "SELECT ?, value, created_at, updated_at FROM settings WHERE key = ? AND value != ''",
            (new, old),
        )
        conn.execute("DELETE FROM settings WHERE key = ?", (old,))


def _m9_roles(conn: sqlite3.Connection) -> None:
    """Roles as data (models.core.permissions): users.role also accepts 'manager'. SQLite cannot
    change a CHECK constraint, so the users table is rebuilt the way SQLite's ALTER TABLE page
    describes ("making other kinds of table schema changes"): foreign keys off around the
    transaction (migrate() does that for a migration marked rebuilds_tables), a new table,
    the rows copied, the old one dropped, the new one renamed, foreign_key_check before commit.
    The other tables keep pointing at "users" by name, so they need no change.

    sign_in_tries counts wrong passwords per user on this PC (models.customers.operations.sign_in): it is
    written without the audit, and is not part of what other PCs share."""
    run_script(
        conn,
        f"""
        CREATE TABLE users_new (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'sales')),
            active INTEGER NOT NULL DEFAULT 1,
            password_hash TEXT,
            {STAMPS}, deleted_at TEXT
        );
        INSERT INTO users_new (id, name, role, active, password_hash, created_at, updated_at,
            deleted_at)
            SELECT id, name, role, active, password_hash, created_at, updated_at, deleted_at
            FROM users;
        DROP TABLE users;
        ALTER TABLE users_new RENAME TO users;
        CREATE TABLE sign_in_tries (
            user_id TEXT PRIMARY KEY REFERENCES users(id),
            failures INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )
        """
    )


_m9_roles.rebuilds_tables = True  # type: ignore[attr-defined]

def _m10_sync(conn: sqlite3.Connection) -> None:
    """What this copy has taken from each other PC of its team (models.sync): the last change
    of theirs applied and the segment it came in, and records waiting for what they point to
    (a contact whose customer has not arrived yet). Entries are looked up by record and clock
    when another PC's change is merged field by field."""
    run_script(
        conn,
        """
        CREATE TABLE sync_seen (
            device_id TEXT PRIMARY KEY,
            last_seq INTEGER NOT NULL,
            last_hash TEXT NOT NULL DEFAULT '',
            seen_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE sync_waiting (
            tbl TEXT NOT NULL,
            record_id TEXT NOT NULL,
            PRIMARY KEY (tbl, record_id)
        ) WITHOUT ROWID;
        CREATE INDEX audit_record_hlc ON audit(tbl, record_id, hlc);
        """,
    )


def _m11_import_rows(conn: sqlite3.Connection) -> None:
    """The rows each import brought in, by their source fingerprint (importers.matching): a
    re-import of the same rows finds the customers they made instead of making them again.
    Kept on each PC (not shared with the team: the customers they point to are); undoing an
    import forgets its rows.
    No foreign key to customers: a customer purged from the trash leaves a fingerprint that
    finds nobody."""
    run_script(
        conn,
        """
        CREATE TABLE import_rows (
            import_id TEXT NOT NULL REFERENCES imports(id),
            fingerprint TEXT NOT NULL,
            customer_id TEXT NOT NULL,
            PRIMARY KEY (import_id, fingerprint)
        ) WITHOUT ROWID
        """
    )


SECRET_SET = "(set)"  # a secret's value in the change log: it was set (models.core.book)


def _m12_no_secrets_in_history(conn: sqlite3.Connection) -> None:
    """Password hashes out of the change log: older Kehu recorded a user's password hash as an
    old -> new value (and in a new user's row). Each becomes "(set)": the history keeps that a
    password was set or changed, never the hash."""
    for column in ("old", "new"):
        conn.execute(
            f"UPDATE audit SET {column} = ? WHERE tbl = 'users' AND field = 'password_hash' "
            f"AND {column} IS NOT NULL AND {column} NOT IN ('null', '\"\"')",
            (json.dumps(SECRET_SET),))
        conn.execute(
            f"UPDATE audit SET {column} = json_set({column}, '$.password_hash', ?) "
            f"WHERE tbl = 'users' AND field IS NULL AND json_valid({column}) "
            f"AND coalesce(json_extract({column}, '$.password_hash'), '') != ''",
            (SECRET_SET,))


def _m13_orders(conn: sqlite3.Connection) -> None:
    """Products, orders with their lines, payment plans and payments (models.orders).

    Money is integer minor units in the order's (or payment's) currency; quantities are integer
    thousandths (qty_milli: 2.5 t is 2500). A plan row holds what is expected (due_date,
    amount_minor), a payment what was received (received_on, amount_minor) and counts only
    once confirmed; what is paid of a plan row is worked out when read, never stored.
    payment_plans_order (covering a plan's amounts by due date), orders_confirmed and
    payments_customer serve the receivables; orders_number
    finds a PC's last number of a day. orders.terms keeps the payment terms the plan was made
    from (JSON; '' for a plan given row by row), so a draft's plan follows its total.

    Reminders gain the kind 'overdue' (a plan row not paid when due). SQLite cannot change a
    CHECK constraint, so the reminders table is rebuilt as migration 9 rebuilt users: its
    statement with the new CHECK, the rows copied, the old table dropped, the new one renamed,
    its indexes made again."""
    run_script(
        conn,
        f"""
        CREATE TABLE products (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            spec TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            price_minor INTEGER,
            currency TEXT NOT NULL DEFAULT 'CNY',
            category TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            {STAMPS}, deleted_at TEXT
        );
        CREATE INDEX products_name ON products(name);
        CREATE TABLE orders (
            id TEXT PRIMARY KEY,
            number TEXT NOT NULL,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            deal_id TEXT REFERENCES deals(id),
            owner_id TEXT REFERENCES users(id),
            order_date TEXT NOT NULL,
            currency TEXT NOT NULL DEFAULT 'CNY',
            total_minor INTEGER NOT NULL DEFAULT 0,
            terms TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'confirmed', 'void')),
            delivery TEXT NOT NULL DEFAULT 'pending'
                CHECK (delivery IN ('pending', 'partial', 'delivered')),
            notes TEXT NOT NULL DEFAULT '',
            confirmed_at TEXT NOT NULL DEFAULT '',
            confirmed_by TEXT REFERENCES users(id),
            void_reason TEXT NOT NULL DEFAULT '',
            voided_at TEXT NOT NULL DEFAULT '',
            voided_by TEXT REFERENCES users(id),
            replaces_id TEXT REFERENCES orders(id),
            {STAMPS}, deleted_at TEXT
        );
        CREATE INDEX orders_customer ON orders(customer_id, order_date);
        CREATE INDEX orders_number ON orders(number);
        CREATE INDEX orders_confirmed ON orders(id, customer_id, currency, owner_id)
            WHERE status = 'confirmed' AND deleted_at IS NULL;
        CREATE INDEX orders_deal ON orders(deal_id) WHERE deal_id IS NOT NULL;
        CREATE TABLE order_lines (
            id TEXT PRIMARY KEY,
            order_id TEXT NOT NULL REFERENCES orders(id),
            position INTEGER NOT NULL,
            product_id TEXT REFERENCES products(id),
            description TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            qty_milli INTEGER NOT NULL,
            price_minor INTEGER NOT NULL,
            discount_minor INTEGER NOT NULL DEFAULT 0,
            amount_minor INTEGER NOT NULL,
            {STAMPS}, deleted_at TEXT
        );
        CREATE INDEX order_lines_order ON order_lines(order_id, position);
        CREATE INDEX order_lines_product ON order_lines(product_id) WHERE product_id IS NOT NULL;
        CREATE TABLE payment_plans (
            id TEXT PRIMARY KEY,
            order_id TEXT NOT NULL REFERENCES orders(id),
            seq INTEGER NOT NULL,
            due_date TEXT NOT NULL,
            amount_minor INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            {STAMPS}, deleted_at TEXT
        );
        CREATE INDEX payment_plans_order ON payment_plans(order_id, due_date, amount_minor)
            WHERE deleted_at IS NULL;
        CREATE TABLE payments (
            id TEXT PRIMARY KEY,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            order_id TEXT REFERENCES orders(id),
            received_on TEXT NOT NULL,
            amount_minor INTEGER NOT NULL,
            currency TEXT NOT NULL DEFAULT 'CNY',
            method TEXT NOT NULL CHECK (method IN ('cash', 'transfer', 'wechat', 'alipay',
                                                   'acceptance_bill')),
            reference TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            recorded_by TEXT REFERENCES users(id),
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'confirmed', 'rejected')),
            confirmed_by TEXT REFERENCES users(id),
            confirmed_at TEXT NOT NULL DEFAULT '',
            reject_reason TEXT NOT NULL DEFAULT '',
            {STAMPS}, deleted_at TEXT
        );
        CREATE INDEX payments_customer ON payments(customer_id, status, currency);
        CREATE INDEX payments_order ON payments(order_id) WHERE order_id IS NOT NULL;
        CREATE INDEX payments_received ON payments(received_on)
        """,
    )
    table_sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'reminders'").fetchone()[0]
    old_kinds = "'stall', 'no_contact')"
    if old_kinds not in table_sql:
        raise sqlite3.DatabaseError("migration 13: the reminders table is not as expected")
    indexes = [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reminders' "
        "AND sql IS NOT NULL")]
    new_sql = table_sql.replace(old_kinds, "'stall', 'no_contact', 'overdue')", 1)
    new_sql = new_sql.replace("CREATE TABLE reminders", "CREATE TABLE reminders_new", 1)
    conn.execute(new_sql)
    conn.execute("INSERT INTO reminders_new SELECT * FROM reminders")
    conn.execute("DROP TABLE reminders")
    conn.execute("ALTER TABLE reminders_new RENAME TO reminders")
    for statement in indexes:
        conn.execute(statement)


_m13_orders.rebuilds_tables = True  # type: ignore[attr-defined]


def _m14_search_rank(conn: sqlite3.Connection) -> None:
    """Searches rank the matches by the name, the contact and the phone numbers: an index on
    the row id that holds them (and the name order) spares reading each matching customer's
    whole row. It takes the place of the index on (rid, deleted_at, sort_key, id)."""
    run_script(
        conn,
        """
        CREATE INDEX customers_rank
            ON customers(rid, deleted_at, sort_key, id, name, contact, mobile, phone);
        DROP INDEX customers_rid_live;
        """,
    )


def _m15_scopes(conn: sqlite3.Connection) -> None:
    """Who sees what (models.core.scopes): a user's manager (users.manager_id: a manager sees
    the customers of the users they manage), and customers shared with a user who does not own
    them (customer_shares, one row per customer and user, its id derived from both so that two
    PCs sharing the same customer make the same row; unsharing deletes it softly)."""
    run_script(
        conn,
        f"""
        ALTER TABLE users ADD COLUMN manager_id TEXT REFERENCES users(id);
        CREATE TABLE customer_shares (
            id TEXT PRIMARY KEY,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            user_id TEXT NOT NULL REFERENCES users(id),
            {STAMPS}, deleted_at TEXT
        );
        CREATE INDEX customer_shares_user ON customer_shares(user_id, customer_id)
            WHERE deleted_at IS NULL;
        CREATE INDEX customer_shares_customer ON customer_shares(customer_id)
        """,
    )


def _m16_change_log_chain(conn: sqlite3.Connection) -> None:
    """The change log as hash chains, one per device (models.core.chain): each entry holds the
    hash of its device's entry before it and its own; the entries already here are chained
    in their clock order, and this copy records the head of its own device's chain."""
    from models.core import chain

    run_script(
        conn,
        """
        ALTER TABLE audit ADD prev TEXT;
        ALTER TABLE audit ADD hash TEXT;
        CREATE INDEX audit_device_chain ON audit(device_id, hlc)
        """,
    )
    chain.rechain(conn)
    device = conn.execute("SELECT value FROM local WHERE key = 'device_id'").fetchone()
    if device:
        newest = chain.head(conn, device[0])
        if newest:
            conn.execute("INSERT OR REPLACE INTO local (key, value) VALUES (?, ?)",
                         (chain.HEAD_KEY, json.dumps({"device": device[0], "hash": newest})))


def _m17_tickets(conn: sqlite3.Connection) -> None:
    """Service tickets (工单, models.tickets): a customer's complaint or request, who handles it
    (owner_id) and by when, its state, the resolution and the satisfaction call afterwards.
    ticket_events keeps each state a ticket entered and when: the SLA time (paused while
    waiting for the customer) and being overdue are worked out from them when read."""
    run_script(
        conn,
        f"""
        CREATE TABLE tickets (
            id TEXT PRIMARY KEY,
            number TEXT NOT NULL,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            order_id TEXT REFERENCES orders(id),
            kind TEXT NOT NULL DEFAULT 'request'
                CHECK (kind IN ('complaint', 'request', 'repair', 'return', 'question')),
            priority TEXT NOT NULL DEFAULT 'normal'
                CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            owner_id TEXT REFERENCES users(id),
            due_by TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'in_progress', 'waiting', 'resolved', 'closed')),
            opened_at TEXT NOT NULL,
            resolved_at TEXT NOT NULL DEFAULT '',
            closed_at TEXT NOT NULL DEFAULT '',
            resolution TEXT NOT NULL DEFAULT '',
            satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
            satisfaction_note TEXT NOT NULL DEFAULT '',
            satisfaction_at TEXT NOT NULL DEFAULT '',
            {STAMPS}, deleted_at TEXT
        );
        CREATE INDEX tickets_customer ON tickets(customer_id, opened_at);
        CREATE INDEX tickets_open ON tickets(status, due_by) WHERE deleted_at IS NULL;
        CREATE INDEX tickets_number ON tickets(number);
        CREATE TABLE ticket_events (
            id TEXT PRIMARY KEY,
            ticket_id TEXT NOT NULL REFERENCES tickets(id),
            at TEXT NOT NULL,
            status TEXT NOT NULL,
            user_id TEXT REFERENCES users(id),
            note TEXT NOT NULL DEFAULT '',
            {STAMPS}, deleted_at TEXT
        );
        CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, at)
        """,
    )


def _m18_handovers(conn: sqlite3.Connection) -> None:
    """The handover log (models.team.handover): who handed whose customers to whom, with which
    filter and note, and how many customers, open deals, open reminders and unpaid orders moved.
    Its id is the operation's (undoing the handover takes its row away with it)."""
    run_script(
        conn,
        f"""
        CREATE TABLE handovers (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            user_id TEXT REFERENCES users(id),
            from_user_id TEXT NOT NULL REFERENCES users(id),
            to_user_ids TEXT NOT NULL DEFAULT '[]',
            filter TEXT NOT NULL DEFAULT '{{}}',
            mode TEXT NOT NULL DEFAULT 'round_robin',
            note TEXT NOT NULL DEFAULT '',
            customers INTEGER NOT NULL DEFAULT 0,
            deals INTEGER NOT NULL DEFAULT 0,
            reminders INTEGER NOT NULL DEFAULT 0,
            orders INTEGER NOT NULL DEFAULT 0,
            {STAMPS}
        );
        CREATE INDEX handovers_at ON handovers(at);
        """
    )



def _m19_receivables_indexes(conn: sqlite3.Connection) -> None:
    """Indexes that let the receivables (models.orders.receivables) read only index pages:
    orders_receivable walks the confirmed orders customer by customer (their plan rows come
    from payment_plans_order), payments_confirmed holds each customer's confirmed payments by
    currency and order, payment_plans_due the plan rows by the day they are due (a month's
    forecast)."""
    run_script(
        conn,
        """
        CREATE INDEX orders_receivable ON orders(customer_id, currency, id)
            WHERE status = 'confirmed' AND deleted_at IS NULL;
        CREATE INDEX payments_confirmed ON payments(customer_id, currency, order_id, amount_minor)
            WHERE status = 'confirmed' AND deleted_at IS NULL;
        CREATE INDEX payment_plans_due ON payment_plans(due_date, order_id, amount_minor)
            WHERE deleted_at IS NULL
        """,
    )

def _m20_match_keys(conn: sqlite3.Connection) -> None:
    """The keys an import matches each customer by (models.core.match_keys): a preview looks
    up the keys of the rows it reads instead of loading every customer. Made here for the
    customers already in the book, kept up to date on the write path; local to each PC (made
    again from the customers, never synced). No foreign key: a purged customer's keys go with
    it on the write path, and the lookups join the customers anyway. Two triggers note in
    match_dirty each customer written with other fields than its keys were made from (by Kehu
    until its write path makes them again, or by any other program): the preview keys those
    from their fields."""
    run_script(
        conn,
        """
        CREATE TABLE match_keys (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            customer_id TEXT NOT NULL,
            PRIMARY KEY (kind, key, customer_id)
        ) WITHOUT ROWID;
        CREATE TABLE match_sources (
            customer_id TEXT PRIMARY KEY,
            source TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE match_dirty (customer_id TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TRIGGER match_dirty_insert AFTER INSERT ON customers
        WHEN NOT EXISTS (SELECT 1 FROM match_sources s WHERE s.customer_id = new.id
                         AND s.source = {new})
        BEGIN INSERT OR IGNORE INTO match_dirty (customer_id) VALUES (new.id); END;
        CREATE TRIGGER match_dirty_update AFTER UPDATE OF {fields} ON customers
        WHEN NOT EXISTS (SELECT 1 FROM match_sources s WHERE s.customer_id = new.id
                         AND s.source = {new})
        BEGIN INSERT OR IGNORE INTO match_dirty (customer_id) VALUES (new.id); END
        """.format(new=match_keys.SOURCE_SQL.replace("c.", "new."),
                   fields=", ".join(match_keys.SOURCE_FIELDS)),
    )
    match_keys.rebuild(conn)


def _m21_read_until(conn: sqlite3.Connection) -> None:
    """A customer handed over may stay readable for its former salesperson until a day
    (models.team.handover): customer_shares.read_until holds that last day (YYYY-MM-DD); ''
    for a share as before (no end, nothing else changed). Such a share gives sight and nothing
    else, and ends by itself after the day (models.core.scopes).

    And two indexes of the change log that every entry paid for and no read needs:
    audit_record (tbl, record_id) is the start of audit_record_hlc, and audit_hlc served only
    the newest stamp of the book, which audit_device_chain gives device by device
    (models.core.chain.NEWEST_SQL) and the list of exports, which finds its few entries
    through audit_record_hlc."""
    run_script(
        conn,
        """
        ALTER TABLE customer_shares ADD COLUMN read_until TEXT NOT NULL DEFAULT '';
        DROP INDEX audit_record;
        DROP INDEX audit_hlc
        """,
    )


def _m22_clash_index(conn: sqlite3.Connection) -> None:
    """What the other PCs of a team published of their customers for 撞单 (models.sync.
    clash_index): a keyed hash (16 bytes) of a customer's number or company name, the customer
    and its owner, which PC said so and its clock stamp then. Only customers this copy did not
    hold when it read the index are kept: the others it checks itself. The table belongs to
    this copy: never synced, emptied in snapshots."""
    run_script(
        conn,
        """
        CREATE TABLE clash_index (
            digest BLOB NOT NULL,
            customer_id TEXT NOT NULL,
            owner_id TEXT,
            device_id TEXT NOT NULL,
            stamp TEXT NOT NULL
        );
        CREATE INDEX clash_index_digest ON clash_index(digest);
        CREATE INDEX clash_index_device ON clash_index(device_id);
        CREATE INDEX clash_index_customer ON clash_index(customer_id, stamp)
        """,
    )


# The allocation of one customer's confirmed payments to its plan rows (models.orders.ledger,
# the same rule): the rows that still owe something, for the customer {c} (an SQL expression),
# into receivable_scratch. Written without WITH, which SQLite does not allow in a trigger:
# paid1 is what the payments naming each order pay of its rows (earliest due first), pooled
# what is left of the customer's confirmed money in each currency, which pays the rest,
# earliest due first.
_M23_OPEN_ROWS = """
INSERT INTO receivable_scratch (plan_id, customer_id, currency, due_date, order_id, owner_id,
                                outstanding)
SELECT id, {c}, currency, due_date, order_id,
    coalesce((SELECT owner_id FROM customers WHERE id = {c}), ''), left2 FROM (
    SELECT *, rest - max(0, min(rest, pooled - before2)) AS left2 FROM (
        SELECT s.*, s.amount - s.paid1 AS rest,
            coalesce(y.amount, 0) - sum(s.paid1) OVER (PARTITION BY s.currency) AS pooled,
            sum(s.amount - s.paid1) OVER (PARTITION BY s.currency ORDER BY s.due_date,
                s.order_date, s.number, s.seq, s.id) - (s.amount - s.paid1) AS before2
        FROM (
            SELECT p.id, p.order_id, o.currency, o.number, o.order_date, p.seq, p.due_date,
                p.amount_minor AS amount,
                max(0, min(p.amount_minor, coalesce(t.amount, 0)
                    - (sum(p.amount_minor) OVER (PARTITION BY p.order_id ORDER BY p.due_date,
                                                 p.seq, p.id) - p.amount_minor))) AS paid1
            FROM orders o JOIN payment_plans p ON p.order_id = o.id
            LEFT JOIN (SELECT order_id, currency, sum(amount_minor) AS amount FROM payments
                       WHERE customer_id = {c} AND order_id IS NOT NULL
                           AND status = 'confirmed' AND deleted_at IS NULL
                       GROUP BY order_id, currency) t
                ON t.order_id = o.id AND t.currency = o.currency
            WHERE o.customer_id = {c} AND o.status = 'confirmed' AND o.deleted_at IS NULL
                AND p.deleted_at IS NULL
        ) s LEFT JOIN (SELECT currency, sum(amount_minor) AS amount FROM payments
                       WHERE customer_id = {c} AND status = 'confirmed' AND deleted_at IS NULL
                       GROUP BY currency) y ON y.currency = s.currency
    )
) WHERE left2 > 0"""
# Then only the rows that changed are written to receivable_rows (its sums follow each row
# written), and the scratch table is left empty.
_M23_COLUMNS = ("plan_id", "customer_id", "currency", "due_date", "order_id", "owner_id",
                "outstanding")


def _m23_same(row: str) -> str:
    """The scratch row s equals the row `row` of receivable_rows, column for column."""
    return " AND ".join(f"s.{c} = {row}.{c}" for c in _M23_COLUMNS)


_M23_APPLY = f"""
DELETE FROM receivable_rows WHERE customer_id = {{c}} AND NOT EXISTS (
    SELECT 1 FROM receivable_scratch s WHERE {_m23_same("receivable_rows")});
INSERT INTO receivable_rows (customer_id, currency, due_date, plan_id, order_id, owner_id,
                             outstanding)
SELECT s.customer_id, s.currency, s.due_date, s.plan_id, s.order_id, s.owner_id, s.outstanding
FROM receivable_scratch s WHERE NOT EXISTS (SELECT 1 FROM receivable_rows r
                                            WHERE {_m23_same("r")});
DELETE FROM receivable_scratch;"""

# The same allocation for the whole book at once (models.orders.ledger's statement as it was
# when migration 23 was written): fills receivable_rows of an existing book in one pass.
_M23_LEDGER = """
WITH plan AS (
    SELECT p.id, p.order_id, o.customer_id, o.currency, o.number, o.order_date,
           p.seq, p.due_date, p.amount_minor AS amount
    FROM payment_plans p JOIN orders o ON o.id = p.order_id
    WHERE p.deleted_at IS NULL AND o.deleted_at IS NULL AND o.status = 'confirmed'
),
paid AS (
    SELECT customer_id, currency, order_id, sum(amount_minor) AS amount FROM payments
    WHERE status = 'confirmed' AND deleted_at IS NULL
    GROUP BY customer_id, currency, order_id
),
step1 AS MATERIALIZED (
    SELECT plan.*, max(0, min(plan.amount, coalesce(t.amount, 0)
        - (sum(plan.amount) OVER (PARTITION BY plan.order_id ORDER BY plan.due_date, plan.seq,
                                  plan.id) - plan.amount))) AS paid1
    FROM plan LEFT JOIN paid t ON t.order_id = plan.order_id
        AND t.customer_id = plan.customer_id AND t.currency = plan.currency
),
used AS (
    SELECT customer_id, currency, sum(paid1) AS amount FROM step1 GROUP BY customer_id, currency
),
pool AS (
    SELECT r.customer_id, r.currency, r.amount - coalesce(u.amount, 0) AS amount
    FROM (SELECT customer_id, currency, sum(amount) AS amount FROM paid
          GROUP BY customer_id, currency) r
    LEFT JOIN used u ON u.customer_id = r.customer_id AND u.currency = r.currency
),
step2 AS (
    SELECT step1.*, step1.amount - step1.paid1 AS rest, coalesce(pool.amount, 0) AS pooled,
        sum(step1.amount - step1.paid1) OVER (PARTITION BY step1.customer_id, step1.currency
            ORDER BY step1.due_date, step1.order_date, step1.number, step1.seq, step1.id)
        - (step1.amount - step1.paid1) AS before2
    FROM step1 LEFT JOIN pool ON pool.customer_id = step1.customer_id
        AND pool.currency = step1.currency
)
SELECT id, order_id, customer_id, currency, due_date, amount,
    paid1 + max(0, min(rest, pooled - before2)) AS paid FROM step2"""



def _m23_refresh(customer: str) -> str:
    """The statements that work out again what the customer `customer` (an SQL expression)
    owes, plan row by plan row, and write what changed."""
    return (_M23_OPEN_ROWS.format(c=customer) + "; " + _M23_APPLY.format(c=customer))


# (trigger, event, when, customer expressions): each one works the customers out again whose
# money the change can move (the old and the new one of an edit that moves a record to another
# customer). Edits of other columns (a note, a method, a customer's name) move none, nor do
# those of payments and orders that are not confirmed before or after (a recorded payment, a
# draft and its plan), which count for nothing either way.
_M23_OLD_ORDER = "(SELECT status FROM orders WHERE id = OLD.order_id) = 'confirmed'"
_M23_NEW_ORDER = "(SELECT status FROM orders WHERE id = NEW.order_id) = 'confirmed'"
_M23_TRIGGERS = (
    ("payments_ins", "INSERT ON payments", "NEW.status = 'confirmed'", ("NEW.customer_id",)),
    ("payments_upd", "UPDATE OF customer_id, order_id, amount_minor, currency, status, "
     "deleted_at ON payments", "'confirmed' IN (OLD.status, NEW.status)",
     ("OLD.customer_id", "NEW.customer_id")),
    ("payments_del", "DELETE ON payments", "OLD.status = 'confirmed'", ("OLD.customer_id",)),
    ("orders_ins", "INSERT ON orders", "NEW.status = 'confirmed'", ("NEW.customer_id",)),
    ("orders_upd", "UPDATE OF customer_id, order_date, number, currency, status, deleted_at "
     "ON orders", "'confirmed' IN (OLD.status, NEW.status)",
     ("OLD.customer_id", "NEW.customer_id")),
    ("orders_del", "DELETE ON orders", "OLD.status = 'confirmed'", ("OLD.customer_id",)),
    ("plans_ins", "INSERT ON payment_plans", _M23_NEW_ORDER,
     ("(SELECT customer_id FROM orders WHERE id = NEW.order_id)",)),
    ("plans_upd", "UPDATE OF order_id, seq, due_date, amount_minor, deleted_at ON payment_plans",
     f"({_M23_OLD_ORDER} OR {_M23_NEW_ORDER})",
     ("(SELECT customer_id FROM orders WHERE id = OLD.order_id)",
      "(SELECT customer_id FROM orders WHERE id = NEW.order_id)")),
    ("plans_del", "DELETE ON payment_plans", _M23_OLD_ORDER,
     ("(SELECT customer_id FROM orders WHERE id = OLD.order_id)",)),
    ("customers_owner", "UPDATE OF owner_id ON customers", "1", ("NEW.id",)),
)

# What receivable_rows adds up to, kept in step by its own triggers: per customer and currency
# (receivable_balances) and per salesperson, currency and due date (receivable_days).
_M23_SUMS = """
INSERT INTO receivable_balances (customer_id, currency, owner_id, owed)
    VALUES ({r}.customer_id, {r}.currency, {r}.owner_id, {sign}{r}.outstanding)
    ON CONFLICT DO UPDATE SET owed = owed + excluded.owed, owner_id = excluded.owner_id;
INSERT INTO receivable_days (owner_id, currency, due_date, amount)
    VALUES ({r}.owner_id, {r}.currency, {r}.due_date, {sign}{r}.outstanding)
    ON CONFLICT DO UPDATE SET amount = amount + excluded.amount;"""
_M23_ZEROS = """
DELETE FROM receivable_balances WHERE customer_id = OLD.customer_id
    AND currency = OLD.currency AND owed = 0;
DELETE FROM receivable_days WHERE owner_id = OLD.owner_id AND currency = OLD.currency
    AND due_date = OLD.due_date AND amount = 0;"""


def _m23_receivable_rows(conn: sqlite3.Connection) -> None:
    """What each plan row still owes, kept by triggers (models.orders.receivables reads it).

    receivable_rows holds, for the plan rows that still owe something, what is owed of each
    and the customer's salesperson ('' for none): the allocation of models.orders.ledger
    (payments naming an order pay its rows first, the rest of the customer's confirmed money
    the oldest open rows, per currency; void and draft orders and unconfirmed payments count
    for nothing). receivable_balances adds it up per customer and currency, receivable_days
    per salesperson, currency and due date. All three are derived: nothing in them was typed,
    they are never synced or logged, and triggers work a customer's rows out again, whole,
    whenever a payment, an order or a plan row of theirs or their salesperson changes (on this
    PC or from another's change entries); the sums follow each row written or deleted. What a
    row's state is stays derived when read: it depends on the day. Books of earlier versions
    get them filled here. receivable_scratch is where a trigger works a customer out before
    it writes only the rows that changed (empty between statements)."""
    run_script(conn, """
        CREATE TABLE receivable_rows (
            customer_id TEXT NOT NULL,
            currency TEXT NOT NULL,
            due_date TEXT NOT NULL,
            plan_id TEXT NOT NULL,
            order_id TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            outstanding INTEGER NOT NULL,
            PRIMARY KEY (customer_id, currency, due_date, plan_id)
        ) WITHOUT ROWID;
        CREATE INDEX receivable_rows_order ON receivable_rows(order_id);
        CREATE TABLE receivable_balances (
            customer_id TEXT NOT NULL,
            currency TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            owed INTEGER NOT NULL,
            PRIMARY KEY (customer_id, currency)
        ) WITHOUT ROWID;
        CREATE INDEX receivable_balances_owed ON receivable_balances(owed, customer_id, currency);
        CREATE INDEX receivable_balances_owner
            ON receivable_balances(owner_id, owed, customer_id, currency);
        CREATE TABLE receivable_scratch (
            plan_id TEXT PRIMARY KEY,
            customer_id TEXT NOT NULL,
            currency TEXT NOT NULL,
            due_date TEXT NOT NULL,
            order_id TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            outstanding INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE receivable_days (
            owner_id TEXT NOT NULL,
            currency TEXT NOT NULL,
            due_date TEXT NOT NULL,
            amount INTEGER NOT NULL,
            PRIMARY KEY (owner_id, currency, due_date)
        ) WITHOUT ROWID
        """)
    _m23_fill_rows(conn)
    _m23_make_triggers(conn, _M23_TRIGGERS)


def _m23_fill_rows(conn: sqlite3.Connection) -> None:
    """Work every customer's receivables out in one pass into the (empty) tables of migration
    23, and make the triggers that keep their sums."""
    # the rows, in the order of the key, and their sums
    conn.execute(
        "INSERT INTO receivable_rows (customer_id, currency, due_date, plan_id, order_id, "
        "owner_id, outstanding) SELECT a.customer_id, a.currency, a.due_date, a.id, a.order_id, "
        "coalesce(c.owner_id, ''), a.amount - a.paid FROM (" + _M23_LEDGER + ") a "
        "LEFT JOIN customers c ON c.id = a.customer_id WHERE a.amount > a.paid "
        "ORDER BY a.customer_id, a.currency, a.due_date, a.id")
    conn.execute("INSERT INTO receivable_balances (customer_id, currency, owner_id, owed) "
                 "SELECT customer_id, currency, min(owner_id), sum(outstanding) "
                 "FROM receivable_rows GROUP BY customer_id, currency")
    conn.execute("INSERT INTO receivable_days (owner_id, currency, due_date, amount) "
                 "SELECT owner_id, currency, due_date, sum(outstanding) FROM receivable_rows "
                 "GROUP BY owner_id, currency, due_date")
    conn.execute("CREATE TRIGGER receivable_rows_ins AFTER INSERT ON receivable_rows BEGIN "
                 + _M23_SUMS.format(r="NEW", sign="") + " END")
    conn.execute("CREATE TRIGGER receivable_rows_del AFTER DELETE ON receivable_rows BEGIN "
                 + _M23_SUMS.format(r="OLD", sign="-") + _M23_ZEROS + " END")


def _m23_make_triggers(conn: sqlite3.Connection, triggers: tuple) -> None:
    """The triggers that work customers out again (_M23_TRIGGERS' shape)."""
    for name, event, when, customers in triggers:
        conn.execute(f"CREATE TRIGGER receivables_{name} AFTER {event} WHEN {when} BEGIN "
                     f"{_m23_refresh(customers[0])} END")
        if len(customers) == 2:  # the new customer as well, when it is another one
            conn.execute(f"CREATE TRIGGER receivables_{name}_new AFTER {event} "
                         f"WHEN {when} AND {customers[1]} IS NOT {customers[0]} BEGIN "
                         f"{_m23_refresh(customers[1])} END")


# A change of salesperson moves no money: the customer's rows stay what they were, only their
# owner changes. Migration 23 worked the customer out again, whole, on every update that named
# owner_id, owed it anything or not (a handover of 20,000 customers ran the allocation 20,000
# times); from migration 24 only a customer who owes something and whose salesperson really
# changed has its rows' owner rewritten, and the sums follow each row rewritten.
_M24_OWNER_TRIGGERS = (
    "CREATE TRIGGER receivables_customers_owner AFTER UPDATE OF owner_id ON customers "
    "WHEN NEW.owner_id IS NOT OLD.owner_id "
    "AND EXISTS (SELECT 1 FROM receivable_rows WHERE customer_id = NEW.id) BEGIN "
    "UPDATE receivable_rows SET owner_id = coalesce(NEW.owner_id, '') "
    "WHERE customer_id = NEW.id AND owner_id != coalesce(NEW.owner_id, ''); END",
    "CREATE TRIGGER receivable_rows_owner AFTER UPDATE OF owner_id ON receivable_rows "
    "WHEN NEW.owner_id != OLD.owner_id BEGIN "
    + _M23_SUMS.format(r="OLD", sign="-") + _M23_SUMS.format(r="NEW", sign="")
    + _M23_ZEROS + " END",
)


def _m24_narrow_owner_trigger(conn: sqlite3.Connection) -> None:
    """A change of a customer's salesperson rewrites the owner of that customer's receivable
    rows only when the salesperson really changed and the customer owes something, instead of
    working the customer out again on every update of owner_id (_M24_OWNER_TRIGGERS)."""
    conn.execute("DROP TRIGGER receivables_customers_owner")
    for sql in _M24_OWNER_TRIGGERS:
        conn.execute(sql)


def fill_receivables(conn: sqlite3.Connection) -> None:
    """Work every customer's receivables out in one pass into the (empty) tables of migration
    23, then make the triggers of the latest schema: what a bulk writer that dropped the
    triggers (drop_receivable_triggers) does after its rows."""
    _m23_fill_rows(conn)
    _m23_make_triggers(conn, tuple(t for t in _M23_TRIGGERS if t[0] != "customers_owner"))
    for sql in _M24_OWNER_TRIGGERS:
        conn.execute(sql)


def drop_receivable_triggers(conn: sqlite3.Connection) -> None:
    """Drop migration 23's triggers and empty its tables, for a bulk writer of orders and
    payments that fills them in one pass afterwards (fill_receivables)."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
        "('payments', 'orders', 'payment_plans', 'customers', 'receivable_rows') "
        "AND name LIKE 'receivable%'")]
    for name in names:
        conn.execute(f'DROP TRIGGER "{name}"')
    for table in ("receivable_rows", "receivable_balances", "receivable_days",
                  "receivable_scratch"):
        conn.execute(f"DELETE FROM {table}")



def _m25_private_sync(conn: sqlite3.Connection) -> None:
    """What a salesperson's PC keeps of the change entries it may not read (models.sync.access):
    their place in their device's hash chain (id, seq, clock stamp, prev, hash) and nothing of
    what they say, so that the chain is still checked from end to end. sync_granted: on the
    owner's PC, which customers' whole history it has sent to which PC. Both belong to this
    copy: never synced."""
    run_script(
        conn,
        """
        CREATE TABLE audit_stubs (
            id TEXT PRIMARY KEY,
            device_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            hlc TEXT NOT NULL,
            prev TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_stubs_device ON audit_stubs(device_id, hlc);
        CREATE TABLE sync_granted (
            device_id TEXT NOT NULL,
            customer_id TEXT NOT NULL,
            PRIMARY KEY (device_id, customer_id)
        ) WITHOUT ROWID
        """,
    )

def _m26_reminder_chain_index(conn: sqlite3.Connection) -> None:
    """An index on the reminder each repeating reminder follows (previous_id, a reference to
    the same table): without it SQLite checks each deleted reminder against every other one
    (a laptop taking 20,000 handed-over customers out of its copy: 14 s of its 17). Only the
    few reminders that follow another are in it."""
    run_script(conn, "CREATE INDEX reminders_previous ON reminders(previous_id) "
                     "WHERE previous_id IS NOT NULL")


def _m27_search_pending(conn: sqlite3.Connection) -> None:
    """The customers whose search text waits to be written (Book.reindex_later) in a table of
    their own, by rid, instead of one JSON list in `local`: a first import of 100,000 customers
    leaves theirs for after it, and a list that long was read whole by every search and written
    again at every step of catching up. Local to this PC's copy, as the search index is."""
    run_script(conn, "CREATE TABLE search_pending (rid INTEGER PRIMARY KEY)")
    row = conn.execute("SELECT value FROM local WHERE key = 'search_pending'").fetchone()
    if row is not None:
        conn.execute("INSERT OR IGNORE INTO search_pending (rid) SELECT value FROM json_each("
                     "CASE WHEN json_valid(?1) AND json_type(?1) = 'array' THEN ?1 ELSE '[]' END) "
                     "WHERE type = 'integer'", (row[0],))
        conn.execute("DELETE FROM local WHERE key = 'search_pending'")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _m1_initial, _m2_imports, _m3_deals, _m4_reminders_alerts, _m5_grading_reports,
    _m6_change_log,
    _m7_money_minor_units,
    _m8_settings_keys,
    _m9_roles,
    _m10_sync,
    _m11_import_rows,
    _m12_no_secrets_in_history,
    _m13_orders,
    _m14_search_rank,
    _m15_scopes,
    _m16_change_log_chain,
    _m17_tickets,
    _m18_handovers,
    _m19_receivables_indexes,
    _m20_match_keys,
    _m21_read_until,
    _m22_clash_index,
    _m23_receivable_rows,
    _m24_narrow_owner_trigger,
    _m25_private_sync,
    _m26_reminder_chain_index,
    _m27_search_pending,
]
LATEST = len(MIGRATIONS)
CHAINED = MIGRATIONS.index(_m16_change_log_chain) + 1  # the first version whose log is chained


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, before_each: Callable[[int], None] | None = None) -> list[int]:
    """Bring the book up to LATEST; returns the numbers of the migrations applied."""
    applied = []
    while (version := user_version(conn)) < LATEST:
        if before_each:
            before_each(version)
        step = MIGRATIONS[version]
        # A migration that rebuilds a table runs with foreign keys off (they cannot be switched
        # inside a transaction) and checks them itself before it commits.
        rebuilds = getattr(step, "rebuilds_tables", False)
        keys_on = conn.execute("PRAGMA foreign_keys").fetchone()[0]
        if rebuilds:
            conn.execute("PRAGMA foreign_keys = OFF")
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                known = set(map(tuple, conn.execute("PRAGMA foreign_key_check"))) if rebuilds \
                    else set()  # broken before: not this migration's doing, left as they are
                step(conn)
                if rebuilds:
                    broken = [r for r in map(tuple, conn.execute("PRAGMA foreign_key_check"))
                              if r not in known]
                    if broken:
                        raise sqlite3.IntegrityError(
                            f"migration {version + 1}: foreign keys broken: {broken[:5]}")
                conn.execute(f"PRAGMA user_version = {version + 1}")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:  # SQLite rolls back by itself on a full disk
                    conn.execute("ROLLBACK")
                raise
        finally:
            if rebuilds and keys_on:
                conn.execute("PRAGMA foreign_keys = ON")
        applied.append(version + 1)
    return applied


# SQLite's own tables, which it makes by itself (ANALYZE, PRAGMA optimize, AUTOINCREMENT).
SQLITE_OWN = {"sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4", "sqlite_sequence"}


def _normal_sql(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


@functools.cache
def expected_objects(version: int) -> dict[tuple[str, str], str]:
    """(type, name) -> SQL of every schema object a book of this version holds: what the
    migrations up to it make in an empty database. Those of the latest version are kept in the
    data folder (_kept_objects) once worked out: running every migration takes about 30 ms of
    each start."""
    if version == LATEST:
        kept = _kept_objects()
        if kept is not None:
            return kept
    objects = _made_objects(version)
    if version == LATEST:
        _keep_objects(objects)
    return objects


def _objects_file():
    """Where the latest version's objects are kept: named by a digest of this module's code
    and constants (every migration and what they use), so that a changed migration is never
    answered from an old file."""
    import hashlib
    import sys
    import types

    from models.core import paths

    def code_text(code: types.CodeType) -> str:  # (marshal's bytes vary with reference counts)
        consts = [code_text(c) if isinstance(c, types.CodeType) else repr(c)
                  for c in code.co_consts]
        return f"{code.co_code.hex()}|{consts}|{code.co_names}"

    digest = hashlib.sha256()
    module = sys.modules[__name__]
    for name, value in sorted(vars(module).items()):
        if isinstance(value, types.FunctionType) and value.__module__ == __name__:
            digest.update(f"{name}:{code_text(value.__code__)}".encode())
        elif isinstance(value, str | int | tuple) and not name.startswith("__"):
            digest.update(f"{name}={value!r}".encode())
    return paths.data_dir() / "cache" / f"schema-{LATEST}-{digest.hexdigest()[:24]}.json"


def _kept_objects() -> dict[tuple[str, str], str] | None:
    try:
        rows = json.loads(_objects_file().read_text(encoding="utf-8"))
        return {(t, n): sql for t, n, sql in rows}
    except (OSError, ValueError, TypeError):
        return None  # not kept yet, unreadable or not ours: work them out


def _keep_objects(objects: dict[tuple[str, str], str]) -> None:
    try:
        path = _objects_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps([[t, n, sql] for (t, n), sql in sorted(objects.items())],
                                  ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only data folder: worked out again next time


def _made_objects(version: int) -> dict[tuple[str, str], str]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in MIGRATIONS[:version]:
            conn.execute("BEGIN")
            step(conn)
            conn.execute("COMMIT")
        return {(t, n): _normal_sql(sql) for t, n, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master")}
    finally:
        conn.close()


def foreign_objects(conn: sqlite3.Connection) -> list[str]:
    """Schema objects that Kehu's migrations did not make ("trigger wipe", "view v", "table x"):
    a book holds data only, never code that runs when it is read or written. A table or index
    of Kehu's name whose definition differs counts too. Reads sqlite_master only (nothing in it
    runs); raises sqlite3.DatabaseError when the schema cannot be read."""
    version = user_version(conn)
    if not 0 < version <= LATEST:
        return []
    expected = expected_objects(version)
    found = []
    for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY rowid"):
        if kind == "table" and name in SQLITE_OWN:
            continue
        if expected.get((kind, name)) != _normal_sql(sql):
            found.append(f"{kind} {name}")
    return found

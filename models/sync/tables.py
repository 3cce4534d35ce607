"""Which tables travel between the PCs of a team, and how each is keyed.

A table added later is covered by one entry here: its change entries (models.core.book
Operation.log) then merge like every other table's. Columns named in `local` stay on each PC
(a customer's search row number, when the tray last showed a reminder) and are never taken from
another PC's entry. Tables not listed (the local table, sign-in tries, the search indexes, the
sync bookkeeping) are this PC's own."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Synced:
    name: str
    key: str = "id"
    local: frozenset[str] = field(default_factory=frozenset)
    soft_delete: bool = True  # has deleted_at: an edit made after a delete brings it back
    parents: tuple[tuple[str, str], ...] = ()  # (column, table) it points to

    def shared(self, row: dict) -> dict:
        return {k: v for k, v in row.items() if k not in self.local}


TABLES: dict[str, Synced] = {t.name: t for t in (
    # A password's hash never goes into the change log (models.core.book SECRETS): it travels
    # in the PCs' device files instead (models.sync.engine, secrets).
    Synced("users", local=frozenset({"password_hash"})),
    Synced("settings", key="key", soft_delete=False),
    Synced("custom_fields"),
    Synced("stages"),
    Synced("customers", local=frozenset({"rid"}), parents=(("owner_id", "users"),)),
    Synced("contacts", parents=(("customer_id", "customers"),)),
    Synced("interactions", parents=(("customer_id", "customers"), ("user_id", "users"))),
    Synced("deals", parents=(("customer_id", "customers"), ("stage_id", "stages"),
                             ("owner_id", "users"))),
    Synced("deal_history", soft_delete=False, parents=(("deal_id", "deals"),)),
    Synced("reminders", local=frozenset({"notified_at"}),
           parents=(("customer_id", "customers"), ("deal_id", "deals"), ("owner_id", "users"))),
    Synced("alerts"),
    Synced("grade_changes", soft_delete=False, parents=(("customer_id", "customers"),)),
    Synced("imports", soft_delete=False),
    Synced("handovers", soft_delete=False, parents=(("from_user_id", "users"),)),
    Synced("products"),
    Synced("orders", parents=(("customer_id", "customers"), ("deal_id", "deals"),
                              ("owner_id", "users"), ("replaces_id", "orders"))),
    Synced("order_lines", parents=(("order_id", "orders"), ("product_id", "products"))),
    Synced("payment_plans", parents=(("order_id", "orders"),)),
    Synced("payments", parents=(("customer_id", "customers"), ("order_id", "orders"),
                                ("recorded_by", "users"))),
    Synced("customer_shares", parents=(("customer_id", "customers"), ("user_id", "users"))),
    Synced("tickets", parents=(("customer_id", "customers"), ("order_id", "orders"),
                               ("owner_id", "users"))),
    Synced("ticket_events", parents=(("ticket_id", "tickets"), ("user_id", "users"))),
)}
# Parents before children: a record is written after what it points to.
ORDER = {name: i for i, name in enumerate(TABLES)}

# Operations Kehu runs by itself (the monthly grading, the reminder rules, the tray marking what
# it showed, a rescan for risk words). Their writes never count as an edit that brings back a
# record another PC deleted: only a person's edit does.
AUTOMATIC = frozenset({"apply_grades", "reminder_rules", "mark_notified", "rescan_alerts"})

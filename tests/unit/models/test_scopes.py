"""Who sees what (models.core.scopes): every read of the book, from the models and the command
line, shows a user only the customers they may see, and what belongs to those; sharing and its
undo; writes on a customer one may not see are refused."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable

import openpyxl
import pytest

from desktop.cli import main
from models import alerts, deals, orders, reminders, tickets
from models.core import changelog, clock, scopes
from models.core.errors import PermissionDenied, ValidationError
from models.customers import export, operations, queries, sharing
from models.customers.queries import CustomerFilter
from models.orders import export as order_export
from models.reports import health, monthly
from models.team import users

T0 = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
# the customers of the shop, by whose they are
NAMES = {"li": "甲五金店", "wang": "乙五金店", "pool": "丙五金店", "boss": "丁五金店",
         "shared": "戊五金店"}
ALL = set(NAMES.values())
SEES = {  # what each user may see
    "owner": ALL,
    "li": {NAMES["li"], NAMES["pool"], NAMES["shared"]},  # shared: 王强's, shared with 李娜
    "wang": {NAMES["wang"], NAMES["pool"], NAMES["shared"]},
    "manager": {NAMES["li"], NAMES["pool"]},  # 李娜 is in the manager's team
}


@pytest.fixture
def shop(tmp_path):
    from models.core.book import Book

    clock.set_clock(lambda: T0)
    path = tmp_path / "shop.sqlite"
    book = Book.open(path)
    owner = book.user_id
    manager = users.add_user(book, name="赵经理", role="manager", password="mg",
                             owner_password="boss")
    li = users.add_user(book, name="李娜", role="sales")
    wang = users.add_user(book, name="王强", role="sales")
    users.set_manager(book, user_id=li, manager_id=manager)
    people = {"owner": owner, "manager": manager, "li": li, "wang": wang}
    owners = {"li": li, "wang": wang, "pool": None, "boss": owner, "shared": wang}
    ids = {}
    for key, name in NAMES.items():
        cid = operations.add_customer(book, data={
            "name": name, "owner_id": owners[key], "city": f"{name[0]}城", "tags": f"{name[0]}标签",
            "mobile": f"1380000{len(ids):04d}", "notes": "要回扣"})  # a risk word: an alert
        ids[key] = cid
        if owners[key] is None:  # the public pool: a customer of nobody
            operations.update_customer(book, customer_id=cid, data={"owner_id": None})
        operations.add_contact(book, customer_id=cid, data={"name": f"{name}联系人"})
        operations.log_interaction(book, customer_id=cid, kind="call", text=f"{name}来电",
                                   at="2026-03-02T10:00:00+08:00")
        deals.add_deal(book, data={"title": f"{name}的单", "customer_id": cid, "amount": 100,
                                   "expected_close": "2026-04-01", "owner_id": owners[key]})
        won = deals.add_deal(book, data={"title": f"{name}赢单", "customer_id": cid,
                                         "amount": 1000, "owner_id": owners[key]})
        deals.win_deal(book, deal_id=won)
        reminders.add_reminder(book, data={"title": f"回访{name}", "customer_id": cid,
                                           "due_at": "2026-03-10T08:00:00+08:00",
                                           "owner_id": owners[key] or owner})
        oid = orders.add_order(book, data={"customer_id": cid, "order_date": "2026-01-05"},
                               lines=[{"description": "水泥", "quantity": 1, "price": "1000"}])
        orders.confirm_order(book, order_id=oid)
        pid = orders.record_payment(book, customer_id=cid, amount="400",
                                    received_on="2026-03-02", method="wechat")
        orders.confirm_payment(book, payment_id=pid)
        orders.record_payment(book, customer_id=cid, amount="1", received_on="2026-03-09",
                              method="cash")
        tid = tickets.add_ticket(book, data={"customer_id": cid, "title": f"{name}投诉"})
        tickets.set_ticket_status(book, ticket_id=tid, status="resolved", resolution="补发")
    reminders.add_reminder(book, data={"title": "李娜自己的事", "owner_id": li,
                                       "due_at": "2026-03-10T08:00:00+08:00"})
    sharing.share_customer(book, customer_id=ids["shared"], user_id=li)
    yield {"book": book, "path": path, "people": people, "ids": ids}
    book.close()


def names_of(book, ids) -> set[str]:
    ids = list(ids)
    marks = ",".join("?" * len(ids))
    return {r[0] for r in book.all(f"SELECT name FROM customers WHERE id IN ({marks})", ids)}


def in_text(text: str) -> set[str]:
    return {n for n in ALL if n in text}


def _read_csv(path) -> str:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return "\n".join(",".join(r) for r in csv.reader(fh))


# Every read entry point: (book, fixture) -> the customer names it shows. A new read that
# shows customers belongs here: without the scope, it fails for the salespeople.
READS: dict[str, Callable] = {
    "customer list": lambda b, s: names_of(b, queries.customer_ids(b, CustomerFilter())),
    "search": lambda b, s: names_of(b, queries.customer_ids(b, CustomerFilter(text="五金"))),
    "search (short term)": lambda b, s: names_of(
        b, queries.customer_ids(b, CustomerFilter(text="店"))),
    "search by phone": lambda b, s: names_of(
        b, queries.customer_ids(b, CustomerFilter(text="1380000"))),
    # the first screenful on its own, or (None: not for a user who sees only some) all of them
    "first matches": lambda b, s: names_of(
        b, queries.first_matches(b, CustomerFilter(text="五金"), queries.count_matching(
            b, CustomerFilter(text="五金")))
        or queries.customer_ids(b, CustomerFilter(text="五金"))),
    "customer rows": lambda b, s: {r["name"] for r in
                                   queries.customer_rows(b, list(s["ids"].values())).values()},
    "customer detail": lambda b, s: {queries.customer(b, c)["name"] for c in s["ids"].values()
                                     if queries.customer(b, c)},
    "contacts": lambda b, s: {p["name"][:4] for c in s["ids"].values()
                              for p in queries.contacts(b, c)},
    "timeline": lambda b, s: {i["text"][:4] for c in s["ids"].values()
                              for i in queries.interactions(b, c)},
    "history": lambda b, s: {n for k, n in NAMES.items() if queries.history(b, s["ids"][k])},
    "cities": lambda b, s: {n for n in ALL if f"{n[0]}城" in queries.distinct_values(b, "city")},
    "tags": lambda b, s: {n for n in ALL if f"{n[0]}标签" in queries.all_tags(b)},
    "duplicates": lambda b, s: {r["name"] for n in ALL for r in queries.duplicates(b, name=n)},
    "health": lambda b, s: names_of(b, health.health(b, list(s["ids"].values()))),
    "board": lambda b, s: {c["customer_name"] for col in deals.board(b) for c in col["deals"]},
    "deal list": lambda b, s: {c["customer_name"] for c in deals.list_deals(b, status=None)},
    "deals of a customer": lambda b, s: {n for k, n in NAMES.items()
                                         if deals.deals_of_customer(b, s["ids"][k])},
    "deal history": lambda b, s: {r[1] for r in b.all(
        "SELECT d.id, c.name FROM deals d JOIN customers c ON c.id = d.customer_id")
        if deals.deal_history(b, r[0])},
    "deal": lambda b, s: {d["customer_name"] for d in (
        deals.deal(b, r[0]) for r in b.all("SELECT id FROM deals")) if d},
    "agenda": lambda b, s: {r["customer_name"] for rows in reminders.agenda(b).values()
                            for r in rows if r["customer_name"]},
    "reminders due": lambda b, s: {r["customer_name"] for r in reminders.due(b, when="overdue")
                                   if r["customer_name"]},
    "reminders of a customer": lambda b, s: {n for k, n in NAMES.items()
                                             if reminders.reminders_of_customer(b, s["ids"][k])},
    "orders of a customer": lambda b, s: {n for k, n in NAMES.items()
                                          if orders.orders_of_customer(b, s["ids"][k])},
    "an order": lambda b, s: {o["customer_name"] for o in (
        orders.order(b, r[0]) for r in b.all("SELECT id FROM orders")) if o},
    "payments of a customer": lambda b, s: {n for k, n in NAMES.items()
                                            if orders.payments_of_customer(b, s["ids"][k])},
    "pending payments": lambda b, s: {p["customer_name"] for p in orders.pending_payments(b)},
    "balance": lambda b, s: {n for k, n in NAMES.items()
                             if orders.balance(b, s["ids"][k])["outstanding"]},
    "buying history": lambda b, s: {n for k, n in NAMES.items()
                                    if orders.history(b, s["ids"][k])["orders"]},
    "tickets of a customer": lambda b, s: {n for k, n in NAMES.items()
                                           if tickets.tickets_of_customer(b, s["ids"][k])},
    "a ticket": lambda b, s: {t["customer_name"] for t in (
        tickets.ticket(b, r[0]) for r in b.all("SELECT id FROM tickets")) if t},
    "tickets in the timeline": lambda b, s: {n for k, n in NAMES.items()
                                             if tickets.timeline_entries(b, s["ids"][k])},
    "receivables": lambda b, s: {r["name"] for r in orders.aging(b, day="2026-03-10")["rows"]},
    "report: top customers": lambda b, s: {r["name"] for r in monthly.top_customers(
        b, "2026-03")["rows"]},
    "customers export": lambda b, s: in_text(_export(b, s, export.export_customers)),
    "deals export": lambda b, s: in_text(_export(b, s, export.export_deals)),
    "orders export": lambda b, s: in_text(_export(b, s, order_export.export_orders)),
    "payments export": lambda b, s: in_text(_export(b, s, order_export.export_payments)),
}
def _export(book, s, write) -> str:
    out = s["path"].parent / f"export-{len(list(s['path'].parent.iterdir()))}.csv"
    write(book, out)
    return _read_csv(out)


@pytest.mark.parametrize("who", sorted(SEES))
@pytest.mark.parametrize("read", sorted(READS))
def test_every_read_shows_only_what_the_user_may_see(shop, who, read):
    book = shop["book"]
    book.user_id = shop["people"][who]
    assert READS[read](book, shop) == SEES[who], (read, who)


@pytest.mark.parametrize("who", sorted(SEES))
def test_counts_and_the_forecast_count_only_what_the_user_sees(shop, who):
    book = shop["book"]
    book.user_id = shop["people"][who]
    n = len(SEES[who])
    assert queries.count_customers(book) == n
    assert queries.count_matching(book, CustomerFilter(text="五金")) == n
    assert sum(m["count"] for m in deals.forecast(book, start="2026-03")) == n
    assert reminders.due_count(book) == n + (who in ("li", "owner"))  # and 李娜's own one
    # each customer owes 600.00 (1,000 ordered, 400 paid), paid 400 this month, won 1 deal
    assert orders.outstanding(book) == {"CNY": 60000 * n}
    by_owner = orders.aging(book, day="2026-03-10", by="owner")
    assert by_owner["totals"]["CNY"]["total"] == 60000 * n
    assert sum(r["total"] for r in by_owner["rows"]) == 60000 * n
    assert orders.cash_forecast(book, day="2026-03-10")["overdue"] == {"CNY": 60000 * n}
    assert orders.month_collection(book, "2026-03")["collected"] == {"CNY": 40000 * n}
    assert orders.month_collection(book, "2026-03")["pending"] == {"CNY": 100 * n}
    assert sum(map(sum, monthly.new_customers(book, "2026-03")["counts"].values())) == n
    assert sum(monthly.grades(book, "2026-03")["counts"].values()) == n
    assert sum(p["call"] for p in monthly.activity(book, "2026-03")["people"]) == n
    assert sum(monthly.won_lost(book, "2026-03")["won_count"]) == n
    assert tickets.month_stats(book, "2026-03")["resolved"] == n


def test_a_salesperson_sees_their_own_reminders_of_nobody_and_not_others(shop):
    book = shop["book"]
    titles = lambda: {r["title"] for rows in reminders.agenda(book).values()  # noqa: E731
                      for r in rows}
    book.user_id = shop["people"]["li"]
    assert "李娜自己的事" in titles()
    book.user_id = shop["people"]["wang"]
    assert "李娜自己的事" not in titles()


def test_alerts_a_manager_sees_only_their_teams(shop):
    book = shop["book"]
    book.user_id = shop["people"]["manager"]
    assert {a["customer_name"] for a in alerts.alerts_list(book)} == SEES["manager"]
    assert alerts.unreviewed_count(book) == len(SEES["manager"])
    book.user_id = shop["people"]["owner"]
    assert {a["customer_name"] for a in alerts.alerts_list(book)} == ALL


def test_a_manager_who_leads_nobody_sees_every_customer(shop):
    book = shop["book"]
    users.set_manager(book, user_id=shop["people"]["li"], manager_id=None)
    assert scopes.sees_all(book, user_id=shop["people"]["manager"])
    with pytest.raises(ValidationError, match="Only a manager"):
        users.set_manager(book, user_id=shop["people"]["li"], manager_id=shop["people"]["wang"])


def test_a_customer_one_may_not_see_is_not_found_and_not_written(shop):
    book, ids = shop["book"], shop["ids"]
    book.user_id = shop["people"]["li"]
    theirs = ids["wang"]
    assert queries.customer(book, theirs) is None
    assert queries.contacts(book, theirs) == [] and queries.interactions(book, theirs) == []
    before = book.scalar("SELECT count(*) FROM audit")
    for write in (
        lambda: operations.update_customer(book, customer_id=theirs, data={"city": "x"}),
        lambda: operations.delete_customers(book, customer_ids=[theirs]),
        lambda: operations.add_contact(book, customer_id=theirs, data={"name": "x"}),
        lambda: operations.log_interaction(book, customer_id=theirs, kind="call", text="x"),
        lambda: deals.add_deal(book, data={"title": "x", "customer_id": theirs}),
        lambda: reminders.add_reminder(book, data={"title": "x", "customer_id": theirs,
                                                   "due_at": "2026-03-11T09:00:00+08:00"}),
        lambda: orders.add_order(book, data={"customer_id": theirs},
                                 lines=[{"description": "x", "quantity": 1, "price": "1"}]),
        lambda: orders.record_payment(book, customer_id=theirs, amount="1",
                                      received_on="2026-03-10", method="cash"),
        lambda: sharing.share_customer(book, customer_id=theirs, user_id=book.user_id),
        lambda: tickets.add_ticket(book, data={"customer_id": theirs, "title": "x",
                                               "owner_id": book.user_id}),
    ):
        with pytest.raises(PermissionDenied, match="not among those you may see"):
            write()
    assert book.scalar("SELECT count(*) FROM audit") == before


def test_a_shared_customer_is_read_only_for_the_one_it_is_shared_with(shop):
    book, ids = shop["book"], shop["ids"]
    book.user_id = shop["people"]["li"]
    assert queries.customer(book, ids["shared"])["name"] == NAMES["shared"]
    with pytest.raises(PermissionDenied, match="belongs to another salesperson"):
        operations.update_customer(book, customer_id=ids["shared"], data={"city": "x"})
    with pytest.raises(PermissionDenied, match="salesperson, a manager or an owner may share"):
        sharing.unshare_customer(book, customer_id=ids["shared"], user_id=book.user_id)


def test_sharing_and_unsharing_are_undone_and_redone(shop):
    book, ids, people = shop["book"], shop["ids"], shop["people"]
    book.user_id = people["wang"]  # the owning salesperson shares their own customer
    sharing.share_customer(book, customer_id=ids["wang"], user_id=people["li"])
    assert [u["name"] for u in sharing.shared_with(book, ids["wang"])] == ["李娜"]
    assert scopes.can_see(book, ids["wang"], user_id=people["li"])
    with pytest.raises(ValidationError, match="owns this customer"):
        sharing.share_customer(book, customer_id=ids["wang"], user_id=people["wang"])
    changelog.undo(book)
    assert not scopes.can_see(book, ids["wang"], user_id=people["li"])
    changelog.redo(book)
    assert scopes.can_see(book, ids["wang"], user_id=people["li"])
    sharing.unshare_customer(book, customer_id=ids["wang"], user_id=people["li"])
    assert not scopes.can_see(book, ids["wang"], user_id=people["li"])
    with pytest.raises(ValidationError, match="not shared with 李娜"):
        sharing.unshare_customer(book, customer_id=ids["wang"], user_id=people["li"])
    changelog.undo(book)
    assert scopes.can_see(book, ids["wang"], user_id=people["li"])
    # sharing again after an unshare brings the same row back
    sharing.unshare_customer(book, customer_id=ids["wang"], user_id=people["li"])
    sid = sharing.share_customer(book, customer_id=ids["wang"], user_id=people["li"])
    assert sid == sharing.share_id(ids["wang"], people["li"])
    assert book.scalar("SELECT count(*) FROM customer_shares WHERE customer_id = ?",
                       (ids["wang"],)) == 1


def test_the_predicate_uses_the_indexes(shop):
    book = shop["book"]
    book.user_id = shop["people"]["li"]
    where, params = scopes.visible(book, "c")
    plan = " ".join(r[3] for r in book.all(
        f"EXPLAIN QUERY PLAN SELECT c.id FROM customers c WHERE c.city = 'x' OR ({where})",
        params))
    assert "customer_shares_user" in plan, plan
    where, params = scopes.customer_in(book, "d.customer_id")
    plan = " ".join(r[3] for r in book.all(
        f"EXPLAIN QUERY PLAN SELECT d.id FROM deals d WHERE {where}", params))
    assert "customers_owner" in plan or "USING INDEX" in plan, plan


# -- the command line ----------------------------------------------------------------------
def _cli(shop, tmp_path, who: str, *args: str) -> int:
    name = {"owner": "Owner", "manager": "赵经理", "li": "李娜", "wang": "王强"}[who]
    secret = tmp_path / "pw"
    secret.write_text({"owner": "boss", "manager": "mg"}.get(who, ""), encoding="utf-8")
    shop["book"].close()
    try:
        return main(["--lang", "en", *args, "--user", name, "--password-file", str(secret)])
    finally:
        from models.core.book import Book

        shop["book"] = Book.open(shop["path"])


@pytest.mark.parametrize("who", sorted(SEES))
def test_the_command_line_shows_only_what_the_user_may_see(shop, tmp_path, capsys, who):
    book_arg = ["--book", str(shop["path"])]
    for what in ("customers", "deals", "orders", "payments"):
        out = tmp_path / f"{what}.xlsx"
        assert _cli(shop, tmp_path, who, "export", what, *book_arg, "--out", str(out)) == 0
        sheet = openpyxl.load_workbook(out).active
        text = " ".join(str(c.value) for row in sheet.iter_rows() for c in row)
        assert in_text(text) == SEES[who], what
    capsys.readouterr()
    assert _cli(shop, tmp_path, who, "receivables", *book_arg, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert {r["name"] for r in data["customers"]} == SEES[who]
    assert _cli(shop, tmp_path, who, "reminders", *book_arg, "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["customer"] for r in rows if r["customer"]} == SEES[who]
    report = tmp_path / "report.xlsx"
    assert _cli(shop, tmp_path, who, "report", *book_arg, "--month", "2026-03",
                "--out", str(report)) == 0
    workbook = openpyxl.load_workbook(report)
    text = " ".join(str(c.value) for ws in workbook for row in ws.iter_rows() for c in row)
    assert in_text(text) == SEES[who]


def test_a_card_dropped_on_a_salespersons_board_lands_among_the_cards_they_see(shop):
    book, people = shop["book"], shop["people"]
    stage = deals.stages(book)[1]["id"]
    # the owner's and 王强's deals first in the column, then 李娜's two, then hers to move
    for key in ("boss", "wang", "li", "li", "li"):
        did = deals.add_deal(book, data={"title": f"{key}排序", "customer_id": shop["ids"][key],
                                         "stage_id": stage})
    book.user_id = people["li"]

    def column() -> list[str]:
        (col,) = [c for c in deals.board(book) if c["stage"]["id"] == stage]
        return [c["id"] for c in col["deals"]]

    first, second = column()[:2]
    deals.move_deal(book, deal_id=did, stage_id=stage, index=1)
    assert column()[:3] == [first, did, second]
    deals.move_deal(book, deal_id=did, stage_id=stage, index=0)
    assert column()[:3] == [did, first, second]


def _deals_state(book) -> tuple:
    """The deals, their history and the change log, as they are in the book."""
    return (book.all("SELECT * FROM deals ORDER BY id"),
            book.all("SELECT * FROM deal_history ORDER BY id"),
            book.scalar("SELECT count(*) FROM audit"))


def test_a_salesperson_writes_no_deal_of_a_customer_they_may_not_change(shop):
    """Every deal operation asks customer.edit of the deal's customer: 李娜 may not add, change,
    move, win, lose, reopen, delete, snooze or explain the stall of a deal of 王强's customer
    (which she does not see), of his customer shared with her (read-only), nor of her former
    customer handed over to 王强 with read-only access until a day. The book is unchanged; on
    her own customer and on one of nobody she still may."""
    from models.team import handover

    book, ids, people = shop["book"], shop["ids"], shop["people"]
    li = people["li"]
    former = operations.add_customer(book, data={"name": "己五金店", "owner_id": li})
    deals.add_deal(book, data={"title": "己五金店的单", "customer_id": former, "owner_id": li})
    done = deals.add_deal(book, data={"title": "己五金店赢单", "customer_id": former,
                                      "owner_id": li})
    deals.win_deal(book, deal_id=done)
    handover.hand_over(book, from_user=li, to_users=[people["wang"]],
                       keep_read_until="2026-03-31")
    # (all of 李娜's customers went; she reads 己五金店 and 甲五金店 until the 31st)
    assert scopes.read_only_until(book, former, user_id=li) == "2026-03-31"
    stage = deals.stages(book)[1]["id"]

    def deal_of(cid: str, status: str) -> str:
        return book.scalar("SELECT id FROM deals WHERE customer_id = ? AND status = ? "
                           "AND deleted_at IS NULL ORDER BY created_at LIMIT 1", (cid, status))

    book.user_id = li
    before = _deals_state(book)
    cases = {"another's": (ids["wang"], "not among those you may see"),
             "shared": (ids["shared"], "belongs to another salesperson"),
             "read-only": (former, "you may read it until 2026-03-31")}
    for case, (cid, words) in cases.items():
        open_deal, won = deal_of(cid, "open"), deal_of(cid, "won")
        assert open_deal and won, case
        column = book.scalar("SELECT stage_id FROM deals WHERE id = ?", (open_deal,))
        writes = [
            ("add", deals.add_deal, {"data": {"title": "x", "customer_id": cid}}),
            ("update", deals.update_deal, {"deal_id": open_deal, "data": {"title": "x"}}),
            ("move", deals.move_deal, {"deal_id": open_deal, "stage_id": stage}),
            ("reorder", deals.move_deal, {"deal_id": open_deal, "stage_id": column, "index": 0}),
            ("win", deals.win_deal, {"deal_id": open_deal}),
            ("lose", deals.lose_deal, {"deal_id": open_deal, "reason": "price"}),
            ("reopen", deals.reopen_deal, {"deal_id": won}),
            ("delete", deals.delete_deal, {"deal_id": open_deal}),
            ("snooze", deals.snooze_stall, {"deal_id": open_deal, "days": 3}),
            ("stall reason", deals.set_stall_reason, {"deal_id": open_deal, "reason": "x"}),
        ]
        for name, write, kwargs in writes:
            with pytest.raises(PermissionDenied, match=words):
                write(book, **kwargs)
            assert _deals_state(book) == before, (case, name)
    # a deal of hers moved onto a customer she may not change: refused too
    book.user_id = people["owner"]
    mine = operations.add_customer(book, data={"name": "庚五金店", "owner_id": li})
    own = deals.add_deal(book, data={"title": "庚五金店的单", "customer_id": mine})
    book.user_id = li
    before = _deals_state(book)
    for cid, words in cases.values():
        with pytest.raises(PermissionDenied, match=words):
            deals.update_deal(book, deal_id=own, data={"customer_id": cid})
    assert _deals_state(book) == before
    # her own customer and one of nobody: written as before
    for cid in (mine, ids["pool"]):
        did = deals.add_deal(book, data={"title": "新单", "customer_id": cid})
        deals.move_deal(book, deal_id=did, stage_id=stage)
        deals.win_deal(book, deal_id=did)
        assert book.scalar("SELECT status FROM deals WHERE id = ?", (did,)) == "won"

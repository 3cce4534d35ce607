"""A team through a shared folder (models.sync.engine): real books, a real folder, files copied
late, twice, half-written and as conflict copies, the folder gone."""

from __future__ import annotations

import shutil

import pytest

from models.core.book import Book
from models.customers import operations as ops
from models.customers import queries
from models.sync import engine, folder
from tests.sync_helpers import PASS, approve, state, sync, team


@pytest.fixture
def shop(tmp_path):
    with team(tmp_path) as books:
        yield books


def test_a_new_pc_joins_with_the_whole_book(shop, tmp_path):
    a, b, share = shop
    assert (share / folder.TEAM_FILE).exists()
    assert a.device_id != b.device_id
    assert [c["name"] for c in queries.customer_rows(
        b, queries.customer_ids(b, queries.CustomerFilter())).values()] == ["上海嘉禾食品"]


def test_wrong_passphrase_is_refused_and_makes_no_book(shop, tmp_path):
    _, _, share = shop
    with pytest.raises(engine.UserError) as err:
        engine.join_team(tmp_path / "x.sqlite", folder_path=share, passphrase="not it at all")
    assert err.value.message == engine.WRONG_PASSPHRASE
    assert not (tmp_path / "x.sqlite").exists()


def test_changes_go_both_ways_and_the_books_end_the_same(shop):
    a, b, _ = shop
    cid = ops.add_customer(b, data={"name": "温州阀门厂", "city": "温州"})
    sync(b)
    sync(a)
    assert queries.customer(a, cid)["name"] == "温州阀门厂"
    ops.update_customer(a, customer_id=cid, data={"grade": "A"})
    ops.update_customer(b, customer_id=cid, data={"mobile": "13900000009"})
    for book in (a, b, a, b):
        sync(book)
    assert state(a) == state(b)
    row = queries.customer(a, cid)
    assert (row["grade"], row["mobile"]) == ("A", "13900000009")


def test_nothing_in_the_folder_is_readable_without_the_key(shop):
    a, b, share = shop
    ops.add_customer(b, data={"name": "机密客户名", "mobile": "13712345678"})
    sync(b)
    for path in share.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert "机密客户名".encode() not in data and b"13712345678" not in data
            assert "上海嘉禾".encode() not in data


def test_a_missing_or_empty_folder_pauses_and_changes_nothing(shop, tmp_path):
    a, b, share = shop
    ops.add_customer(b, data={"name": "离线时加的"})
    before = state(b)
    moved = tmp_path / "unmounted"
    share.rename(moved)
    with pytest.raises(engine.SyncPaused) as err:
        sync(b)
    assert err.value.message == engine.FOLDER_MISSING
    share.mkdir()  # an unmounted share: the mount point is there, empty
    with pytest.raises(engine.SyncPaused) as err:
        sync(b)
    assert err.value.message == engine.NOT_A_TEAM
    assert state(b) == before
    assert list(share.iterdir()) == []  # nothing written into the empty mount point
    share.rmdir()
    moved.rename(share)
    sync(b)
    sync(a)
    assert state(a) == state(b)


def test_conflict_copies_and_duplicates_are_taken_once(shop):
    a, b, share = shop
    cid = ops.add_customer(b, data={"name": "重复的段"})
    ops.log_interaction(b, customer_id=cid, kind="call", text="第一次电话")
    sync(b)
    own = folder.device_folder(share, b.device_id)
    seg = next(own.glob("seg-*.kehu"))
    stem = seg.name[:-len(".kehu")]
    for name in (f"{stem}.sync-conflict-20261204-101010-ABCDEFG.kehu",
                 f"{stem} (张三's conflicted copy 2026-12-04).kehu",
                 f"{stem} (conflicted copy 2026-12-04 101010).kehu",
                 f"{stem}-NSConflict-李娜.kehu", f"{stem}-DESKTOP-7QX2.kehu"):
        shutil.copy(seg, own / name)
    report = sync(a)
    assert report.duplicates == 5
    assert len(queries.interactions(a, cid)) == 1
    assert state(a) == state(b)


def test_a_half_arrived_segment_is_skipped_then_taken(shop):
    a, b, share = shop
    ops.add_customer(b, data={"name": "慢慢到的"})
    sync(b)
    own = folder.device_folder(share, b.device_id)
    seg = next(own.glob("seg-*.kehu"))
    whole = seg.read_bytes()
    seg.write_bytes(whole[: len(whole) // 2])  # the sync tool is still copying it
    before = state(a)
    report = sync(a)
    assert report.unreadable == 1 and state(a) == before
    seg.write_bytes(whole)
    report = sync(a)
    assert report.unreadable == 0 and report.taken > 0
    assert state(a) == state(b)


def test_a_late_segment_holds_back_the_ones_after_it(shop, tmp_path):
    a, b, share = shop
    ops.add_customer(b, data={"name": "第一段"})
    sync(b)
    ops.add_customer(b, data={"name": "第二段"})
    sync(b)
    own = folder.device_folder(share, b.device_id)
    first = sorted(own.glob("seg-*.kehu"))[0]
    aside = tmp_path / first.name
    first.rename(aside)  # not delivered yet; the second one is
    report = sync(a)
    assert report.waiting == [b.device_id] and report.taken == 0
    aside.rename(first)
    report = sync(a)
    assert report.waiting == [] and state(a) == state(b)


def test_a_pass_that_would_empty_the_book_asks_first(shop):
    a, b, _ = shop
    made = [ops.add_customer(a, data={"name": f"客户{n}"}) for n in range(20)]
    sync(a)
    sync(b)
    ops.delete_customers(a, customer_ids=made[:15])
    sync(a)
    before = state(b)
    with pytest.raises(engine.NeedsConfirmation):
        sync(b)
    assert state(b) == before
    sync(b, confirm_deletes=True)
    assert state(a) == state(b)


def test_the_team_folder_lists_the_pcs(shop):
    a, b, _ = shop
    sync(b)
    report = sync(a)
    assert {p["device_id"] for p in report.pcs} == {a.device_id, b.device_id}
    assert report.pcs[0]["me"]


def test_a_restored_pc_takes_a_new_id_and_loses_nothing(shop, tmp_path):
    from models import backup

    a, b, share = shop
    first = ops.add_customer(b, data={"name": "备份前"})
    unsent = ops.add_customer(b, data={"name": "备份时还没发出"})
    saved = backup.make_backup(b.path, reason="manual", out=tmp_path / "b-backup.sqlite")
    sync(b)  # the two reach the folder after the backup was made
    later = ops.add_customer(b, data={"name": "备份后发出的"})
    sync(b)
    old_id = b.device_id
    backup.restore(b, saved.path)
    assert b.device_id != old_id
    assert queries.customer(b, later) is None  # the backup did not have it...
    new = ops.add_customer(b, data={"name": "恢复后新加的"})
    sync(b)  # ...and it comes back from the folder; the new one goes out
    sync(a)
    for cid in (first, unsent, later, new):
        assert queries.customer(a, cid) is not None
        assert queries.customer(b, cid) is not None
    assert state(a) == state(b)


def test_what_a_backup_held_unsent_goes_out_after_the_restore(shop, tmp_path):
    from models import backup

    a, b, share = shop
    unsent = ops.add_customer(b, data={"name": "只在备份里"})
    saved = backup.make_backup(b.path, reason="manual", out=tmp_path / "b-backup.sqlite")
    ops.update_customer(b, customer_id=unsent, data={"city": "丢了的修改"})
    backup.restore(b, saved.path)  # the PC broke before it synced
    sync(b)
    sync(a)
    row = queries.customer(a, unsent)
    assert row is not None and row["city"] == ""
    assert a.scalar("SELECT device_id FROM audit WHERE record_id = ? AND action = 'insert'",
                    (unsent,)) != b.device_id  # written under the id it had then
    assert state(a) == state(b)


def test_old_segments_go_once_a_snapshot_holds_them_and_every_pc_has_them(shop, tmp_path):
    a, b, share = shop
    for n in range(3):
        ops.add_customer(a, data={"name": f"店里的{n}"})
        ops.add_customer(b, data={"name": f"外面的{n}"})
        for book in (a, b, a, b):
            sync(book)
    segments = lambda book: list(folder.device_folder(share, book.device_id).glob("seg-*"))  # noqa: E731
    assert segments(a) and segments(b)
    keys = engine.unlock(folder.read_team(share), PASS)
    team_id = folder.read_team(share)["team_id"]
    report = sync(a)
    engine.compact(a, share, keys, team_id, report.pcs, snapshot_days=0)  # a new snapshot
    assert segments(a) == []  # held by the snapshot, and b has taken them in
    sync(b)
    sync(a)
    sync(b)
    assert segments(b) == []
    # a PC joining now loads the snapshot, and then what comes after it
    late = ops.add_customer(b, data={"name": "快照之后"})
    sync(b)
    engine.join_team(tmp_path / "new.sqlite", folder_path=share, passphrase=PASS)
    with Book.open(tmp_path / "new.sqlite") as c:
        sync(c)
        assert queries.customer(c, late) is not None
        sync(a)
        assert state(c) == state(a) == state(b)


def test_a_pc_long_gone_does_not_hold_back_the_cleanup(shop, tmp_path):
    a, b, share = shop
    ops.add_customer(a, data={"name": "旧的"})
    sync(a)
    sync(b)
    keys = engine.unlock(folder.read_team(share), PASS)
    team_id = folder.read_team(share)["team_id"]
    ops.add_customer(a, data={"name": "b 没见过"})
    report = sync(a)
    for pc in report.pcs:
        if not pc["me"]:
            pc["synced_at"] = "2020-01-01T00:00:00+00:00"  # b last synced years ago
    engine.compact(a, share, keys, team_id, report.pcs, snapshot_days=0)
    assert list(folder.device_folder(share, a.device_id).glob("seg-*")) == []


def test_changes_from_a_newer_kehu_wait_for_the_upgrade(shop, monkeypatch):
    from models.core import schema

    a, b, _ = shop
    cid = ops.add_customer(b, data={"name": "新版本写的"})
    with monkeypatch.context() as m:
        m.setattr(schema, "LATEST", schema.LATEST + 1)  # b runs a newer Kehu
        sync(b)
    report = sync(a)
    assert report.newer == [b.device_id] and queries.customer(a, cid) is None
    monkeypatch.setattr(schema, "LATEST", schema.LATEST + 1)  # a is upgraded
    report = sync(a)
    assert report.newer == [] and queries.customer(a, cid)["name"] == "新版本写的"


def test_a_pc_whose_clock_runs_hours_ahead_is_named_not_refused(shop):
    import datetime as dt

    from models.core.hlc import Clock

    a, b, _ = shop
    b.clock = Clock(b.device_id, b.clock.last,
                    now=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(hours=3))
    cid = ops.add_customer(b, data={"name": "钟快了"})
    sync(b)
    report = sync(a)
    assert [s["device_id"] for s in report.skewed] == [b.device_id]
    assert 170 <= report.skewed[0]["ahead_minutes"] <= 180
    assert queries.customer(a, cid) is not None
    # a's own later change still wins over b's earlier one: a's clock moved past b's stamp
    ops.update_customer(b, customer_id=cid, data={"city": "快钟的"})
    sync(b)
    sync(a)
    ops.update_customer(a, customer_id=cid, data={"city": "后改的"})
    sync(a)
    sync(b)
    assert queries.customer(b, cid)["city"] == "后改的"


def test_everything_that_is_written_syncs(shop):
    """A day of work touching every table: the other PC ends with the same book."""
    from models import alerts, deals, reminders
    from models.core import settings
    from models.imports import import_customers, undo_import
    from models.reports import grading
    from models.team import users

    a, b, _ = shop
    approve(a, b)  # its user, the owner, sees everything
    settings.set_settings(a, {settings.SHOP_NAME.key: "老王建材"})
    users.set_password(a, user_id=a.user_id, password="boss-pass")
    seller = users.add_user(a, name="张伟", role="sales", password="zw", owner_password="boss-pass")
    ops.add_custom_field(a, label="区域", kind="choice", choices=["城东", "城西"])
    alerts.set_words(a, words=["私单", "回扣"])
    cid = ops.add_customer(a, data={"name": "东方建材", "owner_id": seller, "grade": "A"})
    ops.add_contact(a, customer_id=cid, data={"name": "金雪梅", "mobile": "13700000003"})
    ops.log_interaction(a, customer_id=cid, kind="visit", text="他说可以走私单")  # an alert
    alert_id = a.scalar("SELECT id FROM alerts")
    alerts.review_alert(a, alert_id=alert_id, note="问过了")
    stage = deals.add_stage(a, name="样品", probability=30)
    did = deals.add_deal(a, data={"title": "水泥 200 吨", "customer_id": cid, "amount": "12000"})
    deals.move_deal(a, deal_id=did, stage_id=stage)
    deals.win_deal(a, deal_id=did)
    rid = reminders.add_reminder(a, data={"title": "回访", "due_at": "2026-12-20 10:00",
                                          "customer_id": cid})
    reminders.complete_reminder(a, reminder_id=rid)
    ops.update_customer(a, customer_id=cid, data={"next_follow_up": "2026-12-24"})
    reminders.run_rules(a)
    grading.apply_grades(a)
    batch = import_customers(a, file="客户.xlsx", mode="skip", backup_first=False,
                             creates=[{"name": f"导入{n}", "mobile": f"1390000{n:04d}"}
                                      for n in range(30)], rows=30)
    import_customers(a, file="客户2.xlsx", mode="skip", backup_first=False,
                     creates=[{"name": "留下的导入"}], rows=1)
    undo_import(a, batch_id=batch.batch)
    gone = ops.add_customer(a, data={"name": "要永久删除"})
    ops.delete_customers(a, customer_ids=[gone])
    ops.empty_trash(a)
    sync(a)
    sync(b)
    assert state(a) == state(b)


def test_the_owner_removes_a_lost_laptop(shop):
    a, b, share = shop
    keys = engine.unlock(folder.read_team(share), PASS)
    ops.add_customer(b, data={"name": "丢之前"})
    sync(b)
    sync(a)
    engine.remove_pc(a, keys=keys, device_id=b.device_id)
    late = ops.add_customer(b, data={"name": "丢了以后"})
    with pytest.raises(engine.SyncPaused) as err:
        sync(b)
    assert err.value.message == engine.REMOVED
    report = sync(a)
    assert queries.customer(a, late) is None
    assert [pc["device_id"] for pc in report.pcs] == [a.device_id]


def test_a_salesperson_cannot_remove_a_pc_and_a_pc_can_leave(shop):
    from models.team import users

    a, b, share = shop
    keys = engine.unlock(folder.read_team(share), PASS)
    users.set_password(b, user_id=b.user_id, password="boss-pass")
    seller = users.add_user(b, name="张伟", role="sales", password="zw", owner_password="boss-pass")
    users.sign_in(b, user_id=seller, password="zw")
    with pytest.raises(engine.UserError):
        engine.remove_pc(b, keys=keys, device_id=a.device_id)
    engine.leave_team(b)
    assert engine.team_of(b) is None
    with pytest.raises(engine.UserError) as err:
        sync(b)
    assert err.value.message == engine.NOT_IN_TEAM


def test_a_pc_back_after_the_others_cleaned_up_is_made_again_from_a_snapshot(shop):
    a, b, share = shop
    keys = engine.unlock(folder.read_team(share), PASS)
    team_id = folder.read_team(share)["team_id"]
    sync(b)
    sync(a)
    # b goes away for months; a works on, and cleans up without waiting for b
    while_away = [ops.add_customer(a, data={"name": f"不在时{n}"}) for n in range(3)]
    report = sync(a)
    for pc in report.pcs:
        if not pc["me"]:
            pc["synced_at"] = "2020-01-01T00:00:00+00:00"
    engine.compact(a, share, keys, team_id, report.pcs, snapshot_days=0)
    assert list(folder.device_folder(share, a.device_id).glob("seg-*")) == []
    sync(a)  # its device file says what it removed
    offline = ops.add_customer(b, data={"name": "离线时加的"})
    old_id = b.device_id
    report = sync(b)
    assert report.rebased and b.device_id != old_id
    for cid in (*while_away, offline):
        assert queries.customer(b, cid) is not None
    sync(a)
    assert queries.customer(a, offline)["name"] == "离线时加的"
    sync(b)
    assert state(a) == state(b)


def test_passwords_reach_every_pc_but_never_the_history(shop):
    from models.team import users

    a, b, share = shop
    users.set_password(a, user_id=a.user_id, password="boss-pass")
    seller = users.add_user(a, name="张伟", role="sales", password="zw-1",
                            owner_password="boss-pass")
    sync(a)
    sync(b)
    hash_of = lambda book: book.scalar("SELECT password_hash FROM users WHERE id = ?", (seller,))  # noqa: E731
    assert users.check_password(hash_of(b), "zw-1")
    users.sign_in(b, user_id=seller, password="zw-1")
    users.set_password(b, user_id=seller, password="zw-2", current="zw-1")  # on his laptop
    sync(b)
    sync(a)
    assert users.check_password(hash_of(a), "zw-2")
    assert not users.check_password(hash_of(a), "zw-1")
    for book in (a, b):
        assert book.scalar("SELECT count(*) FROM audit WHERE new LIKE '%scrypt$%' "
                           "OR old LIKE '%scrypt$%'") == 0
    for path in share.rglob("*"):
        if path.is_file():
            assert b"scrypt$" not in path.read_bytes()  # sealed like everything else


def test_grading_on_another_pc_does_not_bring_deleted_customers_back(shop):
    from models.core import clock
    from models.reports import grading

    a, b, _ = shop
    made = [ops.add_customer(a, data={"name": f"客户{n}"}) for n in range(20)]
    sync(a)
    sync(b)
    ops.delete_customers(a, customer_ids=made[:15])
    sync(a)
    month = clock.today().strftime("%Y-%m")
    grading.apply_grades(b, month=month)  # b grades before it has seen the deletes
    assert b.scalar("SELECT count(*) FROM audit a JOIN operations o ON o.id = a.op_id "
                    "WHERE o.name = 'apply_grades' AND a.tbl = 'customers'") > 0
    sync(b, confirm_deletes=True)
    sync(a)
    for book in (a, b):
        assert book.scalar("SELECT count(*) FROM customers WHERE deleted_at IS NULL") == 6
    assert state(a) == state(b)

"""A segment from another PC whose entries do not follow that PC's chain is refused by a sync
pass, and the owner gets one alert per refused segment naming the PC and why."""

from __future__ import annotations

import json
import zlib

import pytest

from models import alerts
from models.core.book import Book
from models.customers import operations as ops
from models.customers import queries
from models.sync import crypto, engine, folder
from tests.sync_helpers import PASS, sync, team


@pytest.fixture
def shop(tmp_path):
    with team(tmp_path) as books:
        yield books


def rewrite_segment(share, device: str, change) -> None:
    """Open the PC's one segment with the team key, let change(batch) edit its entries, and
    seal it again under the same header, as someone holding the passphrase could."""
    own = folder.device_folder(share, device)
    (seg,) = own.glob("seg-*.kehu")
    keys = engine.unlock(folder.read_team(share), PASS)
    header, body = crypto.unseal(seg.read_bytes(), keys)
    batch = json.loads(zlib.decompress(body).decode("utf-8"))
    change(batch)
    body = zlib.compress(json.dumps(batch, ensure_ascii=False).encode("utf-8"))
    seg.write_bytes(crypto.seal(body, {k: v for k, v in header.items()
                                       if k not in ("recipients", "nonce")}, keys))


def refused_alerts(book: Book) -> list[dict]:
    return [a for a in alerts.alerts_list(book) if a["word"] == alerts.REFUSED]


@pytest.mark.parametrize("how, why", [("altered", "altered"), ("unsealed", "unsealed")])
def test_a_tampered_segment_is_refused_once_with_one_owner_alert(shop, how, why):
    a, b, share = shop
    honest = ops.add_customer(b, data={"name": "杭州鑫达建材"})
    sync(b)

    def tamper(batch):
        entry = next(e for e in batch["entries"] if e["tbl"] == "customers"
                     and e["action"] == "insert")
        if how == "altered":  # the name changed after it was written, hash kept
            entry["new"] = entry["new"].replace("杭州鑫达建材", "私单客户")
        else:  # an entry made outside Kehu: no seal of its PC
            entry["hash"] = ""

    rewrite_segment(share, b.device_id, tamper)
    report = sync(a)
    assert report.refused and report.refused[0][0] == b.device_id
    assert queries.customer(a, honest) is None  # nothing of the segment was taken in
    (alert,) = refused_alerts(a)
    text, params = alerts.system_text(alert)
    assert params["why"] == alerts.REFUSED_WHY[why]
    assert params["entry"] == report.refused[0][1]
    assert "refused" in text.format(**params)
    assert alert["reviewed_at"] == "" and alert["customer_id"] is None
    # the next pass refuses the same segment again, and says nothing new
    again = sync(a)
    assert again.refused == report.refused
    assert len(refused_alerts(a)) == 1


def test_the_alert_names_the_pc_as_its_device_file_does(shop):
    a, b, share = shop
    ops.add_customer(b, data={"name": "杭州鑫达建材"})
    sync(b)

    def tamper(batch):
        batch["entries"][0]["prev"] = "0" * 64  # it no longer follows the one before

    rewrite_segment(share, b.device_id, tamper)
    report = sync(a)
    pc = next(p for p in report.pcs if p["device_id"] == b.device_id)
    (alert,) = refused_alerts(a)
    _, params = alerts.system_text(alert)
    assert params["pc"].startswith(pc["name"]) and params["pc"] != b.device_id
    assert params["why"] in (alerts.REFUSED_WHY["gap"], alerts.REFUSED_WHY["altered"])


def test_an_honest_pass_raises_no_alert(shop):
    a, b, _ = shop
    ops.add_customer(b, data={"name": "杭州鑫达建材"})
    sync(b)
    report = sync(a)
    assert report.refused == [] and refused_alerts(a) == []

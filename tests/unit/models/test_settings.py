"""The settings registry: every key in one place, typed reads with defaults, checked writes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from models import alerts, deals, reminders
from models.core import settings
from models.core.errors import PermissionDenied, ValidationError
from models.reports import grading, monthly
from models.team import users

ROOT = Path(__file__).resolve().parents[3]
SOURCES = [p for d in ("models", "views", "desktop", "importers") for p in (ROOT / d).rglob("*.py")]

# the ways the code names a setting by a literal key
LITERAL_KEYS = [
    re.compile(r"""\.setting\(\s*["']([^"']+)["']"""),
    re.compile(r"""settings\.get\(\s*\w+,\s*["']([^"']+)["']"""),
    re.compile(r"""set_settings\(\s*\w+,\s*\{\s*["']([^"']+)["']"""),
    re.compile(r"""app_settings\(\)\.(?:value|setValue)\(\s*["']([^"']+)["']"""),
    re.compile(r"""\b(?:s|settings)\.(?:value|setValue)\(\s*["']([^"']+)["']"""),
    re.compile(r"""^\w*SETTING\w*\s*=\s*["']([^"']+)["']""", re.M),
    re.compile(r"""(?:pc_value|set_pc_value)\(\s*["']([^"']+)["']"""),
]
# QSettings keys made from a page name: f"{self._settings_key()}/header"
PAGE_KEYS = re.compile(r"""f["']\{self\._settings_key\(\)\}/(\w+)["']""")


def test_every_setting_key_used_in_the_code_is_registered():
    found: dict[str, str] = {}
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        for pattern in LITERAL_KEYS:
            for key in pattern.findall(text):
                found[key] = str(path.relative_to(ROOT))
        for suffix in PAGE_KEYS.findall(text):
            for page in ("customers", "trash"):
                found[f"{page}/{suffix}"] = str(path.relative_to(ROOT))
    assert "customers/header" in found  # the scan sees the keys the code makes
    unknown = {}
    for key, where in found.items():
        try:
            settings.entry(key)
        except KeyError:
            unknown[key] = where
    assert unknown == {}


def test_the_scan_recognises_each_way_of_naming_a_key():
    samples = ['book.setting("shop_name")', 'settings.get(book, "a.b")',
               'set_settings(book, {"c.d": 1})', 'app_settings().value("language", "system")',
               's.setValue("window/geometry", x)', 'FOO_SETTING = "e.f"', 'pc_value("g")']
    got = {key for text in samples for pattern in LITERAL_KEYS for key in pattern.findall(text)}
    assert got == {"shop_name", "a.b", "c.d", "language", "window/geometry", "e.f", "g"}


def test_the_modules_name_their_settings_by_the_registry():
    assert alerts.SETTING == "alerts.words"
    assert settings.entry(alerts.SETTING).action == "settings.change"
    assert grading.RULES_SETTING == settings.GRADING_RULES.key
    assert reminders.SKIP_HOLIDAYS == settings.SKIP_HOLIDAYS.key
    assert deals.LOST_REASONS_SETTING == settings.LOST_REASONS.key
    for setting in settings.REGISTRY.values():
        assert setting.type in settings.TYPES and setting.where in (settings.BOOK, settings.PC)
        assert setting.where == settings.BOOK or not setting.synced  # a PC's own never travel


def test_defaults_when_unset(book):
    assert settings.get(book, "shop.name") == ""
    assert settings.get(book, "reminders.skip_holidays") is False
    assert settings.get(book, "reminders.no_contact_days") == {"A": 14, "B": 30, "C": 90}
    assert settings.get(book, "alerts.words") == list(alerts.DEFAULT_WORDS)
    assert settings.get(book, "import.mapping.abc") is None
    # a default handed out is a copy: changing it does not change the registry
    settings.get(book, "alerts.words").append("x")
    assert "x" not in settings.get(book, "alerts.words")
    assert monthly.shop_name(book) == ""  # a report never takes the file's name for the shop


def test_values_come_back_as_their_types(book):
    changed = settings.set_settings(book, {
        "shop.name": "鑫达建材",
        "reminders.skip_holidays": True,
        "reminders.no_contact_days": {"A": 7, "B": 30, "C": 0},
        "import.mapping.3:姓名|电话": {"columns": ["name", "phone"]},
    })
    assert len(changed) == 4
    assert settings.get(book, "shop.name") == "鑫达建材"
    assert settings.get(book, "reminders.skip_holidays") is True
    assert reminders.skip_holidays(book) is True
    assert reminders.no_contact_days(book)["A"] == 7
    assert settings.get(book, "import.mapping.3:姓名|电话") == {"columns": ["name", "phone"]}
    # stored as before, so books written by older Kehu read the same
    assert book.setting("reminders.skip_holidays") == "1"
    assert json.loads(book.setting("reminders.no_contact_days"))["C"] == 0
    # all in one operation, one audit entry per setting
    assert book.scalar("SELECT count(DISTINCT op_id) FROM audit WHERE tbl = 'settings'") == 1
    assert book.scalar("SELECT count(*) FROM audit WHERE tbl = 'settings'") == 4
    # writing the same values again changes nothing
    assert settings.set_settings(book, {"shop.name": "鑫达建材"}) == []
    assert book.scalar("SELECT count(*) FROM audit WHERE tbl = 'settings'") == 4


def test_an_unreadable_stored_value_reads_as_the_default(book):
    settings.set_settings(book, {"shop.name": "x"})
    with book.atomic():
        book.conn.execute("INSERT INTO settings (key, value, created_at, updated_at) "
                          "VALUES ('reminders.no_contact_days', '{not json', '', '')")
    assert settings.get(book, "reminders.no_contact_days") == {"A": 14, "B": 30, "C": 90}


@pytest.mark.parametrize("values", [
    {"currency": "CNY"},                            # not registered
    {"shop.name": 12},                              # not a text
    {"reminders.skip_holidays": "1"},               # a text for a bool
    {"reminders.skip_holidays": None},
    {"language": "en"},                             # this PC's, not the book's
    {"shop.name": "好名字", "reminders.skip_holidays": 2},  # one bad value spoils the lot
])
def test_unknown_keys_and_wrong_types_are_refused_and_nothing_is_written(book, values):
    before = book.scalar("SELECT count(*) FROM settings")
    with pytest.raises(ValidationError):
        settings.set_settings(book, values)
    assert book.scalar("SELECT count(*) FROM settings") == before
    assert settings.get(book, "shop.name") == ""
    with pytest.raises(KeyError):
        settings.get(book, "currency")


def test_a_salesperson_or_manager_cannot_change_the_shops_settings(book):
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    manager = users.add_user(book, name="王经理", role="manager", password="mgr")
    for user in (sales, manager):
        book.user_id = user
        for key, value in [("alerts.words", ["回扣"]), ("grading.rules", {}),
                           ("deals.lost_reasons", ["price"]), ("shop.name", "小李的店"),
                           ("reminders.skip_holidays", True)]:
            assert settings.entry(key).action == "settings.change"
            with pytest.raises(PermissionDenied):
                settings.set_settings(book, {key: value})
            assert not settings.is_set(book, key)
    # what Kehu writes by itself on anyone's behalf
    settings.set_settings(book, {"grading.last_applied": "2026-03"})
    assert settings.get(book, "grading.last_applied") == "2026-03"


def test_every_book_setting_has_a_label_for_the_history():
    from models.core import settings as registry

    unnamed = [s.key for s in registry.REGISTRY.values() if s.where == registry.BOOK and not s.label]
    assert unnamed == []
    assert registry.label_of("shop.name") == "Shop name"
    assert registry.label_of("no.such.key") == "no.such.key"

"""Every text a user sees follows one language: run in Chinese and in English and look for
the other language's letters in what the book's own words become on screen."""

from __future__ import annotations

import re

import pytest

from models import deals, reminders
from models.core import changelog
from models.customers import operations
from tests.qt_helpers import speaking
from views.steps import op_title

LATIN = re.compile(r"[A-Za-z]")
HAN = re.compile(r"[\u4e00-\u9fff]")
NAMES = {"zh_CN": "杭州合众陶瓷有限公司", "en": "Hezhong Ceramics"}


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_undoing_a_rule_reminder_names_it_in_the_users_language(qapp, book, language):
    name = NAMES[language]
    cid = operations.add_customer(book, data={"name": name, "next_follow_up": "2026-12-10"})
    rid = book.scalar("SELECT id FROM reminders WHERE customer_id = ? AND kind = 'follow_up'",
                      (cid,))
    assert rid
    reminders.complete_reminder(book, reminder_id=rid)
    step = changelog.undo_stack(book, 1)[0]
    with speaking(language):
        text = op_title(step["name"], step["label"])
    assert name in text
    rest = text.replace(name, "")
    if language == "zh_CN":
        assert not LATIN.search(rest), text
    else:
        assert not HAN.search(rest), text
        assert "Follow up" in rest


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_default_stages_read_in_one_language(qapp, book, language):
    from PySide6.QtCore import QCoreApplication

    with speaking(language):
        names = [deals.stage_label(s, QCoreApplication.translate) for s in deals.stages(book)]
    assert len(names) == 5
    for n in names:
        assert not (LATIN if language == "zh_CN" else HAN).search(n), n
    if language == "en":
        assert "Needs confirmed" not in names  # it was not English

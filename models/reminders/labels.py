"""The reminders' constants, error texts and the titles rules give their reminders."""

from __future__ import annotations

import datetime as dt

# chinese-calendar rather than a holiday table of our own: the official make-up working days
# (调休) and the holiday dates change every year, and the library is maintained from the State
# Council's yearly notice. Years it does not know yet are treated as having no holidays.
from models.core import ids, settings
from models.core.errors import QT_TRANSLATE_NOOP as T

MORNING = dt.time(9, 0)
PRIORITIES = ("low", "normal", "high")
KINDS = ("manual", "follow_up", "repurchase", "stall", "no_contact", "overdue")
UNITS = ("day", "week", "month", "year")
SNOOZE_CHOICES = ("15m", "1h", "tomorrow", "next_workday", "date")
FIELDS = ("title", "due_at", "owner_id", "customer_id", "deal_id", "priority", "notes",
          "recurrence", "kind")
SKIP_HOLIDAYS = settings.SKIP_HOLIDAYS.key
NO_CONTACT_DAYS = settings.NO_CONTACT_DAYS.key
DEFAULT_NO_CONTACT_DAYS = settings.default(NO_CONTACT_DAYS)
RULES_OP = "reminder_rules"

TITLE_REQUIRED = T("errors", "The reminder needs a title.")
DUE_REQUIRED = T("errors", "Choose when the reminder is due.")
BAD_DUE = T("errors", "{value} is not a date and time (write it as 2024-01-31 09:00).")
BAD_PRIORITY = T("errors", "The priority must be low, normal or high.")
BAD_KIND = T("errors", "Unknown kind of reminder: {value}.")
BAD_EVERY = T("errors", "Repeat every 1 or more days, weeks, months or years.")
BAD_WEEKDAYS = T("errors", "Choose the weekdays from Monday to Sunday.")
BAD_MONTHDAY = T("errors", "The day of the month must be from 1 to 31.")
NO_SUCH_REMINDER = T("errors", "There is no such reminder.")
ALREADY_DONE = T("errors", "This reminder is already done.")
STILL_OPEN = T("errors", "This reminder is still open.")
BAD_SNOOZE_CHOICE = T("errors", "Choose when to be reminded again.")
SNOOZE_PAST = T("errors", "Choose a time after now.")
BAD_NO_CONTACT_DAYS = T("errors", "The days without contact must be a whole number, 0 or more.")
NO_SUCH_USER = T("errors", "There is no such user.")
NO_SUCH_CUSTOMER = T("errors", "There is no such customer, or it is in the trash.")
NO_SUCH_DEAL = T("errors", "There is no such deal.")

RULE_TITLES = {
    "stall": T("reminders", "Stalled deal: {deal}"),
    "no_contact": T("reminders", "No contact since {date}: {customer}"),
    "follow_up": T("reminders", "Follow up {customer}"),
    "overdue": T("reminders", "Payment due {date} not received: {customer}"),
    "repurchase": T("reminders", "Next order expected {date}: {customer}"),
}
# Reminders named by what they are about (their rule_key's first part) rather than their kind:
# the call after a service ticket is resolved (models.tickets), "satisfaction:<ticket>:<number>".
KEY_TITLES = {
    "satisfaction": T("reminders", "Call {customer} about ticket {date}: how satisfied are they?"),
    # models.team.pool's warnings, "pool:<customer>:<day>" (no logged contact) and
    # "pool_deal:<customer>:<day>" (no order or won deal); the day it goes back to the pool
    "pool": T("reminders", "No contact logged: {customer} goes back to the public pool on {date}"),
    "pool_deal": T("reminders", "No order or won deal: {customer} goes back to the public pool "
                                "on {date}"),
}

# models.team.pool's digest, "digest_pool:<salesperson>:<n>:<day made>": n customers at once
POOL_DIGEST_TITLE = T("reminders", "{n} customers go back to the public pool soon")

COLUMNS = ("id", "title", "due_at", "first_due_at", "owner_id", "customer_id", "deal_id",
            "priority", "notes", "status", "done_at", "done_by", "recurrence", "kind", "rule_key",
            "previous_id", "moved_from", "created_at", "updated_at")
# notified_at is left to its default on insert and so is not part of the audited row: the tray
# marking a new reminder as shown must not stop its creation being undone.


def untranslated(context: str, text: str) -> str:
    return text


new_id = ids.new_id
# Rules whose reminder is about one thing that never changes (a deal's stall from a day, a
# customer's silence since a day): its id comes from its rule_key, the same on every PC.
# A follow-up reminder moves with the customer's date (its rule_key changes), so its id is
# random: a new one for a date it once had must not take the id of the one that moved.
# (A "repurchase" reminder made by hand has no rule_key and a random id.)
DERIVED_KINDS = ("stall", "no_contact", "overdue", "repurchase")


def rule_key_range(prefix: str, alias: str = "r") -> str:
    """SQL: the rule_key starts with prefix (the partial index reminders_rule's range)."""
    end = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return f"{alias}.rule_key != '' AND {alias}.rule_key >= '{prefix}' AND {alias}.rule_key < '{end}'"

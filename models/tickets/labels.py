"""Tickets' constants, error texts and the labels a view shows for kinds, priorities and
states."""
from __future__ import annotations

import datetime as dt

from models.core.errors import QT_TRANSLATE_NOOP as T

KINDS = ("complaint", "request", "repair", "return", "question")
PRIORITIES = ("low", "normal", "high", "urgent")
STATUSES = ("new", "in_progress", "waiting", "resolved", "closed")
OPEN = ("new", "in_progress", "waiting")  # not yet resolved
RUNNING = ("new", "in_progress")  # the SLA clock runs; it is paused while waiting
# Where a ticket may go from each state (resolved may be reopened until it is closed).
MOVES = {
    "new": ("in_progress", "waiting", "resolved"),
    "in_progress": ("waiting", "resolved"),
    "waiting": ("in_progress", "resolved"),
    "resolved": ("in_progress", "closed"),
    "closed": (),
}
FIELDS = ("customer_id", "order_id", "kind", "priority", "title", "description", "owner_id",
          "due_by")
# The time to resolve a ticket when nobody sets its due date, by priority.
DUE_HOURS = {"urgent": 4, "high": 24, "normal": 72, "low": 168}
END_OF_DAY = dt.time(18, 0)  # a due date given without a time: by the end of the working day
CALL_AFTER_DAYS = 1  # the satisfaction call: the next workday after it was resolved
UNHAPPY = 2  # a satisfaction of this or less alerts the owner
ALERT_WORD = "satisfaction"  # the alert's word (models.alerts), shown as ALERT_LABEL

KIND_LABELS = {
    "complaint": T("tickets", "Complaint"),
    "request": T("tickets", "Request"),
    "repair": T("tickets", "Repair"),
    "return": T("tickets", "Return"),
    "question": T("tickets", "Question"),
}
PRIORITY_LABELS = {
    "low": T("tickets", "Low"),
    "normal": T("tickets", "Normal"),
    "high": T("tickets", "High"),
    "urgent": T("tickets", "Urgent"),
}
STATUS_LABELS = {
    "new": T("tickets", "New"),
    "in_progress": T("tickets", "In progress"),
    "waiting": T("tickets", "Waiting for the customer"),
    "resolved": T("tickets", "Resolved"),
    "closed": T("tickets", "Closed"),
}
OVERDUE_LABEL = T("tickets", "Overdue")
ALERT_LABEL = T("tickets", "Unhappy customer")
# The alert keeps the call as written, in no language: "T20260302-D4P-01 · 送货晚了 · 2/5 · note"
ALERT_CONTEXT = "{number} · {title} · {score}/5 · {note}"
TIMELINE_TEXTS = {
    "new": T("tickets", "Ticket {number} opened: {title}"),
    "in_progress": T("tickets", "Ticket {number} in progress"),
    "waiting": T("tickets", "Ticket {number} waiting for the customer"),
    "resolved": T("tickets", "Ticket {number} resolved: {note}"),
    "closed": T("tickets", "Ticket {number} closed"),
    "satisfaction": T("tickets", "Ticket {number}: satisfaction {score}/5 {note}"),
}

TITLE_REQUIRED = T("errors", "The ticket needs a title: what is the customer's problem?")
BAD_KIND = T("errors", "Unknown kind of ticket: {value}.")
BAD_PRIORITY = T("errors", "The priority must be low, normal, high or urgent.")
BAD_STATUS = T("errors", "Unknown ticket state: {value}.")
BAD_MOVE = T("errors", "Ticket {number} cannot go from “{old}” to “{new}”.")
BAD_DUE = T("errors", "{value} is not a date (write it as 2024-01-31 or 2024-01-31 18:00).")
RESOLUTION_REQUIRED = T("errors", "Write down how the ticket was resolved.")
NO_SUCH_TICKET = T("errors", "There is no such ticket.")
NO_SUCH_CUSTOMER = T("errors", "There is no such customer, or it is in the trash.")
NO_SUCH_ORDER = T("errors", "There is no such order of this customer.")
NO_SUCH_USER = T("errors", "There is no such user.")
BAD_SCORE = T("errors", "The satisfaction must be a whole number from 1 to 5.")
NOT_RESOLVED = T("errors", "Ticket {number} is not resolved yet: the satisfaction call comes "
                           "after it is resolved.")


def _identity(context: str, text: str) -> str:
    return text


def label(table: dict, key: str, translate=None) -> str:
    """The label of key in one of the tables above, translated when translate is given."""
    text = table.get(key)
    return (translate or _identity)("tickets", text) if text else key

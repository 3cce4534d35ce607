"""Reminders: set by hand, recurring, and opened by rules (stalled deals, silent customers,
customers' next follow-up dates); the agenda; what the tray should show.

Times: due_at is an ISO date-time with the local offset (like clock.now_iso()); its first ten
characters are the local date. Day-level questions (due today, overdue days) compare due_at with
bare "YYYY-MM-DD" strings, which sort before every time of that day, so the indexes answer them.
A date given without a time ("2025-03-03") means 09:00 that day (MORNING).

first_due_at is the time a reminder was set for; snoozing and holiday shifting move due_at only.
A recurring reminder's next one is computed from first_due_at, so snoozing never drifts the
series. moved_from is the date a reminder was moved away from because it fell on a public holiday
(setting "reminders.skip_holidays").

Rules (run_rules) open reminders that name what they remind of in rule_key; a rule never opens a
second reminder for a rule_key that exists (open, done or deleted):
  stall:<deal id>:<stall start date>        a stalled deal (models.deals stall logic)
  no_contact:<customer id>:<last contact>   an A/B/C customer silent for too long
  digest:<owner>:<grade>:<days>:<n>:<date>  many silent customers of one person at once
                                            (models.reminders.digest: grace period, digest)
  digest_<kind>:<owner>:<n>:<date>          many stalls, past follow-up dates, overdue
                                            payments or late repurchases of one person at
                                            once (models.reminders.backlog)
  follow_up:<customer id>:<date>            the customer's next_follow_up date
  overdue:<plan row id>:<due date>          a payment plan row not paid when due (models.orders)
  repurchase:<customer id>:<expected date>  a regular customer's next order is late
The follow-up reminder follows the customer's field: operations.add_customer/update_customer keep
it in step at once (sync_follow_up); run_rules catches what was written otherwise (imports).
Rule reminders store an English title for the command line and exports; views show title(r, tr).
"""

from models.reminders.backlog import (  # noqa: F401
    digest_items,
    is_backlog,
)
from models.reminders.dates import (  # noqa: F401
    as_local,
    clean_recurrence,
    is_workday,
    iso_seconds,
    morning_of,
    next_due,
    next_workday,
    placed,
    shift_for_holidays,
    skip_holidays,
)
from models.reminders.digest import (  # noqa: F401
    DIGEST_AT,
    DIGEST_TITLE,
    digest_customers,
    is_digest,
    parse_digest_key,
    rules_since,
)
from models.reminders.labels import (  # noqa: F401
    ALREADY_DONE,
    BAD_DUE,
    BAD_EVERY,
    BAD_KIND,
    BAD_MONTHDAY,
    BAD_NO_CONTACT_DAYS,
    BAD_PRIORITY,
    BAD_SNOOZE_CHOICE,
    BAD_WEEKDAYS,
    COLUMNS,
    DEFAULT_NO_CONTACT_DAYS,
    DERIVED_KINDS,
    DUE_REQUIRED,
    FIELDS,
    KEY_TITLES,
    KINDS,
    MORNING,
    NO_CONTACT_DAYS,
    NO_SUCH_CUSTOMER,
    NO_SUCH_DEAL,
    NO_SUCH_REMINDER,
    NO_SUCH_USER,
    PRIORITIES,
    RULE_TITLES,
    RULES_OP,
    SKIP_HOLIDAYS,
    SNOOZE_CHOICES,
    SNOOZE_PAST,
    STILL_OPEN,
    TITLE_REQUIRED,
    UNITS,
    rule_key_range,
    untranslated,
)
from models.reminders.operations import (  # noqa: F401
    add_reminder,
    complete_reminder,
    delete_reminder,
    follow_up_title,
    mark_notified,
    new_row,
    no_contact_days,
    parse_due,
    reopen_reminder,
    set_no_contact_days,
    set_skip_holidays,
    snooze_reminder,
    sync_follow_up,
    update_reminder,
)
from models.reminders.reads import (  # noqa: F401
    agenda,
    due,
    due_count,
    reminder,
    reminders_of_customer,
    reminders_of_deal,
    title,
    to_notify,
)
from models.reminders.rules import (  # noqa: F401
    run_rules,
)

"""Service tickets (工单): a customer's complaint or request, who handles it and by when,
new -> in progress -> waiting for the customer (the SLA clock paused) -> resolved -> closed,
and the satisfaction call after it is resolved (a reminder through models.reminders; 1-2
alerts the owner). SLA time and being overdue are derived when read (models.tickets.sla).
Qt-free; every write an operation through Book.operation; permissions "tickets.edit" and
"tickets.delete" (models.core.permissions)."""

from models.tickets import sla  # noqa: F401
from models.tickets.labels import (  # noqa: F401
    ALERT_LABEL,
    ALERT_WORD,
    KIND_LABELS,
    KINDS,
    MOVES,
    OPEN,
    OVERDUE_LABEL,
    PRIORITIES,
    PRIORITY_LABELS,
    STATUS_LABELS,
    STATUSES,
    label,
)
from models.tickets.operations import (  # noqa: F401
    add_ticket,
    delete_ticket,
    next_number,
    parse_due,
    record_satisfaction,
    set_ticket_status,
    update_ticket,
)
from models.tickets.reads import (  # noqa: F401
    month_stats,
    ticket,
    tickets_of_customer,
    timeline_entries,
    timeline_text,
)

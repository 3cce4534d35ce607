"""The sales pipeline: stages, deals on a board, stalls and the forecast.

Reading functions return plain dicts ("card dicts") for the board and lists; every write is a
named, keyword-only operation (Book.operation) whose rows are audited, so models.core.changelog.undo
and redo replay it. Qt-free: texts are English source strings marked with T(context, text).

Dates: stage_entered_at and interaction times are ISO date-times; their first ten characters are
the local date. "Today" is models.core.clock.today(), injectable in tests.

Stalls: an open deal's last activity is the later of the day it entered its stage and its
customer's latest interaction. It is stalled when more than the stage's stall_days have passed
since then (stall_days 0 turns stalls off for that stage) and it is not snoozed
(stall_snoozed_until >= today). The stall "starts" on last activity + stall_days;
models.reminders.run_rules opens one reminder for the deal's owner per start (its rule_key
names the deal and the start). A new interaction or a stage change moves the last activity, so
a later stall has another start and another reminder. (deals.stall_followed is no longer
written: the rule_key remembers which stalls were followed up.)
"""


from models.deals.checks import missing_requirements  # noqa: F401
from models.deals.labels import (  # noqa: F401
    ALERTED,
    BAD_ORDER,
    BAD_PROBABILITY,
    BAD_REQUIREMENT,
    BAD_SNOOZE,
    BAD_STALL_DAYS,
    COLUMNS,
    CUSTOMER_REQUIRED,
    DEAL_CLOSED,
    DEAL_FIELDS,
    DEAL_OPEN,
    FIELD_LABELS,
    LAST_STAGE,
    LOST_REASONS,
    LOST_REASONS_SETTING,
    MOVE_TO_ITSELF,
    NEGATIVE_AMOUNT,
    NO_SUCH_CUSTOMER,
    NO_SUCH_DEAL,
    NO_SUCH_STAGE,
    NO_SUCH_USER,
    REASON_LABELS,
    REASON_REQUIRED,
    REASONS_REQUIRED,
    RENUMBER_GAP,
    REQUIRABLE,
    REQUIREMENTS_MISSING,
    STAGE_EXISTS,
    STAGE_NAME_REQUIRED,
    STAGE_NAMES,
    STATUS_LABELS,
    STATUSES,
    TITLE_REQUIRED,
    RequirementsMissing,
    field_label,
    reason_label,
    stage_label,
    status_label,
)
from models.deals.operations import (  # noqa: F401
    add_deal,
    delete_deal,
    lose_deal,
    may_change,
    move_deal,
    reopen_deal,
    set_stall_reason,
    snooze_stall,
    update_deal,
    win_deal,
)
from models.deals.reads import (  # noqa: F401
    board,
    deal,
    deal_history,
    deals_of_customer,
    forecast,
    list_deals,
    lost_reasons,
    main_currency,
    stages,
    stalled_deals,
)
from models.deals.stage_settings import (  # noqa: F401
    add_stage,
    delete_stage,
    reorder_stages,
    set_lost_reasons,
    update_stage,
)

"""The pipeline's constants, error texts and the labels a view shows for stages, statuses,
lost reasons and fields."""
from __future__ import annotations

from models.core import settings
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError

DEAL_FIELDS = ("title", "customer_id", "amount", "currency", "expected_close", "probability",
               "owner_id", "source", "next_step", "notes", "products")
ALERTED = ("notes", "next_step")  # the free text scanned for risk words (models.alerts)
REQUIRABLE = ("amount", "expected_close", "next_step", "products", "source", "notes")
COLUMNS = {"amount": "amount_minor"}  # the column of a field whose name differs
LOST_REASONS = tuple(settings.LOST_REASONS.default)
STATUSES = ("open", "won", "lost")
LOST_REASONS_SETTING = settings.LOST_REASONS.key
RENUMBER_GAP = 1e-6

STAGE_NAMES = {
    "initial": T("stages", "Initial contact"),
    "needs": T("stages", "Requirements confirmed"),
    "proposal": T("stages", "Proposal/quote"),
    "negotiation": T("stages", "Negotiation"),
    "contract": T("stages", "Contract signing"),
}
STATUS_LABELS = {
    "open": T("deals", "Open"),
    "won": T("deals", "Won"),
    "lost": T("deals", "Lost"),
}
REASON_LABELS = {
    "price": T("deals", "Price"),
    "competitor": T("deals", "Competitor"),
    "no_budget": T("deals", "No budget"),
    "went_silent": T("deals", "Went silent"),
    "private_deal": T("deals", "Private deal suspected"),
    "other": T("deals", "Other"),
}
FIELD_LABELS = {
    "title": T("deals", "Title"),
    "customer_id": T("deals", "Customer"),
    "amount": T("deals", "Amount"),
    "currency": T("deals", "Currency"),
    "expected_close": T("deals", "Expected close"),
    "probability": T("deals", "Probability"),
    "owner_id": T("deals", "Owner"),
    "source": T("deals", "Source"),
    "next_step": T("deals", "Next step"),
    "notes": T("deals", "Notes"),
    "products": T("deals", "Products"),
}

TITLE_REQUIRED = T("errors", "The deal needs a title.")
CUSTOMER_REQUIRED = T("errors", "Choose the customer of the deal.")
NO_SUCH_CUSTOMER = T("errors", "There is no such customer, or it is in the trash.")
NEGATIVE_AMOUNT = T("errors", "The amount cannot be less than 0.")
BAD_PROBABILITY = T("errors", "The probability must be a whole number from 0 to 100.")
NO_SUCH_USER = T("errors", "There is no such user.")
NO_SUCH_DEAL = T("errors", "There is no such deal.")
NO_SUCH_STAGE = T("errors", "There is no such stage.")
DEAL_CLOSED = T("errors", "This deal is already won or lost; reopen it first.")
DEAL_OPEN = T("errors", "This deal is still open.")
REASON_REQUIRED = T("errors", "Choose why the deal was lost.")
REQUIREMENTS_MISSING = T("errors", "This stage needs: {fields}")
STAGE_NAME_REQUIRED = T("errors", "The stage needs a name.")
STAGE_EXISTS = T("errors", "There is already a stage called {value}.")
BAD_STALL_DAYS = T("errors", "The days before a deal counts as stalled must be 0 or more.")
BAD_REQUIREMENT = T("errors", "A stage cannot require {value}.")
LAST_STAGE = T("errors", "The pipeline needs at least one stage.")
MOVE_TO_ITSELF = T("errors", "Choose another stage for the deals of the deleted stage.")
BAD_ORDER = T("errors", "The new order must list every stage once.")
REASONS_REQUIRED = T("errors", "Keep at least one reason for lost deals.")
BAD_SNOOZE = T("errors", "Snooze for at least one day.")


class RequirementsMissing(ValidationError):
    """The target stage needs fields or checklist items the deal does not have yet."""

    def __init__(self, missing: dict) -> None:
        self.missing = missing
        super().__init__(missing["fields"][0] if missing["fields"] else "checklist",
                         REQUIREMENTS_MISSING, fields=_missing_text(missing, None))

    def render(self, translate=None) -> str:
        text = translate(self.context, self.message) if translate else self.message
        return text.format(fields=_missing_text(self.missing, translate))


def _missing_text(missing: dict, translate) -> str:
    names = [field_label(k, translate) for k in missing["fields"]]
    return ", ".join([*names, *missing["checklist"]])


# -- labels ------------------------------------------------------------------------------
def _identity(context: str, text: str) -> str:
    return text


def stage_label(stage: dict, translate=None) -> str:
    """The name the user sees: the owner's name for it, else the translated default name."""
    if stage.get("name"):
        return stage["name"]
    default = STAGE_NAMES.get(stage.get("key", ""))
    if default is None:
        return stage.get("key", "")
    return (translate or _identity)("stages", default)


def reason_label(reason: str, translate=None) -> str:
    label = REASON_LABELS.get(reason)
    return (translate or _identity)("deals", label) if label else reason


def field_label(key: str, translate=None) -> str:
    label = FIELD_LABELS.get(key)
    return (translate or _identity)("deals", label) if label else key


def status_label(status: str, translate=None) -> str:
    return (translate or _identity)("deals", STATUS_LABELS.get(status, status))

"""The customer panel beside the customer list (CustomerDetail), made of parts that each show
one thing: the header, the fields, the contact people, the deals, the reminders, the timeline
with its follow-up offer, and the history."""

from views.customer_detail.panel import CustomerDetail

__all__ = ["CustomerDetail"]

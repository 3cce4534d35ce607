"""Customers: their operations, contact people, the contact log, custom fields, the list
queries, search, the per-customer history and the export."""

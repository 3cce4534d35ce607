"""Team sync through a shared folder: every PC keeps its own book and publishes its changes
as encrypted segment files; the others merge them field by field (models.sync.merge)."""

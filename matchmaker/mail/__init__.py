"""Mail: the transactional outbox, the per-process sender, preferences and reminders."""

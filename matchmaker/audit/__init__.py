"""The audit log: what an event's organisers did, by whom and when."""

"""An event's organiser accounts (its team): owners and staff who use the organiser console."""

"""Mail as people read it (texts in their language, links to the attendee app), and the
pages mail links open that need no sign-in (unsubscribe)."""

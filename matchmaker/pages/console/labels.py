"""Words for the codes the console shows: audit actions. Marked for translation here,
translated when a page is rendered; an action without a label is shown as its code."""

from __future__ import annotations

from matchmaker.pages.i18n import N_

AUDIT_ACTIONS = {
    "console.signed_in": N_("Signed in to the console"),
    "team.member_added": N_("Added a team member"),
    "team.role_changed": N_("Changed a team member's role"),
    "team.member_removed": N_("Removed a team member"),
    "team.link_issued": N_("Made a new sign-in link for a team member"),
    "attendee.created": N_("Added an attendee"),
    "attendee.updated": N_("Edited an attendee"),
    "attendee.erased": N_("Erased an attendee"),
    "attendee.link_issued": N_("Made a new sign-in link for an attendee"),
    "attendees.imported": N_("Imported attendees"),
    "match_settings.changed": N_("Changed the match settings"),
    "schedule.applied": N_("Applied a schedule"),
    "event.updated": N_("Changed the event details"),
    "organisation_types.changed": N_("Changed the organisation types"),
    "session.created": N_("Added a networking session"),
    "session.updated": N_("Changed a networking session"),
    "invitations.sent": N_("Invited attendees by mail"),
    "mail_settings.changed": N_("Changed the mail settings"),
}

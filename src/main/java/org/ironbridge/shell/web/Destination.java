package org.ironbridge.shell.web;

import java.util.List;

/** A capability's front page as navigation shows it; shown only to people the policy lets in. */
record Destination(String label, String path, String description) {

    static final String NOTIFICATIONS = "/notifications";

    static final List<Destination> ALL = List.of(
            new Destination("Home", "/", "What you can do in Ironbridge."),
            new Destination("Ideas", "/ideas",
                    "Submit an idea to make policing better, follow where yours stands, and search the force's ideas."),
            new Destination("Triage", "/ideas/triage",
                    "Answer the force's ideas: the triage queue with its service level, routing, checks, notes and outcomes."),
            new Destination("Shortlist", "/prioritisation/shortlist",
                    "Score ideas under assessment, compare assessors' scores and rank the shortlist."),
            new Destination("Ideas settings", "/ideas/settings",
                    "How the force's ideas portal works: service level, decline reasons, flagged terms, routing rules "
                            + "and the scoring criteria."),
            new Destination("Portfolio", "/portfolio",
                    "The force's change initiatives: their stage, the board that governs them, delivery confidence "
                            + "and who is accountable."),
            new Destination("Boards", "/governance/boards",
                    "The Change Board, the Design and Delivery Board and Project Boards: members, quorum, terms of "
                            + "reference and every decision on record."),
            new Destination("AI register", "/assurance",
                    "Every AI or algorithmic system the force has been asked for or offered: its assessment, DPIA, "
                            + "impact assessment, compliance test, Ethics Panel advice and monitoring."),
            new Destination("Users", "/admin/users",
                    "See who can use Ironbridge in your force; change their roles, unit and vetting; deactivate accounts."),
            new Destination("Audit trail", "/audit",
                    "Search every change, consultation and disclosure, and verify that the trail has not been tampered with."),
            new Destination("Notifications", NOTIFICATIONS,
                    "What has happened to the ideas you submitted or follow, and comments on your ideas."),
            new Destination("Your account", "/account", "Your roles, unit and vetting as Ironbridge holds them."));
}

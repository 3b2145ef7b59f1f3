package org.ironbridge.portfolio;

/**
 * How much an initiative's RAID log holds: open risks, issues not yet resolved, all assumptions, all
 * dependencies, and the dependencies that are late (past their needed-by date and not met, or waiting
 * on an initiative forecast to finish after it is needed, or marked late).
 */
public record RaidCounts(int openRisks, int openIssues, int assumptions, int dependencies, int lateDependencies) {
}

/**
 * Three-tier governance: the Change Board, the Design and Delivery Board and Project Boards, their
 * members and quorum, and the decision record at the heart of it: append-only decisions, superseded
 * but never edited, searchable across every board.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package org.ironbridge.governance;

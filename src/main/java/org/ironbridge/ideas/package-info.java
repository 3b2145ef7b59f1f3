/**
 * The Improvement and Innovation Portal: any member of staff submits an idea, saves it as a draft or
 * submits it, and finds the force's published ideas by full-text search. Triage, scoring and the hand-over
 * of approved ideas to the portfolio build on this.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ideas")
package org.ironbridge.ideas;

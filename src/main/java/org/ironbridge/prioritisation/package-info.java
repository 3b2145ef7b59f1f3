/**
 * Prioritisation: assessors score ideas under assessment with RICE, ICE, WSJF, MoSCoW and the force's weighted
 * scoring matrix; the scores are compared between assessors, ranked into a shortlist and placed on a
 * value-versus-effort matrix. Reads ideas only through {@link org.ironbridge.ideas.Ideas}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prioritisation")
package org.ironbridge.prioritisation;

/**
 * The change portfolio: initiatives with an accountable Senior Responsible Owner, their stage in a
 * lifecycle proportionate to their type and tier, their delivery confidence and RAG, the business
 * areas they touch and the Police and Crime Plan objectives they serve.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package org.ironbridge.portfolio;

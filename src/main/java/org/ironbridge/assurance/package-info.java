/**
 * AI and data assurance: the force's AI register, each system's formal assessment and design principles,
 * its DPIA and Algorithmic Impact Assessment, the compliance test against the law, Ethics Panel referrals
 * and advice, validation, monitoring and decommissioning, and the public transparency record. Assurance
 * outcomes are evidence at the portfolio's gates and in the Change Papers that bring AI to the Change Board.
 */
@org.springframework.modulith.ApplicationModule(displayName = "AI and data assurance")
package org.ironbridge.assurance;

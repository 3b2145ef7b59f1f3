/** Forces, organisation units and people: who works where, with which roles and vetting. */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.ironbridge.people;

/**
 * The one access policy. Every page and API route, and every protected record, is decided here from
 * the person's roles and attributes, their relationship to the record and its classification.
 * Anything not explicitly allowed is denied.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access policy")
package org.ironbridge.access;

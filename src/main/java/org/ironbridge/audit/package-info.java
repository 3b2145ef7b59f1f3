/**
 * The tamper-evident audit trail: every state change, consultation of sensitive records, and
 * disclosure is recorded in the caller's transaction, as a hash chain that can be verified.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.ironbridge.audit;

/**
 * Running Ironbridge: the embedded PostgreSQL of a first run, the production guard, the clock and
 * the command-line entry points.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.ironbridge.platform;

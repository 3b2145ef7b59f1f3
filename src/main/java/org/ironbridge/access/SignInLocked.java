package org.ironbridge.access;

import java.time.Instant;

/** An account name was locked after repeated failed sign-ins; published whether or not the account exists. */
public record SignInLocked(String username, String address, Instant lockedUntil) {
}

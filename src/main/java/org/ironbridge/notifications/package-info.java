/**
 * In-app notifications: short notices to one person (an idea they follow moved on, someone commented on
 * their idea), listed newest first with the unread ones marked, and counted in the header.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.ironbridge.notifications;

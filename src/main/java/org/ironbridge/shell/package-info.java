/**
 * The web shell: the GOV.UK page layout, navigation by capability, the home page, error pages, and
 * the form-error conventions every module's pages share.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.ironbridge.shell;

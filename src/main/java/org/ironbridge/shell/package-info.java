/** The web shell: the GOV.UK page layout, navigation by capability, the home page and the error pages. */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.ironbridge.shell;

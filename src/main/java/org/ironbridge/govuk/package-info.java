/**
 * The GOV.UK Design System conventions every module's forms share: errors shaped for the error
 * summary, component options for the Thymeleaf fragments in templates/govuk, and text cleaning.
 * Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "GOV.UK form conventions")
package org.ironbridge.govuk;

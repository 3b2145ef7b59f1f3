package org.ironbridge.portfolio.internal;

import java.util.Set;

import org.ironbridge.govuk.FormErrors;

/**
 * The outcome of a delivery form: what was saved and the tolerances the change has newly breached,
 * or the errors to show with the input kept.
 */
public record DeliveryOutcome<T>(T saved, FormErrors errors, Set<Tolerance> newlyBreached) {

    static <T> DeliveryOutcome<T> refused(FormErrors errors) {
        return new DeliveryOutcome<>(null, errors, Set.of());
    }

    static <T> DeliveryOutcome<T> saved(T saved, Set<Tolerance> newlyBreached) {
        return new DeliveryOutcome<>(saved, new FormErrors(), newlyBreached);
    }
}

package org.ironbridge.assurance.internal;

import java.util.Map;

/** Single values of a submitted form's parameters, read from the request's parameter map. */
final class FormParams {

    private FormParams() {
    }

    static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** The version a form was opened at: null when absent, -1 when forged so that it never matches. */
    static Integer version(Map<String, String[]> params) {
        String version = first(params, "version");
        try {
            return version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException forged) {
            return -1;
        }
    }
}

package org.ironbridge.govuk;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A form refused over the API: RFC 9457 problem details, 422, with the same reasons per field as the page shows. */
public final class FormProblems {

    private FormProblems() {
    }

    public static ResponseEntity<ProblemDetail> unprocessable(String refused, FormErrors errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.summary().forEach(e -> byField.put(String.valueOf(e.get("href")).replace("#", ""), String.valueOf(e.get("text"))));
        return unprocessable(refused, byField);
    }

    public static ResponseEntity<ProblemDetail> unprocessable(String refused, Map<String, String> byField) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                refused + ": " + String.join("; ", byField.values()));
        problem.setProperty("errors", byField);
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}

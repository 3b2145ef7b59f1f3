package org.ironbridge.access.internal;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** Refusals: RFC 9457 problem details for the API, the human error pages for everything else. */
final class ProblemResponses {

    static final String REASON_ATTRIBUTE = "ironbridge.error.reason";

    private ProblemResponses() {
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    static final class Unauthorised implements AuthenticationEntryPoint {
        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response,
                             AuthenticationException authException) throws IOException {
            problem(response, 401, "Unauthorized", "Sign in to use the Ironbridge API.");
        }
    }

    static final class Denied implements AccessDeniedHandler {
        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response,
                           AccessDeniedException denied) throws IOException {
            boolean csrf = denied instanceof CsrfException;
            if (SecurityConfiguration.API.matches(request)) {
                problem(response, 403, "Forbidden", csrf
                        ? "The request's CSRF token is missing or invalid."
                        : "Your roles do not allow this request.");
                return;
            }
            request.setAttribute(REASON_ATTRIBUTE, csrf ? "csrf" : "forbidden");
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 403);
            response.sendError(403);
        }
    }
}

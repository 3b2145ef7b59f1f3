package org.ironbridge.shell.web;


import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Human error pages for people and problem details for the API: never a stack trace, never the
 * framework's default page. The status is kept; only what is safe to say is said.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final String REASON_ATTRIBUTE = "ironbridge.error.reason";

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = status(request);
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("reason", request.getAttribute(REASON_ATTRIBUTE));
        return switch (status) {
            case 404, 405 -> "error/not-found";
            case 403 -> "csrf".equals(request.getAttribute(REASON_ATTRIBUTE)) ? "error/expired-form" : "error/forbidden";
            case 413 -> "error/too-large";
            case 400 -> "error/bad-request";
            default -> status >= 500 ? "error/problem" : "error/bad-request";
        };
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setDetail(switch (status) {
            case 401 -> "Sign in to use the Ironbridge API.";
            case 403 -> "Your roles do not allow this request.";
            case 404 -> "Nothing was found at this address.";
            default -> status >= 500 ? "Something went wrong on our side; it has been logged." : "The request could not be processed.";
        });
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && HttpStatus.resolve(value) != null) {
            return value;
        }
        return 404; // /error asked for directly: there is nothing to show
    }

}

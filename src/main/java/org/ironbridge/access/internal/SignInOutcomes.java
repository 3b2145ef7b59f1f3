package org.ironbridge.access.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the form with the username kept. Every failure other than a lockout
 * reads the same, so the form never tells whether an account exists.
 */
class SignInOutcomes implements AuthenticationFailureHandler {

    static final String KEPT_USERNAME = "ironbridge.signIn.username"; // shared with the sign-in page

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        if (username != null) {
            request.getSession().setAttribute(KEPT_USERNAME, username.length() > 200 ? username.substring(0, 200) : username);
        }
        String reason = exception instanceof ThrottledPasswordAuthentication.SignInLockedException ? "locked" : "failed";
        response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason);
    }
}

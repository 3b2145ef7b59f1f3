package org.ironbridge.access.internal;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.UrlPathHelper;

/**
 * Puts {@link AccessPolicy} in front of every request. A path that no rule names is denied, unless
 * no controller serves it either: then a signed-in person gets the honest "page not found".
 */
@Component
class PolicyAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    private static final String PROMETHEUS = "/actuator/prometheus";

    private final AccessPolicy policy;
    private final ObjectProvider<RequestMappingInfoHandlerMapping> handlers;
    private final String metricsToken;

    PolicyAuthorizationManager(AccessPolicy policy,
                               ObjectProvider<RequestMappingInfoHandlerMapping> handlers,
                               @Value("${ironbridge.metrics.token:}") String metricsToken) {
        this.policy = policy;
        this.handlers = handlers;
        this.metricsToken = metricsToken;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        String method = request.getMethod();
        Subject subject = AccessPolicy.subjectOf(authentication.get());
        if (PROMETHEUS.equals(path) && scrapeTokenPresented(request)) {
            return new AuthorizationDecision(true);
        }
        if (policy.ruleFor(method, path).isPresent()) {
            return new AuthorizationDecision(policy.allowsRoute(subject, method, path));
        }
        return new AuthorizationDecision(subject != null && subject.active() && !servedByController(request));
    }

    private boolean scrapeTokenPresented(HttpServletRequest request) {
        return !metricsToken.isBlank() && ("Bearer " + metricsToken).equals(request.getHeader("Authorization"));
    }

    private boolean servedByController(HttpServletRequest request) {
        for (RequestMappingInfoHandlerMapping mapping : handlers) {
            try {
                HandlerExecutionChain chain = mapping.getHandler(request);
                if (chain != null) {
                    return true;
                }
            } catch (Exception wrongMethodOrMediaType) {
                return true;
            }
        }
        return false;
    }
}

package org.ironbridge.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One entry of the route table: requests with this method and path pattern are open to everyone
 * ({@code permission == null && open}), or need the permission (and {@code alsoNeeded} too, when given).
 */
public record RouteRule(String method, String pattern, Permission permission, boolean open, Permission alsoNeeded) {

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;
    private static final Map<String, PathPattern> PARSED = new ConcurrentHashMap<>();

    public static RouteRule open(String method, String pattern) {
        return new RouteRule(method, pattern, null, true, null);
    }

    public static RouteRule requires(String method, String pattern, Permission permission) {
        return new RouteRule(method, pattern, permission, false, null);
    }

    /** Both permissions: recording DPIAs, for example, needs the right to record and to read sensitive material. */
    public static RouteRule requiresBoth(String method, String pattern, Permission permission, Permission alsoNeeded) {
        return new RouteRule(method, pattern, permission, false, alsoNeeded);
    }

    public boolean matches(String requestMethod, String path) {
        boolean methodMatches = "*".equals(method) || method.equalsIgnoreCase(requestMethod)
                || ("GET".equals(method) && "HEAD".equalsIgnoreCase(requestMethod));
        return methodMatches && parsed().matches(PathContainer.parsePath(path));
    }

    private PathPattern parsed() {
        return PARSED.computeIfAbsent(pattern, PARSER::parse);
    }
}

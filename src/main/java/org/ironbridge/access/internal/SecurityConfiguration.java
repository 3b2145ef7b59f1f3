package org.ironbridge.access.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain for pages and API. Every request goes through {@link PolicyAuthorizationManager};
 * sign-in is by password (throttled) and, when a client registration is configured, by the force's
 * OpenID Connect provider.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain ironbridgeFilterChain(HttpSecurity http,
                                              PolicyAuthorizationManager policy,
                                              UserDetailsService people,
                                              PasswordEncoder passwordEncoder,
                                              SignInThrottle throttle,
                                              ObjectProvider<ClientRegistrationRepository> identityProviders,
                                              ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcPeople,
                                              @Value("${ironbridge.security.hsts:false}") boolean hsts) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(people);
        passwords.setPasswordEncoder(passwordEncoder);
        ClientRegistrationRepository registrations = identityProviders.getIfAvailable();

        http.authorizeHttpRequests(requests -> requests.anyRequest().access(policy))
                .authenticationProvider(new ThrottledPasswordAuthentication(passwords, throttle))
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .successHandler(new SavedRequestAwareAuthenticationSuccessHandler())
                        .failureHandler(new SignInOutcomes()))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessHandler(signedOut(registrations))
                        .deleteCookies("SESSION"))
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(entryPoints())
                        .accessDeniedHandler(new ProblemResponses.Denied()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(registrations)))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(sts -> {
                            if (hsts) {
                                sts.includeSubDomains(true).maxAgeInSeconds(31_536_000);
                            } else {
                                sts.disable();
                            }
                        }));
        if (registrations != null) {
            http.oauth2Login(oidc -> oidc
                    .loginPage("/sign-in")
                    .failureHandler(new SignInOutcomes())
                    .userInfoEndpoint(userInfo -> oidcPeople.ifAvailable(userInfo::oidcUserService)));
        }
        return http.build();
    }

    /**
     * Remembers for after sign-in only a page the person asked for. A font, image or script the browser
     * fetched while signed out must not become where signing in lands, nor race the page's own request
     * to write the same session attribute. Clients that do not say (no Sec-Fetch-Dest) are remembered.
     */
    private static RequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !API.matches(request)
                && (request.getHeader("Sec-Fetch-Dest") == null || "document".equals(request.getHeader("Sec-Fetch-Dest"))));
        return cache;
    }

    /** Pages send people to sign in; the API answers 401 with problem details. */
    private static AuthenticationEntryPoint entryPoints() {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byRequest = new LinkedHashMap<>();
        byRequest.put(API, new ProblemResponses.Unauthorised());
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byRequest);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in"));
        return entryPoint;
    }

    private static SimpleUrlLogoutSuccessHandler signedOut(ClientRegistrationRepository registrations) {
        if (registrations == null) {
            SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
            handler.setDefaultTargetUrl("/signed-out");
            return handler;
        }
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/signed-out");
        handler.setDefaultTargetUrl("/signed-out");
        return handler;
    }

    /** No inline script or style anywhere; forms may post only here, or to the identity provider. */
    static String contentSecurityPolicy(ClientRegistrationRepository registrations) {
        Set<String> formTargets = new LinkedHashSet<>();
        formTargets.add("'self'");
        if (registrations instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration registration) {
                    addOrigin(formTargets, registration.getProviderDetails().getAuthorizationUri());
                    Object endSession = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
                    if (endSession != null) {
                        addOrigin(formTargets, endSession.toString());
                    }
                }
            }
        }
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action " + String.join(" ", formTargets);
    }

    private static void addOrigin(Set<String> origins, String uri) {
        if (uri == null || uri.isBlank()) {
            return;
        }
        URI parsed = URI.create(uri);
        origins.add(parsed.getScheme() + "://" + parsed.getAuthority());
    }
}

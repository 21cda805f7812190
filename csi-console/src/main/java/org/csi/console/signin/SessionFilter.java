package org.csi.console.signin;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Finds the person behind every page request: the local session cookie (local run), or the OpenID Connect session
 * (production, where quarkus-oidc has already signed the person in). Without one, a page answers with a redirect to
 * the sign-in page. A form post from another site is refused (the session cookie is SameSite=Lax as well).
 */
public class SessionFilter {

    public static final String COOKIE = "csi_console_session";

    @Inject
    LocalSignIn localSignIn;

    @Inject
    SignedInPerson signedIn;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Optional<Response> findPerson(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/signin") || path.startsWith("/q/")) {
            return Optional.empty();
        }
        if (!"GET".equals(request.getMethod()) && !sameOrigin(request)) {
            return Optional.of(Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN)
                    .entity("Refused: this form was sent from another site.").build());
        }
        Optional<Person> person = fromOidc().or(() -> fromCookie(request.getCookies().get(COOKIE)));
        if (person.isPresent()) {
            signedIn.set(person.get());
            return Optional.empty();
        }
        URI target = UriBuilder.fromPath("/signin").queryParam("next", request.getUriInfo().getRequestUri()
                .getRawPath() + Optional.ofNullable(request.getUriInfo().getRequestUri().getRawQuery())
                        .map(q -> "?" + q).orElse("")).build();
        return Optional.of(Response.seeOther(target).build());
    }

    private Optional<Person> fromOidc() {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            return Optional.empty();
        }
        return Optional.of(new Person(identity.getPrincipal().getName(), new LinkedHashSet<>(identity.getRoles()),
                token.getToken()));
    }

    private Optional<Person> fromCookie(Cookie cookie) {
        if (cookie == null || !localSignIn.enabled()) {
            return Optional.empty();
        }
        return localSignIn.person(cookie.getValue());
    }

    /** Origin (or, without it, Referer) names this console's own host. */
    private static boolean sameOrigin(ContainerRequestContext request) {
        String host = request.getHeaderString(HttpHeaders.HOST);
        String origin = Optional.ofNullable(request.getHeaderString("Origin"))
                .orElse(request.getHeaderString("Referer"));
        if (origin == null || host == null) {
            return origin == null;
        }
        try {
            URI uri = URI.create(origin);
            return host.equalsIgnoreCase(uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

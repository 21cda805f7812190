package org.csi.platform.rest;

import java.net.URI;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Makes every Location header relative ({@code /api/v1/sips/{id}}, allowed by RFC 9110 section 10.2.2). JAX-RS builds
 * an absolute one from the request's Host header, so a client could make the service hand out links to any host; a
 * path cannot be pointed elsewhere, and it stays right behind proxies. One filter rather than a change in every
 * resource, so the replayed answers of {@link IdempotentRequests} are covered too.
 */
public class RelativeLocation {

    @ServerResponseFilter
    public void relative(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI uri = location instanceof URI u ? u : URI.create(location.toString());
        if (uri.isAbsolute() || uri.getRawAuthority() != null) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            response.getHeaders().putSingle(HttpHeaders.LOCATION,
                    uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        }
    }
}

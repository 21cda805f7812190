package org.csi.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A POST without a body (e.g. {@code curl -X POST .../close}) carries no Content-Type, or whatever the client defaults
 * to, and a JSON resource would answer 415 to it. An empty body has no media type worth the name: it is treated as
 * empty JSON, so endpoints whose body is optional take such calls and the others answer with a validation problem.
 */
public class EmptyBodyContentType {

    @ServerRequestFilter(preMatching = true)
    public void defaultToJson(ContainerRequestContext request) {
        String method = request.getMethod();
        boolean writes = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        if (writes && "0".equals(contentLength(request))) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    private static String contentLength(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = request.getHeaderString("Transfer-Encoding") != null;
        return length == null && !chunked ? "0" : length == null ? null : length.trim();
    }
}

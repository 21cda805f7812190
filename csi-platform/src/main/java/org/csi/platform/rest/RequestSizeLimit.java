package org.csi.platform.rest;

import java.util.List;

import org.csi.platform.CsiConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Refuses bodies larger than {@code csi.api.max-body-bytes} with a 413 problem before they are read. (The HTTP
 * server's own {@code quarkus.http.limits.max-body-size} stays higher as a backstop for chunked bodies; it answers
 * without a problem body, so the normal limit is enforced here.)
 */
public class RequestSizeLimit {

    private final long maxBytes;

    RequestSizeLimit(CsiConfig config) {
        this.maxBytes = config.api().maxBodyBytes();
    }

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > maxBytes) {
            throw new ApiException(413, "urn:csi:problem:payload-too-large", "Request body too large",
                    "The body has " + length + " bytes; at most " + maxBytes + " are accepted", List.of());
        }
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}

package org.csi.platform.rest;

import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Applies {@link InputText}'s rule to what arrives outside the body: query parameters (named in the problem), the path
 * (e.g. an id with {@code %00}) and the Idempotency-Key header, which is stored. PostgreSQL refuses NUL in text, so
 * without this a {@code ?owner=%00} would be a 500.
 */
public class InputParameters {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        Map<String, List<String>> query;
        String path;
        try {
            query = request.getUriInfo().getQueryParameters();
            path = request.getUriInfo().getPath();
        } catch (IllegalArgumentException e) { // e.g. %zz: not percent-encoding at all
            throw ApiException.invalid("uri", "is not correctly percent-encoded");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String nameProblem = InputText.problemOf(parameter.getKey());
            if (nameProblem != null) {
                throw ApiException.invalid("query", nameProblem);
            }
            for (String value : parameter.getValue()) {
                String problem = InputText.problemOf(value);
                if (problem != null) {
                    throw ApiException.invalid(parameter.getKey(), problem);
                }
            }
        }
        String pathProblem = InputText.problemOf(path);
        if (pathProblem != null) {
            throw ApiException.invalid("path", pathProblem);
        }
        String keyProblem = InputText.problemOf(request.getHeaderString(IdempotentRequests.HEADER));
        if (keyProblem != null) {
            throw ApiException.invalid(IdempotentRequests.HEADER, keyProblem);
        }
    }
}

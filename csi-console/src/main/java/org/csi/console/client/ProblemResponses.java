package org.csi.console.client;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Turns a service's 4xx/5xx answer into a {@link ServiceProblem}, reading its problem+json body when it has one. */
public class ProblemResponses implements ResponseExceptionMapper<ServiceProblem> {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String type, String title, Integer status, String detail, List<ServiceProblem.FieldError> errors) {
    }

    @Override
    public ServiceProblem toThrowable(Response response) {
        Problem problem = null;
        try {
            if (response.hasEntity()) {
                response.bufferEntity();
                problem = response.readEntity(Problem.class);
            }
        } catch (RuntimeException notAProblem) {
            // the body was not problem+json: the status line alone has to do
        }
        int status = response.getStatus();
        if (problem == null || problem.title() == null) {
            String reason = response.getStatusInfo().getReasonPhrase();
            return new ServiceProblem(status, "about:blank", reason == null ? "HTTP " + status : reason, null,
                    List.of());
        }
        return new ServiceProblem(status, problem.type(), problem.title(), problem.detail(), problem.errors());
    }
}

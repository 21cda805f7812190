package org.csi.platform.rest;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Turns every error into an RFC 9457 {@code application/problem+json} response: validation errors list each bad
 * field, malformed JSON is 400, and nothing unexpected ever leaks a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return problem(new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return apiException(ApiException.invalid(errors), uri);
    }

    /** Named on its own because Quarkus REST has a built-in mapper for exactly this type (unknown enum, wrong type). */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        boolean noField = !(e instanceof JsonMappingException m) || m.getPath().isEmpty();
        boolean unparsable = e instanceof JsonParseException || e.getCause() instanceof JsonParseException;
        if (unparsable || noField) {
            return problem(new Problem("urn:csi:problem:malformed-json", "Malformed JSON", 400,
                    "The body is not valid JSON: " + e.getOriginalMessage(), path(uri), List.of()));
        }
        String field = ((JsonMappingException) e).getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message;
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "must be one of " + List.of(invalid.getTargetType().getEnumConstants());
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else {
            message = "has the wrong type or format";
        }
        return apiException(ApiException.invalid(field, message), uri);
    }

    /**
     * Two writers passed the If-Match check on the same version at once; the loser's flush fails on the version
     * column. That is the same answer as a stale If-Match.
     */
    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException e, UriInfo uri) {
        return problem(new Problem("urn:csi:problem:precondition-failed", "The resource has changed", 412,
                "It was changed by another request at the same time; read it again and retry", path(uri), List.of()));
    }

    /** No token, or one that is expired, forged or for another issuer. The reason stays in the server log only. */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(new Problem("urn:csi:problem:unauthorized", "Authentication required", 401,
                "Send a valid bearer token (JWT) in the Authorization header", path(uri), List.of())))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(new Problem("urn:csi:problem:forbidden", "Not allowed", 403,
                "Your roles do not allow this operation; see the access table in the README", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        return problem(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                e.getMessage(), path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", incident, path(uri));
        return problem(new Problem("urn:csi:problem:internal-error", "Internal error", 500,
                "The request failed unexpectedly; quote incident " + incident + " when you report it.", path(uri),
                List.of()));
    }

    public static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** The JSON path of the violated value, without the method and parameter names of the resource. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CROSS_PARAMETER) {
                if (node.getKind() == ElementKind.PARAMETER && nodes.size() == 2) {
                    field.append(node.getName()); // a query or path parameter
                }
                continue;
            }
            if (node.isInIterable() && field.length() > 0) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "$" : field.toString();
    }
}

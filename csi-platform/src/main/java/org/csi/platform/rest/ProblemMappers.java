package org.csi.platform.rest;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.csi.platform.domain.ConflictException;
import org.csi.platform.domain.DomainException;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.NotFoundException;
import org.csi.platform.domain.NotPermittedException;
import org.csi.platform.domain.StaleVersionException;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
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
    /** A qualified Java name such as org.csi.initiative.rest.InitiativeRequest or java.lang.String. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][\\w$]*");

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return problem(new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
    }

    /** A rule of the domain refused the command: the status follows the kind of refusal. */
    @ServerExceptionMapper
    public Response domainException(DomainException e, UriInfo uri) {
        return problem(new Problem("urn:csi:problem:" + e.reason(), e.title(), statusOf(e), e.getMessage(), path(uri),
                e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList()));
    }

    private static int statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof InvalidException) {
            return 400;
        }
        if (e instanceof NotPermittedException) {
            return 403;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        return ((StaleVersionException) e).versionMissing() ? 428 : 412;
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

    /**
     * Every JSON problem is a 400 naming the field where Jackson knows it (from the mapping path, or else from where
     * the parser stood: a duplicate key, an overlong number, an int out of range). Jackson's own messages are never
     * passed on as they are: they name Java classes ({@code org.csi...InitiativeRequest}) and library settings.
     */
    @ServerExceptionMapper
    public Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException refusal) {
                return apiException(refusal, uri); // e.g. RequestSizeLimit's 413, thrown while Jackson read the body
            }
        }
        String original = String.valueOf(e.getOriginalMessage());
        boolean refusedValue = e instanceof StreamConstraintsException || e instanceof InputCoercionException
                || original.startsWith("Duplicate field");
        // a syntax error is about the body as a whole ("Malformed JSON"), even when it happens inside a field
        boolean syntax = !refusedValue && (e instanceof JsonParseException || e.getCause() instanceof JsonParseException
                || e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input"));
        String field = syntax ? null : fieldOf(e);
        String message = messageOf(e);
        if (field == null) {
            return problem(new Problem("urn:csi:problem:malformed-json", "Malformed JSON", 400,
                    "The body is not valid JSON: " + message, path(uri), List.of()));
        }
        return apiException(ApiException.invalid(field, message), uri);
    }

    private static String fieldOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        // where the parser stood names the field only for a well-formed value that is refused; a syntax error is
        // about the body as a whole ("Malformed JSON"), even when it happens inside a field
        boolean valueRefused = e instanceof StreamConstraintsException || e instanceof InputCoercionException
                || String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field");
        if (valueRefused && e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            if (!pointer.isEmpty()) {
                return pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.')
                        .replace("~1", "/").replace("~0", "~");
            }
        }
        return null;
    }

    private static String messageOf(JsonProcessingException e) {
        if (e instanceof RefusedValueException refused) {
            return refused.reason();
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "must be one of " + List.of(invalid.getTargetType().getEnumConstants());
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof StreamConstraintsException) {
            return "a number or text in it is longer than accepted (numbers at most " + StrictJson.MAX_NUMBER_LENGTH
                    + " characters)";
        }
        if (e instanceof InputCoercionException) {
            return "is out of range";
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Duplicate field")) {
            return "appears more than once";
        }
        if (original.startsWith("Trailing token")) {
            return "there is more after the JSON value";
        }
        if (e instanceof JsonEOFException) {
            return "it ends before the JSON value is complete";
        }
        if (e instanceof JsonParseException) {
            return withoutJavaNames(original, "it cannot be parsed");
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getPath().isEmpty()) {
            return "it is not a JSON object of the documented shape";
        }
        return "has the wrong type or format";
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
        Problem safe = new Problem(problem.type(), problem.title(), problem.status(),
                withoutJavaNames(problem.detail(), "The request cannot be processed as sent"), problem.instance(),
                problem.errors() == null ? List.of() : problem.errors().stream()
                        .map(error -> new Problem.FieldError(error.field(),
                                withoutJavaNames(error.message(), "is not valid")))
                        .toList());
        return Response.status(safe.status()).type(Problem.MEDIA_TYPE).entity(safe).build();
    }

    /**
     * The text, or the fallback when it names a Java type (a qualified class name, or a library's backquoted type):
     * a problem detail speaks of the request, never of the code that read it.
     */
    static String withoutJavaNames(String text, String fallback) {
        if (text == null) {
            return null;
        }
        return JAVA_NAME.matcher(text).find() || text.contains("`") || text.contains("Exception") ? fallback : text;
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

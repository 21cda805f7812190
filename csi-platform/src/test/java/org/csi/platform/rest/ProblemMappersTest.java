package org.csi.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.csi.platform.domain.ConflictException;
import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.NotPermittedException;
import org.csi.platform.domain.StaleVersionException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

/**
 * Every error becomes an RFC 9457 problem: the mappers are plain methods, called here without a server (no UriInfo,
 * so no instance). Constraint violations are left to the services' BadInputTest: building them needs a validator.
 */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();
    private final ObjectMapper mapper = new ObjectMapper();

    enum Colour {
        RED, GREEN
    }

    record Line(int quantity) {
    }

    record Order(String title, Colour colour, List<Line> lines) {
    }

    private static Problem problem(Response response) {
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals(response.getStatus(), problem.status());
        return problem;
    }

    private JsonProcessingException readFails(ObjectMapper reader, String json) {
        return assertThrows(JsonProcessingException.class, () -> reader.readValue(json, Order.class));
    }

    private Problem jsonProblem(String json) {
        return problem(mappers.jsonProblem(readFails(mapper, json), null));
    }

    @Test
    void anApiExceptionKeepsItsStatusTypeTitleDetailAndFields() {
        Problem p = problem(mappers.apiException(ApiException.invalid("title", "must not be blank"), null));

        assertEquals(new Problem("urn:csi:problem:validation-failed", "Request is not valid", 400,
                "title: must not be blank", null, List.of(new Problem.FieldError("title", "must not be blank"))), p);
        assertEquals(404, problem(mappers.apiException(ApiException.notFound("Initiative", 7), null)).status());
        assertEquals(409, problem(mappers.apiException(ApiException.conflict("closed"), null)).status());
    }

    @Test
    void eachDomainRefusalHasItsStatusAndItsReasonAsTheProblemType() {
        Problem invalid = problem(mappers.domainException(new InvalidException("title", "must not be blank"), null));
        assertEquals(new Problem("urn:csi:problem:validation-failed", "Request is not valid", 400,
                "title: must not be blank", null, List.of(new Problem.FieldError("title", "must not be blank"))),
                invalid);

        Problem notFound = problem(
                mappers.domainException(new org.csi.platform.domain.NotFoundException("Initiative", 7), null));
        assertEquals(new Problem("urn:csi:problem:not-found", "Initiative not found", 404,
                "Initiative 7 does not exist", null, List.of()), notFound);

        Problem conflict = problem(mappers.domainException(new ConflictException("closed"), null));
        assertEquals(409, conflict.status());
        assertEquals("urn:csi:problem:conflict", conflict.type());

        Problem fourEyes = problem(mappers.domainException(
                new NotPermittedException("four-eyes", "Four-eyes approval", "the drafter may not approve"), null));
        assertEquals(403, fourEyes.status());
        assertEquals("urn:csi:problem:four-eyes", fourEyes.type());

        StaleVersionException missing = assertThrows(StaleVersionException.class,
                () -> ExpectedVersion.ifMatch(null).verify(2));
        assertEquals(428, problem(mappers.domainException(missing, null)).status());
        StaleVersionException stale = assertThrows(StaleVersionException.class,
                () -> ExpectedVersion.ifMatch("\"1\"").verify(2));
        Problem staleProblem = problem(mappers.domainException(stale, null));
        assertEquals(412, staleProblem.status());
        assertEquals("urn:csi:problem:precondition-failed", staleProblem.type());
    }

    @Test
    void aBulkRequestNamesAtMostTheFirstHundredFields() {
        List<Problem.FieldError> errors = java.util.stream.IntStream.range(0, 150)
                .mapToObj(i -> new Problem.FieldError("items[" + i + "].value", "must not be null")).toList();

        Problem p = problem(mappers.apiException(ApiException.invalid(errors), null));

        assertEquals("150 fields are not valid", p.detail());
        assertEquals(100, p.errors().size());
        assertEquals("items[99].value", p.errors().get(99).field());
    }

    @Test
    void malformedAndTruncatedBodiesAreMalformedJson() {
        Problem syntax = jsonProblem("{\"title\": }");
        assertEquals("urn:csi:problem:malformed-json", syntax.type());
        assertEquals(400, syntax.status());
        assertTrue(syntax.detail().startsWith("The body is not valid JSON: "), syntax.detail());
        assertTrue(syntax.errors().isEmpty());

        Problem truncated = jsonProblem("{\"title\": \"a\"");
        assertEquals("urn:csi:problem:malformed-json", truncated.type());
        assertEquals("The body is not valid JSON: it ends before the JSON value is complete", truncated.detail());
    }

    @Test
    void aMappingErrorNamesTheFieldByItsJsonPath() {
        assertEquals(List.of(new Problem.FieldError("nope", "is not a known field")),
                jsonProblem("{\"nope\": 1}").errors());
        assertEquals(List.of(new Problem.FieldError("colour", "must be one of [RED, GREEN]")),
                jsonProblem("{\"colour\": \"PINK\"}").errors());
        assertEquals(List.of(new Problem.FieldError("lines[1].quantity", "has the wrong type or format")),
                jsonProblem("{\"lines\": [{\"quantity\": 1}, {\"quantity\": \"many\"}]}").errors());
    }

    @Test
    void aWellFormedButRefusedValueNamesTheFieldWhereTheParserStood() {
        ObjectMapper strict = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

        Problem p = problem(mappers.jsonProblem(readFails(strict, "{\"title\": \"a\", \"title\": \"b\"}"), null));

        assertEquals("urn:csi:problem:validation-failed", p.type());
        assertEquals(List.of(new Problem.FieldError("title", "appears more than once")), p.errors());
    }

    @Test
    void noProblemTextNamesAJavaClass() {
        Problem p = problem(mappers.jsonProblem(readFails(mapper, "[1, 2]"), null));
        assertFalse(p.detail().contains("org.csi"), p.detail());
        assertFalse(p.toString().contains("ProblemMappersTest"), p.toString());

        Problem leaked = problem(ProblemMappers.problem(new Problem("about:blank", "Bad", 400,
                "Cannot construct instance of `org.csi.initiative.rest.InitiativeRequest`", null,
                List.of(new Problem.FieldError("x", "java.lang.IllegalStateException: boom")))));
        assertEquals("The request cannot be processed as sent", leaked.detail());
        assertEquals("is not valid", leaked.errors().get(0).message());
    }

    @Test
    void withoutJavaNamesKeepsPlainTextAndDropsQualifiedNamesBackquotesAndExceptions() {
        assertEquals("title: must not be blank", ProblemMappers.withoutJavaNames("title: must not be blank", "f"));
        assertNull(ProblemMappers.withoutJavaNames(null, "f"));
        assertEquals("f", ProblemMappers.withoutJavaNames("see org.csi.platform.rest.Problem", "f"));
        assertEquals("f", ProblemMappers.withoutJavaNames("type `int`", "f"));
        assertEquals("f", ProblemMappers.withoutJavaNames("NullPointerException", "f"));
        assertEquals("e-mail a.b.c@example.com is fine", ProblemMappers.withoutJavaNames(
                "e-mail a.b.c@example.com is fine", "f"));
    }

    @Test
    void aConcurrentUpdateIsTheSameAnswerAsAStaleIfMatch() {
        Problem p = problem(mappers.concurrentUpdate(new OptimisticLockException(), null));

        assertEquals(412, p.status());
        assertEquals("urn:csi:problem:precondition-failed", p.type());
    }

    @Test
    void securityFailuresAre401WithABearerChallengeAnd403() {
        Response unauthenticated = mappers.unauthenticated(new UnauthorizedException("token expired"), null);
        assertEquals(401, unauthenticated.getStatus());
        assertEquals("Bearer", unauthenticated.getHeaderString("WWW-Authenticate"));
        assertFalse(problem(unauthenticated).detail().contains("expired"), "the reason stays in the server log");

        assertEquals("urn:csi:problem:forbidden",
                problem(mappers.forbidden(new ForbiddenException("no role"), null)).type());
    }

    @Test
    void aClientErrorFromTheFrameworkKeepsItsStatusAndAServerErrorIsAnIncident() {
        Problem notFound = problem(mappers.webApplication(new NotFoundException("HTTP 404 Not Found"), null));
        assertEquals(404, notFound.status());
        assertEquals("Not Found", notFound.title());

        Problem internal = problem(mappers.unexpected(new IllegalStateException("secret detail"), null));
        assertEquals(500, internal.status());
        assertEquals("urn:csi:problem:internal-error", internal.type());
        assertFalse(internal.detail().contains("secret"), internal.detail());
        assertTrue(internal.detail().matches("The request failed unexpectedly; quote incident [0-9a-f-]{36} when you"
                + " report it\\."), internal.detail());
    }
}

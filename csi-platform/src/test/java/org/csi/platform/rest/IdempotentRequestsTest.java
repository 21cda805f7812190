package org.csi.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;

/**
 * The part of the Idempotency-Key rule that needs no store: without a key the request runs as it is, and an overlong
 * key is refused before anything is looked up or run. Storing and replaying answers needs the database and is covered
 * by the services' IdempotencyScopeTest and creation tests.
 */
class IdempotentRequestsTest {

    /** No entity manager and no caller: the paths under test must not reach them. */
    private final IdempotentRequests requests = new IdempotentRequests(null, new ObjectMapper(), null);

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { " ", "\t" })
    void withoutAKeyTheRequestRunsOnceAndItsAnswerIsReturnedAsItIs(String key) {
        AtomicInteger runs = new AtomicInteger();
        Response created = Response.status(201).build();

        Response answer = requests.execute(key, "POST /api/v1/initiatives", List.of("body"), () -> {
            runs.incrementAndGet();
            return created;
        });

        assertSame(created, answer);
        assertEquals(1, runs.get());
        assertFalse(answer.getHeaders().containsKey("Idempotent-Replayed"));
    }

    @ParameterizedTest
    @ValueSource(ints = { 201, 1000 })
    void aKeyLongerThan200CharactersIsRefusedWithoutRunningTheRequest(int length) {
        AtomicInteger runs = new AtomicInteger();

        ApiException e = assertThrows(ApiException.class, () -> requests.execute("k".repeat(length),
                "POST /api/v1/initiatives", List.of("body"), () -> {
                    runs.incrementAndGet();
                    return Response.ok().build();
                }));

        assertEquals(400, e.status());
        assertEquals(List.of(new Problem.FieldError(IdempotentRequests.HEADER, "must be at most 200 characters")),
                e.errors());
        assertEquals(0, runs.get());
    }
}

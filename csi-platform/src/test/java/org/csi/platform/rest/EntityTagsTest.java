package org.csi.platform.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Optimistic locking over HTTP: a version is a strong ETag, and If-Match must name it (428 without, 412 when stale). */
class EntityTagsTest {

    @Test
    void theVersionIsAStrongEntityTag() {
        assertEquals("\"3\"", EntityTags.of(3).toString());
        assertFalse(EntityTags.of(3).isWeak());
        assertEquals("3", EntityTags.of(3).getValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"3\"", "3", "W/\"3\"", "*", "\"1\", \"3\"", "\"1\",W/\"3\"", " \"3\" " })
    void anIfMatchNamingTheCurrentVersionOrAnyPasses(String ifMatch) {
        assertDoesNotThrow(() -> EntityTags.requireMatch(ifMatch, 3));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "  " })
    void withoutIfMatchTheAnswerIs428NamingTheTagToSend(String ifMatch) {
        ApiException e = assertThrows(ApiException.class, () -> EntityTags.requireMatch(ifMatch, 3));

        assertEquals(428, e.status());
        assertEquals("urn:csi:problem:precondition-required", e.type());
        assertTrue(e.getMessage().contains("(\"3\")"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"2\"", "\"33\"", "\"1\", \"2\"", "W/\"4\"", "\"\"", "**" })
    void anIfMatchNamingAnotherVersionIs412(String ifMatch) {
        ApiException e = assertThrows(ApiException.class, () -> EntityTags.requireMatch(ifMatch, 3));

        assertEquals(412, e.status());
        assertEquals("urn:csi:problem:precondition-failed", e.type());
        assertTrue(e.getMessage().contains("current version \"3\""), e.getMessage());
    }

    @Test
    void everyVersionMatchesItsOwnTagAndNoNeighbour() {
        for (long version : new long[] { 0, 1, 9, 10, 99, Long.MAX_VALUE }) {
            String tag = EntityTags.of(version).toString();
            assertDoesNotThrow(() -> EntityTags.requireMatch(tag, version));
            assertThrows(ApiException.class, () -> EntityTags.requireMatch(tag, version - 1));
        }
    }
}

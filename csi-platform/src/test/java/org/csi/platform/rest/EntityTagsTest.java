package org.csi.platform.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.domain.StaleVersionException;
import org.junit.jupiter.api.Test;

/** Optimistic locking over HTTP: a version is a strong ETag, and an If-Match of that tag names the version. */
class EntityTagsTest {

    @Test
    void theVersionIsAStrongEntityTag() {
        assertEquals("\"3\"", EntityTags.of(3).toString());
        assertFalse(EntityTags.of(3).isWeak());
        assertEquals("3", EntityTags.of(3).getValue());
    }

    @Test
    void everyVersionMatchesItsOwnTagAndNoNeighbour() {
        for (long version : new long[] { 0, 1, 9, 10, 99, Long.MAX_VALUE }) {
            ExpectedVersion expected = ExpectedVersion.ifMatch(EntityTags.of(version).toString());
            assertDoesNotThrow(() -> expected.verify(version));
            assertThrows(StaleVersionException.class, () -> expected.verify(version - 1));
        }
    }
}

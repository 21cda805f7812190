package org.csi.platform.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The version a command expects: none is "required" (428 over HTTP), another one is "stale" (412). */
class ExpectedVersionTest {

    @ParameterizedTest
    @ValueSource(strings = { "\"3\"", "3", "W/\"3\"", "*", "\"1\", \"3\"", "\"1\",W/\"3\"", " \"3\" " })
    void anIfMatchNamingTheCurrentVersionOrAnyHolds(String ifMatch) {
        assertDoesNotThrow(() -> ExpectedVersion.ifMatch(ifMatch).verify(3));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "  " })
    void namingNoVersionIsRefusedAsMissingAndSaysWhichTagToSend(String ifMatch) {
        StaleVersionException e = assertThrows(StaleVersionException.class,
                () -> ExpectedVersion.ifMatch(ifMatch).verify(3));

        assertTrue(e.versionMissing());
        assertEquals("precondition-required", e.reason());
        assertTrue(e.getMessage().contains("(\"3\")"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"2\"", "\"33\"", "\"1\", \"2\"", "W/\"4\"", "\"\"", "**" })
    void namingAnotherVersionIsStale(String ifMatch) {
        StaleVersionException e = assertThrows(StaleVersionException.class,
                () -> ExpectedVersion.ifMatch(ifMatch).verify(3));

        assertFalse(e.versionMissing());
        assertEquals("precondition-failed", e.reason());
        assertTrue(e.getMessage().contains("current version \"3\""), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, 1, 7, Long.MAX_VALUE })
    void anyMatchesEveryVersion(long version) {
        assertDoesNotThrow(() -> ExpectedVersion.any().verify(version));
    }
}

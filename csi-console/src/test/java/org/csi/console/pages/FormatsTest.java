package org.csi.console.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void valuesAreWrittenForPeople() {
        assertEquals("12.5", Formats.plain(new BigDecimal("12.50")));
        assertEquals("–", Formats.plain(null));
        assertEquals("In progress", Formats.label("IN_PROGRESS"));
        assertEquals("2026-12-02 14:03 UTC", Formats.when("2026-12-02T14:03:59.123Z"));
        assertEquals("2026-12-02 14:03 UTC", Formats.when("2026-12-02T15:03:00+01:00"));
        assertEquals("2027-01-01", Formats.when("2027-01-01"));
        assertEquals("50 %", Formats.percent(new BigDecimal("0.5")));
        assertEquals("in-progressscript", Formats.css("IN_PROGRESS\"><script>"), "nothing but a class name");
    }
}

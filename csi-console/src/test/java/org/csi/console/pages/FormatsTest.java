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

    @Test
    void valueIsWrittenInTheUnitOfItsKind() {
        assertEquals("120000 EUR a year", Formats.benefit(new org.csi.console.client.Views.Benefit("MONEY_PER_YEAR",
                new BigDecimal("120000.0000"), "EUR", null)));
        assertEquals("40 hours saved a month", Formats.amount("HOURS_SAVED_PER_MONTH", new BigDecimal("40"), null));
        assertEquals("5 risk points", Formats.amount("RISK_REDUCTION", new BigDecimal("5"), null));
        assertEquals("3 satisfaction points", Formats.amount("CUSTOMER_SATISFACTION_POINTS", BigDecimal.valueOf(3),
                null));
        assertEquals("–", Formats.amount("MONEY_PER_YEAR", null, "EUR"));
        assertEquals("40000 EUR", Formats.money(new org.csi.console.client.Views.Money(new BigDecimal("40000"), "EUR")));
        assertEquals("2.25 \u00d7", Formats.roi(new BigDecimal("2.2500")));
        assertEquals("3 \u00d7", Formats.roi(new BigDecimal("3")));
        assertEquals("–", Formats.roi(null));
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertEquals(true, Formats.webUrl("https://example.service-now.com/problem.do?sys_id=1"));
        assertEquals(false, Formats.webUrl("javascript:alert(1)"));
        assertEquals(false, Formats.webUrl(null));
    }
}

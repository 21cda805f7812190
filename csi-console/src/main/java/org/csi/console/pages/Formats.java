package org.csi.console.pages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.quarkus.qute.TemplateExtension;

/** How pages write numbers, times and enum names for people. */
@TemplateExtension(namespace = "f")
public final class Formats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** 12.50 -> "12.5"; null -> "–". */
    static String plain(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }

    /** An ISO instant as "2026-12-02 14:03 UTC"; a date stays a date; null -> "–". */
    static String when(String iso) {
        if (iso == null || iso.isBlank()) {
            return "–";
        }
        try {
            return MINUTES.format(Instant.parse(iso));
        } catch (DateTimeParseException notAnInstant) {
            try {
                return MINUTES.format(OffsetDateTime.parse(iso));
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDate.parse(iso).toString();
                } catch (DateTimeParseException notDate) {
                    return iso;
                }
            }
        }
    }

    /** IN_PROGRESS -> "In progress", SERVICE_QUALITY -> "Service quality". */
    static String label(String name) {
        if (name == null || name.isBlank()) {
            return "–";
        }
        String words = name.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** 0.5 -> "50 %". */
    static String percent(BigDecimal share) {
        return share == null ? "–" : share.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + " %";
    }

    /** ["a", "b"] -> "a, b". */
    static String joined(java.util.List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    /** The lifecycle steps the person may take from the SIP's status (the board's buttons). */
    static java.util.List<org.csi.console.views.SipBoard.Step> steps(org.csi.console.client.Views.Sip sip,
            org.csi.console.signin.Person person) {
        return org.csi.console.views.SipBoard.steps(person, sip);
    }

    /** A CSS class name from an enum value: IN_PROGRESS -> "in-progress". */
    static String css(String name) {
        return name == null ? "" : name.toLowerCase().replace('_', '-').replaceAll("[^a-z0-9-]", "");
    }
}

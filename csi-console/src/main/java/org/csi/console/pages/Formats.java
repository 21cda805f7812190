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

    // value (issue 17)

    /** A typed benefit for people: "120000 EUR a year", "40 hours saved a month", "5 risk points", ... */
    static String benefit(org.csi.console.client.Views.Benefit b) {
        return b == null ? "–" : amount(b.kind(), b.amount(), b.currency());
    }

    /** An amount of the kind (and currency) of a value total; null -> "–". */
    static String amount(String kind, BigDecimal amount, String currency) {
        if (amount == null) {
            return "–";
        }
        String value = plain(amount);
        return switch (kind == null ? "" : kind) {
            case "MONEY_PER_YEAR" -> value + " " + (currency == null ? "" : currency) + " a year";
            case "HOURS_SAVED_PER_MONTH" -> value + " hours saved a month";
            case "RISK_REDUCTION" -> value + " risk points";
            case "CUSTOMER_SATISFACTION_POINTS" -> value + " satisfaction points";
            default -> value + " " + label(kind).toLowerCase();
        };
    }

    /** Money: "40000 EUR"; null -> "–". */
    static String money(org.csi.console.client.Views.Money money) {
        return money == null ? "–" : plain(money.amount()) + " " + money.currency();
    }

    /** A return on investment: 2.25 -> "2.25 ×"; null -> "–". */
    static String roi(BigDecimal roi) {
        return roi == null ? "–" : roi.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + " \u00d7";
    }

    /** Only http(s) addresses become links (an ITSM reference's url; the services check it too). */
    static boolean webUrl(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}

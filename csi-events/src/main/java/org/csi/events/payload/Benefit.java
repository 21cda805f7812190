package org.csi.events.payload;

import java.math.BigDecimal;

/**
 * One typed benefit, expected or realised: kind MONEY_PER_YEAR (with its ISO 4217 currency), HOURS_SAVED_PER_MONTH,
 * RISK_REDUCTION (points on a 0-100 risk score) or CUSTOMER_SATISFACTION_POINTS (points on a 0-100 scale); the amount
 * in that unit, and an optional note. Part of sip-drafted, sip-transitioned and initiative-details.
 */
public record Benefit(String kind, BigDecimal amount, String currency, String note) {
}

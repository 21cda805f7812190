package org.csi.platform.domain;

/** One field a rule refused: {@code field} is its path in the command, e.g. {@code objectives[0].targetValue}. */
public record Violation(String field, String message) {
}

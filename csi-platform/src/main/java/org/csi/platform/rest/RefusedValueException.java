package org.csi.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value that parsed but breaks a platform input rule (see {@link StrictJson}); Jackson adds the field path on
 * its way out, and {@link ProblemMappers} answers 400 naming the field with {@link #reason()}.
 */
public class RefusedValueException extends InvalidFormatException {

    private final String reason;

    public RefusedValueException(JsonParser parser, String reason, Object value, Class<?> targetType) {
        super(parser, reason, null, targetType);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}

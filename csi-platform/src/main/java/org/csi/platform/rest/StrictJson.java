package org.csi.platform.rest;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The input rules every CSI service applies to JSON, once, on the one ObjectMapper (REST bodies, the outbox and the
 * inbox use it). Jackson does most of it by configuration:
 * <ul>
 * <li>a key twice in one object ({@code {"reason":"a","reason":"b"}}) is refused (STRICT_DUPLICATE_DETECTION), so no
 * reader has to guess which value counts;</li>
 * <li>anything after the JSON value is refused (FAIL_ON_TRAILING_TOKENS);</li>
 * <li>a number with a fraction for an integer field is refused rather than cut (ACCEPT_FLOAT_AS_INT off): a
 * maturity level of 4.7 was stored as 4, and 1e-200000 as 0;</li>
 * <li>{@code null} as an item of a list or set is refused ({@code contentNulls = FAIL}): no DTO has a use for it, and
 * code that streams over the items would fail on it with a 500 (a null map value meets the field's own
 * {@code @NotNull});</li>
 * <li>a number token is at most {@value #MAX_NUMBER_LENGTH} characters (StreamReadConstraints; Jackson's default is
 * 1000). The widest decimal any column holds needs 32; a longer number is refused by the parser, which cannot name
 * the field, so the limit leaves room for the field-naming checks below up to 200 characters.</li>
 * </ul>
 * What Jackson cannot be told, a wrapper around its own deserializers checks (hand-written because no library has these
 * rules): strings hold no NUL and no unpaired surrogate ({@link InputText}); dates and instants lie in the years
 * {@value #MIN_YEAR}-{@value #MAX_YEAR} (PostgreSQL's date range is wider than Java's, its timestamp range narrower,
 * and no CSI fact lies outside these years); a decimal has at most {@value #MAX_DIGITS} digits before and after the
 * point. The decimal rule is a backstop: it keeps {@code 1e200000} (eight characters, but 200,001 digits once written
 * out) from ever reaching arithmetic; each field's own {@code @Digits} gives the precise bound of its column.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int MAX_NUMBER_LENGTH = 200;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2999;
    public static final int MAX_DIGITS = 20;
    private static final Instant FIRST_INSTANT = Instant.parse(MIN_YEAR + "-01-01T00:00:00Z");
    private static final Instant END_INSTANT = Instant.parse((MAX_YEAR + 1) + "-01-01T00:00:00Z");

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH).build());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // by declared type, not as the default: an untyped Map<String, Object> (notification-service reads event data
        // that way for its templates) holds nulls legitimately
        for (Class<?> container : List.of(List.class, Set.class, Collection.class)) {
            mapper.configOverride(container).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        mapper.registerModule(new SimpleModule("csi-input-rules").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                boolean checked = type == String.class || type == BigDecimal.class || type == LocalDate.class
                        || type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                        || type == LocalDateTime.class;
                return checked ? new Checked(deserializer) : deserializer;
            }
        }));
    }

    /**
     * The same rule for a value that came another way, e.g. an Instant query parameter (JAX-RS converts those, not
     * Jackson): refuses it with a 400 naming the field.
     */
    public static void requireInRange(String field, Object value) {
        String problem = problemOf(value);
        if (problem != null) {
            throw ApiException.invalid(field, problem);
        }
    }

    /** Why a parsed value is refused, or null. */
    static String problemOf(Object value) {
        if (value instanceof String text) {
            return InputText.problemOf(text);
        }
        if (value instanceof BigDecimal number) {
            int scale = number.scale();
            long integerDigits = (long) number.precision() - scale;
            if (integerDigits > MAX_DIGITS || scale > MAX_DIGITS) {
                return "must be a number with at most " + MAX_DIGITS + " digits before and " + MAX_DIGITS
                        + " after the decimal point";
            }
            return null;
        }
        if (value instanceof Temporal) {
            boolean inRange = value instanceof LocalDate date ? date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR
                    : value instanceof LocalDateTime dateTime ? dateTime.getYear() >= MIN_YEAR && dateTime.getYear() <= MAX_YEAR
                    : inRange(value instanceof Instant instant ? instant
                            : value instanceof OffsetDateTime offset ? offset.toInstant()
                            : ((ZonedDateTime) value).toInstant());
            return inRange ? null : "must lie in the years " + MIN_YEAR + " to " + MAX_YEAR;
        }
        return null;
    }

    private static boolean inRange(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }

    /** Jackson's own deserializer, followed by the rule check (contextual and resolvable like the one it wraps). */
    private static final class Checked extends DelegatingDeserializer {

        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // the text itself first: a date deserializer reads "\u0000" as blank, i.e. as no date at all
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String textProblem = InputText.problemOf(parser.getText());
                if (textProblem != null) {
                    throw new RefusedValueException(parser, textProblem, null, handledType());
                }
            }
            Object value = super.deserialize(parser, context);
            String problem = problemOf(value);
            if (problem != null) {
                // a big decimal's scale is exact, and trailing zeros (1.000000000000000000000) only change the scale
                if (value instanceof BigDecimal number && problemOf(number.stripTrailingZeros()) == null) {
                    return value;
                }
                throw new RefusedValueException(parser, problem, null, handledType());
            }
            return value;
        }
    }
}

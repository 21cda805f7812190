package org.csi.initiative.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.csi.initiative.domain.ReviewCadence;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A review cadence between P1D and P5Y ({@link ReviewCadence#problemOf(String)}). Its form is left to the field's
 * {@code @Pattern}, which the OpenAPI document shows, so a malformed cadence is reported once.
 */
@Documented
@Constraint(validatedBy = Cadence.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Cadence {

    String message() default "must be an ISO-8601 period between P1D and P5Y";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Cadence, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (!ReviewCadence.isWellFormed(value)) {
                return true;
            }
            String problem = ReviewCadence.problemOf(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$"))
                    .addConstraintViolation();
            return false;
        }
    }
}

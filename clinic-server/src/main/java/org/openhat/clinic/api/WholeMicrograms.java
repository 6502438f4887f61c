package org.openhat.clinic.api;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An amount in milligrams that {@link org.openhat.clinic.core.dosing.Milligrams} can hold exactly:
 * whole micrograms, so at most three decimal places. {@code Milligrams} refuses more precision
 * rather than rounding a dose; this refuses it at the door, as a 422 naming the field, instead
 * of letting that refusal surface later as a server error. Put it on every milligram amount a
 * request carries.
 */
@Documented
@Digits(integer = 6, fraction = 3,
        message = "is measured to the microgram: use at most three decimal places, such as 12.5 or 0.125")
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface WholeMicrograms {
    String message() default "is measured to the microgram: use at most three decimal places";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

package org.openhat.clinic.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few resource methods anyone may call without signing in (signing in itself). Every
 * other method must say which roles may call it with {@code @RolesAllowed} or {@code @PermitAll}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Anonymous {
}

package org.openhat.clinic.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint only a kiosk page uses and that a browser calls without headers of the page's
 * choosing (an EventSource): it authenticates with the kiosk session cookie first
 * ({@link SessionCookie}), so a browser that also holds an office session still reaches it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface KioskScreen {
}

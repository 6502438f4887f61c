package org.openhat.clinic.web;

import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;

/** Wires the defences against web pages and unauthorised callers onto both ports. */
public final class WebDefences {
    private WebDefences() {
    }

    /** {@code apiServletPath}: where Jersey serves the API ({@code /api} for {@code /api/*}). */
    public static void register(AdminTasksFactory adminTasks, String apiServletPath, Environment environment) {
        environment.servlets().addFilter("security-headers", new SecurityHeadersFilter(apiServletPath))
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, "/*");
        environment.jersey().register(new SameOriginWriteFilter());
        // The same mapping as Dropwizard's task servlet, so the guard sees exactly what reaches a task.
        environment.admin().addFilter("admin-task-guard", new AdminTaskGuard(adminTasks.build(), environment.getObjectMapper()))
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, "/tasks/*");
    }
}

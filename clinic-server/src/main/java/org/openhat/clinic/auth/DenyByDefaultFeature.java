package org.openhat.clinic.auth;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A resource method that forgot to say who may call it refuses everyone, rather than letting
 * everyone in. A test also fails the build for such a method; this is the run-time backstop.
 */
public class DenyByDefaultFeature implements DynamicFeature {
    private static final Logger LOG = LoggerFactory.getLogger(DenyByDefaultFeature.class);

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        // Jersey's own OPTIONS and WADL handlers are not ours to annotate, and expose no clinic data.
        if (!resourceInfo.getResourceClass().getName().startsWith("org.openhat.")) {
            return;
        }
        if (!declaresAccess(method, resourceInfo.getResourceClass())) {
            LOG.error("{}.{} declares no roles; refusing every call to it",
                    resourceInfo.getResourceClass().getSimpleName(), method.getName());
            context.register((jakarta.ws.rs.container.ContainerRequestFilter) request -> {
                throw new ForbiddenException("This endpoint declares no roles and is closed");
            });
        }
    }

    public static boolean declaresAccess(Method method, Class<?> resourceClass) {
        return method.isAnnotationPresent(Anonymous.class) || hasRoleAnnotation(method) || hasRoleAnnotation(resourceClass);
    }

    private static boolean hasRoleAnnotation(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }
}

package org.openhat.clinic.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every JAX-RS endpoint the clinic defines, with what it declares about who may call it. */
final class AccessDeclarations {
    private static final String PACKAGE = "org.openhat.clinic.resources";

    private AccessDeclarations() {
    }

    record Endpoint(Class<?> resource, Method method, String httpMethod, String path) {
        boolean anonymous() {
            return method.isAnnotationPresent(Anonymous.class);
        }

        boolean anySignedIn() {
            return method.isAnnotationPresent(PermitAll.class) || resource.isAnnotationPresent(PermitAll.class);
        }

        Set<String> roles() {
            RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                    ? method.getAnnotation(RolesAllowed.class) : resource.getAnnotation(RolesAllowed.class);
            return allowed == null ? Set.of() : Set.of(allowed.value());
        }

        /** What the endpoint consumes, so the call reaches the access check rather than content negotiation. */
        String contentType() {
            jakarta.ws.rs.Consumes consumes = method.isAnnotationPresent(jakarta.ws.rs.Consumes.class)
                    ? method.getAnnotation(jakarta.ws.rs.Consumes.class) : resource.getAnnotation(jakarta.ws.rs.Consumes.class);
            return consumes == null ? "application/json" : consumes.value()[0];
        }

        byte[] sampleBody() {
            return contentType().equals("application/json") ? "{}".getBytes() : new byte[] {1, 2, 3};
        }

        /** The path with every template variable filled with 1, as a caller would send it. */
        String concretePath() {
            return "/api" + path.replaceAll("\\{[^}]+}", "1");
        }

        @Override
        public String toString() {
            return httpMethod + " " + path + " (" + resource.getSimpleName() + "." + method.getName() + ")";
        }
    }

    static List<Class<?>> resourceClasses() {
        // The main classes' own folder: the test classes share the package name but are not endpoints.
        URL location = org.openhat.clinic.resources.PatientResource.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            File dir = new File(new File(location.toURI()), PACKAGE.replace('.', '/'));
            List<Class<?>> classes = new ArrayList<>();
            for (File file : dir.listFiles((d, name) -> name.endsWith(".class") && !name.contains("$"))) {
                Class<?> type = Class.forName(PACKAGE + "." + file.getName().replace(".class", ""));
                if (type.isAnnotationPresent(Path.class)) {
                    classes.add(type);
                }
            }
            return classes;
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String http = httpMethod(method);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    endpoints.add(new Endpoint(resource, method, http, join(base, sub == null ? "" : sub.value())));
                }
            }
        }
        return endpoints;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String httpMethod(Method method) {
        return Arrays.stream(new Class<?>[] {GET.class, POST.class, PUT.class, DELETE.class})
                .filter(a -> method.isAnnotationPresent(a.asSubclass(java.lang.annotation.Annotation.class)))
                .map(Class::getSimpleName).collect(Collectors.collectingAndThen(Collectors.toList(),
                        l -> l.isEmpty() ? null : l.get(0)));
    }
}

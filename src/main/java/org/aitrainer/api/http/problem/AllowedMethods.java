package org.aitrainer.api.http.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each resource path answers, read from the resource classes themselves, so that a 405 response can
 * carry an {@code Allow} header that stays true as resources change.
 */
@ApplicationScoped
class AllowedMethods {

    private record Route(Pattern path, Set<String> methods) {}

    private final List<Route> routes = new ArrayList<>();

    @Inject
    AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path classPath = bean.getBeanClass().getAnnotation(Path.class);
            if (classPath != null) {
                for (Method method : bean.getBeanClass().getMethods()) {
                    String httpMethod = httpMethod(method);
                    if (httpMethod != null) {
                        Path methodPath = method.getAnnotation(Path.class);
                        add(join(classPath.value(), methodPath == null ? "" : methodPath.value()), httpMethod);
                    }
                }
            }
        }
    }

    /** The methods a request path answers, for an {@code Allow} header; empty when no resource has that path. */
    public Set<String> forPath(String requestPath) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(requestPath).matches()) {
                methods.addAll(route.methods());
            }
        }
        if (methods.isEmpty()) {
            return methods;
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return methods;
    }

    private void add(String template, String httpMethod) {
        String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
        Pattern pattern = Pattern.compile(regex + "/?");
        for (Route route : routes) {
            if (route.path().pattern().equals(pattern.pattern())) {
                route.methods().add(httpMethod);
                return;
            }
        }
        Set<String> methods = new TreeSet<>();
        methods.add(httpMethod);
        routes.add(new Route(pattern, methods));
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String classPath, String methodPath) {
        String path = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}

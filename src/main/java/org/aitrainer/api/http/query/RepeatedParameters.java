package org.aitrainer.api.http.query;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aitrainer.api.http.problem.InvalidParametersException;
import org.aitrainer.api.http.problem.Problem;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter that a resource method declares may be given once; those a collection reads by name,
 * {@link QueryParameters} checks itself. With {@code ?level=3&level=5} the client meant something
 * the API cannot answer; taking the first value would hide the mistake, so the request is a 400 naming the parameter.
 * Parameters that no resource reads are ignored, repeated or not.
 */
public class RepeatedParameters {

    private final Map<Method, List<String>> readByMethod = new ConcurrentHashMap<>();

    /** Before the cached reads are looked up (HttpCaching), so that a repeated parameter is never answered. */
    @ServerRequestFilter(nonBlocking = true, priority = Priorities.USER - 100)
    public void rejectRepeated(RoutingContext routing, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || routing.request().query() == null) {
            return;
        }
        // The decoded parameters the resource's own parameters are read from, decoded once per request.
        MultiMap query = routing.queryParams();
        List<Problem.FieldError> errors = null;
        for (String name : readByMethod.computeIfAbsent(method, RepeatedParameters::queryParameters)) {
            List<String> values = query.getAll(name);
            if (values.size() > 1) {
                if (errors == null) {
                    errors = new ArrayList<>();
                }
                errors.add(new Problem.FieldError(name, QueryParameters.givenMoreThanOnce(values.size())));
            }
        }
        if (errors != null) {
            throw new InvalidParametersException(errors);
        }
    }

    /** The query parameters a resource method reads, its own and those of its bean parameters, nested ones included. */
    private static List<String> queryParameters(Method method) {
        List<String> names = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            String name = queryName(parameter, parameter.getName());
            if (name != null) {
                names.add(name);
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                addBeanParameters(parameter.getType(), names);
            }
        }
        return List.copyOf(names);
    }

    private static void addBeanParameters(Class<?> bean, List<String> names) {
        for (Class<?> type = bean; type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                String name = queryName(field, field.getName());
                if (name != null) {
                    names.add(name);
                } else if (field.isAnnotationPresent(BeanParam.class)) {
                    addBeanParameters(field.getType(), names);
                }
            }
        }
    }

    private static String queryName(AnnotatedElement element, String declaredName) {
        RestQuery rest = element.getAnnotation(RestQuery.class);
        if (rest != null) {
            return rest.value().isEmpty() ? declaredName : rest.value();
        }
        QueryParam query = element.getAnnotation(QueryParam.class);
        return query == null ? null : query.value();
    }
}

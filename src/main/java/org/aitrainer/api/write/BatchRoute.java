package org.aitrainer.api.write;

import jakarta.ws.rs.HttpMethod;
import java.lang.reflect.ParameterizedType;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.aitrainer.api.core.Language;

/**
 * One write that an operation of a batch ({@code POST /api/v1/batch}) can name: a method on a path template under
 * {@code /api/v1}, who may send it, the body it takes, and how it runs, as the single endpoint runs it, through the
 * same rules. The resources that write declare theirs ({@link BatchWritable}).
 */
public final class BatchRoute {

    /** The prefix every route's template starts with, which an operation's url leaves out. */
    static final String API = "/api/v1";

    /** How a matched operation runs inside the batch's transaction. */
    @FunctionalInterface
    interface Step {
        Applied apply(
                WriteTransaction transaction,
                Write write,
                Map<String, String> parameters,
                Object body,
                String ifMatch,
                Language language,
                URI collection);
    }

    /** What an operation answered: the single endpoint's status, headers and body. */
    record Applied(int status, String location, String etag, Object body) {}

    private final String method;
    private final String template;
    private final String[] segments;
    private final Set<String> roles;
    private final Class<?> body;
    private final Step step;

    private BatchRoute(String method, String template, Set<String> roles, Class<?> body, Step step) {
        if (!template.startsWith(API + "/")) {
            throw new IllegalArgumentException("A batch route lies under " + API + ": " + template);
        }
        this.method = method;
        this.template = template.substring(API.length());
        this.segments = this.template.substring(1).split("/");
        this.roles = roles;
        this.body = body;
        this.step = step;
    }

    /**
     * A POST that creates a record under {@code template}.
     *
     * @param body the request body's class
     * @param input the rules' input from the path's parameters and the body
     * @param view the new record as the answer shows it
     */
    public static <K, B, I, E, V> BatchRoute create(
            String template,
            WriteRules<K, I, E> rules,
            Class<B> body,
            BiFunction<Map<String, String>, B, I> input,
            BiFunction<? super E, Language, V> view) {
        return new BatchRoute(
                HttpMethod.POST,
                template,
                rules.writers(),
                body,
                (transaction, write, parameters, sent, ifMatch, language, collection) -> transaction.createIn(
                        write,
                        rules,
                        input.apply(parameters, body.cast(sent)),
                        record -> view.apply(record, language),
                        collection));
    }

    /** A PUT that updates the record {@code template} names, by the key {@code key} makes of its parameters. */
    public static <K, B, I, E, V> BatchRoute update(
            String template,
            WriteRules<K, I, E> rules,
            Class<B> body,
            Function<Map<String, String>, K> key,
            BiFunction<Map<String, String>, B, I> input,
            BiFunction<? super E, Language, V> view) {
        return new BatchRoute(
                HttpMethod.PUT,
                template,
                rules.writers(),
                body,
                (transaction, write, parameters, sent, ifMatch, language, collection) -> transaction.updateIn(
                        write,
                        ifMatch,
                        rules,
                        key.apply(parameters),
                        input.apply(parameters, body.cast(sent)),
                        record -> view.apply(record, language)));
    }

    /** A DELETE of the record {@code template} names; only admins delete. */
    public static <K> BatchRoute delete(
            String template, WriteRules<K, ?, ?> rules, Function<Map<String, String>, K> key) {
        return new BatchRoute(
                HttpMethod.DELETE,
                template,
                Set.of(Roles.ADMIN),
                null,
                (transaction, write, parameters, sent, ifMatch, language, collection) ->
                        transaction.deleteIn(write, ifMatch, rules, key.apply(parameters)));
    }

    String method() {
        return method;
    }

    /** The template as an operation's url writes it, under {@code /api/v1}. */
    String template() {
        return template;
    }

    Set<String> roles() {
        return roles;
    }

    /** The body's class; null for a delete, which takes none. */
    Class<?> body() {
        return body;
    }

    Step step() {
        return step;
    }

    /** The path's parameters by name when {@code path} (under {@code /api/v1}, decoded) fits the template. */
    Optional<Map<String, String>> match(String[] path) {
        if (path.length != segments.length) {
            return Optional.empty();
        }
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < path.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (path[i].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segment.substring(1, segment.length() - 1), path[i]);
            } else if (!segment.equals(path[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    /** True when the path fits the template whatever the method. */
    boolean fits(String[] path) {
        return match(path).isPresent();
    }

    /** The class a generic superclass of {@code type} gives its type parameter at {@code index}. */
    static Class<?> typeArgument(Class<?> type, Class<?> generic, int index) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getGenericSuperclass() instanceof ParameterizedType parameterized
                    && parameterized.getRawType() == generic
                    && parameterized.getActualTypeArguments()[index] instanceof Class<?> argument) {
                return argument;
            }
        }
        throw new IllegalStateException(type.getName() + " does not give " + generic.getSimpleName()
                + " a class as its type parameter " + index);
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}

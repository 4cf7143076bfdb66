package org.aitrainer.api.write;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.BiFunction;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.snapshot.CollectionDeclaration;
import org.aitrainer.api.snapshot.ReadableCollection;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A collection whose records partners create: its GET as {@link ReadableCollection} has it, and a POST whose body goes
 * through the write pipeline ({@link Writes}) with the record's rules.
 *
 * @param <T> the snapshot's entries its GET lists
 * @param <I> the request body
 * @param <E> the stored record
 * @param <V> what the POST answers
 */
public abstract class WritableCollection<T, I extends WriteBody, E, V> extends ReadableCollection<T, V>
        implements BatchWritable {

    @Inject
    Writes writes;

    private final WriteRules<?, I, E> rules;
    private final BiFunction<? super E, Language, V> written;
    private final String path;

    /**
     * @param declaration the collection it serves
     * @param view how an entry of the snapshot reads in a language
     * @param rules what the record's writes respect
     * @param written the new record as the POST's answer shows it, read inside the write's transaction
     */
    protected WritableCollection(
            CollectionDeclaration<T> declaration,
            BiFunction<T, Language, V> view,
            WriteRules<?, I, E> rules,
            BiFunction<? super E, Language, V> written) {
        super(declaration, view);
        this.rules = rules;
        this.written = written;
        this.path = declaration.path();
    }

    /** Its POST, in a batch. */
    @Override
    public List<BatchRoute> batchRoutes() {
        @SuppressWarnings("unchecked")
        Class<I> body = (Class<I>) BatchRoute.typeArgument(getClass(), WritableCollection.class, 1);
        return List.of(BatchRoute.create(path, rules, body, (parameters, input) -> input, written));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public RestResponse<V> create(@Valid @NotNull I input, @BeanParam CreateRequest request) {
        return writes.create(rules, request, input, written);
    }
}

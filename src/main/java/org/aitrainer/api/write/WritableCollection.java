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
import java.util.function.BiFunction;
import org.aitrainer.api.core.Language;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The POST of a collection whose records partners create: the body goes through the write pipeline ({@link Writes})
 * with the record's rules. The subclass is the collection's resource: it names the path, passes its rules and how a
 * new record reads, and serves the collection's reads.
 *
 * @param <I> the request body
 * @param <E> the stored record
 * @param <V> what the POST answers
 */
public abstract class WritableCollection<I extends WriteBody, E, V> {

    @Inject
    Writes writes;

    private final WriteRules<?, I, E> rules;
    private final BiFunction<? super E, Language, V> written;

    /**
     * @param rules what the record's writes respect
     * @param written the new record as the answer shows it, read inside the write's transaction
     */
    protected WritableCollection(WriteRules<?, I, E> rules, BiFunction<? super E, Language, V> written) {
        this.rules = rules;
        this.written = written;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public RestResponse<V> create(@Valid @NotNull I input, @BeanParam CreateRequest request) {
        return writes.create(rules, request, input, written);
    }
}

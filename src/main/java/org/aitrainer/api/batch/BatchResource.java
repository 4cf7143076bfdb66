package org.aitrainer.api.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aitrainer.api.http.HttpLimits;
import org.aitrainer.api.http.limits.LargeBody;
import org.aitrainer.api.write.BatchAnswer;
import org.aitrainer.api.write.BatchRequest;
import org.aitrainer.api.write.Batches;
import org.aitrainer.api.write.CreateRequest;
import org.aitrainer.api.write.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** {@code POST /api/v1/batch}: many writes on any writable collection, all applied or none ({@link Batches}). */
@Path(BatchResource.PATH)
@Tag(name = BatchResource.TAG)
public class BatchResource {

    public static final String PATH = "/api/v1/batch";
    public static final String TAG = "Batch";

    public static final String ABOUT =
            "Many writes in one request: creates, updates and deletes on any writable collection, all applied in one "
                    + "transaction with one data version, or none.";

    @Inject
    Batches batches;

    @POST
    @LargeBody(HttpLimits.BATCH_MAX_BODY_BYTES)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public RestResponse<BatchAnswer> submit(@Valid @NotNull BatchRequest batch, @BeanParam CreateRequest request) {
        return batches.submit(batch, request);
    }
}

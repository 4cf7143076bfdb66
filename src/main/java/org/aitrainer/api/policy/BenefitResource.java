package org.aitrainer.api.policy;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.caching.ETags;
import org.aitrainer.api.http.query.LanguageParameter;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.write.BatchRoute;
import org.aitrainer.api.write.BatchWritable;
import org.aitrainer.api.write.CreateRequest;
import org.aitrainer.api.write.IfMatch;
import org.aitrainer.api.write.Roles;
import org.aitrainer.api.write.UpdateRequest;
import org.aitrainer.api.write.Writes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path(BenefitResource.PATH)
@Tag(name = PolicyResource.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class BenefitResource implements BatchWritable {

    static final String PATH = "/api/v1/policies/{slug}/benefits";

    /** A record's path under {@link #PATH}. */
    static final String RECORD = "/{id}";

    @Inject
    RequestSnapshot snapshots;

    @Inject
    Writes writes;

    @Inject
    BenefitRules rules;

    @GET
    @NonBlocking
    @Path(RECORD)
    public RestResponse<BenefitView> get(
            @RestPath String slug, @RestPath String id, @BeanParam LanguageParameter language) {
        Language lang = language.language();
        UUID benefitId = ResourceNotFoundException.uuid("benefit", id);
        Policies.BenefitEntry benefit = snapshots
                .current()
                .part(Policies.class)
                .find(ResourceNotFoundException.slug("policy", slug))
                .flatMap(policy -> policy.benefit(benefitId))
                .orElseThrow(() -> new ResourceNotFoundException("benefit", id));
        return ETags.ok(benefit.view().in(lang), benefit.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public RestResponse<BenefitView> create(
            @RestPath String slug, @Valid @NotNull BenefitInput input, @BeanParam CreateRequest request) {
        return writes.create(rules, request, new BenefitRules.Placed(slug, input), BenefitView::from);
    }

    @PUT
    @Path(RECORD)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public RestResponse<BenefitView> update(
            @RestPath String slug,
            @RestPath String id,
            @Valid @NotNull BenefitInput input,
            @BeanParam UpdateRequest request) {
        return writes.update(rules, key(slug, id), request, new BenefitRules.Placed(slug, input), BenefitView::from);
    }

    @DELETE
    @Path(RECORD)
    @RolesAllowed(Roles.ADMIN)
    public void delete(@RestPath String slug, @RestPath String id, @BeanParam IfMatch ifMatch) {
        writes.delete(rules, key(slug, id), ifMatch);
    }

    /** Its POST, PUT and DELETE, in a batch. */
    @Override
    public List<BatchRoute> batchRoutes() {
        return List.of(
                BatchRoute.create(
                        PATH,
                        rules,
                        BenefitInput.class,
                        (path, input) -> new BenefitRules.Placed(path.get("slug"), input),
                        BenefitView::from),
                BatchRoute.update(
                        PATH + RECORD,
                        rules,
                        BenefitInput.class,
                        path -> key(path.get("slug"), path.get("id")),
                        (path, input) -> new BenefitRules.Placed(path.get("slug"), input),
                        BenefitView::from),
                BatchRoute.delete(PATH + RECORD, rules, path -> key(path.get("slug"), path.get("id"))));
    }

    private static BenefitRules.Key key(String policyId, String id) {
        return new BenefitRules.Key(policyId, ResourceNotFoundException.uuid("benefit", id));
    }
}

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
import java.util.UUID;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.caching.ETags;
import org.aitrainer.api.http.language.LanguageParameter;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.write.CreateRequest;
import org.aitrainer.api.write.IfMatch;
import org.aitrainer.api.write.Roles;
import org.aitrainer.api.write.UpdateRequest;
import org.aitrainer.api.write.Writes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/policies/{slug}/benefits")
@Tag(name = "Policies")
@Produces(MediaType.APPLICATION_JSON)
public class BenefitResource {

    @Inject
    RequestSnapshot snapshots;

    @Inject
    Writes writes;

    @Inject
    BenefitRules rules;

    @GET
    @NonBlocking
    @Path("/{id}")
    @Operation(
            operationId = "getBenefit",
            summary = "Get one benefit of a policy",
            description = "A benefit by its id, with the ETag a PUT or DELETE sends back in If-Match.")
    public RestResponse<BenefitView> get(
            @RestPath
                    @Parameter(description = "The policy's id (slug).", example = "shenzhen-skill-certificate-subsidy")
                    String slug,
            @RestPath
                    @Parameter(
                            description = "The benefit's id (a UUID).",
                            example = "b0000000-0000-4000-8000-000000000005")
                    String id,
            @BeanParam LanguageParameter language) {
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
    @Operation(
            operationId = "createBenefit",
            summary = "Add a benefit to a policy",
            description =
                    "Adds an amount for a period. A new amount for a level and kind ends the open-ended benefit it "
                            + "replaces on the day before it starts (that change appears in the change feed too); any other "
                            + "overlap with a benefit of the same policy, level and kind is a 409 naming it. Needs the editor "
                            + "or admin role.")
    public RestResponse<BenefitView> create(
            @RestPath @Parameter(description = "The policy's id (slug).") String slug,
            @Valid @NotNull BenefitInput input,
            @BeanParam CreateRequest request) {
        return writes.create(rules, request, new BenefitRules.Placed(slug, input), BenefitView::from);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            operationId = "updateBenefit",
            summary = "Correct a benefit",
            description = "Corrects a benefit in place (the change feed keeps what it was). A change of amount in "
                    + "force from a new date is a new benefit: POST it instead. Needs the editor or admin role and "
                    + "If-Match.")
    public RestResponse<BenefitView> update(
            @RestPath @Parameter(description = "The policy's id (slug).") String slug,
            @RestPath @Parameter(description = "The benefit's id (a UUID).") String id,
            @Valid @NotNull BenefitInput input,
            @BeanParam UpdateRequest request) {
        return writes.update(rules, key(slug, id), request, new BenefitRules.Placed(slug, input), BenefitView::from);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "deleteBenefit",
            summary = "Delete a benefit",
            description = "Removes a benefit from every read; the delete is soft and the change feed shows a "
                    + "tombstone. Needs the admin role and If-Match.")
    public void delete(
            @RestPath @Parameter(description = "The policy's id (slug).") String slug,
            @RestPath @Parameter(description = "The benefit's id (a UUID).") String id,
            @BeanParam IfMatch ifMatch) {
        writes.delete(rules, key(slug, id), ifMatch);
    }

    private static BenefitRules.Key key(String policyId, String id) {
        return new BenefitRules.Key(policyId, ResourceNotFoundException.uuid("benefit", id));
    }
}

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

/** A policy's eligibility rules, at {@code /api/v1/policies/{slug}/rules}: read them, add, correct, delete one. */
@Path(RuleResource.PATH)
@Tag(name = PolicyResource.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class RuleResource implements BatchWritable {

    static final String PATH = "/api/v1/policies/{slug}/rules";

    /** A record's path under {@link #PATH}. */
    static final String RECORD = "/{id}";

    @Inject
    RequestSnapshot snapshots;

    @Inject
    Writes writes;

    @Inject
    EligibilityRuleRules rules;

    @GET
    @NonBlocking
    public RestResponse<RuleList> list(@RestPath String slug, @BeanParam LanguageParameter language) {
        Language lang = language.language();
        Policies.PolicyEntry policy = policy(slug);
        List<RuleView> views =
                policy.rules().stream().map(r -> r.view().in(lang)).toList();
        return ETags.ok(new RuleList(policy.slug(), views), policy.version());
    }

    @GET
    @NonBlocking
    @Path(RECORD)
    public RestResponse<RuleView> get(
            @RestPath String slug, @RestPath String id, @BeanParam LanguageParameter language) {
        UUID ruleId = ResourceNotFoundException.uuid("rule", id);
        Policies.RuleEntry rule =
                policy(slug).rule(ruleId).orElseThrow(() -> new ResourceNotFoundException("rule", id));
        return ETags.ok(rule.view().in(language.language()), rule.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public RestResponse<RuleView> create(
            @RestPath String slug, @Valid @NotNull RuleInput input, @BeanParam CreateRequest request) {
        return writes.create(rules, request, new EligibilityRuleRules.Placed(slug, input), RuleView::from);
    }

    @PUT
    @Path(RECORD)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public RestResponse<RuleView> update(
            @RestPath String slug,
            @RestPath String id,
            @Valid @NotNull RuleInput input,
            @BeanParam UpdateRequest request) {
        return writes.update(
                rules, key(slug, id), request, new EligibilityRuleRules.Placed(slug, input), RuleView::from);
    }

    @DELETE
    @Path(RECORD)
    @RolesAllowed(Roles.ADMIN)
    public void delete(@RestPath String slug, @RestPath String id, @BeanParam IfMatch ifMatch) {
        writes.delete(rules, key(slug, id), ifMatch);
    }

    private Policies.PolicyEntry policy(String slug) {
        return snapshots
                .current()
                .part(Policies.class)
                .find(ResourceNotFoundException.slug("policy", slug))
                .orElseThrow(() -> new ResourceNotFoundException("policy", slug));
    }

    /** Its POST, PUT and DELETE, in a batch. */
    @Override
    public List<BatchRoute> batchRoutes() {
        return List.of(
                BatchRoute.create(
                        PATH,
                        rules,
                        RuleInput.class,
                        (path, input) -> new EligibilityRuleRules.Placed(path.get("slug"), input),
                        RuleView::from),
                BatchRoute.update(
                        PATH + RECORD,
                        rules,
                        RuleInput.class,
                        path -> key(path.get("slug"), path.get("id")),
                        (path, input) -> new EligibilityRuleRules.Placed(path.get("slug"), input),
                        RuleView::from),
                BatchRoute.delete(PATH + RECORD, rules, path -> key(path.get("slug"), path.get("id"))));
    }

    private static EligibilityRuleRules.Key key(String policyId, String id) {
        return new EligibilityRuleRules.Key(policyId, ResourceNotFoundException.uuid("rule", id));
    }
}

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
import java.time.LocalDate;
import java.util.List;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.core.SearchText;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.http.caching.ETags;
import org.aitrainer.api.http.language.LanguageParameter;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.region.Regions;
import org.aitrainer.api.snapshot.ReadSnapshot;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.write.CreateRequest;
import org.aitrainer.api.write.IfMatch;
import org.aitrainer.api.write.Roles;
import org.aitrainer.api.write.UpdateRequest;
import org.aitrainer.api.write.Writes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/policies")
@Tag(name = "Policies")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    static final SortOrder.Fields<Policies.PolicyEntry> SORT = SortOrder.Fields.<Policies.PolicyEntry>builder()
            .field("id", (p, lang) -> p.slug())
            .field("title", (p, lang) -> p.view().in(lang).title())
            .field("issuedOn", (p, lang) -> p.view().zh().issuedOn())
            .field("effectiveFrom", (p, lang) -> p.view().zh().effectiveFrom())
            .field("effectiveTo", (p, lang) -> p.view().zh().effectiveTo())
            .field("scope", (p, lang) -> p.view().zh().scope().name())
            .build(null);

    @Inject
    RequestSnapshot snapshots;

    @Inject
    Writes writes;

    @Inject
    PolicyRules rules;

    @GET
    @NonBlocking
    @Operation(
            operationId = "listPolicies",
            summary = "List policies",
            description = "National and local policies that concern AI trainers: development plans, skill and talent "
                    + "subsidies, housing support, occupation catalogues. Without `on`, policies of every date are "
                    + "listed; with it, only those in force that day (a policy with no known dates is never excluded).")
    public RestResponse<Page<PolicyView>> list(
            @BeanParam Listing listing,
            @RestQuery
                    @Parameter(
                            description = "Only policies of this category.",
                            schema = @Schema(implementation = PolicyCategory.class))
                    String category,
            @RestQuery
                    @Parameter(
                            description = "Only policies from this level of government.",
                            schema = @Schema(implementation = PolicyScope.class))
                    String scope,
            @RestQuery
                    @Parameter(
                            description = "Only policies that apply in this region: its own and those of every "
                                    + "region enclosing it, up to the nation (a GB/T 2260 code, or CN for national policies only). An "
                                    + "unknown code is a 400.",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^(CN|[1-9][0-9]{5})$"),
                            example = "440300")
                    String region,
            @RestQuery
                    @Parameter(
                            description = "Only policies with a benefit for this skill level, 1 to 5 "
                                    + "(benefits not tied to a level count for every level).",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"),
                            example = "3")
                    String level,
            @RestQuery
                    @Parameter(
                            description = "Only policies in force on this date (YYYY-MM-DD): started (effective "
                                    + "date, or issue date when no effective date is known) and not ended (the end date is "
                                    + "inclusive).",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2025-06-01")
                    String on,
            @RestQuery
                    @Parameter(
                            description = "Only policies whose title, summary, issuer or document number "
                                    + "contains this text, in either language, ignoring case. At most 100 characters.",
                            example = "深圳")
                    String q,
            @RestQuery
                    @Parameter(
                            description = "Only policies with this verification status.",
                            schema = @Schema(implementation = Verification.class))
                    String verification,
            @RestQuery
                    @Parameter(
                            description =
                                    "Allowed: id, title, issuedOn, effectiveFrom, effectiveTo, scope. Default: the order the "
                                            + "policies were recorded in (national first).",
                            example = "-issuedOn")
                    String sort) {
        ReadSnapshot snapshot = snapshots.current();
        QueryParameters parameters = listing.parameters();
        PolicyCategory policyCategory = parameters.oneOf("category", category, PolicyCategory.class);
        PolicyScope policyScope = parameters.oneOf("scope", scope, PolicyScope.class);
        Integer levelNumber = parameters.level("level", level);
        LocalDate date = parameters.date("on", on);
        String text = parameters.text("q", q);
        Verification status = parameters.oneOf("verification", verification, Verification.class);
        SortOrder<Policies.PolicyEntry> order = parameters.sort(sort, SORT);
        List<String> regionChain = parameters.references(
                "region",
                parameters.regionCode("region", region),
                snapshot.part(Regions.class).chains());
        String folded = text == null ? null : SearchText.fold(text);
        Policies policies = snapshot.part(Policies.class);
        return listing.answer(
                regionChain == null ? policies.all() : policies.inRegions(regionChain),
                p -> (policyCategory == null || p.view().zh().category() == policyCategory)
                        && (policyScope == null || p.view().zh().scope() == policyScope)
                        && (levelNumber == null || p.paysAtLevel(levelNumber))
                        && (folded == null || p.text().contains(folded))
                        && (status == null || p.view().zh().verification() == status)
                        && (date == null || p.inForce(date)),
                order,
                (p, lang) -> p.view().in(lang));
    }

    @GET
    @NonBlocking
    @Path("/{slug}")
    @Operation(
            operationId = "getPolicy",
            summary = "Get one policy with its benefits",
            description = "A policy by its id, with every benefit it has had, has and will have: each amount with "
                    + "its own effective dates, source and verification. The ETag is the one a PUT or DELETE sends "
                    + "back in If-Match.")
    public RestResponse<PolicyView> get(
            @RestPath
                    @Parameter(description = "The policy's id (slug).", example = "shenzhen-skill-certificate-subsidy")
                    String slug,
            @BeanParam LanguageParameter language) {
        Language lang = language.language();
        Policies.PolicyEntry policy = snapshots
                .current()
                .part(Policies.class)
                .find(ResourceNotFoundException.slug("policy", slug))
                .orElseThrow(() -> new ResourceNotFoundException("policy", slug));
        return ETags.ok(policy.withBenefits(lang), policy.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            operationId = "createPolicy",
            summary = "Create a policy",
            description = "Adds a policy, every text in both languages. Needs the editor or admin role.")
    public RestResponse<PolicyView> create(@Valid @NotNull PolicyInput input, @BeanParam CreateRequest request) {
        return writes.create(rules, request, input, PolicyView::withBenefits);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            operationId = "updatePolicy",
            summary = "Update a policy",
            description =
                    "Replaces a policy's fields (its benefits are written separately). Needs the editor or admin role "
                            + "and If-Match.")
    public RestResponse<PolicyView> update(
            @RestPath @Parameter(description = "The policy's id (slug).") String slug,
            @Valid @NotNull PolicyInput input,
            @BeanParam UpdateRequest request) {
        return writes.update(rules, slug, request, input, PolicyView::withBenefits);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "deletePolicy",
            summary = "Delete a policy",
            description = "Removes a policy and its benefits from every read. The delete is soft: the rows stay for "
                    + "the history and the change feed shows tombstones. Needs the admin role and If-Match.")
    public void delete(
            @RestPath @Parameter(description = "The policy's id (slug).") String slug, @BeanParam IfMatch ifMatch) {
        writes.delete(rules, slug, ifMatch);
    }
}

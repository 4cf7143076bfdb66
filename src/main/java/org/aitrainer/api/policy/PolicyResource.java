package org.aitrainer.api.policy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.aitrainer.api.region.RegionHierarchy;
import org.aitrainer.api.shared.Language;
import org.aitrainer.api.shared.LanguageParameter;
import org.aitrainer.api.shared.Page;
import org.aitrainer.api.shared.PageLinks;
import org.aitrainer.api.shared.PageParameters;
import org.aitrainer.api.shared.PageRequest;
import org.aitrainer.api.shared.PagedQuery;
import org.aitrainer.api.shared.QueryParameters;
import org.aitrainer.api.shared.ResourceNotFoundException;
import org.aitrainer.api.shared.SortOrder;
import org.aitrainer.api.shared.Verification;
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

    static final SortOrder.Fields SORT = SortOrder.Fields.builder()
            .field("id", "p.slug")
            .field("title", "p.title.{lang}")
            .field("issuedOn", "p.issuedOn")
            .field("effectiveFrom", "p.effectiveFrom")
            .field("effectiveTo", "p.effectiveTo")
            .field("scope", "p.scope")
            .build(null, "p.id");

    private static final String SELECT = "select p from Policy p left join fetch p.region join fetch p.source";

    @Inject
    EntityManager em;

    @Inject
    RegionHierarchy regions;

    @GET
    @Operation(operationId = "listPolicies", summary = "List policies",
            description = "National and local policies that concern AI trainers: development plans, skill and talent "
                    + "subsidies, housing support, occupation catalogues. Without `on`, policies of every date are "
                    + "listed; with it, only those in force that day (a policy with no known dates is never excluded).")
    public RestResponse<Page<PolicyView>> list(
            @BeanParam LanguageParameter language,
            @BeanParam PageParameters paging,
            @RestQuery @Parameter(description = "Only policies of this category.",
                    schema = @Schema(implementation = PolicyCategory.class))
            String category,
            @RestQuery @Parameter(description = "Only policies from this level of government.",
                    schema = @Schema(implementation = PolicyScope.class))
            String scope,
            @RestQuery @Parameter(description = "Only policies that apply in this region: its own and those of every "
                    + "region enclosing it, up to the nation (a GB/T 2260 code, or CN for national policies only). An "
                    + "unknown code is a 400.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^(CN|[1-9][0-9]{5})$"), example = "440300")
            String region,
            @RestQuery @Parameter(description = "Only policies with a benefit for this skill level, 1 to 5 "
                    + "(benefits not tied to a level count for every level).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"), example = "3")
            String level,
            @RestQuery @Parameter(description = "Only policies in force on this date (YYYY-MM-DD): started (effective "
                    + "date, or issue date when no effective date is known) and not ended (the end date is "
                    + "inclusive).", schema = @Schema(type = SchemaType.STRING, format = "date"),
                    example = "2025-06-01")
            String on,
            @RestQuery @Parameter(description = "Only policies whose title, summary, issuer or document number "
                    + "contains this text, in either language, ignoring case. At most 100 characters.",
                    example = "深圳")
            String q,
            @RestQuery @Parameter(description = "Only policies with this verification status.",
                    schema = @Schema(implementation = Verification.class))
            String verification,
            @RestQuery @Parameter(description = "Comma-separated fields, each optionally prefixed by - for "
                    + "descending order. Allowed: id, title, issuedOn, effectiveFrom, effectiveTo, scope. Default: "
                    + "the order the policies were recorded in (national first).", example = "-issuedOn")
            String sort,
            @Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = paging.read(parameters);
        PolicyCategory policyCategory = parameters.oneOf("category", category, PolicyCategory.class);
        PolicyScope policyScope = parameters.oneOf("scope", scope, PolicyScope.class);
        Integer levelNumber = parameters.level("level", level);
        LocalDate date = parameters.date("on", on);
        String text = parameters.text("q", q);
        Verification status = parameters.oneOf("verification", verification, Verification.class);
        SortOrder order = parameters.sort(sort, SORT);
        List<String> regionChain = regions.filter(parameters, "region", region);
        parameters.validate();
        Language lang = language.language();
        PagedQuery<Policy> query = new PagedQuery<>(Policy.class, SELECT, "select count(p) from Policy p")
                .where("p.category = :category", "category", policyCategory)
                .where("p.scope = :scope", "scope", policyScope)
                .where("p.region.code in :regions", "regions", regionChain)
                .where("exists (select 1 from Benefit x where x.policy = p and (x.level = :level or x.level is null))",
                        "level", levelNumber == null ? null : levelNumber.shortValue())
                .where("lower(p.title.zh) like :q escape '!' or lower(p.title.en) like :q escape '!'"
                        + " or lower(p.summary.zh) like :q escape '!' or lower(p.summary.en) like :q escape '!'"
                        + " or lower(p.issuer.zh) like :q escape '!' or lower(p.issuer.en) like :q escape '!'"
                        + " or lower(p.documentNumber) like :q escape '!'",
                        "q", text == null ? null : PagedQuery.containing(text))
                .where("p.verification = :verification", "verification", status);
        if (date != null) {
            query.where(Policy.IN_FORCE).parameter("on", date);
        }
        Page<Policy> policies = query.page(em, order, lang, page);
        return PageLinks.ok(policies.map(p -> PolicyView.from(p, lang)), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getPolicy", summary = "Get one policy with its benefits",
            description = "A policy by its id, with every benefit it has had, has and will have: each amount with "
                    + "its own effective dates, source and verification.")
    public PolicyView get(
            @RestPath @Parameter(description = "The policy's id (slug).",
                    example = "shenzhen-skill-certificate-subsidy")
            String slug,
            @BeanParam LanguageParameter language) {
        return em.createQuery(SELECT + " left join fetch p.benefits b left join fetch b.source where p.slug = :slug",
                        Policy.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(p -> PolicyView.withBenefits(p, language.language()))
                .orElseThrow(() -> new ResourceNotFoundException("policy", slug));
    }
}

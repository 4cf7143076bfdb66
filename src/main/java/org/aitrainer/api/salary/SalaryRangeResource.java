package org.aitrainer.api.salary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
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
import org.aitrainer.api.shared.SortOrder;
import org.aitrainer.api.shared.Verification;
import org.aitrainer.api.worktype.WorkType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/salary-ranges")
@Tag(name = "Salary ranges")
@Produces(MediaType.APPLICATION_JSON)
public class SalaryRangeResource {

    static final SortOrder.Fields SORT = SortOrder.Fields.builder()
            .field("min", "s.minAmount")
            .field("max", "s.maxAmount")
            .field("level", "s.level")
            .field("referenceYear", "s.referenceYear")
            .build(null, "s.id");

    private static final String SELECT = "select s from SalaryRange s left join fetch s.workType join fetch s.region"
            + " join fetch s.source";

    @Inject
    EntityManager em;

    @Inject
    RegionHierarchy regions;

    @GET
    @Operation(operationId = "listSalaryRanges", summary = "List salary ranges",
            description = "Reported monthly or yearly pay for AI trainers and related roles, by level, work type and "
                    + "region where the source says so. Figures from different sources are kept side by side, each "
                    + "with its own source and verification; many are UNCONFIRMED.")
    public RestResponse<Page<SalaryRangeView>> list(
            @BeanParam LanguageParameter language,
            @BeanParam PageParameters paging,
            @RestQuery @Parameter(description = "Only figures for this skill level, 1 to 5.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"), example = "1")
            String level,
            @RestQuery @Parameter(description = "Only figures for this work type (its id). An unknown id is a 400.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"data-annotator",
                            "ai-algorithm-tester"}))
            String workType,
            @RestQuery @Parameter(description = "Only figures measured in exactly this region (a GB/T 2260 code, or "
                    + "CN for national figures). An unknown code is a 400.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^(CN|[1-9][0-9]{5})$"), example = "420000")
            String region,
            @RestQuery @Parameter(description = "Only figures with this verification status.",
                    schema = @Schema(implementation = Verification.class))
            String verification,
            @RestQuery @Parameter(description = "Comma-separated fields, each optionally prefixed by - for "
                    + "descending order. Allowed: min, max, level, referenceYear. Default: the order of the sources.",
                    example = "-max")
            String sort,
            @Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = paging.read(parameters);
        Integer levelNumber = parameters.level("level", level);
        String workTypeSlug = WorkType.filter(parameters, "workType", workType);
        Verification status = parameters.oneOf("verification", verification, Verification.class);
        SortOrder order = parameters.sort(sort, SORT);
        List<String> regionChain = regions.filter(parameters, "region", region);
        parameters.validate();
        Language lang = language.language();
        Page<SalaryRange> salaries = new PagedQuery<>(SalaryRange.class, SELECT, "select count(s) from SalaryRange s")
                .where("s.level = :level", "level", levelNumber == null ? null : levelNumber.shortValue())
                .where("s.workType.slug = :workType", "workType", workTypeSlug)
                .where("s.region.code = :region", "region", regionChain == null ? null : regionChain.get(0))
                .where("s.verification = :verification", "verification", status)
                .page(em, order, lang, page);
        return PageLinks.ok(salaries.map(s -> SalaryRangeView.from(s, lang)), uri);
    }
}

package org.aitrainer.api.salary;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.region.Regions;
import org.aitrainer.api.snapshot.ReadSnapshot;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.worktype.WorkTypes;
import org.aitrainer.api.write.WritableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/salary-ranges")
@Tag(name = "Salary ranges")
@Produces(MediaType.APPLICATION_JSON)
public class SalaryRangeResource extends WritableCollection<SalaryRangeInput, SalaryRange, SalaryRangeView> {

    static final SortOrder.Fields<SalaryRanges.Entry> SORT = SortOrder.Fields.<SalaryRanges.Entry>builder()
            .field(
                    "min",
                    (s, lang) -> s.view().zh().min() == null
                            ? null
                            : s.view().zh().min().amount())
            .field(
                    "max",
                    (s, lang) -> s.view().zh().max() == null
                            ? null
                            : s.view().zh().max().amount())
            .field("level", (s, lang) -> s.view().zh().level())
            .field("referenceYear", (s, lang) -> s.view().zh().referenceYear())
            .build(null);

    @Inject
    RequestSnapshot snapshots;

    SalaryRangeResource(SalaryRangeRules rules) {
        super(rules, SalaryRangeView::from);
    }

    @GET
    @NonBlocking
    public RestResponse<Page<SalaryRangeView>> list(
            @BeanParam Listing listing,
            @RestQuery String level,
            @RestQuery String workType,
            @RestQuery String region,
            @RestQuery String verification,
            @RestQuery String sort) {
        ReadSnapshot snapshot = snapshots.current();
        QueryParameters parameters = listing.parameters();
        Integer levelNumber = parameters.level("level", level);
        String workTypeSlug = parameters.references(
                "workType",
                parameters.slug("workType", workType),
                snapshot.part(WorkTypes.class).slugs());
        Verification status = parameters.oneOf("verification", verification, Verification.class);
        SortOrder<SalaryRanges.Entry> order = parameters.sort(sort, SORT);
        List<String> regionChain = parameters.references(
                "region",
                parameters.regionCode("region", region),
                snapshot.part(Regions.class).chains());
        String regionCode = regionChain == null ? null : regionChain.get(0);
        return listing.answer(
                snapshot.part(SalaryRanges.class).all(),
                s -> (levelNumber == null || levelNumber.equals(s.view().zh().level()))
                        && (workTypeSlug == null
                                || workTypeSlug.equals(s.view().zh().workType()))
                        && (regionCode == null
                                || regionCode.equals(s.view().zh().region().code()))
                        && (status == null || s.view().zh().verification() == status),
                order,
                (s, lang) -> s.view().in(lang));
    }
}

package org.aitrainer.api.policy;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.aitrainer.api.core.SearchText;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.region.Regions;
import org.aitrainer.api.snapshot.ReadSnapshot;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.write.WritableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/policies")
@Tag(name = "Policies")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource extends WritableCollection<PolicyInput, Policy, PolicyView> {

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

    PolicyResource(PolicyRules rules) {
        super(rules, PolicyView::withBenefits);
    }

    @GET
    @NonBlocking
    public RestResponse<Page<PolicyView>> list(
            @BeanParam Listing listing,
            @RestQuery String category,
            @RestQuery String scope,
            @RestQuery String region,
            @RestQuery String level,
            @RestQuery String on,
            @RestQuery String q,
            @RestQuery String verification,
            @RestQuery String sort) {
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
}

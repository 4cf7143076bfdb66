package org.aitrainer.api.policy;

import java.time.LocalDate;
import java.util.List;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.Selection;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.region.Regions;
import org.aitrainer.api.snapshot.ReadSnapshot;

/** What GET /api/v1/policies is asked besides the page and the language: its filters and its order. */
final class PolicyQuery {

    static final SortOrder.Fields<Policies.PolicyEntry> SORT = SortOrder.Fields.<Policies.PolicyEntry>builder()
            .field("id", (p, lang) -> p.slug())
            .field("title", (p, lang) -> p.view().in(lang).title())
            .field("issuedOn", (p, lang) -> p.issuedOn())
            .field("effectiveFrom", (p, lang) -> p.effectiveFrom())
            .field("effectiveTo", (p, lang) -> p.endsOn())
            .field("scope", (p, lang) -> p.scope().name())
            .build(null);

    private PolicyQuery() {}

    /**
     * The policies every filter keeps, in the requested order: with a region, only those of the region and of the
     * regions enclosing it. Each invalid parameter is rejected.
     */
    static Selection<Policies.PolicyEntry> read(QueryParameters parameters, ReadSnapshot snapshot) {
        PolicyCategory policyCategory = parameters.oneOf("category", PolicyCategory.class);
        PolicyScope policyScope = parameters.oneOf("scope", PolicyScope.class);
        Integer levelNumber = parameters.level("level");
        LocalDate date = parameters.date("on");
        String folded = parameters.searchText("q");
        Verification status = parameters.oneOf("verification", Verification.class);
        SortOrder<Policies.PolicyEntry> order = parameters.sort(SORT);
        List<String> regionChain =
                parameters.knownRegion("region", snapshot.part(Regions.class).chains());
        Policies policies = snapshot.part(Policies.class);
        return new Selection<>(
                regionChain == null ? policies.all() : policies.inRegions(regionChain),
                p -> (policyCategory == null || p.category() == policyCategory)
                        && (policyScope == null || p.scope() == policyScope)
                        && (levelNumber == null || p.paysAtLevel(levelNumber))
                        && (folded == null || p.text().contains(folded))
                        && (status == null || p.verification() == status)
                        && (date == null || p.inForce(date)),
                order);
    }
}

package org.aitrainer.api.policy;

import org.aitrainer.api.core.Verification;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.region.Regions;
import org.aitrainer.api.snapshot.CollectionDeclaration;
import org.aitrainer.api.snapshot.QueryFilter;

/** The policies, at {@code /api/v1/policies}: their filters and their order. */
final class PolicyCollection {

    static final String PATH = "/api/v1/policies";

    static final SortOrder.Fields<Policies.PolicyEntry> SORT = SortOrder.Fields.<Policies.PolicyEntry>builder()
            .field("id", (p, lang) -> p.slug())
            .field("title", (p, lang) -> p.view().in(lang).title())
            .field("issuedOn", (p, lang) -> p.issuedOn())
            .field("effectiveFrom", (p, lang) -> p.effectiveFrom())
            .field("effectiveTo", (p, lang) -> p.endsOn())
            .field("scope", (p, lang) -> p.scope().name())
            .build(null);

    static final CollectionDeclaration<Policies.PolicyEntry> DECLARED = CollectionDeclaration.<Policies.PolicyEntry>at(
                    PATH)
            .described(
                    "listPolicies",
                    "List policies",
                    "National and local policies that concern AI trainers: development plans, skill and "
                            + "talent subsidies, housing support, occupation catalogues. Without `on`, policies of "
                            + "every date are listed; with it, only those in force that day (a policy with no known "
                            + "dates is never excluded).")
            .linked(60, "policies", "政策", "Policies")
            .listing(snapshot -> snapshot.part(Policies.class).all())
            .filter(QueryFilter.oneOf(
                    "category",
                    PolicyCategory.class,
                    "Only policies of this category.",
                    (p, category) -> p.category() == category))
            .filter(QueryFilter.oneOf(
                    "scope",
                    PolicyScope.class,
                    "Only policies from this level of government.",
                    (p, scope) -> p.scope() == scope))
            .filter(QueryFilter.level(
                    "level",
                    "Only policies with a benefit for this skill level, 1 to 5 (benefits not tied to a level count for"
                            + " every level).",
                    3,
                    Policies.PolicyEntry::paysAtLevel))
            .filter(QueryFilter.date(
                    "on",
                    "Only policies in force on this date (YYYY-MM-DD): started (effective date, or issue date when no"
                            + " effective date is known) and not ended (the end date is inclusive).",
                    "2025-06-01",
                    Policies.PolicyEntry::inForce))
            .filter(QueryFilter.text(
                    "q",
                    "Only policies whose title, summary, issuer or document number contains this text, in either"
                            + " language, ignoring case. At most 100 characters.",
                    "深圳",
                    (p, folded) -> p.text().contains(folded)))
            .filter(QueryFilter.oneOf(
                    "verification",
                    Verification.class,
                    "Only policies with this verification status.",
                    (p, status) -> p.verification() == status))
            .sort(SORT, "-issuedOn", "the order the policies were recorded in (national first)")
            .filter(QueryFilter.region(
                    "region",
                    "Only policies that apply in this region: its own and those of every region enclosing it, up to"
                            + " the nation (a GB/T 2260 code, or CN for national policies only). An unknown code is a"
                            + " 400.",
                    "440300",
                    snapshot -> snapshot.part(Regions.class).chains(),
                    (chain, snapshot) ->
                            new QueryFilter.Kept<>(snapshot.part(Policies.class).inRegions(chain), null)))
            .warmUp("region=440300")
            .exported(
                    70,
                    "policies",
                    "Every policy that is not deleted, in the order recorded, each with its benefits that are not "
                            + "deleted.",
                    PolicyExport.class,
                    em -> PolicyExport.read(em, true))
            .record(
                    "getPolicy",
                    "Get one policy with its benefits",
                    "A policy by its id, with every benefit it has had, has and will have: each amount with its own effective dates, source and verification. The ETag is the one a PUT or DELETE sends back in If-Match.",
                    QueryFilter.Documented.string(
                            "slug", "The policy's id (slug).", "shenzhen-skill-certificate-subsidy"))
            .build();

    private PolicyCollection() {}
}

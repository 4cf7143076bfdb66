package org.aitrainer.api.policy;

import jakarta.ws.rs.Path;
import org.aitrainer.api.write.WritableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The policies, at {@code /api/v1/policies}: list them, filtered as {@link PolicyQuery} reads; add one. */
@Path("/api/v1/policies")
@Tag(name = "Policies")
public class PolicyResource extends WritableCollection<Policies.PolicyEntry, PolicyInput, Policy, PolicyView> {

    PolicyResource(PolicyRules rules) {
        super(PolicyQuery::read, (policy, lang) -> policy.view().in(lang), rules, PolicyView::withBenefits);
    }
}

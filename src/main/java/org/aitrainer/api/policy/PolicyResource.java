package org.aitrainer.api.policy;

import jakarta.ws.rs.Path;
import org.aitrainer.api.write.WritableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The policies, at {@code /api/v1/policies}: list them, filtered as {@link PolicyQuery} reads; add one. */
@Path(PolicyCollection.PATH)
@Tag(name = PolicyResource.TAG)
public class PolicyResource extends WritableCollection<Policies.PolicyEntry, PolicyInput, Policy, PolicyView> {

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Policies";

    public static final String ABOUT =
            "National and local policies with every benefit they have had, and the eligibility rules of who "
                    + "may claim them.";

    PolicyResource(PolicyRules rules) {
        super(PolicyCollection.DECLARED, (policy, lang) -> policy.view().in(lang), rules, PolicyView::withBenefits);
    }
}

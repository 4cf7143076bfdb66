package org.aitrainer.api.policy;

import jakarta.ws.rs.Path;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.write.WritableRecord;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One policy, at {@code /api/v1/policies/{slug}}: read it with its benefits, correct it, delete it. */
@Path("/api/v1/policies/{slug}")
@Tag(name = PolicyResource.TAG)
public class PolicyRecordResource extends WritableRecord<String, PolicyInput, Policy, PolicyView> {

    PolicyRecordResource(PolicyRules rules) {
        super(
                PolicyCollection.DECLARED,
                "policy",
                rules,
                ResourceNotFoundException::slug,
                Policies.class,
                PolicyView::withBenefits);
    }
}

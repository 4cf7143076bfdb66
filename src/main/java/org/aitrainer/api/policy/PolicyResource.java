package org.aitrainer.api.policy;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.write.WritableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/policies")
@Tag(name = "Policies")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource extends WritableCollection<PolicyInput, Policy, PolicyView> {

    @Inject
    RequestSnapshot snapshots;

    PolicyResource(PolicyRules rules) {
        super(rules, PolicyView::withBenefits);
    }

    @GET
    @NonBlocking
    public RestResponse<Page<PolicyView>> list(@BeanParam Listing listing, @BeanParam PolicyQuery query) {
        return listing.answer(
                query.read(listing.parameters(), snapshots.current()),
                (p, lang) -> p.view().in(lang));
    }
}

package org.aitrainer.api.salary;

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

@Path("/api/v1/salary-ranges")
@Tag(name = "Salary ranges")
@Produces(MediaType.APPLICATION_JSON)
public class SalaryRangeResource extends WritableCollection<SalaryRangeInput, SalaryRange, SalaryRangeView> {

    @Inject
    RequestSnapshot snapshots;

    SalaryRangeResource(SalaryRangeRules rules) {
        super(rules, SalaryRangeView::from);
    }

    @GET
    @NonBlocking
    public RestResponse<Page<SalaryRangeView>> list(@BeanParam Listing listing, @BeanParam SalaryRangeQuery query) {
        return listing.answer(
                query.read(listing.parameters(), snapshots.current()),
                (s, lang) -> s.view().in(lang));
    }
}

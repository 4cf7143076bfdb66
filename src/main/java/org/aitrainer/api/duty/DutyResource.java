package org.aitrainer.api.duty;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aitrainer.api.core.SearchText;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.ReadSnapshot;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.worktype.WorkTypes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/duties")
@Tag(name = "Duties")
@Produces(MediaType.APPLICATION_JSON)
public class DutyResource {

    static final SortOrder.Fields<Duties.Entry> SORT = SortOrder.Fields.<Duties.Entry>builder()
            .field("id", (d, lang) -> d.view().zh().id())
            .field("name", (d, lang) -> d.view().in(lang).name())
            .field("kind", (d, lang) -> d.view().zh().kind().name())
            .field("position", (d, lang) -> d.view().zh().position())
            .build(null);

    @Inject
    RequestSnapshot snapshots;

    @GET
    @NonBlocking
    public RestResponse<Page<DutyView>> list(
            @BeanParam Listing listing,
            @RestQuery String level,
            @RestQuery String workType,
            @RestQuery String kind,
            @RestQuery String q,
            @RestQuery String sort) {
        ReadSnapshot snapshot = snapshots.current();
        QueryParameters parameters = listing.parameters();
        Integer levelNumber = parameters.level("level", level);
        String workTypeSlug = parameters.references(
                "workType",
                parameters.slug("workType", workType),
                snapshot.part(WorkTypes.class).slugs());
        DutyKind dutyKind = parameters.oneOf("kind", kind, DutyKind.class);
        String text = parameters.text("q", q);
        SortOrder<Duties.Entry> order = parameters.sort(sort, SORT);
        String folded = text == null ? null : SearchText.fold(text);
        return listing.answer(
                snapshot.part(Duties.class).all(),
                d -> (levelNumber == null || d.view().zh().levels().contains(levelNumber))
                        && (workTypeSlug == null || d.view().zh().workTypes().contains(workTypeSlug))
                        && (dutyKind == null || d.view().zh().kind() == dutyKind)
                        && (folded == null || d.text().contains(folded)),
                order,
                (d, lang) -> d.view().in(lang));
    }
}

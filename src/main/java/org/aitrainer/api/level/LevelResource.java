package org.aitrainer.api.level;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/levels")
@Tag(name = "Levels")
@Produces(MediaType.APPLICATION_JSON)
public class LevelResource {

    static final SortOrder.Fields<Localized<LevelView>> SORT = SortOrder.Fields.<Localized<LevelView>>builder()
            .field("level", (l, lang) -> l.zh().level())
            .field("trainingHours", (l, lang) -> l.zh().trainingHours())
            .build("-level", Comparator.comparingInt(l -> l.zh().level()));

    @Inject
    RequestSnapshot snapshots;

    @GET
    @NonBlocking
    public RestResponse<Page<LevelView>> list(@BeanParam Listing listing, @RestQuery String sort) {
        Levels levels = snapshots.current().part(Levels.class);
        return listing.answer(levels.all(), l -> true, listing.parameters().sort(sort, SORT), Localized::in);
    }
}

package org.aitrainer.api.occupation;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.ApiLink;
import org.aitrainer.api.http.Linked;
import org.aitrainer.api.http.query.LanguageParameter;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(OccupationResource.PATH)
@Tag(name = OccupationResource.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class OccupationResource implements Linked {

    static final String PATH = "/api/v1/occupation";

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Occupation";

    public static final String ABOUT =
            "The occupation's profile: definition, standard, career path, industries and outlook.";

    @Inject
    RequestSnapshot snapshots;

    @GET
    @NonBlocking
    public OccupationProfile get(@BeanParam LanguageParameter language) {
        return snapshots
                .current()
                .part(OccupationProfiles.class)
                .aiTrainer()
                .map(profile -> profile.in(language.language()))
                .orElseThrow(() -> new ResourceNotFoundException("occupation", Occupation.AI_TRAINER));
    }

    @Override
    public List<ApiLink> links() {
        return List.of(new ApiLink(10, "occupation", PATH, "职业概况", "The occupation profile"));
    }

    @Override
    public List<String> warmUp() {
        return List.of(PATH);
    }
}

package org.aitrainer.api.occupation;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.language.LanguageParameter;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/occupation")
@Tag(name = "Occupation")
@Produces(MediaType.APPLICATION_JSON)
public class OccupationResource {

    @Inject
    RequestSnapshot snapshots;

    @GET
    @NonBlocking
    @Operation(
            operationId = "getOccupation",
            summary = "Get the occupation profile",
            description = "AI Trainer (人工智能训练师, 4-04-05-05): its definition, creation, national standard, working "
                    + "environment, minimum education, career path, industries, technology trends and outlook; its "
                    + "path in the national occupational classification, its digital (\"S\") mark and the "
                    + "occupations beside it. Every statement and step carries its source and verification.")
    public OccupationProfile get(@BeanParam LanguageParameter language) {
        return snapshots
                .current()
                .part(OccupationProfiles.class)
                .aiTrainer()
                .map(profile -> profile.in(language.language()))
                .orElseThrow(() -> new ResourceNotFoundException("occupation", Occupation.AI_TRAINER));
    }
}

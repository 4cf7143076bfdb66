package org.aitrainer.api.index;

import io.quarkus.arc.All;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.http.ApiLink;
import org.aitrainer.api.http.Linked;
import org.aitrainer.api.http.query.LanguageParameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The entry point, at {@code /api/v1}: a link to every resource that declares one ({@link Linked}), in the order
 * they declare.
 */
@Path("/api/v1")
@Tag(name = ApiIndexResource.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class ApiIndexResource {

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Index";

    public static final String ABOUT = "The entry point, with links to every collection.";

    private final ApiIndex chinese;
    private final ApiIndex english;

    ApiIndexResource(@All List<Linked> resources) {
        List<ApiLink> links = resources.stream()
                .flatMap(resource -> resource.links().stream())
                .sorted(Comparator.comparingInt(ApiLink::position))
                .toList();
        this.chinese = index("人工智能训练师职业数据 API", links, Language.ZH_CN);
        this.english = index("AI Trainer career data API", links, Language.EN);
    }

    @GET
    @NonBlocking
    public ApiIndex index(@BeanParam LanguageParameter language) {
        return language.language() == Language.EN ? english : chinese;
    }

    private static ApiIndex index(String title, List<ApiLink> links, Language language) {
        return new ApiIndex(
                title,
                "v1",
                links.stream()
                        .map(link -> new ApiIndex.Link(link.rel(), link.path(), link.title(language)))
                        .toList());
    }
}

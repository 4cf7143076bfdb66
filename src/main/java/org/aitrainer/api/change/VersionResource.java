package org.aitrainer.api.change;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.aitrainer.api.http.ApiLink;
import org.aitrainer.api.http.Linked;
import org.aitrainer.api.http.openapi.OpenApiDocumentation;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.PageLinks;
import org.aitrainer.api.http.query.PageRequest;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The data versions, at {@code /api/v1/versions}, newest first: what each write committed, when, and whether its
 * answers can be read again with {@code version}.
 */
@Path(VersionResource.PATH)
@Tag(name = VersionResource.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource implements Linked {

    static final String PATH = "/api/v1/versions";

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Versions";

    public static final String ABOUT = "Every data version, newest first: pass one as version to any GET to read "
            + "the answers as they were then.";

    @Inject
    ChangeLog log;

    @Inject
    RequestSnapshot snapshot;

    @GET
    @Extension(name = OpenApiDocumentation.REVALIDATED, value = "true")
    public RestResponse<Page<VersionView>> list(@Context UriInfo uri) {
        QueryParameters parameters = QueryParameters.of(uri);
        PageRequest request = parameters.page(parameters.raw("page"), parameters.raw("size"));
        parameters.validate();
        Page<VersionView> page = log.versions(request, snapshot.pinnedVersion().orElse(Long.MAX_VALUE));
        RestResponse<Page<VersionView>> answer = PageLinks.ok(page, uri);
        answer.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
        answer.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, "zh-CN, en");
        return answer;
    }

    @Override
    public List<ApiLink> links() {
        return List.of(new ApiLink(115, "versions", PATH, "数据版本", "Data versions"));
    }
}

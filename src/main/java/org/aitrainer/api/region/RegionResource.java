package org.aitrainer.api.region;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.aitrainer.api.shared.Language;
import org.aitrainer.api.shared.LanguageParameter;
import org.aitrainer.api.shared.Page;
import org.aitrainer.api.shared.PageLinks;
import org.aitrainer.api.shared.PageParameters;
import org.aitrainer.api.shared.PageRequest;
import org.aitrainer.api.shared.PagedQuery;
import org.aitrainer.api.shared.QueryParameters;
import org.aitrainer.api.shared.ResourceNotFoundException;
import org.aitrainer.api.shared.SortOrder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/regions")
@Tag(name = "Regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    static final SortOrder.Fields SORT = SortOrder.Fields.builder()
            .field("code", "r.code")
            .field("name", "r.name.{lang}")
            .field("depth", "r.depth")
            .build("depth,code", "r.code");

    @Inject
    EntityManager em;

    @Inject
    RegionHierarchy hierarchy;

    @GET
    @Operation(operationId = "listRegions", summary = "List regions",
            description = "The administrative divisions that policies and salary figures refer to, identified by "
                    + "their GB/T 2260 codes (CN for the nation). Filter by the enclosing region to build a picker.")
    public RestResponse<Page<RegionView>> list(
            @BeanParam LanguageParameter language,
            @BeanParam PageParameters paging,
            @RestQuery @Parameter(description = "Only the regions directly inside this region (a GB/T 2260 code or "
                    + "CN). An unknown code is a 400.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^(CN|[1-9][0-9]{5})$"), example = "440000") String parent,
            @RestQuery @Parameter(description = "Comma-separated fields, each optionally prefixed by - for "
                    + "descending order. Allowed: code, name, depth (nation first). Default: depth,code.",
                    example = "depth,code") String sort,
            @Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = paging.read(parameters);
        SortOrder order = parameters.sort(sort, SORT);
        List<String> parentChain = hierarchy.filter(parameters, "parent", parent);
        parameters.validate();
        Language lang = language.language();
        Page<Region> regions = new PagedQuery<>(Region.class, "select r from Region r", "select count(r) from Region r")
                .where("r.parentCode = :parent", "parent", parentChain == null ? null : parentChain.get(0))
                .page(em, order, lang, page);
        return PageLinks.ok(regions.map(r -> RegionView.from(r, lang)), uri);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRegion", summary = "Get one region",
            description = "A region with the regions that enclose it (from the nation down) and those directly "
                    + "inside it.")
    public RegionView get(
            @RestPath @Parameter(description = "GB/T 2260 code, or CN for the nation.", example = "440300")
            String code,
            @BeanParam LanguageParameter language) {
        Language lang = language.language();
        Region region = Region.<Region>findByIdOptional(code)
                .orElseThrow(() -> new ResourceNotFoundException("region", code));
        List<String> chain = hierarchy.selfAndAncestors(code);
        List<Region> family = Region.list("code in ?1 or parentCode = ?2", chain, code);
        List<String> enclosing = new java.util.ArrayList<>(chain.subList(1, chain.size()));
        java.util.Collections.reverse(enclosing);
        List<RegionRef> ancestors = enclosing.stream()
                .map(ancestor -> family.stream().filter(r -> r.code.equals(ancestor)).findFirst().orElseThrow())
                .map(r -> RegionRef.from(r, lang))
                .toList();
        List<RegionRef> children = family.stream()
                .filter(r -> code.equals(r.parentCode))
                .sorted(java.util.Comparator.comparing(r -> r.code))
                .map(r -> RegionRef.from(r, lang))
                .toList();
        return RegionView.from(region, lang).withFamily(ancestors, children);
    }
}

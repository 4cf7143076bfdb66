package org.aitrainer.api.region;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.caching.ETags;
import org.aitrainer.api.http.language.LanguageParameter;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.write.CreateRequest;
import org.aitrainer.api.write.IfMatch;
import org.aitrainer.api.write.Roles;
import org.aitrainer.api.write.UpdateRequest;
import org.aitrainer.api.write.Writes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/regions")
@Tag(name = "Regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    static final SortOrder.Fields<Regions.Entry> SORT = SortOrder.Fields.<Regions.Entry>builder()
            .field("code", (r, lang) -> r.code())
            .field("name", (r, lang) -> r.view().in(lang).name())
            .field("depth", (r, lang) -> r.depth())
            .build("depth,code", Comparator.comparing(Regions.Entry::code));

    @Inject
    RequestSnapshot snapshots;

    @Inject
    RegionHierarchy hierarchy;

    @Inject
    Writes writes;

    @Inject
    RegionRules rules;

    @GET
    @NonBlocking
    @Operation(
            operationId = "listRegions",
            summary = "List regions",
            description = "The administrative divisions that policies and salary figures refer to, identified by "
                    + "their GB/T 2260 codes (CN for the nation). Filter by the enclosing region to build a picker.")
    public RestResponse<Page<RegionView>> list(
            @BeanParam Listing listing,
            @RestQuery
                    @Parameter(
                            description = "Only the regions directly inside this region (a GB/T 2260 code or "
                                    + "CN). An unknown code is a 400.",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^(CN|[1-9][0-9]{5})$"),
                            example = "440000")
                    String parent,
            @RestQuery
                    @Parameter(
                            description = "Allowed: code, name, depth (nation first). Default: depth,code.",
                            example = "depth,code")
                    String sort) {
        Regions regions = snapshots.current().part(Regions.class);
        QueryParameters parameters = listing.parameters();
        SortOrder<Regions.Entry> order = parameters.sort(sort, SORT);
        List<String> parentChain =
                parameters.references("parent", parameters.regionCode("parent", parent), regions.chains());
        List<Regions.Entry> candidates = parentChain == null ? regions.all() : regions.inside(parentChain.get(0));
        return listing.answer(
                candidates, r -> true, order, (r, lang) -> r.view().in(lang));
    }

    @GET
    @NonBlocking
    @Path("/{code}")
    @Operation(
            operationId = "getRegion",
            summary = "Get one region",
            description = "A region with the regions that enclose it (from the nation down) and those directly "
                    + "inside it, and the ETag a PUT or DELETE sends back in If-Match.")
    public RestResponse<RegionView> get(
            @RestPath @Parameter(description = "GB/T 2260 code, or CN for the nation.", example = "440300") String code,
            @BeanParam LanguageParameter language) {
        Language lang = language.language();
        Regions regions = snapshots.current().part(Regions.class);
        Regions.Entry region = regions.find(ResourceNotFoundException.regionCode(code))
                .orElseThrow(() -> new ResourceNotFoundException("region", code));
        return ETags.ok(regions.withFamily(region, lang), region.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "createRegion",
            summary = "Create a region",
            description =
                    "Adds an administrative division inside an existing one, its name in both languages. Its kind "
                            + "must be deeper than the enclosing region's (COUNTRY, PROVINCE, PREFECTURE, COUNTY); CN, the "
                            + "nation, exists already. Needs the admin role.")
    public RestResponse<RegionView> create(@Valid @NotNull RegionInput input, @BeanParam CreateRequest request) {
        return writes.create(rules, request, input, this::withFamily);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "updateRegion",
            summary = "Update a region",
            description =
                    "Renames a region, or moves it into another enclosing region; its code never changes. A region "
                            + "cannot enclose itself, and its kind stays deeper than its enclosing region's and shallower than "
                            + "those inside it. Needs the admin role and If-Match.")
    public RestResponse<RegionView> update(
            @RestPath @Parameter(description = "GB/T 2260 code, or CN for the nation.") String code,
            @Valid @NotNull RegionInput input,
            @BeanParam UpdateRequest request) {
        return writes.update(rules, code, request, input, this::withFamily);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "deleteRegion",
            summary = "Delete a region",
            description = "Deletes a region for good; the change feed keeps what it was. A region with regions "
                    + "inside it, or that a policy (a deleted one included) or a salary range refers to, cannot be "
                    + "deleted: that is a 409. Needs the admin role and If-Match.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(
            @RestPath @Parameter(description = "GB/T 2260 code, or CN for the nation.") String code,
            @BeanParam IfMatch ifMatch) {
        writes.delete(rules, code, ifMatch);
    }

    /**
     * A write's answer, read inside its transaction: the region with the regions enclosing it, from the nation down,
     * and those directly inside it, as a GET shows it once the write has committed.
     */
    private RegionView withFamily(Region region, Language lang) {
        String code = region.code;
        List<String> chain = hierarchy.selfAndAncestors(code);
        List<Region> family = Region.list("code in ?1 or parentCode = ?2", chain, code);
        List<String> enclosing = new java.util.ArrayList<>(chain.subList(1, chain.size()));
        java.util.Collections.reverse(enclosing);
        List<RegionRef> ancestors = enclosing.stream()
                .map(ancestor -> family.stream()
                        .filter(r -> r.code.equals(ancestor))
                        .findFirst()
                        .orElseThrow())
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

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
    public RestResponse<Page<RegionView>> list(
            @BeanParam Listing listing, @RestQuery String parent, @RestQuery String sort) {
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
    public RestResponse<RegionView> get(@RestPath String code, @BeanParam LanguageParameter language) {
        Language lang = language.language();
        Regions regions = snapshots.current().part(Regions.class);
        Regions.Entry region = regions.find(ResourceNotFoundException.regionCode(code))
                .orElseThrow(() -> new ResourceNotFoundException("region", code));
        return ETags.ok(regions.withFamily(region, lang), region.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<RegionView> create(@Valid @NotNull RegionInput input, @BeanParam CreateRequest request) {
        return writes.create(rules, request, input, this::withFamily);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<RegionView> update(
            @RestPath String code, @Valid @NotNull RegionInput input, @BeanParam UpdateRequest request) {
        return writes.update(rules, code, request, input, this::withFamily);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    public void delete(@RestPath String code, @BeanParam IfMatch ifMatch) {
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

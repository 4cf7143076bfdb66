package org.aitrainer.api.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.Reference;
import org.aitrainer.api.snapshot.Found;
import org.aitrainer.api.snapshot.RecordReads;
import org.aitrainer.api.snapshot.SnapshotPart;

/**
 * The region tree as reads serve it: every region in both languages, the regions inside each, and each region's
 * chain up to the nation (what applies in a region applies in every region inside it).
 */
@Published("Salary ranges and subsidies are looked up through the region tree.")
public final class Regions implements RecordReads<String, RegionView> {

    /** A region as read: its representations, its place in the tree and its stored version. */
    public record Entry(
            String code,
            String parentCode,
            int depth,
            long version,
            Localized<RegionView> view,
            Localized<RegionRef> ref) {}

    private static final Comparator<Entry> TREE_ORDER =
            Comparator.comparingInt(Entry::depth).thenComparing(Entry::code);

    private final Map<String, Entry> byCode;
    private final List<Entry> all;
    private final Map<String, List<Entry>> inside;
    private final Map<String, List<String>> chains;

    private Regions(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(TREE_ORDER);
        this.all = List.copyOf(sorted);
        Map<String, Entry> codes = new LinkedHashMap<>();
        Map<String, List<Entry>> children = new HashMap<>();
        for (Entry entry : all) {
            codes.put(entry.code(), entry);
            if (entry.parentCode() != null) {
                children.computeIfAbsent(entry.parentCode(), parent -> new ArrayList<>())
                        .add(entry);
            }
        }
        this.byCode = codes;
        Map<String, List<Entry>> frozen = new HashMap<>();
        children.forEach((parent, list) -> frozen.put(parent, List.copyOf(list)));
        this.inside = frozen;
        Map<String, List<String>> up = new HashMap<>();
        for (Entry entry : all) {
            up.put(entry.code(), chainOf(entry, codes));
        }
        this.chains = up;
    }

    private static List<String> chainOf(Entry entry, Map<String, Entry> codes) {
        List<String> chain = new ArrayList<>();
        for (Entry at = entry;
                at != null && chain.size() <= 10;
                at = at.parentCode() == null ? null : codes.get(at.parentCode())) {
            chain.add(at.code());
        }
        return List.copyOf(chain);
    }

    /** Every region, from the nation down, by code within a level. */
    public List<Entry> all() {
        return all;
    }

    public Optional<Entry> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The regions directly inside a region, by code. */
    public List<Entry> inside(String code) {
        return inside.getOrDefault(code, List.of());
    }

    /** The region and every region enclosing it, from the region itself up to the nation; empty when unknown. */
    public List<String> selfAndAncestors(String code) {
        return chains.getOrDefault(code, List.of());
    }

    /** Regions as a query filter names them: a code leads to the region and every region enclosing it. */
    public Reference<String, List<String>> chains() {
        return Region.REFERENCE.lookingUp(code -> {
            List<String> chain = selfAndAncestors(code);
            return chain.isEmpty() ? Optional.empty() : Optional.of(chain);
        });
    }

    /** The regions of a chain, as named in an answer, in the chain's order. */
    public List<RegionRef> refs(List<String> codes, Language language) {
        return codes.stream().map(code -> byCode.get(code).ref().in(language)).toList();
    }

    /** The region with the regions enclosing it, from the nation down, and those directly inside it. */
    public RegionView withFamily(Entry region, Language language) {
        List<String> chain = selfAndAncestors(region.code());
        List<RegionRef> ancestors = new ArrayList<>();
        for (int i = chain.size() - 1; i > 0; i--) {
            ancestors.add(byCode.get(chain.get(i)).ref().in(language));
        }
        List<RegionRef> children =
                inside(region.code()).stream().map(r -> r.ref().in(language)).toList();
        return region.view().in(language).withFamily(List.copyOf(ancestors), children);
    }

    @Override
    public Optional<Found<RegionView>> read(String code, Language language) {
        return find(code).map(region -> Found.versioned(withFamily(region, language), region.version()));
    }

    /** Reads the regions into the snapshot. */
    @ApplicationScoped
    static class Part implements SnapshotPart<Regions> {

        @Override
        public Set<String> shows() {
            return Set.of(RegionRules.TYPE);
        }

        @Override
        public Class<Regions> type() {
            return Regions.class;
        }

        @Override
        public Regions load(EntityManager em) {
            return new Regions(em.createQuery("select r from Region r", Region.class)
                    .getResultStream()
                    .map(r -> new Entry(
                            r.code,
                            r.parentCode,
                            r.depth,
                            r.version,
                            Localized.of(lang -> RegionView.from(r, lang)),
                            Localized.of(lang -> RegionRef.from(r, lang))))
                    .toList());
        }
    }
}

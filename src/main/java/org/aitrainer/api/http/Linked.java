package org.aitrainer.api.http;

import java.util.List;

/**
 * A resource the API's entry point links to. The index lists the links of every such resource, and the warm-up reads
 * what they say front ends read most, so that neither keeps a list of its own.
 */
public interface Linked {

    /** Its links in the index. */
    List<ApiLink> links();

    /** The reads a warm-up makes of it, paths with their queries: those front ends make most. */
    default List<String> warmUp() {
        return List.of();
    }
}

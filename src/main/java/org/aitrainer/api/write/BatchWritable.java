package org.aitrainer.api.write;

import java.util.List;

/** A resource whose writes a batch can carry: the routes it declares for them. */
public interface BatchWritable {

    List<BatchRoute> batchRoutes();
}

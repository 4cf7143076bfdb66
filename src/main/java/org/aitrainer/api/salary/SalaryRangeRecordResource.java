package org.aitrainer.api.salary;

import jakarta.ws.rs.Path;
import java.util.UUID;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.write.WritableRecord;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One salary range, at {@code /api/v1/salary-ranges/{id}}: read it, correct it, delete it. */
@Path("/api/v1/salary-ranges/{id}")
@Tag(name = SalaryRangeResource.TAG)
public class SalaryRangeRecordResource extends WritableRecord<UUID, SalaryRangeInput, SalaryRange, SalaryRangeView> {

    SalaryRangeRecordResource(SalaryRangeRules rules) {
        super(
                SalaryRangeCollection.DECLARED,
                "salary range",
                rules,
                ResourceNotFoundException::uuid,
                SalaryRanges.class,
                SalaryRangeView::from);
    }
}

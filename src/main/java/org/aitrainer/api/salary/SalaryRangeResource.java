package org.aitrainer.api.salary;

import jakarta.ws.rs.Path;
import org.aitrainer.api.write.WritableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The salary ranges, at {@code /api/v1/salary-ranges}: list them, filtered as {@link SalaryRangeQuery} reads; add one. */
@Path(SalaryRangeCollection.PATH)
@Tag(name = SalaryRangeResource.TAG)
public class SalaryRangeResource
        extends WritableCollection<SalaryRanges.Entry, SalaryRangeInput, SalaryRange, SalaryRangeView> {

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Salary ranges";

    public static final String ABOUT = "Reported pay, each figure with its source.";

    SalaryRangeResource(SalaryRangeRules rules) {
        super(SalaryRangeCollection.DECLARED, (salary, lang) -> salary.view().in(lang), rules, SalaryRangeView::from);
    }
}

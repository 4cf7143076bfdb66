package org.aitrainer.api.write;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.aitrainer.api.core.Reference;
import org.aitrainer.api.http.problem.InvalidBodyException;
import org.aitrainer.api.http.problem.Problem;

/**
 * The checks of a request body that need more than one field or the database; collects every error so that one
 * 400 names them all. Call {@link #validate()} before writing anything.
 */
public final class FieldChecks {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public FieldChecks reject(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    public FieldChecks check(boolean valid, String field, String message) {
        return valid ? this : reject(field, message);
    }

    /**
     * The record a field refers to by its key, or null. A key that names nothing is an error of the field; a missing
     * key is not checked here (the body's schema says whether the field is required).
     */
    public <K, T> T references(String field, K key, Reference<K, T> reference) {
        return reference.resolve(field, key, this::reject);
    }

    public FieldChecks currency(String field, String code) {
        if (code == null) {
            return this;
        }
        try {
            if (code.matches("[A-Z]{3}") && Currency.getInstance(code) != null) {
                return this;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        return reject(field, "must be an ISO 4217 currency code such as CNY");
    }

    public FieldChecks notAfter(String fromField, LocalDate from, String toField, LocalDate to) {
        return check(from == null || to == null || !from.isAfter(to), toField, "must not be before " + fromField);
    }

    public FieldChecks notBelow(String minField, BigDecimal min, String maxField, BigDecimal max) {
        return check(
                min == null || max == null || max.compareTo(min) >= 0, maxField, "must not be less than " + minField);
    }

    public void validate() {
        if (!errors.isEmpty()) {
            throw new InvalidBodyException(errors);
        }
    }
}

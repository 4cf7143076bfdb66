package org.aitrainer.api.core;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An amount of money.")
public record Money(
        @Schema(description = "The amount, in units of the currency (yuan for CNY).", examples = "2400")
        BigDecimal amount,

        @Schema(description = "ISO 4217 currency code.", examples = "CNY", pattern = "^[A-Z]{3}$")
        String currency) {

    /** Null when there is no amount, so optional money stays optional in JSON. */
    public static Money of(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount.stripTrailingZeros(), currency);
    }
}

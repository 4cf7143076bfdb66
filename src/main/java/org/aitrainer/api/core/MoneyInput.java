package org.aitrainer.api.core;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount of money as partners write it: the shape of {@link Money}, checked. */
@Schema(name = "MoneyInput", description = "An amount of money, as written by partners.")
public record MoneyInput(
        @NotNull
        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "The amount, at least 0, with at most two decimals.", examples = "7800")
        BigDecimal amount,

        @NotNull @Schema(description = "ISO 4217 currency code.", examples = "CNY", pattern = "^[A-Z]{3}$")
        String currency) {

    /** A stored amount as written, without trailing zeros; null when there is no amount. */
    public static MoneyInput of(BigDecimal amount, String currency) {
        return amount == null ? null : new MoneyInput(amount.stripTrailingZeros(), currency);
    }
}

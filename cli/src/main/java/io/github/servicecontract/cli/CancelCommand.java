package io.github.servicecontract.cli;

import io.github.servicecontract.i18n.AmendmentDocuments;
import io.github.servicecontract.i18n.RenderOptions;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.jackson.contractfile.InputException;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.billing.AmendedSchedule;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import javax.money.MonetaryAmount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code servicecontract cancel}: the confirmation that the contract ends before its term, with the final invoice. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = {"Show the confirmation that the contract ends before its term: the last day of service, the refund of the"
                + " days already invoiced, the early-termination fee and the final invoice (a credit note when the client is owed"
                + " money); nothing is invoiced after."})
final class CancelCommand implements Callable<Integer> {

    /** A fee as written: digits, and decimals after a point. */
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,4})?");

    @Mixin
    Inputs inputs;

    @Mixin
    RateSheetOption rates;

    @Mixin
    TierOption tier;

    @Option(names = "--on", paramLabel = "DATE", required = true,
            description = "The first day no longer served (ISO, 2026-09-01).")
    LocalDate on;

    @Option(names = "--fee", paramLabel = "AMOUNT",
            description = "The early-termination fee, in the contract's currency (100.00). Default: as the terms' earlyTermination"
                    + " sets it, none when they do not.")
    String fee;

    /** The fee given, read exactly in the quote's currency, refused naming the option otherwise. */
    private static MonetaryAmount amount(String fee, Quote quote) {
        if (!AMOUNT.matcher(fee).matches()) {
            throw new InputException("--fee", "", "must be an amount such as 100.00, was \"" + io.github.servicecontract.model.internal
                    .Checks.shortened(fee) + "\"");
        }
        BigDecimal value = new BigDecimal(fee);
        int digits = quote.currency().getDefaultFractionDigits();
        if (value.stripTrailingZeros().scale() > digits) {
            throw new InputException("--fee", "", "must have at most " + digits + " decimals in " + quote.currency().getCurrencyCode()
                    + ", was " + fee);
        }
        return javax.money.Monetary.getDefaultAmountFactory().setCurrency(quote.currency()).setNumber(value).create();
    }

    @Override
    public Integer call() {
        ContractFile contents = inputs.contents();
        Locale locale = inputs.locale(contents);
        Quote quote = inputs.quote(contents, tier.chosen(), rates);
        BillingPolicy policy = BillingPolicy.builder().taxation(inputs.invoiceTax(contents)).build();
        AmendedSchedule sold = AmendedSchedule.of(BillingSchedule.of(quote, policy));
        AmendedSchedule cancelled;
        try {
            cancelled = fee == null ? contents.terms().earlyTermination().map(rule -> sold.cancel(on, rule))
                    .orElseGet(() -> sold.cancel(on, amount("0", quote))) : sold.cancel(on, amount(fee, quote));
        } catch (IllegalArgumentException e) {
            throw new InputException("--on", "", e.getMessage());
        }
        RenderOptions options = RenderOptions.builder().issuer(contents.integrator()).client(contents.client().withLocale(locale))
                .build();
        inputs.print(locale, AmendmentDocuments.cancellation(cancelled, quote, locale, options));
        return 0;
    }
}

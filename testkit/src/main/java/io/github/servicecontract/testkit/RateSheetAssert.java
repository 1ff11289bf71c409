package io.github.servicecontract.testkit;

import io.github.servicecontract.pricing.ratesheet.RateProblem;
import io.github.servicecontract.pricing.ratesheet.RateReport;
import io.github.servicecontract.pricing.ratesheet.RateRequirements;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link RateSheet}; a failure shows the whole validation report.
 *
 * <p>For example, {@code assertThat(sheet).isValidFor(requirements)} fails with
 * {@code "Expecting the rate sheet to be valid, but found 2 problems: ..."}.
 */
public final class RateSheetAssert extends AbstractAssert<RateSheetAssert, RateSheet> {

    RateSheetAssert(RateSheet actual) {
        super(actual, RateSheetAssert.class);
    }

    /**
     * Verifies the sheet has no error (warnings allowed).
     *
     * @return this assertion
     */
    public RateSheetAssert isValid() {
        return isValidFor(RateRequirements.none());
    }

    /**
     * Verifies the sheet has no error and every required rate.
     *
     * @param requirements the rates the sheet must have
     * @return this assertion
     */
    public RateSheetAssert isValidFor(RateRequirements requirements) {
        isNotNull();
        RateReport report = actual.validate(requirements);
        if (!report.isValid()) {
            failWithMessage("Expecting the rate sheet to be valid, but found %s", report);
        }
        return this;
    }

    /**
     * Verifies the sheet has no problem at all, warnings included.
     *
     * @return this assertion
     */
    public RateSheetAssert isClean() {
        isNotNull();
        RateReport report = actual.validate();
        if (!report.isClean()) {
            failWithMessage("Expecting the rate sheet to have no problem, but found %s", report);
        }
        return this;
    }

    /**
     * Verifies the sheet has a problem of the given kind.
     *
     * @param code the kind of problem
     * @return this assertion
     */
    public RateSheetAssert hasProblem(RateProblem.Code code) {
        isNotNull();
        RateReport report = actual.validate();
        if (report.problems(code).isEmpty()) {
            failWithMessage("Expecting the rate sheet to have a %s problem, but found %s", code, report);
        }
        return this;
    }
}

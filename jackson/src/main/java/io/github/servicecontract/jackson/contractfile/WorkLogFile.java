package io.github.servicecontract.jackson.contractfile;

import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.pricing.statement.WorkLog;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a work log: what was done on demand over a period, for a statement. YAML, or JSON:
 *
 * <pre>
 * work:
 *   - { delivery: REMOTE, day: 2026-01-13, worked: PT45M }
 *   - { delivery: ON_SITE, day: 2026-02-17, worked: PT2H, band: SATURDAY }
 *   - { tickets: 2, day: 2026-02-20 }
 *   - { updates: 1, day: 2026-03-05 }
 * </pre>
 *
 * <p>An intervention has {@code delivery, day, worked} and optionally {@code band, technicians, role}; without a band
 * it is in its day's. Every day must be within the contract's term. A problem is an {@link InputException} naming
 * the file, the place and the rule.
 */
public final class WorkLogFile {

    /** The largest work log read, 16 MiB: a year of a large site's tickets. */
    public static final long MAX_BYTES = ContractFileReader.MAX_LOG_BYTES;

    private WorkLogFile() {}

    /**
     * Reads a work log: a regular file of at most {@link #MAX_BYTES} bytes of UTF-8, in JSON if its name ends with
     * {@code .json}, in YAML otherwise.
     *
     * @param file the file
     * @param terms the terms of the contract whose work it logs: every day must be within them
     * @return the log
     * @throws InputException naming the file, the place and the problem
     */
    public static WorkLog read(Path file, ContractTerms terms) {
        return ContractFileReader.readLog(Objects.requireNonNull(file, "file"), Objects.requireNonNull(terms, "terms"));
    }

    /**
     * Reads a work log's text.
     *
     * @param name the file's name, for messages
     * @param text the text
     * @param syntax YAML or JSON
     * @param terms the terms of the contract whose work it logs
     * @return the log
     * @throws InputException naming the file, the place and the problem
     */
    public static WorkLog parse(String name, String text, Syntax syntax, ContractTerms terms) {
        Objects.requireNonNull(name, "name");
        return ContractFileReader.parseLog(name, ContractFileReader.checked(name, Objects.requireNonNull(text, "text"), MAX_BYTES),
                Objects.requireNonNull(syntax, "syntax"), Objects.requireNonNull(terms, "terms"));
    }
}

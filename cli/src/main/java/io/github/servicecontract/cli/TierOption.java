package io.github.servicecontract.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** The tier a command works on: {@code -t}, or the contract file's {@code tier}. */
final class TierOption {

    @Option(names = {"-t", "--tier"}, paramLabel = "ID", description = "The tier sold, or priced. Default: the file's tier.")
    String id;

    /** The tier given, empty for the file's. */
    Optional<String> chosen() {
        return Optional.ofNullable(id);
    }
}

package io.github.servicecontract.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line: exit code, standard output and error. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ServiceContractCli.commandLine(args).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The spaces and apostrophes that CLDR varies between JDKs, made plain. */
    String plainOut() {
        return out.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2019', '\'');
    }
}

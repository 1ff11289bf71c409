package io.github.servicecontract.cli;

import io.github.servicecontract.jackson.ContractFileSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code servicecontract schema}: the JSON Schema of the contract file, for an editor's completion and checks. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of the contract file, for an editor's completion and checks.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        out.print(ContractFileSchema.text());
        out.flush();
        return 0;
    }
}

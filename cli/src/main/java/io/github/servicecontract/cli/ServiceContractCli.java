package io.github.servicecontract.cli;

import io.github.servicecontract.jackson.contractfile.InputException;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.model.internal.Dates;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code servicecontract} command: quote, compare, schedule and validate, on the user's
 * files or, when none is given, on the embedded Lyon sample and the French sample rates.
 *
 * <p>Exit codes: 0 when the command did its job, 1 when {@code validate} found errors, 2 for bad
 * input or usage, with one line naming the file, the place and the problem.
 */
@Command(name = "servicecontract", mixinStandardHelpOptions = true, versionProvider = ServiceContractCli.Version.class,
        description = "Prices and describes home-technology service contracts.")
public final class ServiceContractCli implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        MONETA_LOG.setLevel(Level.WARNING);
        System.exit(commandLine(args).execute(args));
    }

    /**
     * The subcommands, by name, in the order the help lists them; each made only when the command line needs it: picocli
     * reads a command's annotations when it is added, a fifth of a second for all of them on a first run.
     */
    private static final Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, java.util.function.Supplier<Object>> subcommands() {
        Map<String, java.util.function.Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("quote", QuoteCommand::new);
        commands.put("contract", ContractCommand::new);
        commands.put("compare", CompareCommand::new);
        commands.put("schedule", ScheduleCommand::new);
        commands.put("statement", StatementCommand::new);
        commands.put("amend", AmendCommand::new);
        commands.put("cancel", CancelCommand::new);
        commands.put("renewal", RenewalCommand::new);
        commands.put("reprice", RepriceCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("schema", SchemaCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return java.util.Collections.unmodifiableMap(commands);
    }

    /**
     * Returns the command line for these arguments, ready to execute: with only the subcommand they name when their
     * first argument names one (its options, help and errors are the same), else with every subcommand, for the
     * top-level help, the version, and the suggestion of a mistyped command.
     *
     * @param args the arguments the command line will execute
     * @return the command line
     */
    public static CommandLine commandLine(String... args) {
        String first = args.length == 0 ? "" : args[0];
        return commandLine(SUBCOMMANDS.containsKey(first) && !first.equals("help") ? java.util.List.of(first) : SUBCOMMANDS.keySet());
    }

    /** Moneta logs its configuration at INFO; a command line's error stream is for the user. */
    private static final Logger MONETA_LOG = Logger.getLogger("org.javamoney");

    /** The command line with these subcommands and this tool's error handling. */
    private static CommandLine commandLine(java.util.Collection<String> subcommands) {
        CommandLine commandLine = new CommandLine(new ServiceContractCli());
        for (String name : subcommands) {
            commandLine.addSubcommand(name, SUBCOMMANDS.get(name).get());
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(java.time.LocalDate.class, text -> {
            try {
                return Dates.parse(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine line = exception.getCommandLine();
            String message = String.valueOf(exception.getMessage()).lines().findFirst().orElse("").strip();
            if (exception instanceof CommandLine.UnmatchedArgumentException
                    && !((CommandLine.UnmatchedArgumentException) exception).getSuggestions().isEmpty()) {
                message += "; did you mean " + ((CommandLine.UnmatchedArgumentException) exception).getSuggestions().get(0) + "?";
            }
            String refusal = visible(message) + "; run `" + line.getCommandSpec().qualifiedName() + " --help` for its options";
            line.getErr().println("servicecontract: " + refusal);
            line.getErr().flush();
            if (jsonAsked(args)) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("message", refusal);
                error.put("exitCode", 2);
                Json.print(line.getOut(), "error", Map.of("error", error));
            }
            return 2;
        });
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            PrintWriter err = line.getErr();
            err.println("servicecontract: " + visible(String.valueOf(exception.getMessage())));
            if (jsonAsked(parseResult) && (exception instanceof IllegalArgumentException || exception instanceof InputException)) {
                // a vendor's system reads the refusal where it reads the result, as JSON
                Map<String, Object> error = new LinkedHashMap<>();
                if (exception instanceof InputException) {
                    InputException input = (InputException) exception;
                    error.put("source", input.file());
                    error.put("at", input.place());
                    error.put("problem", input.problem());
                }
                error.put("message", String.valueOf(exception.getMessage()));
                error.put("exitCode", 2);
                Json.print(line.getOut(), "error", Map.of("error", error));
            }
            if (verbose(parseResult)) {
                exception.printStackTrace(err);
            } else if (!(exception instanceof IllegalArgumentException || exception instanceof InputException)) {
                err.println("(run again with --verbose for the stack trace)");
            }
            err.flush();
            return 2;
        });
        return commandLine;
    }

    /** A message as a terminal shows it: one line, each control or invisible character it holds as an escape. */
    static String visible(String text) {
        return Checks.visible(text);
    }

    /**
     * Whether the arguments ask for JSON ({@code -f JSON}, {@code --format JSON}, {@code --format=JSON},
     * {@code -fJSON}), read as written since they could not all be parsed.
     */
    private static boolean jsonAsked(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("-f") || arg.equals("--format")) && i + 1 < args.length && args[i + 1].equalsIgnoreCase("JSON")
                    || arg.equalsIgnoreCase("--format=JSON") || arg.equalsIgnoreCase("-fJSON")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the command's output was asked for as JSON ({@code -f JSON}). */
    private static boolean jsonAsked(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult result = parseResult; result != null; result = result.subcommand()) {
            // the commands' formats are enums of their own; JSON is JSON in each
            Object format = result.hasMatchedOption("--format") ? result.matchedOptionValue("--format", null) : null;
            if (format instanceof Enum && ((Enum<?>) format).name().equals("JSON")) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version, from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = ServiceContractCli.class.getResourceAsStream("version.properties")) {
                properties.load(in);
            }
            return new String[] {"servicecontract " + properties.getProperty("version"), "Java " + Runtime.version()};
        }
    }
}

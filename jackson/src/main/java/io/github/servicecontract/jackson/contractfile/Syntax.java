package io.github.servicecontract.jackson.contractfile;

import java.nio.file.Path;
import java.util.Locale;

/** How a contract file or a work log is written: YAML, or JSON. */
public enum Syntax {
    /** YAML 1.1 as written by hand, read strictly: every scalar as its text, no anchors, aliases or tags. */
    YAML,
    /** JSON (RFC 8259), one value. */
    JSON;

    /**
     * The syntax of a file by its name: JSON if it ends with {@code .json} in any case, YAML otherwise.
     *
     * @param file the file
     * @return its syntax
     */
    public static Syntax of(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }
}

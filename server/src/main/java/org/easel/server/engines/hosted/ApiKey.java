package org.easel.server.engines.hosted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where an engine's API key comes from: an environment variable, a key file (mode 0600, written by
 * {@code easel engines add}), or nowhere (a local server that needs none). Only the place is ever
 * stored or shown; the key itself is read when a request is made and goes nowhere but the
 * {@code Authorization} header.
 */
public sealed interface ApiKey {

    /** The key, or empty when this source needs none or has none right now. */
    Optional<String> read(Map<String, String> env);

    /** Where the key is looked for, for lists and messages (never the key). */
    String describe();

    record FromEnvironment(String variable) implements ApiKey {
        public FromEnvironment {
            if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("not an environment variable name: " + variable);
            }
        }

        @Override
        public Optional<String> read(Map<String, String> env) {
            return Optional.ofNullable(env.get(variable)).map(String::strip).filter(k -> !k.isEmpty());
        }

        @Override
        public String describe() {
            return "$" + variable;
        }
    }

    record FromFile(Path file) implements ApiKey {
        @Override
        public Optional<String> read(Map<String, String> env) {
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(k -> !k.isEmpty());
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        @Override
        public String describe() {
            return "key file " + file;
        }
    }

    record None() implements ApiKey {
        @Override
        public Optional<String> read(Map<String, String> env) {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "no key";
        }
    }
}

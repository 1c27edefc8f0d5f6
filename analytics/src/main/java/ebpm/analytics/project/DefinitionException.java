package ebpm.analytics.project;

/**
 * A definition of the project (a model, an evidence table, a seed, {@code ebpm_project.yml}) is wrong. The message
 * names the file, the line where it is known, and what to write instead; commands report it and exit with 2 before
 * anything runs.
 */
public final class DefinitionException extends RuntimeException {

    public DefinitionException(String message) {
        super(message);
    }

    public DefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}

package ebpm.jobs.project;

import java.util.List;

/**
 * What {@link ProjectCheck} found wrong with a project: one message a problem, each naming the file (as
 * {@code Model.origin()} and {@code EvidenceDefinition.origin()} name it) and what is wrong.
 */
public record ProjectProblems(List<String> messages) {

    public ProjectProblems {
        messages = List.copyOf(messages);
    }

    public boolean none() {
        return messages.isEmpty();
    }

    /** The problems as a command prints them: a count, then one indented line (or more) each. */
    public String describe() {
        StringBuilder text = new StringBuilder(messages.size() == 1 ? "1 problem" : messages.size() + " problems")
                .append(" in the project:");
        for (String message : messages) {
            text.append(System.lineSeparator()).append("  - ").append(message.replace("\n",
                    System.lineSeparator() + "    "));
        }
        return text.toString();
    }
}

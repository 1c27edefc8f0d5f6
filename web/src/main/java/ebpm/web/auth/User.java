package ebpm.web.auth;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A user of the web app. A municipality user acts for one municipality code only. The local user of a server
 * without a users file (bound to 127.0.0.1) is whoever sits at that machine: every role, any municipality.
 */
public record User(String name, Role role, Optional<String> municipality, boolean local) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    public User {
        if (role == Role.MUNICIPALITY && municipality.isEmpty() && !local) {
            throw new IllegalArgumentException("a municipality user needs its code, e.g. municipality:141003");
        }
    }

    public static final User LOCAL = new User("local", Role.OPERATOR, Optional.empty(), true);

    /** A user name as the users file keeps it: letters, digits and {@code . _ @ -}, so it never breaks a line. */
    public static boolean validName(String name) {
        return NAME.matcher(name).matches();
    }

    /** Reads {@code planner}, {@code operator} or {@code municipality:141003}. */
    public static User of(String name, String role) {
        if (!validName(name)) {
            throw new IllegalArgumentException("user name '" + name + "': use letters, digits and . _ @ - "
                    + "(at most 64)");
        }
        return switch (role) {
            case "planner" -> new User(name, Role.PLANNER, Optional.empty(), false);
            case "operator" -> new User(name, Role.OPERATOR, Optional.empty(), false);
            default -> {
                String code = role.startsWith("municipality:") ? role.substring("municipality:".length()) : "";
                if (!CODE.matcher(code).matches()) {
                    throw new IllegalArgumentException("role '" + role + "': use planner, operator or "
                            + "municipality:CODE (the municipality's 6-digit code, e.g. municipality:141003)");
                }
                yield new User(name, Role.MUNICIPALITY, Optional.of(code), false);
            }
        };
    }

    /** The role as written in the users file and on the command line. */
    public String roleText() {
        return role == Role.MUNICIPALITY ? "municipality:" + municipality.orElseThrow()
                : role.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a route for {@code allowed} serves this user; the local user is served everywhere. */
    public boolean may(java.util.Set<Role> allowed) {
        return local || allowed.contains(role);
    }

    /** Whether this user may act for the municipality {@code code} (its own only, or any for local/operators). */
    public boolean actsFor(String code) {
        return local || role == Role.OPERATOR || municipality.map(code::equals).orElse(false);
    }

    /** Where the user lands after logging in. */
    public String home() {
        return role == Role.MUNICIPALITY && !local ? "/submissions/health" : "/";
    }
}
